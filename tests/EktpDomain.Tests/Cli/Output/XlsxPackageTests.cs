using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli.Output;

/// <summary>
/// Every workbook ektp writes opens in other readers (issue 23): the package is valid to the Open XML SDK's validator,
/// and its styles hold what the validator lets pass but openpyxl (so pandas.read_excel) and Excel need: every fill has
/// a pattern (an empty <c>&lt;fill/&gt;</c> makes openpyxl fail with "expected &lt;class
/// 'openpyxl.styles.fills.Fill'&gt;"), the first two fills are <c>none</c> and <c>gray125</c>, and every style points
/// at a font, fill, border and number format that is there. Every sheet has a bold header row, frozen, and an
/// autofilter over the header and all the rows.
/// </summary>
public class XlsxPackageTests
{
    /// <summary>Every command that writes a workbook, on its built-in data, and <c>report</c> on a data folder.</summary>
    public static TheoryData<string, bool> Workbooks => new()
    {
        { "report", false },
        { "report", true },
        { "allocate", false },
        { "forecast", false },
        { "trend", false },
    };

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Package_IsValid(string command, bool onFolder)
    {
        using var cli = new CliHarness();
        using var document = Write(cli, command, onFolder);

        var errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");

        errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Styles_HaveAPatternInEveryFill_NoneAndGray125First_AndEveryReferenceResolves(string command, bool onFolder)
    {
        using var cli = new CliHarness();
        using var document = Write(cli, command, onFolder);
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;

        var fills = styles.Fills!.Elements<Fill>().ToList();
        fills.Should().OnlyContain(f => f.PatternFill != null || f.GradientFill != null, "openpyxl rejects a fill with neither");
        fills.Should().HaveCountGreaterThanOrEqualTo(2);
        fills[0].PatternFill!.PatternType!.Value.Should().Be(PatternValues.None);
        fills[1].PatternFill!.PatternType!.Value.Should().Be(PatternValues.Gray125);
        styles.Fills.Count!.Value.Should().Be((uint)fills.Count);

        int fonts = styles.Fonts!.Elements<Font>().Count();
        int borders = styles.Borders!.Elements<Border>().Count();
        int cellStyleFormats = styles.CellStyleFormats!.Elements<CellFormat>().Count();
        var numberFormats = styles.NumberingFormats?.Elements<NumberingFormat>().Select(n => n.NumberFormatId!.Value).ToHashSet() ?? [];
        var cellFormats = styles.CellFormats!.Elements<CellFormat>().ToList();
        styles.CellFormats.Count!.Value.Should().Be((uint)cellFormats.Count);
        foreach (var format in cellFormats)
        {
            ((int)(format.FontId?.Value ?? 0)).Should().BeLessThan(fonts);
            ((int)(format.FillId?.Value ?? 0)).Should().BeLessThan(fills.Count);
            ((int)(format.BorderId?.Value ?? 0)).Should().BeLessThan(borders);
            ((int)(format.FormatId?.Value ?? 0)).Should().BeLessThan(cellStyleFormats);
            uint numberFormat = format.NumberFormatId?.Value ?? 0;
            (numberFormat < 164 || numberFormats.Contains(numberFormat)).Should().BeTrue($"number format {numberFormat} is built in or defined");
        }

        styles.CellStyles!.Elements<CellStyle>().Should().Contain(s => s.Name! == "Normal" && s.BuiltinId! == 0u, "openpyxl warns of a workbook without the Normal style");
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void EverySheet_HasABoldFrozenHeader_AndAnAutoFilterOverAllItsRows(string command, bool onFolder)
    {
        using var cli = new CliHarness();
        using var document = Write(cli, command, onFolder);
        var book = document.WorkbookPart!;
        var styles = book.WorkbookStylesPart!.Stylesheet;

        var sheets = book.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Should().NotBeEmpty();
        foreach (var sheet in sheets)
        {
            var worksheet = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet;
            var rows = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
            var header = rows[0].Elements<Cell>().ToList();
            header.Should().NotBeEmpty();
            header.Should().OnlyContain(c => IsBold(styles, c), $"every heading of '{sheet.Name}' is bold");
            rows.Skip(1).SelectMany(r => r.Elements<Cell>()).Should().NotContain(c => IsBold(styles, c), $"the values of '{sheet.Name}' are not");

            var pane = worksheet.Descendants<Pane>().Should().ContainSingle().Subject;
            pane.State!.Value.Should().Be(PaneStateValues.Frozen);
            pane.VerticalSplit!.Value.Should().Be(1);
            pane.TopLeftCell!.Value.Should().Be("A2");

            string lastColumn = Column(header[^1].CellReference!.Value!);
            worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value.Should().Be($"A1:{lastColumn}{rows.Count}", $"the filter of '{sheet.Name}' covers its header and all its rows");
            rows[^1].RowIndex!.Value.Should().Be((uint)rows.Count);
        }
    }

    /// <summary>Runs <paramref name="command"/> with <c>--format xlsx</c> into the harness's folder and opens the workbook.</summary>
    private static SpreadsheetDocument Write(CliHarness cli, string command, bool onFolder)
    {
        string path = cli.PathOf(command + ".xlsx");
        List<string> args = [command, "--format", "xlsx", "--output", path];
        if (command == "allocate")
        {
            args.AddRange(["--devices", "3"]);
        }

        if (onFolder)
        {
            cli.WithValidBasics();
            args.AddRange(["--data", cli.Folder, "--month", "2012-04"]);
        }

        var result = CliHarness.Invoke([.. args]);
        result.ExitCode.Should().Be(0, result.Stderr);
        return SpreadsheetDocument.Open(path, isEditable: false);
    }

    private static bool IsBold(Stylesheet styles, Cell cell)
    {
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var bold = styles.Fonts!.Elements<Font>().ElementAt((int)(format.FontId?.Value ?? 0)).Bold;
        return bold != null && (bold.Val is null || bold.Val.Value);
    }

    private static string Column(string reference) => new([.. reference.TakeWhile(char.IsLetter)]);
}
