using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Forecasting;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Trends;
using NodaTime;

namespace EktpDomain.Reporting;

/// <summary>
/// Bahasa Indonesia (R10): the Indonesian words of <see cref="ReportText"/>. The built-in finding rules' words are
/// not here but in <c>FindingTexts/</c>, each rule's Indonesian beside its English.
/// </summary>
internal sealed partial class IndonesianReportText : ReportText
{
    private static readonly CultureInfo IdId = CultureInfo.GetCultureInfo("id-ID");

    public override CultureInfo Culture => IdId;

    public override string LanguageCode => "id";

    public override string NotApplicable => "t/a";

    public override string BandName(AttainmentBand band) => band switch
    {
        AttainmentBand.Met => "tercapai",
        AttainmentBand.Near => "hampir",
        AttainmentBand.Behind => "tertinggal",
        AttainmentBand.Critical => "kritis",
        AttainmentBand.Unknown => "tak diketahui",
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
        ReportColumn.Backlog => "Antrean rekam ulang",
        ReportColumn.Capacity => "Kapasitas",
        ReportColumn.ShortfallDataLoss => "Kurang: data hilang",
        ReportColumn.Adjustment => "Penyesuaian",
        ReportColumn.ShortfallOutage => "Kurang: gangguan",
        ReportColumn.ShortfallDemand => "Kurang: permintaan",
        ReportColumn.DeviceDays => "Hari-alat",
        ReportColumn.OutageDeviceDays => "Hari-alat rusak",
        ReportColumn.Utilisation => "Utilisasi",
        ReportColumn.TurnoutPercent => "Kehadiran %",
        ReportColumn.ShortfallService => "Kurang: pelayanan",
        ReportColumn.ShortfallNoShow => "Kurang: tidak hadir",
        ReportColumn.ShortfallNotInvited => "Kurang: tidak diundang",
        _ => IndonesianDocumentHeading(column),
    };

    public override string CoverageLabel(KecamatanCoverage coverage) =>
        coverage.Catalogued is int catalogued
            ? $"{FormatCount(coverage.Covered)} dari {FormatCount(catalogued)} {UnitName(coverage.Level)}"
            : $"{FormatCount(coverage.Covered)} {UnitName(coverage.Level)}";

    public override string PartialCoverageNote(KecamatanCoverage coverage, string regionName) =>
        $"Data sebagian: {CoverageLabel(coverage)} di {regionName}";

    public override string Headline(DistrictSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        string unit = UnitName(summary.Level);
        string target = summary.TargetPercent is decimal p ? $"target perekaman {FormatShare(p)}%" : "target perekamannya";
        int withoutTarget = summary.KecamatanCount - summary.Applicable - summary.RealisationUnknown;
        var notes = new List<string>();
        if (withoutTarget > 0)
        {
            notes.Add($"{FormatCount(withoutTarget)} {unit} tanpa target");
        }

        if (summary.RealisationUnknown > 0 && summary.Applicable > 0)
        {
            notes.Add($"{FormatCount(summary.RealisationUnknown)} tidak dinilai: realisasi tidak diketahui");
        }

        string rest = notes.Count == 0 ? string.Empty : $" ({string.Join("; ", notes)})";
        if (summary.Level == RegionLevel.Nation && summary.Applicable == 0)
        {
            return summary.RealisationUnknown > 0
                ? $"Secara nasional, {target} tidak dapat dinilai: data tidak memberi realisasi periode ini untuk sebagian {UnitName(summary.KecamatanCoverage.Level)} di dalamnya"
                : "Secara nasional, tidak ada target perekaman";
        }

        if (summary.Applicable == 0 && summary.RealisationUnknown > 0)
        {
            return $"Tidak ada {unit} yang dapat dinilai terhadap {target}: data tidak memberi realisasi periode ini untuk {(summary.RealisationUnknown == 1 ? $"satu-satunya {unit} yang bertarget" : $"{FormatCount(summary.RealisationUnknown)} {unit} yang bertarget")}{rest}";
        }

        if (summary.Applicable == 0)
        {
            return $"Tidak ada {unit} dengan target perekaman{rest}";
        }

        string headline = summary.Level == RegionLevel.Nation && summary.Applicable == 1
            ? summary.Met == 1 ? $"Secara nasional, {target} tercapai" : $"Secara nasional, {target} belum tercapai"
            : summary.Applicable == 1
            ? summary.Met == 1 ? $"Satu-satunya {unit} mencapai {target}" : $"Satu-satunya {unit} belum mencapai {target}"
            : summary.Met == 0
            ? $"Belum ada dari {FormatCount(summary.Applicable)} {unit} yang mencapai {target}"
            : summary.Met == summary.Applicable
                ? $"Semua {FormatCount(summary.Applicable)} {unit} mencapai {target}"
                : $"Baru {FormatCount(summary.Met)} dari {FormatCount(summary.Applicable)} {unit} mencapai {target}";
        return headline + rest;
    }

    public override string RealisationUnknownNote(SnapshotRealisationStatus status, DateInterval window, IReadOnlyList<string> regions, RegionLevel level = RegionLevel.Kecamatan)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(regions);
        string why = status == SnapshotRealisationStatus.NoSnapshotBeforeStart
            ? $"tidak ada snapshot bertanggal {FormatDate(window.Start.PlusDays(-1))} atau sebelumnya"
            : "tidak ada snapshot bertanggal dalam periode";
        return $"Realisasi tidak diketahui untuk {FormatCount(regions.Count)} {UnitName(level)}: {why} ({NameSome(regions, "dan {0} lainnya")})";
    }

    public override string TrendTitle(YearMonth first, YearMonth last) =>
        $"Cakupan perekaman e-KTP per bulan, {FormatMonths(first, last)}";

    public override string TrendLine(RegionTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var first = trend.Months.FirstOrDefault(m => m.CoveragePercent is not null);
        var last = trend.Months.LastOrDefault(m => m.CoveragePercent is not null);
        string coverage = first is null || last is null
            ? "cakupan tidak diketahui di bulan mana pun"
            : $"{FormatPercent(first.CoveragePercent)}% di akhir {FormatMonth(first.Month)} → {FormatPercent(last.CoveragePercent)}% di akhir {FormatMonth(last.Month)}";
        string realised = trend.MonthsUnknown == 0
            ? $"realisasi {FormatCount(trend.Realised ?? 0)}, penyesuaian {FormatCount(trend.Adjustment ?? 0)}"
            : $"realisasi tidak diketahui di {FormatCount(trend.MonthsUnknown)} dari {FormatCount(trend.Months.Length)} bulan";
        return $"{coverage}; {realised}";
    }

    public override string CodeChangeNote(string region, RegionCodeChangeKind kind, IReadOnlyList<RegionCode> successors, LocalDate from, string rollsUpInto)
    {
        ArgumentNullException.ThrowIfNull(successors);
        string codes = string.Join(", ", successors);
        string change = kind switch
        {
            RegionCodeChangeKind.Merge => $"digabung ke {codes}",
            RegionCodeChangeKind.Split => $"dimekarkan menjadi {codes}",
            _ => $"berganti kode menjadi {codes}",
        };
        return $"{region} {change} sejak {FormatDate(from)}; angkanya dijumlahkan ke {rollsUpInto}";
    }

    public override string SnapshotLagNote(int startLagDays, int endLagDays)
    {
        string start = $"cakupan sebelum periode diambil hingga {FormatCount(startLagDays)} hari lebih awal";
        string end = $"cakupan di akhir periode hingga {FormatCount(endLagDays)} hari sebelum hari terakhirnya";
        return endLagDays == 0 ? $"Dari snapshot: {start}, sehingga realisasi dapat mencakup lebih banyak hari dari periode"
            : startLagDays == 0 ? $"Dari snapshot: cakupan di akhir periode diambil hingga {FormatCount(endLagDays)} hari sebelum hari terakhirnya, sehingga realisasi dapat mencakup lebih sedikit hari dari periode"
            : $"Dari snapshot: {start}, dan {end}, sehingga realisasi mencakup hari-hari yang lain dari periode";
    }

    public override string ReportTitle(DateInterval window, int workingDays, decimal? targetPercent) =>
        $"Laporan perekaman e-KTP, {FormatDates(window)} ({FormatCount(workingDays)} hari kerja)"
        + (targetPercent is decimal p ? $", target {FormatShare(p)}% wajib KTP per bulan" : string.Empty);

    public override string FindingsGroupHeading(string region, int shown, int all) =>
        shown == all ? $"{region}: {FormatCount(all)} temuan" : $"{region}: {FormatCount(shown)} dari {FormatCount(all)} temuan";

    public override string MoreFindings(int more, int all) =>
        $"… dan {FormatCount(more)} temuan lainnya ({FormatCount(all)} seluruhnya), yang kurang berat atau dari kode kecamatan berikutnya";

    public override string LevelPhrase(RegionLevel level) => level == RegionLevel.Nation ? "tingkat nasional" : $"per {UnitName(level)}";

    public override string ForecastTitle(LocalDate asOf) => $"Perkiraan selesainya perekaman e-KTP, per {FormatDate(asOf)}";

    public override string ForecastLine(CompletionForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        return forecast.Status switch
        {
            ForecastStatus.AlreadyComplete => "semua wajib KTP sudah terekam",
            ForecastStatus.CoverageUnknown => forecast.Remaining is long left
                ? $"sisa {FormatCount(left)}; tidak dapat diperkirakan: tidak ada snapshot sebelumnya untuk mengukur laju"
                : $"tidak dapat diperkirakan: snapshot tidak memberi cakupan pada {FormatDate(forecast.AsOf)} atau sebelumnya",
            ForecastStatus.NoProgress => $"sisa {FormatCount(forecast.Remaining!.Value)}, tidak ada kemajuan dalam {FormatCount(forecast.PaceWorkingDays)} hari kerja terakhir: tidak dapat diperkirakan",
            ForecastStatus.BeyondCalendar => $"sisa {FormatCount(forecast.Remaining!.Value)} dengan laju {FormatRate(forecast.PacePerWorkingDay!.Value)} per hari kerja: butuh {FormatCount(forecast.WorkingDaysNeeded ?? 0)} hari kerja lagi, melewati data hari libur",
            _ => $"sisa {FormatCount(forecast.Remaining!.Value)} dengan laju {FormatRate(forecast.PacePerWorkingDay!.Value)} per hari kerja: selesai {FormatDate(forecast.CompletionDate!.Value)} ({FormatCount(forecast.WorkingDaysNeeded ?? 0)} hari kerja)",
        };
    }

    public override string SeverityName(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Info => "info",
        FindingSeverity.Warning => "peringatan",
        FindingSeverity.Critical => "kritis",
        _ => severity.ToString(),
    };

    public override string ComponentName(DeviceComponent component) => component switch
    {
        DeviceComponent.Server => "server",
        DeviceComponent.Pc => "PC/laptop",
        DeviceComponent.Fingerprint => "pemindai sidik jari",
        DeviceComponent.Iris => "pemindai iris",
        DeviceComponent.Camera => "kamera",
        DeviceComponent.SignaturePad => "alat tanda tangan",
        DeviceComponent.Network => "jaringan",
        DeviceComponent.Power => "listrik",
        DeviceComponent.Software => "perangkat lunak",
        _ => component.ToString(),
    };

    public override string CauseName(IncidentCause cause) => cause switch
    {
        IncidentCause.Hardware => "kerusakan perangkat keras",
        IncidentCause.Lightning => "sambaran petir",
        IncidentCause.Theft => "pencurian",
        IncidentCause.Power => "gangguan listrik",
        IncidentCause.Network => "gangguan jaringan",
        IncidentCause.HumanError => "kesalahan manusia",
        IncidentCause.CredentialChange => "perubahan kata sandi tanpa izin",
        IncidentCause.Malware => "malware",
        IncidentCause.Unknown => "penyebab tidak diketahui",
        _ => cause.ToString(),
    };

    public override string AllocationExplanation(AllocationPlacement placement)
    {
        ArgumentNullException.ThrowIfNull(placement);
        string why = placement.Reason switch
        {
            AllocationReason.LargestReduction => "pengurangan terbesar",
            AllocationReason.LowerAttainment => $"pengurangan sama besar dengan kecamatan lain; capaiannya lebih rendah ({FormatAttainment(placement.AttainmentRatio)})",
            AllocationReason.LowerCode => "pengurangan dan capaian sama dengan kecamatan lain; kodenya lebih kecil",
            _ => $"tidak ada lagi kekurangan kapasitas yang bisa dikurangi; capaiannya terendah ({FormatAttainment(placement.AttainmentRatio)})",
        };
        string here = placement.SetsHere > 1 ? $" (alat baru ke-{FormatCount(placement.SetsHere)} di kecamatan ini)" : string.Empty;
        return $"Alat baru ke-{FormatCount(placement.Number)} → {placement.Kecamatan} {placement.Name}{here}: kekurangan kapasitas {FormatCount(placement.CapacityGapBefore)} → {FormatCount(placement.CapacityGapAfter)}{(placement.Reduction > 0 ? $" (−{FormatCount(placement.Reduction)})" : string.Empty)}; {why}.";
    }

    public override string FindingsHeading => "Temuan";

    public override string NoFindings => "Tidak ada temuan.";

    public override string AllocationTitle(int sets, DateInterval window, long throughput) =>
        $"Penempatan {FormatCount(sets)} alat perekaman baru (APBD), {FormatDates(window)}, {FormatCount(throughput)} perekaman per alat per hari kerja";

    public override string AllocationSummary(DeviceAllocation allocation)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        return $"Kekurangan kapasitas total: {FormatCount(allocation.TotalCapacityGapBefore)} → {FormatCount(allocation.TotalCapacityGapAfter)}";
    }
}
