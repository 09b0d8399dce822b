using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EktpDomain.Reporting.Json;
using EktpDomain.Tests.Cli.Output;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>Every format carries the level and the region: the text's and the page's title, the JSON's <c>level</c> and <c>region</c>, the workbook's summary and its sheet of regions.</summary>
public sealed class CliLevelFormatTests : IDisposable
{
    private readonly CliHarness folder = MultiProvinceFolder.Write(new CliHarness());

    public void Dispose() => folder.Dispose();

    private static string[] ArgsOf(string command) => command switch
    {
        "report" => ["--month", "2012-04"],
        _ => [],
    };

    private CliResult Run(string command, params string[] args)
    {
        var result = folder.RunOnFolder(command, [.. ArgsOf(command), .. args]);
        result.ExitCode.Should().Be(0, result.Stderr);
        return result;
    }

    [Theory]
    [InlineData("report")]
    [InlineData("forecast")]
    [InlineData("trend")]
    public void EveryFormat_CarriesTheLevelAndTheRegion(string command)
    {
        string[] scope = ["--level", "kabupaten", "--region", "36", "--lang", "en"];
        Run(command, [.. scope, "--width", "full"]).Stdout.Split('\n')[0].Should().EndWith("— 36 Banten, by kabupaten/kota");

        string json = Run(command, [.. scope, "--format", "json"]).Stdout;
        using (var document = System.Text.Json.JsonDocument.Parse(json))
        {
            document.RootElement.GetProperty("level").GetString().Should().Be("kabupaten");
            document.RootElement.GetProperty("region").GetProperty("code").GetString().Should().Be("36");
            document.RootElement.GetProperty("region").GetProperty("name").GetString().Should().Be("Banten");
        }

        string page = folder.PathOf($"{command}.html");
        Run(command, [.. scope, "--output", page]);
        File.ReadAllText(page).Should().Contain("<h1>").And.Contain("— 36 Banten, by kabupaten/kota</h1>");

        string book = folder.PathOf($"{command}.xlsx");
        Run(command, [.. scope, "--output", book]);
        using var workbook = SpreadsheetDocument.Open(book, isEditable: false);
        workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Contain("Regions");
        var summary = new SheetReader(workbook.WorkbookPart, "Summary");
        summary.Text(1, "Level").Should().Be("kabupaten/kota");
        summary.Text(1, "Report region").Should().Be("36");
    }

    [Fact]
    public void Report_Workbook_RegionsSheet_HoldsTheSumsOfTheJson()
    {
        var json = ReportJson.DeserializeReport(Run("report", "--level", "provinsi", "--format", "json", "--lang", "en").Stdout);
        string book = folder.PathOf("provinces.xlsx");
        Run("report", "--level", "provinsi", "--output", book, "--lang", "en");

        using var workbook = SpreadsheetDocument.Open(book, isEditable: false);
        var regions = new SheetReader(workbook.WorkbookPart!, "Regions");
        regions.RowCount.Should().Be(json.Regions!.Count + 1);
        foreach (var region in json.Regions!)
        {
            int row = regions.Find(("Code", region.Code.ToString()));
            regions.Number(row, "Target").Should().Be(region.Target);
            regions.Number(row, "Realised").Should().Be(region.Realised!.Value);
            regions.Number(row, "Capacity").Should().Be(region.Capacity!.Value);
            regions.Number(row, "Short: demand").Should().Be((double)region.ShortfallParts.Demand);
        }

        var summary = new SheetReader(workbook.WorkbookPart!, "Summary");
        summary.Number(1, "Number of regions").Should().Be(json.Summary.RegionCount);
        summary.Number(1, "Number of kecamatan").Should().Be(json.Summary.KecamatanCount);
        summary.Number(1, "Target").Should().Be(json.Summary.Target);
        summary.Text(1, "Level").Should().Be("provinsi");
        var findings = new SheetReader(workbook.WorkbookPart!, "Findings");
        findings.Header.Should().Contain("Region");
    }

    [Fact]
    public void Report_Indonesian_Workbook_NamesTheRegionsSheetAndTheLevel()
    {
        string book = folder.PathOf("wilayah.xlsx");
        Run("report", "--level", "provinsi", "--output", book);

        using var workbook = SpreadsheetDocument.Open(book, isEditable: false);
        workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal("Wilayah", "Ringkasan", "Temuan");
        new SheetReader(workbook.WorkbookPart, "Ringkasan").Text(1, "Tingkat wilayah").Should().Be("provinsi");
    }
}
