using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using MiniExcelLibs;

namespace EktpDomain.Import;

/// <summary>
/// A table given as <c>NAME.xlsx</c>: the first sheet, read with MiniExcel, gives its rows to the same header check and
/// the same <see cref="CsvRow"/> accessors as a CSV file, so every check and message is shared. Each cell becomes the
/// text a CSV field would hold: a number as invariant digits (41000, 2.5), a date cell as YYYY-MM-DD (with a time of
/// day as YYYY-MM-DDTHH:MM:SS, which no column accepts), a Boolean as TRUE or FALSE, text as it is. A formula cell
/// gives the value Excel saved with it; a formula saved without a value reads as a blank cell. Rows are numbered as
/// the sheet numbers them; the header is the first row that is not blank.
/// </summary>
internal sealed partial class CsvTable
{
    /// <summary>Days from 1900-01-01 to 1904-01-01 as Excel counts them: a 1904-based workbook's serials are that much smaller.</summary>
    private const int Date1904Offset = 1462;

    private static bool ReadWorkbook(
        DataSource source,
        string fileName,
        HeaderSpec header,
        List<DataProblem> problems,
        Action<CsvRow> onRow)
    {
        string path = source.DisplayPath(fileName);
        string? sheet;
        bool date1904;
        try
        {
            using (var names = source.Open(fileName))
            {
                sheet = MiniExcel.GetSheetNames(names).FirstOrDefault();
            }

            using (var workbook = source.Open(fileName))
            {
                date1904 = UsesDate1904(workbook);
            }
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

        var table = new CsvTable(path, problems, sheet);
        Dictionary<string, int>? columns = null;
        int width = 0;
        int number = 0;
        using var stream = source.Open(fileName);
        using var rows = MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().GetEnumerator();
        while (true)
        {
            // Only reading the sheet is guarded: a problem in a row's own checks is not a broken workbook.
            try
            {
                if (!rows.MoveNext())
                {
                    break;
                }
            }
            catch (Exception e) when (IsUnreadable(e))
            {
                problems.Add(new DataProblem(table.At(0), $"cannot read the sheet: {e.Message}"));
                return false;
            }

            var row = rows.Current;

            // MiniExcel gives every row from the first, blank ones included, so the count is the sheet's row number.
            number++;
            var cells = row.Values.Select(v => CellText(v, date1904)).ToArray();
            int last = Array.FindLastIndex(cells, c => !string.IsNullOrWhiteSpace(c));
            if (last < 0)
            {
                continue;
            }

            if (columns is null)
            {
                var names = cells.Take(last + 1).Select(c => string.IsNullOrWhiteSpace(c) ? null : c).ToArray();
                if (!table.ReadHeader(names, number, header, out columns))
                {
                    return false;
                }

                width = names.Length;
                continue;
            }

            var location = table.At(number);
            if (last >= width)
            {
                problems.Add(new DataProblem(location, $"the row has a value in column {row.Keys.ElementAt(last)}, but the header row has no heading there."));
                continue;
            }

            onRow(new CsvRow(table, cells, columns, location));
        }

        if (columns is null)
        {
            table.Empty(header);
            return false;
        }

        return true;
    }

    /// <summary>What a CSV field would hold for this cell; null for an empty cell.</summary>
    private static string? CellText(object? value, bool date1904) => value switch
    {
        null => null,
        string text => text,
        DateTime date => (date1904 ? date.AddDays(Date1904Offset) : date) is var day && day.TimeOfDay == TimeSpan.Zero
            ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : day.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        double number => WholeNumber(number) ? ((long)number).ToString(CultureInfo.InvariantCulture) : number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>A double that is a whole number exactly: every integer below 2^53 is, so a count typed into Excel reads back as its digits.</summary>
    private static bool WholeNumber(double number) => Math.Abs(number) < 9_007_199_254_740_992d && Math.Floor(number) == number;

    /// <summary>Whether the workbook counts dates from 1904 (old Excel for Mac), which MiniExcel does not account for.</summary>
    private static bool UsesDate1904(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var entry = zip.GetEntry("xl/workbook.xml");
        if (entry is null)
        {
            return false;
        }

        using var xml = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "workbookPr")
            {
                return xml.GetAttribute("date1904") is "1" or "true";
            }

            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheets")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The exceptions of a file that is not a readable workbook: not a zip, no workbook part, broken XML.</summary>
    private static bool IsUnreadable(Exception e) =>
        e is InvalidDataException or XmlException or InvalidOperationException or NotSupportedException or FormatException or KeyNotFoundException or IOException;
}
