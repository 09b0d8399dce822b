using EktpDomain.Findings;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>The words of an R13 <c>unsent-records</c> warning: the set, its peak of unsent records and when, and the oldest age; send every day.</summary>
internal sealed class UnsentRecordsText : RuleText<UnsentRecordsDetails>
{
    protected override string EnglishMessage(IFindingLanguage language, UnsentRecordsDetails details) =>
        $"Recording set {details.Device} held up to {language.FormatCount(details.Peak)} {(details.Peak == 1 ? "record" : "records")} not yet sent to the central server ({language.FormatDate(details.PeakDate)}); the oldest, recorded on {language.FormatDate(details.OldestRecorded)}, waited {WorkingDays(language, details.OldestAgeWorkingDays)} (thresholds: {language.FormatCount(details.CountThreshold)} records, {WorkingDays(language, details.AgeWorkingDays)}).";

    protected override string EnglishAction =>
        "Send the waiting records to the central server now, and every day: records not yet sent are lost if the site's software or password fails.";

    protected override string IndonesianMessage(IFindingLanguage language, UnsentRecordsDetails details) =>
        $"Alat perekaman {details.Device} menyimpan hingga {language.FormatCount(details.Peak)} data rekaman yang belum dikirim ke server pusat ({language.FormatDate(details.PeakDate)}); data tertua, direkam {language.FormatDate(details.OldestRecorded)}, menunggu {language.FormatCount(details.OldestAgeWorkingDays)} hari kerja (ambang: {language.FormatCount(details.CountThreshold)} data, {language.FormatCount(details.AgeWorkingDays)} hari kerja).";

    protected override string IndonesianAction =>
        "Segera kirim data yang tertunda ke server pusat, lalu kirim setiap hari: data yang belum terkirim hilang bila perangkat lunak atau kata sandi di lokasi gagal.";
}
