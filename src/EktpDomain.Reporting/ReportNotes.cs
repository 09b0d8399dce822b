using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Recording;
using EktpDomain.Trends;

namespace EktpDomain.Reporting;

/// <summary>
/// The notes every format prints under a result's headline: which kecamatan have no realisation from their snapshots,
/// and why, and how far the snapshots at the edges lie from the period's edges (R21); which rows have retired codes,
/// and where they roll up (R24). The plain text, the JSON
/// and the documents of <c>ektp</c> all take them from here. Thread-safe.
/// </summary>
public static class ReportNotes
{
    /// <summary>
    /// The notes on rows whose realisation comes from snapshots (R21): which kecamatan have none, and why, and how far
    /// the snapshots at the edges lie from the period's edges. Every format prints the same notes.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="text">The language.</param>
    /// <returns>The notes, none when every realisation is known and every edge lies on its day.</returns>
    public static IEnumerable<string> For(AttainmentReport report, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var byCode = report.Rows.Where(r => r.Snapshots is not null).OrderBy(r => r.Code).ToList();
        foreach (var status in new[] { SnapshotRealisationStatus.NoSnapshotBeforeStart, SnapshotRealisationStatus.NoSnapshotInWindow })
        {
            var regions = byCode.Where(r => r.Snapshots!.Status == status).Select(r => $"{r.Code} {r.Name}").ToList();
            if (regions.Count > 0)
            {
                yield return text.RealisationUnknownNote(status, report.Window, regions, report.Summary.KecamatanCoverage.Level);
            }
        }

        foreach (var row in report.Rows.OrderBy(r => r.Code).Where(r => report.CodeChanges.IsRetired(r.Code, report.Window.End)))
        {
            var (from, kind, successors) = report.CodeChanges.GetRetirement(row.Code)!.Value;
            // The region the row sits in when rolled up: its successor's parent, or the region of all its parts.
            var into = report.CodeChanges.GetRollUpRegion(row.Code, report.Window.End);
            into = into.Level == row.Code.Level ? into.Parent : into;
            yield return text.CodeChangeNote($"{row.Code} {row.Name}", kind, successors, from, into.IsNation ? report.GetName(into) : $"{into} {report.GetName(into)}");
        }

        var known = byCode.Where(r => r.Snapshots!.Status == SnapshotRealisationStatus.Known).Select(r => r.Snapshots!).ToList();
        int startLag = known.Count == 0 ? 0 : known.Max(s => s.StartLagDays!.Value);
        int endLag = known.Count == 0 ? 0 : known.Max(s => s.EndLagDays!.Value);
        if (startLag > 0 || endLag > 0)
        {
            yield return text.SnapshotLagNote(startLag, endLag);
        }
    }

    /// <summary>
    /// The notes on a trend's figures from snapshots (R21): how far, at most, the snapshots at the months' edges lie
    /// from those edges. Every format prints the same notes.
    /// </summary>
    /// <param name="trend">The trend.</param>
    /// <param name="text">The language.</param>
    /// <returns>The notes; none when every known month's edges lie on their days.</returns>
    public static IEnumerable<string> For(CoverageTrend trend, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(text);
        var known = trend.Rows.SelectMany(r => r.Months).Select(m => m.Snapshots).Where(s => s is { Status: SnapshotRealisationStatus.Known }).ToList();
        int startLag = known.Count == 0 ? 0 : known.Max(s => s!.StartLagDays!.Value);
        int endLag = known.Count == 0 ? 0 : known.Max(s => s!.EndLagDays!.Value);
        if (startLag > 0 || endLag > 0)
        {
            yield return text.SnapshotLagNote(startLag, endLag);
        }
    }
}
