using System;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Forecasting;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using EktpDomain.Reporting.PlainText;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Reporting.PlainText;

public class PlainTextReportTests
{
    private static AttainmentReport Report() =>
        AttainmentReport.Calculate(
            new ScenarioBuilder()
                .Kecamatan(Sukamulya, 41_000).Recorded(Sukamulya, Apr(10), 6_300)
                .Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(10), 4_000)
                .Build(),
            April);

    private static string[] Lines(string text) => text.Split(Environment.NewLine);

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void Format_Report_TitleTableHeadlineAndFindingsInTheLanguage(string language)
    {
        var text = ReportText.FromCode(language);
        var report = Report();

        var lines = Lines(PlainTextReport.Format(report, text, notice: null, width: null));

        lines[0].Should().Be(text.ReportTitle(report.Window, report.WorkingDays, report.Summary.TargetPercent));
        lines[1].Should().BeEmpty("without a notice the table follows the title after one blank line");
        lines[2].Should().StartWith(text.Heading(ReportColumn.Rank).PadLeft(4)).And.Contain(text.Heading(ReportColumn.Kecamatan));
        lines[2].Should().NotContain(text.Heading(ReportColumn.Capacity), "without an inventory there is no capacity column");
        lines[4].Should().Contain("36.03.27").And.Contain("Sukamulya").And.Contain(text.BandName(AttainmentBand.Met));
        lines[5].Should().Contain("36.03.06").And.Contain(text.FormatCount(6_000));
        lines.Should().Contain(text.Headline(report.Summary)).And.Contain(text.FindingsHeading).And.Contain(text.NoFindings);
    }

    [Fact]
    public void Format_WithNotice_PrintsItUnderTheTitleMasked()
    {
        var lines = Lines(PlainTextReport.Format(Report(), ReportText.English, "Source: office export of 3603274107950001", width: null));

        lines[1].Should().Be("Source: office export of 360327******0001");
        lines[2].Should().BeEmpty();
    }

    [Fact]
    public void Format_Forecast_OneLinePerKecamatanThenTheTotal()
    {
        var data = new ScenarioBuilder()
            .Kecamatan(Sukamulya, 41_000).Recorded(Sukamulya, Apr(10), 6_300)
            .Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(10), 4_000)
            .Build();
        var forecasts = ForecastReport.Calculate(data, Apr(30));

        var lines = Lines(PlainTextReport.Format(forecasts, ReportText.English, notice: null, width: null));

        lines[0].Should().Be(ReportText.English.ForecastTitle(Apr(30)));
        lines.Where(l => l.StartsWith("36.03.", StringComparison.Ordinal)).Should().HaveCount(2);
        lines.Should().Contain(l => l.EndsWith(ReportText.English.ForecastLine(forecasts.Total), StringComparison.Ordinal));
    }

    [Fact]
    public void Format_NullArguments_Throw()
    {
        var report = Report();

        FluentActions.Invoking(() => PlainTextReport.Format((AttainmentReport)null!, ReportText.English, null)).Should().Throw<ArgumentNullException>().WithParameterName("report");
        FluentActions.Invoking(() => PlainTextReport.Format(report, ReportText.English, null, PlainTextReport.MinimumWidth - 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("width");
        PlainTextReport.Format(report, ReportText.English, null, PlainTextReport.MinimumWidth).Should().NotBeEmpty();
        FluentActions.Invoking(() => PlainTextReport.Format(report, null!, null)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => PlainTextReport.Format((ForecastReport)null!, ReportText.English, null)).Should().Throw<ArgumentNullException>().WithParameterName("forecasts");
        FluentActions.Invoking(() => PlainTextReport.Format(null!, report, ReportText.English, null)).Should().Throw<ArgumentNullException>().WithParameterName("allocation");
    }

    /// <summary>
    /// The report's table read back: each column's heading (its words joined across the lines it is split over) and
    /// each row's cells, cut where the dashes under the headings are.
    /// </summary>
    private static (string[] Headings, string[][] Rows) Table(string formatted)
    {
        var lines = Lines(formatted);
        int rule = Array.FindIndex(lines, l => l.StartsWith("----", StringComparison.Ordinal));
        var spans = System.Text.RegularExpressions.Regex.Matches(lines[rule], "-+").Select(m => (m.Index, m.Length)).ToList();
        int first = rule;
        while (first > 0 && lines[first - 1].Length > 0)
        {
            first--;
        }

        string Cell(string line, (int Index, int Length) span) =>
            line.Length <= span.Index ? string.Empty : line.Substring(span.Index, Math.Min(span.Length, line.Length - span.Index)).Trim();
        string[] headings = [.. spans.Select(span => string.Join(" ", lines[first..rule].Select(l => Cell(l, span)).Where(c => c.Length > 0)))];
        string[][] rows = [.. lines.Skip(rule + 1).TakeWhile(l => l.Length > 0).Select(l => spans.Select(span => Cell(l, span)).ToArray())];
        return (headings, rows);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Format_Report_ColumnsFollowTheData(string language)
    {
        var text = ReportText.FromCode(language);
        string[] Headings(params ReportColumn[] columns) => [.. columns.Select(text.Heading)];
        var ledgerOnly = Report();
        var withSets = AttainmentReport.Calculate(
            new ScenarioBuilder()
                .Kecamatan(Sukamulya, 41_000).Recorded(Sukamulya, Apr(10), 6_300)
                .Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(10), 4_000).Lost(Kresek, Apr(11), 50)
                .Build() with { Inventory = Static(2, Sukamulya, Kresek) },
            April);
        var series = CoverageSeries.CreateBuilder().Add(Apr(1), Sukamulya, 41_000, 1).Add(Apr(30), Sukamulya, 41_000, 7_000).Build();
        var fromSnapshots = AttainmentReport.Calculate(RecordingData.FromSnapshots(series), April);

        var ledgerTable = Table(PlainTextReport.Format(ledgerOnly, text, notice: null, width: null));
        var setsTable = Table(PlainTextReport.Format(withSets, text, notice: null, width: null));
        var snapshotTable = Table(PlainTextReport.Format(fromSnapshots, text, notice: null, width: null));

        string[] start = Headings(ReportColumn.Rank, ReportColumn.Code, ReportColumn.Kecamatan, ReportColumn.Target, ReportColumn.Realised, ReportColumn.RealisedPercent, ReportColumn.Band);
        string[] parts = Headings(ReportColumn.ShortfallDataLoss, ReportColumn.ShortfallOutage, ReportColumn.ShortfallDemand, ReportColumn.Backlog);
        ledgerTable.Headings.Should().Equal([.. start, .. parts]);
        setsTable.Headings.Should().Equal([.. start, text.Heading(ReportColumn.Capacity), .. parts]);
        snapshotTable.Headings.Should().Equal([.. start, .. Headings(ReportColumn.Adjustment, ReportColumn.CoveragePercent)], "snapshots know neither losses nor re-recordings");

        // Sukamulya met its target: no shortfall to share out. Kresek missed it: its parts are counts, and its 50 lost
        // are its backlog.
        ledgerTable.Rows.Should().HaveCount(2);
        ledgerTable.Rows[0][1].Should().Be("36.03.27");
        ledgerTable.Rows[0][7..10].Should().Equal("-", "-", "-");
        ledgerTable.Rows[0][10].Should().Be(text.FormatCount(0));
        setsTable.Rows[1][1].Should().Be("36.03.06");
        setsTable.Rows[1][8..11].Should().OnlyContain(c => c != "-" && c.Length > 0);
        setsTable.Rows[1][11].Should().Be(text.FormatCount(50));
    }
}
