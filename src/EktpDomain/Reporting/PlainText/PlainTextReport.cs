using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Forecasting;
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
        return Render(width, layout => WriteReport(layout, report, text, notice));
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
        string partial = trend.KecamatanCoverage.IsPartial ? $" ({text.CoverageLabel(trend.KecamatanCoverage)})" : string.Empty;
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
            output.WriteLine(text.Heading(trend.KecamatanCoverage.Level == RegionLevel.Regency ? ReportColumn.Region : ReportColumn.Kecamatan));
            int width = trend.Rows.Max(r => PersonalData.Redact(r.Name).Length);
            foreach (var row in trend.Rows)
            {
                string start = $"{row.Region}  {PersonalData.Redact(row.Name).PadRight(width)}  ";
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

    private static void WriteReport(TextLayout output, AttainmentReport report, ReportText text, string? notice)
    {
        output.WriteLine(text.Title(report));
        if (notice is not null)
        {
            output.WriteLine(PersonalData.Redact(notice));
        }

        output.WriteLine();
        bool devices = report.Capacity is not null;
        bool invitations = report.Rows.Any(r => r.Invitations is not null);
        bool snapshots = report.Rows.Any(r => r.Snapshots is not null);

        // Snapshots know neither losses nor re-recordings (R21): without ledger rows or devices, the shortfall has no
        // parts to tell apart, and the backlog is always 0.
        bool ledger = report.Rows.Any(r => r.Snapshots is null);
        bool parts = ledger || devices;
        var columns = new List<(ReportColumn Column, bool Right)>
        {
            (ReportColumn.Rank, true),
            (ReportColumn.Code, false),
            (report.Summary.KecamatanCoverage.Level == RegionLevel.Regency ? ReportColumn.Region : ReportColumn.Kecamatan, false),
            (ReportColumn.Target, true),
            (ReportColumn.Realised, true),
            (ReportColumn.RealisedPercent, true),
            (ReportColumn.Band, false),
        };
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

        var rows = report.Rows.Select(r =>
        {
            var shortfall = r.ShortfallAttribution.Round();
            bool missed = r.ShortfallAttribution.HasShortfall;
            var cells = new List<string>
            {
                r.Rank is int rank ? text.FormatCount(rank) : "-",
                r.Code.ToString(),
                PersonalData.Redact(r.Name),
                text.FormatCount(r.Target),
                r.Realised is long realised ? text.FormatCount(realised) : text.NotApplicable,
                text.FormatPercent(r.RealisedPercent),
                text.BandName(r.Band),
            };
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
                cells.Add(text.FormatPercent(r.Invitations?.TurnoutPercent));
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
                cells.Add(r.Snapshots is null ? text.FormatCount(r.Backlog) : "-");
            }

            return cells.ToArray();
        }).ToList();
        // Rank, code and name are the keys: a table wider than the width is split, and each part repeats them.
        output.WriteTable([.. columns.Select((c, i) => new TextColumn(text.Heading(c.Column), c.Right, Key: i < 3))], rows);
        output.WriteLine();
        output.WriteLine(text.Headline(report.Summary));
        if (report.Summary.KecamatanCoverage is { IsPartial: true } coverage)
        {
            output.WriteLine(PersonalData.Redact(text.PartialCoverageNote(coverage, report.NameOf(coverage.Region))));
        }

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

        foreach (var finding in report.Findings)
        {
            string device = finding.Device is null ? string.Empty : $" {PersonalData.Redact(finding.Device)}";
            string name = PersonalData.Redact(finding.KecamatanName ?? report.NameOf(finding.Kecamatan));
            output.WriteLine($"- [{text.SeverityName(finding.Severity)}] {finding.RuleId} {finding.Kecamatan} {name}{device}: {text.FindingMessage(finding)}", indent: 2);
            output.WriteLine($"  → {text.FindingAction(finding)}", indent: 4);
        }
    }

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
        int width = forecasts.Rows.Max(f => Name(f.Region).Length);
        foreach (var forecast in forecasts.Rows)
        {
            string start = $"{forecast.Region}  {Name(forecast.Region).PadRight(width)}  ";
            output.WriteLine(start + text.ForecastLine(forecast), start.Length);
        }

        output.WriteLine();
        string partial = forecasts.KecamatanCoverage.IsPartial ? $" ({text.CoverageLabel(forecasts.KecamatanCoverage)})" : string.Empty;
        output.WriteLine($"{forecasts.Total.Region} {Name(forecasts.Total.Region)}{partial}: {text.ForecastLine(forecasts.Total)}");
    }
}
