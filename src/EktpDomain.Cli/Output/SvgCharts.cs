using System;
using System.Globalization;
using System.Linq;
using System.Xml;
using EktpDomain.Reporting;
using NodaTime;

namespace EktpDomain.Cli.Output;

/// <summary>
/// Draws the charts of a page as inline SVG inside a <c>figure</c>. Each chart is an image to assistive technology
/// (<c>role="img"</c>, <c>aria-label</c> from its title, <c>aria-describedby</c> its description) with a
/// <c>title</c> and <c>desc</c>; every bar and point carries its own <c>title</c> with the label and value, and the
/// page's tables hold the same figures as text.
/// </summary>
/// <remarks>
/// Layout: the bar charts are horizontal, one row per item, so long kecamatan names stay readable on A4 portrait; a
/// value is drawn from the plot's left edge at <see cref="PlotLeft"/> with a length proportional to it, and a target
/// line sits where a bar of exactly the target would end.
/// </remarks>
internal static class SvgCharts
{
    private const string Svg = "http://www.w3.org/2000/svg";
    private const double Width = 720;
    private const double PlotLeft = 250;
    private const double PlotWidth = 390;
    private const double Top = 28;
    private const double RowHeight = 16;
    private const double BarHeight = 11;
    private const double LegendHeight = 40;

    public static void Write(XmlWriter xml, DocumentChart chart, ReportText text, string id)
    {
        xml.WriteStartElement("figure");
        switch (chart)
        {
            case BarChart bars:
                WriteBars(xml, bars, text, id);
                break;
            case StackedBarChart stacked:
                WriteStacked(xml, stacked, text, id);
                break;
            case LineChart line:
                WriteLine(xml, line, text, id);
                break;
        }

        HtmlDocumentWriter.Element(xml, "figcaption", chart.Description);
        xml.WriteFullEndElement();
    }

    private static void WriteBars(XmlWriter xml, BarChart chart, ReportText text, string id)
    {
        double height = Top + (chart.Bars.Count * RowHeight) + LegendHeight + 10;
        StartSvg(xml, chart, id, height);
        decimal max = NiceMax(Math.Max(chart.Bars.Max(b => b.Percent ?? 0m), chart.Target ?? 0m));
        double Scale(decimal value) => (double)(Math.Max(0m, value) / max) * PlotWidth;
        Axis(xml, max, Top - 4, Top + (chart.Bars.Count * RowHeight), text);
        for (int i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            double y = Top + (i * RowHeight);
            Text(xml, PlotLeft - 6, y + BarHeight - 2, Shorten(bar.Label), "end");
            xml.WriteStartElement("rect", Svg);
            Attr(xml, "class", "bar " + bar.Band);
            Attr(xml, "x", PlotLeft);
            Attr(xml, "y", y);
            Attr(xml, "width", Scale(bar.Percent ?? 0m));
            Attr(xml, "height", BarHeight);
            if (bar.Percent is decimal value)
            {
                Attr(xml, "data-value", value.ToString(CultureInfo.InvariantCulture));
            }

            Element(xml, "title", $"{bar.Label}: {bar.ValueText}");
            xml.WriteEndElement();
            Text(xml, PlotLeft + Scale(bar.Percent ?? 0m) + 4, y + BarHeight - 2, bar.ValueText, "start");
        }

        if (chart.Target is decimal target)
        {
            double x = PlotLeft + Scale(target);
            double bottom = Top + (chart.Bars.Count * RowHeight);
            xml.WriteStartElement("line", Svg);
            Attr(xml, "class", "target");
            Attr(xml, "x1", x);
            Attr(xml, "y1", Top - 6);
            Attr(xml, "x2", x);
            Attr(xml, "y2", bottom);
            Attr(xml, "data-value", target.ToString(CultureInfo.InvariantCulture));
            Element(xml, "title", chart.TargetLabel ?? string.Empty);
            xml.WriteEndElement();
            Text(xml, x, Top - 16, chart.TargetLabel ?? string.Empty, "middle", "target-label");
        }

        Legend(xml, chart.Legend, height - 12);
        xml.WriteEndElement();
    }

    private static void WriteStacked(XmlWriter xml, StackedBarChart chart, ReportText text, string id)
    {
        int rows = Math.Max(1, chart.Bars.Count);
        double height = Top + (rows * RowHeight) + LegendHeight + 10;
        StartSvg(xml, chart, id, height);
        if (chart.Bars.Count == 0)
        {
            Text(xml, PlotLeft, Top + BarHeight, chart.EmptyText ?? string.Empty, "start");
            xml.WriteEndElement();
            return;
        }

        decimal max = chart.Bars.Max(b => b.Parts.Sum(p => Math.Max(0m, p)));
        max = max <= 0 ? 1 : max;
        for (int i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            double y = Top + (i * RowHeight);
            Text(xml, PlotLeft - 6, y + BarHeight - 2, Shorten(bar.Label), "end");
            double x = PlotLeft;
            for (int p = 0; p < bar.Parts.Count; p++)
            {
                double w = (double)(Math.Max(0m, bar.Parts[p]) / max) * PlotWidth;
                xml.WriteStartElement("rect", Svg);
                Attr(xml, "class", "part " + chart.Parts[p].Style);
                Attr(xml, "x", x);
                Attr(xml, "y", y);
                Attr(xml, "width", w);
                Attr(xml, "height", BarHeight);
                Attr(xml, "data-value", bar.Parts[p].ToString(CultureInfo.InvariantCulture));
                Element(xml, "title", $"{bar.Label}, {chart.Parts[p].Label}: {text.FormatCount((long)Math.Round(bar.Parts[p], MidpointRounding.AwayFromZero))}");
                xml.WriteEndElement();
                x += w;
            }

            Text(xml, x + 4, y + BarHeight - 2, bar.TotalText, "start");
        }

        Legend(xml, chart.Parts, height - 12);
        xml.WriteEndElement();
    }

    private static void WriteLine(XmlWriter xml, LineChart chart, ReportText text, string id)
    {
        const double plotHeight = 200;
        const double left = 60;
        const double plotWidth = 600;
        double height = Top + plotHeight + 40 + LegendHeight;
        StartSvg(xml, chart, id, height);
        if (chart.Points.Count == 0)
        {
            xml.WriteEndElement();
            return;
        }

        var first = chart.Points[0].Date;
        var last = chart.Projected is LocalDate p && p > chart.Points[^1].Date ? p : chart.Points[^1].Date;
        double span = Math.Max(1, Period.Between(first, last, PeriodUnits.Days).Days);
        double X(LocalDate date) => left + (Period.Between(first, date, PeriodUnits.Days).Days / span * plotWidth);
        double Y(decimal percent) => Top + plotHeight - ((double)Math.Clamp(percent, 0m, 100m) / 100 * plotHeight);
        for (int tick = 0; tick <= 100; tick += 25)
        {
            Line(xml, left, Y(tick), left + plotWidth, Y(tick), "axis");
            Text(xml, left - 4, Y(tick) + 3, text.FormatShare(tick) + "%", "end");
        }

        xml.WriteStartElement("polyline", Svg);
        Attr(xml, "class", "history");
        Attr(xml, "points", string.Join(' ', chart.Points.Select(pt => string.Create(CultureInfo.InvariantCulture, $"{X(pt.Date):0.##},{Y(pt.Percent):0.##}"))));
        Element(xml, "title", $"{text.CoverageHistoryLabel}: {text.FormatDate(chart.Points[^1].Date)}, {text.FormatPercent(chart.Points[^1].Percent)}%");
        xml.WriteEndElement();
        Text(xml, X(first), Top + plotHeight + 14, text.FormatDate(first), "start");
        if (chart.Projected is LocalDate projected)
        {
            var end = chart.Points[^1];
            Line(xml, X(end.Date), Y(end.Percent), X(projected), Y(100), "projection");
            Line(xml, X(projected), Top - 6, X(projected), Top + plotHeight, "forecast-date");
            Text(xml, X(projected), Top - 10, chart.ProjectedLabel ?? string.Empty, "end", "forecast-label");
        }

        Text(xml, X(chart.Points[^1].Date), Top + plotHeight + 28, text.FormatDate(chart.Points[^1].Date), "middle");
        Legend(xml, chart.Legend, height - 12);
        xml.WriteEndElement();
    }

    private static void StartSvg(XmlWriter xml, DocumentChart chart, string id, double height)
    {
        xml.WriteStartElement("svg", Svg);
        Attr(xml, "viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {Width:0.##} {height:0.##}"));
        Attr(xml, "role", "img");
        Attr(xml, "aria-label", chart.Title);
        Attr(xml, "aria-describedby", id + "-desc");
        xml.WriteStartElement("title", Svg);
        Attr(xml, "id", id + "-title");
        xml.WriteString(chart.Title);
        xml.WriteEndElement();
        xml.WriteStartElement("desc", Svg);
        Attr(xml, "id", id + "-desc");
        xml.WriteString(chart.Description);
        xml.WriteEndElement();
        Text(xml, 4, 12, chart.Title, "start", "chart-title");
    }

    /// <summary>The value axis: a gridline and label every fifth of <paramref name="max"/>.</summary>
    private static void Axis(XmlWriter xml, decimal max, double top, double bottom, ReportText text)
    {
        for (int i = 0; i <= 5; i++)
        {
            decimal value = max * i / 5;
            double x = PlotLeft + (i / 5.0 * PlotWidth);
            Line(xml, x, top, x, bottom, "axis");
            Text(xml, x, bottom + 11, text.FormatShare(value) + "%", "middle");
        }
    }

    /// <summary>A round upper end for a percentage axis: the next multiple of 5 above the largest value (at least 5).</summary>
    private static decimal NiceMax(decimal value) => Math.Max(5m, Math.Ceiling(value * 1.05m / 5m) * 5m);

    private static void Legend(XmlWriter xml, System.Collections.Generic.IReadOnlyList<LegendEntry> entries, double y)
    {
        double x = PlotLeft;
        foreach (var entry in entries)
        {
            xml.WriteStartElement("rect", Svg);
            Attr(xml, "class", "legend " + entry.Style);
            Attr(xml, "x", x);
            Attr(xml, "y", y - 9);
            Attr(xml, "width", 10);
            Attr(xml, "height", 10);
            xml.WriteEndElement();
            Text(xml, x + 14, y, entry.Label, "start", "legend-label");
            x += 24 + (entry.Label.Length * 6);
        }
    }

    private static void Line(XmlWriter xml, double x1, double y1, double x2, double y2, string cssClass)
    {
        xml.WriteStartElement("line", Svg);
        Attr(xml, "class", cssClass);
        Attr(xml, "x1", x1);
        Attr(xml, "y1", y1);
        Attr(xml, "x2", x2);
        Attr(xml, "y2", y2);
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, double x, double y, string content, string anchor, string? cssClass = null)
    {
        xml.WriteStartElement("text", Svg);
        if (cssClass is not null)
        {
            Attr(xml, "class", cssClass);
        }

        Attr(xml, "x", x);
        Attr(xml, "y", y);
        Attr(xml, "text-anchor", anchor);
        xml.WriteString(content);
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, string content)
    {
        xml.WriteStartElement(name, Svg);
        xml.WriteString(content);
        xml.WriteEndElement();
    }

    private static void Attr(XmlWriter xml, string name, string value) => xml.WriteAttributeString(name, value);

    private static void Attr(XmlWriter xml, string name, double value) =>
        xml.WriteAttributeString(name, value.ToString("0.##", CultureInfo.InvariantCulture));

    /// <summary>A label cut to fit left of the plot; the bar's own title keeps it whole.</summary>
    private static string Shorten(string label) => label.Length <= 40 ? label : label[..39] + "…";
}
