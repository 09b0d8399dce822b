using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using EktpDomain.Attainment;
using EktpDomain.Capacity;
using EktpDomain.Devices;
using EktpDomain.Recording;
using EktpDomain.Residents;
using EktpDomain.Targets;
using EktpDomain.Tests.Support;
using FsCheck.Xunit;
using NodaTime;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests;

/// <summary>
/// Every invariant of the rules (docs/rules.md) as a property test, in one place (issue 7). Each property draws a seed and builds a
/// random but valid input from it (see Support/RandomLedgers, RandomDevices, RandomNiks), so a failure reports the
/// seed that reproduces it.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>R3 ledger conservation: the net realisations of consecutive windows sum to the change in coverage.</item>
/// <item>R3 backlog and coverage never go below zero for valid input.</item>
/// <item>R2 the ceiling rule: met exactly when realised ≥ p × eligible.</item>
/// <item>R4 rank ties share a rank (1, 2, 2, 4).</item>
/// <item>R1, R2, R3 roll-up: every parent equals the sum of its children.</item>
/// <item>R5 merged outages count each day once.</item>
/// <item>R5 device-days + outage device-days = assigned working device-days.</item>
/// <item>R5 a set is never assigned to two kecamatan on one day.</item>
/// <item>R6 the parts of a shortfall sum to the shortfall.</item>
/// <item>The fast paths (ledger aggregation, the attainment report's bulk path, distinct NIKs) equal the simple reference path.</item>
/// <item>Merging partial aggregates is associative and commutative, and province shards merge to the national result.</item>
/// </list>
/// </remarks>
public class RuleInvariantTests
{
    // R1, R2, R3: targets, realisation and the ledger

    /// <summary>R3 conservation: the net realisations of consecutive windows sum to the change in coverage.</summary>
    [Property(MaxTest = 200 / Cases.Divisor)]
    public bool Conservation_ConsecutiveWindowsSumToCoverageChange(int seed)
    {
        var random = new Random(seed);
        var kecamatan = RandomLedgers.Kecamatan(random);
        var ledger = RecordingLedger.CreateBuilder(kecamatan).AddRange(RandomLedgers.Entries(random, kecamatan)).Build();

        // Split [start, end] into consecutive windows at random cut points.
        var start = RandomLedgers.Start.PlusDays(random.Next(0, 30));
        var end = start.PlusDays(random.Next(0, 100));
        var cuts = Enumerable.Range(0, random.Next(0, 6)).Select(_ => start.PlusDays(random.Next(0, Period.DaysBetween(start, end) + 1))).Distinct().Order().ToList();
        var bounds = new[] { start }.Concat(cuts.Where(c => c > start)).Append(end.PlusDays(1)).Distinct().ToList();

        foreach (var code in kecamatan)
        {
            long sum = 0;
            for (int i = 0; i + 1 < bounds.Count; i++)
            {
                sum += ledger.GetTotals(code, new DateInterval(bounds[i], bounds[i + 1].PlusDays(-1))).Net;
            }

            long change = ledger.GetCoverage(code, end) - ledger.GetCoverage(code, start.PlusDays(-1));
            if (sum != change)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>R3: for valid input, the backlog and coverage are never below zero at the end of any date.</summary>
    [Property(MaxTest = 100 / Cases.Divisor)]
    public bool BacklogAndCoverage_NeverBelowZero(int seed)
    {
        var random = new Random(seed);
        var kecamatan = RandomLedgers.Kecamatan(random);
        var ledger = RecordingLedger.CreateBuilder(kecamatan).AddRange(RandomLedgers.Entries(random, kecamatan)).Build();
        return kecamatan.All(code => Enumerable.Range(-1, 125).Select(d => RandomLedgers.Start.PlusDays(d))
            .All(date => ledger.GetBacklog(code, date) >= 0 && ledger.GetCoverage(code, date) >= 0));
    }

    /// <summary>R2 ceiling rule: met exactly when realised ≥ p × eligible, for any share p with up to two decimals.</summary>
    [Property(MaxTest = 500 / Cases.Divisor)]
    public bool CeilingRule_MetExactlyWhenRealisedAtLeastShareOfEligible(int seed)
    {
        var random = new Random(seed);
        long eligible = random.NextInt64(0, 5_000_000);
        int hundredths = random.Next(1, 10_001);          // p from 0.01 % to 100 %
        decimal percent = hundredths / 100m;
        long share = (long)Math.Floor(eligible * percent / 100m);
        long realised = Math.Max(0, share + random.Next(-2, 3));
        var code = new RegionCode(36, 3, 1);
        var data = new ScenarioBuilder().Kecamatan(code, eligible).Recorded(code, new LocalDate(2012, 4, 10), realised).Build();

        var row = AttainmentReport.Calculate(data, April, new AttainmentOptions { TargetPolicy = TargetPolicy.MonthlySharePercent(percent) })[code];

        // realised ≥ p × eligible  ⇔  realised × 10,000 ≥ hundredths × eligible, in exact integers.
        bool expected = eligible > 0 && new BigInteger(realised) * 10_000 >= new BigInteger(hundredths) * eligible && row.Target > 0;
        return row.Met == expected;
    }

    // R4: ranks and roll-up

    /// <summary>R4: ties share a rank (competition ranking 1, 2, 2, 4): a rank is one more than the number of strictly better ratios.</summary>
    [Property(MaxTest = 200 / Cases.Divisor)]
    public bool Ranks_AreOneMoreThanTheNumberStrictlyAhead(int seed)
    {
        var random = new Random(seed);
        var builder = new ScenarioBuilder();
        int n = random.Next(1, 30);
        for (int i = 1; i <= n; i++)
        {
            var code = new RegionCode(36, 3, i);
            long eligible = random.Next(0, 4) == 0 ? 0 : 100 * random.Next(1, 4);   // many exact ties, some zeros
            builder.Kecamatan(code, eligible).Recorded(code, new LocalDate(2012, 4, 10), 10 * random.Next(0, 5));
        }

        var rows = AttainmentReport.Calculate(builder.Build(), April).Rows;
        var ranked = rows.Where(r => r.Rank is not null).ToList();
        return ranked.All(r => r.Rank == 1 + ranked.Count(o => o.RealisedRatio > r.RealisedRatio))
            && rows.Where(r => r.Rank is null).All(r => !r.IsApplicable || r.Eligible == 0)
            && rows.SkipWhile(r => r.Rank is not null).All(r => r.Rank is null)
            && ranked.Select(r => r.Rank!.Value).SequenceEqual(ranked.Select(r => r.Rank!.Value).Order());
    }

    /// <summary>Roll-up: every parent's eligible, target and ledger totals are the sums of its children's.</summary>
    [Property(MaxTest = 100 / Cases.Divisor)]
    public bool RollUp_ParentsAreSumsOfChildren(int seed)
    {
        var random = new Random(seed);
        var builder = new ScenarioBuilder();
        var codes = RandomLedgers.Kecamatan(random, 12);
        foreach (var code in codes)
        {
            builder.Kecamatan(code, random.Next(0, 50_000));
            builder.Recorded(code, new LocalDate(2012, 4, 1 + random.Next(0, 29)), random.Next(0, 9_000));
        }

        var report = AttainmentReport.Calculate(builder.Build(), April);
        var nation = report.RollUp();

        bool Check(RegionRollup node) =>
            node.Children.IsEmpty
                ? node.Level == RegionLevel.Kecamatan
                : node.Target == node.Children.Sum(c => c.Target)
                  && node.Eligible == node.Children.Sum(c => c.Eligible)
                  && node.Totals == node.Children.Aggregate(LedgerTotals.Zero, (t, c) => t + c.Totals!.Value)
                  && node.Met == node.Children.Sum(c => c.Met)
                  && node.KecamatanCount == node.Children.Sum(c => c.KecamatanCount)
                  && node.Children.All(c => node.Code.Contains(c.Code) && c.Level == node.Level + 1)
                  && node.Children.All(Check);

        return Check(nation)
            && nation.Target == report.Summary.Target
            && nation.Realised == report.Summary.Realised
            && nation.KecamatanCount == codes.Length;
    }

    // R5: devices, outages and capacity

    /// <summary>R5: merged outages never count a day twice; merged outages of one set or one site never share a day.</summary>
    [Property(MaxTest = 300 / Cases.Divisor)]
    public bool MergedOutages_NeverCountADayTwice(int seed)
    {
        var r = new RandomDevices(seed);
        var capacity = CapacityAnalysis.Calculate(r.Inventory, r.Incidents, r.Calendar, r.Window, 100, r.Kecamatan);
        var incidents = r.Incidents.Incidents.Where(i => i.Overlaps(r.Window)).ToList();

        foreach (var scope in capacity.Outages.GroupBy(o => (o.Device, Site: o.Device is null ? o.Kecamatan : default)))
        {
            var outages = scope.OrderBy(o => o.Interval.Start).ToList();
            for (int i = 1; i < outages.Count; i++)
            {
                if (outages[i].Interval.Start <= outages[i - 1].Interval.End)
                {
                    return false;
                }
            }

            // The days the scope's incidents cover, each once, against the sum over its merged outages.
            var covered = incidents
                .Where(i => scope.Key.Device is null ? i.Device is null && i.Kecamatan == scope.Key.Site : i.Device == scope.Key.Device)
                .SelectMany(i => r.Window.Where(d => d >= i.Start && d <= (i.End ?? r.Window.End)))
                .ToHashSet();
            long expected, actual;
            if (scope.Key.Device is null)
            {
                expected = covered.Count(d => r.Calendar.IsWorkingDay(d, scope.Key.Site));
                actual = outages.Sum(o => (long)o.WorkingDays);
            }
            else
            {
                expected = covered.Count(d => r.Calendar.IsWorkingDay(d));
                actual = outages.Sum(o => (long)r.Calendar.CountWorkingDays(o.Interval));
            }

            if (expected != actual || outages.Sum(o => o.Incidents.Length) != incidents.Count(i => scope.Key.Device is null ? i.Device is null && i.Kecamatan == scope.Key.Site : i.Device == scope.Key.Device))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>R5: available + outage device-days = the assigned working device-days, per kecamatan and per set.</summary>
    [Property(MaxTest = 300 / Cases.Divisor)]
    public bool DeviceDaysPlusOutageDeviceDays_EqualAssignedWorkingDeviceDays(int seed)
    {
        var r = new RandomDevices(seed);
        var capacity = CapacityAnalysis.Calculate(r.Inventory, r.Incidents, r.Calendar, r.Window, 100, r.Kecamatan);
        return capacity.KecamatanRows.All(k => k.DeviceDays + k.OutageDeviceDays == k.AssignedDeviceDays && k.DeviceDays >= 0 && k.OutageDeviceDays >= 0)
            && capacity.Devices.All(d => d.DeviceDays + d.OutageDeviceDays == d.AssignedDeviceDays && d.DeviceDays >= 0)
            && capacity.KecamatanRows.Sum(k => k.AssignedDeviceDays) == capacity.Devices.Sum(d => d.AssignedDeviceDays);
    }

    /// <summary>R5: a built inventory never has a set in two places on one day, and the builder rejects every input that would.</summary>
    [Property(MaxTest = 300 / Cases.Divisor)]
    public bool Assignments_NeverOverlap_AndEveryOverlapIsRejected(int seed)
    {
        var random = new Random(seed);
        var rows = new List<DeviceAssignment>();
        for (int i = random.Next(0, 10); i > 0; i--)
        {
            var from = RandomDevices.Origin.PlusDays(random.Next(0, 40));
            LocalDate? to = random.Next(4) == 0 ? null : from.PlusDays(random.Next(0, 15));
            rows.Add(new DeviceAssignment($"D{random.Next(3)}", new RegionCode(36, 3, random.Next(1, 4)), from, to));
        }

        var builder = DeviceInventory.CreateBuilder();
        foreach (var id in rows.Select(a => a.Device).Distinct())
        {
            builder.AddDevice(new RecordingSet(id, DeviceKind.Static, FundingSource.Apbn));
        }

        foreach (var row in rows)
        {
            builder.AddAssignment(row);
        }

        var far = RandomDevices.Origin.PlusDays(80);
        bool overlapping = rows.Any(a => rows.Any(b =>
            !ReferenceEquals(a, b) && a.Device == b.Device
            && a.From <= (b.To ?? far) && b.From <= (a.To ?? far)));
        bool built = builder.TryBuild(out var inventory, out var problems);
        if (built == overlapping)
        {
            return false;
        }

        if (!built)
        {
            return problems.All(p => p.Message.Contains("a set is never in two places on one day", StringComparison.Ordinal));
        }

        // Every set is in at most one kecamatan on every day.
        return Enumerable.Range(0, 80).Select(d => RandomDevices.Origin.PlusDays(d)).All(day =>
            inventory!.Devices.All(set => inventory.Assignments.Count(a => a.Device == set.Id && a.Contains(day)) <= 1)
            && inventory.KecamatanCodes.Sum(k => inventory.GetDevices(k, day).Length) == inventory.Devices.Count(set => inventory.GetAssignment(set.Id, day) is not null));
    }

    /// <summary>R5: the interval arithmetic agrees with counting day by day, set by set (assigned, outage, days without a set).</summary>
    [Property(MaxTest = 200 / Cases.Divisor)]
    public bool Capacity_EqualsDayByDayReference(int seed)
    {
        var r = new RandomDevices(seed);
        var capacity = CapacityAnalysis.Calculate(r.Inventory, r.Incidents, r.Calendar, r.Window, 100, r.Kecamatan);
        var naive = new NaiveCapacity(r.Inventory, r.Incidents, r.Calendar, r.Window, r.Kecamatan);
        return r.Kecamatan.All(code =>
                capacity[code].AssignedDeviceDays == naive.Assigned[code]
                && capacity[code].OutageDeviceDays == naive.Outage[code]
                && capacity[code].DaysWithoutDevice == naive.Without[code]
                && capacity[code].FirstDayWithoutDevice == naive.FirstWithout[code]
                && capacity[code].WorkingDays == r.Calendar.CountWorkingDays(r.Window, code)
                && capacity[code].Capacity == (naive.Assigned[code] - naive.Outage[code]) * 100)
            && r.Inventory.Devices.All(d =>
                capacity.GetDevice(d.Id).AssignedDeviceDays == naive.DeviceAssigned.GetValueOrDefault(d.Id)
                && capacity.GetDevice(d.Id).OutageDeviceDays == naive.DeviceOutage.GetValueOrDefault(d.Id));
    }

    // R6: shortfall attribution

    /// <summary>R6: the parts of a shortfall are never negative and sum exactly to the shortfall.</summary>
    [Property(MaxTest = 1000 / Cases.Divisor)]
    public bool ShortfallParts_SumToTheShortfall(int seed)
    {
        var random = new Random(seed);
        long target = random.Next(0, 10_000);
        long recorded = random.Next(0, 10_000), lost = random.Next(0, 3_000), rerecorded = random.Next(0, 3_000);
        long? deviceDays = random.Next(4) == 0 ? null : random.Next(0, 60);
        long? outage = deviceDays is null ? null : random.Next(0, 30);
        var s = ShortfallAttribution.Calculate(target, recorded - lost + rerecorded, lost, rerecorded, recorded + rerecorded, deviceDays, outage, random.Next(1, 200));
        var sum = (Ratio)s.DataLoss + (s.Outage ?? Ratio.Zero) + s.Demand;
        bool met = target == 0 || recorded - lost + rerecorded >= target;
        return sum == s.Shortfall
            && s.DataLoss >= 0 && (s.Outage ?? Ratio.Zero) >= Ratio.Zero && s.Demand >= Ratio.Zero
            && (s.Outage is null) == (deviceDays is null)
            && (met ? s.Shortfall == 0 : s.Shortfall == target - (recorded - lost + rerecorded));
    }

    /// <summary>R6 through the attainment report: every row's parts sum to its shortfall.</summary>
    [Property(MaxTest = 100 / Cases.Divisor)]
    public bool AttainmentReport_ShortfallPartsSumToShortfall(int seed)
    {
        var r = new RandomDevices(seed);
        var random = new Random(seed);
        var scenario = new ScenarioBuilder { Calendar = r.Calendar, Inventory = r.Inventory, Incidents = r.Incidents };
        foreach (var code in r.Kecamatan)
        {
            scenario.Kecamatan(code, random.Next(0, 20_000));
            scenario.Recorded(code, r.Window.Start.PlusDays(-40), 5_000);
            scenario.Recorded(code, r.Window.Start, random.Next(0, 3_000));
            if (random.Next(2) == 0)
            {
                scenario.Lost(code, r.Window.Start, random.Next(0, 1_000));
            }
        }

        var report = AttainmentReport.Calculate(scenario.Build(), r.Window);
        return report.Rows.All(row =>
            (Ratio)row.ShortfallAttribution.DataLoss + (row.ShortfallAttribution.Outage ?? Ratio.Zero) + row.ShortfallAttribution.Demand == row.Shortfall
            && row.ShortfallAttribution.Shortfall == row.Shortfall
            && row.DeviceDays + row.OutageDeviceDays == row.DeviceCapacity!.AssignedDeviceDays);
    }

    // Fast paths equal the simple reference path

    /// <summary>The fast path equals the simple reference path: LINQ over the entries.</summary>
    [Property(MaxTest = 200 / Cases.Divisor)]
    public bool GetTotalsByKecamatan_EqualsLinqReference(int seed)
    {
        var random = new Random(seed);
        var kecamatan = RandomLedgers.Kecamatan(random);
        var entries = RandomLedgers.Entries(random, kecamatan);
        var ledger = RecordingLedger.CreateBuilder(kecamatan).AddRange(entries).Build();
        var from = RandomLedgers.Start.PlusDays(random.Next(-5, 130));
        var window = new DateInterval(from, from.PlusDays(random.Next(0, 60)));

        var fast = ledger.GetTotalsByKecamatan(window);
        for (int k = 0; k < ledger.KecamatanCodes.Length; k++)
        {
            var inWindow = entries.Where(e => e.Kecamatan == ledger.KecamatanCodes[k] && window.Contains(e.Date)).ToList();
            var reference = new LedgerTotals(
                inWindow.Where(e => e.Kind == LedgerEntryKind.Recorded).Sum(e => e.Count),
                inWindow.Where(e => e.Kind == LedgerEntryKind.Lost).Sum(e => e.Count),
                inWindow.Where(e => e.Kind == LedgerEntryKind.Rerecorded).Sum(e => e.Count));
            if (fast[k] != reference || ledger.GetTotals(ledger.KecamatanCodes[k], window) != reference)
            {
                return false;
            }
        }

        return ledger.GetEntries().Count() == entries.Count;
    }

    /// <summary>
    /// The attainment report's bulk path (all kecamatan's ledger totals at once, targets from values already at hand)
    /// equals asking the ledger and <see cref="TargetCalculator"/> one kecamatan at a time, for every policy, with and
    /// without pro-rating, for windows inside one month and across several, and for kecamatan the ledger never names.
    /// </summary>
    [Property(MaxTest = 200 / Cases.Divisor)]
    public bool AttainmentReport_EqualsPerKecamatanReference(int seed)
    {
        var random = new Random(seed);
        var kecamatan = RandomLedgers.Kecamatan(random);
        var entries = RandomLedgers.Entries(random, kecamatan);
        var inLedger = kecamatan.Where(k => random.Next(5) != 0).ToArray();
        var ledger = RecordingLedger.CreateBuilder(inLedger).AddRange(entries.Where(e => inLedger.Contains(e.Kecamatan))).Build();
        var population = EligiblePopulation.CreateBuilder();
        foreach (var code in kecamatan)
        {
            population.Add(code, random.Next(0, 3) == 0 ? 0 : random.Next(1, 60_000));
        }

        var data = new RecordingData(population.Build(), ledger);
        var from = RandomLedgers.Start.PlusDays(random.Next(-5, 130));
        var window = new DateInterval(from, from.PlusDays(random.Next(3) == 0 ? random.Next(0, 90) : random.Next(0, 28)));
        var policy = random.Next(3) switch
        {
            0 => TargetPolicy.MonthlySharePercent(random.Next(1, 10_001) / 100m),
            1 => TargetPolicy.ShareOfUnrecordedPercent(random.Next(1, 10_001) / 100m),
            _ => TargetPolicy.Fixed(random.Next(0, 5_000)),
        };
        var prorating = random.Next(2) == 0 ? TargetProrating.None : TargetProrating.WorkingDays;
        var options = new AttainmentOptions { TargetPolicy = policy, Prorating = prorating };
        var calculator = new TargetCalculator(policy, prorating, data.Calendar);

        var report = AttainmentReport.Calculate(data, window, options);
        return kecamatan.All(code =>
        {
            var row = report[code];
            bool known = ledger.Contains(code);
            return row.Target == calculator.GetTarget(code, window, data.Population, ledger)
                && row.Totals == (known ? ledger.GetTotals(code, window) : default)
                && row.Coverage == (known ? ledger.GetCoverage(code, window.End) : 0)
                && row.Backlog == (known ? ledger.GetBacklog(code, window.End) : 0)
                && row.Eligible == data.Population.GetEligible(code, window.Start);
        });
    }

    [Property(MaxTest = 200 / Cases.Divisor)]
    public bool Aggregate_RandomLedgerAndPeriods_EqualsLinqReference(int seed)
    {
        var random = new Random(seed);
        var kecamatan = RandomLedgers.Kecamatan(random);
        var entries = RandomLedgers.Entries(random, kecamatan);
        var ledger = RecordingLedger.CreateBuilder(kecamatan).AddRange(entries).Build();
        return LedgerReference.MatchesReference(ledger, entries, LedgerReference.RandomPeriods(random, RandomLedgers.Start, 120));
    }

    /// <summary>
    /// Long runs (thousands of entries, several a day) exercise the vector skip, the bisection after eight skips and,
    /// with many kecamatan, the parallel chunks. Each case has about 40,000 entries, so a few cases suffice.
    /// </summary>
    [Property(MaxTest = 5)]
    public bool Aggregate_LongRunsAndManyKecamatan_EqualsLinqReference(int seed)
    {
        var random = new Random(seed);
        var kecamatan = Enumerable.Range(1, 40).Select(c => new RegionCode(36, 3, c)).ToArray();
        var entries = new List<LedgerEntry>();
        for (int c = 0; c < kecamatan.Length; c++)
        {
            var code = kecamatan[c];
            int days = c % 4 == 0 ? 1_500 : random.Next(0, 40);
            long coverage = 0, backlog = 0;
            for (int d = 0; d < days; d++)
            {
                var date = RandomLedgers.Start.PlusDays(d);
                for (int s = random.Next(0, 5); s > 0; s--)
                {
                    long recorded = random.Next(0, 1_000);
                    entries.Add(new LedgerEntry(date, code, LedgerEntryKind.Recorded, recorded));
                    coverage += recorded;
                }

                RandomLedgers.LoseAndRerecord(random, entries, date, code, ref coverage, ref backlog, lossOneIn: 10, rerecordOneIn: 8, least: 1);
            }
        }

        var ledger = RecordingLedger.CreateBuilder(kecamatan).AddRange(entries).Build();
        var periods = LedgerReference.RandomPeriods(random, RandomLedgers.Start, 1_500, maxCount: 6, maxLength: 900);
        var months = ledger.AggregateByMonth(new DateInterval(RandomLedgers.Start.PlusDays(-3), RandomLedgers.Start.PlusDays(1_510)));
        return LedgerReference.MatchesReference(ledger, entries, periods)
            && LedgerReference.MatchesReference(ledger, entries, months.Periods)
            && months == ledger.Aggregate(months.Periods);
    }

    /// <summary>Every path (one table or partitioned; vector or scalar probing) equals LINQ over the revealed digits.</summary>
    [Property(MaxTest = 100 / Cases.Divisor)]
    public bool CountDistinct_EveryPath_EqualsLinqReference(int seed)
    {
        var random = new Random(seed);
        var niks = RandomNiks.Generate(random, random.Next(0, 3_000), regions: random.Next(1, 4), days: random.Next(1, 40), serials: random.Next(1, 9));
        long expected = RandomNiks.DistinctReference(niks);
        int partitionBits = random.Next(1, 9);
        int workers = random.Next(1, 4);
        return Nik.CountDistinct(niks) == expected
            && NikDistinctCounter.CountDistinct(niks, workers, partitionBits: 0, vectorized: true) == expected
            && NikDistinctCounter.CountDistinct(niks, workers, partitionBits: 0, vectorized: false) == expected
            && NikDistinctCounter.CountDistinct(niks, workers, partitionBits, vectorized: true) == expected
            && NikDistinctCounter.CountDistinct(niks, workers, partitionBits, vectorized: false) == expected;
    }

    // Partial aggregates merge exactly

    [Property(MaxTest = 150 / Cases.Divisor)]
    public bool Merge_IsAssociativeAndCommutative(int seed)
    {
        var random = new Random(seed);
        var periods = LedgerReference.Months();
        var a = LedgerReference.RandomAggregate(random, periods);
        var b = LedgerReference.RandomAggregate(random, periods);
        var c = LedgerReference.RandomAggregate(random, periods);

        var leftFirst = a.Merge(b).Merge(c);
        var rightFirst = a.Merge(b.Merge(c));
        return leftFirst == rightFirst
            && a.Merge(b) == b.Merge(a)
            && LedgerAggregate.Merge([c, a, b]) == leftFirst
            && leftFirst.KecamatanCodes.SequenceEqual(a.KecamatanCodes.Union(b.KecamatanCodes).Union(c.KecamatanCodes).Order());
    }

    /// <summary>
    /// Sharding by province: one ledger per province, aggregated separately and merged, gives exactly the national
    /// aggregate of one ledger built from all the entries.
    /// </summary>
    [Property(MaxTest = 150 / Cases.Divisor)]
    public bool Merge_ProvinceShards_EqualTheNationalAggregate(int seed)
    {
        var random = new Random(seed);
        var kecamatan = RandomLedgers.Kecamatan(random, max: 12);
        var entries = RandomLedgers.Entries(random, kecamatan, days: 90);
        var periods = LedgerReference.Months();
        var national = RecordingLedger.CreateBuilder(kecamatan).AddRange(entries).Build().Aggregate(periods);

        var shards = kecamatan.GroupBy(code => code.AncestorAt(RegionLevel.Province)).Select(province =>
            RecordingLedger.CreateBuilder(province).AddRange(entries.Where(e => province.Key.Contains(e.Kecamatan))).Build().Aggregate(periods)).ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shards));

        var merged = LedgerAggregate.Merge(shards);
        var pairwise = shards.Aggregate((x, y) => x.Merge(y));
        return merged == national && pairwise == national
            && Enumerable.Range(0, periods.Length).All(p => merged.GetTotals(RegionCode.Nation, p) == national.GetTotals(RegionCode.Nation, p));
    }
}
