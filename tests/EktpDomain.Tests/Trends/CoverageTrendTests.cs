using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using EktpDomain.Trends;
using FluentAssertions;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Trends;

/// <summary>
/// Coverage month by month (R3 from the ledger, R21 from snapshots, R22 for the eligible count): each kecamatan's
/// months, the total region's sums, and the arguments.
/// </summary>
public class CoverageTrendTests
{
    private static readonly YearMonth Dec2011 = new(2011, 12);
    private static readonly YearMonth Jan = new(2012, 1);
    private static readonly YearMonth Feb = new(2012, 2);
    private static readonly YearMonth Mar = new(2012, 3);
    private static readonly YearMonth Apr2012 = new(2012, 4);

    /// <summary>
    /// Kresek from the ledger: 2,000 before the range; January +1,000; February 500 − 300 + 100 = +300; March a loss
    /// of 400 (−400); April a re-recording of 100. Eligible 40,000, then 44,000 from 15 March and 45,000 from 30 April.
    /// </summary>
    private static RecordingData Ledger()
    {
        var population = EligiblePopulation.CreateBuilder()
            .Add(Kresek, 40_000)
            .Add(Kresek, D(3, 15), 44_000)
            .Add(Kresek, D(4, 30), 45_000)
            .Build();
        var ledger = RecordingLedger.CreateBuilder(population.KecamatanCodes).AddRange(
        [
            new LedgerEntry(new LocalDate(2011, 12, 20), Kresek, LedgerEntryKind.Recorded, 2_000),
            new LedgerEntry(D(1, 10), Kresek, LedgerEntryKind.Recorded, 1_000),
            new LedgerEntry(D(2, 5), Kresek, LedgerEntryKind.Recorded, 500),
            new LedgerEntry(D(2, 5), Kresek, LedgerEntryKind.Lost, 300),
            new LedgerEntry(D(2, 5), Kresek, LedgerEntryKind.Rerecorded, 100),
            new LedgerEntry(D(3, 15), Kresek, LedgerEntryKind.Lost, 400),
            new LedgerEntry(D(4, 2), Kresek, LedgerEntryKind.Rerecorded, 100),
        ]).Build();
        return new RecordingData(population, ledger);
    }

    /// <summary>
    /// Sukamulya: 10,000 (31 Dec), 12,000 (31 Jan), 11,000 (20 Feb, after cleansing), 15,000 (31 Mar), 41,000 eligible.
    /// Kresek: 20,000 (31 Jan), 24,000 (31 Mar), 40,000 eligible: nothing before January, nothing in February.
    /// </summary>
    private static RecordingData Snapshots() => RecordingData.FromSnapshots(CoverageSeries.CreateBuilder()
        .Add(new LocalDate(2011, 12, 31), Sukamulya, 41_000, 10_000)
        .Add(D(1, 31), Sukamulya, 41_000, 12_000)
        .Add(D(2, 20), Sukamulya, 41_000, 11_000)
        .Add(D(3, 31), Sukamulya, 41_000, 15_000)
        .Add(D(1, 31), Kresek, 40_000, 20_000)
        .Add(D(3, 31), Kresek, 40_000, 24_000)
        .Build());

    /// <summary>
    /// Kresek from the ledger (+1,000 in January, +500 in February, a loss of 200 in March), Sukamulya from snapshots
    /// (12,000 on 31 January, 11,500 on 29 February, 15,000 on 31 March); 40,000 and 41,000 eligible, undated.
    /// </summary>
    private static RecordingData Mixed()
    {
        var population = EligiblePopulation.CreateBuilder().Add(Kresek, 40_000).Add(Sukamulya, 41_000).Build();
        var ledger = RecordingLedger.CreateBuilder(population.KecamatanCodes).AddRange(
        [
            new LedgerEntry(D(1, 10), Kresek, LedgerEntryKind.Recorded, 1_000),
            new LedgerEntry(D(2, 10), Kresek, LedgerEntryKind.Recorded, 500),
            new LedgerEntry(D(3, 10), Kresek, LedgerEntryKind.Lost, 200),
        ]).Build();
        var series = CoverageSeries.CreateBuilder()
            .Add(D(1, 31), Sukamulya, 41_000, 12_000)
            .Add(D(2, 29), Sukamulya, 41_000, 11_500)
            .Add(D(3, 31), Sukamulya, 41_000, 15_000)
            .Build();
        return new RecordingData(population, ledger) { Snapshots = series };
    }

    private static (long? Coverage, long? Realised, long? Adjustment) Figures(TrendMonth month) => (month.Coverage, month.Realised, month.Adjustment);

    // From the ledger (R3)

    [Fact]
    public void Ledger_EachMonthIsTheNetOfR3_WithNoAdjustment_AndTheCoverageAtTheMonthsEnd()
    {
        var trend = CoverageTrend.Calculate(Ledger(), Jan, Apr2012);

        trend.Months.Should().Equal(Jan, Feb, Mar, Apr2012);
        var kresek = trend.Rows.Should().ContainSingle().Which;
        kresek.Region.Should().Be(Kresek);
        kresek.Name.Should().Be("Kresek");
        kresek.Months.Select(m => m.Month).Should().Equal(Jan, Feb, Mar, Apr2012);
        kresek.Months.Select(m => m.Realised).Should().Equal(1_000, 300, -400, 100);
        kresek.Months.Select(m => m.Adjustment).Should().Equal(0, 0, 0, 0);
        kresek.Months.Select(m => m.Coverage).Should().Equal(3_000, 3_300, 2_900, 3_000);
        kresek.Months.Should().OnlyContain(m => m.Snapshots == null, "a ledger kecamatan has no snapshot edges");
        kresek.Realised.Should().Be(1_000, "3,000 at the end of April less 2,000 at the end of December");
        kresek.Adjustment.Should().Be(0);
        kresek.MonthsUnknown.Should().Be(0);
    }

    [Fact]
    public void Ledger_EligibleIsTheCountInEffectOnTheMonthsLastDay()
    {
        var kresek = CoverageTrend.Calculate(Ledger(), Jan, Apr2012).Rows[0];

        kresek.Months.Select(m => m.Eligible).Should().Equal(40_000, 40_000, 44_000, 45_000);
        kresek.Months[0].CoveragePercent.Should().Be(7.5m);
        kresek.Months[1].CoveragePercent.Should().Be(8.25m);
        kresek.Months[2].CoveragePercent.Should().BeApproximately(6.5909090909m, 0.0000000001m, "2,900 of the 44,000 in effect from 15 March");
        kresek.Months[3].CoveragePercent.Should().BeApproximately(6.6666666667m, 0.0000000001m, "3,000 of the 45,000 dated on 30 April, the month's last day");
    }

    [Fact]
    public void Ledger_AKecamatanWithoutEntries_HasZeroEveryMonth()
    {
        var data = new ScenarioBuilder().Kecamatan(Kresek, 40_000).Kecamatan(Sukamulya, 41_000).Recorded(Sukamulya, D(2, 1), 700).Build();

        var kresek = CoverageTrend.Calculate(data, Jan, Feb).Rows.Single(r => r.Region == Kresek);

        kresek.Months.Select(Figures).Should().Equal((0L, 0L, 0L), (0L, 0L, 0L));
        kresek.Months.Select(m => m.CoveragePercent).Should().Equal(0m, 0m);
        kresek.Realised.Should().Be(0);
    }

    [Fact]
    public void SingleKecamatan_TheTotalIsTheRowItself()
    {
        var trend = CoverageTrend.Calculate(Ledger(), Jan, Apr2012);

        trend.Total.Should().BeSameAs(trend.Rows[0]);
        trend.KecamatanCoverage.Region.Should().Be(Kresek);
        trend.KecamatanCoverage.Covered.Should().Be(1);
        trend.KecamatanCoverage.IsPartial.Should().BeFalse();
        trend.GetName(Kresek).Should().Be("Kresek");
    }

    [Fact]
    public void ToStrings_ForDebugging()
    {
        var trend = CoverageTrend.Calculate(Ledger(), Jan, Apr2012);

        trend.Rows[0].ToString().Should().Be("36.03.06 Kresek: 4 months");
        trend.Rows[0].Months[2].ToString().Should().Be("2012-03: coverage 2900 of 44000, realised -400, adjustment 0");
        CoverageTrend.Calculate(Snapshots(), Jan, Jan).Rows.Single(r => r.Region == Kresek).Months[0].ToString()
            .Should().Be("2012-01: coverage 20000 of 40000, realised n/a, adjustment n/a");
    }

    // From snapshots (R21)

    [Fact]
    public void Snapshots_KnownMonth_RealisesTheIncreasesBetweenTheEdges()
    {
        var sukamulya = CoverageTrend.Calculate(Snapshots(), Jan, Mar).Rows.Single(r => r.Region == Sukamulya);

        var january = sukamulya.Months[0];
        january.Realised.Should().Be(2_000, "12,000 on 31 January less 10,000 on 31 December");
        january.Adjustment.Should().Be(0);
        january.Coverage.Should().Be(12_000);
        january.Eligible.Should().Be(41_000);
        january.Snapshots!.Status.Should().Be(SnapshotRealisationStatus.Known);
        january.Snapshots.Start!.Value.Date.Should().Be(new LocalDate(2011, 12, 31));
        january.Snapshots.End!.Value.Date.Should().Be(D(1, 31));
        january.Snapshots.StartLagDays.Should().Be(0, "31 December is the day before January");
        january.Snapshots.EndLagDays.Should().Be(0);
    }

    [Fact]
    public void Snapshots_ADecrease_IsAnAdjustment_AndTheLagsSayHowFarTheEdgesLie()
    {
        var sukamulya = CoverageTrend.Calculate(Snapshots(), Jan, Mar).Rows.Single(r => r.Region == Sukamulya);

        var february = sukamulya.Months[1];
        february.Realised.Should().Be(0, "coverage only fell in February");
        february.Adjustment.Should().Be(1_000, "12,000 → 11,000 after cleansing");
        february.Coverage.Should().Be(11_000);
        february.Snapshots!.End!.Value.Date.Should().Be(D(2, 20));
        february.Snapshots.EndLagDays.Should().Be(9, "20 to 29 February");

        var march = sukamulya.Months[2];
        march.Realised.Should().Be(4_000);
        march.Adjustment.Should().Be(0);
        march.Snapshots!.Start!.Value.Date.Should().Be(D(2, 20));
        march.Snapshots.StartLagDays.Should().Be(9, "the start edge is 20 February, 9 days before 29 February");
        march.Snapshots.EndLagDays.Should().Be(0);

        sukamulya.Realised.Should().Be(6_000);
        sukamulya.Adjustment.Should().Be(1_000);
        (sukamulya.Realised - sukamulya.Adjustment).Should().Be(15_000 - 10_000);
        sukamulya.MonthsUnknown.Should().Be(0);
    }

    [Fact]
    public void Snapshots_NoSnapshotBeforeTheMonth_RealisationUnknown_CoverageKnown()
    {
        var kresek = CoverageTrend.Calculate(Snapshots(), Jan, Mar).Rows.Single(r => r.Region == Kresek);

        var january = kresek.Months[0];
        january.Realised.Should().BeNull("the first snapshot is of 31 January: nothing says what coverage was before January");
        january.Adjustment.Should().BeNull();
        january.Coverage.Should().Be(20_000);
        january.CoveragePercent.Should().Be(50m);
        january.Snapshots!.Status.Should().Be(SnapshotRealisationStatus.NoSnapshotBeforeStart);
        january.Snapshots.Start.Should().BeNull();
        january.Snapshots.StartLagDays.Should().BeNull();
    }

    [Fact]
    public void Snapshots_NoSnapshotInTheMonth_RealisationUnknown_CoverageFromTheLastBefore()
    {
        var kresek = CoverageTrend.Calculate(Snapshots(), Jan, Mar).Rows.Single(r => r.Region == Kresek);

        var february = kresek.Months[1];
        february.Realised.Should().BeNull("no snapshot is dated in February");
        february.Adjustment.Should().BeNull();
        february.Coverage.Should().Be(20_000, "the snapshot of 31 January is still the latest at the end of February");
        february.Snapshots!.Status.Should().Be(SnapshotRealisationStatus.NoSnapshotInWindow);
        february.Snapshots.End.Should().BeNull();
        february.Snapshots.EndLagDays.Should().BeNull();

        var march = kresek.Months[2];
        march.Realised.Should().Be(4_000);
        march.Snapshots!.StartLagDays.Should().Be(29, "the start edge is 31 January, 29 days before 29 February");
        kresek.Realised.Should().BeNull();
        kresek.Adjustment.Should().BeNull();
        kresek.MonthsUnknown.Should().Be(2);
    }

    [Fact]
    public void Snapshots_BeforeTheFirstSnapshot_CoverageUnknownToo()
    {
        var kresek = CoverageTrend.Calculate(Snapshots(), Dec2011, Dec2011).Rows.Single(r => r.Region == Kresek);

        var december = kresek.Months.Should().ContainSingle().Which;
        december.Coverage.Should().BeNull();
        december.CoveragePercent.Should().BeNull();
        december.Realised.Should().BeNull();
        december.Eligible.Should().Be(40_000, "before every dated count, the earliest applies (R1)");
    }

    [Fact]
    public void Snapshots_TheEligibleCountOfEachSnapshot_FromItsDate()
    {
        var data = RecordingData.FromSnapshots(CoverageSeries.CreateBuilder()
            .Add(D(1, 31), Kresek, 40_000, 20_000)
            .Add(D(2, 15), Kresek, 42_000, 21_000)
            .Add(D(3, 31), Kresek, 44_000, 22_000)
            .Build());

        var kresek = CoverageTrend.Calculate(data, Jan, Mar).Rows[0];

        kresek.Months.Select(m => m.Eligible).Should().Equal(40_000, 42_000, 44_000);
        kresek.Months[2].CoveragePercent.Should().Be(50m, "22,000 of the 44,000 published with it");
    }

    // Mixed data, the total region

    [Fact]
    public void Mixed_EachKecamatanFromItsOwnSource()
    {
        var trend = CoverageTrend.Calculate(Mixed(), Jan, Mar);

        var kresek = trend.Rows.Single(r => r.Region == Kresek);
        kresek.Months.Select(Figures).Should().Equal((1_000L, 1_000L, 0L), (1_500L, 500L, 0L), (1_300L, -200L, 0L));
        kresek.Months.Should().OnlyContain(m => m.Snapshots == null);

        var sukamulya = trend.Rows.Single(r => r.Region == Sukamulya);
        sukamulya.Months.Select(Figures).Should().Equal((12_000L, null, null), (11_500L, 0L, 500L), (15_000L, 3_500L, 0L));
        sukamulya.Months.Should().OnlyContain(m => m.Snapshots != null);
        sukamulya.Months.Select(m => m.Eligible).Should().Equal(41_000, 41_000, 41_000);
    }

    [Fact]
    public void Total_IsTheSumOfTheKecamatanEachMonth_AndUnknownWhenOneIsUnknown()
    {
        var trend = CoverageTrend.Calculate(Mixed(), Dec2011, Mar);

        trend.Rows.Select(r => r.Region).Should().Equal(Kresek, Sukamulya);
        var total = trend.Total;
        total.Region.Should().Be(Regency);
        total.Name.Should().Be("Kabupaten Tangerang");
        total.Months.Select(m => m.Month).Should().Equal(Dec2011, Jan, Feb, Mar);
        total.Months.Select(m => m.Eligible).Should().Equal(81_000, 81_000, 81_000, 81_000);
        total.Months.Select(Figures).Should().Equal(
            (null, null, null),
            (13_000L, null, null),
            (13_000L, 500L, 500L),
            (16_300L, 3_300L, 0L));
        total.Months[0].CoveragePercent.Should().BeNull("Sukamulya has no snapshot by the end of December");
        total.Months[3].CoveragePercent.Should().BeApproximately(20.1234567901m, 0.0000000001m, "16,300 of 81,000");
        total.Months.Should().OnlyContain(m => m.Snapshots == null, "a region above the kecamatan has no edges of its own");
        total.Realised.Should().BeNull();
        total.Adjustment.Should().BeNull();
        total.MonthsUnknown.Should().Be(2);

        var kresek = trend.Rows[0];
        kresek.Months[0].Should().Match<TrendMonth>(m => m.Coverage == 0 && m.Realised == 0);
        kresek.Realised.Should().Be(1_300);
        kresek.Adjustment.Should().Be(0);
        kresek.MonthsUnknown.Should().Be(0);
        trend.Rows[1].MonthsUnknown.Should().Be(2);
        trend.KecamatanCoverage.Should().Be(new EktpDomain.Regions.KecamatanCoverage(Regency, 2, 29));
        trend.GetName(Regency).Should().Be("Kabupaten Tangerang");
    }

    [Fact]
    public void Total_KnownMonths_SumRealisedAndAdjustmentOverTheRange()
    {
        var trend = CoverageTrend.Calculate(Mixed(), Feb, Mar);

        trend.Total.Realised.Should().Be(3_800, "500 and 3,300");
        trend.Total.Adjustment.Should().Be(500);
        trend.Total.MonthsUnknown.Should().Be(0);
    }

    [Fact]
    public void Total_OfKecamatanInTwoProvinces_IsTheNation()
    {
        var data = new ScenarioBuilder().Kecamatan(Kresek, 40_000).Kecamatan(new RegionCode(32, 1, 1), 30_000).Build();

        var trend = CoverageTrend.Calculate(data, Jan, Jan);

        trend.Total.Region.Should().Be(RegionCode.Nation);
        trend.Total.Months[0].Eligible.Should().Be(70_000);
        trend.Rows.Should().HaveCount(2);
    }

    [Fact]
    public void OneMonth_TrendHasOneMonth()
    {
        var trend = CoverageTrend.Calculate(Snapshots(), Mar, Mar);

        trend.Months.Should().Equal(Mar);
        trend.Total.Months.Select(Figures).Should().Equal((39_000L, 8_000L, 0L));
    }

    // Arguments

    [Fact]
    public void Calculate_NullData_Throws() =>
        ExactArgumentErrors.Throws<ArgumentNullException>(() => CoverageTrend.Calculate(null!, Jan, Mar), "data", "Value cannot be null. (Parameter 'data')");

    [Fact]
    public void Calculate_NoKecamatan_Throws()
    {
        var population = EligiblePopulation.CreateBuilder().Build();
        var data = new RecordingData(population, RecordingLedger.CreateBuilder(population.KecamatanCodes).Build());

        ExactArgumentErrors.Throws<ArgumentException>(() => CoverageTrend.Calculate(data, Jan, Mar), "data", "The data has no kecamatan to follow. (Parameter 'data')");
    }

    [Fact]
    public void Calculate_LastMonthBeforeTheFirst_Throws() =>
        ExactArgumentErrors.Throws<ArgumentException>(() => CoverageTrend.Calculate(Ledger(), Apr2012, Mar), "to", "The last month 2012-03 is before the first 2012-04. (Parameter 'to')");

    [Fact]
    public void Calculate_MoreThanMaxMonths_Throws_ButExactlyMaxMonthsIsFine()
    {
        CoverageTrend.MaxMonths.Should().Be(1200);
        var data = Ledger();

        ExactArgumentErrors.Throws<ArgumentOutOfRangeException>(
            () => CoverageTrend.Calculate(data, new YearMonth(1912, 12), new YearMonth(2012, 12)),
            "to",
            ExactArgumentErrors.WithValue("to ('1201') must be less than or equal to '1200'.", "to", 1201));
        var longest = CoverageTrend.Calculate(data, new YearMonth(1913, 1), new YearMonth(2012, 12));
        longest.Months.Should().HaveCount(1200);
        longest.Months[^1].Should().Be(new YearMonth(2012, 12));
        longest.Rows[0].Months[^1].Coverage.Should().Be(3_000);
    }

    [Fact]
    public void Calculate_MonthsOutsideTheIsoCalendar_Throw()
    {
        var julian = new YearMonth(2012, 1, CalendarSystem.Julian);

        ExactArgumentErrors.Throws<ArgumentException>(() => CoverageTrend.Calculate(Ledger(), julian, Mar), "from", "The first month 2012-01 is in the Julian calendar, but the library takes ISO dates only: convert it with WithCalendar(CalendarSystem.Iso). (Parameter 'from')");
        ExactArgumentErrors.Throws<ArgumentException>(() => CoverageTrend.Calculate(Ledger(), Jan, new YearMonth(2012, 3, CalendarSystem.Julian)), "to", "The last month 2012-03 is in the Julian calendar, but the library takes ISO dates only: convert it with WithCalendar(CalendarSystem.Iso). (Parameter 'to')");
    }

    // Properties

    /// <summary>
    /// R3 over months: for ledger data the monthly realisations add up to the change in coverage over the range, and
    /// each month is the attainment report of that calendar month.
    /// </summary>
    [Property(MaxTest = 60 / Cases.Divisor)]
    public bool Ledger_MonthsSumToTheCoverageChange_AndEachMonthIsTheAttainmentReportOfTheMonth(int seed)
    {
        var random = new Random(seed);
        var kecamatan = RandomLedgers.Kecamatan(random, 4);
        var population = EligiblePopulation.CreateBuilder();
        foreach (var code in kecamatan)
        {
            population.Add(code, random.Next(0, 50_000));
            if (random.Next(2) == 0)
            {
                population.Add(code, RandomLedgers.Start.PlusDays(random.Next(0, 400)), random.Next(0, 50_000));
            }
        }

        var built = population.Build();
        var ledger = RecordingLedger.CreateBuilder(built.KecamatanCodes).AddRange(RandomLedgers.Entries(random, kecamatan, days: 400)).Build();
        var data = new RecordingData(built, ledger);
        var from = new YearMonth(2011, 11).PlusMonths(random.Next(0, 15));
        var to = from.PlusMonths(random.Next(0, 6));
        var before = from.ToDateInterval().Start.PlusDays(-1);
        var end = to.ToDateInterval().End;

        var trend = CoverageTrend.Calculate(data, from, to);

        bool sums = trend.Rows.Append(trend.Total).All(r =>
            r.Realised == r.Months.Sum(m => m.Realised!.Value)
            && r.Realised == data.GetCoverage(r.Region, end) - data.GetCoverage(r.Region, before)
            && r.Adjustment == 0
            && r.MonthsUnknown == 0);
        return sums && MatchesTheAttainmentReports(data, trend);
    }

    /// <summary>
    /// R21 over months, snapshots and a ledger mixed: each month is the attainment report of that calendar month, and a
    /// known month's realisation less its adjustment is the change between its edges.
    /// </summary>
    [Property(MaxTest = 60 / Cases.Divisor)]
    public bool Snapshots_EachMonthIsTheAttainmentReportOfTheMonth_AndKnownMonthsNetTheirEdges(int seed)
    {
        var random = new Random(seed);
        var kecamatan = RandomLedgers.Kecamatan(random, 5);
        var population = EligiblePopulation.CreateBuilder();
        var series = CoverageSeries.CreateBuilder();
        var ledgerKecamatan = new List<RegionCode>();
        foreach (var code in kecamatan)
        {
            population.Add(code, random.Next(1, 50_000));
            if (random.Next(3) == 0)
            {
                ledgerKecamatan.Add(code);
                continue;
            }

            long recorded = random.Next(0, 20_000);
            var days = Enumerable.Range(0, random.Next(1, 12)).Select(_ => RandomLedgers.Start.PlusDays(random.Next(-60, 400))).Distinct().Order();
            foreach (var day in days)
            {
                // Mostly up, now and then down (cleansing), never below zero.
                recorded = Math.Max(0, recorded + random.Next(-1_500, 4_000));
                series.Add(day, code, random.Next(10_000, 50_000), recorded);
            }
        }

        var built = population.Build();
        var ledger = RecordingLedger.CreateBuilder(built.KecamatanCodes).AddRange(RandomLedgers.Entries(random, ledgerKecamatan, days: 400)).Build();
        var data = new RecordingData(built, ledger) { Snapshots = series.Build() };
        var from = new YearMonth(2011, 11).PlusMonths(random.Next(0, 15));
        var to = from.PlusMonths(random.Next(0, 6));

        var trend = CoverageTrend.Calculate(data, from, to);

        bool edges = trend.Rows.SelectMany(r => r.Months).Where(m => m.Snapshots is { Status: SnapshotRealisationStatus.Known }).All(m =>
            m.Realised - m.Adjustment == m.Snapshots!.End!.Value.Recorded - m.Snapshots.Start!.Value.Recorded
            && m.Coverage == m.Snapshots.End.Value.Recorded
            && m.Adjustment >= 0);
        bool unknown = trend.Rows.All(r => r.MonthsUnknown == r.Months.Count(m => m.Realised is null) && (r.Realised is null) == (r.MonthsUnknown > 0));
        return edges && unknown && MatchesTheAttainmentReports(data, trend);
    }

    /// <summary>Every kecamatan's month equals its row in the attainment report of that calendar month; every total month is the sum of its kecamatan's.</summary>
    private static bool MatchesTheAttainmentReports(RecordingData data, CoverageTrend trend)
    {
        for (int i = 0; i < trend.Months.Length; i++)
        {
            var report = AttainmentReport.Calculate(data, trend.Months[i].ToDateInterval());
            foreach (var row in trend.Rows)
            {
                var month = row.Months[i];
                var expected = report[row.Region];
                if (month.Month != trend.Months[i] || month.Realised != expected.Realised || month.Adjustment != expected.Adjustment
                    || month.Coverage != expected.Coverage || month.Eligible != expected.EligibleAtEnd
                    || month.CoveragePercent != expected.CoveragePercent || month.Snapshots != expected.Snapshots)
                {
                    return false;
                }
            }

            var own = trend.Rows.Select(r => r.Months[i]).ToList();
            var total = trend.Total.Months[i];
            long? Sum(Func<TrendMonth, long?> figure) => own.Any(m => figure(m) is null) ? null : own.Sum(m => figure(m)!.Value);
            if (total.Eligible != own.Sum(m => m.Eligible) || total.Coverage != Sum(m => m.Coverage)
                || total.Realised != Sum(m => m.Realised) || total.Adjustment != Sum(m => m.Adjustment))
            {
                return false;
            }
        }

        return true;
    }
}
