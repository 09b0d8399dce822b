using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DuckDB.NET.Data;
using EktpDomain.Recording;
using NodaTime;

namespace EktpDomain.Benchmarks;

/// <summary>
/// Realisation, losses and re-recordings per kecamatan per month over the whole programme (August 2011 to June 2026,
/// 179 months), from one district (29 kecamatan, about 0.4 M tally rows) to the nation (7,285 kecamatan, about
/// 100 M rows); see <see cref="SyntheticLedger"/> for the data. Every method returns the same kecamatan × month table.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>NaiveLinq</c> (baseline): <c>GroupBy</c> over an array of row structs.</item>
/// <item><c>DuckDb</c>: DuckDB in process, 2 threads, the table loaded in <c>[GlobalSetup]</c> (the load time is
/// printed to the log, <c>// DuckDB load</c>), the query's result read into the same table.</item>
/// <item><c>PlainLoop</c>: a hand-written struct-of-arrays loop on 2 threads over pre-sorted columns, the best a
/// scan can do without an index.</item>
/// <item><c>Ledger</c>: the library, <see cref="RecordingLedger.AggregateByMonth"/>; <c>KecamatanByYear_Ledger</c>
/// aggregates the same rows by year, to show that the result's memory follows kecamatan × periods.</item>
/// <item><c>Bandwidth_SumRawRows</c>: the memory-bandwidth reference, summing rows × 16 bytes on all cores.</item>
/// </list>
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(Config))]
[SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
[SuppressMessage("Design", "CA1001", Justification = "[GlobalCleanup] disposes the DuckDB connection; BenchmarkDotNet does not call Dispose.")]
public class LedgerAggregationBenchmarks
{
    public const int Seed = 20111001;

    private static readonly DateInterval Window = SyntheticLedger.FullSpan;
    private static readonly DateInterval[] Years = [.. Enumerable.Range(Window.Start.Year, Window.End.Year - Window.Start.Year + 1)
        .Select(year => new DateInterval(
            LocalDate.Max(new LocalDate(year, 1, 1), Window.Start),
            LocalDate.Min(new LocalDate(year, 12, 31), Window.End)))];
    private static readonly Dictionary<Scale, long> RowsAt = [];

    private Tally[] tallies = null!;
    private RecordingLedger ledger = null!;
    private DuckDBConnection duck = null!;
    private SyntheticLedger data = null!;
    private ushort[] periodOfDay = null!;
    private long[] rawRows = null!;
    private int kecamatanCount;
    private int periodCount;

    [Params(Scale.District, Scale.Province, Scale.Nation)]
    public Scale Scale { get; set; }

    [GlobalSetup(Target = nameof(KecamatanByMonth_NaiveLinq))]
    public void SetupLinq()
    {
        var synthetic = Generate();
        tallies = new Tally[synthetic.Rows];
        for (int r = 0; r < tallies.Length; r++)
        {
            tallies[r] = new Tally(synthetic.Kecamatan[synthetic.KecamatanIndex[r]], synthetic.Dates[synthetic.Day[r]], (LedgerEntryKind)synthetic.Kind[r], synthetic.Count[r]);
        }
    }

    [GlobalSetup(Target = nameof(KecamatanByMonth_DuckDb))]
    public void SetupDuckDb()
    {
        var synthetic = Generate();
        kecamatanCount = synthetic.Kecamatan.Length;
        periodCount = MonthCount();
        var stopwatch = Stopwatch.StartNew();
        duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        Execute("SET threads = 2");
        Execute("CREATE TABLE tally (kecamatan SMALLINT, day DATE, kind UTINYINT, count BIGINT)");
        var dates = synthetic.Dates.Select(d => d.ToDateTimeUnspecified()).ToArray();
        using (var appender = duck.CreateAppender("tally"))
        {
            for (int r = 0; r < synthetic.Rows; r++)
            {
                appender.CreateRow()
                    .AppendValue((short)synthetic.KecamatanIndex[r])
                    .AppendValue(dates[synthetic.Day[r]])
                    .AppendValue(synthetic.Kind[r])
                    .AppendValue(synthetic.Count[r])
                    .EndRow();
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// DuckDB load ({Scale}): {synthetic.Rows:N0} rows in {stopwatch.Elapsed.TotalSeconds:F2} s"));
    }

    [GlobalSetup(Target = nameof(KecamatanByMonth_PlainLoop))]
    public void SetupPlainLoop()
    {
        data = Generate();
        kecamatanCount = data.Kecamatan.Length;
        periodCount = MonthCount();
        periodOfDay = [.. data.Dates.Select(d => (ushort)(((d.Year - Window.Start.Year) * 12) + d.Month - Window.Start.Month))];
    }

    [GlobalSetup(Targets = [nameof(KecamatanByMonth_Ledger), nameof(KecamatanByYear_Ledger)])]
    public void SetupLedger()
    {
        var synthetic = Generate();
        var stopwatch = Stopwatch.StartNew();
        ledger = synthetic.BuildLedger();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Ledger build ({Scale}): {synthetic.Rows:N0} rows in {stopwatch.Elapsed.TotalSeconds:F2} s"));
    }

    [GlobalSetup(Target = nameof(Bandwidth_SumRawRows))]
    public void SetupBandwidth()
    {
        rawRows = GC.AllocateUninitializedArray<long>(checked((int)(2 * RowCount(Scale))));
        Parallel.For(0, 2, w => rawRows.AsSpan(w * (rawRows.Length / 2), rawRows.Length / 2).Fill(w + 1));
    }

    [GlobalCleanup]
    public void Cleanup() => duck?.Dispose();

    [Benchmark(Baseline = true)]
    public List<((RegionCode Kecamatan, int Year, int Month) Key, LedgerTotals Totals)> KecamatanByMonth_NaiveLinq() =>
        tallies
            .Where(t => Window.Contains(t.Date))
            .GroupBy(t => (t.Kecamatan, t.Date.Year, t.Date.Month))
            .Select(g => (g.Key, new LedgerTotals(
                g.Where(t => t.Kind == LedgerEntryKind.Recorded).Sum(t => t.Count),
                g.Where(t => t.Kind == LedgerEntryKind.Lost).Sum(t => t.Count),
                g.Where(t => t.Kind == LedgerEntryKind.Rerecorded).Sum(t => t.Count))))
            .ToList();

    [Benchmark]
    public LedgerTotals[] KecamatanByMonth_DuckDb()
    {
        var result = new LedgerTotals[kecamatanCount * periodCount];
        using var command = duck.CreateCommand();
        command.CommandText = """
            SELECT kecamatan,
                   (year(day) - 2011) * 12 + month(day) - 8 AS period,
                   COALESCE(CAST(SUM(count) FILTER (WHERE kind = 0) AS BIGINT), 0),
                   COALESCE(CAST(SUM(count) FILTER (WHERE kind = 1) AS BIGINT), 0),
                   COALESCE(CAST(SUM(count) FILTER (WHERE kind = 2) AS BIGINT), 0)
            FROM tally
            WHERE day BETWEEN DATE '2011-08-01' AND DATE '2026-06-30'
            GROUP BY ALL
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            int cell = (reader.GetInt16(0) * periodCount) + reader.GetInt32(1);
            result[cell] = new LedgerTotals(reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
        }

        return result;
    }

    [Benchmark]
    public LedgerTotals[] KecamatanByMonth_PlainLoop()
    {
        var sums = new long[kecamatanCount * periodCount * 3];
        int half = data.KecamatanIndex[data.Rows / 2];
        Parallel.For(0, 2, w =>
        {
            // Each thread takes whole kecamatan, so their cells never overlap.
            int from = data.KecamatanStart[w == 0 ? 0 : half], to = data.KecamatanStart[w == 0 ? half : kecamatanCount];
            ushort[] kecamatanIndex = data.KecamatanIndex, day = data.Day;
            byte[] kind = data.Kind;
            long[] count = data.Count;
            for (int r = from; r < to; r++)
            {
                sums[(((kecamatanIndex[r] * periodCount) + periodOfDay[day[r]]) * 3) + kind[r]] += count[r];
            }
        });

        var result = new LedgerTotals[kecamatanCount * periodCount];
        for (int c = 0; c < result.Length; c++)
        {
            result[c] = new LedgerTotals(sums[3 * c], sums[(3 * c) + 1], sums[(3 * c) + 2]);
        }

        return result;
    }

    [Benchmark]
    public LedgerAggregate KecamatanByMonth_Ledger() => ledger.AggregateByMonth(Window);

    /// <summary>The same rows in 16 calendar years instead of 179 months: the result is 11 times smaller.</summary>
    [Benchmark]
    public LedgerAggregate KecamatanByYear_Ledger() => ledger.Aggregate(Years);

    /// <summary>Reads rows × 16 bytes (a raw tally row) on all cores: the memory-bandwidth reference.</summary>
    [Benchmark]
    public long Bandwidth_SumRawRows() => BandwidthReference.SumOnAllCores(rawRows);

    internal static long RowCount(Scale scale)
    {
        lock (RowsAt)
        {
            if (!RowsAt.TryGetValue(scale, out long rows))
            {
                RowsAt[scale] = rows = SyntheticLedger.RowCount(scale, Seed);
            }

            return rows;
        }
    }

    private static int MonthCount() =>
        ((Window.End.Year - Window.Start.Year) * 12) + Window.End.Month - Window.Start.Month + 1;

    private SyntheticLedger Generate()
    {
        var stopwatch = Stopwatch.StartNew();
        var synthetic = SyntheticLedger.Generate(Scale, Seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Generated ({Scale}): {synthetic.Rows:N0} rows, {synthetic.Kecamatan.Length:N0} kecamatan in {stopwatch.Elapsed.TotalSeconds:F2} s"));
        return synthetic;
    }

    private void Execute(string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A tally row as a naive program would hold it.</summary>
    public readonly record struct Tally(RegionCode Kecamatan, LocalDate Date, LedgerEntryKind Kind, long Count);

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn("Rows/s", RowCount));
            AddColumn(new BandwidthShareColumn(nameof(Bandwidth_SumRawRows)));
        }
    }
}
