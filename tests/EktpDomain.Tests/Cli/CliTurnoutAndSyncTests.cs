using System.Linq;
using System.Text.Json;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>invitations.csv and sync.csv (R12, R13): their bad rows at FILE:LINE, their columns and fields, and the built-in scenario's new findings.</summary>
public class CliTurnoutAndSyncTests
{
    private static void ShouldFailWith(CliResult result, params string[] lines) => CliErrorTests.ShouldFailWith(result, lines);

    [Fact]
    public void InvitationsAndSync_AsWorkbooks_AreRead_AsTheCsvFilesAre()
    {
        using var cli = new CliHarness().WithValidBasics();
        cli.Write("devices.csv", "device,kind,funding,kecamatan,from,to\nK-27-1,static,apbn,36.03.27,2011-10-03,\n");
        TestWorkbook.Write(cli.PathOf("invitations.xlsx"),
        [
            [TestWorkbook.T("date"), TestWorkbook.T("kecamatan"), TestWorkbook.T("invited"), TestWorkbook.T("attended")],
            [TestWorkbook.D(2012, 4, 2), TestWorkbook.T("36.03.27"), TestWorkbook.N(10_000), TestWorkbook.N(5_000)],
        ]);
        string sync = cli.PathOf("sync.xlsx");
        TestWorkbook.Write(sync,
        [
            [TestWorkbook.T("date"), TestWorkbook.T("kecamatan"), TestWorkbook.T("device"), TestWorkbook.T("sent")],
            [TestWorkbook.D(2012, 4, 2), TestWorkbook.T("36.03.27"), TestWorkbook.T("K-27-1"), TestWorkbook.N(6_301)],
        ]);

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--lang", "en");

        // The workbook's sync row sends more than was recorded: read, checked, and reported at its row.
        ShouldFailWith(result, $"{sync}:Data!2: sent 6301 at 36.03.27 on 2012-04-02 from set K-27-1, but only 6300 of its records were waiting to be sent: up to that date it recorded 6300 there and sent 0; a set cannot send more than it recorded.");
        System.IO.File.Delete(sync);
        var report = cli.RunOnFolder("report", "--month", "2012-04", "--lang", "en");
        report.ExitCode.Should().Be(0, report.Stderr);
        report.Stdout.Should().Contain("low-turnout 36.03.27", "the invitations workbook gives the turnout: 5,000 of 10,000");
    }

    [Fact]
    public void Invitations_BadRows_EachAtFileAndLine()
    {
        using var cli = new CliHarness().WithValidBasics();
        string file = cli.Write("invitations.csv", "date,kecamatan,invited,attended\n2012-04-02,36.03.27,100,101\n2012-04-02,36.03.27,-1,0\n2012-04-02,36.03.99,10,1\n2012-04-03,36.03.30,10,1\n2012-04-03,36.03.30,10,2\n2012-04-04,36.03.30,ten,1\n");

        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{file}:2: attended 101 is more than invited 100; only invited residents count as attended.",
            $"{file}:3: invited -1 is negative; it must be 0 or more.",
            $"{file}:4: unknown kecamatan '36.03.99': it is not in the kecamatan list.",
            $"{file}:6: a second row for 36.03.30 on 2012-04-03 ({file}:5 has the first); give one row per kecamatan and date.",
            $"{file}:7: malformed number 'ten' in column 'invited': expected a whole number written with the digits 0-9.");
    }

    [Fact]
    public void Sync_BadRows_EachAtFileAndLine_IncludingSendingMoreThanRecorded()
    {
        using var cli = new CliHarness().WithValidBasics();
        cli.Write("devices.csv", "device,kind,funding,kecamatan,from,to\nK-27-1,static,apbn,36.03.27,2011-10-03,\n");
        string file = cli.Write("sync.csv", "date,kecamatan,device,sent\n2012-04-02,36.03.27,K-27-1,6301\n2012-04-02,36.03.27,K-99-1,1\n2012-04-03,36.03.27,,1\n2012-04-03,36.03.27,K-27-1,-2\n");

        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{file}:3: unknown device 'K-99-1': it is not in the device inventory.",
            $"{file}:4: the device is blank; a sync row needs the recording set that sent the records.",
            $"{file}:5: sent -2 is negative; it must be 0 or more.");

        cli.Write("sync.csv", "date,kecamatan,device,sent\n2012-04-02,36.03.27,K-27-1,6301\n");
        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{file}:2: sent 6301 at 36.03.27 on 2012-04-02 from set K-27-1, but only 6300 of its records were waiting to be sent: up to that date it recorded 6300 there and sent 0; a set cannot send more than it recorded.");
    }

    [Fact]
    public void Folder_WithInvitations_ShowsTurnoutAndTheSplit_InTextAndJson()
    {
        using var cli = new CliHarness().WithValidBasics();
        cli.Write("invitations.csv", "date,kecamatan,invited,attended\n2012-04-02,36.03.27,6000,5900\n2012-04-03,36.03.30,7800,4100\n");

        var text = cli.RunOnFolder("report", "--month", "2012-04", "--lang", "en", "--width", "full");
        text.ExitCode.Should().Be(0, text.Stderr);
        var lines = text.Stdout.Split('\n');
        lines.Should().Contain(l => l.StartsWith("Rank", System.StringComparison.Ordinal) && l.Contains("Turnout %", System.StringComparison.Ordinal) && l.Contains("Short: service", System.StringComparison.Ordinal) && l.Contains("Short: no-show", System.StringComparison.Ordinal) && l.Contains("Short: not invited", System.StringComparison.Ordinal));
        // Sepatan Timur: 4,000 realised of 7,800; 4,100 of 7,800 invited came: service 100, no-show 3,700, not invited 0.
        lines.Single(l => !l.StartsWith('-') && l.Contains("36.03.30", System.StringComparison.Ordinal)).Split(' ', System.StringSplitOptions.RemoveEmptyEntries).Should().EndWith(["52.6", "0", "n/a", "3,800", "100", "3,700", "0", "0"]);
        text.Stdout.Should().Contain("low-turnout 36.03.30 Sepatan Timur: Only 4,100 of 7,800 invited residents came in the window: a turnout of 52.6% (threshold: 60%).");

        var json = cli.RunOnFolder("report", "--month", "2012-04", "--format", "json");
        using var document = JsonDocument.Parse(json.Stdout);
        var row = document.RootElement.GetProperty("kecamatan").EnumerateArray().Single(k => k.GetProperty("code").GetString() == "36.03.30");
        row.GetProperty("invited").GetInt64().Should().Be(7_800);
        row.GetProperty("attended").GetInt64().Should().Be(4_100);
        row.GetProperty("turnout").GetDecimal().Should().Be(4_100m / 7_800m);
        var shortfall = row.GetProperty("shortfall");
        shortfall.GetProperty("demand").GetDecimal().Should().Be(3_800);
        shortfall.GetProperty("service").GetDecimal().Should().Be(100);
        shortfall.GetProperty("no_show").GetDecimal().Should().Be(3_700);
        shortfall.GetProperty("not_invited").GetDecimal().Should().Be(0);
    }

    [Fact]
    public void Folder_WithInvitations_NobodyInvitedInThePeriod_HasANullTurnout_NotAnAbsentOne()
    {
        // The only invitation of 36.03.27 falls in March: with invitations.csv given, April's turnout is not known
        // (null), which is not the shape of a folder without the file (no key).
        using var cli = new CliHarness().WithValidBasics();
        cli.Write("invitations.csv", "date,kecamatan,invited,attended\n2012-03-15,36.03.27,6000,5900\n");

        var json = cli.RunOnFolder("report", "--month", "2012-04", "--format", "json");

        json.ExitCode.Should().Be(0, json.Stderr);
        using var document = JsonDocument.Parse(json.Stdout);
        var row = document.RootElement.GetProperty("kecamatan").EnumerateArray().Single(k => k.GetProperty("code").GetString() == "36.03.27");
        row.GetProperty("invited").GetInt64().Should().Be(0);
        row.GetProperty("attended").GetInt64().Should().Be(0);
        row.GetProperty("turnout").ValueKind.Should().Be(JsonValueKind.Null);
        EktpDomain.Reporting.Json.ReportJson.DeserializeReport(json.Stdout).Rows.Should().Contain(k => k.Code == RegionCode.Parse("36.03.27") && k.Turnout == null && k.Invited == 0);
    }

    [Fact]
    public void Folder_WithoutInvitations_HasNullParts_AndNoTurnoutFields()
    {
        using var cli = new CliHarness().WithValidBasics();

        var json = cli.RunOnFolder("report", "--month", "2012-04", "--format", "json");
        using var document = JsonDocument.Parse(json.Stdout);
        var row = document.RootElement.GetProperty("kecamatan").EnumerateArray().Single(k => k.GetProperty("code").GetString() == "36.03.30");
        row.TryGetProperty("invited", out _).Should().BeFalse();
        row.TryGetProperty("turnout", out _).Should().BeFalse();
        row.GetProperty("shortfall").GetProperty("service").ValueKind.Should().Be(JsonValueKind.Null);
        row.GetProperty("shortfall").GetProperty("no_show").ValueKind.Should().Be(JsonValueKind.Null);
        row.GetProperty("shortfall").GetProperty("not_invited").ValueKind.Should().Be(JsonValueKind.Null);
        cli.RunOnFolder("report", "--month", "2012-04").Stdout.Should().NotContain("Kehadiran").And.NotContain("tidak hadir");
    }

    [Fact]
    public void BuiltInScenario_ShowsTheUnsentRecordsBeforeTheLoss_TheRiskAtThePasswordChange_AndLowTurnout()
    {
        var result = CliHarness.Invoke(["report", "--lang", "en", "--width", "full"]);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("Only 1 of 29 kecamatan met the 15% recording target");
        result.Stdout.Should().Contain("- [critical] unsent-records 36.03.30 Sepatan Timur: Incident INC-2012-004, 16 April 2012 (software, unauthorised password change), began while 1,738 records of the whole site had not been sent to the central server: all of them were at risk.");
        result.Stdout.Should().Contain("- [warning] unsent-records 36.03.30 Sepatan Timur K-30-1: Recording set K-30-1 held up to 904 records not yet sent to the central server (13 April 2012)");
        result.Stdout.Should().Contain("- [warning] unsent-records 36.03.30 Sepatan Timur K-30-2: Recording set K-30-2 held up to 834 records");
        result.Stdout.Split('\n').Count(l => l.StartsWith("- [warning] low-turnout ", System.StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(3);

        var json = CliHarness.Invoke(["report", "--format", "json", "--lang", "en"]);
        using var document = JsonDocument.Parse(json.Stdout);
        var root = document.RootElement;
        root.GetProperty("summary").GetProperty("met").GetInt32().Should().Be(1);
        foreach (var row in root.GetProperty("kecamatan").EnumerateArray())
        {
            var s = row.GetProperty("shortfall");
            (s.GetProperty("service").GetDecimal() + s.GetProperty("no_show").GetDecimal() + s.GetProperty("not_invited").GetDecimal())
                .Should().BeApproximately(s.GetProperty("demand").GetDecimal(), 1e-20m, row.GetProperty("name").GetString());
        }
    }
}
