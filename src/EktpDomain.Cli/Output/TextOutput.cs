using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Cli.Scenario;
using EktpDomain.Forecasting;
using EktpDomain.Reporting;

namespace EktpDomain.Cli.Output;

/// <summary>Prints results as plain-text tables for a person to read. Every word comes from <see cref="ReportText"/> (R10).</summary>
internal static class TextOutput
{
    public static void WriteReport(TextWriter output, AttainmentReport report, ReportText text, bool illustrative)
    {
        output.WriteLine(text.ReportTitle(report.Window, report.WorkingDays, report.Summary.TargetPercent));
        if (illustrative)
        {
            output.WriteLine(ScenarioNotice.For(text));
        }

        output.WriteLine();
        bool devices = report.Capacity is not null;
        var columns = new List<(ReportColumn Column, bool Right)>
        {
            (ReportColumn.Rank, true),
            (ReportColumn.Code, false),
            (ReportColumn.Kecamatan, false),
            (ReportColumn.Target, true),
            (ReportColumn.Realised, true),
            (ReportColumn.RealisedPercent, true),
            (ReportColumn.Band, false),
        };
        if (devices)
        {
            columns.Add((ReportColumn.Capacity, true));
        }

        columns.Add((ReportColumn.ShortfallDataLoss, true));
        columns.Add((ReportColumn.ShortfallOutage, true));
        columns.Add((ReportColumn.ShortfallDemand, true));
        columns.Add((ReportColumn.Backlog, true));

        var rows = report.Kecamatan.Select(r =>
        {
            var shortfall = r.ShortfallAttribution;
            var cells = new List<string>
            {
                r.Rank is int rank ? text.FormatCount(rank) : "-",
                r.Code.ToString(),
                PersonalData.Redact(r.Name),
                text.FormatCount(r.Target),
                text.FormatCount(r.Realised),
                text.FormatPercent(r.RealisedPercent),
                text.BandName(r.Band),
            };
            if (devices)
            {
                cells.Add(r.Capacity is long capacity ? text.FormatCount(capacity) : text.NotApplicable);
            }

            cells.Add(shortfall.HasShortfall ? text.FormatCount(shortfall.DataLoss) : "-");
            cells.Add(!shortfall.HasShortfall ? "-" : shortfall.Outage is Ratio outage ? text.FormatCount(outage.Round()) : text.NotApplicable);
            cells.Add(shortfall.HasShortfall ? text.FormatCount(shortfall.Demand.Round()) : "-");
            cells.Add(text.FormatCount(r.Backlog));
            return cells.ToArray();
        }).ToList();
        WriteTable(output, columns.Select(c => (text.Heading(c.Column), c.Right)).ToList(), rows);
        output.WriteLine();
        output.WriteLine(text.Headline(report.Summary));
        output.WriteLine();
        output.WriteLine(text.FindingsHeading);
        if (report.Findings.IsEmpty)
        {
            output.WriteLine(text.NoFindings);
        }

        foreach (var finding in report.Findings)
        {
            string device = finding.Device is null ? string.Empty : $" {PersonalData.Redact(finding.Device)}";
            output.WriteLine($"- [{text.SeverityName(finding.Severity)}] {finding.RuleId} {finding.Kecamatan}{device}: {text.FindingMessage(finding)}");
            output.WriteLine($"  → {text.FindingAction(finding)}");
        }
    }

    public static void WriteAllocation(TextWriter output, DeviceAllocation allocation, AttainmentReport report, ReportText text, bool illustrative)
    {
        output.WriteLine(text.AllocationTitle(allocation.Placements.Length, report.Window, report.Options.Throughput));
        if (illustrative)
        {
            output.WriteLine(ScenarioNotice.For(text));
        }

        output.WriteLine();
        foreach (var placement in allocation.Placements)
        {
            output.WriteLine(PersonalData.Redact(text.AllocationExplanation(placement)));
        }

        output.WriteLine();
        output.WriteLine(text.AllocationSummary(allocation));
    }

    public static void WriteForecast(TextWriter output, ForecastReport forecasts, ReportText text, bool illustrative)
    {
        output.WriteLine(text.ForecastTitle(forecasts.AsOf));
        if (illustrative)
        {
            output.WriteLine(ScenarioNotice.For(text));
        }

        output.WriteLine();
        string Name(RegionCode code) => PersonalData.Redact(forecasts.GetName(code));
        int width = forecasts.Kecamatan.Max(f => Name(f.Region).Length);
        foreach (var forecast in forecasts.Kecamatan)
        {
            output.WriteLine($"{forecast.Region}  {Name(forecast.Region).PadRight(width)}  {text.ForecastLine(forecast)}");
        }

        output.WriteLine();
        output.WriteLine($"{forecasts.Total.Region} {Name(forecasts.Total.Region)}: {text.ForecastLine(forecasts.Total)}");
    }

    private static void WriteTable(TextWriter output, List<(string Heading, bool Right)> columns, List<string[]> rows)
    {
        var widths = columns.Select((c, i) => Math.Max(c.Heading.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        string Line(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((cell, i) => columns[i].Right ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]))).TrimEnd();
        output.WriteLine(Line(columns.Select(c => c.Heading).ToList()));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row));
        }
    }
}
