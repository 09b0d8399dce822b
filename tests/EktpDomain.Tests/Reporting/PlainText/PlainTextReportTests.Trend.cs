using System;
using System.Linq;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using EktpDomain.Reporting.PlainText;
using EktpDomain.Tests.Support;
using EktpDomain.Trends;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Reporting.PlainText;

/// <summary>A coverage trend in words: the title, the total's months, one line per kecamatan, the notes on lags (R21).</summary>
public class PlainTextTrendTests
{
    /// <summary>
    /// January–March 2012. Sukamulya (41,000 eligible): 10,000 on 31 December, 12,000 on 31 January, 11,000 on
    /// 20 February (cleansing, end lag 9 days), 15,000 on 31 March (start lag 9 days). Kresek (40,000 eligible):
    /// 20,000 on 31 January, 24,000 on 31 March, so January and February are not known, and March's start edge lies
    /// 29 days before 29 February.
    /// </summary>
    private static CoverageTrend Trend() => CoverageTrend.Calculate(
        RecordingData.FromSnapshots(CoverageSeries.CreateBuilder()
            .Add(new LocalDate(2011, 12, 31), Sukamulya, 41_000, 10_000)
            .Add(D(1, 31), Sukamulya, 41_000, 12_000)
            .Add(D(2, 20), Sukamulya, 41_000, 11_000)
            .Add(D(3, 31), Sukamulya, 41_000, 15_000)
            .Add(D(1, 31), Kresek, 40_000, 20_000)
            .Add(D(3, 31), Kresek, 40_000, 24_000)
            .Build()),
        new YearMonth(2012, 1),
        new YearMonth(2012, 3));

    private static string[] Lines(string text) => text.Split(Environment.NewLine);

    [Fact]
    public void Format_English_TitleTotalTableKecamatanLinesAndTheLagNote()
    {
        var lines = Lines(PlainTextReport.Format(Trend(), ReportText.English, notice: null, width: null));

        lines.Should().Equal(
            "e-KTP recording coverage by month, January – March 2012",
            "",
            "36.03 Kabupaten Tangerang (2 of 29 kecamatan)",
            "Month          Eligible  Coverage  Coverage %  Realised  Adjustment",
            "-------------  --------  --------  ----------  --------  ----------",
            "January 2012     81,000    32,000        39.5       n/a         n/a",
            "February 2012    81,000    31,000        38.3       n/a         n/a",
            "March 2012       81,000    39,000        48.1     8,000           0",
            "",
            "Kecamatan",
            "36.03.06  Kresek     50.0% at the end of January 2012 → 60.0% at the end of March 2012; realisation not known in 2 of 3 months",
            "36.03.27  Sukamulya  29.3% at the end of January 2012 → 36.6% at the end of March 2012; realised 6,000, adjustments 1,000",
            "",
            "From snapshots: the coverage before the period is taken up to 29 days earlier, and the coverage at its end up to 9 days before its last day, so the realisation spans other days than the period",
            "");
    }

    [Fact]
    public void Format_Indonesian_TheSameInItsWordsAndNumbers()
    {
        var lines = Lines(PlainTextReport.Format(Trend(), ReportText.Indonesian, notice: null, width: null));

        lines.Should().Equal(
            "Cakupan perekaman e-KTP per bulan, Januari – Maret 2012",
            "",
            "36.03 Kabupaten Tangerang (2 dari 29 kecamatan)",
            "Bulan          Wajib KTP  Cakupan  Cakupan %  Realisasi  Penyesuaian",
            "-------------  ---------  -------  ---------  ---------  -----------",
            "Januari 2012      81.000   32.000       39,5        t/a          t/a",
            "Februari 2012     81.000   31.000       38,3        t/a          t/a",
            "Maret 2012        81.000   39.000       48,1      8.000            0",
            "",
            "Kecamatan",
            "36.03.06  Kresek     50,0% di akhir Januari 2012 → 60,0% di akhir Maret 2012; realisasi tidak diketahui di 2 dari 3 bulan",
            "36.03.27  Sukamulya  29,3% di akhir Januari 2012 → 36,6% di akhir Maret 2012; realisasi 6.000, penyesuaian 1.000",
            "",
            "Dari snapshot: cakupan sebelum periode diambil hingga 29 hari lebih awal, dan cakupan di akhir periode hingga 9 hari sebelum hari terakhirnya, sehingga realisasi mencakup hari-hari yang lain dari periode",
            "");
    }

    [Fact]
    public void Format_WithNotice_PrintsItUnderTheTitleMasked()
    {
        var lines = Lines(PlainTextReport.Format(Trend(), ReportText.English, "Source: export of 3603274107950001", width: null));

        lines[0].Should().Be("e-KTP recording coverage by month, January – March 2012");
        lines[1].Should().Be("Source: export of 360327******0001");
        lines[2].Should().BeEmpty();
        lines[3].Should().Be("36.03 Kabupaten Tangerang (2 of 29 kecamatan)");
    }

    [Fact]
    public void Format_LedgerKecamatan_NoLagNote_AndNoKecamatanSectionForOneKecamatan()
    {
        var data = new ScenarioBuilder().Kecamatan(Sukamulya, 41_000)
            .Recorded(Sukamulya, D(1, 10), 4_100)
            .Recorded(Sukamulya, D(2, 10), 2_050)
            .Lost(Sukamulya, D(2, 20), 50)
            .Build();
        var trend = CoverageTrend.Calculate(data, new YearMonth(2012, 1), new YearMonth(2012, 2));

        var lines = Lines(PlainTextReport.Format(trend, ReportText.English, notice: null, width: null));

        lines.Should().Equal(
            "e-KTP recording coverage by month, January – February 2012",
            "",
            "36.03.27 Sukamulya",
            "Month          Eligible  Coverage  Coverage %  Realised  Adjustment",
            "-------------  --------  --------  ----------  --------  ----------",
            "January 2012     41,000     4,100        10.0     4,100           0",
            "February 2012    41,000     6,100        14.9     2,000           0",
            "");
    }

    [Fact]
    public void Format_SnapshotsOnTheMonthEdges_NoNote()
    {
        var data = RecordingData.FromSnapshots(CoverageSeries.CreateBuilder()
            .Add(new LocalDate(2011, 12, 31), Sukamulya, 41_000, 10_000)
            .Add(D(1, 31), Sukamulya, 41_000, 12_000)
            .Add(new LocalDate(2011, 12, 31), Kresek, 40_000, 20_000)
            .Add(D(1, 31), Kresek, 40_000, 20_400)
            .Build());
        var trend = CoverageTrend.Calculate(data, new YearMonth(2012, 1), new YearMonth(2012, 1));

        var text = PlainTextReport.Format(trend, ReportText.English, notice: null, width: null);

        ReportNotes.For(trend, ReportText.English).Should().BeEmpty();
        text.Should().NotContain("From snapshots");
        Lines(text)[0].Should().Be("e-KTP recording coverage by month, January 2012");
        Lines(text).Should().Contain("36.03.06  Kresek     51.0% at the end of January 2012 → 51.0% at the end of January 2012; realised 400, adjustments 0");
    }

    [Fact]
    public void Format_CoverageNeverKnown_SaysSo()
    {
        var data = RecordingData.FromSnapshots(CoverageSeries.CreateBuilder()
            .Add(D(6, 30), Sukamulya, 41_000, 10_000)
            .Add(D(6, 30), Kresek, 40_000, 20_000)
            .Build());
        var trend = CoverageTrend.Calculate(data, new YearMonth(2012, 1), new YearMonth(2012, 2));

        ReportText.English.TrendLine(trend.Rows[0]).Should().Be("coverage not known in any month; realisation not known in 2 of 2 months");
        ReportText.Indonesian.TrendLine(trend.Rows[0]).Should().Be("cakupan tidak diketahui di bulan mana pun; realisasi tidak diketahui di 2 dari 2 bulan");
        var lines = Lines(PlainTextReport.Format(trend, ReportText.English, notice: null, width: null));
        lines[5].Should().Be("January 2012     81,000       n/a         n/a       n/a         n/a");
    }

    [Fact]
    public void Notes_OnlyTheLargestLagsOfKnownMonths()
    {
        ReportNotes.For(Trend(), ReportText.English).Should().Equal(
            "From snapshots: the coverage before the period is taken up to 29 days earlier, and the coverage at its end up to 9 days before its last day, so the realisation spans other days than the period");
        ReportNotes.For(Trend(), ReportText.Indonesian).Should().ContainSingle().Which.Should().StartWith("Dari snapshot: cakupan sebelum periode diambil hingga 29 hari lebih awal");
    }

    [Theory]
    [InlineData(2012, 1, "January 2012", "Januari 2012")]
    [InlineData(2012, 2, "February 2012", "Februari 2012")]
    [InlineData(2012, 8, "August 2012", "Agustus 2012")]
    [InlineData(2013, 12, "December 2013", "Desember 2013")]
    public void FormatMonth_TheMonthsNameAndYear(int year, int month, string english, string indonesian)
    {
        ReportText.English.FormatMonth(new YearMonth(year, month)).Should().Be(english);
        ReportText.Indonesian.FormatMonth(new YearMonth(year, month)).Should().Be(indonesian);
    }

    [Fact]
    public void TrendTitle_MonthRanges()
    {
        ReportText.English.TrendTitle(new YearMonth(2012, 1), new YearMonth(2012, 12)).Should().Be("e-KTP recording coverage by month, January – December 2012");
        ReportText.English.TrendTitle(new YearMonth(2012, 1), new YearMonth(2013, 12)).Should().Be("e-KTP recording coverage by month, January 2012 – December 2013");
        ReportText.English.TrendTitle(new YearMonth(2012, 4), new YearMonth(2012, 4)).Should().Be("e-KTP recording coverage by month, April 2012");
        ReportText.Indonesian.TrendTitle(new YearMonth(2012, 1), new YearMonth(2012, 12)).Should().Be("Cakupan perekaman e-KTP per bulan, Januari – Desember 2012");
        ReportText.Indonesian.TrendTitle(new YearMonth(2012, 1), new YearMonth(2013, 12)).Should().Be("Cakupan perekaman e-KTP per bulan, Januari 2012 – Desember 2013");
        ReportText.Indonesian.TrendTitle(new YearMonth(2012, 4), new YearMonth(2012, 4)).Should().Be("Cakupan perekaman e-KTP per bulan, April 2012");
    }

    [Fact]
    public void TrendChartDescription_TheRangeAndTheLine()
    {
        var sukamulya = Trend().Rows[1];

        ReportText.English.TrendChartDescription(sukamulya).Should().Be(
            "Coverage as a share of the eligible residents at the end of each month, January – March 2012: 29.3% at the end of January 2012 → 36.6% at the end of March 2012; realised 6,000, adjustments 1,000.");
        ReportText.Indonesian.TrendChartDescription(sukamulya).Should().Be(
            "Cakupan sebagai bagian dari wajib KTP di akhir setiap bulan, Januari – Maret 2012: 29,3% di akhir Januari 2012 → 36,6% di akhir Maret 2012; realisasi 6.000, penyesuaian 1.000.");
    }

    [Fact]
    public void NullArguments_Throw()
    {
        var trend = Trend();

        FluentActions.Invoking(() => PlainTextReport.Format((CoverageTrend)null!, ReportText.English, null)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("trend");
        FluentActions.Invoking(() => PlainTextReport.Format(trend, null!, null)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => ReportText.English.TrendLine(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("trend");
        FluentActions.Invoking(() => ReportNotes.For((CoverageTrend)null!, ReportText.English).ToList()).Should().ThrowExactly<ArgumentNullException>().WithParameterName("trend");
    }
}
