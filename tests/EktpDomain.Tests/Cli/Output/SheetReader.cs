using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentAssertions;

namespace EktpDomain.Tests.Cli.Output;

/// <summary>One sheet of a workbook, read with the Open XML SDK; cells found by their column letter, so an empty cell left out is still empty.</summary>
internal sealed class SheetReader
{
    private readonly WorkbookPart book;
    private readonly List<Row> rows;

    public SheetReader(WorkbookPart book, string name)
    {
        this.book = book;
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        rows = [.. ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()];
        Header = [.. rows[0].Elements<Cell>().Select(CellText)];
    }

    public IReadOnlyList<string> Header { get; }

    public int RowCount => rows.Count;

    public int Find(params (string Heading, string Text)[] keys) =>
        Enumerable.Range(1, rows.Count - 1).Single(r => keys.All(k => Text(r, k.Heading) == k.Text));

    public string Text(int row, string heading) => Cell(row, heading) is Cell cell ? CellText(cell) : string.Empty;

    public bool IsEmpty(int row, string heading) => Text(row, heading).Length == 0;

    public double Number(int row, string heading)
    {
        var cell = Cell(row, heading);
        cell.Should().NotBeNull($"row {row} has a value under '{heading}'");
        (cell!.DataType is null || cell.DataType.Value == CellValues.Number).Should().BeTrue($"'{heading}' holds a number");
        return double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
    }

    public DateTime Date(int row, string heading) => DateTime.FromOADate(Number(row, heading));

    private Cell? Cell(int row, string heading)
    {
        int index = Header.ToList().IndexOf(heading);
        index.Should().BeGreaterThanOrEqualTo(0, $"the sheet has a column '{heading}'");
        string column = ColumnName(index);
        return rows[row].Elements<Cell>().SingleOrDefault(c => new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]) == column);
    }

    private static string ColumnName(int index)
    {
        string name = string.Empty;
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private string CellText(Cell cell) =>
        cell.DataType?.Value == CellValues.SharedString
            ? book.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText
            : cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
}
