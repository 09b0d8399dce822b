using System;
using System.Collections.Generic;
using System.Data;
using System.Globalization;
using System.IO;
using System.Linq;
using EktpDomain.Reporting;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using NodaTime;

namespace EktpDomain.Cli.Output;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as an Excel workbook with MiniExcel: one sheet per table, in order, with a
/// frozen header row and column widths that fit the longest heading or value. Cells are typed: counts and figures are
/// numbers, percentages are fractions formatted as <c>0.0%</c> (14.5 % is the number 0.145), dates are dates
/// (<c>yyyy-mm-dd</c>), yes/no is a Boolean, and "not applicable" is an empty cell. Charts are for pages and are left out.
/// </summary>
internal static class XlsxDocumentWriter
{
    /// <summary>Characters of the widest column: a message or an explanation wraps at this width rather than run off the screen.</summary>
    private const int MaxWidth = 80;

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
            AutoFilter = false,
            FastMode = true,
            DynamicColumns = [.. columns],
        };
        MiniExcel.SaveAs(output, sheets, printHeader: true, excelType: ExcelType.XLSX, configuration: configuration);
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
