using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Residents;

namespace EktpDomain.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        if (args is ["--retained-memory"])
        {
            ReportRetainedMemory();
            return;
        }

        if (args is ["--peak-memory", var memoryScale])
        {
            ReportPeakMemory(Enum.Parse<Scale>(memoryScale, ignoreCase: true));
            return;
        }

        if (args is ["--profile-report", var profileScale, var profileWindow, var repeats])
        {
            ReportProfile.Run(Enum.Parse<Scale>(profileScale, ignoreCase: true), Enum.Parse<ReportWindow>(profileWindow, ignoreCase: true), int.Parse(repeats, CultureInfo.InvariantCulture));
            return;
        }

        if (args is ["--duckdb-peer", var peerFolder, var from, var to])
        {
            Environment.Exit(DuckDbPeer.Run(peerFolder, from, to));
        }

        if (args is ["--profile-snapshots"])
        {
            ProfileSnapshots(SyntheticSnapshots.EnsureFolder());
            return;
        }

        if (args is ["--profile-folder", var profiledFolder])
        {
            ProfileSnapshots(profiledFolder);
            return;
        }

        if (args is ["--verify-end-to-end", var folderText])
        {
            EndToEndBenchmarks.Verify(Enum.Parse<NationalFolder>(folderText, ignoreCase: true));
            return;
        }

        if (args is ["--profile-turnout", var turnoutScale, var turnoutWindow, var turnoutRepeats])
        {
            // The report with and without invitations and a sync log, timed in a loop (for a profiler to watch).
            var turnout = new TurnoutAndUnsentBenchmarks { Scale = Enum.Parse<Scale>(turnoutScale, ignoreCase: true), Window = Enum.Parse<ReportWindow>(turnoutWindow, ignoreCase: true) };
            turnout.Setup();
            for (int i = 0; i < int.Parse(turnoutRepeats, CultureInfo.InvariantCulture); i++)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var plain = turnout.Report_WithoutInvitationsOrSync();
                long without = watch.ElapsedMilliseconds;
                var full = turnout.Report_WithInvitationsAndSync();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"without {without} ms ({plain.Findings.Length:N0} findings), with {watch.ElapsedMilliseconds - without} ms ({full.Findings.Length:N0} findings: {string.Join(", ", full.Findings.GroupBy(f => f.RuleId).Select(g => $"{g.Key} {g.Count():N0}"))})"));
            }

            return;
        }

        if (args is ["--race", var raceFolder, var rounds, .. var tool] && tool.Length <= 1)
        {
            Race.Start(raceFolder, int.Parse(rounds, CultureInfo.InvariantCulture), tool.Length == 1 ? tool[0] : null);
            return;
        }

        if (args is ["--race-folder", var raceSize])
        {
            Console.WriteLine(EndToEndBenchmarks.FolderOf(Enum.Parse<NationalFolder>(raceSize, ignoreCase: true)));
            return;
        }

        if (args is ["--verify", var scaleText])
        {
            Verify(Enum.Parse<Scale>(scaleText, ignoreCase: true));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    /// <summary>
    /// Where the time and memory of <c>ektp report --month 2012-04</c> on a folder go, stage by stage: a cold run, then
    /// a warm one, each with its time, the bytes it allocated and the process's resident peak so far.
    /// </summary>
    private static void ProfileSnapshots(string folder)
    {
        for (int run = 0; run < 2; run++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            long allocated = GC.GetTotalAllocatedBytes();
            string Stage(string name, long since)
            {
                long now = GC.GetTotalAllocatedBytes();
                string text = string.Create(CultureInfo.InvariantCulture, $"{name} {watch.ElapsedMilliseconds - since} ms, {(now - allocated) / 1e6:F0} MB allocated, peak RSS {Peak() / 1e6:F0} MB; ");
                allocated = now;
                return text;
            }

            EktpDomain.Import.DataFolder.TryLoad(EktpDomain.Import.DataSource.FromDirectory(folder), out var loaded, out _);
            long load = watch.ElapsedMilliseconds;
            string loadText = Stage("load", 0);
            var window = new NodaTime.DateInterval(new NodaTime.LocalDate(2012, 4, 1), new NodaTime.LocalDate(2012, 4, 30));
            var report = EktpDomain.Attainment.AttainmentReport.Calculate(loaded!.Data, window);
            long calculate = watch.ElapsedMilliseconds;
            string reportText = Stage("report", load);
            string json = EktpDomain.Reporting.Json.ReportJson.Serialize(report, EktpDomain.Reporting.ReportText.English);
            string jsonText = Stage("json", calculate);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {loadText}{reportText}{jsonText}({json.Length:N0} chars; heap {GC.GetTotalMemory(false) / 1e6:F0} MB)"));
        }
    }

    /// <summary>
    /// Measures the peak resident memory (Linux VmHWM, reset through /proc/self/clear_refs) while the library
    /// aggregates the ledger and counts distinct residents, against the bytes of the raw columns. BenchmarkDotNet's
    /// Allocated column shows what a call allocates, not how much memory is resident at its peak.
    /// </summary>
    private static void ReportPeakMemory(Scale scale)
    {
        var ledger = BuildLedger(scale);
        long rows = ledger.Count;
        var window = SyntheticLedger.FullSpan;
        GC.KeepAlive(ledger.AggregateByMonth(window));
        long heap = GC.GetTotalMemory(forceFullCollection: true);
        long before = ResetPeak();
        var aggregate = ledger.AggregateByMonth(window);
        long peak = Peak();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Ledger ({scale}): {rows:N0} rows, {ledger.KecamatanCodes.Length:N0} kecamatan, result {aggregate}.
              raw columns: {rows * 16:N0} bytes at 16 bytes a row (kecamatan, date, kind, count, set as a row struct); {rows * 13:N0} at 13 (kecamatan 2, day 2, kind 1, count 8)
              managed heap with the ledger: {heap:N0} bytes ({(double)heap / rows:F2} bytes a row)
              resident before: {before:N0}; peak during AggregateByMonth: {peak:N0} (+{peak - before:N0})
              peak / raw: {(double)peak / (rows * 16):F3} (16-byte rows), {(double)peak / (rows * 13):F3} (13-byte columns); the runtime alone is resident too
              (ledger heap + aggregation peak) / raw: {(double)(heap + peak - before) / (rows * 16):F3} (16-byte rows), {(double)(heap + peak - before) / (rows * 13):F3} (13-byte columns)
            """));
        GC.KeepAlive(ledger);
        ledger = null;
        aggregate = null;
        GC.KeepAlive(aggregate);
        GC.KeepAlive(ledger);

        var events = SyntheticNiks.Generate(scale, DistinctResidentsBenchmarks.Seed, out long residents);
        GC.KeepAlive(Nik.CountDistinct(events.AsSpan(0, Math.Min(events.Length, 1 << 21))));
        GC.GetTotalMemory(forceFullCollection: true);
        before = ResetPeak();
        long distinct = Nik.CountDistinct(events);
        peak = Peak();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Distinct residents ({scale}): {events.Length:N0} events, {distinct:N0} distinct (generated {residents:N0}).
              raw input: {events.Length * 8L:N0} bytes (8 bytes a NIK)
              resident before: {before:N0}; peak during CountDistinct (first call at this size): {peak:N0} (+{peak - before:N0}, {(double)(peak - before) / events.Length:F2} bytes a NIK)
            """));
        GC.KeepAlive(events);
    }

    // Separate, so that no temporary of the caller keeps the generated rows alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RecordingLedger BuildLedger(Scale scale) => SyntheticLedger.Generate(scale, LedgerAggregationBenchmarks.Seed).BuildLedger();

    private static long ResetPeak()
    {
        // Give back the memory the generators and builders left behind, so that resident memory is what is live.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        File.WriteAllText("/proc/self/clear_refs", "5");
        return StatusBytes("VmRSS:");
    }

    private static long Peak() => StatusBytes("VmHWM:");

    private static long StatusBytes(string field)
    {
        string line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>
    /// Checks that every method of <see cref="LedgerAggregationBenchmarks"/> and <see cref="DistinctResidentsBenchmarks"/>
    /// returns the same answer at one scale, so that the benchmarks compare like with like.
    /// </summary>
    private static void Verify(Scale scale)
    {
        var ledger = new LedgerAggregationBenchmarks { Scale = scale };
        ledger.SetupLedger();
        var expected = ledger.KecamatanByMonth_Ledger();
        ledger.SetupPlainLoop();
        bool plain = ledger.KecamatanByMonth_PlainLoop().AsSpan().SequenceEqual(expected.Totals.AsSpan());
        ledger.SetupDuckDb();
        bool duck = ledger.KecamatanByMonth_DuckDb().AsSpan().SequenceEqual(expected.Totals.AsSpan());
        ledger.Cleanup();
        ledger.SetupLinq();
        var linq = ledger.KecamatanByMonth_NaiveLinq();
        int periods = expected.Periods.Length;
        bool naive = linq.All(row =>
            expected.GetTotals(row.Key.Kecamatan, ((row.Key.Year - 2011) * 12) + row.Key.Month - 8) == row.Totals)
            && linq.Aggregate(0L, (sum, row) => sum + row.Totals.Recorded) == expected.Totals.Sum(t => t.Recorded);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ledger aggregation ({scale}, {expected}): plain loop {plain}, DuckDB {duck}, LINQ {naive}."));

        var distinct = new DistinctResidentsBenchmarks { Scale = scale };
        distinct.Setup();
        long library = distinct.Distinct_Library();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Distinct residents ({scale}): library {library:N0} (generated {distinct.Residents:N0}), HashSet {distinct.Distinct_PresizedHashSet() == library}, LINQ {distinct.Distinct_NaiveLinq() == library}."));
    }

    /// <summary>
    /// Prints how much managed memory one loaded region catalogue keeps alive, which BenchmarkDotNet's
    /// "Allocated" column (everything allocated during a load, garbage included) does not show.
    /// </summary>
    private static void ReportRetainedMemory()
    {
        // Load once first so that type initialisation and JIT are not counted.
        GC.KeepAlive(RegionCatalogue.LoadEmbedded());
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var catalogue = RegionCatalogue.LoadEmbedded();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(catalogue);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Region catalogue ({catalogue.Count:N0} codes): retained {after - before:N0} bytes; allocated while loading {allocated:N0} bytes."));
    }
}
