using System.Globalization;
using EktpDomain.Attainment;
using NodaTime;

namespace EktpDomain.Text;

/// <summary>English (R10). All English text of the library is in this file.</summary>
internal sealed class EnglishReportText : ReportText
{
    private static readonly CultureInfo EnUs = CultureInfo.GetCultureInfo("en-US");

    public override CultureInfo Culture => EnUs;

    public override string LanguageCode => "en";

    public override string NotApplicable => "n/a";

    public override string IllustrativeNotice =>
        "Note: the per-kecamatan figures of this built-in scenario are illustrative (invented) and consistent with the news article's facts; they are not official data.";

    public override string BandName(AttainmentBand band) => band switch
    {
        AttainmentBand.Met => "met",
        AttainmentBand.Near => "near",
        AttainmentBand.Behind => "behind",
        AttainmentBand.Critical => "critical",
        _ => "n/a",
    };

    public override string Heading(ReportColumn column) => column switch
    {
        ReportColumn.Rank => "Rank",
        ReportColumn.Code => "Code",
        ReportColumn.Kecamatan => "Kecamatan",
        ReportColumn.Eligible => "Eligible",
        ReportColumn.Target => "Target",
        ReportColumn.Realised => "Realised",
        ReportColumn.RealisedPercent => "%",
        ReportColumn.Attainment => "Attainment",
        ReportColumn.Band => "Band",
        ReportColumn.CoveragePercent => "Coverage %",
        ReportColumn.Backlog => "Backlog",
        ReportColumn.Capacity => "Capacity",
        ReportColumn.ShortfallDataLoss => "Short: data loss",
        ReportColumn.ShortfallOutage => "Short: outage",
        ReportColumn.ShortfallDemand => "Short: demand",
        _ => column.ToString(),
    };

    public override string Headline(DistrictSummary summary)
    {
        string target = summary.TargetPercent is decimal p ? $"the {FormatShare(p)}% recording target" : "their recording target";
        string rest = summary.Applicable < summary.Kecamatan
            ? $" ({FormatCount(summary.Kecamatan - summary.Applicable)} without a target)"
            : string.Empty;
        if (summary.Applicable == 0)
        {
            return $"No kecamatan has a recording target{rest}";
        }

        string headline = summary.Met == 0
            ? $"None of the {FormatCount(summary.Applicable)} kecamatan met {target}"
            : summary.Met == summary.Applicable
                ? $"All {FormatCount(summary.Applicable)} kecamatan met {target}"
                : $"Only {FormatCount(summary.Met)} of {FormatCount(summary.Applicable)} kecamatan met {target}";
        return headline + rest;
    }
    public override string ReportTitle(DateInterval window, int workingDays, decimal? targetPercent) =>
        $"e-KTP recording report: {FormatDate(window.Start)} to {FormatDate(window.End)} ({FormatCount(workingDays)} working days)"
        + (targetPercent is decimal p ? $", target {FormatShare(p)}% of eligible residents per month" : string.Empty);

    public override string ForecastTitle(LocalDate asOf) => $"e-KTP recording completion forecast, as of {FormatDate(asOf)}";

    public override string ForecastLine(CompletionForecast forecast) => forecast.Status switch
    {
        ForecastStatus.AlreadyComplete => "every eligible resident is recorded",
        ForecastStatus.NoProgress => $"{FormatCount(forecast.Remaining)} remaining, no progress in the last {FormatCount(forecast.PaceWorkingDays)} working days: no forecast",
        ForecastStatus.BeyondCalendar => $"{FormatCount(forecast.Remaining)} remaining at {FormatRate(forecast.Pace)} per working day: {FormatCount(forecast.WorkingDaysNeeded ?? 0)} more working days, beyond the holiday data",
        _ => $"{FormatCount(forecast.Remaining)} remaining at {FormatRate(forecast.Pace)} per working day: complete on {FormatDate(forecast.CompletionDate!.Value)} ({FormatCount(forecast.WorkingDaysNeeded ?? 0)} working days)",
    };
}
