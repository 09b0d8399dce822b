using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EktpDomain.Reporting.Json;
using EktpDomain.Tests.Cli.Output;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>
/// <c>ektp trend</c>: without <c>--data</c> the built-in snapshot series (illustrative; see Scenario/SeriesGenerator),
/// January 2012 – December 2013; with a folder, its months; <c>--from</c>/<c>--to</c> as YYYY-MM; every format.
/// </summary>
/// <remarks>
/// The series' figures below were read off src/EktpDomain.Cli/Scenario/Series/snapshots.csv and worked through R21 by
/// hand: the total is the sum of the 29 kecamatan at each month end; Solear has no snapshot of 31 July 2012, so its
/// July is not known (coverage stays at June's 25,767 of 48,288) and its August realisation runs from 30 June (31
/// days early); Sepatan Timur went from 33,735 to 33,229 in August 2012, an adjustment of 506; Gunung Kaler ends at
/// 35,610 of 35,084.
/// </remarks>
public class CliTrendTests
{
    private const string SeriesIndonesian =
        "Catatan: seri rekapitulasi bawaan ini bersifat ilustratif (rekaan): snapshot akhir bulan 29 kecamatan Kabupaten Tangerang, Desember 2011 – Desember 2013, yang cocok dengan skenario bawaan April 2012; bukan data resmi.";

    private const string SeriesEnglish =
        "Note: this built-in snapshot series is illustrative (invented): month-end figures of the 29 kecamatan of Kabupaten Tangerang, December 2011 – December 2013, matching the built-in April 2012 scenario; they are not official data.";

    private static List<string> Lines(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r'))];

    private static CliResult Run(params string[] args)
    {
        var result = CliHarness.Invoke(["trend", "--width", "full", .. args]);
        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stderr.Should().BeEmpty();
        return result;
    }

    private static void ExpectArgumentErrors(string[] args, params string[] lines)
    {
        var result = CliHarness.Invoke(args);
        result.ExitCode.Should().Be(2, result.Stderr);
        result.Stdout.Should().BeEmpty();
        result.ErrorLines.Should().Equal(lines);
    }

    // The built-in series

    [Fact]
    public void BuiltInSeries_English_TwoYearsMonthByMonth_WithTheNoticeUnderTheTitle()
    {
        var lines = Lines(Run("--lang", "en").Stdout);

        lines[0].Should().Be("e-KTP recording coverage by month, January 2012 – December 2013");
        lines[1].Should().Be(SeriesEnglish);
        lines[2].Should().BeEmpty();
        lines[3].Should().Be("36.03 Kabupaten Tangerang", "the series has all 29 kecamatan, so nothing is partial");
        lines[4].Should().MatchRegex(@"^Month\s+Eligible\s+Coverage\s+Coverage %\s+Realised\s+Adjustment$");
        var months = lines.Skip(6).Take(24).ToList();
        months.Should().HaveCount(24);
        months[0].Should().MatchRegex(@"^January 2012\s+1,574,262\s+447,590\s+28\.4\s+55,949\s+0$");
        months[6].Should().MatchRegex(@"^July 2012\s+1,583,708\s+1,140,544\s+72\.0\s+n/a\s+n/a$", "Solear's July is not known, so neither is the regency's");
        months[7].Should().MatchRegex(@"^August 2012\s+1,583,708\s+1,243,869\s+78\.5\s+103,831\s+506$", "Sepatan Timur's cleansing is the only decrease");
        months[23].Should().MatchRegex(@"^December 2013\s+1,612,044\s+1,566,200\s+97\.2\s+9,174\s+0$");
        lines[30].Should().BeEmpty();
        lines[31].Should().Be("Kecamatan");
        lines.Skip(32).Take(29).Should().OnlyContain(l => l.StartsWith("36.03.", StringComparison.Ordinal));
        lines.Should().Contain("36.03.30  Sepatan Timur  28.0% at the end of January 2012 → 95.0% at the end of December 2013; realised 38,352, adjustments 506");
        lines.Should().Contain("36.03.31  Solear         26.4% at the end of January 2012 → 96.0% at the end of December 2013; realisation not known in 1 of 24 months");
        lines.Should().Contain("36.03.32  Gunung Kaler   36.0% at the end of January 2012 → 101.5% at the end of December 2013; realised 24,818, adjustments 0");
        lines.Skip(61).Should().Equal(
            "",
            "From snapshots: the coverage before the period is taken up to 31 days earlier, so the realisation can span more days than the period",
            "");
    }

    [Fact]
    public void BuiltInSeries_Indonesian_ByDefault()
    {
        var lines = Lines(Run().Stdout);

        lines[0].Should().Be("Cakupan perekaman e-KTP per bulan, Januari 2012 – Desember 2013");
        lines[1].Should().Be(SeriesIndonesian);
        lines[2].Should().BeEmpty();
        lines[4].Should().MatchRegex(@"^Bulan\s+Wajib KTP\s+Cakupan\s+Cakupan %\s+Realisasi\s+Penyesuaian$");
        lines[6].Should().MatchRegex(@"^Januari 2012\s+1\.574\.262\s+447\.590\s+28,4\s+55\.949\s+0$");
        lines[12].Should().MatchRegex(@"^Juli 2012\s+1\.583\.708\s+1\.140\.544\s+72,0\s+t/a\s+t/a$");
        lines.Should().Contain("36.03.30  Sepatan Timur  28,0% di akhir Januari 2012 → 95,0% di akhir Desember 2013; realisasi 38.352, penyesuaian 506");
        lines.Should().Contain("36.03.31  Solear         26,4% di akhir Januari 2012 → 96,0% di akhir Desember 2013; realisasi tidak diketahui di 1 dari 24 bulan");
        lines.Should().Contain("36.03.32  Gunung Kaler   36,0% di akhir Januari 2012 → 101,5% di akhir Desember 2013; realisasi 24.818, penyesuaian 0");
        lines[^2].Should().Be("Dari snapshot: cakupan sebelum periode diambil hingga 31 hari lebih awal, sehingga realisasi dapat mencakup lebih banyak hari dari periode");
    }

    [Fact]
    public void FromAndTo_NarrowTheMonths()
    {
        var lines = Lines(Run("--from", "2012-09", "--to", "2012-12", "--lang", "en").Stdout);

        lines[0].Should().Be("e-KTP recording coverage by month, September – December 2012");
        lines[1].Should().Be(SeriesEnglish);
        lines.Skip(6).Take(4).Should().SatisfyRespectively(
            l => l.Should().MatchRegex(@"^September 2012\s+1,583,708\s+1,327,140\s+83\.8\s+83,271\s+0$"),
            l => l.Should().MatchRegex(@"^October 2012\s+1,583,708\s+1,387,921\s+87\.6\s+60,781\s+0$"),
            l => l.Should().MatchRegex(@"^November 2012\s+1,583,708\s+1,435,766\s+90\.7\s+47,845\s+0$"),
            l => l.Should().MatchRegex(@"^December 2012\s+1,593,153\s+1,475,050\s+92\.6\s+39,284\s+0$"));
        lines[10].Should().BeEmpty();
        lines[11].Should().Be("Kecamatan");
        lines.Should().Contain("36.03.30  Sepatan Timur  69.3% at the end of September 2012 → 83.7% at the end of December 2012; realised 10,807, adjustments 0");
        lines.Should().Contain("36.03.31  Solear         69.9% at the end of September 2012 → 82.7% at the end of December 2012; realised 8,894, adjustments 0");
        lines.Should().HaveCount(12 + 29 + 1, "every snapshot of these months lies on a month's edge, so there is no note");
        lines[^1].Should().BeEmpty();
    }

    [Fact]
    public void FromOrToAlone_TheOtherEndIsTheDatas()
    {
        Lines(Run("--from", "2013-12", "--lang", "en").Stdout)[0].Should().Be("e-KTP recording coverage by month, December 2013");
        Lines(Run("--to", "2012-03", "--lang", "en").Stdout)[0].Should().Be("e-KTP recording coverage by month, January – March 2012");
        Lines(Run("--from", "2011-12", "--to", "2011-12", "--lang", "en").Stdout).Should().Contain(
            l => l.StartsWith("December 2011 ", StringComparison.Ordinal) && l.EndsWith(" n/a         n/a", StringComparison.Ordinal),
            "the snapshots of 31 December 2011 give the coverage at its end, but nothing before it");
    }

    [Fact]
    public void Json_ReadsBackWithDeserializeTrend()
    {
        var trend = ReportJson.DeserializeTrend(Run("--format", "json").Stdout);

        (trend.From, trend.To).Should().Be((new YearMonth(2012, 1), new YearMonth(2013, 12)));
        trend.Total.Code.Should().Be(RegionCode.Parse("36.03"));
        trend.Total.Source.Should().BeNull();
        trend.Total.Realised.Should().BeNull();
        trend.Total.MonthsUnknown.Should().Be(1);
        trend.Total.Months.Should().HaveCount(24);
        var january = trend.Total.Months[0];
        (january.Month, january.Eligible, january.Coverage, january.Realised, january.Adjustment).Should().Be((new YearMonth(2012, 1), 1_574_262L, (long?)447_590, (long?)55_949, (long?)0));
        trend.DataCoverage.Label.Should().Be("29 dari 29 kecamatan");
        trend.DataCoverage.Partial.Should().BeFalse();
        trend.Rows.Should().HaveCount(29).And.OnlyContain(k => k.Source == "snapshots" && k.Months.Count == 24);
        trend.Notes.Should().Equal("Dari snapshot: cakupan sebelum periode diambil hingga 31 hari lebih awal, sehingga realisasi dapat mencakup lebih banyak hari dari periode");

        var solear = trend.Rows.Single(k => k.Code == RegionCode.Parse("36.03.31"));
        var july = solear.Months.Single(m => m.Month == new YearMonth(2012, 7));
        (july.Eligible, july.Coverage, july.Realised, july.Adjustment).Should().Be((48_288L, (long?)25_767, (long?)null, (long?)null));
        (july.Snapshots!.Status, july.Snapshots.StartDate, july.Snapshots.StartLagDays, july.Snapshots.EndDate).Should().Be(("no-snapshot-in-period", (LocalDate?)new LocalDate(2012, 6, 30), (int?)0, (LocalDate?)null));
        var august = solear.Months.Single(m => m.Month == new YearMonth(2012, 8));
        (august.Realised, august.Snapshots!.StartDate, august.Snapshots.StartLagDays).Should().Be(((long?)5_514, (LocalDate?)new LocalDate(2012, 6, 30), (int?)31), "31,281 on 31 August less 25,767 on 30 June");

        var cleansed = trend.Rows.Single(k => k.Code == RegionCode.Parse("36.03.30"));
        var cleansing = cleansed.Months.Single(m => m.Month == new YearMonth(2012, 8));
        (cleansing.Realised, cleansing.Adjustment, cleansing.Coverage).Should().Be(((long?)0, (long?)506, (long?)33_229));
        cleansed.Adjustment.Should().Be(506);

        var overCovered = trend.Rows.Single(k => k.Code == RegionCode.Parse("36.03.32")).Months[^1];
        (overCovered.Eligible, overCovered.Coverage).Should().Be((35_084L, (long?)35_610));
        overCovered.CoveragePercent.Should().BeApproximately(101.4992589214m, 0.0000000001m);
    }

    [Fact]
    public void Xlsx_TheTotalsMonths_AndEveryKecamatanMonth_WithTheirEdges()
    {
        using var cli = new CliHarness();
        string path = cli.PathOf("trend.xlsx");

        var result = CliHarness.Invoke(["trend", "--lang", "en", "--format", "xlsx", "--output", path]);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().BeEmpty();
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var book = document.WorkbookPart!;
        book.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal("Summary", "Kecamatan");

        var summary = new SheetReader(book, "Summary");
        summary.Header.Should().Equal("Month", "Eligible", "Coverage", "Coverage %", "Realised", "Adjustment");
        summary.RowCount.Should().Be(25, "a header and 24 months");
        summary.Text(1, "Month").Should().Be("2012-01");
        summary.Number(1, "Eligible").Should().Be(1_574_262);
        summary.Number(1, "Coverage").Should().Be(447_590);
        summary.Number(1, "Coverage %").Should().BeApproximately(447_590.0 / 1_574_262, 1e-12);
        summary.Number(1, "Realised").Should().Be(55_949);
        summary.Text(7, "Month").Should().Be("2012-07");
        summary.IsEmpty(7, "Realised").Should().BeTrue("July 2012 is not known");
        summary.IsEmpty(7, "Adjustment").Should().BeTrue();
        summary.Number(8, "Adjustment").Should().Be(506);

        var kecamatan = new SheetReader(book, "Kecamatan");
        kecamatan.Header.Should().Equal(
            "Code", "Kecamatan", "Month", "Eligible", "Coverage", "Coverage %", "Realised", "Adjustment",
            "Snapshot before", "Days before the start", "Snapshot at the end", "Days before the end");
        kecamatan.RowCount.Should().Be(1 + (29 * 24));
        int cleansing = kecamatan.Find(("Code", "36.03.30"), ("Month", "2012-08"));
        kecamatan.Text(cleansing, "Kecamatan").Should().Be("Sepatan Timur");
        kecamatan.Number(cleansing, "Realised").Should().Be(0);
        kecamatan.Number(cleansing, "Adjustment").Should().Be(506);
        kecamatan.Number(cleansing, "Coverage %").Should().BeApproximately(33_229.0 / 52_312, 1e-12);
        kecamatan.Date(cleansing, "Snapshot before").Should().Be(new DateTime(2012, 7, 31));
        kecamatan.Number(cleansing, "Days before the start").Should().Be(0);
        kecamatan.Date(cleansing, "Snapshot at the end").Should().Be(new DateTime(2012, 8, 31));
        int gap = kecamatan.Find(("Code", "36.03.31"), ("Month", "2012-07"));
        kecamatan.IsEmpty(gap, "Realised").Should().BeTrue();
        kecamatan.IsEmpty(gap, "Snapshot at the end").Should().BeTrue();
        kecamatan.Date(gap, "Snapshot before").Should().Be(new DateTime(2012, 6, 30));
        kecamatan.Number(gap, "Coverage").Should().Be(25_767);
        int late = kecamatan.Find(("Code", "36.03.31"), ("Month", "2012-08"));
        kecamatan.Number(late, "Days before the start").Should().Be(31);
    }

    [Fact]
    public void Html_IsWellFormed_WithTheCoverageCurve()
    {
        XNamespace html = "http://www.w3.org/1999/xhtml";
        XNamespace svg = "http://www.w3.org/2000/svg";
        using var cli = new CliHarness();
        string path = cli.PathOf("trend.html");

        var result = CliHarness.Invoke(["trend", "--lang", "en", "--format", "html", "--output", path]);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().BeEmpty();
        string text = File.ReadAllText(path);
        text.Should().StartWith("<!DOCTYPE html>");
        var page = XDocument.Parse(text);
        page.Descendants(html + "h1").Single().Value.Should().Be("e-KTP recording coverage by month, January 2012 – December 2013");
        page.Descendants(html + "p").Select(p => p.Value).Should().Contain(
        [
            SeriesEnglish,
            "36.03 Kabupaten Tangerang: 28.4% at the end of January 2012 → 97.2% at the end of December 2013; realisation not known in 1 of 24 months",
            "From snapshots: the coverage before the period is taken up to 31 days earlier, so the realisation can span more days than the period",
        ]);
        var chart = page.Descendants(svg + "svg").Single();
        chart.Element(svg + "title")!.Value.Should().Be("Coverage of eligible residents over time, Kabupaten Tangerang");
        chart.Element(svg + "desc")!.Value.Should().Be(
            "Coverage as a share of the eligible residents at the end of each month, January 2012 – December 2013: 28.4% at the end of January 2012 → 97.2% at the end of December 2013; realisation not known in 1 of 24 months.");
        var points = chart.Element(svg + "polyline")!.Attribute("points")!.Value.Split(' ')
            .Select(p => p.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        points.Should().HaveCount(24, "one point per month end");
        points.Select(p => p[0]).Should().BeInAscendingOrder();
        var tables = page.Descendants(html + "table").ToList();
        tables.Should().HaveCount(2);
        tables[0].Descendants(html + "tbody").Single().Elements(html + "tr").Should().HaveCount(24);
        tables[1].Descendants(html + "tbody").Single().Elements(html + "tr").Should().HaveCount(29 * 24);
    }

    // A data folder

    [Fact]
    public void LedgerFolder_ItsMonths_TheTotalAndEachKecamatan()
    {
        using var cli = new CliHarness().WithValidBasics();

        var result = cli.RunOnFolder("trend", "--lang", "en", "--width", "full");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stderr.Should().BeEmpty();
        Lines(result.Stdout).Should().Equal(
            "e-KTP recording coverage by month, April 2012",
            "",
            "36.03 Kabupaten Tangerang (2 of 29 kecamatan)",
            "Month       Eligible  Coverage  Coverage %  Realised  Adjustment",
            "----------  --------  --------  ----------  --------  ----------",
            "April 2012    93,000    10,300        11.1    10,300           0",
            "",
            "Kecamatan",
            "36.03.27  Sukamulya      15.4% at the end of April 2012 → 15.4% at the end of April 2012; realised 6,300, adjustments 0",
            "36.03.30  Sepatan Timur  7.7% at the end of April 2012 → 7.7% at the end of April 2012; realised 4,000, adjustments 0",
            "");
    }

    [Fact]
    public void LedgerFolder_MonthsWithoutEntries_RealiseNothing()
    {
        using var cli = new CliHarness().WithValidBasics();

        var result = cli.RunOnFolder("trend", "--from", "2012-03", "--to", "2012-05", "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        var trend = ReportJson.DeserializeTrend(result.Stdout);
        trend.Total.Months.Select(m => (m.Month, m.Coverage, m.Realised)).Should().Equal((new YearMonth(2012, 3), (long?)0L, (long?)0L), (new YearMonth(2012, 4), (long?)10_300L, (long?)10_300L), (new YearMonth(2012, 5), (long?)10_300L, (long?)0L));
        trend.Rows.Should().OnlyContain(k => k.Source == "ledger" && k.Months.All(m => m.Snapshots == null));
        trend.Notes.Should().BeEmpty();
    }

    [Fact]
    public void LedgerAndSnapshotsFolder_FromTheEarlierOfTheirFirstMonths_EachKecamatanFromItsSource()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", CliHarness.ValidKecamatan);
        cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n2012-04-03,36.03.30,,recorded,4000\n");
        cli.Write("snapshots.csv", "date,kecamatan,eligible,recorded\n2012-02-29,36.03.27,41000,20000\n2012-04-30,36.03.27,41000,26300\n");

        var result = cli.RunOnFolder("trend", "--lang", "en", "--width", "full");

        // The snapshot of 29 February is the state at the end of that day: the first month it can say anything of is
        // March, whose realisation is still unknown (no snapshot in March); April's runs from 29 February, 31 days early.
        result.ExitCode.Should().Be(0, result.Stderr);
        Lines(result.Stdout).Should().Equal(
            "e-KTP recording coverage by month, March – April 2012",
            "",
            "36.03 Kabupaten Tangerang (2 of 29 kecamatan)",
            "Month       Eligible  Coverage  Coverage %  Realised  Adjustment",
            "----------  --------  --------  ----------  --------  ----------",
            "March 2012    93,000    20,000        21.5       n/a         n/a",
            "April 2012    93,000    30,300        32.6    10,300           0",
            "",
            "Kecamatan",
            "36.03.27  Sukamulya      48.8% at the end of March 2012 → 64.1% at the end of April 2012; realisation not known in 1 of 2 months",
            "36.03.30  Sepatan Timur  0.0% at the end of March 2012 → 7.7% at the end of April 2012; realised 4,000, adjustments 0",
            "",
            "From snapshots: the coverage before the period is taken up to 31 days earlier, so the realisation can span more days than the period",
            "");
    }

    /// <summary>
    /// One published rekapitulasi, dated on a month's last day, is the commonest snapshot file (R21's "published
    /// snapshot read alone"). It is the coverage at the end of April (R20), so a trend can say something of April, and
    /// <c>--from 2012-04 --to 2012-04</c> does show it; but without the options the default range is May to April and
    /// the command fails, blaming a <c>--from</c> that was never given.
    /// </summary>
    [Fact]
    public void SnapshotsOfOneMonthEnd_TheTrendOfThatMonth()
    {
        using var cli = new CliHarness();
        cli.Write("snapshots.csv", "date,kecamatan,eligible,recorded\n2012-04-30,36.03.27,41000,26300\n2012-04-30,36.03.06,40000,30000\n");

        var result = cli.RunOnFolder("trend", "--lang", "en", "--width", "full");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stderr.Should().BeEmpty();
        var lines = Lines(result.Stdout);
        lines[0].Should().Be("e-KTP recording coverage by month, April 2012");
        lines[5].Should().MatchRegex(@"^April 2012\s+81,000\s+56,300\s+69\.5\s+n/a\s+n/a$");
    }

    [Fact]
    public void FolderWithoutDates_GivenTheMonths_Works()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", CliHarness.ValidKecamatan);
        cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n");

        var result = cli.RunOnFolder("trend", "--from", "2012-01", "--to", "2012-02", "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        ReportJson.DeserializeTrend(result.Stdout).Total.Months.Should().OnlyContain(m => m.Coverage == 0 && m.Realised == 0 && m.Eligible == 93_000);
    }

    [Fact]
    public void RangeOfExactly1200Months_IsFine()
    {
        var lines = Lines(Run("--from", "1913-01", "--to", "2012-12", "--lang", "en").Stdout);

        lines[0].Should().Be("e-KTP recording coverage by month, January 1913 – December 2012");
        lines[6].Should().MatchRegex(@"^January 1913\s+1,574,262\s+n/a\s+n/a\s+n/a\s+n/a$", "the series starts in December 2011");
        lines[1205].Should().StartWith("December 2012 ");
        lines[1206].Should().BeEmpty();
    }

    // Argument errors: exit code 2, nothing on stdout, one line each

    [Fact]
    public void FromNotAMonth() =>
        ExpectArgumentErrors(["trend", "--from", "2012-4"], "argument --from: '2012-4' is not a month; use YYYY-MM, such as 2012-04.");

    [Fact]
    public void FromADate_AsReportTakes_IsNotAMonth() =>
        ExpectArgumentErrors(["trend", "--from", "2012-04-01"], "argument --from: '2012-04-01' is not a month; use YYYY-MM, such as 2012-04.");

    [Fact]
    public void ToNotAMonth() =>
        ExpectArgumentErrors(["trend", "--to", "2012-13"], "argument --to: '2012-13' is not a month; use YYYY-MM, such as 2012-04.");

    [Fact]
    public void BothNotMonths_OneLineEach() =>
        ExpectArgumentErrors(
            ["trend", "--from", "2012-4", "--to", "2012-13"],
            "argument --from: '2012-4' is not a month; use YYYY-MM, such as 2012-04.",
            "argument --to: '2012-13' is not a month; use YYYY-MM, such as 2012-04.");

    [Fact]
    public void ToBeforeFrom() =>
        ExpectArgumentErrors(["trend", "--from", "2012-05", "--to", "2012-04"], "argument --to: 2012-04 is before --from 2012-05.");

    [Fact]
    public void OnlyTo_BeforeTheDatasFirstMonth() =>
        ExpectArgumentErrors(["trend", "--to", "2011-12"], "argument --to: 2011-12 is before 2012-01; the last month must not be before the first.");

    [Fact]
    public void OnlyFrom_AfterTheDatasLastMonth() =>
        ExpectArgumentErrors(["trend", "--from", "2014-01"], "argument --from: 2013-12 is before 2014-01; the last month must not be before the first.");

    [Fact]
    public void MoreThan1200Months() =>
        ExpectArgumentErrors(["trend", "--from", "1912-12", "--to", "2012-12"], "argument --from: 1912-12 to 2012-12 is more than 1200 months; give a shorter range.");

    [Fact]
    public void MoreThan1200Months_UpToTheDatasLastMonth() =>
        ExpectArgumentErrors(["trend", "--from", "1900-01"], "argument --from: 1900-01 to 2013-12 is more than 1200 months; give a shorter range.");

    [Fact]
    public void MoreThan1200Months_OnlyToGiven_NamesTo() =>
        ExpectArgumentErrors(["trend", "--to", "2200-01"], "argument --to: 2012-01 to 2200-01 is more than 1200 months; give a shorter range.");

    [Fact]
    public void MonthIsNotAnOptionOfTrend() =>
        ExpectArgumentErrors(
            ["trend", "--month", "2012-04"],
            "argument --month: not an option of this command; see ektp trend --help.",
            "argument 2012-04: Unrecognized command or argument '2012-04'.");

    [Fact]
    public void XlsxWithoutOutput() =>
        ExpectArgumentErrors(["trend", "--format", "xlsx"], "argument --format: xlsx writes a file; give it with --output FILE.");

    [Fact]
    public void FolderWithoutDates()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", CliHarness.ValidKecamatan);
        cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n");

        ExpectArgumentErrors(["trend", "--data", cli.Folder], "argument --from: the data has no dates, so give the months with --from YYYY-MM and --to YYYY-MM.");
        ExpectArgumentErrors(["trend", "--data", cli.Folder, "--from", "2012-01"], "argument --from: the data has no dates, so give the months with --from YYYY-MM and --to YYYY-MM.");
    }
}
