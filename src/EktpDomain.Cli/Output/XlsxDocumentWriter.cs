using System;
using System.Collections.Generic;
using System.Data;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using EktpDomain.Reporting;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using NodaTime;

namespace EktpDomain.Cli.Output;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as an Excel workbook with MiniExcel: one sheet per table, in order, with a bold,
/// frozen header row, an autofilter over the table, and column widths that fit the longest heading or value. Cells are
/// typed: counts and figures are numbers, percentages are fractions formatted as <c>0.0%</c> (14.5 % is the number
/// 0.145), dates are dates (<c>yyyy-mm-dd</c>), yes/no is a Boolean, and "not applicable" is an empty cell. Charts are
/// for pages and are left out.
/// </summary>
/// <remarks>
/// MiniExcel's plain styles (<see cref="TableStyles.None"/>) are an empty font, fill and border, which Excel repairs but
/// openpyxl, and so pandas.read_excel, refuses ("expected &lt;class 'openpyxl.styles.fills.Fill'&gt;"); its other
/// styles colour and border every cell and cannot make a heading bold. So the workbook is written with the plain
/// styles and its styles part is then written anew (<see cref="Restyle"/>).
/// </remarks>
internal static class XlsxDocumentWriter
{
    /// <summary>Characters of the widest column: a message or an explanation wraps at this width rather than run off the screen.</summary>
    private const int MaxWidth = 80;

    /// <summary>The namespace of SpreadsheetML's parts.</summary>
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static void Write(ReportDocument document, Stream output)
    {
        var sheets = new Dictionary<string, object>();
        var columns = new List<DynamicExcelColumn>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int t = 0; t < document.Tables.Count; t++)
        {
            var table = document.Tables[t];
            var data = new DataTable(table.Name) { Locale = CultureInfo.InvariantCulture };
            for (int c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];

                // MiniExcel's column settings are per workbook and found by key: the key is unique, the heading is the name.
                string key = string.Create(CultureInfo.InvariantCulture, $"t{t}c{c}");
                data.Columns.Add(key, ClrType(column.Kind));
                columns.Add(new DynamicExcelColumn(key)
                {
                    Name = column.Heading,
                    Format = NumberFormat(column.Kind),
                    Width = Width(document.Text, table, c),
                });
            }

            foreach (var row in table.Rows)
            {
                data.Rows.Add([.. row.Select((value, c) => CellValue(table.Columns[c].Kind, value))]);
            }

            sheets.Add(SheetName(table.Name, names), data);
        }

        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            TableStyles = TableStyles.None,
            AutoFilter = true,
            FastMode = true,
            DynamicColumns = [.. columns],
        };
        using var workbook = new MemoryStream();
        MiniExcel.SaveAs(workbook, sheets, printHeader: true, excelType: ExcelType.XLSX, configuration: configuration);
        Restyle(workbook);
        workbook.Position = 0;
        workbook.CopyTo(output);
    }

    /// <summary>
    /// Writes the styles part of the workbook in <paramref name="workbook"/> anew, as Excel writes it: a regular and a
    /// bold Calibri 11, the two fills Excel reserves (<c>none</c> and <c>gray125</c>), one empty border and the Normal
    /// cell style. MiniExcel's cell formats keep their number formats and are otherwise plain; one bold format is added,
    /// and the header row of every sheet (the first row) is given it.
    /// </summary>
    private static void Restyle(Stream workbook)
    {
        using var package = new ZipArchive(workbook, ZipArchiveMode.Update, leaveOpen: true);
        int bold = 0;
        Edit(package, "xl/styles.xml", styles => bold = WriteStyles(styles.Root!));
        foreach (var sheet in package.Entries.Where(IsWorksheet).ToList())
        {
            Edit(package, sheet.FullName, worksheet =>
            {
                var header = worksheet.Root!.Element(Main + "sheetData")!.Element(Main + "row")!;
                foreach (var cell in header.Elements(Main + "c"))
                {
                    cell.SetAttributeValue("s", bold);
                }
            });
        }
    }

    /// <summary>Writes <paramref name="styleSheet"/> anew (see <see cref="Restyle"/>) and returns the index of the bold cell format.</summary>
    private static int WriteStyles(XElement styleSheet)
    {
        var formats = styleSheet.Element(Main + "cellXfs")!.Elements(Main + "xf")
            .Select(xf => CellFormat((int?)xf.Attribute("numFmtId") ?? 0, font: 0))
            .Append(CellFormat(numberFormat: 0, font: 1))
            .ToList();
        styleSheet.ReplaceNodes(
            styleSheet.Element(Main + "numFmts"),
            List("fonts", Font(bold: false), Font(bold: true)),
            List("fills", Fill("none"), Fill("gray125")),
            List("borders", Element("border", Element("left"), Element("right"), Element("top"), Element("bottom"), Element("diagonal"))),
            List("cellStyleXfs", Element("xf", new XAttribute("numFmtId", 0), new XAttribute("fontId", 0), new XAttribute("fillId", 0), new XAttribute("borderId", 0))),
            List("cellXfs", [.. formats]),
            List("cellStyles", Element("cellStyle", new XAttribute("name", "Normal"), new XAttribute("xfId", 0), new XAttribute("builtinId", 0))));
        return formats.Count - 1;
    }

    /// <summary>A list of the styles part, such as <c>&lt;fills count="2"&gt;</c>, with its count.</summary>
    private static XElement List(string name, params XElement[] items) => Element(name, new XAttribute("count", items.Length), items);

    private static XElement Font(bool bold) => Element(
        "font",
        bold ? Element("b") : null,
        Element("sz", new XAttribute("val", 11)),
        Element("name", new XAttribute("val", "Calibri")),
        Element("family", new XAttribute("val", 2)));

    private static XElement Fill(string pattern) => Element("fill", Element("patternFill", new XAttribute("patternType", pattern)));

    /// <summary>A cell format with its number format and font, no fill and no border.</summary>
    private static XElement CellFormat(int numberFormat, int font) => Element(
        "xf",
        new XAttribute("numFmtId", numberFormat),
        new XAttribute("fontId", font),
        new XAttribute("fillId", 0),
        new XAttribute("borderId", 0),
        new XAttribute("xfId", 0),
        numberFormat == 0 ? null : new XAttribute("applyNumberFormat", 1),
        font == 0 ? null : new XAttribute("applyFont", 1));

    private static XElement Element(string name, params object?[] content) => new(Main + name, content);

    /// <summary>A worksheet part: <c>xl/worksheets/sheetN.xml</c>, not its relationships.</summary>
    private static bool IsWorksheet(ZipArchiveEntry entry) =>
        entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)
        && !entry.FullName.Contains("/_rels/", StringComparison.Ordinal)
        && entry.FullName.EndsWith(".xml", StringComparison.Ordinal);

    /// <summary>Reads the XML part <paramref name="name"/>, changes it with <paramref name="edit"/> and writes it back in its place.</summary>
    private static void Edit(ZipArchive package, string name, Action<XDocument> edit)
    {
        using var stream = package.GetEntry(name)!.Open();
        var part = XDocument.Load(stream, LoadOptions.PreserveWhitespace);
        edit(part);
        stream.SetLength(0);
        part.Save(stream, SaveOptions.DisableFormatting);
    }

    private static Type ClrType(CellKind kind) => kind switch
    {
        CellKind.Count => typeof(long),
        CellKind.Percent or CellKind.Decimal => typeof(double),
        CellKind.Date => typeof(DateTime),
        CellKind.Flag => typeof(bool),
        _ => typeof(string),
    };

    private static string? NumberFormat(CellKind kind) => kind switch
    {
        CellKind.Count => "#,##0",
        CellKind.Percent => "0.0%",
        CellKind.Decimal => "#,##0.0",
        CellKind.Date => "yyyy-mm-dd",
        _ => null,
    };

    /// <summary>The cell for a value; a percentage becomes the fraction Excel's % format expects.</summary>
    private static object CellValue(CellKind kind, object? value) => value switch
    {
        null => DBNull.Value,
        LocalDate date => date.ToDateTimeUnspecified(),
        decimal number when kind == CellKind.Percent => (double)(number / 100m),
        decimal number => (double)number,
        int number => (long)number,
        _ => value,
    };

    /// <summary>A width in characters that fits the heading and every value as a page would show it, plus a margin.</summary>
    private static double Width(ReportText text, DocumentTable table, int column)
    {
        int widest = table.Columns[column].Heading.Length;
        foreach (var row in table.Rows)
        {
            widest = Math.Max(widest, CellText.Format(text, table.Columns[column].Kind, row[column]).Length);
        }

        return Math.Min(widest, MaxWidth) + 2;
    }

    /// <summary>A legal, unique sheet name: at most 31 characters, none of <c>[]:*?/\</c>.</summary>
    private static string SheetName(string name, HashSet<string> used)
    {
        string clean = new([.. name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '-' : c)]);
        clean = clean.Length > 31 ? clean[..31] : clean;
        string unique = clean;
        for (int n = 2; !used.Add(unique); n++)
        {
            string suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
            unique = clean[..Math.Min(clean.Length, 31 - suffix.Length)] + suffix;
        }

        return unique;
    }
}
