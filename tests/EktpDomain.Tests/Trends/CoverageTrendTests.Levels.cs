using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Tests.Support;
using EktpDomain.Trends;
using FluentAssertions;
using FluentAssertions.Execution;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;
using static EktpDomain.Tests.Support.TwoProvinces;

namespace EktpDomain.Tests.Trends;

/// <summary>
/// The trend of a region and by level (<see cref="CoverageTrend.Calculate(RecordingData, YearMonth, YearMonth, RegionCode, RegionLevel)"/>):
/// one row per region of the level inside the region, each month the sum of its kecamatan's months, the region as the
/// total. The sums are checked against the kecamatan rows of the same trend.
/// </summary>
public class CoverageTrendLevelTests
{
    private static readonly YearMonth Mar = new(2012, 3);
    private static readonly YearMonth Apr2012 = new(2012, 4);

    private static long? Sum(IEnumerable<long?> values) => values.Aggregate((long?)0, (sum, v) => sum + v);

    /// <summary>Checks that each month of each row (and of the total) of <paramref name="rolled"/> is the sum of the months of <paramref name="kecamatan"/>'s rows inside it.</summary>
    private static void MonthsShouldBeSumsOf(CoverageTrend rolled, CoverageTrend kecamatan)
    {
        using var scope = new AssertionScope();
        rolled.Months.Should().Equal(kecamatan.Months);
        foreach (var row in rolled.Rows.Append(rolled.Total))
        {
            var inside = kecamatan.Rows.Where(k => row.Region.Contains(k.Region)).ToList();
            inside.Should().NotBeEmpty(row.Region.ToString());
            row.Name.Should().Be(kecamatan.GetName(row.Region));
            for (int i = 0; i < rolled.Months.Length; i++)
            {
                var month = row.Months[i];
                string because = $"{row.Region} in {month.Month}";
                month.Month.Should().Be(rolled.Months[i]);
                month.Eligible.Should().Be(inside.Sum(k => k.Months[i].Eligible), because);
                month.Coverage.Should().Be(Sum(inside.Select(k => k.Months[i].Coverage)), because);
                month.Realised.Should().Be(Sum(inside.Select(k => k.Months[i].Realised)), because);
                month.Adjustment.Should().Be(Sum(inside.Select(k => k.Months[i].Adjustment)), because);
            }

            row.Realised.Should().Be(Sum(row.Months.Select(m => m.Realised)));
            row.MonthsUnknown.Should().Be(row.Months.Count(m => m.Realised is null));
        }
    }

    [Fact]
    public void Calculate_AProvinceByRegency_OneRowPerRegencyInside_EachMonthTheSumOfItsKecamatan()
    {
        var data = Data();

        var byRegency = CoverageTrend.Calculate(data, Mar, Apr2012, Banten, RegionLevel.Regency);
        var byKecamatan = CoverageTrend.Calculate(data, Mar, Apr2012, Banten, RegionLevel.Kecamatan);

        byRegency.Rows.Select(r => r.Region).Should().Equal(TangerangRegency, KotaTangerang);
        byKecamatan.Rows.Select(r => r.Region).Should().Equal(Balaraja, Jayanti, Tangerang);
        MonthsShouldBeSumsOf(byRegency, byKecamatan);
        byRegency.Total.Region.Should().Be(Banten);
        (byRegency.Region, byRegency.Level).Should().Be(((RegionCode?)Banten, RegionLevel.Regency));
        (byKecamatan.Region, byKecamatan.Level).Should().Be(((RegionCode?)Banten, RegionLevel.Kecamatan));
        byRegency.Rows.Should().OnlyContain(r => r.Months.All(m => m.Snapshots == null), "a region above the kecamatan has no snapshot edges");
    }

    [Fact]
    public void Calculate_Coverage_OfTheRegionAndOfEachRow_AgainstTheCatalogue()
    {
        var byRegency = CoverageTrend.Calculate(Data(), Mar, Apr2012, Banten, RegionLevel.Regency);

        byRegency.KecamatanCoverage.Should().Be(KecamatanCoverage.Of(Banten, 3));
        byRegency.GetCoverage(Banten).Should().Be(byRegency.KecamatanCoverage);
        byRegency.GetCoverage(TangerangRegency).Should().Be(KecamatanCoverage.Of(TangerangRegency, 2));
        byRegency.GetCoverage(KotaTangerang).Should().Be(KecamatanCoverage.Of(KotaTangerang, 1));
        byRegency.GetCoverage(JawaBarat).Covered.Should().Be(0, "the trend holds only Banten's kecamatan");
    }

    [Fact]
    public void Calculate_TheNationAtTheDataLevel_IsTheTrendOfAllTheData()
    {
        var data = Data();

        var within = CoverageTrend.Calculate(data, Mar, Apr2012, RegionCode.Nation, RegionLevel.Kecamatan);
        var all = CoverageTrend.Calculate(data, Mar, Apr2012);

        within.Rows.Select(r => r.Region).Should().Equal(all.Rows.Select(r => r.Region));
        within.Rows.SelectMany(r => r.Months).Select(m => (m.Eligible, m.Coverage, m.Realised, m.Adjustment))
            .Should().Equal(all.Rows.SelectMany(r => r.Months).Select(m => (m.Eligible, m.Coverage, m.Realised, m.Adjustment)));
        within.Total.Region.Should().Be(all.Total.Region).And.Be(RegionCode.Nation, "the kecamatan lie in two provinces");
        (within.Region, within.Level, within.KecamatanCoverage).Should().Be(((RegionCode?)null, RegionLevel.Kecamatan, all.KecamatanCoverage));
        (all.Region, all.Level).Should().Be(((RegionCode?)null, RegionLevel.Kecamatan));
    }

    [Fact]
    public void Calculate_TheNationByProvince_SumsEachProvince()
    {
        var data = Data();

        var byProvince = CoverageTrend.Calculate(data, Mar, Apr2012, RegionCode.Nation, RegionLevel.Province);

        byProvince.Rows.Select(r => r.Region).Should().Equal(JawaBarat, Banten);
        byProvince.Region.Should().BeNull();
        MonthsShouldBeSumsOf(byProvince, CoverageTrend.Calculate(data, Mar, Apr2012));
    }

    [Fact]
    public void Calculate_ARegionAtItsOwnLevel_ItsOnlyRowIsItsTotal()
    {
        var byRegency = CoverageTrend.Calculate(Data(), Mar, Apr2012, KabupatenBandung, RegionLevel.Regency);

        var row = byRegency.Rows.Should().ContainSingle().Which;
        row.Region.Should().Be(KabupatenBandung);
        byRegency.Total.Region.Should().Be(KabupatenBandung);
        row.Months.Should().BeEquivalentTo(byRegency.Total.Months, "the region's one row is the region as a whole");
    }

    [Fact]
    public void Calculate_AProvinceWhoseKecamatanLieInOneRegency_TotalsTheProvince()
    {
        // The total is the region asked for, not the smallest region holding the data's kecamatan.
        var data = new ScenarioBuilder().Kecamatan(Kresek, 10_000).Kecamatan(Sukamulya, 41_000).Recorded(Kresek, Apr(10), 100).Build();

        var byRegency = CoverageTrend.Calculate(data, Mar, Apr2012, Banten, RegionLevel.Regency);

        byRegency.Rows.Select(r => r.Region).Should().Equal(Regency);
        byRegency.Total.Region.Should().Be(Banten);
        byRegency.Total.Months.Should().BeEquivalentTo(byRegency.Rows[0].Months);
    }

    [Fact]
    public void Calculate_ARegencyWithOneKecamatanInTheData_TotalsTheRegency()
    {
        var data = new ScenarioBuilder().Kecamatan(Kresek, 10_000).Recorded(Kresek, Apr(10), 100).Build();

        var trend = CoverageTrend.Calculate(data, Mar, Apr2012, Regency, RegionLevel.Kecamatan);

        trend.Rows.Select(r => r.Region).Should().Equal(Kresek);
        trend.Total.Region.Should().Be(Regency, "a region asked for is the total even when one kecamatan of the data lies in it");
        trend.Total.Months.Should().BeEquivalentTo(trend.Rows[0].Months);
    }

    [Fact]
    public void Calculate_AKecamatan_IsItsOwnRowAndTotal()
    {
        var trend = CoverageTrend.Calculate(Data(), Mar, Apr2012, Cimenyan, RegionLevel.Kecamatan);

        trend.Rows.Select(r => r.Region).Should().Equal(Cimenyan);
        trend.Total.Region.Should().Be(Cimenyan);
        trend.KecamatanCoverage.Should().Be(new KecamatanCoverage(Cimenyan, 1, 1));
    }

    [Fact]
    public void Calculate_AMonthWhoseRealisationIsUnknownForOneKecamatan_IsUnknownForItsRegion()
    {
        var data = WithUnknownKotaTangerang();

        var byRegency = CoverageTrend.Calculate(data, Apr2012, Apr2012, Banten, RegionLevel.Regency);

        var kota = byRegency.Rows.Single(r => r.Region == KotaTangerang);
        (kota.Months[0].Realised, kota.Months[0].Coverage).Should().Be(((long?)null, (long?)(20_000 + 9_000)));
        kota.MonthsUnknown.Should().Be(1);
        byRegency.Total.Months[0].Realised.Should().BeNull();
        byRegency.Rows.Single(r => r.Region == TangerangRegency).Months[0].Realised.Should().Be(3_300 + 2_700);
        MonthsShouldBeSumsOf(byRegency, CoverageTrend.Calculate(data, Apr2012, Apr2012, Banten, RegionLevel.Kecamatan));
    }

    [Fact]
    public void Calculate_DataKeptPerKabupatenKota_ByProvince()
    {
        var data = PerKabupatenKota();

        var byProvince = CoverageTrend.Calculate(data, Apr2012, Apr2012, RegionCode.Nation, RegionLevel.Province);

        byProvince.Rows.Select(r => r.Region).Should().Equal(JawaBarat, Banten);
        byProvince.GetCoverage(Banten).Should().Be(KecamatanCoverage.Of(Banten, 2, RegionLevel.Regency));
        MonthsShouldBeSumsOf(byProvince, CoverageTrend.Calculate(data, Apr2012, Apr2012));
        CoverageTrend.Calculate(data, Apr2012, Apr2012).Level.Should().Be(RegionLevel.Regency);
    }

    [Fact]
    public void Calculate_TheRegionHoldsTheKecamatanOfTheLastMonthsLastDay()
    {
        // Cisoka (36.03.05) renamed Serpong (36.74.01) from 26 December 2008: a trend to November 2008 finds it in
        // Kabupaten Tangerang, one to December 2008 in Kota Tangerang Selatan.
        var cisoka = new RegionCode(36, 3, 5);
        var serpong = new RegionCode(36, 74, 1);
        var tangsel = new RegionCode(36, 74);
        var changes = RegionCodeChanges.CreateBuilder().Add(new RegionCodeChange(cisoka, serpong, new LocalDate(2008, 12, 26), RegionCodeChangeKind.Rename)).Build();
        var data = new ScenarioBuilder()
            .Kecamatan(cisoka, 10_000).Recorded(cisoka, new LocalDate(2008, 10, 10), 700)
            .Kecamatan(Kresek, 8_000).Recorded(Kresek, new LocalDate(2008, 10, 10), 400)
            .Kecamatan(serpong, 20_000).Recorded(serpong, new LocalDate(2008, 10, 10), 3_500)
            .Build() with { CodeChanges = changes };

        CoverageTrend.Calculate(data, new YearMonth(2008, 10), new YearMonth(2008, 11), Regency, RegionLevel.Kecamatan).Rows.Select(r => r.Region).Should().Equal(cisoka, Kresek);
        CoverageTrend.Calculate(data, new YearMonth(2008, 10), new YearMonth(2008, 12), Regency, RegionLevel.Kecamatan).Rows.Select(r => r.Region).Should().Equal(Kresek);
        CoverageTrend.Calculate(data, new YearMonth(2008, 10), new YearMonth(2008, 12), tangsel, RegionLevel.Kecamatan).Rows.Select(r => r.Region).Should().Equal(cisoka, serpong);
    }

    [Fact]
    public void Calculate_ByLevel_ARetiredKecamatanCountsInTheRegionItsHistoryRollsUpInto()
    {
        // Cisoka (36.03.05) renamed Serpong (36.74.01) from 26 December 2008: to December 2008, its history counts in
        // Kota Tangerang Selatan (R24), as in the report's roll-up, but it is not one of its kecamatan.
        var cisoka = new RegionCode(36, 3, 5);
        var serpong = new RegionCode(36, 74, 1);
        var tangsel = new RegionCode(36, 74);
        var changes = RegionCodeChanges.CreateBuilder().Add(new RegionCodeChange(cisoka, serpong, new LocalDate(2008, 12, 26), RegionCodeChangeKind.Rename)).Build();
        var data = new ScenarioBuilder()
            .Kecamatan(cisoka, 10_000).Recorded(cisoka, new LocalDate(2008, 10, 10), 700)
            .Kecamatan(Kresek, 8_000).Recorded(Kresek, new LocalDate(2008, 10, 10), 400)
            .Kecamatan(serpong, 20_000).Recorded(serpong, new LocalDate(2008, 11, 10), 3_500)
            .Build() with { CodeChanges = changes };
        var (first, last) = (new YearMonth(2008, 10), new YearMonth(2008, 12));

        var byRegency = CoverageTrend.Calculate(data, first, last, Banten, RegionLevel.Regency);
        var byKecamatan = CoverageTrend.Calculate(data, first, last, Banten, RegionLevel.Kecamatan);

        byRegency.Rows.Select(r => r.Region).Should().Equal(Regency, tangsel);
        var row = byKecamatan.Rows.ToDictionary(r => r.Region);
        byRegency.Rows[0].Months.Select(m => m.Coverage).Should().Equal(row[Kresek].Months.Select(m => m.Coverage));
        byRegency.Rows[1].Months.Select(m => m.Coverage).Should().Equal(row[cisoka].Months.Zip(row[serpong].Months, (a, b) => a.Coverage + b.Coverage));
        byRegency.Rows[1].Months.Select(m => m.Realised).Should().Equal(row[cisoka].Months.Zip(row[serpong].Months, (a, b) => a.Realised + b.Realised));
        byRegency.KecamatanCoverage.Should().Be(KecamatanCoverage.Of(Banten, 2), "Cisoka's code is retired");
        byRegency.GetCoverage(Regency).Should().Be(KecamatanCoverage.Of(Regency, 1));
        byRegency.GetCoverage(tangsel).Should().Be(KecamatanCoverage.Of(tangsel, 1));

        var tangselTrend = CoverageTrend.Calculate(data, first, last, tangsel, RegionLevel.Regency);
        tangselTrend.Rows.Select(r => r.Region).Should().Equal([tangsel], "every row lies inside the region asked for");
        tangselTrend.KecamatanCoverage.Should().Be(KecamatanCoverage.Of(tangsel, 1), "Serpong is the region's only kecamatan in effect");
        CoverageTrend.Calculate(data, first, last).KecamatanCoverage.Should().Be(KecamatanCoverage.Of(Banten, 2), "the whole data's coverage leaves the retired code out too");
    }

    [Fact]
    public void Calculate_ByLevel_AKecamatanSplitBetweenRegencies_CountsInTheirProvinceAndInNoRegency()
    {
        var data = SplitBetweenRegencies();
        var cisoka = new RegionCode(36, 3, 5);

        var byRegency = CoverageTrend.Calculate(data, Mar, Apr2012, Banten, RegionLevel.Regency);
        var byProvince = CoverageTrend.Calculate(data, Mar, Apr2012, RegionCode.Nation, RegionLevel.Province);
        var byKecamatan = CoverageTrend.Calculate(data, Mar, Apr2012, Banten, RegionLevel.Kecamatan);

        byRegency.Rows.Select(r => r.Region).Should().Equal(Regency, new RegionCode(36, 74));
        byRegency.Rows.Sum(r => r.Realised).Should().Be(byRegency.Total.Realised - byKecamatan.Rows.Single(r => r.Region == cisoka).Realised, "Cisoka's past is not divided between two kabupaten/kota");
        byProvince.Rows.Select(r => r.Region).Should().Equal(Banten);
        byProvince.Rows[0].Realised.Should().Be(byRegency.Total.Realised);
    }

    // Arguments

    [Fact]
    public void Calculate_NullData_Throws() =>
        ExactArgumentErrors.Throws<ArgumentNullException>(() => CoverageTrend.Calculate(null!, Mar, Apr2012, Banten, RegionLevel.Regency), "data", "Value cannot be null. (Parameter 'data')");

    [Fact]
    public void Calculate_AVillage_Throws() =>
        ExactArgumentErrors.Throws<ArgumentException>(
            () => CoverageTrend.Calculate(Data(), Mar, Apr2012, new RegionCode(36, 3, 1, 2001), RegionLevel.Kecamatan),
            "region",
            "Region '36.03.01.2001' is a village; give a province, a kabupaten/kota or a kecamatan. (Parameter 'region')");

    [Theory]
    [InlineData(RegionLevel.Nation, "Level Nation is not between the region's (Province) and the data's (Kecamatan). (Parameter 'level')")]
    [InlineData(RegionLevel.Village, "Level Village is not between the region's (Province) and the data's (Kecamatan). (Parameter 'level')")]
    public void Calculate_ALevelAboveTheRegionOrBelowTheData_Throws(RegionLevel level, string message) =>
        ExactArgumentErrors.Throws<ArgumentException>(() => CoverageTrend.Calculate(Data(), Mar, Apr2012, Banten, level), "level", message);

    [Fact]
    public void Calculate_KecamatanLevelOfDataKeptPerKabupatenKota_Throws() =>
        ExactArgumentErrors.Throws<ArgumentException>(
            () => CoverageTrend.Calculate(PerKabupatenKota(), Mar, Apr2012, RegionCode.Nation, RegionLevel.Kecamatan),
            "level",
            "Level Kecamatan is not between the region's (Nation) and the data's (Regency). (Parameter 'level')");

    [Fact]
    public void Calculate_ARegionWithoutKecamatanInTheData_Throws() =>
        ExactArgumentErrors.Throws<ArgumentException>(
            () => CoverageTrend.Calculate(Data(), Mar, Apr2012, Jatiuwung, RegionLevel.Kecamatan),
            "region",
            "Region '36.71.02' has no kecamatan in this data. (Parameter 'region')");

    [Fact]
    public void Calculate_TheMonthsAreCheckedFirst() =>
        ExactArgumentErrors.Throws<ArgumentException>(
            () => CoverageTrend.Calculate(Data(), Apr2012, Mar, new RegionCode(11), RegionLevel.Province),
            "to",
            "The last month 2012-03 is before the first 2012-04. (Parameter 'to')");

    // Properties

    /// <summary>
    /// The trend by level, for random data over several provinces: at every level, one row per region holding
    /// kecamatan, in code order, each month the sum of its kecamatan's months.
    /// </summary>
    [Property(MaxTest = 25 / Cases.Divisor)]
    public void Property_ByLevel_EachRowsMonthIsTheSumOfItsKecamatan(int seed)
    {
        var random = new RandomRegions(seed);
        var kecamatan = CoverageTrend.Calculate(random.Data, Mar, Apr2012);
        foreach (var level in (RegionLevel[])[RegionLevel.Nation, RegionLevel.Province, RegionLevel.Regency])
        {
            var rolled = CoverageTrend.Calculate(random.Data, Mar, Apr2012, RegionCode.Nation, level);
            rolled.Rows.Select(r => r.Region).Should().Equal(random.RegionsAt(level));
            MonthsShouldBeSumsOf(rolled, kecamatan);
        }
    }
}
