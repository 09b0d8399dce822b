using System;
using System.Collections.Generic;
using EktpDomain.Tests.Cli;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.TestWorkbook;

namespace EktpDomain.Import.Tests;

/// <summary>
/// The header row of a data-folder table: each column once, the required ones present, at line 1; headings matched
/// without spaces, underscores and case, or as one of a column's aliases.
/// </summary>
public class CsvTableHeaderTests
{
    private static (bool Ok, List<string> Problems, List<string> Codes) Read(CliHarness cli, string content)
    {
        string path = cli.Write("table.csv", content);
        var problems = new List<DataProblem>();
        var codes = new List<string>();
        bool ok = CsvTable.Read(DataSource.FromDirectory(cli.Folder), "table.csv", ["code"], ["name"], problems, row =>
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

    /// <summary>The aliases of the Indonesian exports: <c>code</c> and <c>eligible</c> by other names, <c>name</c> (optional) as <c>nama</c>.</summary>
    private static readonly Dictionary<string, IReadOnlyList<string>> Aliases = new()
    {
        ["code"] = ["kode", "kode_kecamatan"],
        ["eligible"] = ["jumlah_wajib_ktp", "wajib_ktp"],
        ["name"] = ["nama"],
    };

    /// <summary>
    /// Reads <c>table.csv</c> (or <c>table.xlsx</c>) with the required columns code and eligible, the optional column
    /// name, and <see cref="Aliases"/>; each row as <c>code|eligible|name</c> by the canonical names.
    /// </summary>
    private static (bool Ok, List<string> Problems, List<string> Rows) ReadAliasedAt(CliHarness cli, string path)
    {
        var problems = new List<DataProblem>();
        var rows = new List<string>();
        bool ok = CsvTable.Read(DataSource.FromDirectory(cli.Folder), "table.csv", ["code", "eligible"], ["name"], problems, row =>
        {
            if (row.Text("code", out string code) & row.Count("eligible", out long eligible))
            {
                rows.Add($"{code}|{eligible}|{row.OptionalText("name") ?? "-"}");
            }
        }, Aliases);
        return (ok, problems.ConvertAll(p => p.ToString().Replace(path, "FILE", StringComparison.Ordinal)), rows);
    }

    private static (bool Ok, List<string> Problems, List<string> Rows) ReadAliased(CliHarness cli, string content) =>
        ReadAliasedAt(cli, cli.Write("table.csv", content));

    [Theory]
    [InlineData("jumlah_wajib_ktp", "Jumlah Wajib KTP")]
    [InlineData("jumlah_wajib_ktp", "jumlah wajib ktp")]
    [InlineData("jumlah_wajib_ktp", "JUMLAHWAJIBKTP")]
    [InlineData("jumlah_wajib_ktp", " Jumlah__Wajib_Ktp ")]
    [InlineData("jumlah_wajib_ktp", "Jumlah\u00a0Wajib\u00a0KTP")]
    [InlineData("code", "C_O D E")]
    [InlineData("nama kab kota", "Nama_Kab_Kota")]
    public void Heading_MatchesTheColumnWithoutSpacesUnderscoresAndCase(string column, string heading)
    {
        using var cli = new CliHarness();
        cli.Write("table.csv", $"other,{heading}\nx,41000\n");
        var problems = new List<DataProblem>();
        var values = new List<string>();

        bool ok = CsvTable.Read(DataSource.FromDirectory(cli.Folder), "table.csv", [column], [], problems, row =>
        {
            if (row.Text(column, out string value))
            {
                values.Add(value);
            }
        });

        ok.Should().BeTrue();
        problems.Should().BeEmpty();
        values.Should().Equal("41000");
    }

    [Theory]
    [InlineData("code,Jumlah Wajib KTP,jumlah_wajib_ktp\n", "jumlah_wajib_ktp")]
    [InlineData("code,Nama Kab,NAMA_KAB\n", "NAMA_KAB")]
    [InlineData("C O D E,code\n", "code")]
    [InlineData("kode,Kode\n", "Kode")]
    public void HeadingsThatNormaliseAlike_AppearTwice(string content, string repeated)
    {
        using var cli = new CliHarness();

        var (ok, problems, codes) = Read(cli, content);

        ok.Should().BeFalse();
        codes.Should().BeEmpty();
        problems.Should().Equal($"FILE:1: column '{repeated}' appears twice in the header.");
    }

    [Fact]
    public void Aliases_GiveRequiredAndOptionalColumns_ByTheirCanonicalNames()
    {
        using var cli = new CliHarness();

        var (ok, problems, rows) = ReadAliased(cli, "Nama,Kode Kecamatan,JUMLAH_WAJIB_KTP\nSukamulya,36.03.27,41000\n,36.03.30,52000\n");

        ok.Should().BeTrue();
        problems.Should().BeEmpty();
        rows.Should().Equal("36.03.27|41000|Sukamulya", "36.03.30|52000|-");
    }

    [Fact]
    public void AliasedColumn_IsNamedByItsCanonicalNameInRowProblems_AndHasOnlyThatName()
    {
        using var cli = new CliHarness();
        string path = cli.Write("table.csv", "kode,wajib ktp,Catatan Lain\n36.03.27,41.000,x\n");
        var problems = new List<DataProblem>();
        var has = new List<string>();

        bool ok = CsvTable.Read(DataSource.FromDirectory(cli.Folder), "table.csv", ["code", "eligible"], [], problems, row =>
        {
            foreach (var column in new[] { "code", "kode", "eligible", "wajib_ktp", "wajibktp", "name", "Catatan Lain" })
            {
                has.Add($"{column}={row.Has(column)}");
            }

            row.Count("eligible", out _);
        }, Aliases);

        ok.Should().BeTrue();
        has.Should().Equal("code=True", "kode=False", "eligible=True", "wajib_ktp=False", "wajibktp=False", "name=False", "Catatan Lain=True");
        problems.ConvertAll(p => p.ToString().Replace(path, "FILE", StringComparison.Ordinal)).Should().Equal(
            "FILE:2: malformed number '41.000' in column 'eligible': expected a whole number written with the digits 0-9.");
    }

    [Theory]
    [InlineData("kode,code,eligible\n", "column 'kode' and column 'code' both give the column 'code'; keep one.")]
    [InlineData("Kode Kecamatan,eligible,kode\n", "column 'Kode Kecamatan' and column 'kode' both give the column 'code'; keep one.")]
    [InlineData("code,eligible,Wajib KTP\n", "column 'eligible' and column 'Wajib KTP' both give the column 'eligible'; keep one.")]
    [InlineData("code,JUMLAH_WAJIB_KTP,wajib_ktp,name,nama\n", "column 'JUMLAH_WAJIB_KTP' and column 'wajib_ktp' both give the column 'eligible'; keep one.")]
    [InlineData("code,eligible,Name,NAMA\n", "column 'Name' and column 'NAMA' both give the column 'name'; keep one.")]
    [InlineData("code,ko\tde,eligible\n", "column 'code' and column 'ko\\u0009de' both give the column 'code'; keep one.")]
    [InlineData("code,kode____________________________________________,eligible\n", "column 'code' and column 'kode____________________________________…' both give the column 'code'; keep one.")]
    public void TwoHeadingsGivingOneColumn_IsAProblemAtTheHeader(string content, string message)
    {
        using var cli = new CliHarness();

        var (ok, problems, rows) = ReadAliased(cli, content + "36.03.27,41000,a,b,c\n");

        ok.Should().BeFalse();
        rows.Should().BeEmpty();
        problems.Should().Equal($"FILE:1: {message}");
    }

    [Theory]
    [InlineData("kode,name\n", "FILE: missing column 'eligible' (or jumlah_wajib_ktp, wajib_ktp); the header has kode, name.")]
    [InlineData("nama,Wajib KTP\n", "FILE: missing column 'code' (or kode, kode_kecamatan); the header has nama, Wajib KTP.")]
    [InlineData("nama\n", "FILE: missing columns 'code' (or kode, kode_kecamatan), 'eligible' (or jumlah_wajib_ktp, wajib_ktp); the header has nama.")]
    [InlineData("kode 3201234567890123,x\n", "FILE: missing columns 'code' (or kode, kode_kecamatan), 'eligible' (or jumlah_wajib_ktp, wajib_ktp); the header has kode 320123******0123, x.")]
    public void MissingColumn_ListsItsAliases(string content, string message)
    {
        using var cli = new CliHarness();

        var (ok, problems, rows) = ReadAliased(cli, content);

        ok.Should().BeFalse();
        rows.Should().BeEmpty();
        problems.Should().Equal(message);
    }

    [Fact]
    public void MissingColumnWithoutAliases_KeepsTheMessage_WhenOtherColumnsHaveAliases()
    {
        using var cli = new CliHarness();
        string path = cli.Write("table.csv", "kode,Jumlah Wajib KTP\n36.03.27,41000\n");
        var problems = new List<DataProblem>();

        var aliases = new Dictionary<string, IReadOnlyList<string>> { ["code"] = ["kode"], ["eligible"] = ["jumlah_wajib_ktp"] };

        bool ok = CsvTable.Read(DataSource.FromDirectory(cli.Folder), "table.csv", ["code", "eligible", "name"], [], problems, _ => { }, aliases);

        ok.Should().BeFalse();
        problems.ConvertAll(p => p.ToString().Replace(path, "FILE", StringComparison.Ordinal)).Should().Equal(
            "FILE: missing column 'name'; the header has kode, Jumlah Wajib KTP.");
    }

    [Fact]
    public void AliasesThatGiveTwoColumns_AreTheCallersMistake()
    {
        using var cli = new CliHarness();
        cli.Write("table.csv", "code\n1\n");
        var problems = new List<DataProblem>();
        var aliases = new Dictionary<string, IReadOnlyList<string>> { ["code"] = ["kode"], ["kecamatan"] = ["KODE"] };

        var read = () => CsvTable.Read(DataSource.FromDirectory(cli.Folder), "table.csv", ["code", "kecamatan"], [], problems, _ => { }, aliases);

        read.Should().Throw<ArgumentException>().WithMessage("The name 'KODE' would give both column 'code' and column 'kecamatan'.*");
    }

    [Fact]
    public void Workbook_MatchesHeadingsAndAliasesAsTheCsvFileDoes()
    {
        using var cli = new CliHarness();
        string path = cli.PathOf("table.xlsx");
        Write(path, [[T("Kode Kecamatan"), null, T("JUMLAH_WAJIB_KTP"), T("Nama")], [T("36.03.27"), null, N(41000), T("Sukamulya")], [T("36.03.30"), null, N(52000)]], sheetName: "Rekap", firstRow: 2);

        var (ok, problems, rows) = ReadAliasedAt(cli, path);

        ok.Should().BeTrue();
        problems.Should().BeEmpty();
        rows.Should().Equal("36.03.27|41000|Sukamulya", "36.03.30|52000|-");
    }

    [Fact]
    public void Workbook_TwoHeadingsGivingOneColumn_IsAProblemAtTheHeaderRow()
    {
        using var cli = new CliHarness();
        string path = cli.PathOf("table.xlsx");
        Write(path, [[T("kode"), T("Wajib KTP"), T("eligible")], [T("36.03.27"), N(41000), N(41000)]], sheetName: "Rekap", firstRow: 3);

        var (ok, problems, rows) = ReadAliasedAt(cli, path);

        ok.Should().BeFalse();
        rows.Should().BeEmpty();
        problems.Should().Equal("FILE:Rekap!3: column 'Wajib KTP' and column 'eligible' both give the column 'eligible'; keep one.");
    }

    [Fact]
    public void Workbook_MissingColumn_ListsItsAliases()
    {
        using var cli = new CliHarness();
        string path = cli.PathOf("table.xlsx");
        Write(path, [[T("Kode_Kecamatan"), T("Nama")]]);

        var (ok, problems, _) = ReadAliasedAt(cli, path);

        ok.Should().BeFalse();
        problems.Should().Equal("FILE:Data: missing column 'eligible' (or jumlah_wajib_ktp, wajib_ktp); the header has Kode_Kecamatan, Nama.");
    }
}
