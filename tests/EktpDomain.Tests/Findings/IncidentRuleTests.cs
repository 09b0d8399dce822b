using System;
using System.Collections.Immutable;
using System.Linq;
using EktpDomain.Calendar;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Incidents;
using EktpDomain.Reporting;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Findings;

public partial class IncidentRuleTests
{
    private static ImmutableArray<Finding> Evaluate(ScenarioBuilder scenario, IIncidentRule rule, DateInterval? window = null) =>
        new IncidentRuleSet([rule]).Evaluate(new IncidentRuleContext(scenario.Build(), window ?? April));

    private static ScenarioBuilder Kresek2Sets(params Incident[] incidents) =>
        new ScenarioBuilder { Inventory = Static(2, Kresek), Incidents = Log(incidents) }.Kecamatan(Kresek, 40_000);

    [Theory]
    [InlineData(3, null)]
    [InlineData(4, "Warning")]
    [InlineData(16, "Warning")]
    [InlineData(19, "Warning")]
    [InlineData(20, "Critical")]
    [InlineData(23, "Critical")]
    public void LongOutage_KresekFingerprintScannerFrom2April_WarningFrom3AndCriticalFrom14WorkingDays(int lastDay, string? severity)
    {
        // From 2 April: to the 3rd is 2 working days, to the 4th 3, to the 16th (15 calendar days) 10, to the 19th 13,
        // to the 20th 14, to the 23rd 15 (Good Friday and the weekends do not count).
        var findings = Evaluate(Kresek2Sets(Device("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(2), Apr(lastDay))), new LongOutageRule());

        if (severity is null)
        {
            findings.Should().BeEmpty();
            return;
        }

        var finding = findings.Should().ContainSingle().Subject;
        finding.Severity.Should().Be(Enum.Parse<FindingSeverity>(severity));
        finding.RuleId.Should().Be("long-outage");
        finding.Kecamatan.Should().Be(Kresek);
        finding.Device.Should().Be("K-06-1");
        finding.Date.Should().Be(Apr(2));
        finding.Incidents.Should().Equal("IN-1");
    }

    [Fact]
    public void LongOutage_Kresek15Days_MessageInBothLanguages()
    {
        var finding = Evaluate(Kresek2Sets(Device("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(2), Apr(16))), new LongOutageRule()).Single();

        ReportText.English.FindingMessage(finding).Should().Be("Recording set K-06-1 out of service (fingerprint scanner) 2–16 April 2012: 10 working days.");
        ReportText.Indonesian.FindingMessage(finding).Should().Be("Alat perekaman K-06-1 tidak berfungsi (pemindai sidik jari) 2–16 April 2012: 10 hari kerja.");
        ReportText.English.FindingAction(finding).Should().Be("Escalate to the regency office (Disdukcapil) and request a replacement component.");
        ReportText.Indonesian.FindingAction(finding).Should().Be("Laporkan ke Disdukcapil kabupaten dan minta penggantian komponen.");
        finding.ToString().Should().Be("warning 36.03.06 long-outage K-06-1 2012-04-02");
        var outage = finding.Details.Should().BeOfType<LongOutageDetails>().Subject.Outage;
        (outage.Device, outage.Interval, outage.WorkingDays).Should().Be(("K-06-1", new DateInterval(Apr(2), Apr(16)), 10));
    }

    [Fact]
    public void LongOutage_CountsOnlyWorkingDaysInsideTheWindow()
    {
        // 26 March – 4 April is 8 working days, but only 2–4 April (3) fall inside the window.
        var finding = Evaluate(Kresek2Sets(Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, new LocalDate(2012, 3, 26), Apr(4))), new LongOutageRule(warningWorkingDays: 3, criticalWorkingDays: 4)).Single();
        finding.Severity.Should().Be(FindingSeverity.Warning);
        ReportText.English.FindingMessage(finding).Should().Be("Recording set K-06-1 out of service (camera) 2–4 April 2012: 3 working days. The outage began before the window.");

        var closed = Kresek2Sets(Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(4)));
        closed.Calendar = WorkingCalendar.Indonesia.ToBuilder().AddClosure(new KecamatanClosure(Kresek, Apr(3), "banjir")).Build();
        Evaluate(closed, new LongOutageRule()).Should().BeEmpty("the kecamatan's closure is not one of its working days");
    }

    [Fact]
    public void LongOutage_OpenEndedSiteOutage_OneFindingWithoutDevice()
    {
        var findings = Evaluate(
            Kresek2Sets(Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Unknown, Apr(9), null), Site("IN-2", Kresek, DeviceComponent.Network, IncidentCause.Network, Apr(5), Apr(9))),
            new LongOutageRule());

        var finding = findings.Should().ContainSingle("one merged site outage, however many sets it idles").Subject;
        finding.Device.Should().BeNull();
        finding.Severity.Should().Be(FindingSeverity.Critical, "5 April to 30 April is 17 working days");
        finding.Incidents.Should().Equal("IN-2", "IN-1");
        ReportText.English.FindingMessage(finding).Should().Be("Whole kecamatan site out of service (server, network) 5–30 April 2012: 17 working days; no set could record. It was still going on at the end of the window.");
        ReportText.Indonesian.FindingMessage(finding).Should().Be("Seluruh lokasi kecamatan tidak berfungsi (server, jaringan) 5–30 April 2012: 17 hari kerja; semua alat perekaman terhenti. Gangguan masih berlangsung di akhir periode.");
    }

    [Fact]
    public void NoWorkingDevice_SiteWideServerOutage_CriticalWithTheNumberOfDays()
    {
        var scenario = new ScenarioBuilder
        {
            Inventory = Static(2, SepatanTimur, Solear),
            Incidents = Log(Site("IN-1", SepatanTimur, DeviceComponent.Server, IncidentCause.Unknown, Apr(9), Apr(12))),
        }.Kecamatan(SepatanTimur, 20_000).Kecamatan(Solear, 20_000);

        var finding = Evaluate(scenario, new NoWorkingDeviceRule()).Should().ContainSingle().Subject;

        finding.Severity.Should().Be(FindingSeverity.Critical);
        finding.Kecamatan.Should().Be(SepatanTimur);
        finding.Device.Should().BeNull();
        finding.Date.Should().Be(Apr(9));
        ReportText.English.FindingMessage(finding).Should().Be("No recording set was available on 4 working days (the first: 9 April 2012).");
        ReportText.Indonesian.FindingMessage(finding).Should().Be("Tidak ada alat perekaman yang berfungsi pada 4 hari kerja (pertama: 9 April 2012).");
        ReportText.English.FindingAction(finding).Should().Be("Lend a recording set or an e-KTP Mobile unit to this kecamatan.");
        var details = finding.Details.Should().BeOfType<NoWorkingDeviceDetails>().Subject;
        (details.WorkingDays, details.FirstDay).Should().Be((4, Apr(9)));
        Evaluate(scenario, new NoWorkingDeviceRule(minimumWorkingDays: 5)).Should().BeEmpty();
    }

    [Fact]
    public void NoWorkingDevice_OneOfTwoSetsOut_NoFinding()
    {
        Evaluate(Kresek2Sets(Device("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(2), Apr(30))), new NoWorkingDeviceRule()).Should().BeEmpty();
    }

    [Fact]
    public void DataLoss_OneFindingPerKecamatanWithTheRecordCount()
    {
        var scenario = new ScenarioBuilder()
            .Kecamatan(SepatanTimur, 20_000)
            .Recorded(SepatanTimur, new LocalDate(2012, 3, 1), 8_000)
            .Lost(SepatanTimur, Apr(3), 1_000)
            .Lost(SepatanTimur, Apr(4), 738)
            .Kecamatan(Solear, 20_000)
            .Recorded(Solear, new LocalDate(2012, 3, 1), 8_000)
            .Lost(Solear, new LocalDate(2012, 3, 20), 500)
            .Lost(Solear, Apr(5), 0);

        var finding = Evaluate(scenario, new DataLossRule()).Should().ContainSingle("Solear lost nothing inside the window").Subject;

        finding.Kecamatan.Should().Be(SepatanTimur);
        finding.Severity.Should().Be(FindingSeverity.Warning);
        ReportText.Indonesian.FindingMessage(finding).Should().Be("1.738 data rekaman hilang dalam periode ini dan harus direkam ulang.");
        ReportText.English.FindingMessage(finding).Should().Be("1,738 recordings were lost in the window and must be recorded again.");
        ReportText.Indonesian.FindingAction(finding).Should().Be("Jadwalkan perekaman ulang penduduk yang datanya hilang.");
        finding.Details.Should().BeOfType<DataLossDetails>().Which.Records.Should().Be(1_738);
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(499, false)]
    public void MobileUnitRecommended_BacklogAtTheEndOfTheWindow_From500(long unrecovered, bool expected)
    {
        var scenario = new ScenarioBuilder()
            .Kecamatan(SepatanTimur, 20_000)
            .Recorded(SepatanTimur, new LocalDate(2012, 3, 1), 8_000)
            .Lost(SepatanTimur, new LocalDate(2012, 3, 30), 1_738)
            .Rerecorded(SepatanTimur, Apr(20), 1_738 - unrecovered)
            .Rerecorded(SepatanTimur, new LocalDate(2012, 5, 2), unrecovered);

        var findings = Evaluate(scenario, new MobileUnitRecommendedRule());

        if (!expected)
        {
            findings.Should().BeEmpty();
            return;
        }

        var finding = findings.Should().ContainSingle().Subject;
        finding.Severity.Should().Be(FindingSeverity.Warning);
        ReportText.English.FindingMessage(finding).Should().Be("The re-recording backlog is 500 residents at the end of the window (threshold: 500).");
        ReportText.Indonesian.FindingMessage(finding).Should().Be("Tunggakan perekaman ulang 500 penduduk di akhir periode (ambang: 500).");
        ReportText.English.FindingAction(finding).Should().Be("Lend an e-KTP Mobile unit for door-to-door re-recording (jemput bola).");
        var details = finding.Details.Should().BeOfType<MobileUnitRecommendedDetails>().Subject;
        (details.Backlog, details.Threshold).Should().Be((500L, 500L));
        Evaluate(scenario, new MobileUnitRecommendedRule(backlogThreshold: 501)).Should().BeEmpty();
    }

    [Fact]
    public void CredentialChange_OneCriticalFindingPerIncidentOverlappingTheWindow_EvenWithoutInventory()
    {
        var scenario = new ScenarioBuilder
        {
            Incidents = Log(
                new Incident("IN-7", SepatanTimur, null, DeviceComponent.Software, IncidentCause.CredentialChange, Apr(3), Apr(5), 1_738),
                new Incident("IN-8", SepatanTimur, "K-30-2", DeviceComponent.Software, IncidentCause.CredentialChange, new LocalDate(2012, 3, 28), null),
                new Incident("IN-9", SepatanTimur, null, DeviceComponent.Software, IncidentCause.CredentialChange, new LocalDate(2012, 3, 1), new LocalDate(2012, 3, 2)),
                new Incident("IN-10", Solear, null, DeviceComponent.Software, IncidentCause.HumanError, Apr(3), Apr(3))),
        }.Kecamatan(SepatanTimur, 20_000).Kecamatan(Solear, 20_000);

        var findings = Evaluate(scenario, new CredentialChangeRule());

        findings.Select(f => (f.Device, f.Date)).Should().Equal(((string?)null, (LocalDate?)Apr(3)), ("K-30-2", new LocalDate(2012, 3, 28)));
        findings.Should().OnlyContain(f => f.Severity == FindingSeverity.Critical && f.RuleId == "credential-change");
        ReportText.English.FindingMessage(findings[0]).Should().Be("Incident IN-7, 3 April 2012: the system failed after an unauthorised change of the centrally managed password (software); 1,738 recordings lost.");
        ReportText.Indonesian.FindingMessage(findings[0]).Should().Be("Insiden IN-7, 3 April 2012: sistem gagal setelah kata sandi yang dikelola pusat diubah tanpa izin (perangkat lunak); 1.738 data rekaman hilang.");
        ReportText.English.FindingMessage(findings[1]).Should().Be("Incident IN-8, 28 March 2012: the system failed after an unauthorised change of the centrally managed password (software); recording set K-30-2.");
        ReportText.English.FindingAction(findings[0]).Should().Be("Restore the centrally managed credentials and train operators not to change them.");
        findings[0].Incidents.Should().Equal("IN-7");
        findings.Select(f => f.Details.Should().BeOfType<CredentialChangeDetails>().Subject.Incident.Id).Should().Equal("IN-7", "IN-8");
    }

    [Fact]
    public void Lightning_PagedanganServer_WarningPerIncident()
    {
        var scenario = new ScenarioBuilder
        {
            Inventory = Static(2, Pagedangan),
            Incidents = Log(
                Site("IN-3", Pagedangan, DeviceComponent.Server, IncidentCause.Lightning, Apr(12), Apr(13)),
                Device("IN-4", Pagedangan, "K-22-1", DeviceComponent.Camera, IncidentCause.Lightning, Apr(12), Apr(12)),
                Site("IN-5", Pagedangan, DeviceComponent.Server, IncidentCause.Lightning, new LocalDate(2012, 5, 1), null)),
        }.Kecamatan(Pagedangan, 30_000);

        var findings = Evaluate(scenario, new LightningRule());

        findings.Should().HaveCount(2).And.OnlyContain(f => f.Severity == FindingSeverity.Warning);
        findings[0].Device.Should().BeNull("site-wide first");
        ReportText.English.FindingMessage(findings[0]).Should().Be("Incident IN-3, 12 April 2012: lightning struck the server.");
        ReportText.Indonesian.FindingMessage(findings[0]).Should().Be("Insiden IN-3, 12 April 2012: server tersambar petir.");
        ReportText.English.FindingMessage(findings[1]).Should().Be("Incident IN-4, 12 April 2012: lightning struck recording set K-22-1 (camera).");
        ReportText.Indonesian.FindingMessage(findings[1]).Should().Be("Insiden IN-4, 12 April 2012: alat perekaman K-22-1 (kamera) tersambar petir.");
        ReportText.Indonesian.FindingAction(findings[0]).Should().Be("Periksa pelindung lonjakan listrik dan pembumian (grounding) di lokasi.");
        findings.Select(f => f.Details.Should().BeOfType<LightningDetails>().Subject.Incident.Id).Should().Equal("IN-3", "IN-4");
    }

    [Fact]
    public void RepeatedFailure_ThreeFailuresOfOneSetWithin90Days_Warning()
    {
        var finding = Evaluate(
            Kresek2Sets(
                Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, new LocalDate(2012, 2, 1), new LocalDate(2012, 2, 3)),
                Device("IN-2", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, new LocalDate(2012, 3, 15), new LocalDate(2012, 3, 16)),
                Device("IN-3", Kresek, "K-06-1", DeviceComponent.Iris, IncidentCause.Hardware, Apr(10), Apr(11)),
                Site("IN-4", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(12), Apr(12))),
            new RepeatedFailureRule()).Should().ContainSingle().Subject;

        finding.Severity.Should().Be(FindingSeverity.Warning);
        finding.Device.Should().Be("K-06-1");
        finding.Date.Should().Be(Apr(10));
        finding.Incidents.Should().Equal("IN-1", "IN-2", "IN-3");
        ReportText.English.FindingMessage(finding).Should().Be("Recording set K-06-1 failed 3 times between 1 February 2012 and 10 April 2012, within 90 days.");
        ReportText.Indonesian.FindingMessage(finding).Should().Be("Alat perekaman K-06-1 rusak 3 kali antara 1 Februari 2012 dan 10 April 2012, dalam 90 hari.");
        ReportText.English.FindingAction(finding).Should().Be("Replace the recording set.");
        var details = finding.Details.Should().BeOfType<RepeatedFailureDetails>().Subject;
        (details.Device, details.Incidents, details.First, details.Last, details.WithinDays).Should().Be(("K-06-1", 3, new LocalDate(2012, 2, 1), Apr(10), 90));
    }

    [Theory]
    [InlineData(89, true)]
    [InlineData(90, false)]
    public void RepeatedFailure_FirstAndLastStartAtMost89DaysApart(int daysApart, bool expected)
    {
        var last = Apr(20);
        var findings = Evaluate(
            Kresek2Sets(
                Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, last.PlusDays(-daysApart), null),
                Device("IN-2", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, last.PlusDays(-5), null),
                Device("IN-3", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, last, null)),
            new RepeatedFailureRule());

        findings.Should().HaveCount(expected ? 1 : 0);
    }

    [Fact]
    public void RepeatedFailure_LastIncidentBeforeTheWindow_OrSiteWide_NoFinding()
    {
        Evaluate(
            Kresek2Sets(
                Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, new LocalDate(2012, 3, 1), null),
                Device("IN-2", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, new LocalDate(2012, 3, 10), null),
                Device("IN-3", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, new LocalDate(2012, 3, 20), null)),
            new RepeatedFailureRule()).Should().BeEmpty("none of them started in the window");

        Evaluate(
            Kresek2Sets(
                Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(2), Apr(2)),
                Site("IN-2", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(4), Apr(4)),
                Site("IN-3", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(10), Apr(10))),
            new RepeatedFailureRule()).Should().BeEmpty("site-wide incidents are not failures of a set");

        Evaluate(
            Kresek2Sets(
                Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(2)),
                Device("IN-2", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(4), Apr(4))),
            new RepeatedFailureRule(minimumIncidents: 2, withinDays: 3)).Should().ContainSingle("reconfigured: 2 incidents within 3 days");
    }

    [Fact]
    public void DeviceRules_WithoutInventory_AreNotEvaluated()
    {
        var scenario = new ScenarioBuilder
        {
            Incidents = Log(
                Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Lightning, Apr(2), Apr(30)),
                Device("IN-2", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(3), Apr(30)),
                Device("IN-3", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(4), Apr(30))),
        }.Kecamatan(Kresek, 40_000);
        var context = new IncidentRuleContext(scenario.Build(), April);

        context.Capacity.Should().BeNull();
        context.Inventory.Should().BeNull();
        IncidentRuleSet.Default.Evaluate(context).Select(f => f.RuleId).Should().Equal("lightning");
    }

    [Fact]
    public void Rules_BadThresholds_Throw()
    {
        var longOutage = () => new LongOutageRule(5, 4);
        longOutage.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The critical threshold of 'long-outage' (4 working days) must be at least its warning threshold (5).*");
        var zero = () => new LongOutageRule(0);
        zero.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("warningWorkingDays");
        var noDevice = () => new NoWorkingDeviceRule(0);
        noDevice.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("minimumWorkingDays");
        var mobile = () => new MobileUnitRecommendedRule(0);
        mobile.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("backlogThreshold");
        var repeated = () => new RepeatedFailureRule(1);
        repeated.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("minimumIncidents");
        var within = () => new RepeatedFailureRule(3, 0);
        within.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("withinDays");
    }

    [Fact]
    public void Context_KecamatanOutsideTheData_Throws()
    {
        var context = new IncidentRuleContext(new ScenarioBuilder().Kecamatan(Kresek, 1).Build(), April);
        context.Contains(Kronjo).Should().BeFalse();
        var act = () => context.GetTotals(Kronjo);
        act.Should().Throw<ArgumentException>().WithMessage("Kecamatan '36.03.07' is not in the data of this rule context.*");
        context.Window.Equals(April).Should().BeTrue();
        context.KecamatanCodes.Should().Equal(Kresek);
        context.GetBacklog(Kresek).Should().Be(0);
    }
}
