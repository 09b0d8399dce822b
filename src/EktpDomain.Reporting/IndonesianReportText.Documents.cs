using System;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Forecasting;
using EktpDomain.Recording;
using EktpDomain.Trends;
using NodaTime;

namespace EktpDomain.Reporting;

// The Indonesian words of report documents (workbooks and pages with charts).
internal sealed partial class IndonesianReportText
{
    public override string PartName(ReportPart part) => part switch
    {
        ReportPart.Kecamatan => "Kecamatan",
        ReportPart.Summary => "Ringkasan",
        ReportPart.Findings => "Temuan",
        ReportPart.Placements => "Penempatan",
        ReportPart.Regions => "Wilayah",
        _ => part.ToString(),
    };

    public override string ForecastStatusName(ForecastStatus status) => status switch
    {
        ForecastStatus.Forecast => "perkiraan",
        ForecastStatus.AlreadyComplete => "selesai",
        ForecastStatus.NoProgress => "tidak ada kemajuan",
        ForecastStatus.BeyondCalendar => "melewati data hari libur",
        ForecastStatus.CoverageUnknown => "cakupan tak diketahui",
        _ => status.ToString(),
    };

    public override string AllocationReasonName(AllocationReason reason) => reason switch
    {
        AllocationReason.LargestReduction => "pengurangan terbesar",
        AllocationReason.LowerAttainment => "capaian lebih rendah",
        AllocationReason.LowerCode => "kode lebih kecil",
        AllocationReason.NoReduction => "tidak ada pengurangan lagi",
        _ => reason.ToString(),
    };

    public override string RealisationSourceName(SnapshotRealisation? snapshots) => snapshots is null ? "catatan harian" : "snapshot";

    public override string SnapshotStatusName(SnapshotRealisationStatus status) => status switch
    {
        SnapshotRealisationStatus.Known => "diketahui",
        SnapshotRealisationStatus.NoSnapshotBeforeStart => "tanpa snapshot sebelum awal",
        SnapshotRealisationStatus.NoSnapshotInWindow => "tanpa snapshot dalam periode",
        _ => status.ToString(),
    };

    public override string RealisedChartTitle => "Realisasi dalam periode, % wajib KTP, per kecamatan";

    public override string RealisedChartDescription(DistrictSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return "Satu batang per kecamatan, diwarnai menurut status" +
            (summary.TargetPercent is decimal p ? $"; garis tegak menandai target {FormatShare(p)}%. " : ". ") +
            Headline(summary) + ".";
    }

    public override string TargetLineLabel(decimal percent) => $"target {FormatShare(percent)}%";

    public override string ShortfallChartTitle => "Mengapa target tidak tercapai: kekurangan menurut penyebab, per kecamatan";

    public override string ShortfallChartDescription =>
        "Satu batang bertumpuk per kecamatan yang tidak mencapai target: kekurangannya (target dikurangi realisasi) dibagi menjadi data hilang, gangguan alat, serta permintaan dan layanan.";

    public override string NoShortfall => "Semua kecamatan mencapai target.";

    public override string CoverageChartTitle(string region) => $"Cakupan perekaman wajib KTP dari waktu ke waktu, {region}";

    public override string CoverageChartDescription(CompletionForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        string history = $"Cakupan sebagai bagian dari wajib KTP, sampai {FormatDate(forecast.AsOf)}";
        return forecast.CompletionDate is LocalDate date && forecast.Status == ForecastStatus.Forecast
            ? $"{history}, lalu laju {FormatCount(forecast.PaceWorkingDays)} hari kerja terakhir diteruskan sampai 100% pada {FormatDate(date)}, ditandai garis tegak."
            : $"{history}; {ForecastLine(forecast)}.";
    }

    public override string TrendChartDescription(RegionTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        return $"Cakupan sebagai bagian dari wajib KTP di akhir setiap bulan, {FormatMonths(trend.Months[0].Month, trend.Months[^1].Month)}: {TrendLine(trend)}.";
    }

    public override string ForecastDateLabel(LocalDate completion) => $"perkiraan selesai: {FormatDate(completion)}";

    public override string CoverageHistoryLabel => "terekam";

    public override string CoverageProjectionLabel => "proyeksi";

    private static string IndonesianDocumentHeading(ReportColumn column) => column switch
    {
        ReportColumn.Recorded => "Terekam",
        ReportColumn.Lost => "Hilang",
        ReportColumn.Rerecorded => "Direkam ulang",
        ReportColumn.Coverage => "Cakupan",
        ReportColumn.Met => "Tercapai",
        ReportColumn.PeriodFrom => "Dari",
        ReportColumn.PeriodTo => "Sampai",
        ReportColumn.WorkingDays => "Hari kerja",
        ReportColumn.TargetPercent => "Porsi target",
        ReportColumn.KecamatanCount => "Jumlah kecamatan",
        ReportColumn.Applicable => "Dengan target",
        ReportColumn.MetCount => "Mencapai target",
        ReportColumn.MinRealisedPercent => "% terendah",
        ReportColumn.MaxRealisedPercent => "% tertinggi",
        ReportColumn.Headline => "Kesimpulan",
        ReportColumn.Rule => "Aturan",
        ReportColumn.Severity => "Tingkat",
        ReportColumn.Device => "Alat perekaman",
        ReportColumn.Message => "Temuan",
        ReportColumn.Action => "Tindakan",
        ReportColumn.PlacementNumber => "Alat baru ke-",
        ReportColumn.AddedCapacity => "Tambahan kapasitas",
        ReportColumn.CapacityGapBefore => "Kekurangan kapasitas sebelum",
        ReportColumn.CapacityGapAfter => "Kekurangan kapasitas sesudah",
        ReportColumn.Reduction => "Pengurangan",
        ReportColumn.Explanation => "Penjelasan",
        ReportColumn.Sets => "Jumlah alat baru",
        ReportColumn.Throughput => "Laju per alat",
        ReportColumn.Region => "Wilayah",
        ReportColumn.Level => "Tingkat wilayah",
        ReportColumn.KecamatanMet => "Kecamatan yang mencapai target",
        ReportColumn.RegionCount => "Jumlah wilayah",
        ReportColumn.ReportRegion => "Wilayah laporan",
        ReportColumn.Remaining => "Sisa",
        ReportColumn.PaceFrom => "Laju sejak",
        ReportColumn.PaceWorkingDays => "Hari kerja laju",
        ReportColumn.Pace => "Laju per hari kerja",
        ReportColumn.Status => "Status perkiraan",
        ReportColumn.WorkingDaysNeeded => "Hari kerja dibutuhkan",
        ReportColumn.CompletionDate => "Selesai",
        ReportColumn.AsOf => "Per tanggal",
        ReportColumn.EligibleAtEnd => "Wajib KTP di akhir",
        ReportColumn.RealisationUnknown => "Realisasi tak diketahui",
        ReportColumn.SnapshotStart => "Snapshot sebelum",
        ReportColumn.SnapshotStartLag => "Hari sebelum awal",
        ReportColumn.SnapshotEnd => "Snapshot di akhir",
        ReportColumn.SnapshotEndLag => "Hari sebelum akhir",
        ReportColumn.Notes => "Catatan",
        ReportColumn.Month => "Bulan",
        ReportColumn.Source => "Sumber",
        ReportColumn.Invited => "Diundang",
        ReportColumn.Attended => "Hadir",
        ReportColumn.SnapshotStatus => "Keadaan snapshot",
        ReportColumn.DataCoverage => "Cakupan data",
        ReportColumn.PaceRealised => "Realisasi laju",
        ReportColumn.Reason => "Alasan",
        _ => column.ToString(),
    };
}
