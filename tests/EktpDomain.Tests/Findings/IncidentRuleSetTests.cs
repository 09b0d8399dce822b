using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Allocation;
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

public class IncidentRuleSetTests
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
    public void Default_HasTheSevenRulesOfR8()
    {
        IncidentRuleSet.Default.Ids.Should().Equal(
            "long-outage", "no-working-device", "data-loss", "mobile-unit-recommended", "credential-change", "lightning", "repeated-failure");
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

        rules.Ids.Should().Equal("long-outage", "no-working-device", "data-loss", "mobile-unit-recommended", "credential-change", "repeated-failure", "every-kecamatan");
        var findings = rules.Evaluate(context);
        findings.Should().NotContain(f => f.RuleId == "lightning");
        findings.Where(f => f.RuleId == "long-outage").Select(f => (f.Kecamatan, f.Severity)).Should().Equal((Kresek, FindingSeverity.Critical), (Kronjo, FindingSeverity.Warning));
        findings.Count(f => f.RuleId == "every-kecamatan").Should().Be(4);
        findings.First(f => f.RuleId == "every-kecamatan").MessageIndonesian.Should().Be("Periksa kecamatan ini.");
        IncidentRuleSet.Default.Contains("lightning").Should().BeTrue("the default set is unchanged");
    }

    [Fact]
    public void RuleSet_BadInput_Throws()
    {
        var duplicate = () => new IncidentRuleSet([new LightningRule(), new LightningRule()]);
        duplicate.Should().Throw<ArgumentException>().WithMessage("Two rules have the id 'lightning'; ids must be unique in a rule set. Use With(rule) to replace a rule (R8).*");
        var blank = () => new IncidentRuleSet([new BlankIdRule()]);
        blank.Should().Throw<ArgumentException>().WithMessage("The rule BlankIdRule has a blank id; every rule needs an id (R8).*");
        var nullRule = () => new IncidentRuleSet([null!]);
        nullRule.Should().Throw<ArgumentNullException>();
        var unknown = () => IncidentRuleSet.Default.Without("lightnin");
        unknown.Should().Throw<KeyNotFoundException>().WithMessage("No rule has the id 'lightnin', so none can be turned off; the rules are: long-outage, no-working-device, data-loss, mobile-unit-recommended, credential-change, lightning, repeated-failure.");
        var missing = () => IncidentRuleSet.Empty["lightning"];
        missing.Should().Throw<KeyNotFoundException>().WithMessage("No rule has the id 'lightning'; the rules are: .");
        var nullFinding = () => new IncidentRuleSet([new NullFindingRule()]).Evaluate(new IncidentRuleContext(Article(), April));
        nullFinding.Should().Throw<InvalidOperationException>().WithMessage("The rule 'null-finding' returned a null finding.");
    }

    [Fact]
    public void Finding_Constructor_Validates()
    {
        var text = Finding.Bilingual("id", "en");
        var blank = () => new Finding(" ", FindingSeverity.Info, Kresek, null, text, text);
        blank.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("ruleId");
        var severity = () => new Finding("x", (FindingSeverity)9, Kresek, null, text, text);
        severity.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The severity of a 'x' finding must be Info, Warning or Critical (R8).*");
        var regency = () => new Finding("x", FindingSeverity.Info, new RegionCode(36, 3), null, text, text);
        regency.Should().Throw<ArgumentException>().WithMessage("A finding belongs to a kecamatan (PP.KK.CC), but '36.03' is a Regency code (R8).*");
        var noMessage = () => new Finding("x", FindingSeverity.Info, Kresek, null, null!, text);
        noMessage.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("message");

        var finding = new Finding("x", FindingSeverity.Info, Kresek, "  ", text, Finding.Bilingual("aksi", "action"));
        finding.Device.Should().BeNull();
        finding.Incidents.Should().BeEmpty();
        finding.MessageIndonesian.Should().Be("id");
        finding.MessageEnglish.Should().Be("en");
        finding.ActionIndonesian.Should().Be("aksi");
        finding.GetAction(new Javanese()).Should().Be("action", "fixed bilingual text falls back to English for a third language");
        finding.ToString().Should().Be("info 36.03.06 x: en");
    }

    [Fact]
    public void Finding_ThirdLanguage_BuiltInRulesRenderThroughItsReportText()
    {
        var finding = IncidentRuleSet.Default.Evaluate(new IncidentRuleContext(Article(), April)).First(f => f.RuleId == "data-loss");
        finding.GetMessage(new Javanese()).Should().Be("[jv] 1,738 recordings were lost in the window and must be recorded again.");
    }

    [Fact]
    public void Finding_Numbers_FollowTheLanguageNotTheCurrentCulture()
    {
        var finding = IncidentRuleSet.Default.Evaluate(new IncidentRuleContext(Article(), April)).First(f => f.RuleId == "data-loss");
        using (Calendar.CultureScope.Use("en-US"))
        {
            finding.MessageIndonesian.Should().StartWith("1.738 data rekaman hilang");
        }

        using (Calendar.CultureScope.Use("id-ID"))
        {
            finding.MessageEnglish.Should().StartWith("1,738 recordings were lost");
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
            context.Kecamatan.Select(k => new Finding(Id, FindingSeverity.Info, k, null, Finding.Bilingual("Periksa kecamatan ini.", "Check this kecamatan."), Finding.Bilingual("Periksa.", "Check.")));
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

    /// <summary>A third language in one class: English words, marked, to show every built-in text goes through ReportText.</summary>
    private sealed class Javanese : ReportText
    {
        public override System.Globalization.CultureInfo Culture => System.Globalization.CultureInfo.GetCultureInfo("en-US");

        public override string LanguageCode => "jv";

        public override string NotApplicable => "n/a";

        public override string IllustrativeNotice => English.IllustrativeNotice;

        public override string ReportTitle(NodaTime.DateInterval window, int workingDays, decimal? targetPercent) => "[jv] " + English.ReportTitle(window, workingDays, targetPercent);

        public override string ForecastTitle(NodaTime.LocalDate asOf) => "[jv] " + English.ForecastTitle(asOf);

        public override string ForecastLine(EktpDomain.Forecasting.CompletionForecast forecast) => "[jv] " + English.ForecastLine(forecast);

        public override string FindingsHeading => "[jv] " + English.FindingsHeading;

        public override string NoFindings => "[jv] " + English.NoFindings;

        public override string AllocationTitle(int sets, NodaTime.DateInterval window, long throughput) => "[jv] " + English.AllocationTitle(sets, window, throughput);

        public override string AllocationSummary(EktpDomain.Allocation.DeviceAllocation allocation) => "[jv] " + English.AllocationSummary(allocation);

        public override string LongOutageAction => English.LongOutageAction;

        public override string NoWorkingDeviceAction => English.NoWorkingDeviceAction;

        public override string DataLossAction => English.DataLossAction;

        public override string MobileUnitRecommendedAction => English.MobileUnitRecommendedAction;

        public override string CredentialChangeAction => English.CredentialChangeAction;

        public override string LightningAction => English.LightningAction;

        public override string RepeatedFailureAction => English.RepeatedFailureAction;

        public override string BandName(EktpDomain.Attainment.AttainmentBand band) => English.BandName(band);

        public override string Headline(EktpDomain.Attainment.DistrictSummary summary) => English.Headline(summary);

        public override string Heading(ReportColumn column) => English.Heading(column);

        public override string SeverityName(FindingSeverity severity) => English.SeverityName(severity);

        public override string ComponentName(DeviceComponent component) => English.ComponentName(component);

        public override string CauseName(IncidentCause cause) => English.CauseName(cause);

        public override string LongOutageMessage(Outage outage) => "[jv] " + English.LongOutageMessage(outage);

        public override string NoWorkingDeviceMessage(int workingDays, LocalDate? firstDay) => "[jv] " + English.NoWorkingDeviceMessage(workingDays, firstDay);

        public override string DataLossMessage(long records) => "[jv] " + English.DataLossMessage(records);

        public override string MobileUnitRecommendedMessage(long backlog, long threshold) => "[jv] " + English.MobileUnitRecommendedMessage(backlog, threshold);

        public override string CredentialChangeMessage(Incident incident) => "[jv] " + English.CredentialChangeMessage(incident);

        public override string LightningMessage(Incident incident) => "[jv] " + English.LightningMessage(incident);

        public override string RepeatedFailureMessage(string device, int incidents, LocalDate first, LocalDate last, int withinDays) => "[jv] " + English.RepeatedFailureMessage(device, incidents, first, last, withinDays);

        public override string AllocationExplanation(AllocationPlacement placement) => "[jv] " + English.AllocationExplanation(placement);
    }
}
