using System;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Forecasting;
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
}
