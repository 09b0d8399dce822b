using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using EktpDomain.Import;

namespace EktpDomain.Benchmarks;

/// <summary>
/// The side-by-side race of issue 22, outside BenchmarkDotNet so that the contenders alternate: <c>ektp report</c>, a
/// DuckDB process (<see cref="DuckDbPeer"/>) and a Polars process (<c>benchmarks/polars-peer</c>, nodejs-polars under
/// node), each a whole process started the same way under GNU <c>time</c>, on the same folder, in a rotating order
/// (A B C, B C A, C A B, …) after one warm-up each, so that a neighbour's load falls on all of them alike. Prints the
/// medians of wall time, CPU time (user + sys) and peak resident memory, rows/s, MB/s and the ratios to ektp.
/// </summary>
internal static class Race
{
    private const string From = "2012-04-01";
    private const string To = "2012-04-30";

    private sealed record Contender(string Name, string Program, string[] Arguments);

    private sealed record Run(double Wall, double Cpu, long PeakBytes);

    /// <param name="folder">The data folder.</param>
    /// <param name="rounds">The rounds after the warm-up.</param>
    /// <param name="tool">
    /// The <c>ektp</c> command of an installed tool package (<c>dotnet tool install EktpDomain.Cli --tool-path DIR</c>
    /// gives <c>DIR/ektp</c>), compiled ahead of time for its platform: the first contender, what a user runs, beside
    /// the build's <c>ektp.dll</c>. Null to race the build alone.
    /// </param>
    public static void Start(string folder, int rounds, string? tool = null)
    {
        string ledger = Path.Combine(folder, DataFolder.LedgerFile);
        var info = new FileInfo(ledger);
        long bytes = (info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info).Length;
        long rows = EndToEndBenchmarks.CountRows(ledger);
        var contenders = Contenders(folder, tool);
        Verify(folder, contenders);
        var runs = contenders.ToDictionary(c => c.Name, _ => new List<Run>());
        foreach (var contender in contenders)
        {
            Measure(contender);
        }

        for (int round = 0; round < rounds; round++)
        {
            for (int i = 0; i < contenders.Count; i++)
            {
                var contender = contenders[(round + i) % contenders.Count];
                var run = Measure(contender);
                runs[contender.Name].Add(run);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: {contender.Name} {run.Wall:F2} s wall, {run.Cpu:F2} s CPU, {run.PeakBytes / 1e6:F0} MB"));
            }
        }

        var ektp = Median(runs[contenders[0].Name]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows, {bytes / 1e6:F0} MB of ledger.csv; medians of {rounds} runs each, alternating, after a warm-up each; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end"));
        Console.WriteLine();
        Console.WriteLine("| process | wall | CPU (user + sys) | peak RSS | rows/s | MB/s | wall ÷ ektp | CPU ÷ ektp | peak ÷ ektp |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var contender in contenders)
        {
            var m = Median(runs[contender.Name]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {contender.Name} | {m.Wall:F2} s | {m.Cpu:F2} s | {m.PeakBytes / 1e6:F0} MB | {rows / m.Wall / 1e6:F1} M | {bytes / m.Wall / 1e6:F0} | {m.Wall / ektp.Wall:F2} | {m.Cpu / ektp.Cpu:F2} | {(double)m.PeakBytes / ektp.PeakBytes:F2} |"));
        }
    }

    private static List<Contender> Contenders(string folder, string? tool)
    {
        string benchmarks = typeof(Race).Assembly.Location;
        string ektp = Path.Combine(AppContext.BaseDirectory, "ektp.dll");
        string polars = PolarsScript();
        string[] report = ["report", "--data", folder, "--month", From[..7], "--format", "json"];
        var build = new Contender(tool is null ? "ektp report --format json" : "ektp report --format json (build, JIT)", "dotnet", [ektp, .. report]);
        List<Contender> contenders = tool is null
            ? [build]
            : [new Contender("ektp report --format json (tool, ReadyToRun)", Path.GetFullPath(tool), report), build];
        contenders.Add(new(DuckDb, "dotnet", [benchmarks, "--duckdb-peer", folder, From, To]));
        contenders.Add(new(Polars, "node", [polars, folder, From, To]));
        return contenders;
    }

    private const string DuckDb = "DuckDB (DuckDB.NET 1.5.6.1, 2 threads)";

    private const string Polars = "Polars (nodejs-polars 0.25.2, node 20)";

    /// <summary>benchmarks/polars-peer/polars-peer.mjs, found above this program; its packages must be installed.</summary>
    internal static string PolarsScript()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string script = Path.Combine(directory.FullName, "benchmarks", "polars-peer", "polars-peer.mjs");
            if (File.Exists(script))
            {
                return Directory.Exists(Path.Combine(Path.GetDirectoryName(script)!, "node_modules", "nodejs-polars"))
                    ? script
                    : throw new InvalidOperationException($"Install the Polars peer first: cd {Path.GetDirectoryName(script)} && npm ci");
            }
        }

        throw new FileNotFoundException("benchmarks/polars-peer/polars-peer.mjs is not above this program.");
    }

    /// <summary>The peers agree line for line; ektp agrees with them on every kecamatan's sums.</summary>
    private static void Verify(string folder, List<Contender> contenders)
    {
        string duck = Output(contenders.Single(c => c.Name == DuckDb));
        string polars = Output(contenders.Single(c => c.Name == Polars));
        if (duck != polars)
        {
            throw new InvalidOperationException("DuckDB and Polars disagree.");
        }

        var peer = duck.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToDictionary(f => f[0], f => string.Join(',', f.Skip(1)), StringComparer.Ordinal);
        var outputs = contenders.Where(c => c.Name.StartsWith("ektp", StringComparison.Ordinal)).Select(Output).ToList();
        if (outputs.Distinct(StringComparer.Ordinal).Count() != 1)
        {
            throw new InvalidOperationException("The installed tool and the build of ektp print different JSON.");
        }

        int mismatches = EndToEndBenchmarks.Disagreements(outputs[0], peer, out int kecamatan);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{folder}: ektp {kecamatan:N0} kecamatan ({outputs.Count} builds, the same JSON), DuckDB and Polars {peer.Count:N0} (identical to each other); {mismatches} disagree with ektp."));
        if (mismatches > 0 || kecamatan != peer.Count)
        {
            throw new InvalidOperationException("ektp and the peers disagree.");
        }
    }

    private static string Output(Contender contender)
    {
        var start = new ProcessStartInfo(contender.Program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string argument in contender.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{contender.Name} exited with {process.ExitCode}.");
    }

    private static Run Measure(Contender contender)
    {
        string record = Path.Combine(Path.GetTempPath(), "ektp-race.time");
        var start = new ProcessStartInfo("/usr/bin/time") { UseShellExecute = false };
        foreach (string argument in (string[])["-f", "%e %U %S %M", "-o", record, "/bin/sh", "-c", "exec \"$@\" > /dev/null", "race", contender.Program, .. contender.Arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{contender.Name} exited with {process.ExitCode}.");
        }

        double[] f = [.. File.ReadAllLines(record).Last(l => l.Length > 0).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
        return new Run(f[0], f[1] + f[2], (long)f[3] * 1024);
    }

    private static Run Median(List<Run> runs)
    {
        static double Mid(IEnumerable<double> values)
        {
            double[] sorted = [.. values.Order()];
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        return new Run(Mid(runs.Select(r => r.Wall)), Mid(runs.Select(r => r.Cpu)), (long)Mid(runs.Select(r => (double)r.PeakBytes)));
    }
}
