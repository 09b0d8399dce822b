using System;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Regions;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.TwoProvinces;

namespace EktpDomain.Tests.Attainment;

/// <summary>
/// One summary of rows, kecamatan or regions (R4, R21): <c>DistrictSummary.Of</c> counts the applicable, met and
/// unknown rows, sums targets and realisations, and takes the realised % range over the applicable rows; its
/// <see cref="DistrictSummary.Level"/> says what the rows are.
/// </summary>
public class DistrictSummaryTests
{
    private static readonly KecamatanCoverage Tangerang = new(TangerangRegency, 2, 29);

    /// <summary>Met (12%); missed (5%); no target; target with unknown realisation; applicable without eligible residents.</summary>
    private static readonly (long Target, long? Realised, bool Applicable, bool Met, decimal? RealisedPercent)[] Mixed =
    [
        (100, 120, true, true, 12m),
        (100, 50, true, false, 5m),
        (0, 10, false, false, null),
        (200, null, false, false, null),
        (300, 30, true, false, null),
    ];

    private static DistrictSummary Of((long Target, long? Realised, bool Applicable, bool Met, decimal? RealisedPercent)[] rows, KecamatanCoverage coverage, RegionLevel? level) =>
        DistrictSummary.Of(rows, r => r, 15m, coverage, level);

    [Fact]
    public void Of_CountsAndSumsTheRows()
    {
        var summary = Of(Mixed, Tangerang, RegionLevel.Regency);

        summary.KecamatanCount.Should().Be(5);
        summary.Applicable.Should().Be(3);
        summary.Met.Should().Be(1);
        summary.RealisationUnknown.Should().Be(1, "a row with a target whose realisation is not known");
        (summary.KecamatanCount - summary.Applicable - summary.RealisationUnknown).Should().Be(1, "the row without a target");
        summary.Target.Should().Be(100 + 100 + 0 + 200 + 300);
        summary.Realised.Should().BeNull("one row's realisation is not known");
        summary.MinRealisedPercent.Should().Be(5m);
        summary.MaxRealisedPercent.Should().Be(12m, "the realised % of rows that do not apply does not count");
        summary.TargetPercent.Should().Be(15m);
        summary.KecamatanCoverage.Should().Be(Tangerang);
        summary.Level.Should().Be(RegionLevel.Regency);
    }

    [Fact]
    public void Of_TheRealisedRange_DoesNotDependOnTheRowsOrder()
    {
        (long, long?, bool, bool, decimal?)[] rows = [(100, 50, true, false, 5m), (100, 300, true, true, 30m), (100, 120, true, true, 12m)];

        foreach (var order in new[] { rows, rows[..].Reverse().ToArray(), [rows[1], rows[0], rows[2]] })
        {
            var summary = Of(order, Tangerang, null);
            (summary.MinRealisedPercent, summary.MaxRealisedPercent).Should().Be((5m, 30m));
        }
    }

    [Fact]
    public void Of_KnownRealisations_AreSummed()
    {
        var summary = Of([.. Mixed[..3], Mixed[4]], Tangerang, null);

        summary.Realised.Should().Be(120 + 50 + 10 + 30);
        summary.RealisationUnknown.Should().Be(0);
    }

    [Fact]
    public void Of_WithoutALevel_TheLevelIsWhatTheCoverageCounts()
    {
        Of(Mixed, Tangerang, null).Level.Should().Be(RegionLevel.Kecamatan);
        Of(Mixed, KecamatanCoverage.Of(Banten, 2, RegionLevel.Regency), null).Level.Should().Be(RegionLevel.Regency);
        Of(Mixed, Tangerang, RegionLevel.Nation).Level.Should().Be(RegionLevel.Nation);
    }

    [Fact]
    public void Of_NoRows_CountsNothing_AndHasNoRange()
    {
        var summary = Of([], Tangerang, RegionLevel.Province);

        (summary.KecamatanCount, summary.Applicable, summary.Met, summary.RealisationUnknown).Should().Be((0, 0, 0, 0));
        (summary.Target, summary.Realised).Should().Be((0L, (long?)0));
        (summary.MinRealisedPercent, summary.MaxRealisedPercent).Should().Be(((decimal?)null, (decimal?)null));
    }

    [Fact]
    public void Of_TargetsBeyond64Bits_Throw()
    {
        var act = () => Of([(long.MaxValue, 0, true, false, 0m), (1, 0, true, false, 0m)], Tangerang, null);

        // long.MaxValue, 9223372036854775807, is a long run of digits: masked as a NIK would be (R11).
        act.Should().ThrowExactly<OverflowException>().Which.Message.Should().Be(
            "The total target overflows a 64-bit count: 922337*********5807 + 1 is beyond the 64-bit limit of about ±9.2 × 10^18. Check the input for a corrupt or duplicated count.");
    }

    [Fact]
    public void Level_OfAReport_IsTheLevelOfItsRows()
    {
        Report().Summary.Level.Should().Be(RegionLevel.Kecamatan);
        AttainmentReport.Calculate(PerKabupatenKota(), Support.DeviceFixtures.April).Summary.Level.Should().Be(RegionLevel.Regency);
        LevelReport.Create(Report(), RegionLevel.Province).Summary.Level.Should().Be(RegionLevel.Province);
    }
}
