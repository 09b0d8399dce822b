using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EktpDomain.Tests.Support;

/// <summary>
/// Writes .xlsx files with the Open XML SDK, a library other than the one ektp reads with, the way Excel stores
/// cells: shared and inline strings, numbers, date serials with a date format (built-in or custom), formulas with or
/// without a saved value.
/// </summary>
public static class TestWorkbook
{
    /// <summary>A cell: text, a number, a date (written as a serial with a date format), or a formula.</summary>
    public abstract record Cell;

    public sealed record Text(string Value) : Cell;

    public sealed record Number(double Value) : Cell;

    /// <summary>A date cell; <paramref name="Custom"/> picks a custom format (dd/mm/yyyy) over the built-in one (14).</summary>
    public sealed record Day(DateTime Value, bool Custom = false) : Cell;

    /// <summary>A formula, with the value Excel saved with it, or none (as some libraries write them).</summary>
    public sealed record Formula(string Expression, double? Cached) : Cell;

    public static Cell T(string value) => new Text(value);

    public static Cell N(double value) => new Number(value);

    public static Cell D(int year, int month, int day, bool custom = false) => new Day(new DateTime(year, month, day), custom);

    /// <summary>Writes one sheet whose rows start at <paramref name="firstRow"/>; a null cell is left out.</summary>
    public static void Write(string path, IReadOnlyList<Cell?[]> rows, string sheetName = "Data", int firstRow = 1, bool date1904 = false)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        if (date1904)
        {
            workbook.Workbook.AppendChild(new WorkbookProperties { Date1904 = true });
        }

        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });

        // Shared strings, as Excel writes text, except the first column's, which are inline: both must read alike.
        var shared = workbook.AddNewPart<SharedStringTablePart>();
        shared.SharedStringTable = new SharedStringTable();
        var sharedIndex = new Dictionary<string, int>();

        var sheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (int r = 0; r < rows.Count; r++)
        {
            uint number = (uint)(firstRow + r);
            var row = new Row { RowIndex = number };
            for (int c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is not { } cell)
                {
                    continue;
                }

                string reference = ColumnName(c) + number.ToString(CultureInfo.InvariantCulture);
                row.Append(cell switch
                {
                    Text t when c == 0 => new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(t.Value)) },
                    Text t => new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Share(t.Value)) },
                    Number n => new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = reference, CellValue = new CellValue(n.Value) },
                    Day d => new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = reference, CellValue = new CellValue(Serial(d.Value, date1904)), StyleIndex = d.Custom ? 2u : 1u },
                    Formula f => new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = reference, CellFormula = new CellFormula(f.Expression), CellValue = f.Cached is double v ? new CellValue(v) : null },
                    _ => throw new ArgumentException("Unknown cell.", nameof(rows)),
                });
            }

            data.Append(row);
        }

        sheet.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName });

        int Share(string text)
        {
            if (!sharedIndex.TryGetValue(text, out int index))
            {
                index = sharedIndex.Count;
                sharedIndex[text] = index;
                shared.SharedStringTable.AppendChild(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
            }

            return index;
        }
    }

    /// <summary>Writes a CSV text (header and rows, comma-separated, no quoting) as a sheet: every field as text.</summary>
    public static void WriteCsvAsText(string path, string csv) =>
        Write(path, [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',').Select(f => f.Length == 0 ? null : T(f)).ToArray())]);

    /// <summary>Excel's serial of a day: days since 1899-12-30 (1900 system), or since 1904-01-01.</summary>
    private static double Serial(DateTime day, bool date1904) =>
        (day - (date1904 ? new DateTime(1904, 1, 1) : new DateTime(1899, 12, 30))).TotalDays;

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));
}
