using System.IO;
using EktpDomain.Tests.Cli;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.TestWorkbook;

namespace EktpDomain.Import.Tests;

/// <summary>A table given as NAME.xlsx, written by the Open XML SDK, reads as its CSV would, with the same checks.</summary>
public class CsvTableWorkbookTests
{
    private static void WriteKecamatan(CliHarness cli, Cell? eligible = null) => Write(cli.PathOf("kecamatan.xlsx"),
    [
        [T("code"), T("name"), T("eligible")],
        [T("36.03.27"), T("Sukamulya"), eligible ?? N(41000)],
        [T("36.03.30"), T("Sepatan Timur"), N(52000)],
    ]);

    [Fact]
    public void Workbooks_WithRealDatesNumbersAndFormulas_ReportAsTheCsvFolderDoes()
    {
        using var csv = new CliHarness().WithValidBasics();
        using var xlsx = new CliHarness();
        WriteKecamatan(xlsx, new Formula("40000+1000", 41000));
        Write(xlsx.PathOf("ledger.xlsx"),
        [
            [T("date"), T("kecamatan"), T("device"), T("kind"), T("count")],
            [D(2012, 4, 2), T("36.03.27"), T("K-27-1"), T("recorded"), N(6300)],
            [D(2012, 4, 3, custom: true), T("36.03.30"), null, T("recorded"), N(4000)],
        ]);

        var expected = csv.RunOnFolder("report", "--month", "2012-04", "--format", "json");
        var actual = xlsx.RunOnFolder("report", "--month", "2012-04", "--format", "json");

        actual.ExitCode.Should().Be(0, actual.Stderr);
        actual.Stdout.Should().Be(expected.Stdout);
    }

    [Fact]
    public void DateTypedAsText_IsReadAsIsoText()
    {
        using var cli = new CliHarness();
        WriteKecamatan(cli);
        WriteCsvAsText(cli.PathOf("ledger.xlsx"), CliHarness.ValidLedger);

        cli.RunOnFolder("report").ExitCode.Should().Be(0);
    }

    [Fact]
    public void BadValue_IsReportedAtFileSheetAndRow()
    {
        using var cli = new CliHarness();
        WriteKecamatan(cli);

        // The header on row 3, as under a title: rows are counted as the sheet counts them.
        Write(
            cli.PathOf("ledger.xlsx"),
            [
                [T("date"), T("kecamatan"), T("device"), T("kind"), T("count")],
                [T("2012-04-02"), T("36.03.27"), null, T("recorded"), N(6300)],
                [T("02/04/2012"), T("36.03.27"), null, T("recorded"), N(2.5)],
            ],
            sheetName: "Buku besar",
            firstRow: 3);

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.ErrorLines.Should().Equal(
            $"{cli.PathOf("ledger.xlsx")}:Buku besar!5: malformed date '02/04/2012' in column 'date': expected a real date as YYYY-MM-DD.",
            $"{cli.PathOf("ledger.xlsx")}:Buku besar!5: malformed number '2.5' in column 'count': expected a whole number written with the digits 0-9.");
    }

    [Fact]
    public void ProblemFoundWhenTheLedgerIsBuilt_IsReportedAtFileSheetAndRow()
    {
        using var cli = new CliHarness();
        WriteKecamatan(cli);

        // Each row is fine alone; the loss on row 4 exceeds what was recorded, which only the whole ledger shows.
        Write(
            cli.PathOf("ledger.xlsx"),
            [
                [T("date"), T("kecamatan"), T("device"), T("kind"), T("count")],
                [T("2012-04-02"), T("36.03.27"), null, T("recorded"), N(100)],
                [T("2012-04-03"), T("36.03.27"), null, T("lost"), N(101)],
            ],
            sheetName: "Buku besar",
            firstRow: 2);

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{cli.PathOf("ledger.xlsx")}:Buku besar!4: lost 101 at 36.03.27");
    }

    [Fact]
    public void FormulaWithoutSavedValue_ReadsAsBlank()
    {
        using var cli = new CliHarness();
        WriteKecamatan(cli, new Formula("40000+1000", null));
        cli.Write("ledger.csv", CliHarness.ValidLedger);

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines[0].Should().Be($"{cli.PathOf("kecamatan.xlsx")}:Data!2: column 'eligible' is blank; expected a whole number.");
    }

    [Fact]
    public void MissingColumn_AndDuplicateColumn_ReadAsForCsv()
    {
        using var cli = new CliHarness();
        Write(cli.PathOf("kecamatan.xlsx"), [[T("code"), T("name")], [T("36.03.27"), T("Sukamulya")]]);
        Write(cli.PathOf("ledger.xlsx"), [[T("date"), null, T("Date"), T("kecamatan"), T("device"), T("kind"), T("count")]]);

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal(
            $"{cli.PathOf("kecamatan.xlsx")}:Data: missing column 'eligible'; the header has code, name.",
            $"{cli.PathOf("ledger.xlsx")}:Data!1: column 'Date' appears twice in the header.");
    }

    [Fact]
    public void ValueOutsideTheHeader_IsAnError()
    {
        using var cli = new CliHarness();
        Write(cli.PathOf("kecamatan.xlsx"), [[T("code"), T("name"), T("eligible")], [T("36.03.27"), T("Sukamulya"), N(41000), T("stray")]]);
        cli.Write("ledger.csv", CliHarness.ValidLedger);

        var result = cli.RunOnFolder("report");

        result.ErrorLines.Should().Contain($"{cli.PathOf("kecamatan.xlsx")}:Data!2: the row has a value in column D, but the header row has no heading there.");
    }

    [Fact]
    public void Date1904Workbook_ReadsTheSameDays()
    {
        using var cli = new CliHarness();
        WriteKecamatan(cli);
        Write(
            cli.PathOf("ledger.xlsx"),
            [
                [T("date"), T("kecamatan"), T("device"), T("kind"), T("count")],
                [D(2012, 4, 2), T("36.03.27"), null, T("recorded"), N(6300)],
            ],
            date1904: true);

        var result = cli.RunOnFolder("forecast", "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("\"as_of\": \"2012-04-02\"");
    }

    [Fact]
    public void BothCsvAndWorkbook_IsAnError()
    {
        using var cli = new CliHarness().WithValidBasics();
        WriteKecamatan(cli);

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines[0].Should().Be($"{cli.PathOf("kecamatan.csv")}: the folder also holds kecamatan.xlsx; keep either kecamatan.csv or kecamatan.xlsx, not both.");
    }

    [Fact]
    public void FileThatIsNotAWorkbook_IsAnError()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.xlsx", CliHarness.ValidKecamatan);
        cli.Write("ledger.csv", CliHarness.ValidLedger);

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines[0].Should().StartWith($"{cli.PathOf("kecamatan.xlsx")}: cannot read the file as an Excel workbook (.xlsx): ");
    }

    [Fact]
    public void OptionalTables_MayBeWorkbooksToo()
    {
        using var cli = new CliHarness().WithValidBasics();
        Write(cli.PathOf("closures.xlsx"), [[T("kecamatan"), T("date"), T("reason")], [T("36.03.88"), D(2012, 4, 5), T("flood")]]);

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal($"{cli.PathOf("closures.xlsx")}:Data!2: unknown kecamatan '36.03.88': it is not in the kecamatan list.");
        File.Exists(cli.PathOf("closures.csv")).Should().BeFalse();
    }
}
