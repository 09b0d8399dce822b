using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>
/// The device files of a data folder end to end: capacity and shortfall (R5, R6), one small folder per incident rule
/// (R8), allocation (R9), and the device error classes of docs/data-folder.md.
/// </summary>
public class CliDeviceTests
{
    private const string Kecamatan = "code,name,eligible\n36.03.06,Kresek,40000\n36.03.30,Sepatan Timur,52000\n";
    private const string TwoSetsEach =
        "device,kind,funding,kecamatan,from,to\n" +
        "K-06-1,static,apbn,36.03.06,2011-10-03,\n" +
        "K-06-2,static,apbn,36.03.06,2011-10-03,\n" +
        "K-30-1,static,apbn,36.03.30,2011-10-03,\n" +
        "K-30-2,static,apbn,36.03.30,2011-10-03,\n";

    private static CliHarness Folder(string ledger, string? incidents = null, string devices = TwoSetsEach)
    {
        var cli = new CliHarness();
        cli.Write("kecamatan.csv", Kecamatan);
        cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n2012-03-30,36.03.30,,recorded,20000\n2012-03-30,36.03.06,,recorded,10000\n" + ledger);
        cli.Write("devices.csv", devices);
        if (incidents is not null)
        {
            cli.Write("incidents.csv", "id,kecamatan,device,component,cause,start,end\n" + incidents);
        }

        return cli;
    }

    private static (string Rule, string Severity, string Kecamatan, string? Device)[] Findings(CliHarness cli)
    {
        var result = cli.RunOnFolder("report", "--month", "2012-04", "--format", "json", "--lang", "en");
        result.ExitCode.Should().Be(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("findings").EnumerateArray().Select(f => (
            f.GetProperty("rule").GetString()!,
            f.GetProperty("severity").GetString()!,
            f.GetProperty("kecamatan").GetString()!,
            f.TryGetProperty("device", out var d) ? d.GetString() : null)).ToArray();
    }

    [Fact]
    public void LongOutage_KreseksScannerOutFifteenDays_IsAWarningForTheSet()
    {
        using var cli = Folder("", "I1,36.03.06,K-06-2,fingerprint,hardware,2012-04-03,2012-04-17\n");
        Findings(cli).Should().Equal(("long-outage", "warning", "36.03.06", "K-06-2"));
    }

    [Fact]
    public void LongOutage_FourteenWorkingDays_IsCritical()
    {
        using var cli = Folder("", "I1,36.03.06,K-06-2,fingerprint,hardware,2012-04-02,2012-04-20\n");
        Findings(cli).Should().Equal(("long-outage", "critical", "36.03.06", "K-06-2"));
    }

    [Fact]
    public void NoWorkingDevice_SiteWideServerOutage()
    {
        using var cli = Folder("", "I1,36.03.30,,server,hardware,2012-04-10,2012-04-11\n");
        Findings(cli).Should().Equal(("no-working-device", "critical", "36.03.30", null));
    }

    [Fact]
    public void DataLoss_AndMobileUnitRecommended_AndCredentialChange()
    {
        using var cli = Folder("2012-04-16,36.03.30,,lost,1738\n2012-04-26,36.03.30,,rerecorded,100\n", "I1,36.03.30,,software,credential-change,2012-04-16,2012-04-16\n");
        var findings = Findings(cli);
        findings.Should().Equal(
            ("credential-change", "critical", "36.03.30", null),
            ("no-working-device", "critical", "36.03.30", null),
            ("data-loss", "warning", "36.03.30", null),
            ("mobile-unit-recommended", "warning", "36.03.30", null));
    }

    [Fact]
    public void MobileUnitRecommended_NotBelowFiveHundred()
    {
        using var cli = Folder("2012-04-16,36.03.30,,lost,599\n2012-04-26,36.03.30,,rerecorded,100\n");
        Findings(cli).Select(f => f.Rule).Should().Equal("data-loss");
    }

    [Fact]
    public void Lightning_IsAWarningPerIncident()
    {
        using var cli = Folder("", "I1,36.03.06,K-06-1,pc,lightning,2012-04-05,2012-04-05\n");
        Findings(cli).Should().Equal(("lightning", "warning", "36.03.06", "K-06-1"));
    }

    [Fact]
    public void RepeatedFailure_ThreeIncidentsOnOneSetWithin90Days()
    {
        using var cli = Folder("", "I1,36.03.06,K-06-1,camera,hardware,2012-02-06,2012-02-06\nI2,36.03.06,K-06-1,camera,hardware,2012-03-05,2012-03-05\nI3,36.03.06,K-06-1,camera,hardware,2012-04-09,2012-04-09\n");
        Findings(cli).Should().Equal(("repeated-failure", "warning", "36.03.06", "K-06-1"));
    }

    [Fact]
    public void Report_WithDevices_HasCapacityAndShortfallParts()
    {
        using var cli = Folder("2012-04-10,36.03.06,K-06-1,recorded,3000\n", "I1,36.03.06,K-06-2,fingerprint,hardware,2012-04-03,2012-04-17\n");
        var result = cli.RunOnFolder("report", "--month", "2012-04", "--format", "json", "--throughput", "150");

        using var json = JsonDocument.Parse(result.Stdout);
        var kresek = json.RootElement.GetProperty("kecamatan").EnumerateArray().Single(k => k.GetProperty("code").GetString() == "36.03.06");
        kresek.GetProperty("device_days").GetInt64().Should().Be(30, "two sets × 20 working days, minus 10 days out");
        kresek.GetProperty("outage_device_days").GetInt64().Should().Be(10);
        kresek.GetProperty("capacity").GetInt64().Should().Be(30 * 150);
        kresek.GetProperty("utilisation").GetDecimal().Should().Be(3000m / 4500);
        var shortfall = kresek.GetProperty("shortfall");
        shortfall.GetProperty("data_loss").GetDecimal().Should().Be(0);
        shortfall.GetProperty("outage").GetDecimal().Should().Be(1000, "10 outage device-days × 100 recordings per available device-day");
        shortfall.GetProperty("demand").GetDecimal().Should().Be(6000 - 3000 - 1000);
    }

    [Fact]
    public void Allocate_PlacesSetsWhereTheyCutTheShortfall()
    {
        using var cli = Folder("2012-04-10,36.03.06,K-06-1,recorded,3000\n2012-04-10,36.03.30,K-30-1,recorded,3000\n");

        var text = cli.RunOnFolder("allocate", "--month", "2012-04", "--devices", "2", "--lang", "en");
        text.ExitCode.Should().Be(0, text.Stderr);
        text.Stdout.Should().Contain("Placing 2 new APBD-funded recording sets").And.Contain("Total capacity gap");

        var json = cli.RunOnFolder("allocate", "--month", "2012-04", "--devices", "2", "--format", "json");
        using var doc = JsonDocument.Parse(json.Stdout);
        doc.RootElement.GetProperty("placements").GetArrayLength().Should().Be(2);
        doc.RootElement.GetProperty("placements")[0].GetProperty("kecamatan").GetString().Should().Be("36.03.30", "Sepatan Timur's target (7,800) is further above its capacity (4,000)");
    }

    [Fact]
    public void Allocate_WithoutDevicesFile_IsAFileError()
    {
        using var cli = new CliHarness().WithValidBasics();
        var result = cli.RunOnFolder("allocate", "--month", "2012-04", "--devices", "2");
        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.ErrorLines.Should().Equal($"{cli.PathOf("devices.csv")}: missing file: ektp allocate needs the device inventory to project capacity.");
    }

    [Fact]
    public void IncidentEndingBeforeItStarts_AndDeviceInTwoKecamatan_AreFileLineErrors()
    {
        using var cli = Folder(
            "",
            "I1,36.03.06,K-06-2,camera,hardware,2012-04-10,2012-04-09\nI2,36.03.06,,network,ufo,2012-04-10,\n",
            TwoSetsEach + "K-06-1,static,apbn,36.03.30,2012-04-01,2012-04-30\nK-06-3,statik,apbn,36.03.06,2012-04-01,\n");

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        string devices = cli.PathOf("devices.csv"), incidents = cli.PathOf("incidents.csv");
        result.ErrorLines.Should().HaveCount(4);
        result.ErrorLines[0].Should().StartWith($"{devices}:6: ").And.Contain("K-06-1").And.Contain("36.03.30").And.Contain("36.03.06").And.Contain($"{devices}:2");
        result.ErrorLines[1].Should().Be($"{devices}:7: unknown kind 'statik': use static, mobile.");
        result.ErrorLines[2].Should().StartWith($"{incidents}:2: ").And.Contain("2012-04-09").And.Contain("before");
        result.ErrorLines[3].Should().Be($"{incidents}:3: unknown cause 'ufo': use hardware, lightning, theft, power, network, human-error, credential-change, malware, unknown.");
    }
}
