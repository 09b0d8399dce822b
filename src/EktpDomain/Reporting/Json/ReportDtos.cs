using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace EktpDomain.Reporting.Json;

// The JSON contract of docs/data-folder.md, public so that an app can read back what ektp writes
// (ReportJson.Deserialize*). Property order is the contract's field order; names come from the snake_case naming
// policy of EktpJsonContext. Nullable numbers are written as null ("not applicable").
/// <summary>The JSON of an attainment report (<c>ektp report --format json</c>, <see cref="ReportJson.Serialize(Attainment.AttainmentReport, ReportText)"/>); read it back with <see cref="ReportJson.DeserializeReport"/>. The fields are those of docs/data-folder.md, in snake_case.</summary>
public sealed class ReportDto
{
    /// <summary>The report's window.</summary>
    public required PeriodDto Period { get; init; }

    /// <summary>The monthly share of the target policy in percent, or null for a policy that is not a plain share.</summary>
    public decimal? TargetPercent { get; init; }

    /// <summary>One row per kecamatan, in report order.</summary>
    public required IReadOnlyList<KecamatanDto> Kecamatan { get; init; }

    /// <summary>The summary of the area.</summary>
    public required SummaryDto Summary { get; init; }

    /// <summary>The findings, in report order; empty when there are none.</summary>
    public required IReadOnlyList<FindingDto> Findings { get; init; }
}

/// <summary>The period of a report or an allocation.</summary>
public sealed class PeriodDto
{
    /// <summary>The first day, as ISO <c>YYYY-MM-DD</c>.</summary>
    public required string From { get; init; }

    /// <summary>The last day, included, as ISO <c>YYYY-MM-DD</c>.</summary>
    public required string To { get; init; }

    /// <summary>The national working days in the period.</summary>
    public int WorkingDays { get; init; }
}

/// <summary>One kecamatan's row of an attainment report (R4–R6).</summary>
public sealed class KecamatanDto
{
    /// <summary>The kecamatan code, <c>PP.KK.CC</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The kecamatan's name.</summary>
    public required string Name { get; init; }

    /// <summary>Where the realisation comes from: <c>ledger</c> (R3) or <c>snapshots</c> (R21).</summary>
    public required string Source { get; init; }

    /// <summary>The eligible residents on the period's first day (R1).</summary>
    public long Eligible { get; init; }

    /// <summary>The eligible residents on the period's last day (R22): the denominator of the coverage percentage.</summary>
    public long EligibleAtEnd { get; init; }

    /// <summary>The target of the period (R2).</summary>
    public long Target { get; init; }

    /// <summary>Residents recorded in the period; null when the realisation is not known (R21).</summary>
    public long? Recorded { get; init; }

    /// <summary>Records lost in the period; null when the realisation is not known.</summary>
    public long? Lost { get; init; }

    /// <summary>Lost residents recorded again in the period; null when the realisation is not known.</summary>
    public long? Rerecorded { get; init; }

    /// <summary>The realisation: recorded − lost + re-recorded (R3), or the snapshots' increases (R21); null when not known.</summary>
    public long? Realised { get; init; }

    /// <summary>Coverage removed by the snapshots' decreases in the period (R21); 0 from the ledger; null when not known.</summary>
    public long? Adjustment { get; init; }

    /// <summary>Realised as a percentage of eligible (0–100), or null when nobody is eligible or the realisation is not known.</summary>
    public decimal? RealisedPercent { get; init; }

    /// <summary>Realised ÷ target (1 = met exactly), or null when the target is 0 or the realisation is not known.</summary>
    public decimal? Attainment { get; init; }

    /// <summary>The attainment band code: <c>met</c>, <c>near</c>, <c>behind</c>, <c>critical</c> or <c>no-target</c>.</summary>
    public required string Band { get; init; }

    /// <summary>Whether realised ≥ target.</summary>
    public bool Met { get; init; }

    /// <summary>The rank (1 = best; ties share a rank), or null without a target.</summary>
    public int? Rank { get; init; }

    /// <summary>Residents recorded so far, at the end of the period; null when no snapshot is that early (R21).</summary>
    public long? Coverage { get; init; }

    /// <summary>Coverage as a percentage of eligible at the end, or null when nobody is eligible or the coverage is not known. It can exceed 100.</summary>
    public decimal? CoveragePercent { get; init; }

    /// <summary>Lost residents not yet recorded again, at the end of the period.</summary>
    public long RerecordingBacklog { get; init; }

    /// <summary>Available device-days (R5), or null without a device inventory.</summary>
    public long? DeviceDays { get; init; }

    /// <summary>Device-days lost to outages (R5), or null without a device inventory.</summary>
    public long? OutageDeviceDays { get; init; }

    /// <summary>Available device-days × throughput (R5), or null without a device inventory.</summary>
    public long? Capacity { get; init; }

    /// <summary>Gross recorded ÷ capacity, or null when not applicable.</summary>
    public decimal? Utilisation { get; init; }

    // Written only when the data has invitations, so that reports without them keep their fields.

    /// <summary>Residents invited in the window (R12), or null (and left out) without invitations.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Invited { get; init; }

    /// <summary>Invited residents who came in the window (R12), or null (and left out) without invitations.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Attended { get; init; }

    /// <summary>Attended ÷ invited (R12): left out without invitations, null with invitations but none invited in the window.</summary>
    public decimal? Turnout { get; init; }

    /// <summary>The parts of target − realised (R6).</summary>
    public required ShortfallDto Shortfall { get; init; }

    /// <summary>The snapshots at the period's edges (R21), or null (and left out) for a kecamatan whose realisation comes from the ledger.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SnapshotEdgesDto? Snapshots { get; init; }
}

/// <summary>The snapshots that give a kecamatan's realisation over a period (R21), and how far each lies from its edge.</summary>
public sealed class SnapshotEdgesDto
{
    /// <summary>The status code: <c>known</c>, <c>no-snapshot-before-start</c> or <c>no-snapshot-in-period</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The date of the last snapshot on or before the day before the period, as ISO <c>YYYY-MM-DD</c>; null when there is none.</summary>
    public string? StartDate { get; init; }

    /// <summary>Days from that snapshot to the day before the period; null when there is none.</summary>
    public int? StartLagDays { get; init; }

    /// <summary>The date of the last snapshot inside the period, as ISO <c>YYYY-MM-DD</c>; null when there is none.</summary>
    public string? EndDate { get; init; }

    /// <summary>Days from that snapshot to the period's last day; null when there is none.</summary>
    public int? EndLagDays { get; init; }
}

/// <summary>Why a kecamatan missed its target (R6): the parts of target − realised.</summary>
public sealed class ShortfallDto
{
    /// <summary>The part due to records lost.</summary>
    public long DataLoss { get; init; }

    /// <summary>The part due to outages, or null without a device inventory.</summary>
    public decimal? Outage { get; init; }

    /// <summary>The rest: demand and service.</summary>
    public decimal Demand { get; init; }

    /// <summary>Of demand, residents who came but were not recorded (R12); null without invitations.</summary>
    public decimal? Service { get; init; }

    /// <summary>Of demand, invited residents who did not come (R12); null without invitations.</summary>
    public decimal? NoShow { get; init; }

    /// <summary>Of demand, the rest, residents never invited (R12); null without invitations.</summary>
    public decimal? NotInvited { get; init; }
}

/// <summary>The summary of an attainment report (R4).</summary>
public sealed class SummaryDto
{
    /// <summary>The number of kecamatan in the report.</summary>
    public int Kecamatan { get; init; }

    /// <summary>The number of kecamatan with a target and a known realisation.</summary>
    public int Applicable { get; init; }

    /// <summary>The number of kecamatan that met their target.</summary>
    public int Met { get; init; }

    /// <summary>The number of kecamatan with a target whose realisation the snapshots cannot give (R21).</summary>
    public int RealisationUnknown { get; init; }

    /// <summary>The sum of the targets.</summary>
    public long Target { get; init; }

    /// <summary>The sum of realisation; null when any kecamatan's realisation is not known.</summary>
    public long? Realised { get; init; }

    /// <summary>The lowest realised percentage, or null when none applies.</summary>
    public decimal? MinRealisedPercent { get; init; }

    /// <summary>The highest realised percentage, or null when none applies.</summary>
    public decimal? MaxRealisedPercent { get; init; }

    /// <summary>The headline, in the report's language.</summary>
    public required string Headline { get; init; }

    /// <summary>How many of the region's kecamatan the report covers.</summary>
    public required KecamatanCoverageDto KecamatanCoverage { get; init; }

    /// <summary>The notes under the headline in the report's language (R21): kecamatan without realisation, snapshot lags; empty when there are none.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}

/// <summary>How many of a region's kecamatan a report or a forecast covers, against the region catalogue.</summary>
public sealed class KecamatanCoverageDto
{
    /// <summary>The smallest region containing every kecamatan of the data.</summary>
    public required string Region { get; init; }

    /// <summary>The region's name.</summary>
    public required string Name { get; init; }

    /// <summary>The number of the region's kecamatan in the data.</summary>
    public int Kecamatan { get; init; }

    /// <summary>The number of kecamatan the catalogue lists in the region, or null when it does not list the region.</summary>
    public int? Catalogued { get; init; }

    /// <summary>Whether the data has fewer kecamatan than the catalogue lists.</summary>
    public bool Partial { get; init; }

    /// <summary>The coverage in words of the chosen language, such as "3 of 29 kecamatan".</summary>
    public required string Label { get; init; }
}

/// <summary>One finding of the incident rules (R8), in words of the report's language.</summary>
public sealed class FindingDto
{
    /// <summary>The rule id, such as <c>long-outage</c>.</summary>
    public required string Rule { get; init; }

    /// <summary>The severity code: <c>info</c>, <c>warning</c> or <c>critical</c>.</summary>
    public required string Severity { get; init; }

    /// <summary>The kecamatan code.</summary>
    public required string Kecamatan { get; init; }

    /// <summary>The recording set, or null (absent from the JSON) when the finding is not about one set.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Device { get; init; }

    /// <summary>What was found, in the report's language.</summary>
    public required string Message { get; init; }

    /// <summary>The recommended action, in the report's language.</summary>
    public required string Action { get; init; }
}

/// <summary>The JSON of completion forecasts (<c>ektp forecast --format json</c>, R7); read it back with <see cref="ReportJson.DeserializeForecast"/>.</summary>
public sealed class ForecastReportDto
{
    /// <summary>The as-of date, as ISO <c>YYYY-MM-DD</c>.</summary>
    public required string AsOf { get; init; }

    /// <summary>The working days of the pace window.</summary>
    public int TrailingWorkingDays { get; init; }

    /// <summary>The forecast of the smallest region containing every kecamatan.</summary>
    public required ForecastDto Total { get; init; }

    /// <summary>How many of the total's kecamatan the data covers.</summary>
    public required KecamatanCoverageDto KecamatanCoverage { get; init; }

    /// <summary>One forecast per kecamatan, in code order.</summary>
    public required IReadOnlyList<ForecastDto> Kecamatan { get; init; }
}

/// <summary>The completion forecast of one region (R7).</summary>
public sealed class ForecastDto
{
    /// <summary>The region code.</summary>
    public required string Code { get; init; }

    /// <summary>The region's name.</summary>
    public required string Name { get; init; }

    /// <summary>The eligible residents at the as-of date.</summary>
    public long Eligible { get; init; }

    /// <summary>Residents recorded by the as-of date; null when snapshots do not give it (R21).</summary>
    public long? Coverage { get; init; }

    /// <summary>Eligible − coverage; null when the coverage is not known.</summary>
    public long? Remaining { get; init; }

    /// <summary>The first day of the pace window, as ISO <c>YYYY-MM-DD</c>.</summary>
    public required string PaceFrom { get; init; }

    /// <summary>The working days of the pace window.</summary>
    public int PaceWorkingDays { get; init; }

    /// <summary>The realisation in the pace window; null when the coverage is not known at both its edges.</summary>
    public long? PaceRealised { get; init; }

    /// <summary>Realisation per working day in the pace window; null when not known.</summary>
    public decimal? Pace { get; init; }

    /// <summary>The status code: <c>complete</c>, <c>no-progress</c>, <c>beyond-calendar</c>, <c>coverage-unknown</c> or <c>forecast</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The working days still needed, or null when there is no progress.</summary>
    public long? WorkingDaysNeeded { get; init; }

    /// <summary>The completion date as ISO <c>YYYY-MM-DD</c>, or null when there is none.</summary>
    public string? CompletionDate { get; init; }

    /// <summary>The forecast in words of the chosen language.</summary>
    public required string Message { get; init; }
}

/// <summary>The JSON of an allocation of new sets (<c>ektp allocate --format json</c>, R9); read it back with <see cref="ReportJson.DeserializeAllocation"/>.</summary>
public sealed class AllocationDto
{
    /// <summary>The window the allocation planned.</summary>
    public required PeriodDto Period { get; init; }

    /// <summary>The number of new sets placed.</summary>
    public int Sets { get; init; }

    /// <summary>Recordings per set per working day.</summary>
    public long Throughput { get; init; }

    /// <summary>The total capacity gap Σ max(0, target − capacity) before the new sets.</summary>
    public long TotalCapacityGapBefore { get; init; }

    /// <summary>The same with every new set.</summary>
    public long TotalCapacityGapAfter { get; init; }

    /// <summary>One object per new set, in the order placed.</summary>
    public required IReadOnlyList<PlacementDto> Placements { get; init; }
}

/// <summary>One new set placed by an allocation (R9).</summary>
public sealed class PlacementDto
{
    /// <summary>The set's number, from 1, in the order placed.</summary>
    public int Number { get; init; }

    /// <summary>The kecamatan code.</summary>
    public required string Kecamatan { get; init; }

    /// <summary>The kecamatan's name.</summary>
    public required string Name { get; init; }

    /// <summary>The capacity the set adds: throughput × the kecamatan's working days in the window.</summary>
    public long AddedCapacity { get; init; }

    /// <summary>The kecamatan's capacity gap max(0, target − capacity) before this set.</summary>
    public long CapacityGapBefore { get; init; }

    /// <summary>The same after this set.</summary>
    public long CapacityGapAfter { get; init; }

    /// <summary>Before − after.</summary>
    public long Reduction { get; init; }

    /// <summary>Why it went there: the reason code.</summary>
    public required string Reason { get; init; }

    /// <summary>The explanation, in the chosen language.</summary>
    public required string Explanation { get; init; }
}

/// <summary>The JSON of a coverage trend (<c>ektp trend --format json</c>, R3, R21); read it back with <see cref="ReportJson.DeserializeTrend"/>.</summary>
public sealed class TrendDto
{
    /// <summary>The first month, as <c>YYYY-MM</c>.</summary>
    public required string From { get; init; }

    /// <summary>The last month, as <c>YYYY-MM</c>.</summary>
    public required string To { get; init; }

    /// <summary>The smallest region containing every kecamatan, month by month.</summary>
    public required RegionTrendDto Total { get; init; }

    /// <summary>How many of the total's kecamatan the data covers.</summary>
    public required KecamatanCoverageDto KecamatanCoverage { get; init; }

    /// <summary>One trend per kecamatan, in code order.</summary>
    public required IReadOnlyList<RegionTrendDto> Kecamatan { get; init; }

    /// <summary>Notes on the figures in the chosen language, such as how far snapshots lie from the months' edges; empty when there are none.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}

/// <summary>One region of a coverage trend.</summary>
public sealed class RegionTrendDto
{
    /// <summary>The region code.</summary>
    public required string Code { get; init; }

    /// <summary>The region's name.</summary>
    public required string Name { get; init; }

    /// <summary>Where a kecamatan's figures come from: <c>ledger</c> or <c>snapshots</c>; null for a region above the kecamatan.</summary>
    public string? Source { get; init; }

    /// <summary>The realisation over every month; null when any month's is not known.</summary>
    public long? Realised { get; init; }

    /// <summary>The adjustments over every month; null when any month's realisation is not known.</summary>
    public long? Adjustment { get; init; }

    /// <summary>The number of months whose realisation is not known.</summary>
    public int MonthsUnknown { get; init; }

    /// <summary>One object per month, in order.</summary>
    public required IReadOnlyList<TrendMonthDto> Months { get; init; }
}

/// <summary>One region in one month of a coverage trend.</summary>
public sealed class TrendMonthDto
{
    /// <summary>The month, as <c>YYYY-MM</c>.</summary>
    public required string Month { get; init; }

    /// <summary>The eligible residents on the month's last day.</summary>
    public long Eligible { get; init; }

    /// <summary>The coverage at the month's end; null when not known.</summary>
    public long? Coverage { get; init; }

    /// <summary>Coverage ÷ eligible × 100; null when nobody is eligible or the coverage is not known. It can exceed 100.</summary>
    public decimal? CoveragePercent { get; init; }

    /// <summary>The realisation in the month; null when not known.</summary>
    public long? Realised { get; init; }

    /// <summary>The adjustments in the month; null when the realisation is not known.</summary>
    public long? Adjustment { get; init; }

    /// <summary>The snapshots at the month's edges, or null (and left out) for a ledger kecamatan and a region above the kecamatan.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SnapshotEdgesDto? Snapshots { get; init; }
}

[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ReportDto))]
[JsonSerializable(typeof(ForecastReportDto))]
[JsonSerializable(typeof(AllocationDto))]
[JsonSerializable(typeof(TrendDto))]
internal sealed partial class EktpJsonContext : JsonSerializerContext
{
}
