using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using NodaTime;

namespace EktpDomain.Benchmarks;

/// <summary>
/// Capacity (R5) and the seven incident rules (R8) over a window, against the naive way: walk every day of the
/// window and every set, find its assignment and the incidents touching it with LINQ, then evaluate the rules over
/// the days found.
/// </summary>
/// <remarks>
/// Two scales, generated from a fixed seed: one district (Kabupaten Tangerang's 29 kecamatan, 58 sets, April 2012,
/// a dozen incidents) and the nation (7,285 kecamatan, about 18,000 sets with moves and mobile-unit loans, the whole
/// of 2012, about 20,000 incidents, and a ledger of about 100,000 entries).
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CapacityBenchmarks
{
    private const int Seed = 20120402;

    private RecordingData district = null!;
    private DateInterval districtWindow = null!;
    private RecordingData nation = null!;
    private DateInterval nationWindow = null!;

    [GlobalSetup(Targets = [nameof(District_NaiveDayByDay), nameof(District_Library)])]
    public void SetupDistrict()
    {
        var codes = KabupatenTangerang.Kecamatan.Select(k => k.Code).ToArray();
        districtWindow = new DateInterval(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30));
        district = Generate(codes, setsPerKecamatan: 2, extraSets: 0, incidents: 12, districtWindow, new Random(Seed));
    }

    [GlobalSetup(Targets = [nameof(Nation_NaiveDayByDay), nameof(Nation_Library)])]
    public void SetupNation()
    {
        // 7,285 synthetic kecamatan codes (the national count), spread over provinces and regencies.
        var codes = Enumerable.Range(0, 7_285).Select(i => new RegionCode(11 + (i / 500), 1 + (i % 500 / 20), 1 + (i % 20))).ToArray();
        nationWindow = new DateInterval(new LocalDate(2012, 1, 1), new LocalDate(2012, 12, 31));
        nation = Generate(codes, setsPerKecamatan: 2, extraSets: 3_430, incidents: 20_000, nationWindow, new Random(Seed));
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("District")]
    public int District_NaiveDayByDay() => NaiveCapacityAndRules.Run(district, districtWindow);

    [Benchmark]
    [BenchmarkCategory("District")]
    public int District_Library() => IncidentRuleSet.Default.Evaluate(new IncidentRuleContext(district, districtWindow)).Length;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Nation")]
    public int Nation_NaiveDayByDay() => NaiveCapacityAndRules.Run(nation, nationWindow);

    [Benchmark]
    [BenchmarkCategory("Nation")]
    public int Nation_Library() => IncidentRuleSet.Default.Evaluate(new IncidentRuleContext(nation, nationWindow)).Length;

    /// <summary>Eligible counts, a ledger, an inventory and incidents for the given kecamatan, deterministic from <paramref name="random"/>.</summary>
    internal static RecordingData Generate(RegionCode[] codes, int setsPerKecamatan, int extraSets, int incidents, DateInterval window, Random random)
    {
        int days = Period.DaysBetween(window.Start, window.End) + 1;
        var population = EligiblePopulation.CreateBuilder();
        var ledger = new List<LedgerEntry>();
        foreach (var code in codes)
        {
            long eligible = random.Next(10_000, 60_000);
            population.Add(code, eligible);
            ledger.Add(new LedgerEntry(window.Start.PlusDays(-1), code, LedgerEntryKind.Recorded, eligible / 2));
            for (int d = 0; d < days; d += 30)
            {
                ledger.Add(new LedgerEntry(window.Start.PlusDays(d), code, LedgerEntryKind.Recorded, random.Next(1_000, 8_000)));
                if (random.Next(10) == 0)
                {
                    ledger.Add(new LedgerEntry(window.Start.PlusDays(d + 1), code, LedgerEntryKind.Lost, random.Next(1, 2_000)));
                }
            }
        }

        var builtPopulation = population.Build();
        var inventory = DeviceInventory.CreateBuilder();
        var ids = new List<string>();
        var setStart = window.Start.PlusDays(-400);
        foreach (var code in codes)
        {
            for (int n = 1; n <= setsPerKecamatan; n++)
            {
                string id = $"{code}-{n}";
                ids.Add(id);
                if (random.Next(10) == 0)
                {
                    // Moved to another kecamatan during the window.
                    var move = window.Start.PlusDays(random.Next(1, days));
                    inventory.AddAssignment(id, DeviceKind.Static, FundingSource.Apbn, code, setStart, move.PlusDays(-1), SourceLocation.None);
                    inventory.AddAssignment(id, DeviceKind.Static, FundingSource.Apbn, codes[random.Next(codes.Length)], move, null, SourceLocation.None);
                }
                else
                {
                    inventory.AddAssignment(id, DeviceKind.Static, FundingSource.Apbn, code, setStart, null, SourceLocation.None);
                }
            }
        }

        for (int n = 0; n < extraSets; n++)
        {
            string id = $"M-{n}";
            ids.Add(id);
            var from = window.Start.PlusDays(random.Next(0, days));
            inventory.AddAssignment(id, DeviceKind.Mobile, FundingSource.Apbd, codes[random.Next(codes.Length)], from, random.Next(3) == 0 ? null : from.PlusDays(random.Next(5, 60)), SourceLocation.None);
        }

        var log = IncidentLog.CreateBuilder();
        for (int i = 0; i < incidents; i++)
        {
            var start = window.Start.PlusDays(random.Next(-10, days));
            LocalDate? end = random.Next(20) == 0 ? null : start.PlusDays(random.Next(0, 20));
            bool site = random.Next(5) == 0;
            log.Add(new Incident(
                $"IN-{i}",
                codes[random.Next(codes.Length)],
                site ? null : ids[random.Next(ids.Count)],
                site ? DeviceComponent.Server : (DeviceComponent)random.Next(1, 6),
                (IncidentCause)random.Next(0, 9),
                start,
                end));
        }

        return new RecordingData(builtPopulation, RecordingLedger.CreateBuilder(builtPopulation.KecamatanCodes).AddRange(ledger).Build())
        {
            Inventory = inventory.Build(),
            Incidents = log.Build(),
        };
    }
}

/// <summary>
/// The naive way to the same answers: every day × every set, LINQ lookups for the assignment and the touching
/// incidents, then the rules over the collected days and the ledger's entries.
/// </summary>
internal static class NaiveCapacityAndRules
{
    public static int Run(RecordingData data, DateInterval window)
    {
        var calendar = data.Calendar;
        var inventory = data.Inventory!;
        var incidents = data.Incidents!.Incidents;
        var assignments = inventory.Assignments.ToLookup(a => a.Device);
        var deviceIncidents = incidents.Where(i => i.Device is not null).ToLookup(i => i.Device!);
        var siteIncidents = incidents.Where(i => i.Device is null).ToLookup(i => i.Kecamatan);
        var kecamatan = data.KecamatanCodes.ToHashSet();
        var deviceDays = new Dictionary<RegionCode, long>();
        var outageDays = new Dictionary<RegionCode, long>();
        var daysWithout = new Dictionary<RegionCode, int>();
        var days = Enumerable.Range(0, Period.DaysBetween(window.Start, window.End) + 1).Select(d => window.Start.PlusDays(d)).ToList();

        // R5, day by day.
        foreach (var day in days)
        {
            var available = new HashSet<RegionCode>();
            foreach (var set in inventory.Devices)
            {
                var assignment = assignments[set.Id].FirstOrDefault(a => a.Contains(day));
                if (assignment is null || !kecamatan.Contains(assignment.Kecamatan) || !calendar.IsWorkingDay(day, assignment.Kecamatan))
                {
                    continue;
                }

                bool touched = deviceIncidents[set.Id].Concat(siteIncidents[assignment.Kecamatan])
                    .Any(i => i.Start <= day && (i.End ?? window.End) >= day);
                var counts = touched ? outageDays : deviceDays;
                counts[assignment.Kecamatan] = counts.GetValueOrDefault(assignment.Kecamatan) + 1;
                if (!touched)
                {
                    available.Add(assignment.Kecamatan);
                }
            }

            foreach (var code in data.KecamatanCodes.Where(k => !available.Contains(k) && calendar.IsWorkingDay(day, k)))
            {
                daysWithout[code] = daysWithout.GetValueOrDefault(code) + 1;
            }
        }

        // R8.
        int findings = daysWithout.Count;
        foreach (var code in data.KecamatanCodes)
        {
            var entries = data.Ledger.GetEntries(code).ToList();
            findings += entries.Any(e => e.Kind == LedgerEntryKind.Lost && e.Count > 0 && e.Date >= window.Start && e.Date <= window.End) ? 1 : 0;
            long backlog = entries.Where(e => e.Date <= window.End).Sum(e => e.Kind == LedgerEntryKind.Lost ? e.Count : e.Kind == LedgerEntryKind.Rerecorded ? -e.Count : 0);
            findings += backlog >= 500 ? 1 : 0;
        }

        findings += incidents.Count(i => i.Cause is IncidentCause.CredentialChange or IncidentCause.Lightning && i.Overlaps(window));
        foreach (var group in deviceIncidents.Cast<IEnumerable<Incident>>().Concat(siteIncidents))
        {
            // long-outage: the covered days, split into runs separated by a working day without an outage.
            var covered = group.SelectMany(i => days.Where(d => d >= i.Start && d <= (i.End ?? window.End))).ToHashSet();
            var site = group.First().Kecamatan;
            int run = 0;
            foreach (var day in days)
            {
                bool working = calendar.IsWorkingDay(day, site);
                if (covered.Contains(day))
                {
                    run += working ? 1 : 0;
                }
                else if (working)
                {
                    findings += run >= 3 ? 1 : 0;
                    run = 0;
                }
            }

            findings += run >= 3 ? 1 : 0;
        }

        foreach (var group in deviceIncidents)
        {
            // repeated-failure: three starts within 90 days, the last in the window.
            findings += group.Any(last => last.Start >= window.Start && last.Start <= window.End
                && group.Count(i => i.Start <= last.Start && Period.DaysBetween(i.Start, last.Start) < 90) >= 3) ? 1 : 0;
        }

        return findings + (int)(deviceDays.Values.Sum() % 1_000) + (int)(outageDays.Values.Sum() % 1_000);
    }
}
