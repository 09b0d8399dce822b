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
/// against the ledger happens when the data is built, in the setup, not in the report.
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
            Sync = MonthlySends(report.Rows),
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
}
