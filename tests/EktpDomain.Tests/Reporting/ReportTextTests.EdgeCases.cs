using System;
using EktpDomain.Attainment;
using EktpDomain.Reporting;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Reporting;

/// <summary>Report text (R10) at its edges: headlines without an applicable kecamatan or without a summary, percentages at their rounding and decimal limits.</summary>
public partial class ReportTextTests
{
    [Fact]
    public void Headline_NullSummary_ThrowsArgumentNullNamingSummary()
    {
        var act = () => ReportText.Indonesian.Headline(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("summary");
    }

    [Fact]
    public void Headline_NoKecamatanWithATarget_SaysSoInBothLanguages()
    {
        // No eligible residents: target 0 (R2), so neither kecamatan is applicable (R4).
        var data = new ScenarioBuilder().Kecamatan(Kresek, 0).Kecamatan(Kronjo, 0).Build();

        var summary = AttainmentReport.Calculate(data, April).Summary;

        summary.Applicable.Should().Be(0);
        ReportText.English.Headline(summary).Should().Be("No kecamatan has a recording target (2 without a target)");
        ReportText.Indonesian.Headline(summary).Should().Be("Tidak ada kecamatan dengan target perekaman (2 kecamatan tanpa target)");
    }

    [Fact]
    public void FormatPercent_RoundsAwayFromZeroInTheLanguagesCulture()
    {
        ReportText.English.FormatPercent(14.45m).Should().Be("14.5");
        ReportText.Indonesian.FormatPercent(14.45m).Should().Be("14,5");
        ReportText.English.FormatPercent(2.5m, 0).Should().Be("3");
        ReportText.English.FormatPercent(1.23456789m, 6).Should().Be("1.234568");
        ReportText.English.FormatPercent(null).Should().Be("n/a");
        ReportText.Indonesian.FormatPercent(null).Should().Be("t/a");

        var tooMany = () => ReportText.English.FormatPercent(1m, 7);
        tooMany.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("decimals");
        var negative = () => ReportText.English.FormatPercent(1m, -1);
        negative.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("decimals");
    }
}
