using System;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Forecasting;
using EktpDomain.Recording;
using EktpDomain.Trends;
using NodaTime;

namespace EktpDomain.Reporting;

// The words of report documents (workbooks and pages with charts), beside the words of the text report.
public abstract partial class ReportText
{
    /// <summary>The name of a part of a report document, such as "Ringkasan" or "Summary"; at most 31 characters, so that it can name a sheet.</summary>
    /// <param name="part">The part.</param>
    /// <returns>The name.</returns>
    public virtual string PartName(ReportPart part) => part switch
    {
        ReportPart.Kecamatan => "Kecamatan",
        ReportPart.Summary => "Summary",
        ReportPart.Findings => "Findings",
        ReportPart.Placements => "Placements",
        ReportPart.Regions => "Regions",
        _ => part.ToString(),
    };

    /// <summary>The name of a forecast status (R7), such as "no progress".</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    public virtual string ForecastStatusName(ForecastStatus status) => status switch
    {
        ForecastStatus.Forecast => "forecast",
        ForecastStatus.AlreadyComplete => "complete",
        ForecastStatus.NoProgress => "no progress",
        ForecastStatus.BeyondCalendar => "beyond the holiday data",
        ForecastStatus.CoverageUnknown => "coverage unknown",
        _ => status.ToString(),
    };

    /// <summary>The name of why a new set went where it went (R9), such as "largest reduction".</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The name.</returns>
    public virtual string AllocationReasonName(AllocationReason reason) => reason switch
    {
        AllocationReason.LargestReduction => "largest reduction",
        AllocationReason.LowerAttainment => "lower attainment",
        AllocationReason.LowerCode => "lower code",
        AllocationReason.NoReduction => "no reduction possible",
        _ => reason.ToString(),
    };

    /// <summary>The name of where a kecamatan's realisation comes from, the ledger or snapshots, such as "snapshots".</summary>
    /// <param name="snapshots">The kecamatan's snapshot edges, or null when its realisation comes from the ledger.</param>
    /// <returns>The name.</returns>
    public virtual string RealisationSourceName(SnapshotRealisation? snapshots) => snapshots is null ? "ledger" : "snapshots";

    /// <summary>The name of a snapshot realisation's status (R21), such as "no snapshot before the start".</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    public virtual string SnapshotStatusName(SnapshotRealisationStatus status) => status switch
    {
        SnapshotRealisationStatus.Known => "known",
        SnapshotRealisationStatus.NoSnapshotBeforeStart => "no snapshot before the start",
        SnapshotRealisationStatus.NoSnapshotInWindow => "no snapshot in the period",
        _ => status.ToString(),
    };

    /// <summary>The title of the chart of realised % per kecamatan (R4).</summary>
    public virtual string RealisedChartTitle => "Realised in the period, % of eligible residents, per kecamatan";

    /// <summary>The text alternative of the chart of realised % per kecamatan: what it shows and where the target is.</summary>
    /// <param name="summary">The report's summary.</param>
    /// <returns>The description.</returns>
    public virtual string RealisedChartDescription(DistrictSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return "One bar per kecamatan, coloured by band" +
            (summary.TargetPercent is decimal p ? $"; the vertical line marks the target of {FormatShare(p)}%. " : ". ") +
            Headline(summary) + ".";
    }

    /// <summary>The label of a target line, such as "target 15%".</summary>
    /// <param name="percent">The target share.</param>
    /// <returns>The label.</returns>
    public virtual string TargetLineLabel(decimal percent) => $"target {FormatShare(percent)}%";

    /// <summary>The title of the chart of the shortfall parts (R6).</summary>
    public virtual string ShortfallChartTitle => "Why targets were missed: the shortfall by cause, per kecamatan";

    /// <summary>The text alternative of the chart of the shortfall parts (R6).</summary>
    public virtual string ShortfallChartDescription =>
        "One stacked bar per kecamatan that missed its target: its shortfall (target minus realised) split into data loss, outages, and demand and service.";

    /// <summary>What the shortfall chart says when no kecamatan missed its target.</summary>
    public virtual string NoShortfall => "No kecamatan missed its target.";

    /// <summary>The title of the chart of coverage over time (R7).</summary>
    /// <param name="region">The region's name.</param>
    /// <returns>The title.</returns>
    public virtual string CoverageChartTitle(string region) => $"Coverage of eligible residents over time, {region}";

    /// <summary>The text alternative of the chart of coverage over time (R7).</summary>
    /// <param name="forecast">The region's forecast.</param>
    /// <returns>The description.</returns>
    public virtual string CoverageChartDescription(CompletionForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        string history = $"Coverage as a share of the eligible residents, up to {FormatDate(forecast.AsOf)}";
        return forecast.CompletionDate is LocalDate date && forecast.Status == ForecastStatus.Forecast
            ? $"{history}, then the pace of the last {FormatCount(forecast.PaceWorkingDays)} working days carried on to 100% on {FormatDate(date)}, marked by the vertical line."
            : $"{history}; {ForecastLine(forecast)}.";
    }

    /// <summary>The text alternative of the chart of a coverage trend: the curve, and the trend in a line.</summary>
    /// <param name="trend">The region's trend.</param>
    /// <returns>The description.</returns>
    public virtual string TrendChartDescription(RegionTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        return $"Coverage as a share of the eligible residents at the end of each month, {FormatMonths(trend.Months[0].Month, trend.Months[^1].Month)}: {TrendLine(trend)}.";
    }

    /// <summary>The label of the forecast date on the coverage chart, such as "forecast: 2 October 2012".</summary>
    /// <param name="completion">The forecast completion date.</param>
    /// <returns>The label.</returns>
    public virtual string ForecastDateLabel(LocalDate completion) => $"forecast: {FormatDate(completion)}";

    /// <summary>The legend entry of the recorded history on the coverage chart.</summary>
    public virtual string CoverageHistoryLabel => "recorded";

    /// <summary>The legend entry of the projected line on the coverage chart.</summary>
    public virtual string CoverageProjectionLabel => "projected";

    /// <summary>The heading of a column added by report documents; the text report's columns are named by <see cref="Heading(ReportColumn)"/>.</summary>
    private static string DocumentHeading(ReportColumn column) => column switch
    {
        ReportColumn.Recorded => "Recorded",
        ReportColumn.Lost => "Lost",
        ReportColumn.Rerecorded => "Re-recorded",
        ReportColumn.Coverage => "Coverage",
        ReportColumn.Met => "Met",
        ReportColumn.PeriodFrom => "From",
        ReportColumn.PeriodTo => "To",
        ReportColumn.WorkingDays => "Working days",
        ReportColumn.TargetPercent => "Target share",
        ReportColumn.KecamatanCount => "Number of kecamatan",
        ReportColumn.Applicable => "With a target",
        ReportColumn.MetCount => "Met the target",
        ReportColumn.MinRealisedPercent => "Lowest %",
        ReportColumn.MaxRealisedPercent => "Highest %",
        ReportColumn.Headline => "Headline",
        ReportColumn.Rule => "Rule",
        ReportColumn.Severity => "Severity",
        ReportColumn.Device => "Recording set",
        ReportColumn.Message => "Finding",
        ReportColumn.Action => "Action",
        ReportColumn.PlacementNumber => "New set",
        ReportColumn.AddedCapacity => "Added capacity",
        ReportColumn.CapacityGapBefore => "Capacity gap before",
        ReportColumn.CapacityGapAfter => "Capacity gap after",
        ReportColumn.Reduction => "Reduction",
        ReportColumn.Explanation => "Explanation",
        ReportColumn.Sets => "New sets",
        ReportColumn.Throughput => "Throughput",
        ReportColumn.Region => "Region",
        ReportColumn.Level => "Level",
        ReportColumn.KecamatanMet => "Kecamatan that met the target",
        ReportColumn.RegionCount => "Number of regions",
        ReportColumn.ReportRegion => "Report region",
        ReportColumn.Remaining => "Remaining",
        ReportColumn.PaceFrom => "Pace from",
        ReportColumn.PaceWorkingDays => "Pace working days",
        ReportColumn.Pace => "Pace per working day",
        ReportColumn.Status => "Status",
        ReportColumn.WorkingDaysNeeded => "Working days needed",
        ReportColumn.CompletionDate => "Completion",
        ReportColumn.AsOf => "As of",
        ReportColumn.EligibleAtEnd => "Eligible at the end",
        ReportColumn.RealisationUnknown => "Realisation unknown",
        ReportColumn.SnapshotStart => "Snapshot before",
        ReportColumn.SnapshotStartLag => "Days before the start",
        ReportColumn.SnapshotEnd => "Snapshot at the end",
        ReportColumn.SnapshotEndLag => "Days before the end",
        ReportColumn.Notes => "Notes",
        ReportColumn.Month => "Month",
        ReportColumn.Source => "Source",
        ReportColumn.Invited => "Invited",
        ReportColumn.Attended => "Attended",
        ReportColumn.SnapshotStatus => "Snapshot status",
        ReportColumn.DataCoverage => "Data covers",
        ReportColumn.PaceRealised => "Pace realised",
        ReportColumn.Reason => "Reason",
        _ => column.ToString(),
    };
}
