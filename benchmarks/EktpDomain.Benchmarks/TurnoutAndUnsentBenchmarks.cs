using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using EktpDomain.Attainment;
using EktpDomain.Recording;
using NodaTime;

namespace EktpDomain.Benchmarks;

/// <summary>
/// The attainment report with and without invitations and a sync log (R12, R13): the report's extra cost is the
/// turnout and demand split per kecamatan and the low-turnout and unsent-records rules. The sync log's replay
/// against the ledger happens when the data is built, in the setup, not in the report. Two sync logs: every set
/// sending once a month (so that almost every set is an <c>unsent-records</c> finding), and every set sending each
/// day what it recorded that day (as R13's recommended action asks, so that none is).
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
public class TurnoutAndUnsentBenchmarks
{
    private RecordingData without = null!;
    private RecordingData with = null!;

    [Params(Scale.District, Scale.Province, Scale.Nation)]
    public Scale Scale { get; set; }

    [Params(ReportWindow.Month, ReportWindow.Year)]
    public ReportWindow Window { get; set; }

    /// <summary>How often each set sends its waiting records.</summary>
    [Params(SendingCadence.Monthly, SendingCadence.Daily)]
    public SendingCadence Sends { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var report = SyntheticReport.Generate(Scale, AttainmentReportBenchmarks.Seed);
        var ledger = report.Rows.BuildLedger();
        without = report.BuildData(ledger);
        with = new RecordingData(without.Population, ledger, without.Calendar)
        {
            Inventory = without.Inventory,
            Incidents = without.Incidents,
            Invitations = Invitations(report.Rows, AttainmentReportBenchmarks.Seed),
            Sync = Sends == SendingCadence.Monthly ? MonthlySends(report.Rows) : DailySends(report.Rows),
        };
    }

    [Benchmark(Baseline = true)]
    public AttainmentReport Report_WithoutInvitationsOrSync() => AttainmentReport.Calculate(without, SyntheticReport.WindowOf(Window));

    [Benchmark]
    public AttainmentReport Report_WithInvitationsAndSync() => AttainmentReport.Calculate(with, SyntheticReport.WindowOf(Window));

    /// <summary>Every kecamatan invites 50–500 residents on each working day of 2012; 30–100 % of them come.</summary>
    private static InvitationLog Invitations(SyntheticLedger rows, int seed)
    {
        var random = new Random(seed);
        var builder = InvitationLog.CreateBuilder(rows.Kecamatan);
        foreach (var code in rows.Kecamatan)
        {
            foreach (var date in rows.Dates)
            {
                if (date.Year == 2012)
                {
                    long invited = random.Next(50, 501);
                    builder.Add(date, code, invited, invited * random.Next(30, 101) / 100, SourceLocation.None);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// Every set sends, on the last working day of each month, that month's gross recordings less its losses: never
    /// more than waits, and records wait up to a month, so that the age threshold is often reached.
    /// </summary>
    private static SyncLog MonthlySends(SyntheticLedger rows)
    {
        var builder = SyncLog.CreateBuilder(rows.Kecamatan);
        var lastOfMonth = new Dictionary<YearMonth, LocalDate>();
        foreach (var date in rows.Dates)
        {
            lastOfMonth[date.ToYearMonth()] = date;
        }

        for (int k = 0; k < rows.Kecamatan.Length; k++)
        {
            var sends = new SortedDictionary<(YearMonth Month, int Set), long>();
            for (int r = rows.KecamatanStart[k]; r < rows.KecamatanStart[k + 1]; r++)
            {
                var key = (rows.Dates[rows.Day[r]].ToYearMonth(), (int)rows.Set[r]);
                sends[key] = sends.GetValueOrDefault(key) + (rows.Kind[r] == 1 ? -rows.Count[r] : rows.Count[r]);
            }

            foreach (var ((month, set), sent) in sends)
            {
                builder.Add(lastOfMonth[month], rows.Kecamatan[k], rows.DeviceIds[k][set], Math.Max(0, sent), SourceLocation.None);
            }
        }

        return builder.Build();
    }

    /// <summary>Every set sends, at the end of each day, that day's gross recordings less that day's losses.</summary>
    private static SyncLog DailySends(SyntheticLedger rows)
    {
        var builder = SyncLog.CreateBuilder(rows.Kecamatan);
        for (int k = 0; k < rows.Kecamatan.Length; k++)
        {
            var sends = new SortedDictionary<(int Day, int Set), long>();
            for (int r = rows.KecamatanStart[k]; r < rows.KecamatanStart[k + 1]; r++)
            {
                var key = ((int)rows.Day[r], (int)rows.Set[r]);
                sends[key] = sends.GetValueOrDefault(key) + (rows.Kind[r] == 1 ? -rows.Count[r] : rows.Count[r]);
            }

            foreach (var ((day, set), sent) in sends)
            {
                builder.Add(rows.Dates[day], rows.Kecamatan[k], rows.DeviceIds[k][set], Math.Max(0, sent), SourceLocation.None);
            }
        }

        return builder.Build();
    }
}

/// <summary>How often the sets of <see cref="TurnoutAndUnsentBenchmarks"/> send their waiting records.</summary>
public enum SendingCadence
{
    /// <summary>On the last working day of each month.</summary>
    Monthly,

    /// <summary>At the end of every day they recorded.</summary>
    Daily,
}
