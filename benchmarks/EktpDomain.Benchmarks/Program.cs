using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;

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

        if (args is ["--verify", var scaleText])
        {
            Verify(Enum.Parse<Scale>(scaleText, ignoreCase: true));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
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
