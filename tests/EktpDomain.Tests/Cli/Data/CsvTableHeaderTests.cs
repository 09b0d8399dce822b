using System.Collections.Generic;
using EktpDomain.Cli.Data;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli.Data;

/// <summary>The header row of a data-folder CSV file: each column once, the required ones present, at line 1.</summary>
public class CsvTableHeaderTests
{
    private static (bool Ok, List<string> Problems, List<string> Codes) Read(CliHarness cli, string content)
    {
        string path = cli.Write("table.csv", content);
        var problems = new List<DataProblem>();
        var codes = new List<string>();
        bool ok = CsvTable.Read(new DirectoryDataSource(cli.Folder), "table.csv", ["code"], ["name"], problems, row =>
        {
            if (row.Text("code", out string code))
            {
                codes.Add(code);
            }
        });
        return (ok, problems.ConvertAll(p => p.ToString().Replace(path, "FILE", System.StringComparison.Ordinal)), codes);
    }

    [Theory]
    [InlineData("code,name,Code\n1,a,2\n", "Code")]
    [InlineData("name,code, CODE \n", "CODE")]
    [InlineData("code,name,name\n1,a,b\n", "name")]
    public void RepeatedColumn_IsAProblemAtLineOne(string content, string repeated)
    {
        using var cli = new CliHarness();

        var (ok, problems, codes) = Read(cli, content);

        ok.Should().BeFalse();
        codes.Should().BeEmpty();
        problems.Should().Equal($"FILE:1: column '{repeated}' appears twice in the header.");
    }

    [Fact]
    public void RepeatedColumn_IsReportedByTheCli()
    {
        using var cli = new CliHarness();
        cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n");
        string kecamatan = cli.Write("kecamatan.csv", "code,name,Code,eligible\n36.03.27,Sukamulya,36.03.27,41000\n");

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.ErrorLines.Should().Equal($"{kecamatan}:1: column 'Code' appears twice in the header.");
    }

    [Fact]
    public void Header_MatchesColumnsInAnyOrderAndCase_AndIsNotARow()
    {
        using var cli = new CliHarness();

        var (ok, problems, codes) = Read(cli, "Name, CODE\nalpha,1\n\nbeta,2\n");

        ok.Should().BeTrue();
        problems.Should().BeEmpty();
        codes.Should().Equal("1", "2");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\ncode\n1\n")]
    public void NoHeader_IsAnEmptyFile(string content)
    {
        using var cli = new CliHarness();

        var (ok, problems, _) = Read(cli, content);

        ok.Should().BeFalse();
        problems.Should().Equal("FILE: the file is empty; it needs a header row with the columns code.");
    }

    [Fact]
    public void MissingColumn_ListsTheHeaderAsWritten()
    {
        using var cli = new CliHarness();

        var (ok, problems, _) = Read(cli, "Name,\"kode\"\nalpha,1\n");

        ok.Should().BeFalse();
        problems.Should().Equal("FILE: missing column 'code'; the header has Name, kode.");
    }
}
