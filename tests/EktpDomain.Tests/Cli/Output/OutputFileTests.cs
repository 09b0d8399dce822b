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

    [Fact]
    public void ReadOnlyTarget_IsNotReplaced_AndNothingIsLeftBehind()
    {
        using var cli = new CliHarness();
        string path = cli.Write("report.txt", "earlier");
        var before = ReadOnlyFiles.MakeReadOnly(path);
        try
        {
            bool written = false;
            var act = () => OutputFile.Write(path, stream =>
            {
                written = true;
                stream.Write("later"u8);
            });

            act.Should().Throw<UnauthorizedAccessException>().WithMessage(OutputFile.ReadOnlyReason);
            written.Should().BeFalse("a read-only target is refused before anything is written");
            ReadOnlyFiles.ShouldBeUntouched(path, "earlier", before);
            Directory.GetFileSystemEntries(cli.Folder).Should().ContainSingle();
        }
        finally
        {
            ReadOnlyFiles.MakeWritable(path);
        }
    }

    [Fact]
    public void TargetThatBecomesReadOnlyWhileWriting_IsNotReplaced()
    {
        using var cli = new CliHarness();
        string path = cli.Write("report.txt", "earlier");
        try
        {
            ReadOnlyFiles.State? before = null;
            var act = () => OutputFile.Write(path, stream =>
            {
                stream.Write("later"u8);
                before = ReadOnlyFiles.MakeReadOnly(path);
            });

            act.Should().Throw<UnauthorizedAccessException>().WithMessage(OutputFile.ReadOnlyReason);
            ReadOnlyFiles.ShouldBeUntouched(path, "earlier", before!);
            Directory.GetFileSystemEntries(cli.Folder).Should().ContainSingle("the temporary file is deleted");
        }
        finally
        {
            ReadOnlyFiles.MakeWritable(path);
        }
    }

    /// <summary>Modes that no one may write, not even the owner; 000 is not "read-only" to .NET's attribute, as it is not readable either.</summary>
    [Theory]
    [InlineData("400")]
    [InlineData("440")]
    [InlineData("555")]
    [InlineData("000")]
    public void TargetThatNoOneMayWrite_IsNotReplaced(string octal)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only; the read-only attribute is covered above.
        }

        using var cli = new CliHarness();
        string path = cli.Write("report.txt", "earlier");
        var mode = (UnixFileMode)Convert.ToInt32(octal, 8);
        File.SetUnixFileMode(path, mode);

        var act = () => OutputFile.Write(path, stream => stream.Write("later"u8));

        act.Should().Throw<UnauthorizedAccessException>();
        File.GetUnixFileMode(path).Should().Be(mode);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.ReadAllText(path).Should().Be("earlier");
        Directory.GetFileSystemEntries(cli.Folder).Should().ContainSingle();
    }

    /// <summary>Not 644: that is what a new file gets with the usual umask, so keeping it would prove nothing.</summary>
    [Theory]
    [InlineData("600")]
    [InlineData("640")]
    [InlineData("660")]
    [InlineData("755")]
    [InlineData("606")]
    public void ReplacedFile_KeepsItsMode(string octal)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only.
        }

        using var cli = new CliHarness();
        string path = cli.Write("report.txt", "earlier");
        var mode = (UnixFileMode)Convert.ToInt32(octal, 8);
        File.SetUnixFileMode(path, mode);

        OutputFile.Write(path, stream => stream.Write("later"u8));

        File.ReadAllText(path).Should().Be("later");
        File.GetUnixFileMode(path).Should().Be(mode);
        Directory.GetFileSystemEntries(cli.Folder).Should().ContainSingle();
    }
}

/// <summary>
/// Makes a file read-only the way a user would (mode 444 on Unix, the read-only attribute on Windows) and checks that
/// it was left as it was. Tests run as root on some machines, and root may write any file: the file's own mode is what
/// makes it read-only here, not whether the test could open it.
/// </summary>
internal static class ReadOnlyFiles
{
    private const UnixFileMode ReadOnlyMode = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    public static State MakeReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, File.GetAttributes(path) | FileAttributes.ReadOnly);
            return new State(null, File.GetLastWriteTimeUtc(path));
        }

        File.SetUnixFileMode(path, ReadOnlyMode);
        return new State(ReadOnlyMode, File.GetLastWriteTimeUtc(path));
    }

    /// <summary>So that the test folder can be deleted on Windows too.</summary>
    public static void MakeWritable(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, File.GetAttributes(path) & ~FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserWrite);
        }
    }

    public static void ShouldBeUntouched(string path, string content, State before)
    {
        File.ReadAllText(path).Should().Be(content);
        File.GetLastWriteTimeUtc(path).Should().Be(before.LastWrite);
        if (OperatingSystem.IsWindows())
        {
            File.GetAttributes(path).Should().HaveFlag(FileAttributes.ReadOnly);
        }
        else
        {
            File.GetUnixFileMode(path).Should().Be(before.Mode);
        }
    }

    public sealed record State(UnixFileMode? Mode, DateTime LastWrite);
}
