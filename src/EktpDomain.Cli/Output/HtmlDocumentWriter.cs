using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;

namespace EktpDomain.Cli.Output;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained page: no script, no font, no image or style sheet
/// from elsewhere, so it opens without a network and prints on A4. It holds the title, the notice, the headline, the
/// charts as inline SVG (<see cref="SvgCharts"/>) and every table. The page is well-formed XML (XHTML-compatible
/// HTML5, UTF-8), written with an <see cref="XmlWriter"/>, so every text is escaped and a program can parse it.
/// </summary>
internal static class HtmlDocumentWriter
{
    // The charts carry their own colours and fonts (SvgCharts); the page only sizes them.
    private const string Style = """
        @page { size: A4; margin: 15mm; }
        body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 10pt; color: #1a1a1a; margin: 0 auto; max-width: 180mm; }
        h1 { font-size: 15pt; margin: 0 0 2mm; }
        h2 { font-size: 12pt; margin: 6mm 0 2mm; }
        .notice { font-style: italic; color: #555; }
        .headline { font-size: 12pt; font-weight: bold; border-left: 3px solid #1a1a1a; padding-left: 3mm; }
        figure { margin: 4mm 0; break-inside: avoid; }
        figcaption { font-size: 9pt; color: #444; }
        svg { display: block; width: 100%; height: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 8pt; margin-bottom: 4mm; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border-bottom: 1px solid #ddd; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
        td.number { text-align: right; white-space: nowrap; }
        caption { text-align: left; font-weight: bold; font-size: 11pt; padding: 2mm 0; }
        """;

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

        xml.WriteStartElement("table");
        Element(xml, "caption", table.Name);
        xml.WriteStartElement("thead");
        xml.WriteStartElement("tr");
        foreach (var column in table.Columns)
        {
            xml.WriteStartElement("th");
            xml.WriteAttributeString("scope", "col");
            xml.WriteString(column.Heading);
            xml.WriteFullEndElement();
        }

        xml.WriteFullEndElement();
        xml.WriteFullEndElement();
        xml.WriteStartElement("tbody");
        foreach (var row in table.Rows)
        {
            xml.WriteStartElement("tr");
            for (int c = 0; c < table.Columns.Count; c++)
            {
                var kind = table.Columns[c].Kind;
                Element(xml, "td", CellText.Format(document.Text, kind, row[c]), kind is CellKind.Text or CellKind.Flag ? null : "number");
            }

            xml.WriteFullEndElement();
        }

        xml.WriteFullEndElement();
        xml.WriteFullEndElement();
        xml.WriteFullEndElement();
    }
}
