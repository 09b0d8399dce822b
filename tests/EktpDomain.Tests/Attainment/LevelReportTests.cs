using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Tests.Support;
using FluentAssertions;
using FluentAssertions.Execution;
using FsCheck.Xunit;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;
using static EktpDomain.Tests.Support.TwoProvinces;

namespace EktpDomain.Tests.Attainment;

/// <summary>
/// A report at a level (R4 over the roll-up): one row per region of the level, each the sum of its kecamatan, ranked
/// and banded among the regions, with a summary that counts regions. The expectations are worked out from the
/// kecamatan report's rows, so a row that drops or doubles a kecamatan fails.
/// </summary>
public class LevelReportTests
{
    private static readonly AttainmentReport Kecamatan = Report();

    public static TheoryData<RegionLevel> AboveTheKecamatan => [RegionLevel.Regency, RegionLevel.Province, RegionLevel.Nation];

    public static TheoryData<RegionLevel> EveryLevel => [RegionLevel.Kecamatan, RegionLevel.Regency, RegionLevel.Province, RegionLevel.Nation];

    /// <summary>The kecamatan rows of <paramref name="report"/> inside <paramref name="region"/>.</summary>
    private static List<KecamatanAttainment> Inside(AttainmentReport report, RegionCode region) => [.. report.Rows.Where(r => region.Contains(r.Code))];

    private static long? SumOrNull(IEnumerable<long?> values) => values.Aggregate((long?)0, (sum, v) => sum + v);

    // The rows

    [Theory]
    [MemberData(nameof(EveryLevel))]
    public void Create_OneRowPerRegionOfTheLevelHoldingKecamatan_EachTheSumOfItsKecamatan(RegionLevel level)
    {
        var rolled = LevelReport.Create(Kecamatan, level);

        rolled.Level.Should().Be(level);
        rolled.Report.Should().BeSameAs(Kecamatan);
        rolled.Rows.Select(r => r.Code).Should().BeEquivalentTo(Kecamatan.Rows.Select(r => r.Code.AncestorAt(level)).Distinct());
        using var scope = new AssertionScope();
        foreach (var row in rolled.Rows)
        {
            var inside = Inside(Kecamatan, row.Code);
            row.Level.Should().Be(level);
            row.Name.Should().Be(Kecamatan.NameOf(row.Code));
            row.Eligible.Should().Be(inside.Sum(r => r.Eligible), row.Code.ToString());
            row.Target.Should().Be(inside.Sum(r => r.Target), row.Code.ToString());
            row.Realised.Should().Be(SumOrNull(inside.Select(r => r.Realised)), row.Code.ToString());
            row.KecamatanCount.Should().Be(inside.Count);
            row.Applicable.Should().Be(inside.Count(r => r.IsApplicable));
            row.Met.Should().Be(inside.Count(r => r.Met));
        }
    }

    [Theory]
    [MemberData(nameof(EveryLevel))]
    public void Create_RowsComeByRankThenCode_RankedAmongTheRegionsOfTheLevel(RegionLevel level)
    {
        var rolled = LevelReport.Create(Kecamatan, level);

        var expected = CompetitionRanks.Of([.. rolled.Rows.Select(r => (r.Target, r.Realised, r.Eligible))]);
        rolled.Rows.Select(r => r.Rank).Should().Equal(expected);
        rolled.Rows.Should().Equal(rolled.Rows.OrderBy(r => r.Rank is null).ThenBy(r => r.Rank).ThenBy(r => r.Code), "report order: by rank, then code, those without a rank last");
    }

    [Fact]
    public void Create_Regency_TiedRegenciesShareARank_AndTheNextSkips()
    {
        // Kabupaten Bandung 12,200 of 80,000 (15.25%); Kabupaten and Kota Tangerang each 6,000 of 40,000 (15%); Kota
        // Bandung 1,500 of 20,000 (7.5%).
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Regency);

        rolled.Rows.Select(r => (r.Code, r.Rank)).Should().Equal(
            (KabupatenBandung, 1), (TangerangRegency, 2), (KotaTangerang, 2), (KotaBandung, (int?)4));
        rolled.Rows[1].RealisedPercent.Should().Be(rolled.Rows[2].RealisedPercent);
    }

    [Fact]
    public void Create_Province_RanksTheProvinces_NotTheirKecamatan()
    {
        // Banten 12,000 of 80,000 (15%) above Jawa Barat 13,700 of 100,000 (13.7%), though Jawa Barat's Cileunyi has the
        // highest realised % of all the kecamatan.
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Province);

        rolled.Rows.Select(r => (r.Code, r.Rank)).Should().Equal((Banten, 1), (JawaBarat, (int?)2));
        Kecamatan.Rows[0].Code.Should().Be(Cileunyi);
        rolled.Rows.Select(r => r.Realised).Should().Equal(Inside(Kecamatan, Banten).Sum(r => r.Realised), Inside(Kecamatan, JawaBarat).Sum(r => r.Realised));
    }

    [Fact]
    public void Create_Nation_OneRow_TheRootOfTheRollUp()
    {
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Nation);

        var nation = rolled.Rows.Should().ContainSingle().Which;
        nation.Should().BeSameAs(rolled.RollUp);
        nation.Code.Should().Be(RegionCode.Nation);
        (nation.Target, nation.Realised).Should().Be((Kecamatan.Summary.Target, Kecamatan.Summary.Realised));
        nation.Rank.Should().Be(1, "the only region with a target and a known realisation");
        rolled.Summary.KecamatanCount.Should().Be(1);
        rolled.Summary.Level.Should().Be(RegionLevel.Nation);
    }

    [Theory]
    [MemberData(nameof(AboveTheKecamatan))]
    public void Create_RollUp_IsTheReportsRollUp_AndTheRowsAreItsRegions(RegionLevel level)
    {
        var rolled = LevelReport.Create(Kecamatan, level);

        rolled.RollUp.Code.Should().Be(RegionCode.Nation);
        (rolled.RollUp.Target, rolled.RollUp.Realised, rolled.RollUp.KecamatanCount).Should().Be((Kecamatan.Summary.Target, Kecamatan.Summary.Realised, Kecamatan.Rows.Length));
        rolled.Rows.OrderBy(r => r.Code).Should().Equal(rolled.RollUp.GetRegions(level), "the rows are the roll-up's own regions");
        rolled.Rows.Should().OnlyContain(r => ReferenceEquals(rolled.RollUp.Find(r.Code), r));
    }

    // The data's own level

    [Fact]
    public void Create_AtTheDataLevel_RowsAreTheReportsRows_InTheSameOrder_WithTheSameRanks()
    {
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Kecamatan);

        rolled.Rows.Select(r => r.Code).Should().Equal(Kecamatan.Rows.Select(r => r.Code));
        rolled.Rows.Select(r => r.Rank).Should().Equal(Kecamatan.Rows.Select(r => r.Rank));
        rolled.Rows.Select(r => (r.Target, r.Realised, r.Band, r.IsMet, r.IsApplicable)).Should().Equal(Kecamatan.Rows.Select(r => (r.Target, r.Realised, r.Band, r.Met, r.IsApplicable)));
        rolled.Rows.Should().OnlyContain(r => r.Children.IsEmpty);
        foreach (var row in Kecamatan.Rows)
        {
            rolled.RowOf(row.Code)!.Code.Should().Be(row.Code);
        }
    }

    [Fact]
    public void Create_AtTheDataLevel_SummaryIsTheReports()
    {
        var summary = LevelReport.Create(Kecamatan, RegionLevel.Kecamatan).Summary;
        var own = Kecamatan.Summary;

        summary.Should().BeEquivalentTo(own);
        summary.Level.Should().Be(RegionLevel.Kecamatan);
    }

    // The summary

    [Theory]
    [MemberData(nameof(EveryLevel))]
    public void Summary_CountsTheRows_AndSumsThem(RegionLevel level)
    {
        var rolled = LevelReport.Create(Kecamatan, level);
        var rows = rolled.Rows;
        var applicable = rows.Where(r => r.IsApplicable).ToList();

        var summary = rolled.Summary;
        summary.Level.Should().Be(level);
        summary.KecamatanCount.Should().Be(rows.Length);
        summary.Applicable.Should().Be(applicable.Count);
        summary.Met.Should().Be(rows.Count(r => r.IsMet));
        summary.RealisationUnknown.Should().Be(rows.Count(r => r.Target > 0 && r.Realised is null));
        summary.Target.Should().Be(rows.Sum(r => r.Target)).And.Be(Kecamatan.Summary.Target);
        summary.Realised.Should().Be(SumOrNull(rows.Select(r => r.Realised))).And.Be(Kecamatan.Summary.Realised);
        summary.MinRealisedPercent.Should().Be(applicable.Min(r => r.RealisedPercent));
        summary.MaxRealisedPercent.Should().Be(applicable.Max(r => r.RealisedPercent));
        summary.TargetPercent.Should().Be(Kecamatan.Summary.TargetPercent);
        summary.KecamatanCoverage.Should().Be(Kecamatan.Summary.KecamatanCoverage, "the coverage stays that of the kecamatan");
    }

    [Fact]
    public void Summary_Regency_ARegionMeetsItsTargetAsAWhole_ThoughOneOfItsKecamatanMissed()
    {
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Regency);
        var bandung = rolled.Rows.Single(r => r.Code == KabupatenBandung);

        bandung.IsMet.Should().BeTrue("12,200 realised of a target of 12,000");
        (bandung.Met, bandung.Applicable).Should().Be((1, 2), "Cimenyan missed; Cilengkrang has no target");
        rolled.Summary.Met.Should().Be(3, "both Tangerangs met too; only Kota Bandung missed");
        rolled.Summary.Applicable.Should().Be(4);
    }

    [Fact]
    public void Summary_ARegionWhoseRealisationIsUnknown_IsCountedApart_AndTheTotalIsUnknown()
    {
        var report = AttainmentReport.Calculate(WithUnknownKotaTangerang(), April);

        var rolled = LevelReport.Create(report, RegionLevel.Regency);

        var kota = rolled.Rows[^1];
        kota.Code.Should().Be(KotaTangerang, "a region without a rank comes last");
        (kota.Realised, kota.Rank, kota.IsApplicable, kota.Band).Should().Be(((long?)null, (int?)null, false, AttainmentBand.Unknown));
        rolled.Summary.RealisationUnknown.Should().Be(1);
        rolled.Summary.Applicable.Should().Be(3);
        rolled.Summary.KecamatanCount.Should().Be(4);
        rolled.Summary.Realised.Should().BeNull();
        rolled.Summary.Target.Should().Be(report.Summary.Target);
    }

    // RowOf

    [Theory]
    [MemberData(nameof(EveryLevel))]
    public void RowOf_EachKecamatan_IsTheRowOfTheRegionContainingIt(RegionLevel level)
    {
        var rolled = LevelReport.Create(Kecamatan, level);

        foreach (var row in Kecamatan.Rows)
        {
            var of = rolled.RowOf(row.Code);
            of.Should().NotBeNull();
            of!.Code.Should().Be(row.Code.AncestorAt(level));
            rolled.Rows.Should().Contain(of);
        }
    }

    [Fact]
    public void RowOf_ACodeNotInTheReport_IsNull()
    {
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Regency);

        rolled.RowOf(Jatiuwung).Should().BeNull("a kecamatan of Kota Tangerang that the data does not hold");
        rolled.RowOf(KabupatenBandung).Should().BeNull("a region is a row, not a kecamatan of the report");
        rolled.RowOf(RegionCode.Nation).Should().BeNull();
    }

    // A report of a region

    [Fact]
    public void Create_WithinAProvince_FromTheProvinceDown()
    {
        var banten = Kecamatan.Within(Banten);

        LevelReport.Create(banten, RegionLevel.Province).Rows.Select(r => r.Code).Should().Equal(Banten);
        var regencies = LevelReport.Create(banten, RegionLevel.Regency);
        regencies.Rows.Select(r => (r.Code, r.Rank)).Should().Equal((TangerangRegency, 1), (KotaTangerang, (int?)1));
        regencies.Summary.KecamatanCoverage.Should().Be(banten.Summary.KecamatanCoverage);
        regencies.Summary.Target.Should().Be(Inside(Kecamatan, Banten).Sum(r => r.Target));
        regencies.RowOf(Cileunyi).Should().BeNull("Cileunyi lies in Jawa Barat");
    }

    [Fact]
    public void Create_RegionWithoutKecamatanInTheData_HasNoRows()
    {
        var aceh = Kecamatan.Within(new RegionCode(11));

        var rolled = LevelReport.Create(aceh, RegionLevel.Regency);

        rolled.Rows.Should().BeEmpty();
        rolled.Summary.KecamatanCount.Should().Be(0);
        rolled.Summary.Target.Should().Be(0);
        rolled.Summary.Realised.Should().Be(0);
        rolled.Summary.MinRealisedPercent.Should().BeNull();
        rolled.RowOf(Cileunyi).Should().BeNull();
    }

    [Fact]
    public void Create_DataKeptPerKabupatenKota_RollsUpToTheProvince()
    {
        var data = PerKabupatenKota();
        var report = AttainmentReport.Calculate(data, April);

        var provinces = LevelReport.Create(report, RegionLevel.Province);
        var own = LevelReport.Create(report, RegionLevel.Regency);

        provinces.Rows.Select(r => r.Code).Should().BeEquivalentTo([Banten, JawaBarat]);
        provinces.Rows.Should().OnlyContain(r => r.UnitLevel == RegionLevel.Regency);
        provinces.Rows.Single(r => r.Code == Banten).KecamatanCount.Should().Be(report.Rows.Count(r => Banten.Contains(r.Code)));
        provinces.RowOf(TangerangRegency)!.Code.Should().Be(Banten);
        own.Rows.Select(r => r.Code).Should().Equal(report.Rows.Select(r => r.Code));
        own.Summary.Level.Should().Be(RegionLevel.Regency);
    }

    [Fact]
    public void Create_AKecamatanSplitBetweenRegencies_CountsInTheirProvince_AndInNoRegency()
    {
        var cisoka = new RegionCode(36, 3, 5);
        var report = AttainmentReport.Calculate(SplitBetweenRegencies(), April);

        var regencies = LevelReport.Create(report, RegionLevel.Regency);
        var provinces = LevelReport.Create(report, RegionLevel.Province);

        regencies.Rows.Select(r => r.Code).Should().BeEquivalentTo([TangerangRegency, new RegionCode(36, 74)]);
        regencies.RowOf(cisoka).Should().BeNull("its past is not divided between Mekar Baru's and Setu's kabupaten/kota");
        regencies.Rows.Sum(r => r.Realised).Should().Be(report.Summary.Realised - report[cisoka].Realised);
        regencies.Summary.Realised.Should().Be(regencies.Rows.Sum(r => r.Realised), "the summary sums the rows");
        provinces.RowOf(cisoka)!.Code.Should().Be(Banten);
        provinces.Rows.Single().Realised.Should().Be(report.Summary.Realised);
        regencies.Rows.Sum(r => r.KecamatanCount).Should().Be(3, "Cisoka's code is retired");
    }

    // Arguments

    [Fact]
    public void Create_NullReport_Throws() =>
        ExactArgumentErrors.Throws<ArgumentNullException>(() => LevelReport.Create(null!, RegionLevel.Regency), "report", "Value cannot be null. (Parameter 'report')");

    [Theory]
    [InlineData(RegionLevel.Village)]
    [InlineData((RegionLevel)(-1))]
    [InlineData((RegionLevel)7)]
    public void Create_LevelBelowTheKecamatanOrUndefined_Throws(RegionLevel level) =>
        ExactArgumentErrors.Throws<ArgumentOutOfRangeException>(
            () => LevelReport.Create(Kecamatan, level),
            "level",
            ExactArgumentErrors.WithValue("A report of the nation with rows of level Kecamatan rolls up to the levels from Nation to Kecamatan.", "level", level));

    [Fact]
    public void Create_LevelAboveTheReportsRegion_Throws()
    {
        ExactArgumentErrors.Throws<ArgumentOutOfRangeException>(
            () => LevelReport.Create(Kecamatan.Within(TangerangRegency), RegionLevel.Province),
            "level",
            ExactArgumentErrors.WithValue("A report of 36.03 with rows of level Kecamatan rolls up to the levels from Regency to Kecamatan.", "level", RegionLevel.Province));
        ExactArgumentErrors.Throws<ArgumentOutOfRangeException>(
            () => LevelReport.Create(Kecamatan.Within(Balaraja), RegionLevel.Regency),
            "level",
            ExactArgumentErrors.WithValue("A report of 36.03.01 with rows of level Kecamatan rolls up to the levels from Kecamatan to Kecamatan.", "level", RegionLevel.Regency));
        LevelReport.Create(Kecamatan.Within(Balaraja), RegionLevel.Kecamatan).Rows.Select(r => r.Code).Should().Equal(Balaraja);
    }

    [Fact]
    public void Create_KecamatanLevelOfDataKeptPerKabupatenKota_Throws()
    {
        var report = AttainmentReport.Calculate(PerKabupatenKota(), April);

        ExactArgumentErrors.Throws<ArgumentOutOfRangeException>(
            () => LevelReport.Create(report, RegionLevel.Kecamatan),
            "level",
            ExactArgumentErrors.WithValue("A report of the nation with rows of level Regency rolls up to the levels from Nation to Regency.", "level", RegionLevel.Kecamatan));
    }

    // Properties

    /// <summary>
    /// R4 over the roll-up, for random data over several provinces: at every level the rows' targets, realisations,
    /// eligible counts and kecamatan add up to the kecamatan report's; each kecamatan's row contains it; the ranks
    /// are the competition ranks of the rows; and the summary counts the rows.
    /// </summary>
    [Property(MaxTest = 60 / Cases.Divisor)]
    public bool Property_AtEveryLevel_TheRowsAddUpToTheKecamatanReport(int seed)
    {
        var random = new RandomRegions(seed);
        var report = random.Report();
        foreach (var level in (RegionLevel[])[RegionLevel.Nation, RegionLevel.Province, RegionLevel.Regency, RegionLevel.Kecamatan])
        {
            var rolled = LevelReport.Create(report, level);
            var rows = rolled.Rows;
            bool holds =
                rows.Select(r => r.Code).SequenceEqual(rows.Select(r => r.Code).Distinct())
                && rows.Select(r => r.Code).Order().SequenceEqual(random.RegionsAt(level))
                && rows.Sum(r => r.Target) == report.Summary.Target
                && SumOrNull(rows.Select(r => r.Realised)) == report.Summary.Realised
                && rows.Sum(r => r.Eligible) == report.Rows.Sum(r => r.Eligible)
                && rows.Sum(r => r.KecamatanCount) == report.Rows.Length
                && rows.Sum(r => r.Met) == report.Summary.Met
                && rows.Sum(r => r.Applicable) == report.Summary.Applicable
                && report.Rows.All(k => rolled.RowOf(k.Code) is RegionRollup row && row.Code == k.Code.AncestorAt(level))
                && rows.Select(r => r.Rank).SequenceEqual(CompetitionRanks.Of([.. rows.Select(r => (r.Target, r.Realised, r.Eligible))]))
                && rows.SequenceEqual(rows.OrderBy(r => r.Rank is null).ThenBy(r => r.Rank).ThenBy(r => r.Code))
                && rolled.Summary.KecamatanCount == rows.Length
                && rolled.Summary.Applicable == rows.Count(r => r.IsApplicable)
                && rolled.Summary.Met == rows.Count(r => r.IsMet)
                && rolled.Summary.Target == report.Summary.Target
                && rolled.Summary.Realised == report.Summary.Realised;
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }
}
