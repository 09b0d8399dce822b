using EktpDomain.Tests.Cli;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Import.Tests;

/// <summary>A file the folder holds but ektp does not read is named on stderr; the run still succeeds.</summary>
public class DataFolderWarningsTests
{
    [Fact]
    public void FilesNotRead_AreNamed_WithTheTableTheyMayHaveMeant()
    {
        using var cli = new CliHarness().WithValidBasics();
        string cased = cli.Write("Invitations.xlsx", "x");
        string xls = cli.Write("ledger.xls", "x");
        string singular = cli.Write("snapshot.csv", "x");
        string other = cli.Write("notes.txt", "x");
        cli.Write(".hidden", "x");

        var result = cli.RunOnFolder("report", "--month", "2012-04");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().NotBeEmpty();
        result.ErrorLines.Should().Equal(
            $"{cased}: warning: ektp does not read this file; did you mean invitations.csv (or invitations.xlsx)? The tables it reads are listed in docs/data-folder.md.",
            $"{xls}: warning: ektp does not read this file; did you mean ledger.csv (or ledger.xlsx)? The tables it reads are listed in docs/data-folder.md.",
            $"{other}: warning: ektp does not read this file. The tables it reads are listed in docs/data-folder.md.",
            $"{singular}: warning: ektp does not read this file; did you mean snapshots.csv (or snapshots.xlsx)? The tables it reads are listed in docs/data-folder.md.");
    }

    [Fact]
    public void AFolderOfTablesOnly_WarnsOfNothing()
    {
        using var cli = new CliHarness().WithValidBasics();
        cli.Write("holidays.csv", "date,name\n2012-04-06,Wafat Isa Almasih\n");

        var result = cli.RunOnFolder("report", "--month", "2012-04");

        result.ExitCode.Should().Be(0);
        result.Stderr.Should().BeEmpty();
    }
}
