using System.Globalization;
using System.Linq;
using System.Reflection;
using EktpDomain.Attainment;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Reporting;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Reporting;

/// <summary>A third language (R10) supplies only what it translates; the rest is English in its own culture.</summary>
public class ReportTextFallbackTests
{
    [Fact]
    public void MinimalLanguage_TranslatesOneMember_AndFallsBackToEnglishForTheRest()
    {
        var sundanese = new Sundanese();

        sundanese.NoFindings.Should().Be("Teu aya papanggihan.");
        sundanese.FindingsHeading.Should().Be(ReportText.English.FindingsHeading).And.Be("Findings");
        sundanese.NotApplicable.Should().Be("n/a");
        sundanese.BandName(AttainmentBand.Met).Should().Be("met");
        sundanese.Heading(ReportColumn.Backlog).Should().Be("Backlog");
        sundanese.ComponentName(DeviceComponent.Iris).Should().Be("iris scanner");
        sundanese.SeverityName(FindingSeverity.Critical).Should().Be("critical");
        var dataLoss = new Finding("data-loss", FindingSeverity.Warning, Kresek, null, new DataLossDetails(1_738));
        sundanese.FindingAction(dataLoss).Should().Be(ReportText.English.FindingAction(dataLoss)).And.Be("Schedule re-recording of the residents whose records were lost.");
    }

    [Fact]
    public void MinimalLanguage_EnglishWordsInItsOwnCulture()
    {
        var sundanese = new Sundanese();
        var data = new ScenarioBuilder().Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(10), 6_000)
            .Kecamatan(Kronjo, 40_000).Recorded(Kronjo, Apr(10), 1_000).Build();
        var summary = AttainmentReport.Calculate(data, April).Summary;

        sundanese.Headline(summary).Should().Be(ReportText.English.Headline(summary)).And.Be("Only 1 of 2 kecamatan met the 15% recording target");
        sundanese.FindingMessage(new Finding("data-loss", FindingSeverity.Warning, Kresek, null, new DataLossDetails(1_738)))
            .Should().Be("1.738 recordings were lost in the window and must be recorded again.", "id-ID groups digits with a dot");
        sundanese.FormatDate(Apr(2)).Should().Be("2 April 2012");
    }

    [Fact]
    public void MinimalLanguage_CustomFindingFallsBackToItsEnglishText()
    {
        var finding = new Finding("custom", FindingSeverity.Info, Kresek, null, new CustomFindingDetails(
            new FindingText("id", "Periksa.", "Periksa."), new FindingText("en", "Check.", "Act."), new FindingText("su", "Pariksa.", "Lampahkeun.")));

        new Sundanese().FindingMessage(finding).Should().Be("Pariksa.");
        new Sundanese().FindingAction(finding).Should().Be("Lampahkeun.");
        new Javanese().FindingMessage(finding).Should().Be("Check.");
        new Javanese().FindingAction(finding).Should().Be("Act.");
    }

    [Fact]
    public void BuiltInRules_AreWordedByLanguageCode_InTheLanguagesOwnFormats()
    {
        var dataLoss = new Finding("data-loss", FindingSeverity.Warning, Kresek, null, new DataLossDetails(1_738));

        new FormalIndonesian().FindingMessage(dataLoss).Should().Be(ReportText.Indonesian.FindingMessage(dataLoss)).And.Be("1.738 data rekaman hilang dalam periode ini dan harus direkam ulang.");
        new FormalIndonesian().FindingAction(dataLoss).Should().Be(ReportText.Indonesian.FindingAction(dataLoss));
        new Javanese().FindingMessage(dataLoss).Should().Be("1.738 recordings were lost in the window and must be recorded again.", "any other code reads the English words, in its culture");
        new Javanese().FindingAction(dataLoss).Should().Be(ReportText.English.FindingAction(dataLoss));
    }

    [Fact]
    public void ALanguage_TranslatesTheBuiltInRulesItKnows_TheRestStayEnglish_AndEveryWordIsMasked()
    {
        var sundanese = new SundaneseWithDataLoss();
        var dataLoss = new Finding("data-loss", FindingSeverity.Warning, Kresek, null, new DataLossDetails(1_738));
        var lowTurnout = new Finding("low-turnout", FindingSeverity.Warning, Kresek, null, new LowTurnoutDetails(new EktpDomain.Recording.InvitationTotals(1_000, 400), 60m));

        sundanese.FindingMessage(dataLoss).Should().Be("1.738 rekaman leungit; NIK 360327******0001 kedah dirékam deui.", "the language's own words, masked like every message");
        sundanese.FindingAction(dataLoss).Should().Be("Rékam deui.");
        sundanese.FindingMessage(lowTurnout).Should().Be(new Javanese().FindingMessage(lowTurnout), "a rule it does not translate is worded in English, in its culture");
        sundanese.FindingAction(lowTurnout).Should().Be(ReportText.English.FindingAction(lowTurnout));
    }

    [Fact]
    public void OnlyTheLanguagesIdentityIsAbstract()
    {
        var methods = typeof(ReportText).GetMethods(BindingFlags.Public | BindingFlags.Instance);

        methods.Where(m => m.IsAbstract).Select(m => m.Name).Should().BeEquivalentTo("get_Culture", "get_LanguageCode");
        methods.Should().Contain(m => m.Name == nameof(ReportText.AllocationExplanation) && m.IsVirtual && !m.IsAbstract);
        typeof(ReportText).GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Should().ContainSingle(c => c.IsFamily);
    }

    /// <summary>Sundanese that so far translates one line.</summary>
    private sealed class Sundanese : ReportText
    {
        public override CultureInfo Culture => CultureInfo.GetCultureInfo("id-ID");

        public override string LanguageCode => "su";

        public override string NoFindings => "Teu aya papanggihan.";
    }

    /// <summary>Sundanese that has translated the data-loss rule's words.</summary>
    private sealed class SundaneseWithDataLoss : ReportText
    {
        public override CultureInfo Culture => CultureInfo.GetCultureInfo("id-ID");

        public override string LanguageCode => "su";

        // A NIK in a message would be personal data: FindingMessage masks what this returns.
        protected override string WordFindingMessage(Finding finding) => finding.Details is DataLossDetails loss
            ? $"{FormatCount(loss.Records)} rekaman leungit; NIK 3603274107950001 kedah dirékam deui."
            : base.WordFindingMessage(finding);

        protected override string WordFindingAction(Finding finding) =>
            finding.Details is DataLossDetails ? "Rékam deui." : base.WordFindingAction(finding);
    }

    /// <summary>An Indonesian of its own, whose code (in any case) picks the Indonesian words of the built-in rules.</summary>
    private sealed class FormalIndonesian : ReportText
    {
        public override CultureInfo Culture => CultureInfo.GetCultureInfo("id-ID");

        public override string LanguageCode => "ID";
    }

    /// <summary>Javanese that translates nothing yet.</summary>
    private sealed class Javanese : ReportText
    {
        public override CultureInfo Culture => CultureInfo.GetCultureInfo("id-ID");

        public override string LanguageCode => "jv";
    }
}
