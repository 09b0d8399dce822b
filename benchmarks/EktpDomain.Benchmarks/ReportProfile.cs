using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Capacity;
using EktpDomain.Findings;
using EktpDomain.Targets;

namespace EktpDomain.Benchmarks;

/// <summary>
/// Times the phases of one attainment report in a loop (not a BenchmarkDotNet run): for finding what to optimise,
/// and to see where the time of the end-to-end benchmark goes. Prints the best wall-clock and process CPU time of
/// each phase over the repeats, so that a loaded machine shows the work rather than the wait.
/// </summary>
internal static class ReportProfile
{
    public static void Run(Scale scale, ReportWindow which, int repeats)
    {
        var stopwatch = Stopwatch.StartNew();
        var synthetic = SyntheticReport.Generate(scale, AttainmentReportBenchmarks.Seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated in {stopwatch.Elapsed.TotalSeconds:F1} s"));
        stopwatch.Restart();
        var data = synthetic.BuildData();
        synthetic = null;
        GC.KeepAlive(synthetic);
        GC.Collect();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built in {stopwatch.Elapsed.TotalSeconds:F1} s: {data.Ledger.Count:N0} entries, {data.KecamatanCodes.Length:N0} kecamatan, {data.Inventory!.Count:N0} sets, {data.Incidents!.Count:N0} incidents"));
        var window = SyntheticReport.WindowOf(which);
        var options = AttainmentOptions.Default;

        var report = AttainmentReport.Calculate(data, window, options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Rows.Length} rows, {report.Findings.Length} findings, {report.Capacity!.Outages.Length} outages"));
        Measure("report", repeats, () => AttainmentReport.Calculate(data, window, options));
        Measure("capacity", repeats, () => CapacityAnalysis.Calculate(data.Inventory!, data.Incidents, data.Calendar, window, options.Throughput, data.KecamatanCodes));
        Measure("ledger totals", repeats, () => data.Ledger.GetTotalsAndTotalsUpToByKecamatan(window));
        var targets = new TargetCalculator(options.TargetPolicy, options.Prorating, data.Calendar);
        Measure("targets one by one", repeats, () => data.KecamatanCodes.Sum(code => targets.GetTarget(code, window, data.Population, data.Ledger)));
        var capacity = CapacityAnalysis.Calculate(data.Inventory!, data.Incidents, data.Calendar, window, options.Throughput, data.KecamatanCodes);
        var (inWindow, upTo) = data.Ledger.GetTotalsAndTotalsUpToByKecamatan(window);
        var context = new IncidentRuleContext(data, window, capacity, inWindow, [.. upTo.Select(u => u.BacklogChange)], [.. upTo.Select(u => (long?)u.Net)], [.. data.Population.GetEligibleByKecamatan(window.End)]);
        Measure("rules", repeats, () => options.Rules.Evaluate(context));
        foreach (var rule in options.Rules.Rules)
        {
            Measure("  " + rule.Id, repeats, () => rule.Evaluate(context).Count());
        }
    }

    private static void Measure(string name, int repeats, Func<object> action)
    {
        double wall = double.MaxValue, cpu = double.MaxValue;
        var process = Process.GetCurrentProcess();
        for (int i = 0; i < repeats; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            wall = Math.Min(wall, stopwatch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu = Math.Min(cpu, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} best wall {wall,8:F2} ms   best CPU {cpu,8:F2} ms   load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
    }
}
