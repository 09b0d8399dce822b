using System;
using EktpDomain.Attainment;
using EktpDomain.Regions;
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

    [Theory]
    [InlineData("en", "Kecamatan", 29, 29, 1, 0, 15, "Only 1 of 29 kecamatan met the 15% recording target")]
    [InlineData("id", "Kecamatan", 29, 29, 1, 0, 15, "Baru 1 dari 29 kecamatan mencapai target perekaman 15%")]
    [InlineData("en", "Kecamatan", 3, 3, 0, 0, 15, "None of the 3 kecamatan met the 15% recording target")]
    [InlineData("id", "Kecamatan", 3, 3, 0, 0, 15, "Belum ada dari 3 kecamatan yang mencapai target perekaman 15%")]
    [InlineData("en", "Kecamatan", 3, 3, 3, 0, 15, "All 3 kecamatan met the 15% recording target")]
    [InlineData("id", "Kecamatan", 3, 3, 3, 0, 15, "Semua 3 kecamatan mencapai target perekaman 15%")]
    [InlineData("en", "Kecamatan", 1, 1, 1, 0, 15, "The only kecamatan met the 15% recording target")]
    [InlineData("id", "Kecamatan", 1, 1, 1, 0, 15, "Satu-satunya kecamatan mencapai target perekaman 15%")]
    [InlineData("en", "Kecamatan", 1, 1, 0, 0, 15, "The only kecamatan did not meet the 15% recording target")]
    [InlineData("id", "Kecamatan", 1, 1, 0, 0, 15, "Satu-satunya kecamatan belum mencapai target perekaman 15%")]
    [InlineData("en", "Nation", 1, 1, 1, 0, 15, "The nation met the 15% recording target")]
    [InlineData("id", "Nation", 1, 1, 1, 0, 15, "Secara nasional, target perekaman 15% tercapai")]
    [InlineData("en", "Nation", 1, 1, 0, 0, 15, "The nation did not meet the 15% recording target")]
    [InlineData("id", "Nation", 1, 1, 0, 0, 15, "Secara nasional, target perekaman 15% belum tercapai")]
    [InlineData("en", "Kecamatan", 3, 0, 0, 1, 15, "No kecamatan can be assessed against the 15% recording target: the data gives no realisation for the period for the only kecamatan with a target (2 without a target)")]
    [InlineData("id", "Kecamatan", 3, 0, 0, 1, 15, "Tidak ada kecamatan yang dapat dinilai terhadap target perekaman 15%: data tidak memberi realisasi periode ini untuk satu-satunya kecamatan yang bertarget (2 kecamatan tanpa target)")]
    [InlineData("en", "Kecamatan", 2, 0, 0, 2, 15, "No kecamatan can be assessed against the 15% recording target: the data gives no realisation for the period for any of the 2 kecamatan with a target")]
    [InlineData("id", "Kecamatan", 2, 0, 0, 2, 15, "Tidak ada kecamatan yang dapat dinilai terhadap target perekaman 15%: data tidak memberi realisasi periode ini untuk 2 kecamatan yang bertarget")]
    [InlineData("en", "Kecamatan", 2, 2, 1, 0, 0, "Only 1 of 2 kecamatan met their recording target")]
    [InlineData("id", "Kecamatan", 2, 2, 1, 0, 0, "Baru 1 dari 2 kecamatan mencapai target perekamannya")]
    [InlineData("en", "Kecamatan", 1, 1, 1, 0, 0, "The only kecamatan met its recording target")]
    [InlineData("id", "Kecamatan", 1, 1, 1, 0, 0, "Satu-satunya kecamatan mencapai target perekamannya")]
    [InlineData("en", "Kecamatan", 5, 2, 1, 1, 15, "Only 1 of 2 kecamatan met the 15% recording target (2 without a target; 1 not assessed: realisation unknown)")]
    [InlineData("id", "Kecamatan", 5, 2, 1, 1, 15, "Baru 1 dari 2 kecamatan mencapai target perekaman 15% (2 kecamatan tanpa target; 1 tidak dinilai: realisasi tidak diketahui)")]
    public void Headline_EachCase_InBothLanguages(string language, string level, int kecamatan, int applicable, int met, int unknown, int targetPercent, string headline)
    {
        // A target percent of 0 stands for a report without one (targets given per kecamatan).
        var summary = new DistrictSummary(
            kecamatan, applicable, met, unknown, target: 1_000, realised: 900, null, null,
            targetPercent == 0 ? null : targetPercent, new KecamatanCoverage(RegionCode.Nation, kecamatan, null), Enum.Parse<RegionLevel>(level));

        ReportText.FromCode(language).Headline(summary).Should().Be(headline);
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
