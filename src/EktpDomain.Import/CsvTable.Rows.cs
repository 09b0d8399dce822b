using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using MiniExcelLibs;
using nietras.SeparatedValues;

namespace EktpDomain.Import;

/// <summary>
/// A file read as rows of cells, with no header of its own: for exports whose header the caller works out itself, such
/// as a SIAK aggregate with a group header over two rows. A CSV file gives each line's fields; a workbook its first
/// sheet's cells, as the text a CSV field would hold (as in CsvTable.Workbook.cs). Blank rows are passed over.
/// </summary>
internal sealed partial class CsvTable
{
    /// <summary>
    /// Reads <paramref name="fileName"/> (a <c>.csv</c> or a <c>.xlsx</c> file, by its extension) and calls
    /// <paramref name="onRow"/> for each non-blank row with its cells (a blank cell is null) and its location. Returns
    /// false after recording the problem when the file cannot be read.
    /// </summary>
    public static bool ReadRows(DataSource source, string fileName, List<DataProblem> problems, Action<string?[], SourceLocation> onRow)
    {
        string path = source.DisplayPath(fileName);
        return fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? ReadSheetRows(source, fileName, path, problems, onRow)
            : ReadTextRows(source, fileName, path, problems, onRow);
    }

    private static bool ReadTextRows(DataSource source, string fileName, string path, List<DataProblem> problems, Action<string?[], SourceLocation> onRow)
    {
        try
        {
            using var stream = source.Open(fileName);
            using var text = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true, CultureInfo = CultureInfo.InvariantCulture }).From(text);
            foreach (var row in reader)
            {
                var cells = new string?[row.ColCount];
                for (int i = 0; i < cells.Length; i++)
                {
                    var field = row[i].Span.Trim();
                    cells[i] = field.IsEmpty ? null : field.ToString();
                }

                if (cells.Any(c => c is not null))
                {
                    onRow(cells, new SourceLocation(path, row.LineNumberFrom));
                }
            }
        }
        catch (Exception e) when (e is DecoderFallbackException or InvalidDataException or ArgumentException)
        {
            problems.Add(new DataProblem(new SourceLocation(path), $"cannot read the file as UTF-8 CSV: {e.Message}"));
            return false;
        }

        return true;
    }

    private static bool ReadSheetRows(DataSource source, string fileName, string path, List<DataProblem> problems, Action<string?[], SourceLocation> onRow)
    {
        string? sheet;
        bool date1904;
        try
        {
            using (var names = source.Open(fileName))
            {
                sheet = MiniExcel.GetSheetNames(names).FirstOrDefault();
            }

            using var workbook = source.Open(fileName);
            date1904 = UsesDate1904(workbook);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            problems.Add(new DataProblem(new SourceLocation(path), $"cannot read the file as an Excel workbook (.xlsx): {e.Message}"));
            return false;
        }

        if (string.IsNullOrEmpty(sheet))
        {
            problems.Add(new DataProblem(new SourceLocation(path), "the workbook has no sheet; the table must be on its first sheet."));
            return false;
        }

        try
        {
            using var stream = source.Open(fileName);
            int number = 0;
            foreach (var row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>())
            {
                number++;
                var cells = row.Values.Select(v => CellText(v, date1904) is string t && t.Trim().Length > 0 ? t.Trim() : null).ToArray();
                if (cells.Any(c => c is not null))
                {
                    onRow(cells, SourceLocation.InSheet(path, sheet, number));
                }
            }
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            problems.Add(new DataProblem(SourceLocation.InSheet(path, sheet, 0), $"cannot read the sheet: {e.Message}"));
            return false;
        }

        return true;
    }
}
