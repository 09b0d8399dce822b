using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace EktpDomain.Cli.Output;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained page: no script, no font, no image or style sheet
/// from elsewhere, so it opens without a network and prints on A4. It holds the title, the notice, the headline, the
/// charts as inline SVG (<see cref="SvgCharts"/>) and every table. The page is well-formed XML (XHTML-compatible
/// HTML5, UTF-8), written with an <see cref="XmlWriter"/>, so every text is escaped and a program can parse it.
/// </summary>
/// <remarks>
/// The page is as wide on screen as the text of an A4 portrait page (<see cref="TextWidthMm"/>), in print and on
/// screen alike. A table that would not fit it, estimated from its longest words and numbers, is written as several
/// tables of the same rows, each repeating the columns that name a row; headings and text wrap, numbers do not, and a
/// column of sentences keeps a least width.
/// </remarks>
internal static class HtmlDocumentWriter
{
    /// <summary>The text width of the page: A4 portrait (210 mm) less margins of 10 mm; wider tables are split.</summary>
    internal const double TextWidthMm = 190;

    /// <summary>The size of the words of a table, on screen and in print.</summary>
    internal const double TableFontPt = 7;

    /// <summary>The least width of a column of sentences (a forecast, a finding, an explanation), so that it is not one word a line.</summary>
    internal const double SentenceColumnMm = 25;

    /// <summary>A text of more characters than this makes its column a column of sentences.</summary>
    private const int SentenceLength = 40;

    /// <summary>The padding of a cell on its left, which keeps two right-aligned numbers apart.</summary>
    private const double CellPaddingLeftMm = 1.0;

    /// <summary>The padding of a cell on its right.</summary>
    private const double CellPaddingRightMm = 0.4;

    // The charts carry their own colours and fonts (SvgCharts); the page only sizes them.
    private static readonly string Style = string.Create(CultureInfo.InvariantCulture, $$"""
        @page { size: A4 portrait; margin: 12mm 10mm 14mm; }
        body { font-family: {{SvgCharts.FontFamily}}; font-size: 9.5pt; line-height: 1.35; color: #1a1a1a; margin: 0 auto; max-width: {{TextWidthMm}}mm; }
        h1 { font-size: 15pt; margin: 0 0 2mm; }
        h2 { font-size: 12pt; margin: 6mm 0 2mm; }
        .notice { font-style: italic; color: #555; }
        .headline { font-size: 12pt; font-weight: bold; border-left: 3px solid #1a1a1a; padding-left: 3mm; }
        figure { margin: 4mm 0; page-break-inside: avoid; break-inside: avoid; }
        figcaption { font-size: 9pt; color: #444; }
        svg { display: block; width: 100%; max-width: {{TextWidthMm}}mm; height: auto; }
        table { border-collapse: collapse; width: 100%; max-width: {{TextWidthMm}}mm; font-size: {{TableFontPt}}pt; line-height: 1.25; margin-bottom: 4mm; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; break-inside: avoid; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.6mm {{CellPaddingRightMm}}mm 0.6mm {{CellPaddingLeftMm}}mm; text-align: left; vertical-align: top; word-wrap: break-word; overflow-wrap: break-word; }
        th { vertical-align: bottom; border-bottom-color: #999; }
        .number, .date { text-align: right; }
        td.number { white-space: nowrap; }
        .sentence { min-width: {{SentenceColumnMm}}mm; }
        caption { text-align: left; font-weight: bold; font-size: 11pt; padding: 2mm 0; }
        @media print { body { max-width: none; } }
        """);

    public static void Write(ReportDocument document, Stream output)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            OmitXmlDeclaration = true,
            Indent = true,
            NewLineChars = "\n",
            CheckCharacters = true,
        };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteRaw("<!DOCTYPE html>\n");
        xml.WriteStartElement("html", "http://www.w3.org/1999/xhtml");
        xml.WriteAttributeString("lang", document.Text.LanguageCode);
        xml.WriteStartElement("head");
        xml.WriteStartElement("meta");
        xml.WriteAttributeString("charset", "utf-8");
        xml.WriteEndElement();
        xml.WriteStartElement("meta");
        xml.WriteAttributeString("name", "viewport");
        xml.WriteAttributeString("content", "width=device-width, initial-scale=1");
        xml.WriteEndElement();
        Element(xml, "title", document.Title);
        Element(xml, "style", Style);
        xml.WriteFullEndElement();

        xml.WriteStartElement("body");
        Element(xml, "h1", document.Title);
        if (document.Notice is not null)
        {
            Element(xml, "p", document.Notice, "notice");
        }

        if (document.Headline is not null)
        {
            Element(xml, "p", document.Headline, "headline");
        }

        foreach (string note in document.Notes ?? [])
        {
            Element(xml, "p", note, "note");
        }

        for (int i = 0; i < document.Charts.Count; i++)
        {
            SvgCharts.Write(xml, document.Charts[i], document.Text, string.Create(CultureInfo.InvariantCulture, $"chart{i + 1}"));
        }

        foreach (var table in document.Tables)
        {
            WriteTable(xml, document, table);
        }

        xml.WriteFullEndElement();
        xml.WriteFullEndElement();
    }

    /// <summary>An element with text; its end tag is always written, as HTML needs for every element that is not void.</summary>
    internal static void Element(XmlWriter xml, string name, string text, string? cssClass = null)
    {
        xml.WriteStartElement(name);
        if (cssClass is not null)
        {
            xml.WriteAttributeString("class", cssClass);
        }

        xml.WriteString(text);
        xml.WriteFullEndElement();
    }

    private static void WriteTable(XmlWriter xml, ReportDocument document, DocumentTable table)
    {
        xml.WriteStartElement("section");
        if (table.Rows.Count == 0)
        {
            Element(xml, "h2", table.Name);
            Element(xml, "p", table.EmptyText ?? document.Text.NotApplicable);
            xml.WriteFullEndElement();
            return;
        }

        var cells = table.Rows.Select(row => table.Columns.Select((column, c) => CellText.Format(document.Text, column.Kind, row[c])).ToArray()).ToList();
        var classes = table.Columns.Select((column, c) => column.Kind switch
        {
            CellKind.Count or CellKind.Percent or CellKind.Decimal => "number",
            CellKind.Date => "date",
            CellKind.Text when cells.Any(row => row[c].Length > SentenceLength) => "sentence",
            _ => null,
        }).ToArray();

        // A date keeps its day and month on one line, unless the table takes fewer parts when its dates break anywhere.
        var kept = cells.Select(row => row.Select((cell, c) => table.Columns[c].Kind == CellKind.Date ? KeepTogether(cell) : cell).ToArray()).ToList();
        var parts = Parts(table, kept, classes);
        var breaking = Parts(table, cells, classes);
        if (breaking.Count < parts.Count)
        {
            parts = breaking;
        }
        else
        {
            cells = kept;
        }

        for (int p = 0; p < parts.Count; p++)
        {
            xml.WriteStartElement("table");
            Element(xml, "caption", parts.Count == 1 ? table.Name : string.Create(CultureInfo.InvariantCulture, $"{table.Name} ({p + 1}/{parts.Count})"));
            xml.WriteStartElement("thead");
            xml.WriteStartElement("tr");
            foreach (int c in parts[p])
            {
                xml.WriteStartElement("th");
                xml.WriteAttributeString("scope", "col");
                if (classes[c] is string headingClass)
                {
                    xml.WriteAttributeString("class", headingClass);
                }

                xml.WriteString(table.Columns[c].Heading);
                xml.WriteFullEndElement();
            }

            xml.WriteFullEndElement();
            xml.WriteFullEndElement();
            xml.WriteStartElement("tbody");
            foreach (var row in cells)
            {
                xml.WriteStartElement("tr");
                foreach (int c in parts[p])
                {
                    Element(xml, "td", row[c], classes[c]);
                }

                xml.WriteFullEndElement();
            }

            xml.WriteFullEndElement();
            xml.WriteFullEndElement();
        }

        xml.WriteFullEndElement();
    }

    /// <summary>A text that breaks only before its last word (a date before its year), with no-break spaces between the others.</summary>
    private static string KeepTogether(string cell)
    {
        int last = cell.LastIndexOf(' ');
        return last > 0 ? cell[..last].Replace(' ', '\u00a0') + cell[last..] : cell;
    }

    /// <summary>
    /// The columns of each table a table is written as: all of them when they fit the page's width, otherwise as few
    /// parts as fit, each beginning with the columns that name a row (a leading number, such as a rank, and the
    /// text columns after it, such as the code and the name) and taking an even share of the others, in order.
    /// </summary>
    /// <remarks>
    /// A column needs the width of its longest word of heading, of its longest number or date or of its longest word of
    /// text (at least <see cref="SentenceColumnMm"/> for sentences), estimated from the number of characters.
    /// </remarks>
    private static List<int[]> Parts(DocumentTable table, List<string[]> cells, string?[] classes)
    {
        double Em(double mm) => mm / 25.4 * 72 / TableFontPt;
        double[] widths = [.. table.Columns.Select((column, c) =>
        {
            double heading = LongestWord(column.Heading, bold: true);
            double content = cells.Select(row => classes[c] == "number" ? SvgCharts.TextEm(row[c]) : LongestWord(row[c], bold: false)).DefaultIfEmpty(0).Max();
            return Math.Max(heading, classes[c] == "sentence" ? Math.Max(content, Em(SentenceColumnMm)) : content) + Em(CellPaddingLeftMm + CellPaddingRightMm);
        })];
        double budget = Em(TextWidthMm);
        int key = Key(table, cells, classes);

        var all = Enumerable.Range(0, widths.Length).ToArray();
        var rest = all[key..];
        if (widths.Sum() <= budget || rest.Length < 2)
        {
            return [all];
        }

        double room = budget - widths[..key].Sum();
        int count = Groups(rest, widths, room).Count;
        for (double limit = rest.Sum(c => widths[c]) / count; ; limit += 0.5)
        {
            var groups = Groups(rest, widths, Math.Min(limit, room));
            if (groups.Count <= count)
            {
                return [.. groups.Select(g => all[..key].Concat(g).ToArray())];
            }
        }
    }

    /// <summary>
    /// How many leading columns name a row: a leading number (such as a rank), then the text columns up to the first
    /// that makes each row's values unique (such as a code), and the text column after it (such as the name).
    /// </summary>
    private static int Key(DocumentTable table, List<string[]> cells, string?[] classes)
    {
        bool Text(int c) => c < table.Columns.Count && table.Columns[c].Kind == CellKind.Text && classes[c] is null;
        bool Unique(int count) => cells.Select(row => string.Join("\u001f", row[..count])).Distinct(StringComparer.Ordinal).Count() == cells.Count;
        int key = table.Columns.Count > 0 && table.Columns[0].Kind == CellKind.Count ? 1 : 0;
        while (Text(key))
        {
            key++;
            if (Unique(key))
            {
                // The name may be long enough to be taken for sentences.
                return key < table.Columns.Count && table.Columns[key].Kind == CellKind.Text ? key + 1 : key;
            }
        }

        return key;
    }

    /// <summary>The columns in order, a new group whenever the next would take a group over <paramref name="limit"/>.</summary>
    private static List<List<int>> Groups(int[] columns, double[] widths, double limit)
    {
        var groups = new List<List<int>> { new() };
        double used = 0;
        foreach (int c in columns)
        {
            if (groups[^1].Count > 0 && used + widths[c] > limit)
            {
                groups.Add([]);
                used = 0;
            }

            groups[^1].Add(c);
            used += widths[c];
        }

        return groups;
    }

    /// <summary>The width in em of the longest part of a text between the places a line can break: spaces, and after a hyphen.</summary>
    private static double LongestWord(string text, bool bold) =>
        text.Replace("-", "- ", StringComparison.Ordinal).Split(' ').Select(part => SvgCharts.TextEm(part, bold)).DefaultIfEmpty(0).Max();
}
