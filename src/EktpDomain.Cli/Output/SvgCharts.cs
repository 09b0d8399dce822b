using System;
using System.Collections.Generic;
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
/// <para>
/// Each chart can be read alone: it has its title, its axes with ticks and units, its legend, and it carries its own
/// presentation (fill, stroke, dashes, font) as attributes, so an SVG copied out of the page keeps its colours. The
/// <c>class</c> attributes only name what an element is.
/// </para>
/// <para>
/// Layout: a chart is <see cref="Width"/> units wide, the text width of an A4 portrait page, so a unit prints as a
/// CSS pixel. The bar charts are horizontal, one row per item, so long kecamatan names stay readable; a value is drawn
/// from the plot's left edge with a length proportional to it, and a target line sits where a bar of exactly the
/// target would end. A value label that would cross the target line is written just past it.
/// </para>
/// </remarks>
internal static class SvgCharts
{
    /// <summary>The width of every chart: 190 mm at 96 units per inch, the text width of an A4 portrait page.</summary>
    internal const double Width = 718;

    /// <summary>The size of the words of a chart, in units (10 units print at 7.5 pt).</summary>
    internal const double FontSize = 10;

    /// <summary>The fonts of a chart, as the page's: written into each SVG so that it keeps them when copied out.</summary>
    internal const string FontFamily = "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

    private const string Svg = "http://www.w3.org/2000/svg";
    private const double TitleSize = 11;
    private const double Margin = 6;
    private const double RowHeight = 16;
    private const double BarHeight = 11;
    private const double LegendRowHeight = 16;

    /// <summary>The widest label left of a bar chart's plot: a third of the chart.</summary>
    private const double LabelWidth = Width / 3;
    private const double TickLength = 4;
    private const double Clearance = 2;
    private const string Ink = "#1a1a1a";
    private const string AxisColour = "#737373";
    private const string GridColour = "#dddddd";

    /// <summary>The round steps of a value axis, times a power of ten.</summary>
    private static readonly double[] Steps = [1, 2, 2.5, 5, 10];

    /// <summary>How many months apart the names of a time axis may be.</summary>
    private static readonly int[] MonthSteps = [1, 2, 3, 4, 6, 12];

    // Band colours are the ColorBrewer RdYlGn steps, darkened where white text or a white page needs the contrast;
    // every bar also carries its value as text, so no reading depends on colour alone.
    private static readonly Dictionary<string, Paint> Paints = new(StringComparer.Ordinal)
    {
        ["met"] = new("#1a9850"),
        ["near"] = new("#a6d96a"),
        ["behind"] = new("#fdae61"),
        ["critical"] = new("#d73027"),
        ["not-applicable"] = new("#bdbdbd"),
        ["data-loss"] = new("#7b3294"),
        ["outage"] = new("#e66101"),
        ["demand"] = new("#5e9ed6"),
        ["history"] = new("#2166ac", 2),
        ["projection"] = new("#2166ac", 1.5, "5 3"),
        ["target"] = new(Ink, 1.5, "4 2"),
        ["forecast-date"] = new(Ink, 1, "2 2"),
    };

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

    /// <summary>The width of a text in units, at <paramref name="size"/>: an upper estimate (<see cref="TextEm"/>).</summary>
    internal static double TextWidth(string text, double size = FontSize) => TextEm(text) * size;

    /// <summary>
    /// An upper estimate of the width of a text in em, for the page's sans-serif fonts: the advances of DejaVu Sans,
    /// the widest of them (a digit is 0.64 em there and 0.56 em in Arial), rounded up by class of character; bold
    /// text is 6 % wider. What keeps labels clear of lines and of each other, and tables within the page.
    /// </summary>
    internal static double TextEm(string text, bool bold = false) => text.Sum(c => c switch
    {
        'i' or 'l' or 'j' or 'I' or '|' or '\'' or '!' => 0.3,
        '.' or ',' or ':' or ';' or ' ' or '\u00a0' => 0.34,
        't' or 'f' or 'r' or '(' or ')' or '-' or '/' => 0.42,
        'm' or 'w' or 'M' or 'W' or '%' or '@' or '…' or '—' => 0.98,
        >= 'A' and <= 'Z' => 0.8,
        _ => 0.64,
    }) * (bold ? 1.06 : 1);

    private static void WriteBars(XmlWriter xml, BarChart chart, ReportText text, string id)
    {
        var labels = chart.Bars.Select(b => Shorten(b.Label)).ToList();
        double plotLeft = PlotLeft(labels);
        double plotRight = Width - Margin - chart.Bars.Select(b => TextWidth(b.ValueText)).DefaultIfEmpty(0).Max() - 4;
        const double top = 44;
        double bottom = top + (Math.Max(1, chart.Bars.Count) * RowHeight);
        var scale = Scale.For(Math.Max(chart.Bars.Select(b => b.Percent ?? 0m).DefaultIfEmpty(0m).Max(), chart.Target ?? 0m), 0m);
        double X(decimal value) => plotLeft + ((double)(Math.Clamp(value, 0m, scale.Top) / scale.Top) * (plotRight - plotLeft));
        double axisBottom = bottom + TickLength + 12 + (chart.ValueAxis is null ? 0 : 14);
        var legend = LegendLayout(Merge(chart.Legend), plotLeft);
        double height = axisBottom + 10 + legend.Height;

        StartSvg(xml, chart, id, height);
        ValueAxis(xml, scale, X, top, bottom, v => text.FormatShare(v) + "%", chart.ValueAxis, (plotLeft + plotRight) / 2);
        Line(xml, plotLeft, top, plotLeft, bottom, AxisColour, 1, "axis");
        double? targetX = chart.Target is decimal t ? X(t) : null;
        for (int i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            double y = top + (i * RowHeight) + ((RowHeight - BarHeight) / 2);
            Text(xml, plotLeft - 6, y + BarHeight - 2, labels[i], "end", "label");
            double end = X(bar.Percent ?? 0m);
            xml.WriteStartElement("rect", Svg);
            Attr(xml, "class", "bar " + bar.Band);
            Attr(xml, "x", plotLeft);
            Attr(xml, "y", y);
            Attr(xml, "width", end - plotLeft);
            Attr(xml, "height", BarHeight);
            Attr(xml, "fill", PaintOf(bar.Band).Colour);
            if (bar.Percent is decimal value)
            {
                Attr(xml, "data-value", value.ToString(CultureInfo.InvariantCulture));
            }

            Element(xml, "title", $"{bar.Label}: {bar.ValueText}");
            xml.WriteEndElement();

            // The value is written at the bar's end unless that crosses the target line; then just past the line.
            double labelX = end + 3;
            if (targetX is double line && labelX - Clearance <= line && labelX + TextWidth(bar.ValueText) + Clearance >= line)
            {
                labelX = Math.Max(end + 3, line + Clearance + 2);
            }

            Text(xml, labelX, y + BarHeight - 2, bar.ValueText, "start", "value");
        }

        if (chart.Target is decimal target && targetX is double x)
        {
            var paint = Paints["target"];
            xml.WriteStartElement("line", Svg);
            Attr(xml, "class", "target");
            Attr(xml, "x1", x);
            Attr(xml, "y1", top - 4);
            Attr(xml, "x2", x);
            Attr(xml, "y2", bottom);
            Stroke(xml, paint);
            Attr(xml, "data-value", target.ToString(CultureInfo.InvariantCulture));
            Element(xml, "title", chart.TargetLabel ?? string.Empty);
            xml.WriteEndElement();
            string label = chart.TargetLabel ?? string.Empty;
            double half = TextWidth(label) / 2;
            Text(xml, Math.Max(plotLeft + half, Math.Min(x, Width - Margin - half)), top - 8, label, "middle", "target-label");
        }

        WriteLegend(xml, legend, axisBottom + 10);
        xml.WriteEndElement();
    }

    private static void WriteStacked(XmlWriter xml, StackedBarChart chart, ReportText text, string id)
    {
        if (chart.Bars.Count == 0)
        {
            StartSvg(xml, chart, id, 44);
            Text(xml, Margin, 34, chart.EmptyText ?? string.Empty, "start", "empty");
            xml.WriteEndElement();
            return;
        }

        var labels = chart.Bars.Select(b => Shorten(b.Label)).ToList();
        double plotLeft = PlotLeft(labels);
        double plotRight = Width - Margin - chart.Bars.Select(b => TextWidth(b.TotalText)).Max() - 4;
        const double top = 30;
        double bottom = top + (chart.Bars.Count * RowHeight);
        var scale = Scale.For(chart.Bars.Max(b => b.Parts.Sum(p => Math.Max(0m, p))), 1m);
        double Length(decimal value) => (double)(Math.Max(0m, value) / scale.Top) * (plotRight - plotLeft);
        string unit = chart.ValueAxis ?? $"{text.Heading(ReportColumn.Target)} − {text.Heading(ReportColumn.Realised)}";
        double axisBottom = bottom + TickLength + 12 + 14;
        var legend = LegendLayout(Merge(chart.Parts), plotLeft);
        double height = axisBottom + 10 + legend.Height;

        StartSvg(xml, chart, id, height);
        ValueAxis(xml, scale, v => plotLeft + Length(v), top, bottom, v => text.FormatCount((long)Math.Round(v, MidpointRounding.AwayFromZero)), unit, (plotLeft + plotRight) / 2);
        Line(xml, plotLeft, top, plotLeft, bottom, AxisColour, 1, "axis");
        for (int i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            double y = top + (i * RowHeight) + ((RowHeight - BarHeight) / 2);
            Text(xml, plotLeft - 6, y + BarHeight - 2, labels[i], "end", "label");
            double x = plotLeft;
            for (int p = 0; p < bar.Parts.Count; p++)
            {
                double w = Length(bar.Parts[p]);
                xml.WriteStartElement("rect", Svg);
                Attr(xml, "class", "part " + chart.Parts[p].Style);
                Attr(xml, "x", x);
                Attr(xml, "y", y);
                Attr(xml, "width", w);
                Attr(xml, "height", BarHeight);
                Attr(xml, "fill", PaintOf(chart.Parts[p].Style).Colour);
                Attr(xml, "data-value", bar.Parts[p].ToString(CultureInfo.InvariantCulture));
                Element(xml, "title", $"{bar.Label}, {chart.Parts[p].Label}: {text.FormatCount((long)Math.Round(bar.Parts[p], MidpointRounding.AwayFromZero))}");
                xml.WriteEndElement();
                x += w;
            }

            Text(xml, x + 3, y + BarHeight - 2, bar.TotalText, "start", "value");
        }

        WriteLegend(xml, legend, axisBottom + 10);
        xml.WriteEndElement();
    }

    private static void WriteLine(XmlWriter xml, LineChart chart, ReportText text, string id)
    {
        if (chart.Points.Count == 0)
        {
            StartSvg(xml, chart, id, 24);
            xml.WriteEndElement();
            return;
        }

        const double plotTop = 44;
        const double plotHeight = 210;
        const double bottom = plotTop + plotHeight;
        double left = Margin + TextWidth(text.FormatShare(100) + "%") + TickLength + 4;
        double right = Width - Margin - 8;
        var last = chart.Projected is LocalDate p && p > chart.Points[^1].Date ? p : chart.Points[^1].Date;
        var axis = new TimeAxis(YearMonth(chart.Points[0].Date), YearMonth(last), left, right, text.Culture);
        double Y(decimal percent) => bottom - ((double)Math.Clamp(percent, 0m, 100m) / 100 * plotHeight);
        var legend = LegendLayout(Merge(chart.Legend), left);
        double height = bottom + TickLength + 28 + 10 + legend.Height;

        StartSvg(xml, chart, id, height);
        for (int tick = 0; tick <= 100; tick += 25)
        {
            Line(xml, left, Y(tick), right, Y(tick), GridColour, 1, "grid");
            Line(xml, left - TickLength, Y(tick), left, Y(tick), AxisColour, 1, "tick");
            Text(xml, left - TickLength - 2, Y(tick) + 3.5, text.FormatShare(tick) + "%", "end", "tick-label");
        }

        if (chart.ValueAxis is not null)
        {
            Text(xml, Margin, plotTop - 8, chart.ValueAxis, "start", "axis-label");
        }

        Line(xml, left, plotTop, left, bottom, AxisColour, 1, "axis");
        axis.Write(xml, bottom);

        var history = Paints["history"];
        xml.WriteStartElement("polyline", Svg);
        Attr(xml, "class", "history");
        Attr(xml, "points", string.Join(' ', chart.Points.Select(pt => string.Create(CultureInfo.InvariantCulture, $"{axis.EndOfDay(pt.Date):0.##},{Y(pt.Percent):0.##}"))));
        Attr(xml, "fill", "none");
        Stroke(xml, history);
        Attr(xml, "stroke-linejoin", "round");
        Element(xml, "title", $"{text.CoverageHistoryLabel}: {text.FormatDate(chart.Points[^1].Date)}, {text.FormatPercent(chart.Points[^1].Percent)}%");
        xml.WriteEndElement();
        if (chart.Projected is LocalDate projected)
        {
            var end = chart.Points[^1];
            double x = axis.EndOfDay(projected);
            Line(xml, axis.EndOfDay(end.Date), Y(end.Percent), x, Y(100), Paints["projection"], "projection");
            Line(xml, x, plotTop - 4, x, bottom, Paints["forecast-date"], "forecast-date");
            string label = chart.ProjectedLabel ?? string.Empty;
            bool before = x - 3 - TextWidth(label) >= left;
            Text(xml, before ? x - 3 : Math.Min(x + 3, Width - Margin - TextWidth(label)), plotTop - 8, label, before ? "end" : "start", "forecast-label");
        }

        WriteLegend(xml, legend, bottom + TickLength + 28 + 10);
        xml.WriteEndElement();
    }

    private static void StartSvg(XmlWriter xml, DocumentChart chart, string id, double height)
    {
        xml.WriteStartElement("svg", Svg);
        Attr(xml, "width", Width);
        Attr(xml, "height", height);
        Attr(xml, "viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {Width:0.##} {height:0.##}"));
        Attr(xml, "role", "img");
        Attr(xml, "aria-label", chart.Title);
        Attr(xml, "aria-describedby", id + "-desc");
        Attr(xml, "font-family", FontFamily);
        Attr(xml, "font-size", FontSize);
        xml.WriteStartElement("title", Svg);
        Attr(xml, "id", id + "-title");
        xml.WriteString(chart.Title);
        xml.WriteEndElement();
        xml.WriteStartElement("desc", Svg);
        Attr(xml, "id", id + "-desc");
        xml.WriteString(chart.Description);
        xml.WriteEndElement();
        xml.WriteStartElement("rect", Svg);
        Attr(xml, "class", "background");
        Attr(xml, "width", Width);
        Attr(xml, "height", height);
        Attr(xml, "fill", "#ffffff");
        xml.WriteEndElement();
        xml.WriteStartElement("text", Svg);
        Attr(xml, "class", "chart-title");
        Attr(xml, "x", Margin);
        Attr(xml, "y", 14);
        Attr(xml, "font-size", TitleSize);
        Attr(xml, "font-weight", "bold");
        Attr(xml, "fill", Ink);
        xml.WriteString(chart.Title);
        xml.WriteEndElement();
    }

    /// <summary>
    /// The value axis of a bar chart: a gridline, a tick and a label at every step of <paramref name="scale"/>, the
    /// base line, and under it the axis's words (its unit), if any.
    /// </summary>
    private static void ValueAxis(XmlWriter xml, Scale scale, Func<decimal, double> x, double top, double bottom, Func<decimal, string> format, string? unit, double middle)
    {
        foreach (decimal value in scale.Ticks)
        {
            Line(xml, x(value), top, x(value), bottom, GridColour, 1, "grid");
            Line(xml, x(value), bottom, x(value), bottom + TickLength, AxisColour, 1, "tick");
            Text(xml, x(value), bottom + TickLength + 10, format(value), "middle", "tick-label");
        }

        Line(xml, x(0m), bottom, x(scale.Top), bottom, AxisColour, 1, "axis");
        if (unit is not null)
        {
            Text(xml, middle, bottom + TickLength + 24, unit, "middle", "axis-label");
        }
    }

    /// <summary>The left edge of a bar chart's plot: right of its longest label.</summary>
    private static double PlotLeft(IEnumerable<string> labels) => Margin + labels.Select(l => TextWidth(l)).DefaultIfEmpty(0).Max() + 6;

    /// <summary>Entries of the same style are drawn the same, so they are one entry of the legend with both labels.</summary>
    private static List<LegendEntry> Merge(IReadOnlyList<LegendEntry> entries) =>
        [.. entries.GroupBy(e => e.Style, StringComparer.Ordinal).Select(g => new LegendEntry(g.Key, string.Join(" / ", g.Select(e => e.Label))))];

    /// <summary>Where each legend entry goes: in rows from <paramref name="left"/>, a new row when the next would not fit.</summary>
    private static Legend LegendLayout(IReadOnlyList<LegendEntry> entries, double left)
    {
        var placed = new List<(LegendEntry Entry, double X, int Row)>();
        double x = left;
        int row = 0;
        foreach (var entry in entries)
        {
            double width = SwatchWidth(entry.Style) + 4 + TextWidth(entry.Label) + 14;
            if (x > left && x + width > Width - Margin)
            {
                row++;
                x = left;
            }

            placed.Add((entry, x, row));
            x += width;
        }

        return new Legend(placed, placed.Count == 0 ? 0 : (placed[^1].Row + 1) * LegendRowHeight);
    }

    private static double SwatchWidth(string style) => PaintOf(style).IsLine ? 20 : 10;

    /// <summary>The legend: for an area its colour in a square, for a line a stretch of it with its colour, width and dashes.</summary>
    private static void WriteLegend(XmlWriter xml, Legend legend, double top)
    {
        foreach (var (entry, x, row) in legend.Entries)
        {
            double y = top + (row * LegendRowHeight);
            var paint = PaintOf(entry.Style);
            if (paint.IsLine)
            {
                Line(xml, x, y + 5, x + 20, y + 5, paint, "legend " + entry.Style);
            }
            else
            {
                xml.WriteStartElement("rect", Svg);
                Attr(xml, "class", "legend " + entry.Style);
                Attr(xml, "x", x);
                Attr(xml, "y", y);
                Attr(xml, "width", 10);
                Attr(xml, "height", 10);
                Attr(xml, "fill", paint.Colour);
                xml.WriteEndElement();
            }

            Text(xml, x + SwatchWidth(entry.Style) + 4, y + 9, entry.Label, "start", "legend-label");
        }
    }

    private static Paint PaintOf(string style) => Paints.TryGetValue(style, out var paint) ? paint : Paints["not-applicable"];

    private static void Line(XmlWriter xml, double x1, double y1, double x2, double y2, string colour, double width, string cssClass) =>
        Line(xml, x1, y1, x2, y2, new Paint(colour, width), cssClass);

    private static void Line(XmlWriter xml, double x1, double y1, double x2, double y2, Paint paint, string cssClass)
    {
        xml.WriteStartElement("line", Svg);
        Attr(xml, "class", cssClass);
        Attr(xml, "x1", x1);
        Attr(xml, "y1", y1);
        Attr(xml, "x2", x2);
        Attr(xml, "y2", y2);
        Stroke(xml, paint);
        xml.WriteEndElement();
    }

    private static void Stroke(XmlWriter xml, Paint paint)
    {
        Attr(xml, "stroke", paint.Colour);
        Attr(xml, "stroke-width", paint.StrokeWidth);
        if (paint.Dash is not null)
        {
            Attr(xml, "stroke-dasharray", paint.Dash);
        }
    }

    private static void Text(XmlWriter xml, double x, double y, string content, string anchor, string cssClass)
    {
        xml.WriteStartElement("text", Svg);
        Attr(xml, "class", cssClass);
        Attr(xml, "x", x);
        Attr(xml, "y", y);
        Attr(xml, "text-anchor", anchor);
        Attr(xml, "fill", Ink);
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

    private static YearMonth YearMonth(LocalDate date) => new(date.Year, date.Month);

    /// <summary>A label cut to fit left of the plot (at most <see cref="LabelWidth"/>); the bar's own title keeps it whole.</summary>
    private static string Shorten(string label)
    {
        string shown = label;
        while (TextWidth(shown) > LabelWidth && shown.Length > 1)
        {
            label = label[..^1];
            shown = label.TrimEnd() + "…";
        }

        return shown;
    }

    /// <summary>How a style is drawn: an area filled with <paramref name="Colour"/>, or a line of it when it has a width.</summary>
    private sealed record Paint(string Colour, double StrokeWidth = 0, string? Dash = null)
    {
        public bool IsLine => StrokeWidth > 0;
    }

    private sealed record Legend(List<(LegendEntry Entry, double X, int Row)> Entries, double Height);

    /// <summary>A value axis from 0 to a round <see cref="Top"/> in round steps of 1, 2, 2.5 or 5 times a power of ten, about five of them.</summary>
    private readonly record struct Scale(decimal Step, decimal Top)
    {
        public IEnumerable<decimal> Ticks
        {
            get
            {
                for (decimal value = 0m; value <= Top; value += Step)
                {
                    yield return value;
                }
            }
        }

        /// <summary>The scale for values up to <paramref name="max"/>, with steps of at least <paramref name="minStep"/> (1 for counts).</summary>
        public static Scale For(decimal max, decimal minStep)
        {
            max = max <= 0m ? 1m : max;
            double raw = (double)max / 5;
            double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
            decimal step = Math.Max(minStep, (decimal)Steps.Select(f => f * magnitude).First(s => s >= raw * 0.999));
            return new Scale(step, Math.Max(step, Math.Ceiling(max / step) * step));
        }
    }

    /// <summary>
    /// A time axis over whole months, from the first day of <c>first</c> to the end of <c>last</c>: a tick at the start
    /// of every month, and every month named in the middle of its stretch when the names fit; when they do not, a name
    /// every 2, 3, 4, 6 or 12 months at the tick of its start. Under them each year is named in the middle of its stretch.
    /// </summary>
    private sealed class TimeAxis(YearMonth first, YearMonth last, double left, double right, CultureInfo culture)
    {
        private readonly LocalDate start = first.OnDayOfMonth(1);
        private readonly LocalDate end = last.PlusMonths(1).OnDayOfMonth(1);

        private double Days => Period.Between(start, end, PeriodUnits.Days).Days;

        /// <summary>Where the start of <paramref name="date"/> is.</summary>
        public double StartOfDay(LocalDate date) => left + (Period.Between(start, date, PeriodUnits.Days).Days / Days * (right - left));

        /// <summary>Where the end of <paramref name="date"/> is: a coverage on a date counts that day's recordings.</summary>
        public double EndOfDay(LocalDate date) => StartOfDay(date.PlusDays(1));

        public void Write(XmlWriter xml, double bottom)
        {
            var months = new List<YearMonth>();
            for (var month = first; month <= last; month = month.PlusMonths(1))
            {
                months.Add(month);
            }

            string Name(YearMonth month) => month.OnDayOfMonth(1).ToString("MMM", culture);
            double labelWidth = months.Max(m => TextWidth(Name(m))) + 6;
            double narrowest = months.Min(m => StartOfDay(m.PlusMonths(1).OnDayOfMonth(1)) - StartOfDay(m.OnDayOfMonth(1)));
            int every = MonthSteps.FirstOrDefault(k => k * narrowest >= labelWidth, 12);
            Line(xml, left, bottom, right, bottom, AxisColour, 1, "axis");
            foreach (var month in months.Append(last.PlusMonths(1)))
            {
                double x = StartOfDay(month.OnDayOfMonth(1));
                // Where the names sit between the ticks, the tick at the turn of a year runs down between the years.
                bool year = every == 1 && (month.Month == 1 || month == first || month == last.PlusMonths(1));
                Line(xml, x, bottom, x, bottom + (year ? TickLength + 18 : TickLength), AxisColour, 1, "tick");
            }

            foreach (var month in months)
            {
                double from = StartOfDay(month.OnDayOfMonth(1));
                double to = StartOfDay(month.PlusMonths(1).OnDayOfMonth(1));
                if (every == 1)
                {
                    Text(xml, (from + to) / 2, bottom + TickLength + 10, Name(month), "middle", "month");
                }
                else if ((month.Month - 1) % every == 0)
                {
                    Text(xml, from, bottom + TickLength + 10, Name(month), "middle", "month");
                }
            }

            foreach (var year in months.GroupBy(m => m.Year))
            {
                double from = StartOfDay(year.First().OnDayOfMonth(1));
                double to = StartOfDay(year.Last().PlusMonths(1).OnDayOfMonth(1));
                string label = year.Key.ToString(CultureInfo.InvariantCulture);
                if (to - from >= TextWidth(label))
                {
                    Text(xml, (from + to) / 2, bottom + TickLength + 22, label, "middle", "year");
                }
            }
        }
    }
}
