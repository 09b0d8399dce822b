using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Tests.Support;
using FluentAssertions;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;
using static EktpDomain.Tests.Support.TwoProvinces;

namespace EktpDomain.Tests.Attainment;

/// <summary>
/// A report of a region (<see cref="AttainmentReport.Within"/>), and the rule of which kecamatan a region holds
/// (<c>RegionScope</c>): as if the data held only the region's kecamatan, with their own figures, ranked among
/// themselves, with the region's summary and findings.
/// </summary>
public partial class AttainmentReportTests
{
    private static readonly AttainmentReport TwoProvincesReport = TwoProvinces.Report();

    /// <summary>What a row keeps whatever report it is in: everything but its rank.</summary>
    private static object Figures(KecamatanAttainment r) => new
    {
        r.Code, r.Name, r.Eligible, r.EligibleAtEnd, r.Target, r.Totals, r.Realised, r.Adjustment, r.Band, r.Met, r.Coverage, r.Backlog,
        r.Capacity, r.DeviceDays, r.OutageDeviceDays, r.Invitations, r.ShortfallAttribution,
    };

    [Theory]
    [InlineData(36)]
    [InlineData(32)]
    [InlineData(32, 4)]
    [InlineData(36, 71)]
    [InlineData(32, 4, 6)]
    public void Within_HoldsTheRegionsKecamatanOnly_WithTheirOwnFigures(params int[] parts)
    {
        var region = parts.Length switch { 1 => new RegionCode(parts[0]), 2 => new RegionCode(parts[0], parts[1]), _ => new RegionCode(parts[0], parts[1], parts[2]) };
        var all = TwoProvincesReport;

        var within = all.Within(region);

        within.Region.Should().Be(region);
        within.Rows.Select(r => r.Code).Should().BeEquivalentTo(all.Rows.Where(r => region.Contains(r.Code)).Select(r => r.Code));
        within.Rows.Select(Figures).Should().BeEquivalentTo(all.Rows.Where(r => region.Contains(r.Code)).Select(Figures));
        (within.Window, within.WorkingDays).Should().Be((all.Window, all.WorkingDays));
        within.Options.Should().BeSameAs(all.Options);
        within.Capacity.Should().BeSameAs(all.Capacity, "capacity is the kecamatan's own");
        within.CodeChanges.Should().BeSameAs(all.CodeChanges);
        foreach (var row in within.Rows)
        {
            within[row.Code].Should().BeSameAs(row);
        }
    }

    [Fact]
    public void Within_RanksAmongTheRegionsKecamatan_InReportOrder()
    {
        // In Banten: Balaraja 3,300 of 20,000 (16.5%), Tangerang 6,000 of 40,000 (15%), Jayanti 2,700 of 20,000 (13.5%);
        // in the whole report Cileunyi (18%) ranks first.
        var all = TwoProvincesReport;

        var banten = all.Within(Banten);

        banten.Rows.Select(r => (r.Code, r.Rank)).Should().Equal((Balaraja, 1), (Tangerang, 2), (Jayanti, (int?)3));
        all[Balaraja].Rank.Should().Be(2);
        banten.Rows.Select(r => r.Rank).Should().Equal(CompetitionRanks.Of([.. banten.Rows.Select(r => (r.Target, r.Realised, r.Eligible))]));
    }

    [Fact]
    public void Within_TiesShareARank_TheNextSkips_AndThoseWithoutATargetComeLast()
    {
        // Inside 36.03: Kresek and Kronjo both 10%, Sukamulya 5%, Solear without eligible residents. Outside, a kecamatan
        // of Kota Tangerang at 20% ranks first in the whole report.
        var kota = new RegionCode(36, 71, 1);
        var data = new ScenarioBuilder()
            .Kecamatan(Kresek, 10_000).Recorded(Kresek, Apr(10), 1_000)
            .Kecamatan(Kronjo, 20_000).Recorded(Kronjo, Apr(10), 2_000)
            .Kecamatan(Sukamulya, 20_000).Recorded(Sukamulya, Apr(10), 1_000)
            .Kecamatan(Solear, 0)
            .Kecamatan(kota, 10_000).Recorded(kota, Apr(10), 2_000)
            .Build();
        var all = AttainmentReport.Calculate(data, April);

        var tangerang = all.Within(Regency);

        tangerang.Rows.Select(r => (r.Code, r.Rank)).Should().Equal((Kresek, 1), (Kronjo, 1), (Sukamulya, 3), (Solear, (int?)null));
        all.Rows.Select(r => (r.Code, r.Rank)).Should().Equal((kota, 1), (Kresek, 2), (Kronjo, 2), (Sukamulya, 4), (Solear, (int?)null));
    }

    [Fact]
    public void Within_SummaryIsTheRegions_AndItsCoverageIsOfTheRegionInTheCatalogue()
    {
        var all = TwoProvincesReport;

        var banten = all.Within(Banten);

        var inside = all.Rows.Where(r => Banten.Contains(r.Code)).ToList();
        banten.Summary.KecamatanCount.Should().Be(inside.Count);
        banten.Summary.Applicable.Should().Be(inside.Count(r => r.IsApplicable));
        banten.Summary.Met.Should().Be(inside.Count(r => r.Met));
        banten.Summary.Target.Should().Be(inside.Sum(r => r.Target));
        banten.Summary.Realised.Should().Be(inside.Sum(r => r.Realised));
        banten.Summary.MinRealisedPercent.Should().Be(inside.Min(r => r.RealisedPercent));
        banten.Summary.MaxRealisedPercent.Should().Be(inside.Max(r => r.RealisedPercent));
        banten.Summary.TargetPercent.Should().Be(all.Summary.TargetPercent);
        banten.Summary.Level.Should().Be(RegionLevel.Kecamatan);
        banten.Summary.KecamatanCoverage.Should().Be(new KecamatanCoverage(Banten, inside.Count, RegionCatalogue.Kemendagri2025.CountKecamatan(Banten)));
        banten.Summary.KecamatanCoverage.IsPartial.Should().BeTrue();
        all.Summary.KecamatanCoverage.Region.Should().Be(RegionCode.Nation, "the whole data lies in two provinces");
    }

    [Fact]
    public void Within_FindingsAreThoseOfItsKecamatan_InTheSameOrder()
    {
        var all = TwoProvincesReport;
        all.Findings.Select(f => f.Kecamatan.Province).Distinct().Should().HaveCount(2, "the fixture has findings in both provinces");

        foreach (var region in (RegionCode[])[Banten, JawaBarat, KabupatenBandung, Cimenyan])
        {
            all.Within(region).Findings.Should().Equal(all.Findings.Where(f => region.Contains(f.Kecamatan)));
        }
    }

    [Fact]
    public void Within_AKecamatan_IsThatKecamatanAlone()
    {
        var all = TwoProvincesReport;

        var cimenyan = all.Within(Cimenyan);
        var cilengkrang = all.Within(Cilengkrang);

        cimenyan.Rows.Select(r => (r.Code, r.Rank)).Should().Equal((Cimenyan, (int?)1));
        cimenyan.Summary.KecamatanCoverage.Should().Be(new KecamatanCoverage(Cimenyan, 1, 1));
        cilengkrang.Rows.Select(r => (r.Code, r.Rank)).Should().Equal([(Cilengkrang, (int?)null)], "it has no target");
        cilengkrang.Summary.Applicable.Should().Be(0);
    }

    [Fact]
    public void Within_ARegionWithoutKecamatanInTheData_HasNoRows()
    {
        var aceh = new RegionCode(11);

        var within = TwoProvincesReport.Within(aceh);

        within.Region.Should().Be(aceh);
        within.Rows.Should().BeEmpty();
        within.Findings.Should().BeEmpty();
        within.Summary.KecamatanCount.Should().Be(0);
        within.Summary.Target.Should().Be(0);
        within.Summary.KecamatanCoverage.Should().Be(new KecamatanCoverage(aceh, 0, RegionCatalogue.Kemendagri2025.CountKecamatan(aceh)));
    }

    [Fact]
    public void Within_OfAReportOfALargerRegion_IsTheReportOfTheSmallerRegion()
    {
        var all = TwoProvincesReport;

        var twice = all.Within(Banten).Within(TangerangRegency);
        var once = all.Within(TangerangRegency);

        twice.Region.Should().Be(TangerangRegency);
        twice.Rows.Select(r => (r.Code, r.Rank)).Should().Equal(once.Rows.Select(r => (r.Code, r.Rank)));
        twice.Summary.Should().BeEquivalentTo(once.Summary);
        twice.Findings.Should().Equal(once.Findings);
    }

    [Fact]
    public void Within_DataKeptPerKabupatenKota_HoldsTheProvincesRegencies()
    {
        var all = AttainmentReport.Calculate(PerKabupatenKota(), April);

        var banten = all.Within(Banten);

        banten.Rows.Select(r => r.Code).Should().BeEquivalentTo([TangerangRegency, KotaTangerang]);
        banten.Summary.KecamatanCoverage.Should().Be(KecamatanCoverage.Of(Banten, 2, RegionLevel.Regency));
        banten.Summary.Level.Should().Be(RegionLevel.Regency);
        all.Within(Tangerang).Rows.Should().BeEmpty("a kabupaten/kota lies in no kecamatan");
    }

    [Fact]
    public void Region_IsNullForTheWholeData()
    {
        TwoProvincesReport.Region.Should().BeNull();
    }

    [Fact]
    public void Within_TheNationOrAVillage_Throws()
    {
        ExactArgumentErrors.Throws<ArgumentException>(
            () => TwoProvincesReport.Within(RegionCode.Nation),
            "region",
            "A report can be restricted to a province, a kabupaten/kota or a kecamatan, not to '0' (Nation). (Parameter 'region')");
        ExactArgumentErrors.Throws<ArgumentException>(
            () => TwoProvincesReport.Within(new RegionCode(36, 3, 1, 2001)),
            "region",
            "A report can be restricted to a province, a kabupaten/kota or a kecamatan, not to '36.03.01.2001' (Village). (Parameter 'region')");
    }

    // Code changes (R24)

    /// <summary>
    /// Cisoka (36.03.05) renamed Serpong (36.74.01) from 26 December 2008, with Kresek (36.03) and Serpong Utara (36.74.02)
    /// beside them: each recorded in April 2012 and in April 2008.
    /// </summary>
    private static RecordingData Renamed()
    {
        var cisoka = new RegionCode(36, 3, 5);
        var serpong = new RegionCode(36, 74, 1);
        var serpongUtara = new RegionCode(36, 74, 2);
        var changes = RegionCodeChanges.CreateBuilder().Add(new RegionCodeChange(cisoka, serpong, new LocalDate(2008, 12, 26), RegionCodeChangeKind.Rename)).Build();
        return new ScenarioBuilder()
            .Kecamatan(cisoka, 10_000).Recorded(cisoka, Apr(10), 1_000).Recorded(cisoka, new LocalDate(2008, 4, 10), 700)
            .Kecamatan(Kresek, 8_000).Recorded(Kresek, Apr(10), 400).Recorded(Kresek, new LocalDate(2008, 4, 10), 100)
            .Kecamatan(serpong, 20_000).Recorded(serpong, Apr(10), 3_500).Recorded(serpong, new LocalDate(2008, 4, 10), 200)
            .Kecamatan(serpongUtara, 4_000).Recorded(serpongUtara, Apr(10), 600).Recorded(serpongUtara, new LocalDate(2008, 4, 10), 50)
            .Build() with { CodeChanges = changes };
    }

    [Fact]
    public void Within_ARetiredKecamatan_CountsWhereItsHistoryRollsUp_NotUnderItsOwnCode()
    {
        var cisoka = new RegionCode(36, 3, 5);
        var tangsel = new RegionCode(36, 74);
        var all = AttainmentReport.Calculate(Renamed(), April);

        var kotaTangsel = all.Within(tangsel);
        var kabupaten = all.Within(Regency);

        kotaTangsel.Rows.Select(r => r.Code).Should().BeEquivalentTo([cisoka, new RegionCode(36, 74, 1), new RegionCode(36, 74, 2)]);
        kotaTangsel.Summary.KecamatanCoverage.Should().Be(new KecamatanCoverage(tangsel, 2, RegionCatalogue.Kemendagri2025.CountKecamatan(tangsel)), "Cisoka's code is retired: it is not one of today's kecamatan");
        kotaTangsel.Summary.KecamatanCount.Should().Be(3, "its row stays a row");
        kabupaten.Rows.Select(r => r.Code).Should().Equal(Kresek);
        all.Within(cisoka).Rows.Should().BeEmpty("from its retirement Cisoka's history counts in Serpong's place");
        all.Within(new RegionCode(36, 74, 1)).Rows.Select(r => r.Code).Should().BeEquivalentTo([cisoka, new RegionCode(36, 74, 1)]);
    }

    [Fact]
    public void Within_BeforeTheRetirement_ACodeCountsUnderItsOwnRegion()
    {
        var cisoka = new RegionCode(36, 3, 5);
        var all = AttainmentReport.Calculate(Renamed(), new DateInterval(new LocalDate(2008, 4, 1), new LocalDate(2008, 4, 30)));

        all.Within(Regency).Rows.Select(r => r.Code).Should().BeEquivalentTo([cisoka, Kresek]);
        all.Within(new RegionCode(36, 74)).Rows.Select(r => r.Code).Should().BeEquivalentTo([new RegionCode(36, 74, 1), new RegionCode(36, 74, 2)]);
    }

    // RegionScope: which kecamatan a region holds, for the forecasts and the trend

    [Fact]
    public void RegionScope_KecamatanInside_InCodeOrder()
    {
        var data = Data();

        RegionScope.KecamatanInside(data, Banten, RegionLevel.Regency, AsOf).Should().Equal(Balaraja, Jayanti, Tangerang);
        RegionScope.KecamatanInside(data, RegionCode.Nation, RegionLevel.Kecamatan, AsOf).Should().Equal(data.KecamatanCodes);
        RegionScope.KecamatanInside(data, Cimenyan, RegionLevel.Kecamatan, AsOf).Should().Equal(Cimenyan);
    }

    [Fact]
    public void RegionScope_KecamatanInside_FollowsCodeChangesOnTheDate()
    {
        var data = Renamed();
        var cisoka = new RegionCode(36, 3, 5);
        var tangsel = new RegionCode(36, 74);

        RegionScope.KecamatanInside(data, tangsel, RegionLevel.Kecamatan, AsOf).Should().Equal(cisoka, new RegionCode(36, 74, 1), new RegionCode(36, 74, 2));
        RegionScope.KecamatanInside(data, tangsel, RegionLevel.Kecamatan, new LocalDate(2008, 12, 25)).Should().Equal(new RegionCode(36, 74, 1), new RegionCode(36, 74, 2));
        RegionScope.KecamatanInside(data, Regency, RegionLevel.Kecamatan, new LocalDate(2008, 12, 25)).Should().Equal(cisoka, Kresek);
    }

    [Fact]
    public void RegionScope_AVillage_Throws() =>
        ExactArgumentErrors.Throws<ArgumentException>(
            () => RegionScope.KecamatanInside(Data(), new RegionCode(36, 3, 1, 2001), RegionLevel.Village, AsOf),
            "region",
            "Region '36.03.01.2001' is a village; give a province, a kabupaten/kota or a kecamatan. (Parameter 'region')");

    [Theory]
    [InlineData(RegionLevel.Village, "Level Village is not between the region's (Province) and the data's (Kecamatan). (Parameter 'level')")]
    [InlineData(RegionLevel.Nation, "Level Nation is not between the region's (Province) and the data's (Kecamatan). (Parameter 'level')")]
    public void RegionScope_ALevelOutsideTheRange_Throws(RegionLevel level, string message) =>
        ExactArgumentErrors.Throws<ArgumentException>(() => RegionScope.KecamatanInside(Data(), Banten, level, AsOf), "level", message);

    [Fact]
    public void RegionScope_KecamatanLevelOfDataKeptPerKabupatenKota_Throws() =>
        ExactArgumentErrors.Throws<ArgumentException>(
            () => RegionScope.KecamatanInside(PerKabupatenKota(), Banten, RegionLevel.Kecamatan, AsOf),
            "level",
            "Level Kecamatan is not between the region's (Province) and the data's (Regency). (Parameter 'level')");

    [Fact]
    public void RegionScope_ARegionWithoutKecamatanInTheData_Throws()
    {
        ExactArgumentErrors.Throws<ArgumentException>(
            () => RegionScope.KecamatanInside(Data(), new RegionCode(36, 4), RegionLevel.Regency, AsOf),
            "region",
            "Region '36.04' has no kecamatan in this data. (Parameter 'region')");
        ExactArgumentErrors.Throws<ArgumentException>(
            () => RegionScope.KecamatanInside(Data(), Jatiuwung, RegionLevel.Kecamatan, AsOf),
            "region",
            "Region '36.71.02' has no kecamatan in this data. (Parameter 'region')");
    }

    // Properties

    /// <summary>
    /// For random data over several provinces and every region holding some of its kecamatan (and one holding none):
    /// the report of the region is the report's rows inside it, with their own figures, ranked among themselves, and a
    /// summary of them; and the region's roll-up is the same from the whole report or from the region's.
    /// </summary>
    [Property(MaxTest = 40 / Cases.Divisor)]
    public bool Property_WithinARegion_IsTheRowsInsideIt_RankedAmongThemselves(int seed)
    {
        var random = new RandomRegions(seed);
        var report = random.Report();
        var regions = new List<RegionCode> { new(11) };
        foreach (var level in (RegionLevel[])[RegionLevel.Province, RegionLevel.Regency, RegionLevel.Kecamatan])
        {
            regions.AddRange(random.RegionsAt(level));
        }

        foreach (var region in regions)
        {
            var within = report.Within(region);
            var inside = report.Rows.Where(r => region.Contains(r.Code)).OrderBy(r => r.Code).ToList();
            var rows = within.Rows.OrderBy(r => r.Code).ToList();
            bool holds =
                rows.Select(r => r.Code).SequenceEqual(inside.Select(r => r.Code))
                && rows.Zip(inside).All(p => p.First.Target == p.Second.Target && p.First.Totals == p.Second.Totals && p.First.Eligible == p.Second.Eligible && p.First.Band == p.Second.Band)
                && rows.Select(r => r.Rank).SequenceEqual(CompetitionRanks.Of([.. rows.Select(r => (r.Target, r.Realised, r.Eligible))]))
                && within.Rows.SequenceEqual(within.Rows.OrderBy(r => r.Rank is null).ThenBy(r => r.Rank).ThenBy(r => r.Code))
                && within.Summary.KecamatanCount == inside.Count
                && within.Summary.Target == inside.Sum(r => r.Target)
                && within.Summary.Realised == inside.Aggregate((long?)0, (s, r) => s + r.Realised)
                && within.Summary.Met == inside.Count(r => r.Met)
                && within.Findings.SequenceEqual(report.Findings.Where(f => region.Contains(f.Kecamatan)));
            if (!holds || inside.Count == 0)
            {
                if (!holds)
                {
                    return false;
                }

                continue;
            }

            var level = region.Level;
            var fromAll = LevelReport.Create(report, level).Rows.Single(r => r.Code == region);
            var fromRegion = LevelReport.Create(within, level).Rows.Single();
            if ((fromAll.Target, fromAll.Totals, fromAll.Eligible, fromAll.Coverage, fromAll.Shortfall, fromAll.Band, fromAll.Met, fromAll.Applicable)
                != (fromRegion.Target, fromRegion.Totals, fromRegion.Eligible, fromRegion.Coverage, fromRegion.Shortfall, fromRegion.Band, fromRegion.Met, fromRegion.Applicable)
                || fromRegion.Rank != (fromAll.Rank is null ? null : 1))
            {
                return false;
            }
        }

        return true;
    }
}
