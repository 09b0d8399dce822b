using System.Collections.Generic;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Targets;
using EktpDomain.Tests.Support;
using FluentAssertions;
using FluentAssertions.Execution;
using FsCheck.Xunit;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;
using static EktpDomain.Tests.Support.TwoProvinces;

namespace EktpDomain.Tests.Attainment;

/// <summary>
/// The roll-up's figures at every level (R3–R6, R12, R21): coverage, capacity, invitations, backlog and the shortfall
/// are sums over the region's kecamatan; band, rank, met and applicable are the region's own. Each expectation is
/// worked out from the kecamatan rows inside the region.
/// </summary>
public partial class RegionRollupTests
{
    public static TheoryData<RegionLevel> LevelsAboveTheKecamatan => [RegionLevel.Regency, RegionLevel.Province, RegionLevel.Nation];

    private static long? Sum(IEnumerable<long?> values) => values.Aggregate((long?)0, (sum, v) => sum + v);

    private static List<KecamatanAttainment> RowsIn(AttainmentReport report, RegionCode region) => [.. report.Rows.Where(r => region.Contains(r.Code))];

    /// <summary>The rounded shortfall of a kecamatan that missed its target; of the others, none.</summary>
    private static RoundedShortfall? MissedShortfall(KecamatanAttainment row) => row.ShortfallAttribution.HasShortfall ? row.ShortfallAttribution.Round() : null;

    /// <summary>Checks every summed figure of <paramref name="region"/> against the kecamatan rows inside it.</summary>
    private static void ShouldBeTheSumsOf(RegionRollup region, List<KecamatanAttainment> inside)
    {
        string because = region.Code.ToString();
        region.EligibleAtEnd.Should().Be(inside.Sum(r => r.EligibleAtEnd), because);
        region.Adjustment.Should().Be(Sum(inside.Select(r => r.Adjustment)), because);
        region.Coverage.Should().Be(Sum(inside.Select(r => r.Coverage)), because);
        region.CoveragePercent.Should().Be(region.Coverage is long c && region.EligibleAtEnd > 0 ? (decimal)c * 100 / region.EligibleAtEnd : null, because);
        region.Backlog.Should().Be(inside.Sum(r => r.Backlog), because);
        region.DeviceDays.Should().Be(Sum(inside.Select(r => r.DeviceDays)), because);
        region.OutageDeviceDays.Should().Be(Sum(inside.Select(r => r.OutageDeviceDays)), because);
        region.Capacity.Should().Be(Sum(inside.Select(r => r.Capacity)), because);
        var invited = inside.Where(r => r.Invitations is not null).Select(r => r.Invitations!.Value).ToList();
        region.Invitations.Should().Be(invited.Count == 0 ? null : new InvitationTotals(invited.Sum(i => i.Invited), invited.Sum(i => i.Attended)), because);
        region.RealisationUnknown.Should().Be(inside.Count(r => r.Target > 0 && r.Realised is null), because);

        var missed = inside.Select(MissedShortfall).OfType<RoundedShortfall>().ToList();
        var shortfall = region.Shortfall;
        shortfall.Shortfall.Should().Be(inside.Sum(r => r.Shortfall), because);
        shortfall.DataLoss.Should().Be(missed.Sum(s => s.DataLoss), because);
        shortfall.Outage.Should().Be(Sum(missed.Select(s => s.Outage)), because);
        shortfall.Demand.Should().Be(missed.Sum(s => s.Demand), because);
        shortfall.Service.Should().Be(Sum(missed.Select(s => s.Service)), because);
        shortfall.NoShow.Should().Be(Sum(missed.Select(s => s.NoShow)), because);
        shortfall.NotInvited.Should().Be(Sum(missed.Select(s => s.NotInvited)), because);
    }

    /// <summary>Checks a region's band, met and applicable flags against its own sums (R4, R21).</summary>
    private static void ShouldBeJudgedOnItsOwnSums(RegionRollup region, AttainmentBands bands)
    {
        string because = region.Code.ToString();
        region.IsApplicable.Should().Be(region.Target > 0 && region.Realised is not null, because);
        region.IsMet.Should().Be(region.IsApplicable && region.Realised >= region.Target, because);
        region.Band.Should().Be(
            region.Realised is long realised ? bands.Classify(realised, region.Target) : region.Target > 0 ? AttainmentBand.Unknown : AttainmentBand.NotApplicable,
            because);
    }

    [Theory]
    [MemberData(nameof(LevelsAboveTheKecamatan))]
    public void Levels_EachRegionsFigures_AreTheSumsOfItsKecamatan(RegionLevel level)
    {
        var report = TwoProvinces.Report();
        var nation = report.RollUp();

        using var scope = new AssertionScope();
        foreach (var region in nation.GetRegions(level))
        {
            ShouldBeTheSumsOf(region, RowsIn(report, region.Code));
            ShouldBeJudgedOnItsOwnSums(region, report.Options.Bands);
        }
    }

    [Fact]
    public void Levels_TheFixturesSums_ByHand()
    {
        var nation = TwoProvinces.Report().RollUp();
        var bandung = nation.Find(KabupatenBandung)!;
        var kota = nation.Find(KotaBandung)!;

        // Each kecamatan has one set over April's 20 working days; Cimenyan's server was down 9–12 April.
        bandung.DeviceDays.Should().Be(3 * 20 - bandung.OutageDeviceDays);
        bandung.OutageDeviceDays.Should().BeGreaterThan(0);
        kota.OutageDeviceDays.Should().Be(0);
        bandung.Invitations.Should().Be(new InvitationTotals(6_000, 5_200), "only Cimenyan sent invitations");
        kota.Invitations.Should().Be(new InvitationTotals(0, 0), "the log covers Sukasari, which invited no one");
        nation.Invitations.Should().Be(new InvitationTotals(6_000 + 3_000, 5_200 + 2_900));
        bandung.Coverage.Should().Be((40_000 / 3) + 7_200 + (40_000 / 3) + 5_000);
        bandung.Backlog.Should().Be(500, "Cimenyan's loss is not re-recorded");
        nation.Backlog.Should().Be(500 + 500 + 100);
        bandung.Adjustment.Should().Be(0, "the ledger has no adjustments");
    }

    [Fact]
    public void Shortfall_IsTheSumOfTheShortfallsOfTheKecamatanThatMissed_NotTheRegionsTargetLessItsRealisation()
    {
        var nation = TwoProvinces.Report().RollUp();
        var bandung = nation.Find(KabupatenBandung)!;

        bandung.IsMet.Should().BeTrue("12,200 realised of 12,000");
        bandung.Shortfall.Shortfall.Should().Be(6_000 - 5_000, "Cimenyan missed by 1,000; Cileunyi's 1,200 above its target does not make up for it");
        var banten = nation.Find(Banten)!;
        banten.Shortfall.Shortfall.Should().Be(3_000 - 2_700, "only Jayanti missed");
        nation.Shortfall.Shortfall.Should().Be(1_000 + (3_000 - 1_500) + 300);
    }

    [Theory]
    [MemberData(nameof(LevelsAboveTheKecamatan))]
    public void Shortfall_PartsAddUpToTheWhole(RegionLevel level)
    {
        foreach (var region in TwoProvinces.Report().RollUp().GetRegions(level))
        {
            var s = region.Shortfall;
            (s.DataLoss + s.Outage + s.Demand).Should().Be(s.Shortfall, region.Code.ToString());
            if (s.Service is long service)
            {
                (service + s.NoShow + s.NotInvited).Should().Be(s.Demand, region.Code.ToString());
            }
        }
    }

    [Fact]
    public void Shortfall_WithAnInventoryAndInvitations_EveryPartIsKnownForEveryRegion()
    {
        var nation = TwoProvinces.Report().RollUp();

        foreach (var region in nation.GetRegions(RegionLevel.Regency).Append(nation))
        {
            region.Shortfall.Outage.Should().NotBeNull(region.Code.ToString());
            region.Shortfall.Service.Should().NotBeNull(region.Code.ToString());
        }

        nation.Find(KotaBandung)!.Shortfall.NotInvited.Should().Be(3_000 - 1_500 - nation.Find(KotaBandung)!.Shortfall.DataLoss - nation.Find(KotaBandung)!.Shortfall.Outage, "Sukasari invited no one: all its demand is of residents not invited");
        nation.Find(KotaTangerang)!.Shortfall.Should().Be(nation.Find(Tangerang)!.Shortfall, "Tangerang met: every part is 0");
        nation.Find(KotaTangerang)!.Shortfall.Service.Should().Be(0);
    }

    [Fact]
    public void Shortfall_WithoutAnInventoryOrInvitations_TheseDontTellThePartsOfAMissedTarget_AndTheirFiguresAreNull()
    {
        var data = new ScenarioBuilder()
            .Kecamatan(Kresek, 10_000).Recorded(Kresek, Apr(10), 1_000)
            .Kecamatan(Kronjo, 10_000).Recorded(Kronjo, Apr(10), 2_000)
            .Kecamatan(Sukasari, 10_000).Recorded(Sukasari, Apr(10), 2_000)
            .Build();
        var report = AttainmentReport.Calculate(data, April);
        var nation = report.RollUp();

        var tangerang = nation.Find(Regency)!;
        tangerang.Shortfall.Outage.Should().BeNull("Kresek missed by 500 and there is no inventory to say why");
        tangerang.Shortfall.Shortfall.Should().Be(500);
        (tangerang.DeviceDays, tangerang.OutageDeviceDays, tangerang.Capacity).Should().Be(((long?)null, (long?)null, (long?)null));
        tangerang.Shortfall.Service.Should().BeNull("without invitations the parts of demand are not known");
        tangerang.Invitations.Should().BeNull();
        var kota = nation.Find(KotaBandung)!;
        (kota.Shortfall.Outage, kota.Shortfall.Service).Should().Be(((long?)0, (long?)0), "Sukasari met: no shortfall, so no unknown part");
        nation.Shortfall.Outage.Should().BeNull();
        ShouldBeTheSumsOf(tangerang, RowsIn(report, Regency));
    }

    [Fact]
    public void Band_IsTheRegionsOwn_ItsRealisationAgainstItsTarget()
    {
        var nation = TwoProvinces.Report().RollUp();

        nation.Find(JawaBarat)!.Band.Should().Be(AttainmentBand.Near, "13,700 of 15,000 is 0.91");
        nation.Find(KotaBandung)!.Band.Should().Be(AttainmentBand.Behind, "1,500 of 3,000 is exactly 0.5");
        nation.Find(Banten)!.Band.Should().Be(AttainmentBand.Met);
        nation.Find(TangerangRegency)!.Band.Should().Be(AttainmentBand.Met, "6,000 of 6,000, though Jayanti is behind");
        nation.Band.Should().Be(AttainmentBand.Near, "25,700 of 27,000");
    }

    [Fact]
    public void Rank_AmongTheRegionsOfItsLevel_TiesShareARank_AndTheNextSkips()
    {
        var report = TwoProvinces.Report();
        var nation = report.RollUp();

        foreach (var level in (RegionLevel[])[RegionLevel.Nation, RegionLevel.Province, RegionLevel.Regency])
        {
            var regions = nation.GetRegions(level).ToList();
            regions.Select(r => r.Rank).Should().Equal(CompetitionRanks.Of([.. regions.Select(r => (r.Target, r.Realised, r.Eligible))]), level.ToString());
        }

        nation.GetRegions(RegionLevel.Regency).Select(r => (r.Code, r.Rank)).Should().Equal(
            (KabupatenBandung, 1), (KotaBandung, 4), (TangerangRegency, 2), (KotaTangerang, (int?)2));
        foreach (var row in report.Rows)
        {
            nation.Find(row.Code)!.Rank.Should().Be(row.Rank, "a kecamatan keeps its rank in the report");
        }
    }

    [Fact]
    public void Unknown_ARegionWhoseKecamatanAllHaveUnknownRealisation_IsNeitherApplicableNorRanked()
    {
        var report = AttainmentReport.Calculate(WithUnknownKotaTangerang(), April);
        var nation = report.RollUp();

        var kota = nation.Find(KotaTangerang)!;
        (kota.Totals, kota.Realised, kota.Adjustment, kota.AttainmentRatio, kota.RealisedPercent).Should().Be(((LedgerTotals?)null, (long?)null, (long?)null, (Ratio?)null, (decimal?)null));
        (kota.Band, kota.Rank, kota.IsApplicable, kota.IsMet).Should().Be((AttainmentBand.Unknown, (int?)null, false, false));
        (kota.KecamatanCount, kota.Applicable, kota.Met, kota.RealisationUnknown).Should().Be((2, 0, 0, 2));
        kota.Coverage.Should().Be(20_000 + 9_000, "the coverage at the end of April is known from the snapshots of 30 and 15 April");
        kota.CoveragePercent.Should().Be(29_000m * 100 / 70_000);
        kota.Shortfall.Shortfall.Should().Be(0, "a kecamatan whose realisation is not known did not miss");
        ShouldBeTheSumsOf(kota, RowsIn(report, KotaTangerang));
    }

    [Fact]
    public void Unknown_ARegionWithSomeKecamatanOfUnknownRealisation_IsUnknownAsAWhole()
    {
        var report = AttainmentReport.Calculate(WithUnknownKotaTangerang(), April);
        var nation = report.RollUp();

        var banten = nation.Find(Banten)!;
        (banten.Realised, banten.Band, banten.Rank, banten.IsApplicable).Should().Be(((long?)null, AttainmentBand.Unknown, (int?)null, false));
        (banten.Applicable, banten.Met, banten.RealisationUnknown).Should().Be((2, 1, 2), "Balaraja and Jayanti are known, Balaraja met");
        banten.Shortfall.Shortfall.Should().Be(300, "Jayanti's");
        nation.Find(JawaBarat)!.Rank.Should().Be(1, "the only province with a known realisation");
        nation.Realised.Should().BeNull();
        nation.Rank.Should().BeNull();
        foreach (var level in (RegionLevel[])[RegionLevel.Province, RegionLevel.Regency])
        {
            foreach (var region in nation.GetRegions(level))
            {
                ShouldBeTheSumsOf(region, RowsIn(report, region.Code));
                ShouldBeJudgedOnItsOwnSums(region, report.Options.Bands);
            }
        }
    }

    [Fact]
    public void NotApplicable_ARegionWhoseKecamatanHaveNoTarget_HasNoBandNoRankAndIsNotMet()
    {
        var data = new ScenarioBuilder()
            .Kecamatan(Sukasari, 0).Recorded(Sukasari, Apr(10), 100)
            .Kecamatan(Cileunyi, 10_000).Recorded(Cileunyi, Apr(10), 1_000)
            .Build();
        var nation = AttainmentReport.Calculate(data, April).RollUp();

        var kota = nation.Find(KotaBandung)!;
        (kota.Target, kota.Realised).Should().Be((0L, (long?)100));
        (kota.Band, kota.Rank, kota.IsApplicable, kota.IsMet, kota.AttainmentRatio).Should().Be((AttainmentBand.NotApplicable, (int?)null, false, false, (Ratio?)null));
        (kota.Applicable, kota.RealisationUnknown, kota.Shortfall.Shortfall).Should().Be((0, 0, 0L));
        nation.Find(KabupatenBandung)!.Rank.Should().Be(1, "the rank skips no one for a region without a target");
    }

    [Fact]
    public void Rank_ARegionWithATargetButNoEligibleResidents_IsApplicableButNotRanked()
    {
        var data = new ScenarioBuilder()
            .Kecamatan(Sukasari, 0).Recorded(Sukasari, Apr(10), 900)
            .Kecamatan(Cileunyi, 10_000).Recorded(Cileunyi, Apr(10), 400)
            .Build();
        var nation = AttainmentReport.Calculate(data, April, new AttainmentOptions { TargetPolicy = TargetPolicy.Fixed(500) }).RollUp();

        var kota = nation.Find(KotaBandung)!;
        (kota.Target, kota.IsApplicable, kota.IsMet, kota.Band).Should().Be((500L, true, true, AttainmentBand.Met));
        (kota.RealisedPercent, kota.Rank).Should().Be(((decimal?)null, (int?)null));
        nation.Find(KabupatenBandung)!.Rank.Should().Be(1);
    }

    [Fact]
    public void KecamatanCoverage_OfPartialData_SaysHowManyOfTheCataloguesKecamatan()
    {
        var nation = TwoProvinces.Report().RollUp();
        var tangerang = nation.Find(TangerangRegency)!;
        int catalogued = RegionCatalogue.Kemendagri2025.CountKecamatan(TangerangRegency);

        tangerang.KecamatanCoverage.Should().Be(new KecamatanCoverage(TangerangRegency, 2, catalogued));
        tangerang.KecamatanCoverage.IsPartial.Should().BeTrue();
        tangerang.ToString().Should().Be($"36.03 Kabupaten Tangerang (2 of {catalogued} kecamatan): {tangerang.Met} of {tangerang.Applicable} met");
        nation.Find(Cimenyan)!.KecamatanCoverage.IsPartial.Should().BeFalse("a kecamatan is the whole of itself");
    }

    [Fact]
    public void Levels_DataKeptPerKabupatenKota_TheLeavesAreRegencies_AndTheCoverageCountsThem()
    {
        var report = AttainmentReport.Calculate(PerKabupatenKota(), April);
        var nation = report.RollUp();

        var banten = nation.Find(Banten)!;
        banten.UnitLevel.Should().Be(RegionLevel.Regency);
        banten.Children.Select(c => c.Code).Should().Equal(TangerangRegency, KotaTangerang);
        banten.Children.Should().OnlyContain(c => c.Children.IsEmpty);
        banten.KecamatanCoverage.Should().Be(KecamatanCoverage.Of(Banten, 2, RegionLevel.Regency));
        banten.ToString().Should().Be($"36 Banten (2 of {RegionCatalogue.Kemendagri2025.CountRegencies(Banten)} kabupaten/kota): {banten.Met} of {banten.Applicable} met");
        ShouldBeTheSumsOf(banten, RowsIn(report, Banten));
        ShouldBeJudgedOnItsOwnSums(banten, report.Options.Bands);
    }

    /// <summary>
    /// R3–R6, R12 and R21 up the hierarchy, for random data over several provinces (ledger and snapshots, with and
    /// without sets, with some invitations): every region's sums are those of the kecamatan inside it, its shortfall's
    /// parts add up, its band and flags are its own, and the regions of each level are ranked among themselves.
    /// </summary>
    [Property(MaxTest = 60 / Cases.Divisor)]
    public void Property_EveryRegionsFigures_AreSumsOfItsKecamatan_AndItsJudgementItsOwn(int seed)
    {
        var report = new RandomRegions(seed).Report();
        var nation = report.RollUp();

        using var scope = new AssertionScope($"seed {seed}");
        foreach (var level in (RegionLevel[])[RegionLevel.Nation, RegionLevel.Province, RegionLevel.Regency])
        {
            var regions = nation.GetRegions(level).ToList();
            regions.Select(r => r.Rank).Should().Equal(CompetitionRanks.Of([.. regions.Select(r => (r.Target, r.Realised, r.Eligible))]));
            foreach (var region in regions)
            {
                ShouldBeTheSumsOf(region, RowsIn(report, region.Code));
                ShouldBeJudgedOnItsOwnSums(region, report.Options.Bands);
                var s = region.Shortfall;
                (s.DataLoss + (s.Outage ?? 0) + s.Demand).Should().Be(s.Shortfall);
            }
        }
    }
}
