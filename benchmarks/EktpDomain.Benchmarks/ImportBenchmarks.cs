using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EktpDomain.Import;
using EktpDomain.Regions;
using NodaTime;
using nietras.SeparatedValues;

namespace EktpDomain.Benchmarks;

/// <summary>
/// Import: reading a data folder's <c>ledger.csv</c> (with its <c>kecamatan.csv</c>) through the <c>ektp</c> command's
/// loader, which parses with Sep, checks every field with <c>FILE:LINE</c> errors, and builds the
/// <see cref="EktpDomain.Recording.RecordingLedger"/> through its public builder. The rows are those of
/// <see cref="SyntheticLedger"/>, written once per scale to <c>$TMPDIR/ektp-import-bench/</c> and read back from the
/// page cache, so the figures show parsing and building, not the disk.
/// </summary>
/// <remarks>
/// <c>ReadOnly_Sep</c> is the bound for any loader on this parser: Sep reading the same file and touching each row's
/// fields, nothing else. <c>Load_FolderLoader</c> is the real import.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(Config))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
public class ImportBenchmarks
{
    public const int Seed = LedgerAggregationBenchmarks.Seed;

    private static readonly Dictionary<Scale, (long Rows, long Bytes)> SizeAt = [];

    private string folder = null!;

    [Params(Scale.District, Scale.Province, Scale.Nation)]
    public Scale Scale { get; set; }

    [GlobalSetup]
    public void Setup() => folder = EnsureFolder(Scale);

    [Benchmark(Baseline = true)]
    public long ReadOnly_Sep()
    {
        // The loader's reader settings: strict UTF-8, unescaping, no column-count check (the loader reports it).
        using var text = new StreamReader(Path.Combine(folder, DataFolder.LedgerFile), new UTF8Encoding(false, throwOnInvalidBytes: true));
        using var reader = Sep.New(',').Reader(o => o with { DisableColCountCheck = true, Unescape = true }).From(text);
        long touched = 0;
        foreach (var row in reader)
        {
            for (int c = 0; c < row.ColCount; c++)
            {
                touched += row[c].Span.Length;
            }
        }

        return touched;
    }

    [Benchmark]
    public int Load_FolderLoader()
    {
        if (!DataFolder.TryLoad(DataSource.FromDirectory(folder), out var loaded, out var problems))
        {
            throw new InvalidOperationException("The synthetic folder is invalid: " + problems[0]);
        }

        return loaded!.Data.Ledger.Count;
    }

    /// <summary>Writes (once) and returns the folder of a scale: kecamatan.csv and ledger.csv.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="through">When set, only the rows up to that day are written: the history a report on that day reads,
    /// still valid (R3 holds for every prefix by date).</param>
    internal static string EnsureFolder(Scale scale, LocalDate? through = null)
    {
        string name = through is LocalDate last
            ? string.Create(CultureInfo.InvariantCulture, $"{scale}-to{last:yyyyMMdd}-{Seed}")
            : string.Create(CultureInfo.InvariantCulture, $"{scale}-{Seed}");
        string directory = Path.Combine(Path.GetTempPath(), "ektp-import-bench", name);
        string done = Path.Combine(directory, ".complete");
        if (File.Exists(done))
        {
            return directory;
        }

        Directory.CreateDirectory(directory);
        var stopwatch = Stopwatch.StartNew();
        var rows = SyntheticLedger.Generate(scale, Seed);
        using (var kecamatan = new StreamWriter(Path.Combine(directory, DataFolder.KecamatanFile), append: false, new UTF8Encoding(false)))
        {
            kecamatan.Write("code,name,eligible\n");
            foreach (var code in rows.Kecamatan)
            {
                // Eligible is generous: the import does not depend on it.
                kecamatan.Write(string.Create(CultureInfo.InvariantCulture, $"{code},{RegionCatalogue.Kemendagri2025.GetName(code).Replace(',', ' ')},1000000\n"));
            }
        }

        using (var ledger = new StreamWriter(Path.Combine(directory, DataFolder.LedgerFile), append: false, new UTF8Encoding(false), bufferSize: 1 << 20))
        {
            ledger.Write("date,kecamatan,device,kind,count\n");
            string[] dates = [.. Array.ConvertAll(rows.Dates, d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];
            string[] kinds = ["recorded", "lost", "rerecorded"];
            bool[] written = [.. Array.ConvertAll(rows.Dates, d => through is null || d <= through)];
            for (int k = 0; k < rows.Kecamatan.Length; k++)
            {
                string code = rows.Kecamatan[k].ToString();
                string[] devices = rows.DeviceIds[k];
                for (int r = rows.KecamatanStart[k]; r < rows.KecamatanStart[k + 1]; r++)
                {
                    if (!written[rows.Day[r]])
                    {
                        continue;
                    }

                    ledger.Write(dates[rows.Day[r]]);
                    ledger.Write(',');
                    ledger.Write(code);
                    ledger.Write(',');
                    ledger.Write(devices[rows.Set[r]]);
                    ledger.Write(',');
                    ledger.Write(kinds[rows.Kind[r]]);
                    ledger.Write(',');
                    ledger.Write(rows.Count[r].ToString(CultureInfo.InvariantCulture));
                    ledger.Write('\n');
                }
            }
        }

        File.WriteAllText(done, string.Empty);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Import folder ({name}): {rows.Rows:N0} rows generated, {new FileInfo(Path.Combine(directory, DataFolder.LedgerFile)).Length:N0} bytes, written in {stopwatch.Elapsed.TotalSeconds:F1} s"));
        return directory;
    }

    private static (long Rows, long Bytes) Size(Scale scale)
    {
        lock (SizeAt)
        {
            if (!SizeAt.TryGetValue(scale, out var size))
            {
                string file = Path.Combine(EnsureFolder(scale), DataFolder.LedgerFile);
                size = (SyntheticLedger.RowCount(scale, Seed), new FileInfo(file).Length);
                SizeAt[scale] = size;
            }

            return size;
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn("Rows/s", scale => Size(scale).Rows));
            AddColumn(new ThroughputColumn("Bytes/s", scale => Size(scale).Bytes));
        }
    }
}
