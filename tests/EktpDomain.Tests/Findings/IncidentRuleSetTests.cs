using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Findings;

public partial class IncidentRuleSetTests
{
    /// <summary>The article's April, illustratively: every kind of finding at once.</summary>
    private static RecordingData Article()
    {
        var inventory = DeviceInventory.CreateBuilder()
            .AddAssignment("K-06-1", DeviceKind.Static, FundingSource.Apbn, Kresek, new LocalDate(2012, 1, 1), null, SourceLocation.None)
            .AddAssignment("K-06-2", DeviceKind.Static, FundingSource.Apbn, Kresek, new LocalDate(2012, 1, 1), null, SourceLocation.None)
            .AddAssignment("K-07-1", DeviceKind.Static, FundingSource.Apbn, Kronjo, new LocalDate(2012, 1, 1), null, SourceLocation.None)
            .AddAssignment("K-22-1", DeviceKind.Static, FundingSource.Apbn, Pagedangan, new LocalDate(2012, 1, 1), null, SourceLocation.None)
            .AddAssignment("K-30-1", DeviceKind.Static, FundingSource.Apbn, SepatanTimur, new LocalDate(2012, 1, 1), null, SourceLocation.None)
            .AddAssignment("MOBILE-1", DeviceKind.Mobile, FundingSource.Apbd, SepatanTimur, Apr(16), null, SourceLocation.None)
            .Build();
        var incidents = Log(
            Device("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(2), Apr(16)),
            Device("IN-2", Kronjo, "K-07-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(23), null),
            Site("IN-3", Pagedangan, DeviceComponent.Server, IncidentCause.Lightning, Apr(12), Apr(13)),
            new Incident("IN-4", SepatanTimur, null, DeviceComponent.Software, IncidentCause.CredentialChange, Apr(3), Apr(6), 1_738));
        return new ScenarioBuilder { Inventory = inventory, Incidents = incidents }
            .Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(10), 4_000)
            .Kecamatan(Kronjo, 30_000).Recorded(Kronjo, Apr(10), 3_000)
            .Kecamatan(Pagedangan, 30_000).Recorded(Pagedangan, Apr(10), 3_000)
            .Kecamatan(SepatanTimur, 20_000)
            .Recorded(SepatanTimur, new LocalDate(2012, 3, 1), 8_000)
            .Lost(SepatanTimur, Apr(3), 1_738)
            .Rerecorded(SepatanTimur, Apr(20), 200)
            .Build();
    }

    [Fact]
    public void Default_HasTheSevenRulesOfR8_ThenLowTurnoutUnsentRecordsOverCoverageAndDataQuality()
    {
        IncidentRuleSet.Default.Ids.Should().Equal(
            "long-outage", "no-working-device", "data-loss", "mobile-unit-recommended", "credential-change", "lightning", "repeated-failure", "low-turnout", "unsent-records", "over-coverage", "data-quality");
        ((LowTurnoutRule)IncidentRuleSet.Default["low-turnout"]).ThresholdPercent.Should().Be(60);
        ((LowTurnoutRule)IncidentRuleSet.Default["low-turnout"]).MinimumInvited.Should().Be(100);
        ((UnsentRecordsRule)IncidentRuleSet.Default["unsent-records"]).CountThreshold.Should().Be(500);
        ((UnsentRecordsRule)IncidentRuleSet.Default["unsent-records"]).AgeWorkingDays.Should().Be(3);
        ((LongOutageRule)IncidentRuleSet.Default["long-outage"]).WarningWorkingDays.Should().Be(3);
        ((LongOutageRule)IncidentRuleSet.Default["long-outage"]).CriticalWorkingDays.Should().Be(14);
        ((MobileUnitRecommendedRule)IncidentRuleSet.Default["mobile-unit-recommended"]).BacklogThreshold.Should().Be(500);
        ((RepeatedFailureRule)IncidentRuleSet.Default["repeated-failure"]).MinimumIncidents.Should().Be(3);
        ((RepeatedFailureRule)IncidentRuleSet.Default["repeated-failure"]).WithinDays.Should().Be(90);
        ((NoWorkingDeviceRule)IncidentRuleSet.Default["no-working-device"]).MinimumWorkingDays.Should().Be(1);
        IncidentRuleSet.Empty.Rules.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_TheArticlesApril_FindingsInReportOrder()
    {
        var findings = IncidentRuleSet.Default.Evaluate(new IncidentRuleContext(Article(), April));

        findings.Select(f => (f.Severity, f.Kecamatan.ToString(), f.RuleId, f.Device)).Should().Equal(
            (FindingSeverity.Critical, "36.03.07", "no-working-device", (string?)null),
            (FindingSeverity.Critical, "36.03.22", "no-working-device", null),
            (FindingSeverity.Critical, "36.03.30", "credential-change", null),
            (FindingSeverity.Critical, "36.03.30", "no-working-device", null),
            (FindingSeverity.Warning, "36.03.06", "long-outage", "K-06-1"),
            (FindingSeverity.Warning, "36.03.07", "long-outage", "K-07-1"),
            (FindingSeverity.Warning, "36.03.22", "lightning", null),
            (FindingSeverity.Warning, "36.03.30", "data-loss", null),
            (FindingSeverity.Warning, "36.03.30", "long-outage", null),
            (FindingSeverity.Warning, "36.03.30", "mobile-unit-recommended", null));
        findings.Should().BeInAscendingOrder(Finding.ReportOrder);
    }

    [Fact]
    public void Without_TurnsARuleOff_With_ReconfiguresOrAdds()
    {
        var context = new IncidentRuleContext(Article(), April);

        var rules = IncidentRuleSet.Default
            .Without(LightningRule.RuleId)
            .With(new LongOutageRule(warningWorkingDays: 5, criticalWorkingDays: 10))
            .With(new EveryKecamatanRule());

        rules.Ids.Should().Equal("long-outage", "no-working-device", "data-loss", "mobile-unit-recommended", "credential-change", "repeated-failure", "low-turnout", "unsent-records", "over-coverage", "data-quality", "every-kecamatan");
        var findings = rules.Evaluate(context);
        findings.Should().NotContain(f => f.RuleId == "lightning");
        findings.Where(f => f.RuleId == "long-outage").Select(f => (f.Kecamatan, f.Severity)).Should().Equal((Kresek, FindingSeverity.Critical), (Kronjo, FindingSeverity.Warning));
        findings.Count(f => f.RuleId == "every-kecamatan").Should().Be(4);
        ReportText.Indonesian.FindingMessage(findings.First(f => f.RuleId == "every-kecamatan")).Should().Be("Periksa kecamatan ini.");
        IncidentRuleSet.Default.Contains("lightning").Should().BeTrue("the default set is unchanged");
    }

    [Fact]
    public void RuleSet_BadInput_Throws()
    {
        var duplicate = () => new IncidentRuleSet([new LightningRule(), new LightningRule()]);
        duplicate.Should().Throw<ArgumentException>().WithMessage("Two rules have the id 'lightning'; ids must be unique in a rule set. Use With(rule) to replace a rule.*");
        var blank = () => new IncidentRuleSet([new BlankIdRule()]);
        blank.Should().Throw<ArgumentException>().WithMessage("The rule BlankIdRule has a blank id; every rule needs an id.*");
        var nullRule = () => new IncidentRuleSet([null!]);
        nullRule.Should().Throw<ArgumentNullException>();
        var unknown = () => IncidentRuleSet.Default.Without("lightnin");
        unknown.Should().Throw<KeyNotFoundException>().WithMessage("No rule has the id 'lightnin', so none can be turned off; the rules are: long-outage, no-working-device, data-loss, mobile-unit-recommended, credential-change, lightning, repeated-failure, low-turnout, unsent-records, over-coverage, data-quality.");
        var missing = () => IncidentRuleSet.Empty["lightning"];
        missing.Should().Throw<KeyNotFoundException>().WithMessage("No rule has the id 'lightning'; the rules are: .");
        var nullFinding = () => new IncidentRuleSet([new NullFindingRule()]).Evaluate(new IncidentRuleContext(Article(), April));
        nullFinding.Should().Throw<InvalidOperationException>().WithMessage("The rule 'null-finding' returned a null finding.");
    }

    [Fact]
    public void Finding_Constructor_Validates()
    {
        var details = new DataLossDetails(5);
        var blank = () => new Finding(" ", FindingSeverity.Info, Kresek, null, details);
        blank.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("ruleId");
        var severity = () => new Finding("x", (FindingSeverity)9, Kresek, null, details);
        severity.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The severity of a 'x' finding must be Info, Warning or Critical.*");
        var province = () => new Finding("x", FindingSeverity.Info, new RegionCode(36), null, details);
        province.Should().Throw<ArgumentException>().WithMessage("A finding belongs to a kecamatan (PP.KK.CC), or to a kabupaten/kota (PP.KK) of data kept per kabupaten/kota, but '36' is a Province code.*");
        new Finding("x", FindingSeverity.Info, new RegionCode(36, 3), null, details).Kecamatan.Should().Be(new RegionCode(36, 3), "data kept per kabupaten/kota has findings per kabupaten/kota");
        var noDetails = () => new Finding("x", FindingSeverity.Info, Kresek, null, null!);
        noDetails.Should().ThrowExactly<ArgumentNullException>().WithMessage("Value cannot be null. (Parameter 'details')");

        var finding = new Finding("x", FindingSeverity.Info, Kresek, "  ", details);
        finding.Device.Should().BeNull();
        finding.Incidents.Should().BeEmpty();
        finding.Details.Should().BeSameAs(details);
    }

    [Fact]
    public void Finding_ToString_IsTheInvariantIdentityWithoutText()
    {
        var details = new DataLossDetails(5);
        new Finding("x", FindingSeverity.Info, Kresek, null, details).ToString().Should().Be("info 36.03.06 x");
        using (CultureScope.Use("id-ID"))
        {
            new Finding("lightning", FindingSeverity.Warning, Kresek, " K-06-1 ", details) { Date = Apr(2) }.ToString()
                .Should().Be("warning 36.03.06 lightning K-06-1 2012-04-02");
            new Finding("credential-change", FindingSeverity.Critical, Kresek, null, details) { Date = new LocalDate(2012, 12, 31) }.ToString()
                .Should().Be("critical 36.03.06 credential-change 2012-12-31");
        }

        new Finding("x", FindingSeverity.Info, Kresek, "3603271234560001", details).ToString()
            .Should().Be("info 36.03.06 x 360327******0001", "a NIK typed as a set id is masked");
    }

    [Fact]
    public void Finding_ThirdLanguage_BuiltInRulesRenderThroughItsReportText()
    {
        var findings = IncidentRuleSet.Default.Evaluate(new IncidentRuleContext(Article(), April));
        var dataLoss = findings.First(f => f.RuleId == "data-loss");
        new Javanese().FindingMessage(dataLoss).Should().Be("[jv] 1,738 recordings were lost in the window and must be recorded again.");
        new Javanese().FindingAction(dataLoss).Should().Be(ReportText.English.FindingAction(dataLoss), "a built-in rule's words stay English in a third language");
        var lightning = findings.First(f => f.RuleId == "lightning");
        new Javanese().FindingMessage(lightning).Should().Be(ReportText.English.FindingMessage(lightning));
    }

    [Fact]
    public void Finding_Numbers_FollowTheLanguageNotTheCurrentCulture()
    {
        var finding = IncidentRuleSet.Default.Evaluate(new IncidentRuleContext(Article(), April)).First(f => f.RuleId == "data-loss");
        using (CultureScope.Use("en-US"))
        {
            ReportText.Indonesian.FindingMessage(finding).Should().StartWith("1.738 data rekaman hilang");
        }

        using (CultureScope.Use("id-ID"))
        {
            ReportText.English.FindingMessage(finding).Should().StartWith("1,738 recordings were lost");
        }

        ReportText.Indonesian.SeverityName(FindingSeverity.Critical).Should().Be("kritis");
        ReportText.English.SeverityName(FindingSeverity.Warning).Should().Be("warning");
        ReportText.Indonesian.CauseName(IncidentCause.Lightning).Should().Be("sambaran petir");
        ReportText.English.CauseName(IncidentCause.CredentialChange).Should().Be("unauthorised password change");
    }

    [Fact]
    public void FormatDates_CompactRanges()
    {
        var en = ReportText.English;
        var id = ReportText.Indonesian;
        en.FormatDates(new DateInterval(Apr(2), Apr(2))).Should().Be("2 April 2012");
        en.FormatDates(new DateInterval(Apr(2), Apr(16))).Should().Be("2–16 April 2012");
        en.FormatDates(new DateInterval(new LocalDate(2012, 3, 28), Apr(5))).Should().Be("28 March – 5 April 2012");
        id.FormatDates(new DateInterval(new LocalDate(2012, 3, 28), Apr(5))).Should().Be("28 Maret – 5 April 2012");
        id.FormatDates(new DateInterval(new LocalDate(2011, 12, 28), new LocalDate(2012, 1, 5))).Should().Be("28 Desember 2011 – 5 Januari 2012");
    }

    private sealed class EveryKecamatanRule : IIncidentRule
    {
        public string Id => "every-kecamatan";

        public IEnumerable<Finding> Evaluate(IncidentRuleContext context) =>
            context.KecamatanCodes.Select(k => new Finding(Id, FindingSeverity.Info, k, null, new CustomFindingDetails(new FindingText("id", "Periksa kecamatan ini.", "Periksa."), new FindingText("en", "Check this kecamatan.", "Check."))));
    }

    private sealed class BlankIdRule : IIncidentRule
    {
        public string Id => " ";

        public IEnumerable<Finding> Evaluate(IncidentRuleContext context) => [];
    }

    private sealed class NullFindingRule : IIncidentRule
    {
        public string Id => "null-finding";

        public IEnumerable<Finding> Evaluate(IncidentRuleContext context) => [null!];
    }

    /// <summary>A third language that writes counts its own way: a built-in rule's English words are filled in with them.</summary>
    private sealed class Javanese : ReportText
    {
        public override System.Globalization.CultureInfo Culture => System.Globalization.CultureInfo.GetCultureInfo("en-US");

        public override string LanguageCode => "jv";

        public override string FormatCount(long value) => "[jv] " + base.FormatCount(value);
    }

    [Fact]
    public void Context_ThroughputBelowOne_IsAnErrorAlsoWithoutAnInventory()
    {
        var data = new ScenarioBuilder().Kecamatan(Sukamulya, 41_000).Build();

        var act = () => new IncidentRuleContext(data, new NodaTime.DateInterval(new NodaTime.LocalDate(2012, 4, 1), new NodaTime.LocalDate(2012, 4, 30)), throughput: 0);

        data.Inventory.Should().BeNull();
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("throughput")
            .WithMessage("throughput must be at least 1 recording per device-day, not 0.*");
    }
}
