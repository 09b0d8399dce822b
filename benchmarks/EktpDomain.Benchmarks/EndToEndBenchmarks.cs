using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using EktpDomain.Import;
using NodaTime;

namespace EktpDomain.Benchmarks;

/// <summary>The national folders of <see cref="EndToEndBenchmarks"/>.</summary>
public enum NationalFolder
{
    /// <summary>The rows up to the report's month, August 2011 to April 2012: 5.2 million rows, 0.2 GB.</summary>
    ThroughApril2012,

    /// <summary>All rows, August 2011 to June 2026: 100.6 million rows, 4.1 GB.</summary>
    AllYears,

    /// <summary>
    /// No ledger: <c>snapshots.csv</c>, the month-end rekapitulasi of every kecamatan, December 2011 to December 2013
    /// (<see cref="SyntheticSnapshots"/>): 180,389 rows.
    /// </summary>
    Snapshots,
}

/// <summary>
/// What a user waits for, from the files to the answer: <c>ektp report --data DIR --month 2012-04 --format json</c>
/// against a DuckDB process (<see cref="DuckDbPeer"/>) that reads the same <c>ledger.csv</c> and groups it by
/// kecamatan with the sums the report needs. Both run as whole processes, started the same way
/// (<c>dotnet X.dll</c> under GNU <c>time</c>), with their standard output written to a file; the folders are
/// written once by <see cref="ImportBenchmarks.EnsureFolder"/> and read from the page cache.
/// </summary>
/// <remarks>
/// Each iteration is one process (BenchmarkDotNet's monitoring strategy: no unrolling, one invocation). GNU
/// <c>time</c> gives each process's peak resident memory (<c>%M</c>); the columns "Peak RSS" (the largest of the
/// case's processes, the warm-up's included), "Rows/s" and "MB/s" (the folder's rows and ledger bytes over the mean time) are computed from
/// those records.
/// </remarks>
[Config(typeof(Config))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
public class EndToEndBenchmarks
{
    private const string From = "2012-04-01";
    private const string To = "2012-04-30";

    private string folder = null!;
    private string output = null!;

    [ParamsSource(nameof(Folders))]
    public NationalFolder Folder { get; set; }

    /// <summary>The folders raced: the two ledgers here, the snapshots in <see cref="SnapshotEndToEndBenchmarks"/>.</summary>
    public virtual IEnumerable<NationalFolder> Folders => [NationalFolder.ThroughApril2012, NationalFolder.AllYears];

    [GlobalSetup]
    public void Setup()
    {
        folder = FolderOf(Folder);
        output = Path.Combine(Path.GetTempPath(), "ektp-e2e-bench", "stdout");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
    }

    [IterationSetup(Target = nameof(DuckDb_Process))]
    public void SetupDuckDbIteration() => Record.ClearOnce(nameof(DuckDb_Process), Folder);

    [IterationSetup(Target = nameof(Ektp_Report))]
    public void SetupEktpIteration() => Record.ClearOnce(nameof(Ektp_Report), Folder);

    [Benchmark(Baseline = true)]
    public long DuckDb_Process() =>
        RunMeasured(nameof(DuckDb_Process), typeof(DuckDbPeer).Assembly.Location, ["--duckdb-peer", folder, From, To]);

    [Benchmark]
    public long Ektp_Report() =>
        RunMeasured(nameof(Ektp_Report), EktpDll(), ["report", "--data", folder, "--month", From[..7], "--format", "json"]);

    /// <summary>
    /// Runs both processes once on a folder and checks that they agree on every kecamatan's sums (the window's
    /// recorded, lost and re-recorded counts, and the coverage at its end), so that the race is between equals.
    /// </summary>
    internal static void Verify(NationalFolder size)
    {
        var benchmark = new EndToEndBenchmarks { Folder = size };
        benchmark.Setup();
        benchmark.DuckDb_Process();
        var peer = File.ReadAllLines(benchmark.output)
            .Select(line => line.Split(','))
            .ToDictionary(f => f[0], f => string.Join(',', f.Skip(1)), StringComparer.Ordinal);
        benchmark.Ektp_Report();
        string[] fields = size == NationalFolder.Snapshots ? ["realised", "adjustment", "coverage"] : ["recorded", "lost", "rerecorded", "coverage"];
        int mismatches = Disagreements(File.ReadAllText(benchmark.output), peer, out int rows, fields);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size}: ektp {rows:N0} kecamatan, DuckDB {peer.Count:N0}; {mismatches} disagree."));
        if (mismatches > 0 || rows != peer.Count)
        {
            Environment.Exit(1);
        }
    }

    /// <summary>
    /// How many kecamatan of ektp's JSON report disagree with a peer's line (<c>code → sums</c>, comma-separated, in
    /// the order of <paramref name="fields"/>; the ledger's sums by default), or are missing from it.
    /// </summary>
    internal static int Disagreements(string json, Dictionary<string, string> peer, out int kecamatan, string[]? fields = null)
    {
        fields ??= ["recorded", "lost", "rerecorded", "coverage"];
        using var document = JsonDocument.Parse(json);
        int mismatches = 0;
        kecamatan = 0;
        foreach (var row in document.RootElement.GetProperty("kecamatan").EnumerateArray())
        {
            kecamatan++;
            string sums = string.Join(',', fields.Select(p => row.GetProperty(p) is { ValueKind: JsonValueKind.Number } value ? value.GetInt64().ToString(CultureInfo.InvariantCulture) : string.Empty));
            if (!peer.TryGetValue(row.GetProperty("code").GetString()!, out string? theirs) || theirs != sums)
            {
                mismatches++;
            }
        }

        return mismatches;
    }

    /// <summary>The rows of a CSV file: one a line, less the header.</summary>
    internal static long CountRows(string file)
    {
        long lines = 0;
        using var stream = File.OpenRead(file);
        var buffer = new byte[1 << 20];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return lines - 1;
    }

    internal static string FolderOf(NationalFolder size) => size switch
    {
        NationalFolder.Snapshots => SyntheticSnapshots.EnsureFolder(),
        _ => ImportBenchmarks.EnsureFolder(Scale.Nation, size == NationalFolder.ThroughApril2012 ? new LocalDate(2012, 4, 30) : null),
    };

    /// <summary>The file of the folder that holds its rows: ledger.csv, or snapshots.csv.</summary>
    internal static string DataFileOf(NationalFolder size) =>
        Path.Combine(FolderOf(size), size == NationalFolder.Snapshots ? DataFolder.SnapshotsFile : DataFolder.LedgerFile);

    /// <summary>The ektp command next to this program (the benchmarks reference the CLI project).</summary>
    private static string EktpDll()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "ektp.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("ektp.dll is not beside the benchmarks; build the solution in Release.", dll);
    }

    /// <summary>Runs <c>dotnet DLL ARGS &gt; stdout</c> under GNU time; returns the bytes written, records the peak.</summary>
    private long RunMeasured(string method, string dll, string[] arguments)
    {
        string peakFile = output + ".peak";
        var start = new ProcessStartInfo("/usr/bin/time") { UseShellExecute = false, RedirectStandardOutput = false };
        foreach (string argument in (string[])["-f", "%M", "-o", peakFile, "/bin/sh", "-c", "exec \"$@\" > \"$0\"", output, "dotnet", dll, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(dll)} {string.Join(' ', arguments)} exited with {process.ExitCode}.");
        }

        long peakKilobytes = long.Parse(File.ReadAllLines(peakFile).Last(l => l.Length > 0), CultureInfo.InvariantCulture);
        Record.Add(method, Folder, peakKilobytes * 1024);
        return new FileInfo(output).Length;
    }

    /// <summary>Peaks per case, kept in a file because each case runs in a process of its own.</summary>
    private static class Record
    {
        private static string FileOf(string method, NationalFolder size) =>
            Path.Combine(Path.GetTempPath(), "ektp-e2e-bench", $"{method}-{size}.peaks");

        // A case runs in a process of its own: its first iteration set-up (the warm-up's) clears what an earlier run
        // left, and the later ones keep what this run recorded.
        private static readonly HashSet<string> Cleared = [];

        public static void ClearOnce(string method, NationalFolder size)
        {
            string file = FileOf(method, size);
            if (Cleared.Add(file))
            {
                File.Delete(file);
            }
        }

        public static void Add(string method, NationalFolder size, long bytes) =>
            File.AppendAllText(FileOf(method, size), bytes.ToString(CultureInfo.InvariantCulture) + "\n");

        public static long[] Read(string method, NationalFolder size)
        {
            string file = FileOf(method, size);
            return File.Exists(file) ? [.. File.ReadAllLines(file).Where(l => l.Length > 0).Select(l => long.Parse(l, CultureInfo.InvariantCulture))] : [];
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new PeakColumn());
            AddColumn(new RateColumn("Rows/s", size => RowsOf(size), 1e6, "0.0 M"));
            AddColumn(new RateColumn("MB/s", size => new FileInfo(DataFileOf(size)).Length, 1e6, "0"));
        }

        private static long RowsOf(NationalFolder size) => CountRows(DataFileOf(size));
    }

    private static NationalFolder FolderOfCase(BenchmarkCase benchmarkCase) => (NationalFolder)benchmarkCase.Parameters["Folder"];

    /// <summary>The largest peak resident memory of a case's measured processes.</summary>
    private sealed class PeakColumn : IColumn
    {
        public string Id => "PeakRss";

        public string ColumnName => "Peak RSS";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Size;

        public string Legend => "Peak RSS: the largest peak resident memory (GNU time %M) of the case's processes, the warm-up's included";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            long[] peaks = Record.Read(benchmarkCase.Descriptor.WorkloadMethod.Name, FolderOfCase(benchmarkCase));
            return peaks.Length == 0 ? "NA" : (peaks.Max() / 1e6).ToString("0 'MB'", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }

    /// <summary>Items of the folder over the mean time.</summary>
    private sealed class RateColumn(string name, Func<NationalFolder, long> itemsOf, double unit, string format) : IColumn
    {
        private readonly Dictionary<NationalFolder, long> items = [];

        public string Id => "Rate" + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 1;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => $"{name}: the folder's {name[..^2]} over the mean time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (meanNs is null || meanNs <= 0)
            {
                return "NA";
            }

            var size = FolderOfCase(benchmarkCase);
            if (!items.TryGetValue(size, out long count))
            {
                items[size] = count = itemsOf(size);
            }

            return (count / (meanNs.Value / 1e9) / unit).ToString(format, CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}

/// <summary>
/// The same race on a folder of published snapshots (R21): <c>ektp report --month 2012-04</c> on a national
/// <c>snapshots.csv</c> against a DuckDB process (<see cref="DuckDbPeer"/>) that finds each kecamatan's edges and
/// sums its increases and decreases between them with window functions.
/// </summary>
public class SnapshotEndToEndBenchmarks : EndToEndBenchmarks
{
    /// <inheritdoc />
    public override IEnumerable<NationalFolder> Folders => [NationalFolder.Snapshots];
}
