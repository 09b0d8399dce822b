using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Findings;
using EktpDomain.Forecasting;
using EktpDomain.Regions;
using EktpDomain.Trends;

namespace EktpDomain.Reporting.PlainText;

/// <summary>
/// Plain-text reports for a person to read, as the <c>ektp</c> command prints them (docs/data-folder.md): the
/// attainment table with the headline and the findings, the allocation's explanations, and the completion forecasts.
/// Every word comes from a <see cref="ReportText"/> (R10), so the same results read the same in every app.
/// </summary>
/// <remarks>
/// Lines end with <see cref="Environment.NewLine"/>. Text that echoes data (names, set ids, messages) passes through
/// <see cref="PersonalData.Redact(string)"/> (R11). Thread-safe.
/// </remarks>
public static class PlainTextReport
{
    /// <summary>The width, in characters, that the 3-argument overloads lay their text out in: an ordinary terminal's.</summary>
    public const int DefaultWidth = 120;

    /// <summary>The narrowest width a report can be laid out in.</summary>
    public const int MinimumWidth = 80;

    /// <summary>Formats an attainment report: the title, the table of kecamatan, the headline and the findings.</summary>
    /// <param name="report">The report.</param>
    /// <param name="text">The language.</param>
    /// <param name="notice">A line printed under the title, such as a note on where the figures come from; none when null.</param>
    /// <returns>The report, one line per row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="text"/> is null.</exception>
    public static string Format(AttainmentReport report, ReportText text, string? notice) => Format(report, text, notice, DefaultWidth);

    /// <summary>
    /// Formats an attainment report within a width: a table wider than it is split into parts that repeat the rank,
    /// code and name, and sentences wrap with a hanging indent.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="text">The language.</param>
    /// <param name="notice">A line printed under the title, such as a note on where the figures come from; none when null.</param>
    /// <param name="width">The width in characters, at least <see cref="MinimumWidth"/>; null for no limit (the full table in one piece, no wrapping).</param>
    /// <returns>The report, one line per row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is less than <see cref="MinimumWidth"/>.</exception>
    public static string Format(AttainmentReport report, ReportText text, string? notice, int? width)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        return Render(width, layout => WriteReport(layout, report, text, notice, null));
    }

    /// <summary>
    /// Formats an attainment report within a width, with at most <paramref name="findings"/> findings (the most severe
    /// first) and a line that says how many more there are.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="text">The language.</param>
    /// <param name="notice">A line printed under the title; none when null.</param>
    /// <param name="width">The width in characters, at least <see cref="MinimumWidth"/>; null for no limit.</param>
    /// <param name="findings">The most findings to show, at least 1; null for all.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is less than <see cref="MinimumWidth"/>, or <paramref name="findings"/> is less than 1.</exception>
    public static string Format(AttainmentReport report, ReportText text, string? notice, int? width, int? findings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        CheckFindings(findings);
        return Render(width, layout => WriteReport(layout, report, text, notice, findings));
    }

    /// <summary>
    /// Formats an attainment report at a level (kabupaten/kota, province, nation): the table of regions, the headline,
    /// a line for each region the data covers only in part, and the findings grouped under their region, at most
    /// <paramref name="findings"/> of them (the most severe first) with a line that says how many more there are.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="text">The language.</param>
    /// <param name="notice">A line printed under the title; none when null.</param>
    /// <param name="width">The width in characters, at least <see cref="MinimumWidth"/>; null for no limit.</param>
    /// <param name="findings">The most findings to show, at least 1; null for all.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is less than <see cref="MinimumWidth"/>, or <paramref name="findings"/> is less than 1.</exception>
    public static string Format(LevelReport report, ReportText text, string? notice, int? width, int? findings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        CheckFindings(findings);
        return Render(width, layout => WriteLevelReport(layout, report, text, notice, findings));
    }

    private static void CheckFindings(int? findings)
    {
        if (findings < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(findings), findings, "Show at least 1 finding; give null for all.");
        }
    }

    /// <summary>Formats a device allocation (R9): the title, one explanation per placement, and the summary.</summary>
    /// <param name="allocation">The allocation.</param>
    /// <param name="report">The report the allocation was made from, for its window and throughput.</param>
    /// <param name="text">The language.</param>
    /// <param name="notice">A line printed under the title; none when null.</param>
    /// <returns>The allocation, one line per placement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allocation"/>, <paramref name="report"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="report"/> is of another window or throughput than the allocation.</exception>
    public static string Format(DeviceAllocation allocation, AttainmentReport report, ReportText text, string? notice) => Format(allocation, report, text, notice, DefaultWidth);

    /// <summary>Formats a device allocation (R9) within a width: the explanations wrap with a hanging indent.</summary>
    /// <param name="allocation">The allocation.</param>
    /// <param name="report">The report the allocation was made from, for its window and throughput.</param>
    /// <param name="text">The language.</param>
    /// <param name="notice">A line printed under the title; none when null.</param>
    /// <param name="width">The width in characters, at least <see cref="MinimumWidth"/>; null for no limit.</param>
    /// <returns>The allocation, one explanation per placement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allocation"/>, <paramref name="report"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="report"/> is of another window or throughput than the allocation.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is less than <see cref="MinimumWidth"/>.</exception>
    public static string Format(DeviceAllocation allocation, AttainmentReport report, ReportText text, string? notice, int? width)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        allocation.CheckReport(report, nameof(report));
        return Render(width, layout => WriteAllocation(layout, allocation, report, text, notice));
    }

    /// <summary>Formats completion forecasts (R7): one line per kecamatan, then the total.</summary>
    /// <param name="forecasts">The forecasts.</param>
    /// <param name="text">The language.</param>
    /// <param name="notice">A line printed under the title; none when null.</param>
    /// <returns>The forecasts, one line per kecamatan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="forecasts"/> or <paramref name="text"/> is null.</exception>
    public static string Format(ForecastReport forecasts, ReportText text, string? notice) => Format(forecasts, text, notice, DefaultWidth);

    /// <summary>Formats completion forecasts (R7) within a width: each sentence wraps under its own start.</summary>
    /// <param name="forecasts">The forecasts.</param>
    /// <param name="text">The language.</param>
    /// <param name="notice">A line printed under the title; none when null.</param>
    /// <param name="width">The width in characters, at least <see cref="MinimumWidth"/>; null for no limit.</param>
    /// <returns>The forecasts, one per kecamatan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="forecasts"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is less than <see cref="MinimumWidth"/>.</exception>
    public static string Format(ForecastReport forecasts, ReportText text, string? notice, int? width)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(text);
        return Render(width, layout => WriteForecast(layout, forecasts, text, notice));
    }

    /// <summary>Formats a coverage trend: the title, the total region month by month, then one line per kecamatan and the notes.</summary>
    /// <param name="trend">The trend.</param>
    /// <param name="text">The language.</param>
    /// <param name="notice">A line printed under the title; none when null.</param>
    /// <returns>The trend.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trend"/> or <paramref name="text"/> is null.</exception>
    public static string Format(CoverageTrend trend, ReportText text, string? notice) => Format(trend, text, notice, DefaultWidth);

    /// <summary>Formats a coverage trend within a width: each kecamatan's line wraps under its own start.</summary>
    /// <param name="trend">The trend.</param>
    /// <param name="text">The language.</param>
    /// <param name="notice">A line printed under the title; none when null.</param>
    /// <param name="width">The width in characters, at least <see cref="MinimumWidth"/>; null for no limit.</param>
    /// <returns>The trend.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trend"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is less than <see cref="MinimumWidth"/>.</exception>
    public static string Format(CoverageTrend trend, ReportText text, string? notice, int? width)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(text);
        return Render(width, layout => WriteTrend(layout, trend, text, notice));
    }

    private static void WriteTrend(TextLayout output, CoverageTrend trend, ReportText text, string? notice)
    {
        output.WriteLine(text.Title(trend));
        if (notice is not null)
        {
            output.WriteLine(PersonalData.Redact(notice));
        }

        output.WriteLine();
        string partial = Partial(trend.KecamatanCoverage, text);
        output.WriteLine(PersonalData.Redact($"{trend.Total.Region} {trend.Total.Name}{partial}"));
        string Count(long? value) => value is long v ? text.FormatCount(v) : text.NotApplicable;
        var rows = trend.Total.Months.Select(m => new[]
        {
            text.FormatMonth(m.Month), text.FormatCount(m.Eligible), Count(m.Coverage), text.FormatPercent(m.CoveragePercent), Count(m.Realised), Count(m.Adjustment),
        }).ToList();
        output.WriteTable(
            [new(text.Heading(ReportColumn.Month), false, Key: true), new(text.Heading(ReportColumn.Eligible), true), new(text.Heading(ReportColumn.Coverage), true), new(text.Heading(ReportColumn.CoveragePercent), true), new(text.Heading(ReportColumn.Realised), true), new(text.Heading(ReportColumn.Adjustment), true)],
            rows);
        if (trend.Rows.Length > 1 || trend.Total != trend.Rows[0])
        {
            output.WriteLine();
            output.WriteLine(text.Heading(trend.Level == RegionLevel.Kecamatan ? ReportColumn.Kecamatan : ReportColumn.Region));
            string Name(RegionTrend row) => PersonalData.Redact(row.Name) + Partial(trend.Level < trend.KecamatanCoverage.Level ? trend.GetCoverage(row.Region) : null, text);
            int width = trend.Rows.Max(r => Name(r).Length);
            foreach (var row in trend.Rows)
            {
                string start = $"{row.Region}  {Name(row).PadRight(width)}  ";
                output.WriteLine(start + text.TrendLine(row), start.Length);
            }
        }

        foreach (string note in ReportNotes.For(trend, text))
        {
            output.WriteLine();
            output.WriteLine(PersonalData.Redact(note));
        }
    }

    private static string Render(int? width, Action<TextLayout> write)
    {
        if (width < MinimumWidth)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, $"A text report needs at least {MinimumWidth} characters a line; give null for no limit.");
        }

        using var output = new StringWriter(CultureInfo.InvariantCulture);
        write(new TextLayout(output, width));
        return output.ToString();
    }

    private static void WriteReport(TextLayout output, AttainmentReport report, ReportText text, string? notice, int? findings)
    {
        WriteHead(output, text.Title(report), notice);
        var rows = report.Rows.Select(r => new TableRow(
            r.Rank, r.Code, r.Name, null, r.Target, r.Realised, r.RealisedPercent, r.Band, r.Adjustment, r.CoveragePercent, r.Capacity,
            r.Invitations?.TurnoutPercent, r.ShortfallAttribution.HasShortfall ? r.ShortfallAttribution.Round() : null, r.Snapshots is null ? r.Backlog : null));
        WriteTable(output, report, rows, report.Summary.KecamatanCoverage.Level == RegionLevel.Regency ? ReportColumn.Region : ReportColumn.Kecamatan, text);
        output.WriteLine();
        output.WriteLine(text.Headline(report.Summary));
        if (report.Summary.KecamatanCoverage is { IsPartial: true } coverage)
        {
            output.WriteLine(PersonalData.Redact(text.PartialCoverageNote(coverage, report.GetName(coverage.Region))));
        }

        WriteNotesAndFindings(output, report, text, null, findings);
    }

    private static void WriteHead(TextLayout output, string title, string? notice)
    {
        output.WriteLine(title);
        if (notice is not null)
        {
            output.WriteLine(PersonalData.Redact(notice));
        }

        output.WriteLine();
    }

    /// <summary>One row of the attainment table: a kecamatan, or a region of a <see cref="LevelReport"/>.</summary>
    private sealed record TableRow(
        int? Rank, RegionCode Code, string Name, string? DataCoverage, long Target, long? Realised, decimal? RealisedPercent, AttainmentBand Band,
        long? Adjustment, decimal? CoveragePercent, long? Capacity, decimal? TurnoutPercent, RoundedShortfall? Shortfall, long? Backlog);

    /// <summary>
    /// The attainment table: the columns of the turnout, the devices, the snapshots and the shortfall's parts only
    /// when the kecamatan of <paramref name="report"/> have them, whatever level the rows are of.
    /// </summary>
    private static void WriteTable(TextLayout output, AttainmentReport report, IEnumerable<TableRow> rows, ReportColumn unit, ReportText text)
    {
        bool devices = report.Capacity is not null;
        bool invitations = report.Rows.Any(r => r.Invitations is not null);
        bool snapshots = report.Rows.Any(r => r.Snapshots is not null);

        // Snapshots know neither losses nor re-recordings (R21): without ledger rows or devices, the shortfall has no
        // parts to tell apart, and the backlog is always 0.
        bool ledger = report.Rows.Any(r => r.Snapshots is null);
        bool parts = ledger || devices;
        bool coverage = unit == ReportColumn.Region && rows.Any(r => r.DataCoverage is not null);
        var columns = new List<(ReportColumn Column, bool Right)> { (ReportColumn.Rank, true), (ReportColumn.Code, false), (unit, false) };
        if (coverage)
        {
            columns.Add((ReportColumn.DataCoverage, true));
        }

        columns.AddRange([(ReportColumn.Target, true), (ReportColumn.Realised, true), (ReportColumn.RealisedPercent, true), (ReportColumn.Band, false)]);
        if (snapshots)
        {
            columns.Add((ReportColumn.Adjustment, true));
            columns.Add((ReportColumn.CoveragePercent, true));
        }

        if (devices)
        {
            columns.Add((ReportColumn.Capacity, true));
        }

        if (invitations)
        {
            columns.Add((ReportColumn.TurnoutPercent, true));
        }

        if (parts)
        {
            columns.Add((ReportColumn.ShortfallDataLoss, true));
            columns.Add((ReportColumn.ShortfallOutage, true));
            columns.Add((ReportColumn.ShortfallDemand, true));
        }

        if (parts && invitations)
        {
            columns.Add((ReportColumn.ShortfallService, true));
            columns.Add((ReportColumn.ShortfallNoShow, true));
            columns.Add((ReportColumn.ShortfallNotInvited, true));
        }

        if (ledger)
        {
            columns.Add((ReportColumn.Backlog, true));
        }

        var cells = rows.Select(r =>
        {
            var shortfall = r.Shortfall ?? default;
            bool missed = r.Shortfall is { Shortfall: > 0 };
            var cells = new List<string>
            {
                r.Rank is int rank ? text.FormatCount(rank) : "-",
                r.Code.ToString(),
                PersonalData.Redact(r.Name),
            };
            if (coverage)
            {
                cells.Add(r.DataCoverage ?? string.Empty);
            }

            cells.AddRange(
            [
                text.FormatCount(r.Target),
                r.Realised is long realised ? text.FormatCount(realised) : text.NotApplicable,
                text.FormatPercent(r.RealisedPercent),
                text.BandName(r.Band),
            ]);
            if (snapshots)
            {
                cells.Add(r.Adjustment is long adjustment ? text.FormatCount(adjustment) : text.NotApplicable);
                cells.Add(text.FormatPercent(r.CoveragePercent));
            }

            if (devices)
            {
                cells.Add(r.Capacity is long capacity ? text.FormatCount(capacity) : text.NotApplicable);
            }

            if (invitations)
            {
                cells.Add(text.FormatPercent(r.TurnoutPercent));
            }

            if (parts)
            {
                cells.Add(missed ? text.FormatCount(shortfall.DataLoss) : "-");
                cells.Add(Part(missed, shortfall.Outage, text));
                cells.Add(missed ? text.FormatCount(shortfall.Demand) : "-");
            }

            if (parts && invitations)
            {
                cells.Add(Part(missed, shortfall.Service, text));
                cells.Add(Part(missed, shortfall.NoShow, text));
                cells.Add(Part(missed, shortfall.NotInvited, text));
            }

            if (ledger)
            {
                cells.Add(r.Backlog is long backlog ? text.FormatCount(backlog) : "-");
            }

            return cells.ToArray();
        }).ToList();

        // Rank, code and name are the keys: a table wider than the width is split, and each part repeats them.
        output.WriteTable([.. columns.Select((c, i) => new TextColumn(text.Heading(c.Column), c.Right, Key: i < 3))], cells);
    }

    /// <summary>
    /// The report's notes and findings. With a level, the findings are grouped under the row each kecamatan counts in;
    /// with a limit, only the first (most severe) are shown, and a line says how many more there are.
    /// </summary>
    private static void WriteNotesAndFindings(TextLayout output, AttainmentReport report, ReportText text, LevelReport? level, int? limit)
    {
        foreach (string note in ReportNotes.For(report, text))
        {
            output.WriteLine(PersonalData.Redact(note));
        }

        output.WriteLine();
        output.WriteLine(text.FindingsHeading);
        if (report.Findings.IsEmpty)
        {
            output.WriteLine(text.NoFindings);
        }

        var shown = limit is int most ? report.Findings.Take(most).ToList() : [.. report.Findings];
        void Write(Finding finding, int indent)
        {
            string pad = new(' ', indent);
            string device = finding.Device is null ? string.Empty : $" {PersonalData.Redact(finding.Device)}";
            string name = PersonalData.Redact(finding.KecamatanName ?? report.GetName(finding.Kecamatan));
            output.WriteLine($"{pad}- [{text.SeverityName(finding.Severity)}] {finding.RuleId} {finding.Kecamatan} {name}{device}: {text.FindingMessage(finding)}", indent: indent + 2);
            output.WriteLine($"{pad}  → {text.FindingAction(finding)}", indent: indent + 4);
        }

        if (level is null)
        {
            shown.ForEach(f => Write(f, 0));
        }
        else
        {
            RegionCode RowOf(Finding finding) => level.RowOf(finding.Kecamatan)?.Code ?? finding.Kecamatan;
            var all = report.Findings.CountBy(RowOf).ToDictionary();
            foreach (var group in shown.GroupBy(RowOf).OrderBy(g => g.Key))
            {
                output.WriteLine(PersonalData.Redact(text.FindingsGroupHeading($"{group.Key} {report.GetName(group.Key)}", group.Count(), all[group.Key])));
                foreach (var finding in group)
                {
                    Write(finding, 2);
                }
            }
        }

        if (shown.Count < report.Findings.Length)
        {
            output.WriteLine(text.MoreFindings(report.Findings.Length - shown.Count, report.Findings.Length));
        }
    }

    private static void WriteLevelReport(TextLayout output, LevelReport report, ReportText text, string? notice, int? findings)
    {
        WriteHead(output, text.Title(report), notice);
        var rows = report.Rows.Select(r => new TableRow(
            r.Rank, r.Code, r.Name, text.CoverageLabel(r.KecamatanCoverage), r.Target, r.Realised, r.RealisedPercent, r.Band, r.Adjustment, r.CoveragePercent, r.Capacity,
            r.Invitations?.TurnoutPercent, r.Shortfall, r.Backlog));
        WriteTable(output, report.Report, rows, ReportColumn.Region, text);
        output.WriteLine();
        output.WriteLine(text.Headline(report.Summary));
        if (report.Summary.KecamatanCoverage is { IsPartial: true } coverage && report.Rows.All(r => r.Code != coverage.Region))
        {
            output.WriteLine(PersonalData.Redact(text.PartialCoverageNote(coverage, report.Report.GetName(coverage.Region))));
        }

        foreach (var row in report.Rows.Where(r => r.KecamatanCoverage.IsPartial))
        {
            output.WriteLine(PersonalData.Redact(text.PartialCoverageNote(row.KecamatanCoverage, row.Name)));
        }

        WriteNotesAndFindings(output, report.Report, text, report.Level < report.Report.Summary.KecamatanCoverage.Level ? report : null, findings);
    }

    /// <summary>" (3 of 29 kecamatan)" after a region's name when the data holds only part of it; empty otherwise.</summary>
    private static string Partial(KecamatanCoverage? coverage, ReportText text) =>
        coverage is { IsPartial: true } partial ? $" ({text.CoverageLabel(partial)})" : string.Empty;

    /// <summary>A part of a shortfall rounded to whole residents, "-" without a shortfall, or not applicable.</summary>
    private static string Part(bool missed, long? part, ReportText text) =>
        !missed ? "-" : part is long value ? text.FormatCount(value) : text.NotApplicable;

    private static void WriteAllocation(TextLayout output, DeviceAllocation allocation, AttainmentReport report, ReportText text, string? notice)
    {
        output.WriteLine(text.Title(allocation, report));
        if (notice is not null)
        {
            output.WriteLine(PersonalData.Redact(notice));
        }

        output.WriteLine();
        foreach (var placement in allocation.Placements)
        {
            output.WriteLine(PersonalData.Redact(text.AllocationExplanation(placement)), indent: 2);
        }

        output.WriteLine();
        output.WriteLine(text.AllocationSummary(allocation));
    }

    private static void WriteForecast(TextLayout output, ForecastReport forecasts, ReportText text, string? notice)
    {
        output.WriteLine(text.Title(forecasts));
        if (notice is not null)
        {
            output.WriteLine(PersonalData.Redact(notice));
        }

        output.WriteLine();
        string Name(RegionCode code) => PersonalData.Redact(forecasts.GetName(code));
        string Row(RegionCode code) => Name(code) + Partial(forecasts.Level < forecasts.KecamatanCoverage.Level ? forecasts.GetCoverage(code) : null, text);
        int width = forecasts.Rows.Max(f => Row(f.Region).Length);
        foreach (var forecast in forecasts.Rows)
        {
            string start = $"{forecast.Region}  {Row(forecast.Region).PadRight(width)}  ";
            output.WriteLine(start + text.ForecastLine(forecast), start.Length);
        }

        output.WriteLine();
        string partial = Partial(forecasts.KecamatanCoverage, text);
        output.WriteLine($"{forecasts.Total.Region} {Name(forecasts.Total.Region)}{partial}: {text.ForecastLine(forecasts.Total)}");
    }
}
