using System;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Forecasting;
using EktpDomain.Reporting;
using EktpDomain.Tests.Support;
using EktpDomain.Trends;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;
using static EktpDomain.Tests.Support.TwoProvinces;

namespace EktpDomain.Tests.Reporting;

/// <summary>
/// The words of levels and regions (R10) in both languages: the level phrase, titles with the region and the level,
/// the headings of findings grouped by region, the line of findings cut, and headlines that count regions.
/// </summary>
public partial class ReportTextTests
{
    private static readonly AttainmentReport TwoProvincesReport = TwoProvinces.Report();

    [Theory]
    [InlineData("en", RegionLevel.Regency, "by kabupaten/kota")]
    [InlineData("en", RegionLevel.Province, "by provinsi")]
    [InlineData("en", RegionLevel.Nation, "for the nation as a whole")]
    [InlineData("en", RegionLevel.Kecamatan, "by kecamatan")]
    [InlineData("id", RegionLevel.Regency, "per kabupaten/kota")]
    [InlineData("id", RegionLevel.Province, "per provinsi")]
    [InlineData("id", RegionLevel.Nation, "tingkat nasional")]
    [InlineData("id", RegionLevel.Kecamatan, "per kecamatan")]
    public void LevelPhrase_NamesHowTheRowsAreGrouped(string language, RegionLevel level, string phrase) =>
        ReportText.FromCode(language).LevelPhrase(level).Should().Be(phrase);

    [Theory]
    [InlineData("en", null, null, "Title")]
    [InlineData("en", "36 Banten", null, "Title — 36 Banten")]
    [InlineData("en", null, RegionLevel.Province, "Title — by provinsi")]
    [InlineData("en", "36 Banten", RegionLevel.Regency, "Title — 36 Banten, by kabupaten/kota")]
    [InlineData("en", null, RegionLevel.Nation, "Title — for the nation as a whole")]
    [InlineData("id", "36 Banten", RegionLevel.Regency, "Title — 36 Banten, per kabupaten/kota")]
    [InlineData("id", null, RegionLevel.Nation, "Title — tingkat nasional")]
    [InlineData("id", "32.04 Kabupaten Bandung", null, "Title — 32.04 Kabupaten Bandung")]
    public void ScopedTitle_AddsTheRegionThenTheLevel(string language, string? region, RegionLevel? level, string title) =>
        ReportText.FromCode(language).ScopedTitle("Title", region, level).Should().Be(title);

    [Fact]
    public void ScopedTitle_NullTitle_Throws() =>
        ExactArgumentErrors.Throws<ArgumentNullException>(() => ReportText.English.ScopedTitle(null!, "36 Banten", null), "title", "Value cannot be null. (Parameter 'title')");

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Title_OfAReportAtALevel_NamesItsRegionAndLevel(string language)
    {
        var text = ReportText.FromCode(language);
        var banten = TwoProvincesReport.Within(Banten);
        string plain = text.ReportTitle(April, TwoProvincesReport.WorkingDays, 15m);

        text.Title(LevelReport.Create(banten, RegionLevel.Regency)).Should().Be($"{plain} — 36 Banten, {text.LevelPhrase(RegionLevel.Regency)}");
        text.Title(LevelReport.Create(banten, RegionLevel.Province)).Should().Be($"{plain} — 36 Banten, {text.LevelPhrase(RegionLevel.Province)}");
        text.Title(LevelReport.Create(TwoProvincesReport, RegionLevel.Nation)).Should().Be($"{plain} — {text.LevelPhrase(RegionLevel.Nation)}");
        text.Title(LevelReport.Create(banten, RegionLevel.Kecamatan)).Should().Be($"{plain} — 36 Banten", "rows of the data's own level need no level phrase");
        text.Title(LevelReport.Create(TwoProvincesReport, RegionLevel.Kecamatan)).Should().Be(plain).And.Be(text.Title(TwoProvincesReport));
        text.Title(banten).Should().Be($"{plain} — 36 Banten");
    }

    [Fact]
    public void Title_OfAReportAtALevel_TheEnglishAndIndonesianWords()
    {
        var rolled = LevelReport.Create(TwoProvincesReport.Within(Banten), RegionLevel.Regency);

        ReportText.English.Title(rolled).Should().Be("e-KTP recording report, 2–30 April 2012 (20 working days), target 15% of eligible residents per month — 36 Banten, by kabupaten/kota");
        ReportText.Indonesian.Title(rolled).Should().Be("Laporan perekaman e-KTP, 2–30 April 2012 (20 hari kerja), target 15% wajib KTP per bulan — 36 Banten, per kabupaten/kota");
    }

    [Fact]
    public void Title_DataKeptPerKabupatenKota_ItsOwnLevelNeedsNoPhrase()
    {
        var report = AttainmentReport.Calculate(PerKabupatenKota(), April);
        string plain = ReportText.English.ReportTitle(April, report.WorkingDays, 15m);

        ReportText.English.Title(LevelReport.Create(report, RegionLevel.Regency)).Should().Be(plain);
        ReportText.English.Title(LevelReport.Create(report, RegionLevel.Province)).Should().Be($"{plain} — by provinsi");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Title_OfForecastsAndTrends_NameTheirRegionAndALevelAboveTheData(string language)
    {
        var text = ReportText.FromCode(language);
        var data = Data();
        string forecast = text.ForecastTitle(AsOf);
        var (first, last) = (new YearMonth(2012, 3), new YearMonth(2012, 4));
        string trend = text.TrendTitle(first, last);

        text.Title(ForecastReport.Calculate(data, AsOf)).Should().Be(forecast);
        text.Title(ForecastReport.CalculateWithin(data, AsOf, Banten, RegionLevel.Regency)).Should().Be($"{forecast} — 36 Banten, {text.LevelPhrase(RegionLevel.Regency)}");
        text.Title(ForecastReport.CalculateWithin(data, AsOf, Banten, RegionLevel.Kecamatan)).Should().Be($"{forecast} — 36 Banten");
        text.Title(ForecastReport.CalculateWithin(data, AsOf, RegionCode.Nation, RegionLevel.Province)).Should().Be($"{forecast} — {text.LevelPhrase(RegionLevel.Province)}");
        text.Title(CoverageTrend.Calculate(data, first, last)).Should().Be(trend);
        text.Title(CoverageTrend.Calculate(data, first, last, KabupatenBandung, RegionLevel.Regency)).Should().Be($"{trend} — 32.04 Kabupaten Bandung, {text.LevelPhrase(RegionLevel.Regency)}");
        text.Title(CoverageTrend.Calculate(data, first, last, RegionCode.Nation, RegionLevel.Nation)).Should().Be($"{trend} — {text.LevelPhrase(RegionLevel.Nation)}");
    }

    [Fact]
    public void Title_OfAnAllocation_NamesTheRegionOfItsReport()
    {
        var banten = TwoProvincesReport.Within(Banten);
        var allocation = DeviceAllocation.Allocate(banten, 2);

        ReportText.English.Title(allocation, banten).Should().Be($"{ReportText.English.AllocationTitle(2, April, banten.Options.Throughput)} — 36 Banten");
        ReportText.English.Title(DeviceAllocation.Allocate(TwoProvincesReport, 2), TwoProvincesReport).Should().Be(ReportText.English.AllocationTitle(2, April, TwoProvincesReport.Options.Throughput));
    }

    [Fact]
    public void Title_NullArguments_Throw()
    {
        ExactArgumentErrors.Throws<ArgumentNullException>(() => ReportText.English.Title((LevelReport)null!), "report", "Value cannot be null. (Parameter 'report')");
        ExactArgumentErrors.Throws<ArgumentNullException>(() => ReportText.English.Title((AttainmentReport)null!), "report", "Value cannot be null. (Parameter 'report')");
        ExactArgumentErrors.Throws<ArgumentNullException>(() => ReportText.English.Title((ForecastReport)null!), "forecasts", "Value cannot be null. (Parameter 'forecasts')");
        ExactArgumentErrors.Throws<ArgumentNullException>(() => ReportText.English.Title((CoverageTrend)null!), "trend", "Value cannot be null. (Parameter 'trend')");
    }

    [Theory]
    [InlineData("en", 1, 1, "36.03 Kabupaten Tangerang: 1 finding")]
    [InlineData("en", 3, 3, "36.03 Kabupaten Tangerang: 3 findings")]
    [InlineData("en", 2, 3, "36.03 Kabupaten Tangerang: 2 of 3 findings")]
    [InlineData("en", 1, 1_234, "36.03 Kabupaten Tangerang: 1 of 1,234 findings")]
    [InlineData("en", 1_234, 1_234, "36.03 Kabupaten Tangerang: 1,234 findings")]
    [InlineData("id", 1, 1, "36.03 Kabupaten Tangerang: 1 temuan")]
    [InlineData("id", 3, 3, "36.03 Kabupaten Tangerang: 3 temuan")]
    [InlineData("id", 2, 3, "36.03 Kabupaten Tangerang: 2 dari 3 temuan")]
    [InlineData("id", 1_234, 1_234, "36.03 Kabupaten Tangerang: 1.234 temuan")]
    public void FindingsGroupHeading_SaysHowManyOfTheRegionsFindingsAreShown(string language, int shown, int all, string heading) =>
        ReportText.FromCode(language).FindingsGroupHeading("36.03 Kabupaten Tangerang", shown, all).Should().Be(heading);

    [Theory]
    [InlineData("en", 1, 4, "… and 1 more finding (4 in all), less severe or of later kecamatan codes")]
    [InlineData("en", 12, 20, "… and 12 more findings (20 in all), less severe or of later kecamatan codes")]
    [InlineData("en", 1_234, 2_000, "… and 1,234 more findings (2,000 in all), less severe or of later kecamatan codes")]
    [InlineData("id", 1, 4, "… dan 1 temuan lainnya (4 seluruhnya), yang kurang berat atau dari kode kecamatan berikutnya")]
    [InlineData("id", 1_234, 2_000, "… dan 1.234 temuan lainnya (2.000 seluruhnya), yang kurang berat atau dari kode kecamatan berikutnya")]
    public void MoreFindings_SaysHowManyAreNotShown(string language, int more, int all, string line) =>
        ReportText.FromCode(language).MoreFindings(more, all).Should().Be(line);

    [Theory]
    [InlineData("en", RegionLevel.Regency, "Only 3 of 4 kabupaten/kota met the 15% recording target")]
    [InlineData("en", RegionLevel.Province, "Only 1 of 2 provinsi met the 15% recording target")]
    [InlineData("en", RegionLevel.Nation, "The nation did not meet the 15% recording target")]
    [InlineData("id", RegionLevel.Regency, "Baru 3 dari 4 kabupaten/kota mencapai target perekaman 15%")]
    [InlineData("id", RegionLevel.Province, "Baru 1 dari 2 provinsi mencapai target perekaman 15%")]
    [InlineData("id", RegionLevel.Nation, "Secara nasional, target perekaman 15% belum tercapai")]
    public void Headline_OfAReportAtALevel_CountsRegions(string language, RegionLevel level, string headline)
    {
        // Kabupaten Bandung, Kabupaten and Kota Tangerang met; Kota Bandung missed. Banten met; Jawa Barat missed.
        var rolled = LevelReport.Create(TwoProvincesReport, level);

        ReportText.FromCode(language).Headline(rolled.Summary).Should().Be(headline);
    }

    [Theory]
    [InlineData("en", "All 2 kabupaten/kota met the 15% recording target")]
    [InlineData("id", "Semua 2 kabupaten/kota mencapai target perekaman 15%")]
    public void Headline_OfAProvinceByRegency_CountsItsRegencies(string language, string headline) =>
        ReportText.FromCode(language).Headline(LevelReport.Create(TwoProvincesReport.Within(Banten), RegionLevel.Regency).Summary).Should().Be(headline);

    [Theory]
    [InlineData("en", "Only 2 of 3 kabupaten/kota met the 15% recording target (1 not assessed: realisation unknown)")]
    [InlineData("id", "Baru 2 dari 3 kabupaten/kota mencapai target perekaman 15% (1 tidak dinilai: realisasi tidak diketahui)")]
    public void Headline_ARegionWhoseRealisationIsUnknown_IsNotAssessed(string language, string headline)
    {
        var report = AttainmentReport.Calculate(WithUnknownKotaTangerang(), April);

        ReportText.FromCode(language).Headline(LevelReport.Create(report, RegionLevel.Regency).Summary).Should().Be(headline);
    }

    [Theory]
    [InlineData("en", "The nation cannot be assessed against the 15% recording target: the data gives no realisation for the period for some of its kecamatan")]
    [InlineData("id", "Secara nasional, target perekaman 15% tidak dapat dinilai: data tidak memberi realisasi periode ini untuk sebagian kecamatan di dalamnya")]
    public void Headline_TheNationOfUnknownRealisation_SaysTheNationCannotBeAssessed(string language, string headline)
    {
        var report = AttainmentReport.Calculate(WithUnknownKotaTangerang(), April);

        ReportText.FromCode(language).Headline(LevelReport.Create(report, RegionLevel.Nation).Summary).Should().Be(headline);
    }

    [Theory]
    [InlineData("en", "The nation has no recording target")]
    [InlineData("id", "Secara nasional, tidak ada target perekaman")]
    public void Headline_TheNationWithoutATarget_SaysSo(string language, string headline)
    {
        var data = new ScenarioBuilder().Kecamatan(Cilengkrang, 0).Kecamatan(Jayanti, 0).Build();

        ReportText.FromCode(language).Headline(LevelReport.Create(AttainmentReport.Calculate(data, April), RegionLevel.Nation).Summary).Should().Be(headline);
    }
}
