using System;
using System.IO;
using System.IO.Compression;
using System.Text.Json;
using EktpDomain.Tests.Cli.Output;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>
/// <c>--output FILE</c> and <c>--format</c> together (issue 23, point 5): the extension sets the format when
/// <c>--format</c> is not given, a known extension must agree with <c>--format</c>, and a read-only FILE is never replaced.
/// </summary>
public class CliOutputTests
{
    private static string Echo(string path) => DataProblem.Echo(path);

    /// <summary>What is in the file, judged by its bytes, not by its name.</summary>
    private static string FormatOf(string path, string textOnStdout)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length > 2 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K')
        {
            using var zip = ZipFile.OpenRead(path);
            zip.GetEntry("xl/workbook.xml").Should().NotBeNull("a zip file written by ektp is a workbook");
            return "xlsx";
        }

        string content = File.ReadAllText(path);
        if (content.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal))
        {
            return "html";
        }

        if (content.StartsWith('{'))
        {
            using var json = JsonDocument.Parse(content);
            json.RootElement.ValueKind.Should().Be(JsonValueKind.Object);
            return "json";
        }

        content.Should().Be(textOnStdout, "text in a file is what stdout would show");
        return "text";
    }

    private static CliResult Run(params string[] args) => CliHarness.Invoke(["report", "--lang", "en", .. args]);

    private static string TextOnStdout() => Run().Stdout;

    [Theory]
    [InlineData("report.json", "json")]
    [InlineData("report.xlsx", "xlsx")]
    [InlineData("report.html", "html")]
    [InlineData("report.htm", "html")]
    [InlineData("report.txt", "text")]
    [InlineData("REPORT.JSON", "json")]
    [InlineData("report.Xlsx", "xlsx")]
    [InlineData("report.HTM", "html")]
    [InlineData("report.TXT", "text")]
    public void WithoutFormat_TheExtensionSetsIt(string name, string expected)
    {
        using var cli = new CliHarness();
        string path = cli.PathOf(name);

        var result = Run("--output", path);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().BeEmpty();
        FormatOf(path, TextOnStdout()).Should().Be(expected);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("report.csv")]
    [InlineData("report.")]
    [InlineData("report.jsonl")]
    [InlineData("report.json.bak")]
    [InlineData(".hidden")]
    public void WithoutFormat_AnyOtherExtensionOrNone_IsText(string name)
    {
        using var cli = new CliHarness();
        string path = cli.PathOf(name);

        var result = Run("--output", path);

        result.ExitCode.Should().Be(0, result.Stderr);
        FormatOf(path, TextOnStdout()).Should().Be("text");
    }

    [Theory]
    [InlineData("report.csv", "json")]
    [InlineData("report", "xlsx")]
    [InlineData("report.out", "html")]
    [InlineData("report.log", "text")]
    [InlineData("report.json", "json")]
    [InlineData("report.XLSX", "xlsx")]
    [InlineData("report.htm", "html")]
    [InlineData("report.txt", "text")]
    public void AFormatGiven_WithAnOtherExtensionOrItsOwn_IsWritten(string name, string format)
    {
        using var cli = new CliHarness();
        string path = cli.PathOf(name);

        var result = Run("--format", format, "--output", path);

        result.ExitCode.Should().Be(0, result.Stderr);
        FormatOf(path, TextOnStdout()).Should().Be(format);
    }

    [Theory]
    [InlineData("html", "r.xlsx", ".xlsx", "xlsx", ".html")]
    [InlineData("text", "r.json", ".json", "json", ".txt")]
    [InlineData("json", "r.HTM", ".HTM", "html", ".json")]
    [InlineData("xlsx", "r.txt", ".txt", "text", ".xlsx")]
    [InlineData("text", "r.html", ".html", "html", ".txt")]
    [InlineData("json", "r.Xlsx", ".Xlsx", "xlsx", ".json")]
    public void AFormatThatContradictsTheExtension_IsAnArgumentError_AndNothingIsWritten(string format, string name, string extension, string implied, string suggested)
    {
        using var cli = new CliHarness();
        string path = cli.PathOf(name);

        var result = Run("--format", format, "--output", path);

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.ErrorLines.Should().Equal(
            $"argument --output: '{Echo(path)}' ends in {extension}, which stands for --format {implied}, but --format {format} was given; " +
            $"a file ending in .txt, .json, .xlsx, .html or .htm is written only in the format its extension stands for. Leave out --format, or name a file ending in {suggested}.");
        Directory.GetFileSystemEntries(cli.Folder).Should().BeEmpty();
    }

    [Fact]
    public void AContradiction_IsFoundBeforeTheData()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", "code,name,eligible\n36.03.27,Sukamulya,-1\n");
        cli.Write("ledger.csv", CliHarness.ValidLedger);
        string path = cli.PathOf("r.xlsx");

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--format", "html", "--output", path);

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith("argument --output: ");
        File.Exists(path).Should().BeFalse();
    }

    [Theory]
    [InlineData("report.txt")]
    [InlineData("report.xlsx")]
    [InlineData("report.csv")]
    public void AReadOnlyFile_IsAnArgumentError_AndStaysAsItWas(string name)
    {
        using var cli = new CliHarness();
        string path = cli.Write(name, "earlier");
        var before = ReadOnlyFiles.MakeReadOnly(path);
        try
        {
            var result = Run("--output", path);

            result.ExitCode.Should().Be(2);
            result.Stdout.Should().BeEmpty();
            result.ErrorLines.Should().Equal(
                $"argument --output: cannot write '{Echo(path)}': it is read-only, and ektp never replaces a read-only file; make it writable or choose another file.");
            ReadOnlyFiles.ShouldBeUntouched(path, "earlier", before);
            Directory.GetFileSystemEntries(cli.Folder).Should().ContainSingle();
        }
        finally
        {
            ReadOnlyFiles.MakeWritable(path);
        }
    }

    [Fact]
    public void AReadOnlyFile_IsFoundBeforeTheData()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", "code,name,eligible\n36.03.27,Sukamulya,-1\n");
        cli.Write("ledger.csv", CliHarness.ValidLedger);
        string path = cli.Write("report.html", "earlier");
        var before = ReadOnlyFiles.MakeReadOnly(path);
        try
        {
            var result = cli.RunOnFolder("report", "--month", "2012-04", "--output", path);

            result.ExitCode.Should().Be(2);
            result.ErrorLines.Should().Equal(
                $"argument --output: cannot write '{Echo(path)}': it is read-only, and ektp never replaces a read-only file; make it writable or choose another file.");
            ReadOnlyFiles.ShouldBeUntouched(path, "earlier", before);
        }
        finally
        {
            ReadOnlyFiles.MakeWritable(path);
        }
    }

    [Fact]
    public void AReadOnlyFile_AndAContradiction_AreBothNamed()
    {
        using var cli = new CliHarness();
        string path = cli.Write("r.json", "earlier");
        var before = ReadOnlyFiles.MakeReadOnly(path);
        try
        {
            var result = Run("--format", "text", "--output", path);

            result.ExitCode.Should().Be(2);
            result.ErrorLines.Should().HaveCount(2);
            result.ErrorLines[0].Should().Contain("read-only");
            result.ErrorLines[1].Should().Contain("ends in .json");
            ReadOnlyFiles.ShouldBeUntouched(path, "earlier", before);
        }
        finally
        {
            ReadOnlyFiles.MakeWritable(path);
        }
    }

    [Theory]
    [InlineData("report.txt", "600")]
    [InlineData("report.xlsx", "640")]
    [InlineData("report.html", "664")]
    public void AWritableFile_IsReplaced_AndKeepsItsMode(string name, string octal)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only.
        }

        using var cli = new CliHarness();
        string path = cli.Write(name, "earlier");
        var mode = (UnixFileMode)Convert.ToInt32(octal, 8);
        File.SetUnixFileMode(path, mode);

        var result = Run("--output", path);

        result.ExitCode.Should().Be(0, result.Stderr);
        File.ReadAllText(path).Should().NotBe("earlier");
        File.GetUnixFileMode(path).Should().Be(mode);
        Directory.GetFileSystemEntries(cli.Folder).Should().ContainSingle();
    }
}
