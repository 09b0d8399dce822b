using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using EktpDomain.Utility;
using FluentAssertions;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Recording;

/// <summary>
/// R20, R21: a series of cumulative snapshots, the last snapshot on or before a date, and a window's realisation from the
/// snapshots at its two edges.
/// </summary>
public class CoverageSeriesTests
{
    private static readonly LocalDate Mar31 = D(3, 31);

    /// <summary>
    /// Sukamulya: 100 recorded on 31 March, 90 on 10 April (10 removed by cleansing), 130 on 20 April.
    /// Sepatan Timur: 50 on 15 April, 80 on 31 May. Added out of order.
    /// </summary>
    private static CoverageSeries Series() => CoverageSeries.CreateBuilder([Sukamulya, SepatanTimur])
        .Add(D(5, 31), SepatanTimur, 500, 80, 420, SourceLocation.None)
        .Add(Apr(20), Sukamulya, 1_050, 130, 920, SourceLocation.None)
        .Add(Mar31, Sukamulya, 1_000, 100, 900, SourceLocation.None)
        .Add(Apr(15), SepatanTimur, 500, 50, null, SourceLocation.None)
        .Add(Apr(10), Sukamulya, 1_000, 90, null, SourceLocation.None)
        .Build();

    private static DateInterval Window(LocalDate start, LocalDate end) => new(start, end);

    [Fact]
    public void Series_Describes_ItsRegionsSnapshotsAndSpan()
    {
        var series = Series();

        series.Level.Should().Be(RegionLevel.Kecamatan);
        series.RegionCodes.Should().Equal(Sukamulya, SepatanTimur);
        series.Count.Should().Be(5);
        series.Span!.Start.Should().Be(Mar31);
        series.Span.End.Should().Be(D(5, 31));
        series.ToString().Should().Be("CoverageSeries: 2 kecamatan, 5 snapshots, 2012-03-31..2012-05-31");
    }

    [Fact]
    public void Contains_OnlyTheSeriesRegions()
    {
        var series = Series();

        series.Contains(Sukamulya).Should().BeTrue();
        series.Contains(SepatanTimur).Should().BeTrue();
        series.Contains(Kresek).Should().BeFalse();
        series.Contains(Regency).Should().BeFalse("the parent of the kecamatan is not a region of a kecamatan series");
        series.Contains(new RegionCode(36, 3, 27, 2001)).Should().BeFalse();
        series.Contains(RegionCode.Nation).Should().BeFalse();
    }

    [Fact]
    public void GetSnapshots_AreByDate_WithTheirFigures()
    {
        Series().GetSnapshots(Sukamulya).Should().Equal(
            new CoverageSnapshot(Sukamulya, Mar31, 1_000, 100, 900),
            new CoverageSnapshot(Sukamulya, Apr(10), 1_000, 90),
            new CoverageSnapshot(Sukamulya, Apr(20), 1_050, 130, 920));
    }

    [Fact]
    public void GetLatest_IsTheLastSnapshotOnOrBeforeTheDate()
    {
        var series = Series();

        series.GetLatest(Sukamulya, D(3, 30)).Should().BeNull("the first snapshot is later");
        series.GetLatest(Sukamulya, Mar31)!.Value.Date.Should().Be(Mar31, "a snapshot dated on the day counts");
        series.GetLatest(Sukamulya, Apr(9))!.Value.Recorded.Should().Be(100);
        series.GetLatest(Sukamulya, Apr(10))!.Value.Recorded.Should().Be(90);
        series.GetLatest(Sukamulya, Apr(19))!.Value.Recorded.Should().Be(90);
        series.GetLatest(Sukamulya, D(12, 31)).Should().Be(new CoverageSnapshot(Sukamulya, Apr(20), 1_050, 130, 920));
        series.GetLatest(SepatanTimur, Apr(14)).Should().BeNull();
        series.GetLatest(SepatanTimur, D(5, 30))!.Value.Date.Should().Be(Apr(15));
    }

    [Fact]
    public void UnknownRegion_ThrowsArgumentException_NamingIt()
    {
        var series = Series();
        const string Message = "The series has no snapshot of '36.03.06'. (Parameter 'region')";

        ExactArgumentErrors.Throws<ArgumentException>(() => series.GetSnapshots(Kresek), "region", Message);
        ExactArgumentErrors.Throws<ArgumentException>(() => series.GetLatest(Kresek, Apr(30)), "region", Message);
        ExactArgumentErrors.Throws<ArgumentException>(() => series.GetRealisation(Kresek, April), "region", Message);
        ExactArgumentErrors.Throws<ArgumentException>(() => series.GetRealisation(Regency, April), "region", "The series has no snapshot of '36.03'. (Parameter 'region')");
    }

    [Fact]
    public void GetRealisation_NullWindow_Throws() =>
        FluentActions.Invoking(() => Series().GetRealisation(Sukamulya, null!)).Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("window");

    [Fact]
    public void GetRealisation_Known_SumsIncreasesAsRealised_AndDecreasesAsAdjustment()
    {
        // 100 → 90 → 130: +40 realised, 10 adjusted; 40 − 10 = 130 − 100.
        var window = Window(Apr(1), Apr(30));
        var realisation = Series().GetRealisation(Sukamulya, window);

        realisation.Status.Should().Be(SnapshotRealisationStatus.Known);
        realisation.Window.Should().BeSameAs(window);
        realisation.Start.Should().Be(new CoverageSnapshot(Sukamulya, Mar31, 1_000, 100, 900));
        realisation.End.Should().Be(new CoverageSnapshot(Sukamulya, Apr(20), 1_050, 130, 920));
        realisation.Latest.Should().Be(realisation.End);
        realisation.Realised.Should().Be(40);
        realisation.Adjustment.Should().Be(10);
        realisation.StartLagDays.Should().Be(0, "the start edge is dated on the day before the window");
        realisation.EndLagDays.Should().Be(10, "20 April to 30 April");
        realisation.ToString().Should().Be("2012-03-31 → 2012-04-20: realised 40, adjustment 10");
    }

    [Fact]
    public void GetRealisation_OnlyIncreases_HasNoAdjustment()
    {
        // Sepatan Timur in May: 50 on 15 April (15 days before the window) → 80 on 31 May (the window's last day).
        var realisation = Series().GetRealisation(SepatanTimur, Window(D(5, 1), D(5, 31)));

        realisation.Status.Should().Be(SnapshotRealisationStatus.Known);
        realisation.Realised.Should().Be(30);
        realisation.Adjustment.Should().Be(0);
        realisation.StartLagDays.Should().Be(15, "15 April to 30 April");
        realisation.EndLagDays.Should().Be(0);
    }

    [Fact]
    public void GetRealisation_OnlyADecrease_IsRealisedZero()
    {
        // A one-day window on 10 April: 100 on 31 March → 90 on 10 April.
        var realisation = Series().GetRealisation(Sukamulya, Window(Apr(10), Apr(10)));

        realisation.Status.Should().Be(SnapshotRealisationStatus.Known);
        realisation.Start!.Value.Date.Should().Be(Mar31);
        realisation.End!.Value.Date.Should().Be(Apr(10));
        realisation.Realised.Should().Be(0);
        realisation.Adjustment.Should().Be(10);
        realisation.StartLagDays.Should().Be(9, "31 March to 9 April");
        realisation.EndLagDays.Should().Be(0);
        realisation.ToString().Should().Be("2012-03-31 → 2012-04-10: realised 0, adjustment 10");
    }

    [Fact]
    public void GetRealisation_SnapshotDatedOnTheWindowsFirstDay_IsInsideTheWindow_NotItsStartEdge()
    {
        var from10 = Series().GetRealisation(Sukamulya, Window(Apr(10), Apr(30)));
        var from11 = Series().GetRealisation(Sukamulya, Window(Apr(11), Apr(30)));

        from10.Start!.Value.Date.Should().Be(Mar31, "the snapshot of 10 April is inside a window starting on 10 April");
        from10.Realised.Should().Be(40);
        from10.Adjustment.Should().Be(10);
        from10.StartLagDays.Should().Be(9);

        from11.Start!.Value.Date.Should().Be(Apr(10), "dated on the day before the window: the start edge, lag 0");
        from11.StartLagDays.Should().Be(0);
        from11.Realised.Should().Be(40);
        from11.Adjustment.Should().Be(0);
    }

    [Fact]
    public void GetRealisation_Lags_AreDaysFromEachEdge()
    {
        // 5 April to 15 May: the start edge (31 March) is 4 days before 4 April; the end edge (20 April) 25 days before 15 May.
        var realisation = Series().GetRealisation(Sukamulya, Window(Apr(5), D(5, 15)));

        realisation.Start!.Value.Date.Should().Be(Mar31);
        realisation.End!.Value.Date.Should().Be(Apr(20));
        realisation.StartLagDays.Should().Be(4);
        realisation.EndLagDays.Should().Be(25);
        realisation.Realised.Should().Be(40);
        realisation.Adjustment.Should().Be(10);
    }

    [Fact]
    public void GetRealisation_NoSnapshotBeforeStart_IsNotKnown()
    {
        // Sepatan Timur's first snapshot is 15 April, inside April.
        var realisation = Series().GetRealisation(SepatanTimur, Window(Apr(1), Apr(30)));

        realisation.Status.Should().Be(SnapshotRealisationStatus.NoSnapshotBeforeStart);
        realisation.Start.Should().BeNull();
        realisation.End.Should().Be(new CoverageSnapshot(SepatanTimur, Apr(15), 500, 50));
        realisation.Latest.Should().Be(realisation.End);
        realisation.Realised.Should().BeNull();
        realisation.Adjustment.Should().BeNull();
        realisation.StartLagDays.Should().BeNull();
        realisation.EndLagDays.Should().Be(15);
        realisation.ToString().Should().Be("NoSnapshotBeforeStart");
    }

    [Fact]
    public void GetRealisation_FirstSnapshotOnTheWindowsFirstDay_HasNoStartEdge()
    {
        var realisation = Series().GetRealisation(Sukamulya, Window(Mar31, Apr(30)));

        realisation.Status.Should().Be(SnapshotRealisationStatus.NoSnapshotBeforeStart);
        realisation.End!.Value.Date.Should().Be(Apr(20));
        realisation.Realised.Should().BeNull();
    }

    [Fact]
    public void GetRealisation_WindowBeforeEverySnapshot_HasNoEdgeAndNoLatest()
    {
        var realisation = Series().GetRealisation(Sukamulya, Window(D(3, 1), D(3, 30)));

        realisation.Status.Should().Be(SnapshotRealisationStatus.NoSnapshotBeforeStart);
        realisation.Start.Should().BeNull();
        realisation.End.Should().BeNull();
        realisation.Latest.Should().BeNull();
        realisation.Realised.Should().BeNull();
        realisation.EndLagDays.Should().BeNull();
    }

    [Fact]
    public void GetRealisation_OnlyASnapshotBeforeTheWindow_IsNoSnapshotInWindow_WithLatestSet()
    {
        // Sukamulya in June: its last snapshot is 20 April.
        var realisation = Series().GetRealisation(Sukamulya, Window(D(6, 1), D(6, 30)));

        realisation.Status.Should().Be(SnapshotRealisationStatus.NoSnapshotInWindow);
        realisation.Start.Should().Be(new CoverageSnapshot(Sukamulya, Apr(20), 1_050, 130, 920));
        realisation.End.Should().BeNull();
        realisation.Latest.Should().Be(new CoverageSnapshot(Sukamulya, Apr(20), 1_050, 130, 920), "the coverage known at the window's end, from before it");
        realisation.Realised.Should().BeNull();
        realisation.Adjustment.Should().BeNull();
        realisation.StartLagDays.Should().Be(41, "20 April to 31 May");
        realisation.EndLagDays.Should().BeNull();
        realisation.ToString().Should().Be("NoSnapshotInWindow");
    }

    [Fact]
    public void GetRealisation_WindowBetweenSnapshots_IsNoSnapshotInWindow()
    {
        var realisation = Series().GetRealisation(Sukamulya, Window(Apr(11), Apr(19)));

        realisation.Status.Should().Be(SnapshotRealisationStatus.NoSnapshotInWindow);
        realisation.Start!.Value.Date.Should().Be(Apr(10));
        realisation.StartLagDays.Should().Be(0);
        realisation.Latest!.Value.Date.Should().Be(Apr(10));
    }

    [Fact]
    public void GetRealisation_IsAValue()
    {
        var series = Series();

        series.GetRealisation(Sukamulya, April).Should().Be(series.GetRealisation(Sukamulya, Window(Apr(2), Apr(30))));
        series.GetRealisation(Sukamulya, April).Should().NotBe(series.GetRealisation(Sukamulya, Window(Apr(1), Apr(30))), "the windows differ, though their start edges are the same snapshot");
    }

    [Fact]
    public void GetRealisation_UnchangedCoverage_IsRealisedZero()
    {
        var series = CoverageSeries.CreateBuilder().Add(Mar31, Sukamulya, 10, 5).Add(Apr(30), Sukamulya, 10, 5).Build();

        var realisation = series.GetRealisation(Sukamulya, April);

        realisation.Status.Should().Be(SnapshotRealisationStatus.Known);
        realisation.Realised.Should().Be(0);
        realisation.Adjustment.Should().Be(0);
    }

    [Fact]
    public void GetRealisation_OfAKabupatenKotaSeries()
    {
        var series = CoverageSeries.CreateBuilder()
            .Add(Mar31, Regency, 2_000_000, 1_000_000)
            .Add(Apr(15), Regency, 2_000_000, 1_200_000)
            .Add(Apr(30), Regency, 2_000_000, 1_150_000)
            .Build();

        var realisation = series.GetRealisation(Regency, April);

        realisation.Realised.Should().Be(200_000);
        realisation.Adjustment.Should().Be(50_000);
        series.ToString().Should().Be("CoverageSeries: 1 kabupaten/kota, 3 snapshots, 2012-03-31..2012-04-30");
        series.Contains(Sukamulya).Should().BeFalse();
    }

    [Fact]
    public void GetRealisation_IncreasesBeyond64Bits_ThrowOverflow_NamingTheRegion()
    {
        // 0 → max → 0 → max: each count fits, but the increases sum to twice the largest count.
        var series = CoverageSeries.CreateBuilder()
            .Add(Apr(1), Sukamulya, long.MaxValue, 0)
            .Add(Apr(2), Sukamulya, long.MaxValue, long.MaxValue)
            .Add(Apr(3), Sukamulya, long.MaxValue, 0)
            .Add(Apr(4), Sukamulya, long.MaxValue, long.MaxValue)
            .Build();

        series.GetRealisation(Sukamulya, Window(Apr(2), Apr(3))).Should().Match<SnapshotRealisation>(r => r.Realised == long.MaxValue && r.Adjustment == long.MaxValue);
        FluentActions.Invoking(() => series.GetRealisation(Sukamulya, Window(Apr(2), Apr(4))))
            .Should().ThrowExactly<OverflowException>().WithMessage("The realisation of 36.03.27 overflows a 64-bit count*");
    }

    [Fact]
    public void GetRealisation_DecreasesBeyond64Bits_ThrowOverflow_NamingTheAdjustment()
    {
        // max → 0 → max → 0: the decreases sum to twice the largest count before the increases do.
        var series = CoverageSeries.CreateBuilder()
            .Add(Apr(1), Sukamulya, long.MaxValue, long.MaxValue)
            .Add(Apr(2), Sukamulya, long.MaxValue, 0)
            .Add(Apr(3), Sukamulya, long.MaxValue, long.MaxValue)
            .Add(Apr(4), Sukamulya, long.MaxValue, 0)
            .Build();

        FluentActions.Invoking(() => series.GetRealisation(Sukamulya, Window(Apr(2), Apr(4))))
            .Should().ThrowExactly<OverflowException>().WithMessage("The adjustment of 36.03.27 overflows a 64-bit count*");
    }

    [Fact]
    public void Span_RunsFromTheEarliestFirstToTheLatestLastSnapshot_OfAnyRegion()
    {
        // The region listed first has the latest snapshot; the one listed last has the earliest.
        var series = CoverageSeries.CreateBuilder()
            .Add(Apr(10), Sukamulya, 10, 1)
            .Add(D(6, 30), Sukamulya, 10, 2)
            .Add(Mar31, SepatanTimur, 10, 1)
            .Add(Apr(20), SepatanTimur, 10, 2)
            .Build();

        series.Span!.Start.Should().Be(Mar31);
        series.Span.End.Should().Be(D(6, 30));
    }

    [Fact]
    public void CoverageIn_SumsTheRegionsInside_ButThoseToSkip()
    {
        var series = Series();
        int may31 = DayNumber.Of(D(5, 31));

        series.CoverageIn(Regency, may31).Should().Be(130 + 80);
        series.CoverageIn(Regency, may31, skip: c => c == Sukamulya).Should().Be(80);
        series.CoverageIn(Regency, may31, skip: c => c == Kresek).Should().Be(130 + 80);
        series.CoverageIn(Regency, DayNumber.Of(Apr(10)), skip: c => c == SepatanTimur).Should().Be(90, "Sepatan Timur's first snapshot is later, but it is skipped");
        series.CoverageIn(Regency, DayNumber.Of(Apr(10))).Should().BeNull("Sepatan Timur has no snapshot that early");
    }

    [Fact]
    public void ToPopulation_DatesEachSnapshotsEligibleOnItsDate()
    {
        var population = Series().ToPopulation();

        population.KecamatanCodes.Should().Equal(Sukamulya, SepatanTimur);
        population.GetHistory(Sukamulya).Should().Equal((Mar31, 1_000L), (Apr(10), 1_000L), (Apr(20), 1_050L));
        population.GetHistory(SepatanTimur).Should().Equal((Apr(15), 500L), (D(5, 31), 500L));
        population.GetEligible(Sukamulya, Apr(19)).Should().Be(1_000);
        population.GetEligible(Sukamulya, Apr(20)).Should().Be(1_050);
        population.GetEligible(Sukamulya, D(1, 1)).Should().Be(1_000, "R1: before the first value, the earliest");
    }

    [Fact]
    public void ToPopulation_OfAKabupatenKotaSeries_IsKeptPerKabupatenKota()
    {
        var series = CoverageSeries.CreateBuilder().Add(Mar31, Regency, 10, 5).Add(Mar31, new RegionCode(36, 71), 20, 25).Build();

        var population = series.ToPopulation();

        population.Level.Should().Be(RegionLevel.Regency);
        population.KecamatanCodes.Should().Equal(Regency, new RegionCode(36, 71));
        population.GetEligible(new RegionCode(36), Mar31).Should().Be(30);
        population.GetHistory(Regency).Should().Equal((Mar31, 10L));
    }

    [Fact]
    public void ToPopulation_OfAnEmptySeries_IsEmpty() =>
        CoverageSeries.CreateBuilder().Build().ToPopulation().KecamatanCodes.Should().BeEmpty();

    // Properties of R21, checked against a simple reference over random series.

    private static readonly LocalDate Origin = new(2012, 1, 1);

    /// <summary>A random series of one to three kecamatan: each has 1 to 12 snapshots on distinct days within 120 days, coverage going up and down.</summary>
    private static (CoverageSeries Series, Dictionary<RegionCode, List<CoverageSnapshot>> Snapshots) RandomSeries(Random random)
    {
        var regions = new[] { Kresek, Sukamulya, SepatanTimur }.Take(random.Next(1, 4)).ToList();
        var builder = CoverageSeries.CreateBuilder(regions);
        var all = new Dictionary<RegionCode, List<CoverageSnapshot>>();
        foreach (var region in regions)
        {
            var days = Enumerable.Range(0, random.Next(1, 13)).Select(_ => random.Next(0, 120)).Distinct().Order().ToList();
            long recorded = random.Next(0, 1_000);
            var own = new List<CoverageSnapshot>();
            foreach (int day in days)
            {
                recorded = Math.Max(0, recorded + random.Next(-300, 700));
                long eligible = random.Next(0, 3) == 0 ? recorded - random.Next(0, 50) : recorded + random.Next(0, 5_000);
                eligible = Math.Max(0, eligible);
                var snapshot = new CoverageSnapshot(region, Origin.PlusDays(day), eligible, recorded, random.Next(2) == 0 ? eligible - recorded : null);
                own.Add(snapshot);
            }

            // Added in random order: the series sorts them.
            foreach (var snapshot in own.OrderBy(_ => random.Next()))
            {
                builder.Add(snapshot.Date, snapshot.Region, snapshot.Eligible, snapshot.Recorded, snapshot.NotRecorded, SourceLocation.None);
            }

            all[region] = own;
        }

        return (builder.Build(), all);
    }

    /// <summary>R21 by hand: the edges, the latest snapshot, and the sums of the steps between the edges.</summary>
    private static bool MatchesReference(SnapshotRealisation actual, List<CoverageSnapshot> own, DateInterval window)
    {
        var start = own.LastOrDefault(s => s.Date <= window.Start.PlusDays(-1));
        bool hasStart = own.Any(s => s.Date <= window.Start.PlusDays(-1));
        var inWindow = own.Where(s => window.Contains(s.Date)).ToList();
        var latest = own.Where(s => s.Date <= window.End).ToList();
        var expectedStatus = !hasStart ? SnapshotRealisationStatus.NoSnapshotBeforeStart
            : inWindow.Count == 0 ? SnapshotRealisationStatus.NoSnapshotInWindow
            : SnapshotRealisationStatus.Known;
        if (actual.Status != expectedStatus
            || actual.Start != (hasStart ? (CoverageSnapshot?)start : null)
            || actual.End != (inWindow.Count > 0 ? (CoverageSnapshot?)inWindow[^1] : null)
            || actual.Latest != (latest.Count > 0 ? (CoverageSnapshot?)latest[^1] : null))
        {
            return false;
        }

        if (expectedStatus != SnapshotRealisationStatus.Known)
        {
            return actual.Realised is null && actual.Adjustment is null;
        }

        var path = own.Where(s => s.Date >= start.Date && s.Date <= inWindow[^1].Date).Select(s => s.Recorded).ToList();
        long up = 0, down = 0;
        for (int i = 1; i < path.Count; i++)
        {
            long step = path[i] - path[i - 1];
            up += Math.Max(0, step);
            down += Math.Max(0, -step);
        }

        return actual.Realised == up && actual.Adjustment == down
            && actual.StartLagDays == Period.DaysBetween(start.Date, window.Start) - 1
            && actual.EndLagDays == Period.DaysBetween(inWindow[^1].Date, window.End);
    }

    /// <summary>R21: for any window, the edges and sums agree with the reference; when known, realised − adjustment is the change in coverage between the edges, both zero or more.</summary>
    [Property(MaxTest = 300 / Cases.Divisor)]
    public bool Realisation_KnownIsTheChangeBetweenTheEdges(int seed)
    {
        var random = new Random(seed);
        var (series, snapshots) = RandomSeries(random);
        for (int n = 0; n < 20; n++)
        {
            var start = Origin.PlusDays(random.Next(-10, 130));
            var window = new DateInterval(start, start.PlusDays(random.Next(0, 60)));
            foreach (var region in series.RegionCodes)
            {
                var realisation = series.GetRealisation(region, window);
                if (!MatchesReference(realisation, snapshots[region], window))
                {
                    return false;
                }

                if (realisation.Status == SnapshotRealisationStatus.Known
                    && (realisation.Realised!.Value - realisation.Adjustment!.Value != realisation.End!.Value.Recorded - realisation.Start!.Value.Recorded
                        || realisation.Realised < 0 || realisation.Adjustment < 0))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// R21: a known window split where a snapshot is dated on the day before the second part: both parts are known,
    /// and their realisations and adjustments add up to the whole window's.
    /// </summary>
    [Property(MaxTest = 300 / Cases.Divisor)]
    public bool Realisation_SplitWindowsAddUp(int seed)
    {
        var random = new Random(seed);
        var (series, snapshots) = RandomSeries(random);
        foreach (var region in series.RegionCodes)
        {
            var own = snapshots[region];
            if (own.Count < 3)
            {
                continue;
            }

            // A start edge i, a split snapshot j and an end-edge snapshot k, i < j < k.
            int i = random.Next(0, own.Count - 2);
            int j = random.Next(i + 1, own.Count - 1);
            int k = random.Next(j + 1, own.Count);
            var start = own[i].Date.PlusDays(1 + random.Next(0, Period.DaysBetween(own[i].Date, own[j].Date)));   // (date i, date j]
            var split = own[j].Date.PlusDays(1);                                                                // the second window's first day
            var end = own[k].Date.PlusDays(random.Next(0, 10));

            var first = series.GetRealisation(region, new DateInterval(start, split.PlusDays(-1)));
            var second = series.GetRealisation(region, new DateInterval(split, end));
            var whole = series.GetRealisation(region, new DateInterval(start, end));
            if (first.Status != SnapshotRealisationStatus.Known || second.Status != SnapshotRealisationStatus.Known || whole.Status != SnapshotRealisationStatus.Known
                || first.End != own[j] || second.Start != own[j] || second.StartLagDays != 0
                || whole.Realised != first.Realised + second.Realised
                || whole.Adjustment != first.Adjustment + second.Adjustment)
            {
                return false;
            }
        }

        return true;
    }
}
