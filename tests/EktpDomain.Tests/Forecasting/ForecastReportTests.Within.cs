using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Forecasting;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Tests.Support;
using FluentAssertions;
using FluentAssertions.Execution;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;
using static EktpDomain.Tests.Support.TwoProvinces;

namespace EktpDomain.Tests.Forecasting;

/// <summary>
/// Forecasts of a region and by level (R7 with <see cref="ForecastReport.CalculateWithin"/>): one row per region of the
/// level inside the region, each the forecast of its kecamatan together, the region as the total. The sums are checked
/// against the forecasts of the same kecamatan one by one.
/// </summary>
public partial class ForecastReportTests
{
    private static long? Sum(IEnumerable<long?> values) => values.Aggregate((long?)0, (sum, v) => sum + v);

    /// <summary>Checks that each row of <paramref name="rolled"/> holds the sums of the kecamatan rows of <paramref name="kecamatan"/> inside it.</summary>
    private static void RowsShouldBeSumsOf(ForecastReport rolled, ForecastReport kecamatan)
    {
        using var scope = new AssertionScope();
        foreach (var row in rolled.Rows.Append(rolled.Total))
        {
            var inside = kecamatan.Rows.Where(k => row.Region.Contains(k.Region)).ToList();
            inside.Should().NotBeEmpty(row.Region.ToString());
            row.Eligible.Should().Be(inside.Sum(k => k.Eligible), row.Region.ToString());
            row.Coverage.Should().Be(Sum(inside.Select(k => k.Coverage)), row.Region.ToString());
            row.AsOf.Should().Be(kecamatan.AsOf);
            row.Name.Should().Be(kecamatan.GetName(row.Region));
        }
    }

    [Fact]
    public void CalculateWithin_AProvinceByRegency_OneRowPerRegencyInside_EachTheSumOfItsKecamatan()
    {
        var data = Data();

        var byRegency = ForecastReport.CalculateWithin(data, AsOf, Banten, RegionLevel.Regency);
        var byKecamatan = ForecastReport.CalculateWithin(data, AsOf, Banten, RegionLevel.Kecamatan);

        byRegency.Rows.Select(r => r.Region).Should().Equal(TangerangRegency, KotaTangerang);
        byKecamatan.Rows.Select(r => r.Region).Should().Equal(Balaraja, Jayanti, Tangerang);
        RowsShouldBeSumsOf(byRegency, byKecamatan);
        foreach (var row in byRegency.Rows)
        {
            // Without closures a regency's trailing window is its kecamatan's: its pace is theirs together.
            row.PaceRealised.Should().Be(Sum(byKecamatan.Rows.Where(k => row.Region.Contains(k.Region)).Select(k => k.PaceRealised)));
        }

        byRegency.Total.Region.Should().Be(Banten);
        byRegency.Total.Name.Should().Be("Banten");
        (byRegency.Region, byRegency.Level, byRegency.AsOf, byRegency.TrailingWorkingDays).Should().Be(((RegionCode?)Banten, RegionLevel.Regency, AsOf, CompletionForecast.DefaultTrailingWorkingDays));
        (byKecamatan.Region, byKecamatan.Level).Should().Be(((RegionCode?)Banten, RegionLevel.Kecamatan));
    }

    [Fact]
    public void CalculateWithin_Coverage_OfTheRegionAndOfEachRow_AgainstTheCatalogue()
    {
        var byRegency = ForecastReport.CalculateWithin(Data(), AsOf, Banten, RegionLevel.Regency);

        byRegency.KecamatanCoverage.Should().Be(KecamatanCoverage.Of(Banten, 3));
        byRegency.GetCoverage(Banten).Should().Be(byRegency.KecamatanCoverage);
        byRegency.GetCoverage(TangerangRegency).Should().Be(new KecamatanCoverage(TangerangRegency, 2, RegionCatalogue.Kemendagri2025.CountKecamatan(TangerangRegency)));
        byRegency.GetCoverage(KotaTangerang).Should().Be(KecamatanCoverage.Of(KotaTangerang, 1));
        byRegency.GetCoverage(KabupatenBandung).Covered.Should().Be(0, "the result holds only Banten's kecamatan");
    }

    [Fact]
    public void CalculateWithin_TheNationAtTheDataLevel_IsCalculate()
    {
        var data = Data();

        var within = ForecastReport.CalculateWithin(data, AsOf, RegionCode.Nation, RegionLevel.Kecamatan);
        var all = ForecastReport.Calculate(data, AsOf);

        within.Rows.Select(r => (r.Region, r.Eligible, r.Coverage, r.CompletionDate)).Should().Equal(all.Rows.Select(r => (r.Region, r.Eligible, r.Coverage, r.CompletionDate)));
        (within.Total.Region, within.Total.Eligible).Should().Be((all.Total.Region, all.Total.Eligible));
        (within.Region, within.Level, within.KecamatanCoverage).Should().Be(((RegionCode?)null, RegionLevel.Kecamatan, all.KecamatanCoverage));
    }

    [Fact]
    public void CalculateWithin_TheNationByProvince_TheTotalIsTheSmallestRegionHoldingEveryKecamatan()
    {
        var data = Data();

        var byProvince = ForecastReport.CalculateWithin(data, AsOf, RegionCode.Nation, RegionLevel.Province);

        byProvince.Rows.Select(r => r.Region).Should().Equal(JawaBarat, Banten);
        byProvince.Total.Region.Should().Be(RegionCode.Nation, "the kecamatan lie in two provinces");
        byProvince.Region.Should().BeNull();
        byProvince.KecamatanCoverage.Should().Be(KecamatanCoverage.Of(data.KecamatanCodes));
        RowsShouldBeSumsOf(byProvince, ForecastReport.Calculate(data, AsOf));
    }

    [Fact]
    public void CalculateWithin_TheOnlyRowIsTheRegion_IsAlsoTheTotal()
    {
        var byRegency = ForecastReport.CalculateWithin(Data(), AsOf, TangerangRegency, RegionLevel.Regency);

        byRegency.Rows.Should().ContainSingle().Which.Should().BeSameAs(byRegency.Total);
        byRegency.Total.Region.Should().Be(TangerangRegency);
    }

    [Fact]
    public void CalculateWithin_TheNationByRegency_ForDataInOneRegency_TotalsThatRegency()
    {
        // Every kecamatan lies in one regency: the total and its coverage are that regency's, as for Calculate, not
        // the nation's.
        var data = new ScenarioBuilder().Kecamatan(Kresek, 10_000).Kecamatan(Sukamulya, 41_000).Recorded(Kresek, AsOf, 100).Build();

        var byRegency = ForecastReport.CalculateWithin(data, AsOf, RegionCode.Nation, RegionLevel.Regency);
        var all = ForecastReport.Calculate(data, AsOf);

        byRegency.Rows.Should().ContainSingle().Which.Should().BeSameAs(byRegency.Total);
        byRegency.Total.Region.Should().Be(Regency);
        byRegency.KecamatanCoverage.Should().Be(all.KecamatanCoverage);
        byRegency.KecamatanCoverage.Region.Should().Be(Regency);
    }

    [Fact]
    public void CalculateWithin_ARegencyByKecamatan_EachRowIsThatKecamatansForecast()
    {
        var data = Data();

        var bandung = ForecastReport.CalculateWithin(data, AsOf, KabupatenBandung, RegionLevel.Kecamatan);

        bandung.Rows.Select(r => r.Region).Should().Equal(Cileunyi, Cimenyan, Cilengkrang);
        foreach (var row in bandung.Rows)
        {
            var own = CompletionForecast.Calculate(data, row.Region, AsOf);
            (row.Eligible, row.Coverage, row.PaceRealised, row.Status, row.CompletionDate).Should().Be((own.Eligible, own.Coverage, own.PaceRealised, own.Status, own.CompletionDate));
        }

        bandung.Total.Region.Should().Be(KabupatenBandung);
        bandung.GetCoverage(Cimenyan).Should().Be(new KecamatanCoverage(Cimenyan, 1, 1));
    }

    [Fact]
    public void Calculate_TrailingWorkingDaysGiven_AreEveryRowsPaceWindow()
    {
        var data = Data();

        var report = ForecastReport.Calculate(data, AsOf, trailingWorkingDays: 5);

        report.TrailingWorkingDays.Should().Be(5);
        report.Rows.Append(report.Total).Should().OnlyContain(r => r.PaceWorkingDays == 5);
        ForecastReport.TrailingWindow(data, AsOf, 5).Should().Equal(new DateInterval(new LocalDate(2012, 4, 24), AsOf));
    }

    [Fact]
    public void CalculateWithin_TrailingWorkingDays_AreEveryRowsPaceWindow()
    {
        var byRegency = ForecastReport.CalculateWithin(Data(), AsOf, RegionCode.Nation, RegionLevel.Regency, trailingWorkingDays: 5);

        byRegency.TrailingWorkingDays.Should().Be(5);
        byRegency.Rows.Append(byRegency.Total).Should().OnlyContain(r => r.PaceWorkingDays == 5);
    }

    [Fact]
    public void CalculateWithin_SnapshotKecamatan_SumIntoTheirRegion()
    {
        var data = WithUnknownKotaTangerang();

        var byRegency = ForecastReport.CalculateWithin(data, AsOf, Banten, RegionLevel.Regency);

        byRegency.TrailingWorkingDays.Should().Be(CompletionForecast.DefaultSnapshotTrailingWorkingDays, "the data has snapshots");
        byRegency.Rows.Single(r => r.Region == KotaTangerang).Coverage.Should().Be(20_000 + 9_000);
        RowsShouldBeSumsOf(byRegency, ForecastReport.CalculateWithin(data, AsOf, Banten, RegionLevel.Kecamatan));
    }

    [Fact]
    public void CalculateWithin_DataKeptPerKabupatenKota_ByProvince()
    {
        var data = PerKabupatenKota();

        var byProvince = ForecastReport.CalculateWithin(data, AsOf, RegionCode.Nation, RegionLevel.Province);

        byProvince.Rows.Select(r => r.Region).Should().Equal(JawaBarat, Banten);
        byProvince.GetCoverage(Banten).Should().Be(KecamatanCoverage.Of(Banten, 2, RegionLevel.Regency));
        byProvince.KecamatanCoverage.Level.Should().Be(RegionLevel.Regency);
        RowsShouldBeSumsOf(byProvince, ForecastReport.Calculate(data, AsOf));
        ForecastReport.Calculate(data, AsOf).Level.Should().Be(RegionLevel.Regency);
    }

    [Fact]
    public void Calculate_IsOfEveryKecamatan_AtTheDataLevel()
    {
        var all = ForecastReport.Calculate(Data(), AsOf);

        (all.Region, all.Level).Should().Be(((RegionCode?)null, RegionLevel.Kecamatan));
        all.GetCoverage(TangerangRegency).Should().Be(new KecamatanCoverage(TangerangRegency, 2, RegionCatalogue.Kemendagri2025.CountKecamatan(TangerangRegency)));
        all.GetCoverage(all.Total.Region).Should().Be(all.KecamatanCoverage);
    }

    // Code changes (R24)

    // Cisoka (36.03.05) was renamed Serpong (36.74.01) in 2008: in 2012 its history counts in Kota Tangerang Selatan.
    private static readonly RegionCode Cisoka = new(36, 3, 5);
    private static readonly RegionCode Serpong = new(36, 74, 1);
    private static readonly RegionCode Tangsel = new(36, 74);

    private static RecordingData WithCisokaRenamed(bool withSerpong)
    {
        var changes = RegionCodeChanges.CreateBuilder().Add(new RegionCodeChange(Cisoka, Serpong, new LocalDate(2008, 12, 26), RegionCodeChangeKind.Rename)).Build();
        var builder = new ScenarioBuilder()
            .Kecamatan(Cisoka, 10_000).Recorded(Cisoka, new LocalDate(2008, 4, 10), 700)
            .Kecamatan(Kresek, 8_000).Recorded(Kresek, Apr(10), 400);
        builder = withSerpong ? builder.Kecamatan(Serpong, 20_000).Recorded(Serpong, Apr(10), 3_500) : builder;
        return builder.Build() with { CodeChanges = changes };
    }

    [Fact]
    public void CalculateWithin_ARetiredKecamatan_CountsInTheRegionItsHistoryRollsUpInto()
    {
        var data = WithCisokaRenamed(withSerpong: true);

        var byRegency = ForecastReport.CalculateWithin(data, AsOf, Tangsel, RegionLevel.Regency);

        byRegency.Rows.Select(r => r.Region).Should().Equal([Tangsel], "every row lies inside the region asked for");
        byRegency.KecamatanCoverage.Should().Be(KecamatanCoverage.Of(Tangsel, 1), "Cisoka's code is retired: Serpong is the region's only kecamatan in the data (R24)");
        (byRegency.Total.Eligible, byRegency.Total.Coverage).Should().Be((20_000, 700 + 3_500), "Cisoka's residents are Serpong's now (R24): its eligible count is 0 and its recordings count in Serpong's region");
        var banten = ForecastReport.CalculateWithin(data, AsOf, Banten, RegionLevel.Regency);
        banten.Rows.Select(r => r.Region).Should().Equal(Regency, Tangsel);
        banten.Rows.Select(r => (r.Eligible, r.Coverage)).Should().Equal((8_000, 400), (20_000, 4_200));
        (banten.Total.Eligible, banten.Total.Coverage).Should().Be((28_000, 4_600));
        banten.KecamatanCoverage.Should().Be(KecamatanCoverage.Of(Banten, 2));
        banten.GetCoverage(Regency).Should().Be(KecamatanCoverage.Of(Regency, 1), "Kresek; Cisoka's code is retired");
        banten.GetCoverage(Tangsel).Should().Be(KecamatanCoverage.Of(Tangsel, 1));
    }

    [Theory]
    [InlineData(RegionLevel.Regency)]
    [InlineData(RegionLevel.Kecamatan)]
    public void CalculateWithin_ARegionWhoseOnlyKecamatanInTheDataIsARetiredCode_ForecastsItsHistory(RegionLevel level)
    {
        var data = WithCisokaRenamed(withSerpong: false);

        var tangsel = ForecastReport.CalculateWithin(data, AsOf, Tangsel, level);

        tangsel.Rows.Select(r => r.Region).Should().Equal(level == RegionLevel.Regency ? Tangsel : Cisoka);
        tangsel.Total.Region.Should().Be(Tangsel);
        (tangsel.Total.Eligible, tangsel.Total.Coverage, tangsel.Total.Status).Should().Be((0, 700, ForecastStatus.AlreadyComplete), "Cisoka has no residents of its own after 2008; its history is all the data holds of the region");
        tangsel.KecamatanCoverage.Should().Be(KecamatanCoverage.Of(Tangsel, 0), "a retired code is none of the region's kecamatan");
    }

    [Fact]
    public void CalculateWithin_AKecamatanSplitBetweenRegencies_CountsInTheirProvinceAndInNoRegency()
    {
        var data = SplitBetweenRegencies();

        var byRegency = ForecastReport.CalculateWithin(data, AsOf, Banten, RegionLevel.Regency);
        var byProvince = ForecastReport.CalculateWithin(data, AsOf, RegionCode.Nation, RegionLevel.Province);

        byRegency.Rows.Select(r => (r.Region, r.Eligible, r.Coverage)).Should().Equal((Regency, 8_000 + 5_000, 400 + 800), (Tangsel, 20_000, 3_500));
        (byRegency.Total.Eligible, byRegency.Total.Coverage).Should().Be((33_000, 4_700 + 800), "Cisoka's past (1,000 − 200) is not divided between two kabupaten/kota, but it is Banten's");
        byProvince.Rows.Should().ContainSingle().Which.Coverage.Should().Be(byRegency.Total.Coverage);
    }

    [Fact]
    public void Calculate_TheCoverageOfAllTheData_LeavesOutRetiredCodes()
    {
        var all = ForecastReport.Calculate(WithCisokaRenamed(withSerpong: true), AsOf);

        all.KecamatanCoverage.Should().Be(KecamatanCoverage.Of(Banten, 2), "Kresek and Serpong; Cisoka's code is retired (R24)");
        all.Total.Coverage.Should().Be(700 + 400 + 3_500);
    }

    // Arguments

    [Fact]
    public void CalculateWithin_NullData_Throws() =>
        ExactArgumentErrors.Throws<ArgumentNullException>(() => ForecastReport.CalculateWithin(null!, AsOf, Banten, RegionLevel.Regency), "data", "Value cannot be null. (Parameter 'data')");

    [Fact]
    public void CalculateWithin_AVillage_Throws() =>
        ExactArgumentErrors.Throws<ArgumentException>(
            () => ForecastReport.CalculateWithin(Data(), AsOf, new RegionCode(36, 3, 1, 2001), RegionLevel.Kecamatan),
            "region",
            "Region '36.03.01.2001' is a village; give a province, a kabupaten/kota or a kecamatan. (Parameter 'region')");

    [Theory]
    [InlineData(RegionLevel.Nation, "Level Nation is not between the region's (Regency) and the data's (Kecamatan). (Parameter 'level')")]
    [InlineData(RegionLevel.Province, "Level Province is not between the region's (Regency) and the data's (Kecamatan). (Parameter 'level')")]
    [InlineData(RegionLevel.Village, "Level Village is not between the region's (Regency) and the data's (Kecamatan). (Parameter 'level')")]
    public void CalculateWithin_ALevelAboveTheRegionOrBelowTheData_Throws(RegionLevel level, string message) =>
        ExactArgumentErrors.Throws<ArgumentException>(() => ForecastReport.CalculateWithin(Data(), AsOf, TangerangRegency, level), "level", message);

    [Fact]
    public void CalculateWithin_ARegionWithoutKecamatanInTheData_Throws() =>
        ExactArgumentErrors.Throws<ArgumentException>(
            () => ForecastReport.CalculateWithin(Data(), AsOf, new RegionCode(11), RegionLevel.Province),
            "region",
            "Region '11' has no kecamatan in this data. (Parameter 'region')");

    [Fact]
    public void CalculateWithin_NoTrailingWorkingDays_Throws() =>
        ExactArgumentErrors.Throws<ArgumentOutOfRangeException>(
            () => ForecastReport.CalculateWithin(Data(), AsOf, Banten, RegionLevel.Regency, trailingWorkingDays: 0),
            "trailingWorkingDays",
            "trailingWorkingDays must be at least 1 working day, not 0. (Parameter 'trailingWorkingDays')");

    // Properties

    /// <summary>
    /// R7 by level, for random data over several provinces: at every level each row's eligible count and coverage are
    /// those of the kecamatan inside it together, one row per region holding kecamatan, in code order.
    /// </summary>
    [Property(MaxTest = 25 / Cases.Divisor)]
    public void Property_ByLevel_EachRowIsTheSumOfItsKecamatan(int seed)
    {
        var random = new RandomRegions(seed);
        var kecamatan = ForecastReport.Calculate(random.Data, AsOf);
        foreach (var level in (RegionLevel[])[RegionLevel.Nation, RegionLevel.Province, RegionLevel.Regency])
        {
            var rolled = ForecastReport.CalculateWithin(random.Data, AsOf, RegionCode.Nation, level);
            rolled.Rows.Select(r => r.Region).Should().Equal(random.RegionsAt(level));
            RowsShouldBeSumsOf(rolled, kecamatan);
        }
    }

    /// <summary>
    /// R7 over a set of kecamatan (the roll-up of R24) is R7 of the region when the set is the region's kecamatan by
    /// code: the same eligible count, coverage, pace window and date, for random data with snapshots, at every level.
    /// </summary>
    [Property(MaxTest = 25 / Cases.Divisor)]
    public void Property_AForecastOverTheKecamatanARegionHolds_IsTheRegionsForecast(int seed)
    {
        var random = new RandomRegions(seed);
        foreach (var level in (RegionLevel[])[RegionLevel.Nation, RegionLevel.Province, RegionLevel.Regency])
        {
            foreach (var region in random.RegionsAt(level))
            {
                var over = CompletionForecast.CalculateOver(random.Data, region, [.. random.Kecamatan.Where(region.Contains)], AsOf, 60);
                var own = CompletionForecast.Calculate(random.Data, region, AsOf, 60);
                (over.Region, over.Name, over.Eligible, over.Coverage, over.PaceWindow, over.PaceWorkingDays, over.PaceRealised, over.Status, over.WorkingDaysNeeded, over.CompletionDate)
                    .Should().Be((own.Region, own.Name, own.Eligible, own.Coverage, own.PaceWindow, own.PaceWorkingDays, own.PaceRealised, own.Status, own.WorkingDaysNeeded, own.CompletionDate), region.ToString());
            }
        }
    }
}
