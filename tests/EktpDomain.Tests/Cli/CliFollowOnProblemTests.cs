using System.Globalization;
using System.Linq;
using System.Text;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Cli.CliErrorTests;
using static EktpDomain.Tests.Support.TestWorkbook;

namespace EktpDomain.Tests.Cli;

/// <summary>
/// One mistake, one error (issue 23): when a list the other files are checked against (the kecamatan list, the sets of
/// devices.csv) could not be read in full, each file checked against it says once how many of its rows name a value
/// that could not be checked, instead of an "unknown" problem per row, and its other problems are still reported.
/// </summary>
public class CliFollowOnProblemTests
{
    private const string LedgerHeader = "date,kecamatan,device,kind,count\n";

    /// <summary>A valid ledger of <paramref name="rows"/> rows, a day apart, alternating between 36.03.30 and 36.03.27 when <paramref name="both"/>.</summary>
    private static string Ledger(int rows, bool both = false)
    {
        var text = new StringBuilder(LedgerHeader);
        var day = new LocalDate(2010, 1, 1);
        for (int i = 0; i < rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{day.PlusDays(i):uuuu-MM-dd},{(both && i % 2 == 1 ? "36.03.27" : "36.03.30")},,recorded,1\n");
        }

        return text.ToString();
    }

    private static string Unchecked(CliHarness cli, string file, int rows, string what, string because) =>
        $"{cli.PathOf(file)}: {rows:N0} {(rows == 1 ? "row names" : "rows name")} a {what} that could not be checked, because {because} could not be read in full (see its problems above).";

    [Fact]
    public void ABadCodeInTheKecamatanWorkbook_IsFollowedByOneLineForTheLedger_NotAnUnknownKecamatanPerRow()
    {
        using var cli = new CliHarness();
        Write(cli.PathOf("kecamatan.xlsx"),
        [
            [T("code"), T("name"), T("eligible")],
            [T("36.03.27"), T("Sukamulya"), N(41000)],
            [T("36.03.3O"), T("Sepatan Timur"), N(52000)],
        ]);
        cli.Write("ledger.csv", Ledger(104));

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.ErrorLines.Should().HaveCount(2, result.Stderr);
        result.ErrorLines[0].Should().StartWith($"{cli.PathOf("kecamatan.xlsx")}:Data!3: malformed code in column 'code': '36.03.3O'");
        result.ErrorLines[1].Should().Be(Unchecked(cli, "ledger.csv", 104, "kecamatan", "kecamatan.xlsx"));
        result.Stderr.Should().NotContain("unknown kecamatan");
    }

    [Fact]
    public void AKecamatanRowWithTooFewFields_LeavesTheCodesItMayHoldUnchecked()
    {
        using var cli = new CliHarness();
        string kecamatan = cli.Write("kecamatan.csv", "code,name,eligible\n36.03.27,Sukamulya,41000\n36.03.30,Sepatan Timur\n");
        cli.Write("ledger.csv", Ledger(10, both: true));

        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{kecamatan}:3: the row has 2 fields, but the header has 3.",
            Unchecked(cli, "ledger.csv", 5, "kecamatan", "kecamatan.csv"));
    }

    [Fact]
    public void ASnapshotsFileWithProblems_LeavesTheKecamatanItGivesUnchecked()
    {
        using var cli = new CliHarness();
        string snapshots = cli.Write("snapshots.csv", "date,kecamatan,eligible,recorded\n2012-04-30,36.03.27,41000,100\n2012-05-31,36.03.27,41000,many\n");
        cli.Write("closures.csv", "kecamatan,date,reason\n36.03.27,2012-04-10,banjir\n36.03.30,2012-04-10,banjir\n36.03.30,2012-04-11,banjir\n");

        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{snapshots}:3: malformed number 'many' in column 'recorded': expected a whole number written with the digits 0-9.",
            Unchecked(cli, "closures.csv", 2, "kecamatan", "snapshots.csv"));
    }

    [Fact]
    public void ABadCellBesideAReadableCode_LeavesTheKecamatanKnown_SoTheLedgerIsCheckedAsUsual()
    {
        using var cli = new CliHarness();
        Write(cli.PathOf("kecamatan.xlsx"),
        [
            [T("code"), T("name"), T("eligible")],
            [T("36.03.27"), T("Sukamulya"), N(41000)],
            [T("36.03.30"), T("Sepatan Timur"), T("lots")],
        ]);
        cli.Write("ledger.csv", Ledger(104));

        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{cli.PathOf("kecamatan.xlsx")}:Data!3: malformed number 'lots' in column 'eligible': expected a whole number written with the digits 0-9.");
    }

    [Fact]
    public void ABadKecamatanHeader_IsFollowedByOneLineForTheLedger()
    {
        using var cli = new CliHarness();
        string kecamatan = cli.Write("kecamatan.csv", "code,nama,eligible\n36.03.27,Sukamulya,41000\n36.03.30,Sepatan Timur,52000\n");
        cli.Write("ledger.csv", Ledger(2931, both: true));

        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{kecamatan}: missing column 'name'; the header has code, nama, eligible.",
            Unchecked(cli, "ledger.csv", 2931, "kecamatan", "kecamatan.csv"));
    }

    [Fact]
    public void AMissingKecamatanFile_IsFollowedByOneLineForTheLedger()
    {
        using var cli = new CliHarness();
        cli.Write("ledger.csv", Ledger(3));

        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{cli.PathOf("kecamatan.csv")}: missing file: the data folder needs kecamatan.csv (or kecamatan.xlsx).",
            Unchecked(cli, "ledger.csv", 3, "kecamatan", "kecamatan.csv"));
    }

    [Fact]
    public void WhenTheKecamatanListFails_TheLedgersOtherProblems_AreStillReported()
    {
        using var cli = new CliHarness();
        string kecamatan = cli.Write("kecamatan.csv", "code,name,eligible\n36.03.27,Sukamulya,41000\n36.03.3O,Sepatan Timur,52000\n");
        string ledger = cli.Write(
            "ledger.csv",
            LedgerHeader +
            "2012-04-02,36.03.30,,recorded,100\n" +
            "2012-04-03,36.03.30,,lost,150\n" +
            "2012-02-30,36.03.30,,recorded,5\n" +
            "2012-04-04,36.03.30,,recorded,-5\n" +
            "2012-04-04,36.03.99,,recorded,5\n" +
            "2012-04-04,36.03.27,,printed,5\n" +
            "2012-04-04,36.03.27,,recorded,5\n");

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().HaveCount(6, result.Stderr);
        result.ErrorLines[0].Should().StartWith($"{kecamatan}:3: malformed code in column 'code': '36.03.3O'");
        result.ErrorLines.Skip(1).Should().Equal(
            Unchecked(cli, "ledger.csv", 5, "kecamatan", "kecamatan.csv"),
            $"{ledger}:3: lost 150 at 36.03.30 on 2012-04-03 pushes coverage below zero: by the end of that date losses total 150 but only 100 were ever recorded.",
            $"{ledger}:4: malformed date '2012-02-30' in column 'date': expected a real date as YYYY-MM-DD.",
            $"{ledger}:5: count -5 is negative; a ledger count must be 0 or more.",
            $"{ledger}:7: unknown kind 'printed': use recorded, lost, rerecorded.");
    }

    [Fact]
    public void EveryFileCheckedAgainstTheKecamatanList_SaysSoOnce()
    {
        using var cli = new CliHarness();
        string kecamatan = cli.Write("kecamatan.csv", "code,name,eligible\n36.03.27,Sukamulya,41000\n36.03.3O,Sepatan Timur,52000\n");
        cli.Write("ledger.csv", Ledger(4));
        cli.Write("eligible.csv", "kecamatan,from,eligible\n36.03.30,2012-01-01,53000\n36.03.27,2012-01-01,42000\n");
        cli.Write("closures.csv", "kecamatan,date,reason\n36.03.30,2012-04-10,banjir\n36.03.30,2012-04-11,banjir\n");
        cli.Write("devices.csv", "device,kind,funding,kecamatan,from,to\nK-30-1,static,apbn,36.03.30,2011-10-03,\n");
        cli.Write("incidents.csv", "id,kecamatan,device,component,cause,start,end\nI1,36.03.30,K-30-1,camera,hardware,2012-04-03,2012-04-04\n");
        string invitations = cli.Write("invitations.csv", "date,kecamatan,invited,attended\n2012-04-02,36.03.30,10,1\n2012-04-02,36.03.27,10,11\n");
        cli.Write("sync.csv", "date,kecamatan,device,sent\n2010-01-02,36.03.30,K-30-1,0\n");

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().HaveCount(9, result.Stderr);
        result.ErrorLines[0].Should().StartWith($"{kecamatan}:3: malformed code");
        result.ErrorLines.Skip(1).Should().Equal(
            Unchecked(cli, "eligible.csv", 1, "kecamatan", "kecamatan.csv"),
            Unchecked(cli, "ledger.csv", 4, "kecamatan", "kecamatan.csv"),
            Unchecked(cli, "closures.csv", 2, "kecamatan", "kecamatan.csv"),
            Unchecked(cli, "devices.csv", 1, "kecamatan", "kecamatan.csv"),
            Unchecked(cli, "incidents.csv", 1, "kecamatan", "kecamatan.csv"),
            Unchecked(cli, "invitations.csv", 1, "kecamatan", "kecamatan.csv"),
            $"{invitations}:3: attended 11 is more than invited 10; only invited residents count as attended.",
            Unchecked(cli, "sync.csv", 1, "kecamatan", "kecamatan.csv"));
    }

    [Fact]
    public void ABadDevicesHeader_IsFollowedByOneLinePerFileNamingSets()
    {
        using var cli = new CliHarness().WithValidBasics();
        string devices = cli.Write("devices.csv", "device,kind,kecamatan,from,to\nK-27-1,static,36.03.27,2011-10-03,\n");
        string incidents = cli.Write(
            "incidents.csv",
            "id,kecamatan,device,component,cause,start,end\n" +
            "I1,36.03.27,K-27-1,camera,hardware,2012-04-03,2012-04-04\n" +
            "I2,36.03.27,K-27-2,camera,hardware,2012-04-05,2012-04-06\n" +
            "I3,36.03.27,,power,power,2012-04-07,2012-04-07\n" +
            "I4,36.03.27,K-27-1,camera,sabotage,2012-04-08,2012-04-09\n");
        cli.Write("sync.csv", "date,kecamatan,device,sent\n2012-04-02,36.03.27,K-27-1,1\n2012-04-03,36.03.27,K-27-1,1\n");

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().HaveCount(4, result.Stderr);
        result.ErrorLines[0].Should().Be($"{devices}: missing column 'funding'; the header has device, kind, kecamatan, from, to.");
        result.ErrorLines[1].Should().Be(Unchecked(cli, "incidents.csv", 3, "device", "devices.csv"));
        result.ErrorLines[2].Should().StartWith($"{incidents}:5: unknown cause 'sabotage'");
        result.ErrorLines[3].Should().Be(Unchecked(cli, "sync.csv", 2, "device", "devices.csv"));
        result.Stderr.Should().NotContain("unknown device");
    }

    [Fact]
    public void ADevicesRowWithoutItsId_LeavesTheSetsItNamesUnchecked()
    {
        using var cli = new CliHarness().WithValidBasics();
        string devices = cli.Write("devices.csv", "device,kind,funding,kecamatan,from,to\nK-27-1,static,apbn,36.03.27,2011-10-03,\n,static,apbn,36.03.27,2011-10-03,\n");
        cli.Write("incidents.csv", "id,kecamatan,device,component,cause,start,end\nI1,36.03.27,K-27-1,camera,hardware,2012-04-03,2012-04-04\nI2,36.03.27,K-27-2,camera,hardware,2012-04-05,2012-04-06\n");

        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{devices}:3: column 'device' is blank.",
            Unchecked(cli, "incidents.csv", 1, "device", "devices.csv"));
    }
}
