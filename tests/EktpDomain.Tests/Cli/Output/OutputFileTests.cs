using System;
using System.IO;
using EktpDomain.Cli.Output;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli.Output;

/// <summary>--output writes a whole file or none.</summary>
public class OutputFileTests
{
    [Fact]
    public void FailureWhileWriting_LeavesNoFileBehind()
    {
        using var cli = new CliHarness();
        string path = cli.PathOf("report.xlsx");

        var act = () => OutputFile.Write(path, stream =>
        {
            stream.Write(new byte[4096]);
            throw new IOException("disk full");
        });

        act.Should().Throw<IOException>().WithMessage("disk full");
        Directory.GetFileSystemEntries(cli.Folder).Should().BeEmpty();
    }

    [Fact]
    public void FailureWhileWriting_KeepsTheEarlierFile()
    {
        using var cli = new CliHarness();
        string path = cli.Write("report.html", "earlier");

        var act = () => OutputFile.Write(path, _ => throw new InvalidOperationException("broken"));

        act.Should().Throw<InvalidOperationException>();
        File.ReadAllText(path).Should().Be("earlier");
        Directory.GetFileSystemEntries(cli.Folder).Should().ContainSingle();
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void TextAndJson_WriteToTheFileWhatStdoutWouldShow(string format)
    {
        using var cli = new CliHarness();
        string path = cli.PathOf("out." + format);

        var toStdout = CliHarness.Invoke(["report", "--lang", "en", "--format", format]);
        var toFile = CliHarness.Invoke(["report", "--lang", "en", "--format", format, "--output", path]);

        toFile.ExitCode.Should().Be(0, toFile.Stderr);
        toFile.Stdout.Should().BeEmpty();
        File.ReadAllText(path).Should().Be(toStdout.Stdout);
        File.ReadAllBytes(path)[0].Should().NotBe(0xEF, "no byte-order mark");
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("html")]
    public void FileFormats_NeedOutput(string format)
    {
        var result = CliHarness.Invoke(["report", "--format", format]);

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal($"argument --format: {format} writes a file; give it with --output FILE.");
    }

    [Fact]
    public void OutputInAMissingFolder_IsAnArgumentError_AndNothingIsWritten()
    {
        using var cli = new CliHarness();
        string path = Path.Combine(cli.Folder, "nowhere", "report.xlsx");

        var result = CliHarness.Invoke(["report", "--format", "xlsx", "--output", path]);

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal($"argument --output: the folder of '{DataProblem.Echo(path)}' does not exist.");
        Directory.GetFileSystemEntries(cli.Folder).Should().BeEmpty();
    }

    [Fact]
    public void InvalidData_WritesNoFile()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", "code,name,eligible\n36.03.27,Sukamulya,-1\n");
        cli.Write("ledger.csv", CliHarness.ValidLedger);
        string path = cli.PathOf("report.html");

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--format", "html", "--output", path);

        result.ExitCode.Should().Be(2);
        File.Exists(path).Should().BeFalse();
    }
}
