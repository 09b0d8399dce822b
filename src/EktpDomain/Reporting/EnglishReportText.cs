using System;
using System.Globalization;
using System.Linq;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Forecasting;
using EktpDomain.Incidents;
using NodaTime;

namespace EktpDomain.Reporting;

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
        ReportColumn.DeviceDays => "Device-days",
        ReportColumn.OutageDeviceDays => "Outage device-days",
        ReportColumn.Utilisation => "Utilisation",
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
        $"e-KTP recording report, {FormatDates(window)} ({FormatCount(workingDays)} working days)"
        + (targetPercent is decimal p ? $", target {FormatShare(p)}% of eligible residents per month" : string.Empty);

    public override string ForecastTitle(LocalDate asOf) => $"e-KTP recording completion forecast, as of {FormatDate(asOf)}";

    public override string ForecastLine(CompletionForecast forecast) => forecast.Status switch
    {
        ForecastStatus.AlreadyComplete => "every eligible resident is recorded",
        ForecastStatus.NoProgress => $"{FormatCount(forecast.Remaining)} remaining, no progress in the last {FormatCount(forecast.PaceWorkingDays)} working days: no forecast",
        ForecastStatus.BeyondCalendar => $"{FormatCount(forecast.Remaining)} remaining at {FormatRate(forecast.Pace)} per working day: {FormatCount(forecast.WorkingDaysNeeded ?? 0)} more working days, beyond the holiday data",
        _ => $"{FormatCount(forecast.Remaining)} remaining at {FormatRate(forecast.Pace)} per working day: complete on {FormatDate(forecast.CompletionDate!.Value)} ({FormatCount(forecast.WorkingDaysNeeded ?? 0)} working days)",
    };


    public override string SeverityName(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Info => "info",
        FindingSeverity.Warning => "warning",
        FindingSeverity.Critical => "critical",
        _ => severity.ToString(),
    };

    public override string ComponentName(DeviceComponent component) => component switch
    {
        DeviceComponent.Server => "server",
        DeviceComponent.Pc => "PC or laptop",
        DeviceComponent.Fingerprint => "fingerprint scanner",
        DeviceComponent.Iris => "iris scanner",
        DeviceComponent.Camera => "camera",
        DeviceComponent.SignaturePad => "signature pad",
        DeviceComponent.Network => "network",
        DeviceComponent.Power => "power supply",
        DeviceComponent.Software => "software",
        _ => component.ToString(),
    };

    public override string CauseName(IncidentCause cause) => cause switch
    {
        IncidentCause.Hardware => "hardware fault",
        IncidentCause.Lightning => "lightning",
        IncidentCause.Theft => "theft",
        IncidentCause.Power => "power failure",
        IncidentCause.Network => "network failure",
        IncidentCause.HumanError => "human error",
        IncidentCause.CredentialChange => "unauthorised password change",
        IncidentCause.Malware => "malware",
        IncidentCause.Unknown => "unknown cause",
        _ => cause.ToString(),
    };

    public override string LongOutageAction =>
        "Escalate to the regency office (Disdukcapil) and request a replacement component.";

    public override string NoWorkingDeviceAction =>
        "Lend a recording set or an e-KTP Mobile unit to this kecamatan.";

    public override string DataLossAction =>
        "Schedule re-recording of the residents whose records were lost.";

    public override string MobileUnitRecommendedAction =>
        "Lend an e-KTP Mobile unit for door-to-door re-recording (jemput bola).";

    public override string CredentialChangeAction =>
        "Restore the centrally managed credentials and train operators not to change them.";

    public override string LightningAction =>
        "Check the site's surge protection and grounding.";

    public override string RepeatedFailureAction =>
        "Replace the recording set.";

    public override string LongOutageMessage(Outage outage)
    {
        string parts = string.Join(", ", outage.Components.Select(ComponentName));
        string subject = outage.Device is string device
            ? $"Recording set {device} out of service ({parts})"
            : $"Whole kecamatan site out of service ({parts})";
        string text = $"{subject} {FormatDates(outage.Interval)}: {WorkingDays(outage.WorkingDays)}";
        text += outage.Device is null ? "; no set could record." : ".";
        if (outage.StartedBeforeWindow)
        {
            text += " The outage began before the window.";
        }

        if (outage.ContinuesAfterWindow)
        {
            text += " It was still going on at the end of the window.";
        }

        return text;
    }

    public override string NoWorkingDeviceMessage(int workingDays, LocalDate? firstDay) =>
        $"No recording set was available on {WorkingDays(workingDays)}" +
        (firstDay is LocalDate d ? $" (the first: {FormatDate(d)})." : ".");

    public override string DataLossMessage(long records) =>
        $"{FormatCount(records)} {(records == 1 ? "recording was" : "recordings were")} lost in the window and must be recorded again.";

    public override string MobileUnitRecommendedMessage(long backlog, long threshold) =>
        $"The re-recording backlog is {FormatCount(backlog)} {(backlog == 1 ? "resident" : "residents")} at the end of the window (threshold: {FormatCount(threshold)}).";

    public override string CredentialChangeMessage(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        string text = $"Incident {incident.Id}, {FormatDate(incident.Start)}: the system failed after an unauthorised change of the centrally managed password ({ComponentName(incident.Component)})";
        if (incident.Device is string device)
        {
            text += $"; recording set {device}";
        }

        if (incident.RecordsLost is long lost)
        {
            text += $"; {FormatCount(lost)} {(lost == 1 ? "recording" : "recordings")} lost";
        }

        return text + ".";
    }

    public override string LightningMessage(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        string target = incident.Device is string device
            ? $"recording set {device} ({ComponentName(incident.Component)})"
            : $"the {ComponentName(incident.Component)}";
        return $"Incident {incident.Id}, {FormatDate(incident.Start)}: lightning struck {target}.";
    }

    public override string RepeatedFailureMessage(string device, int incidents, LocalDate first, LocalDate last, int withinDays) =>
        $"Recording set {device} failed {FormatCount(incidents)} times between {FormatDate(first)} and {FormatDate(last)}, within {FormatCount(withinDays)} days.";

    public override string AllocationExplanation(AllocationPlacement placement)
    {
        ArgumentNullException.ThrowIfNull(placement);
        string why = placement.Reason switch
        {
            AllocationReason.LargestReduction => "the largest reduction",
            AllocationReason.LowerAttainment => $"tied on reduction with another kecamatan; lower attainment ({FormatAttainment(placement.Attainment)})",
            AllocationReason.LowerCode => "tied on reduction and attainment with another kecamatan; lower code",
            _ => $"no projected shortfall can be reduced any more; lowest attainment ({FormatAttainment(placement.Attainment)})",
        };
        string here = placement.SetsHere > 1 ? $" (its new set no. {FormatCount(placement.SetsHere)})" : string.Empty;
        return $"New set {FormatCount(placement.Number)} → {placement.Kecamatan} {placement.Name}{here}: projected shortfall {FormatCount(placement.ShortfallBefore)} → {FormatCount(placement.ShortfallAfter)}{(placement.Reduction > 0 ? $" (−{FormatCount(placement.Reduction)})" : string.Empty)}; {why}.";
    }

    private string WorkingDays(long days) => $"{FormatCount(days)} {(days == 1 ? "working day" : "working days")}";

    private string FormatAttainment(Ratio? attainment) =>
        attainment is Ratio a ? FormatPercent(a.ToDecimal() * 100) + "%" : NotApplicable;
    public override string FindingsHeading => "Findings";

    public override string NoFindings => "No findings.";

    public override string AllocationTitle(int sets, DateInterval window, long throughput) =>
        $"Placing {FormatCount(sets)} new APBD-funded recording set{(sets == 1 ? string.Empty : "s")}, {FormatDates(window)}, at {FormatCount(throughput)} recordings per set per working day";

    public override string AllocationSummary(DeviceAllocation allocation)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        return $"Total projected shortfall: {FormatCount(allocation.TotalShortfallBefore)} → {FormatCount(allocation.TotalShortfallAfter)}";
    }
}
