using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Text;

namespace EktpDomain.Cli.Output;

/// <summary>Prints results as plain-text tables for a person to read. Every word comes from <see cref="ReportText"/> (R10).</summary>
internal static class TextOutput
{
    public static void WriteReport(TextWriter output, AttainmentReport report, ReportText text, bool illustrative)
    {
        output.WriteLine(text.ReportTitle(report.Window, report.WorkingDays, report.Summary.TargetPercent));
        if (illustrative)
        {
            output.WriteLine(text.IllustrativeNotice);
        }

        output.WriteLine();
        var columns = new List<(ReportColumn Column, bool Right)>
        {
            (ReportColumn.Rank, true),
            (ReportColumn.Code, false),
            (ReportColumn.Kecamatan, false),
            (ReportColumn.Eligible, true),
            (ReportColumn.Target, true),
            (ReportColumn.Realised, true),
            (ReportColumn.RealisedPercent, true),
            (ReportColumn.Band, false),
            (ReportColumn.CoveragePercent, true),
            (ReportColumn.Backlog, true),
        };
        var rows = report.Kecamatan.Select(r => new[]
        {
            r.Rank is int rank ? text.FormatCount(rank) : "-",
            r.Code.ToString(),
            r.Name,
            text.FormatCount(r.Eligible),
            text.FormatCount(r.Target),
            text.FormatCount(r.Realised),
            text.FormatPercent(r.RealisedPercent),
            text.BandName(r.Band),
            text.FormatPercent(r.CoveragePercent),
            text.FormatCount(r.Backlog),
        }).ToList();
        WriteTable(output, columns.Select(c => (text.Heading(c.Column), c.Right)).ToList(), rows);
        output.WriteLine();
        output.WriteLine(report.Summary.GetHeadline(text));
    }

    public static void WriteForecast(TextWriter output, ForecastReport forecasts, ReportText text, bool illustrative)
    {
        output.WriteLine(text.ForecastTitle(forecasts.AsOf));
        if (illustrative)
        {
            output.WriteLine(text.IllustrativeNotice);
        }

        output.WriteLine();
        int width = forecasts.Kecamatan.Max(f => forecasts.GetName(f.Region).Length);
        foreach (var forecast in forecasts.Kecamatan)
        {
            output.WriteLine($"{forecast.Region}  {forecasts.GetName(forecast.Region).PadRight(width)}  {text.ForecastLine(forecast)}");
        }

        output.WriteLine();
        output.WriteLine($"{forecasts.Total.Region} {forecasts.GetName(forecasts.Total.Region)}: {text.ForecastLine(forecasts.Total)}");
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
