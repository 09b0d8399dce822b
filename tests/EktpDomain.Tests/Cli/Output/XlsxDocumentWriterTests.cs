using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli.Output;

/// <summary>Every workbook ektp writes, read back with the Open XML SDK (not the library that wrote it).</summary>
public class XlsxDocumentWriterTests
{
    [Fact]
    public void Report_HasOneSheetPerPart_WithTypedCells()
    {
        using var cli = new CliHarness();
        string path = cli.PathOf("report.xlsx");

        var result = CliHarness.Invoke(["report", "--format", "xlsx", "--output", path]);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().BeEmpty();
        using var book = Workbook.Open(path);
        book.SheetNames.Should().Equal("Kecamatan", "Ringkasan", "Temuan");

        var kecamatan = book.Sheet("Kecamatan");
        kecamatan.FrozenRows.Should().Be(1);
        kecamatan.Rows.Should().HaveCount(30, "a header and 29 kecamatan");
        var sukamulya = kecamatan.Row("Kecamatan", "Sukamulya");
        kecamatan.Number(sukamulya, "Peringkat").Should().Be(1);
        kecamatan.Number(sukamulya, "Realisasi").Should().Be(6300);
        kecamatan.Format(sukamulya, "Realisasi").Should().Be("#,##0");
        kecamatan.Number(sukamulya, "%").Should().BeApproximately(6300.0 / 41000, 1e-12);
        kecamatan.Format(sukamulya, "%").Should().Be("0.0%");
        kecamatan.Text(sukamulya, "Status").Should().Be("tercapai");
        kecamatan.Cell(sukamulya, "Tercapai").DataType!.Value.Should().Be(CellValues.Boolean);
        kecamatan.Widths.Should().OnlyContain(w => w >= 3 && w <= 82);
        kecamatan.Width("Kecamatan").Should().BeGreaterThanOrEqualTo("Sepatan Timur".Length);

        var summary = book.Sheet("Ringkasan");
        summary.Rows.Should().HaveCount(2);
        var row = summary.Rows[1];
        summary.Date(row, "Dari").Should().Be(new DateTime(2012, 4, 2));
        summary.Format(row, "Dari").Should().Be("yyyy-mm-dd");
        summary.Number(row, "Mencapai target").Should().Be(1);
        summary.Number(row, "Porsi target").Should().BeApproximately(0.15, 1e-12);
        summary.Text(row, "Kesimpulan").Should().Be("Baru 1 dari 29 kecamatan mencapai target perekaman 15%");

        var findings = book.Sheet("Temuan");
        findings.Rows.Count.Should().BeGreaterThan(1);
        findings.Header.Should().Equal("Tingkat", "Aturan", "Kode", "Alat perekaman", "Temuan", "Tindakan");
    }

    [Fact]
    public void Allocation_HasPlacementsAndTotals_InEnglish()
    {
        using var cli = new CliHarness();
        string path = cli.PathOf("allocation.xlsx");

        var result = CliHarness.Invoke(["allocate", "--devices", "3", "--lang", "en", "--format", "xlsx", "--output", path]);

        result.ExitCode.Should().Be(0, result.Stderr);
        using var book = Workbook.Open(path);
        book.SheetNames.Should().Equal("Placements", "Summary");
        var placements = book.Sheet("Placements");
        placements.Rows.Should().HaveCount(4);
        placements.Number(placements.Rows[1], "New set").Should().Be(1);
        placements.Text(placements.Rows[1], "Explanation").Should().Contain("→");
        var summary = book.Sheet("Summary");
        summary.Number(summary.Rows[1], "New sets").Should().Be(3);
        summary.Number(summary.Rows[1], "Capacity gap before").Should().BeGreaterThan(summary.Number(summary.Rows[1], "Capacity gap after"));
    }

    [Fact]
    public void Forecast_HasKecamatanAndTotal_WithDates()
    {
        using var cli = new CliHarness();
        string path = cli.PathOf("forecast.xlsx");

        var result = CliHarness.Invoke(["forecast", "--lang", "en", "--format", "xlsx", "--output", path]);

        result.ExitCode.Should().Be(0, result.Stderr);
        using var book = Workbook.Open(path);
        book.SheetNames.Should().Equal("Kecamatan", "Summary");
        book.Sheet("Kecamatan").Rows.Should().HaveCount(30);
        var summary = book.Sheet("Summary");
        var total = summary.Rows[1];
        summary.Text(total, "Code").Should().Be("36.03");
        summary.Date(total, "Completion").Should().Be(new DateTime(2012, 10, 2));
        summary.Number(total, "Coverage").Should().Be(721_860);
        summary.Number(total, "Eligible").Should().Be(1_574_262);
        summary.Number(total, "Pace realised").Should().Be(summary.Number(total, "Pace per working day") * summary.Number(total, "Pace working days"), "the realised of the pace window, as the JSON's pace_realised");
    }

    /// <summary>A workbook opened with the Open XML SDK, its sheets by name.</summary>
    private sealed class Workbook : IDisposable
    {
        private readonly SpreadsheetDocument document;

        private Workbook(SpreadsheetDocument document) => this.document = document;

        public IReadOnlyList<string> SheetNames => [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

        public static Workbook Open(string path) => new(SpreadsheetDocument.Open(path, isEditable: false));

        public SheetView Sheet(string name)
        {
            var part = document.WorkbookPart!;
            var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
            return new SheetView(part, (WorksheetPart)part.GetPartById(sheet.Id!));
        }

        public void Dispose() => document.Dispose();
    }

    private sealed class SheetView(WorkbookPart book, WorksheetPart part)
    {
        public IReadOnlyList<Row> Rows { get; } = [.. part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()];

        public IReadOnlyList<string> Header => [.. Rows[0].Elements<Cell>().Select(CellText)];

        public double FrozenRows => part.Worksheet.Descendants<Pane>().Single(p => p.State! == PaneStateValues.Frozen).VerticalSplit!.Value;

        public IReadOnlyList<double> Widths => [.. part.Worksheet.Descendants<Column>().Select(c => c.Width!.Value)];

        public double Width(string heading)
        {
            uint index = (uint)Header.ToList().IndexOf(heading) + 1;
            return part.Worksheet.Descendants<Column>().Single(c => c.Min! <= index && c.Max! >= index).Width!.Value;
        }

        public Row Row(string heading, string text) => Rows.Skip(1).Single(r => CellText(Cell(r, heading)) == text);

        public Cell Cell(Row row, string heading)
        {
            int index = Header.ToList().IndexOf(heading);
            index.Should().BeGreaterThanOrEqualTo(0, $"the sheet has a column '{heading}'");
            return row.Elements<Cell>().ElementAt(index);
        }

        public double Number(Row row, string heading)
        {
            var cell = Cell(row, heading);
            (cell.DataType is null || cell.DataType.Value == CellValues.Number).Should().BeTrue($"'{heading}' holds a number");
            return double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
        }

        public DateTime Date(Row row, string heading)
        {
            Format(row, heading).Should().Contain("yy");
            return DateTime.FromOADate(Number(row, heading));
        }

        public string Text(Row row, string heading) => CellText(Cell(row, heading));

        public string? Format(Row row, string heading)
        {
            var cell = Cell(row, heading);
            var styles = book.WorkbookStylesPart!.Stylesheet;
            var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
            uint id = format.NumberFormatId?.Value ?? 0;
            return styles.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(n => n.NumberFormatId! == id)?.FormatCode?.Value;
        }

        private string CellText(Cell cell) =>
            cell.DataType?.Value == CellValues.SharedString
                ? book.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText
                : cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
    }
}
