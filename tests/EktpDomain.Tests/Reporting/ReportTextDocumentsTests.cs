using System;
using System.Linq;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Forecasting;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using EktpDomain.Targets;
using EktpDomain.Tests.Support;
using EktpDomain.Trends;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Reporting;

/// <summary>
/// The words of the workbooks and pages (sheet names, status and reason names, chart titles, descriptions and labels),
/// word for word in each built-in language: the library's own check of what <c>ektp</c> writes into its documents.
/// </summary>
public class ReportTextDocumentsTests
{
    private static readonly LocalDate Monday = new(2012, 4, 2);

    [Theory]
    [InlineData("en", "Kecamatan|Summary|Findings|Placements|Regions")]
    [InlineData("id", "Kecamatan|Ringkasan|Temuan|Penempatan|Wilayah")]
    public void PartName_NamesEverySheet(string language, string expected) =>
        Names(Enum.GetValues<ReportPart>(), ReportText.FromCode(language).PartName).Should().Be(expected);

    [Theory]
    [InlineData("en", "forecast|complete|no progress|beyond the holiday data|coverage unknown")]
    [InlineData("id", "perkiraan|selesai|tidak ada kemajuan|melewati data hari libur|cakupan tak diketahui")]
    public void ForecastStatusName_NamesEveryStatus(string language, string expected) =>
        Names(Enum.GetValues<ForecastStatus>(), ReportText.FromCode(language).ForecastStatusName).Should().Be(expected);

    [Theory]
    [InlineData("en", "largest reduction|lower attainment|lower code|no reduction possible")]
    [InlineData("id", "pengurangan terbesar|capaian lebih rendah|kode lebih kecil|tidak ada pengurangan lagi")]
    public void AllocationReasonName_NamesEveryReason(string language, string expected) =>
        Names(Enum.GetValues<AllocationReason>(), ReportText.FromCode(language).AllocationReasonName).Should().Be(expected);

    [Theory]
    [InlineData("en", "known|no snapshot before the start|no snapshot in the period")]
    [InlineData("id", "diketahui|tanpa snapshot sebelum awal|tanpa snapshot dalam periode")]
    public void SnapshotStatusName_NamesEveryStatus(string language, string expected) =>
        Names(Enum.GetValues<SnapshotRealisationStatus>(), ReportText.FromCode(language).SnapshotStatusName).Should().Be(expected);

    [Theory]
    [InlineData("en", "ledger", "snapshots")]
    [InlineData("id", "catatan harian", "snapshot")]
    public void RealisationSourceName_SaysWhereARealisationCameFrom(string language, string ledger, string snapshots)
    {
        var series = CoverageSeries.CreateBuilder().Add(Monday, Kresek, 10, 1).Add(Monday.PlusDays(7), Kresek, 10, 2).Build();
        var realisation = series.GetRealisation(Kresek, new DateInterval(Monday.PlusDays(1), Monday.PlusDays(7)));

        ReportText.FromCode(language).RealisationSourceName(null).Should().Be(ledger);
        ReportText.FromCode(language).RealisationSourceName(realisation).Should().Be(snapshots);
    }

    [Fact]
    public void ChartWords_InEnglish()
    {
        var text = ReportText.English;

        text.RealisedChartTitle.Should().Be("Realised in the period, % of eligible residents, per kecamatan");
        text.TargetLineLabel(15m).Should().Be("target 15%");
        text.TargetLineLabel(12.5m).Should().Be("target 12.5%");
        text.ShortfallChartTitle.Should().Be("Why targets were missed: the shortfall by cause, per kecamatan");
        text.ShortfallChartDescription.Should().Be("One stacked bar per kecamatan that missed its target: its shortfall (target minus realised) split into data loss, outages, and demand and service.");
        text.NoShortfall.Should().Be("No kecamatan missed its target.");
        text.CoverageChartTitle("36.03 Kabupaten Tangerang").Should().Be("Coverage of eligible residents over time, 36.03 Kabupaten Tangerang");
        text.ForecastDateLabel(new LocalDate(2012, 12, 31)).Should().Be("forecast: 31 December 2012");
        text.CoverageHistoryLabel.Should().Be("recorded");
        text.CoverageProjectionLabel.Should().Be("projected");
    }

    [Fact]
    public void ChartWords_InIndonesian()
    {
        var text = ReportText.Indonesian;

        text.RealisedChartTitle.Should().Be("Realisasi dalam periode, % wajib KTP, per kecamatan");
        text.TargetLineLabel(15m).Should().Be("target 15%");
        text.TargetLineLabel(12.5m).Should().Be("target 12,5%");
        text.ShortfallChartTitle.Should().Be("Mengapa target tidak tercapai: kekurangan menurut penyebab, per kecamatan");
        text.ShortfallChartDescription.Should().Be("Satu batang bertumpuk per kecamatan yang tidak mencapai target: kekurangannya (target dikurangi realisasi) dibagi menjadi data hilang, gangguan alat, serta permintaan dan layanan.");
        text.NoShortfall.Should().Be("Semua kecamatan mencapai target.");
        text.CoverageChartTitle("36.03 Kabupaten Tangerang").Should().Be("Cakupan perekaman wajib KTP dari waktu ke waktu, 36.03 Kabupaten Tangerang");
        text.ForecastDateLabel(new LocalDate(2012, 12, 31)).Should().Be("perkiraan selesai: 31 Desember 2012");
        text.CoverageHistoryLabel.Should().Be("terekam");
        text.CoverageProjectionLabel.Should().Be("proyeksi");
    }

    [Theory]
    [InlineData("en", "One bar per kecamatan, coloured by band; the vertical line marks the target of 15%. ", "One bar per kecamatan, coloured by band. ")]
    [InlineData("id", "Satu batang per kecamatan, diwarnai menurut status; garis tegak menandai target 15%. ", "Satu batang per kecamatan, diwarnai menurut status. ")]
    public void RealisedChartDescription_NamesTheTargetLine_WhenThereIsOne(string language, string withTarget, string withoutTarget)
    {
        var text = ReportText.FromCode(language);
        var data = new ScenarioBuilder().Kecamatan(Kresek, 1_000).Recorded(Kresek, Monday, 200).Build();
        var targeted = AttainmentReport.Calculate(data, April).Summary;
        var untargeted = AttainmentReport.Calculate(data, April, new AttainmentOptions { TargetPolicy = TargetPolicy.Fixed(150) }).Summary;

        text.RealisedChartDescription(targeted).Should().Be(withTarget + text.Headline(targeted) + ".");
        text.RealisedChartDescription(untargeted).Should().Be(withoutTarget + text.Headline(untargeted) + ".");
        text.Invoking(t => t.RealisedChartDescription(null!)).Should().Throw<ArgumentNullException>().WithParameterName("summary");
    }

    [Theory]
    [InlineData("en", "Coverage as a share of the eligible residents, up to 2 April 2012, then the pace of the last 1 working days carried on to 100% on 3 April 2012, marked by the vertical line.", "Coverage as a share of the eligible residents, up to 3 April 2012; ")]
    [InlineData("id", "Cakupan sebagai bagian dari wajib KTP, sampai 2 April 2012, lalu laju 1 hari kerja terakhir diteruskan sampai 100% pada 3 April 2012, ditandai garis tegak.", "Cakupan sebagai bagian dari wajib KTP, sampai 3 April 2012; ")]
    public void CoverageChartDescription_CarriesThePaceOn_OnlyForAForecast(string language, string forecast, string otherwise)
    {
        var text = ReportText.FromCode(language);
        var data = new ScenarioBuilder().Kecamatan(Kresek, 400).Recorded(Kresek, Monday, 200).Build();
        var completes = CompletionForecast.Calculate(data, Kresek, Monday, trailingWorkingDays: 1);
        var stalled = CompletionForecast.Calculate(data, Kresek, Monday.PlusDays(1), trailingWorkingDays: 1);

        completes.Status.Should().Be(ForecastStatus.Forecast);
        stalled.Status.Should().Be(ForecastStatus.NoProgress);
        text.CoverageChartDescription(completes).Should().Be(forecast);
        text.CoverageChartDescription(stalled).Should().Be(otherwise + text.ForecastLine(stalled) + ".");
        text.Invoking(t => t.CoverageChartDescription(null!)).Should().Throw<ArgumentNullException>().WithParameterName("forecast");
    }

    [Theory]
    [InlineData("en", "Coverage as a share of the eligible residents at the end of each month, ")]
    [InlineData("id", "Cakupan sebagai bagian dari wajib KTP di akhir setiap bulan, ")]
    public void TrendChartDescription_SpansTheMonths_AndEndsWithTheTrendLine(string language, string start)
    {
        var text = ReportText.FromCode(language);
        var data = new ScenarioBuilder().Kecamatan(Kresek, 1_000).Recorded(Kresek, Monday, 200).Recorded(Kresek, new LocalDate(2012, 5, 2), 100).Build();
        var trend = CoverageTrend.Calculate(data, new YearMonth(2012, 4), new YearMonth(2012, 5)).Rows[0];

        text.TrendChartDescription(trend).Should().StartWith(start).And.EndWith(": " + text.TrendLine(trend) + ".");
        text.TrendChartDescription(trend).Should().Contain(language == "en" ? "April – May 2012" : "April – Mei 2012");
        text.Invoking(t => t.TrendChartDescription(null!)).Should().Throw<ArgumentNullException>().WithParameterName("trend");
    }

    [Theory]
    [InlineData("en", "Rank|Code|Kecamatan|Eligible|Target|Realised|%|Attainment|Band|Coverage %|Backlog|Capacity|Short: data loss|Short: outage|Short: demand|Device-days|Outage device-days|Utilisation|Recorded|Lost|Re-recorded|Coverage|Met|From|To|Working days|Target share|Number of kecamatan|With a target|Met the target|Lowest %|Highest %|Headline|Rule|Severity|Recording set|Finding|Action|New set|Added capacity|Capacity gap before|Capacity gap after|Reduction|Explanation|New sets|Throughput|Region|Remaining|Pace from|Pace working days|Pace per working day|Status|Working days needed|Completion|As of|Turnout %|Short: service|Short: no-show|Short: not invited|Adjustment|Eligible at the end|Realisation unknown|Snapshot before|Days before the start|Snapshot at the end|Days before the end|Notes|Month|Source|Invited|Attended|Snapshot status|Data covers|Pace realised|Reason|Level|Kecamatan that met the target|Number of regions|Report region")]
    [InlineData("id", "Peringkat|Kode|Kecamatan|Wajib KTP|Target|Realisasi|%|Capaian|Status|Cakupan %|Antrean rekam ulang|Kapasitas|Kurang: data hilang|Kurang: gangguan|Kurang: permintaan|Hari-alat|Hari-alat rusak|Utilisasi|Terekam|Hilang|Direkam ulang|Cakupan|Tercapai|Dari|Sampai|Hari kerja|Porsi target|Jumlah kecamatan|Dengan target|Mencapai target|% terendah|% tertinggi|Kesimpulan|Aturan|Tingkat|Alat perekaman|Temuan|Tindakan|Alat baru ke-|Tambahan kapasitas|Kekurangan kapasitas sebelum|Kekurangan kapasitas sesudah|Pengurangan|Penjelasan|Jumlah alat baru|Laju per alat|Wilayah|Sisa|Laju sejak|Hari kerja laju|Laju per hari kerja|Status perkiraan|Hari kerja dibutuhkan|Selesai|Per tanggal|Kehadiran %|Kurang: pelayanan|Kurang: tidak hadir|Kurang: tidak diundang|Penyesuaian|Wajib KTP di akhir|Realisasi tak diketahui|Snapshot sebelum|Hari sebelum awal|Snapshot di akhir|Hari sebelum akhir|Catatan|Bulan|Sumber|Diundang|Hadir|Keadaan snapshot|Cakupan data|Realisasi laju|Alasan|Tingkat wilayah|Kecamatan yang mencapai target|Jumlah wilayah|Wilayah laporan")]
    public void Heading_NamesEveryColumn(string language, string expected) =>
        Names(Enum.GetValues<ReportColumn>(), ReportText.FromCode(language).Heading).Should().Be(expected);

    private static string Names<T>(T[] values, Func<T, string> name) => string.Join("|", values.Select(name));
}
