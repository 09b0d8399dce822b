using System.Globalization;
using EktpDomain.Attainment;
using NodaTime;

namespace EktpDomain.Text;

/// <summary>Bahasa Indonesia (R10). All Indonesian text of the library is in this file.</summary>
internal sealed class IndonesianReportText : ReportText
{
    private static readonly CultureInfo IdId = CultureInfo.GetCultureInfo("id-ID");

    public override CultureInfo Culture => IdId;

    public override string LanguageCode => "id";

    public override string NotApplicable => "t/a";

    public override string IllustrativeNotice =>
        "Catatan: angka per kecamatan dalam skenario bawaan ini bersifat ilustratif (rekaan), disusun agar sesuai dengan fakta berita; bukan data resmi.";

    public override string BandName(AttainmentBand band) => band switch
    {
        AttainmentBand.Met => "tercapai",
        AttainmentBand.Near => "hampir",
        AttainmentBand.Behind => "tertinggal",
        AttainmentBand.Critical => "kritis",
        _ => "t/a",
    };

    public override string Heading(ReportColumn column) => column switch
    {
        ReportColumn.Rank => "Peringkat",
        ReportColumn.Code => "Kode",
        ReportColumn.Kecamatan => "Kecamatan",
        ReportColumn.Eligible => "Wajib KTP",
        ReportColumn.Target => "Target",
        ReportColumn.Realised => "Realisasi",
        ReportColumn.RealisedPercent => "%",
        ReportColumn.Attainment => "Capaian",
        ReportColumn.Band => "Status",
        ReportColumn.CoveragePercent => "Cakupan %",
        ReportColumn.Backlog => "Rekam ulang",
        ReportColumn.Capacity => "Kapasitas",
        ReportColumn.ShortfallDataLoss => "Kurang: data hilang",
        ReportColumn.ShortfallOutage => "Kurang: gangguan",
        ReportColumn.ShortfallDemand => "Kurang: layanan",
        _ => column.ToString(),
    };

    public override string Headline(DistrictSummary summary)
    {
        string target = summary.TargetPercent is decimal p ? $"target perekaman {FormatShare(p)}%" : "target perekamannya";
        string rest = summary.Applicable < summary.Kecamatan
            ? $" ({FormatCount(summary.Kecamatan - summary.Applicable)} kecamatan tanpa target)"
            : string.Empty;
        if (summary.Applicable == 0)
        {
            return $"Tidak ada kecamatan dengan target perekaman{rest}";
        }

        string headline = summary.Met == 0
            ? $"Belum ada dari {FormatCount(summary.Applicable)} kecamatan yang mencapai {target}"
            : summary.Met == summary.Applicable
                ? $"Semua {FormatCount(summary.Applicable)} kecamatan mencapai {target}"
                : $"Baru {FormatCount(summary.Met)} dari {FormatCount(summary.Applicable)} kecamatan mencapai {target}";
        return headline + rest;
    }
    public override string ReportTitle(DateInterval window, int workingDays, decimal? targetPercent) =>
        $"Laporan perekaman e-KTP: {FormatDate(window.Start)} s.d. {FormatDate(window.End)} ({FormatCount(workingDays)} hari kerja)"
        + (targetPercent is decimal p ? $", target {FormatShare(p)}% wajib KTP per bulan" : string.Empty);

    public override string ForecastTitle(LocalDate asOf) => $"Perkiraan selesainya perekaman e-KTP, per {FormatDate(asOf)}";

    public override string ForecastLine(CompletionForecast forecast) => forecast.Status switch
    {
        ForecastStatus.AlreadyComplete => "semua wajib KTP sudah terekam",
        ForecastStatus.NoProgress => $"sisa {FormatCount(forecast.Remaining)}, tidak ada kemajuan dalam {FormatCount(forecast.PaceWorkingDays)} hari kerja terakhir: tidak dapat diperkirakan",
        ForecastStatus.BeyondCalendar => $"sisa {FormatCount(forecast.Remaining)} dengan laju {FormatRate(forecast.Pace)} per hari kerja: butuh {FormatCount(forecast.WorkingDaysNeeded ?? 0)} hari kerja lagi, melewati data hari libur",
        _ => $"sisa {FormatCount(forecast.Remaining)} dengan laju {FormatRate(forecast.Pace)} per hari kerja: selesai {FormatDate(forecast.CompletionDate!.Value)} ({FormatCount(forecast.WorkingDaysNeeded ?? 0)} hari kerja)",
    };
}
