using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace EktpDomain.Reporting.Json;

// The JSON contract of docs/data-folder.md, public so that an app can read back what ektp writes
// (ReportJson.Deserialize*). Property order is the contract's field order; names come from the snake_case naming
// policy of EktpJsonContext and, for a user's own serializer, from the [JsonPropertyName] of every property.
// Nullable numbers are written as null ("not applicable").
/// <summary>The JSON of an attainment report (<c>ektp report --format json</c>, <see cref="ReportJson.Serialize(Attainment.AttainmentReport, ReportText)"/>); read it back with <see cref="ReportJson.DeserializeReport"/>. The fields are those of docs/data-folder.md, in snake_case.</summary>
public sealed class ReportDto
{
    /// <summary>
    /// The version of the JSON contract the document follows: <see cref="ReportJson.ContractVersion"/> when written by
    /// this library, 0 for a document written before versions (without <c>version</c>).
    /// </summary>
    [JsonPropertyName("version")]
    public int Version { get; init; }

    /// <summary>
    /// The level of the rows (contract version 3): <c>kecamatan</c> (also for a document of an earlier version),
    /// <c>kabupaten</c> (kabupaten/kota, also for data kept per kabupaten/kota), <c>provinsi</c> or <c>nasional</c>.
    /// </summary>
    [JsonPropertyName("level")]
    public string Level { get => field ?? "kecamatan"; init; }

    /// <summary>The region the document is restricted to (<c>--region</c>, contract version 3); null for all the data.</summary>
    [JsonPropertyName("region")]
    public RegionRefDto? Region { get; init; }

    /// <summary>The report's window.</summary>
    [JsonPropertyName("period")]
    public required PeriodDto Period { get; init; }

    /// <summary>The monthly share of the target policy in percent, or null for a policy that is not a plain share.</summary>
    [JsonPropertyName("target_percent")]
    public decimal? TargetPercent { get; init; }

    /// <summary>One row per kecamatan, in report order.</summary>
    [JsonPropertyName("kecamatan")]
    public required IReadOnlyList<KecamatanDto> Rows { get; init; }

    /// <summary>
    /// The rows when <c>level</c> is above the data's own (contract version 3): one per region of that level, in
    /// report order; left out otherwise. <c>kecamatan</c> is then empty.
    /// </summary>
    [JsonPropertyName("regions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RegionDto>? Regions { get; init; }

    /// <summary>The summary of the area.</summary>
    [JsonPropertyName("summary")]
    public required SummaryDto Summary { get; init; }

    /// <summary>The findings, in report order; empty when there are none.</summary>
    [JsonPropertyName("findings")]
    public required IReadOnlyList<FindingDto> Findings { get; init; }
}

/// <summary>The period of a report or an allocation.</summary>
public sealed class PeriodDto
{
    /// <summary>The first day, as ISO <c>YYYY-MM-DD</c>.</summary>
    [JsonConverter(typeof(IsoLocalDateJsonConverter))]
    [JsonPropertyName("from")]
    public required LocalDate From { get; init; }

    /// <summary>The last day, included, as ISO <c>YYYY-MM-DD</c>.</summary>
    [JsonConverter(typeof(IsoLocalDateJsonConverter))]
    [JsonPropertyName("to")]
    public required LocalDate To { get; init; }

    /// <summary>The national working days in the period.</summary>
    [JsonPropertyName("working_days")]
    public int WorkingDays { get; init; }
}

/// <summary>One kecamatan's row of an attainment report (R4–R6).</summary>
public sealed class KecamatanDto
{
    /// <summary>The kecamatan code, <c>PP.KK.CC</c>.</summary>
    [JsonPropertyName("code")]
    public required RegionCode Code { get; init; }

    /// <summary>The kecamatan's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Where the realisation comes from: <c>ledger</c> (R3) or <c>snapshots</c> (R21).</summary>
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    /// <summary>The eligible residents on the period's first day (R1).</summary>
    [JsonPropertyName("eligible")]
    public long Eligible { get; init; }

    /// <summary>The eligible residents on the period's last day (R22): the denominator of the coverage percentage.</summary>
    [JsonPropertyName("eligible_at_end")]
    public long EligibleAtEnd { get; init; }

    /// <summary>The target of the period (R2).</summary>
    [JsonPropertyName("target")]
    public long Target { get; init; }

    /// <summary>Residents recorded in the period; null when the realisation is not known (R21).</summary>
    [JsonPropertyName("recorded")]
    public long? Recorded { get; init; }

    /// <summary>Records lost in the period; null when the realisation is not known.</summary>
    [JsonPropertyName("lost")]
    public long? Lost { get; init; }

    /// <summary>Lost residents recorded again in the period; null when the realisation is not known.</summary>
    [JsonPropertyName("rerecorded")]
    public long? Rerecorded { get; init; }

    /// <summary>The realisation: recorded − lost + re-recorded (R3), or the snapshots' increases (R21); null when not known.</summary>
    [JsonPropertyName("realised")]
    public long? Realised { get; init; }

    /// <summary>Coverage removed by the snapshots' decreases in the period (R21); 0 from the ledger; null when not known.</summary>
    [JsonPropertyName("adjustment")]
    public long? Adjustment { get; init; }

    /// <summary>Realised as a percentage of eligible (0–100), or null when nobody is eligible or the realisation is not known.</summary>
    [JsonPropertyName("realised_percent")]
    public decimal? RealisedPercent { get; init; }

    /// <summary>Realised ÷ target (1 = met exactly), or null when the target is 0 or the realisation is not known.</summary>
    [JsonPropertyName("attainment")]
    public decimal? Attainment { get; init; }

    /// <summary>The attainment band code: <c>met</c>, <c>near</c>, <c>behind</c>, <c>critical</c> or <c>no-target</c>.</summary>
    [JsonPropertyName("band")]
    public required string Band { get; init; }

    /// <summary>Whether realised ≥ target.</summary>
    [JsonPropertyName("met")]
    public bool Met { get; init; }

    /// <summary>The rank (1 = best; ties share a rank), or null without a target.</summary>
    [JsonPropertyName("rank")]
    public int? Rank { get; init; }

    /// <summary>Residents recorded so far, at the end of the period; null when no snapshot is that early (R21).</summary>
    [JsonPropertyName("coverage")]
    public long? Coverage { get; init; }

    /// <summary>Coverage as a percentage of eligible at the end, or null when nobody is eligible or the coverage is not known. It can exceed 100.</summary>
    [JsonPropertyName("coverage_percent")]
    public decimal? CoveragePercent { get; init; }

    /// <summary>Lost residents not yet recorded again, at the end of the period.</summary>
    [JsonPropertyName("rerecording_backlog")]
    public long RerecordingBacklog { get; init; }

    /// <summary>Available device-days (R5), or null without a device inventory.</summary>
    [JsonPropertyName("device_days")]
    public long? DeviceDays { get; init; }

    /// <summary>Device-days lost to outages (R5), or null without a device inventory.</summary>
    [JsonPropertyName("outage_device_days")]
    public long? OutageDeviceDays { get; init; }

    /// <summary>Available device-days × throughput (R5), or null without a device inventory.</summary>
    [JsonPropertyName("capacity")]
    public long? Capacity { get; init; }

    /// <summary>Gross recorded ÷ capacity, or null when not applicable.</summary>
    [JsonPropertyName("utilisation")]
    public decimal? Utilisation { get; init; }

    // Written only when the data has invitations, so that reports without them keep their fields.

    /// <summary>Residents invited in the window (R12), or null (and left out) without invitations.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("invited")]
    public long? Invited { get; init; }

    /// <summary>Invited residents who came in the window (R12), or null (and left out) without invitations.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("attended")]
    public long? Attended { get; init; }

    /// <summary>Attended ÷ invited (R12): left out without invitations, null with invitations but none invited in the window.</summary>
    [JsonPropertyName("turnout")]
    public decimal? Turnout { get; init; }

    /// <summary>The parts of target − realised (R6).</summary>
    [JsonPropertyName("shortfall")]
    public required ShortfallDto Shortfall { get; init; }

    /// <summary>The snapshots at the period's edges (R21), or null (and left out) for a kecamatan whose realisation comes from the ledger.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("snapshots")]
    public SnapshotEdgesDto? Snapshots { get; init; }
}

/// <summary>The snapshots that give a kecamatan's realisation over a period (R21), and how far each lies from its edge.</summary>
public sealed class SnapshotEdgesDto
{
    /// <summary>The status code: <c>known</c>, <c>no-snapshot-before-start</c> or <c>no-snapshot-in-period</c>.</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    /// <summary>The date of the last snapshot on or before the day before the period, as ISO <c>YYYY-MM-DD</c>; null when there is none.</summary>
    [JsonConverter(typeof(IsoLocalDateJsonConverter))]
    [JsonPropertyName("start_date")]
    public LocalDate? StartDate { get; init; }

    /// <summary>Days from that snapshot to the day before the period; null when there is none.</summary>
    [JsonPropertyName("start_lag_days")]
    public int? StartLagDays { get; init; }

    /// <summary>The date of the last snapshot inside the period, as ISO <c>YYYY-MM-DD</c>; null when there is none.</summary>
    [JsonConverter(typeof(IsoLocalDateJsonConverter))]
    [JsonPropertyName("end_date")]
    public LocalDate? EndDate { get; init; }

    /// <summary>Days from that snapshot to the period's last day; null when there is none.</summary>
    [JsonPropertyName("end_lag_days")]
    public int? EndLagDays { get; init; }
}

/// <summary>Why a kecamatan missed its target (R6): the parts of target − realised.</summary>
public sealed class ShortfallDto
{
    /// <summary>The part due to records lost.</summary>
    [JsonPropertyName("data_loss")]
    public long DataLoss { get; init; }

    /// <summary>The part due to outages, or null without a device inventory.</summary>
    [JsonPropertyName("outage")]
    public decimal? Outage { get; init; }

    /// <summary>The rest: demand and service.</summary>
    [JsonPropertyName("demand")]
    public decimal Demand { get; init; }

    /// <summary>Of demand, residents who came but were not recorded (R12); null without invitations.</summary>
    [JsonPropertyName("service")]
    public decimal? Service { get; init; }

    /// <summary>Of demand, invited residents who did not come (R12); null without invitations.</summary>
    [JsonPropertyName("no_show")]
    public decimal? NoShow { get; init; }

    /// <summary>Of demand, the rest, residents never invited (R12); null without invitations.</summary>
    [JsonPropertyName("not_invited")]
    public decimal? NotInvited { get; init; }
}

/// <summary>The summary of an attainment report (R4).</summary>
public sealed class SummaryDto
{
    /// <summary>The number of kecamatan in the report.</summary>
    [JsonPropertyName("kecamatan")]
    public int KecamatanCount { get; init; }

    /// <summary>The level of the rows the counts below are of (contract version 3): <c>kecamatan</c>, or the report's <c>level</c>.</summary>
    [JsonPropertyName("level")]
    public string Level { get => field ?? "kecamatan"; init; }

    /// <summary>The number of rows (contract version 3): kecamatan, or regions of <c>level</c>; <c>applicable</c>, <c>met</c> and <c>realisation_unknown</c> count these rows.</summary>
    [JsonPropertyName("region_count")]
    public int RegionCount { get; init; }

    /// <summary>The number of kecamatan with a target and a known realisation.</summary>
    [JsonPropertyName("applicable")]
    public int Applicable { get; init; }

    /// <summary>The number of kecamatan that met their target.</summary>
    [JsonPropertyName("met")]
    public int Met { get; init; }

    /// <summary>The number of kecamatan with a target whose realisation the snapshots cannot give (R21).</summary>
    [JsonPropertyName("realisation_unknown")]
    public int RealisationUnknown { get; init; }

    /// <summary>The sum of the targets.</summary>
    [JsonPropertyName("target")]
    public long Target { get; init; }

    /// <summary>The sum of realisation; null when any kecamatan's realisation is not known.</summary>
    [JsonPropertyName("realised")]
    public long? Realised { get; init; }

    /// <summary>The lowest realised percentage, or null when none applies.</summary>
    [JsonPropertyName("min_realised_percent")]
    public decimal? MinRealisedPercent { get; init; }

    /// <summary>The highest realised percentage, or null when none applies.</summary>
    [JsonPropertyName("max_realised_percent")]
    public decimal? MaxRealisedPercent { get; init; }

    /// <summary>The headline, in the report's language.</summary>
    [JsonPropertyName("headline")]
    public required string Headline { get; init; }

    /// <summary>How many of the region's kecamatan the report covers.</summary>
    [JsonPropertyName("data_coverage")]
    public required DataCoverageDto DataCoverage { get; init; }

    /// <summary>The notes under the headline in the report's language (R21): kecamatan without realisation, snapshot lags; empty when there are none.</summary>
    [JsonPropertyName("notes")]
    public required IReadOnlyList<string> Notes { get; init; }
}

/// <summary>How many of a region's kecamatan a report or a forecast covers, against the region catalogue.</summary>
public sealed class DataCoverageDto
{
    /// <summary>The smallest region containing every kecamatan of the data.</summary>
    [JsonPropertyName("region")]
    public required RegionCode Region { get; init; }

    /// <summary>The region's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The number of the region's kecamatan in the data.</summary>
    [JsonPropertyName("kecamatan_count")]
    public int KecamatanCount { get; init; }

    /// <summary>The number of kecamatan the catalogue lists in the region, or null when it does not list the region.</summary>
    [JsonPropertyName("catalogued")]
    public int? Catalogued { get; init; }

    /// <summary>Whether the data has fewer kecamatan than the catalogue lists.</summary>
    [JsonPropertyName("partial")]
    public bool Partial { get; init; }

    /// <summary>The coverage in words of the chosen language, such as "3 of 29 kecamatan".</summary>
    [JsonPropertyName("label")]
    public required string Label { get; init; }
}

/// <summary>One finding of the incident rules (R8), in words of the report's language.</summary>
public sealed class FindingDto
{
    /// <summary>The rule id, such as <c>long-outage</c>.</summary>
    [JsonPropertyName("rule")]
    public required string Rule { get; init; }

    /// <summary>The severity code: <c>info</c>, <c>warning</c> or <c>critical</c>.</summary>
    [JsonPropertyName("severity")]
    public required string Severity { get; init; }

    /// <summary>The kecamatan code.</summary>
    [JsonPropertyName("kecamatan")]
    public required RegionCode KecamatanCode { get; init; }

    /// <summary>The row of the report the kecamatan counts in when the report's <c>level</c> is above the data's own (contract version 3); left out otherwise.</summary>
    [JsonPropertyName("region")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RegionCode? Region { get; init; }

    /// <summary>The recording set, or null (absent from the JSON) when the finding is not about one set.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("device")]
    public string? Device { get; init; }

    /// <summary>What was found, in the report's language.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    /// <summary>The recommended action, in the report's language.</summary>
    [JsonPropertyName("action")]
    public required string Action { get; init; }
}

/// <summary>A region as a document names it: its code and name (contract version 3).</summary>
public sealed class RegionRefDto
{
    /// <summary>The region's code.</summary>
    [JsonPropertyName("code")]
    public required RegionCode Code { get; init; }

    /// <summary>The region's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }
}

/// <summary>
/// One region of a report at a level above the data's own (contract version 3): the sums of its kecamatan (R1–R6,
/// R12), ranked and banded among the regions of its level (R4).
/// </summary>
public sealed class RegionDto
{
    /// <summary>The region's code.</summary>
    [JsonPropertyName("code")]
    public required RegionCode Code { get; init; }

    /// <summary>The region's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>How many of the region's kecamatan the data holds.</summary>
    [JsonPropertyName("data_coverage")]
    public required DataCoverageDto DataCoverage { get; init; }

    /// <summary>The sum of the kecamatan's eligible residents at the window's start.</summary>
    [JsonPropertyName("eligible")]
    public long Eligible { get; init; }

    /// <summary>The sum at the window's end.</summary>
    [JsonPropertyName("eligible_at_end")]
    public long EligibleAtEnd { get; init; }

    /// <summary>The sum of the kecamatan's targets.</summary>
    [JsonPropertyName("target")]
    public long Target { get; init; }

    /// <summary>The sum of the residents recorded; null when any kecamatan's realisation is not known.</summary>
    [JsonPropertyName("recorded")]
    public long? Recorded { get; init; }

    /// <summary>The sum of the records lost; null as above.</summary>
    [JsonPropertyName("lost")]
    public long? Lost { get; init; }

    /// <summary>The sum of the residents re-recorded; null as above.</summary>
    [JsonPropertyName("rerecorded")]
    public long? Rerecorded { get; init; }

    /// <summary>The sum of the net realisation; null as above.</summary>
    [JsonPropertyName("realised")]
    public long? Realised { get; init; }

    /// <summary>The sum of the adjustments; null as above.</summary>
    [JsonPropertyName("adjustment")]
    public long? Adjustment { get; init; }

    /// <summary>Realised ÷ eligible × 100.</summary>
    [JsonPropertyName("realised_percent")]
    public decimal? RealisedPercent { get; init; }

    /// <summary>Realised ÷ target.</summary>
    [JsonPropertyName("attainment")]
    public decimal? Attainment { get; init; }

    /// <summary>The band of the region's realisation against its target.</summary>
    [JsonPropertyName("band")]
    public required string Band { get; init; }

    /// <summary>Whether the region as a whole met its target.</summary>
    [JsonPropertyName("met")]
    public bool Met { get; init; }

    /// <summary>The rank among the regions of the level; null without one.</summary>
    [JsonPropertyName("rank")]
    public int? Rank { get; init; }

    /// <summary>How many of its kecamatan met their own targets.</summary>
    [JsonPropertyName("kecamatan_met")]
    public int KecamatanMet { get; init; }

    /// <summary>How many of its kecamatan have a target that applies.</summary>
    [JsonPropertyName("kecamatan_applicable")]
    public int KecamatanApplicable { get; init; }

    /// <summary>The sum of the coverage at the window's end; null when any is not known.</summary>
    [JsonPropertyName("coverage")]
    public long? Coverage { get; init; }

    /// <summary>Coverage ÷ eligible at the end × 100.</summary>
    [JsonPropertyName("coverage_percent")]
    public decimal? CoveragePercent { get; init; }

    /// <summary>The sum of the re-recording backlogs.</summary>
    [JsonPropertyName("rerecording_backlog")]
    public long RerecordingBacklog { get; init; }

    /// <summary>The sum of the available device-days; null without a device inventory.</summary>
    [JsonPropertyName("device_days")]
    public long? DeviceDays { get; init; }

    /// <summary>The sum of the device-days lost to outages; null without a device inventory.</summary>
    [JsonPropertyName("outage_device_days")]
    public long? OutageDeviceDays { get; init; }

    /// <summary>The sum of the capacity; null without a device inventory.</summary>
    [JsonPropertyName("capacity")]
    public long? Capacity { get; init; }

    /// <summary>The sum of the residents invited; null when no kecamatan has invitations.</summary>
    [JsonPropertyName("invited")]
    public long? Invited { get; init; }

    /// <summary>The sum of the invited residents who came; null as above.</summary>
    [JsonPropertyName("attended")]
    public long? Attended { get; init; }

    /// <summary>
    /// The sum of the shortfalls of its kecamatan that missed their targets, part by part, in whole residents (each
    /// kecamatan's parts rounded so that they add up); not the region's target less its realisation.
    /// </summary>
    [JsonPropertyName("shortfall")]
    public long Shortfall { get; init; }

    /// <summary>The parts of <c>shortfall</c>, in whole residents.</summary>
    [JsonPropertyName("shortfall_parts")]
    public required ShortfallDto ShortfallParts { get; init; }
}

/// <summary>The JSON of completion forecasts (<c>ektp forecast --format json</c>, R7); read it back with <see cref="ReportJson.DeserializeForecast"/>.</summary>
public sealed class ForecastReportDto
{
    /// <summary>
    /// The version of the JSON contract the document follows: <see cref="ReportJson.ContractVersion"/> when written by
    /// this library, 0 for a document written before versions (without <c>version</c>).
    /// </summary>
    [JsonPropertyName("version")]
    public int Version { get; init; }

    /// <summary>
    /// The level of the rows (contract version 3): <c>kecamatan</c> (also for a document of an earlier version),
    /// <c>kabupaten</c> (kabupaten/kota, also for data kept per kabupaten/kota), <c>provinsi</c> or <c>nasional</c>.
    /// </summary>
    [JsonPropertyName("level")]
    public string Level { get => field ?? "kecamatan"; init; }

    /// <summary>The region the document is restricted to (<c>--region</c>, contract version 3); null for all the data.</summary>
    [JsonPropertyName("region")]
    public RegionRefDto? Region { get; init; }

    /// <summary>The as-of date, as ISO <c>YYYY-MM-DD</c>.</summary>
    [JsonConverter(typeof(IsoLocalDateJsonConverter))]
    [JsonPropertyName("as_of")]
    public required LocalDate AsOf { get; init; }

    /// <summary>The working days of the pace window.</summary>
    [JsonPropertyName("trailing_working_days")]
    public int TrailingWorkingDays { get; init; }

    /// <summary>The forecast of the smallest region containing every kecamatan.</summary>
    [JsonPropertyName("total")]
    public required ForecastDto Total { get; init; }

    /// <summary>How many of the total's kecamatan the data covers.</summary>
    [JsonPropertyName("data_coverage")]
    public required DataCoverageDto DataCoverage { get; init; }

    /// <summary>One forecast per kecamatan, in code order.</summary>
    [JsonPropertyName("kecamatan")]
    public required IReadOnlyList<ForecastDto> Rows { get; init; }

    /// <summary>
    /// The rows when <c>level</c> is above the data's own (contract version 3): one per region of that level, in
    /// report order; left out otherwise. <c>kecamatan</c> is then empty.
    /// </summary>
    [JsonPropertyName("regions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ForecastDto>? Regions { get; init; }
}

/// <summary>The completion forecast of one region (R7).</summary>
public sealed class ForecastDto
{
    /// <summary>The region code.</summary>
    [JsonPropertyName("code")]
    public required RegionCode Code { get; init; }

    /// <summary>The region's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The eligible residents at the as-of date.</summary>
    [JsonPropertyName("eligible")]
    public long Eligible { get; init; }

    /// <summary>Residents recorded by the as-of date; null when snapshots do not give it (R21).</summary>
    [JsonPropertyName("coverage")]
    public long? Coverage { get; init; }

    /// <summary>Eligible − coverage; null when the coverage is not known.</summary>
    [JsonPropertyName("remaining")]
    public long? Remaining { get; init; }

    /// <summary>The first day of the pace window, as ISO <c>YYYY-MM-DD</c>.</summary>
    [JsonConverter(typeof(IsoLocalDateJsonConverter))]
    [JsonPropertyName("pace_from")]
    public required LocalDate PaceFrom { get; init; }

    /// <summary>The working days of the pace window.</summary>
    [JsonPropertyName("pace_working_days")]
    public int PaceWorkingDays { get; init; }

    /// <summary>The realisation in the pace window; null when the coverage is not known at both its edges.</summary>
    [JsonPropertyName("pace_realised")]
    public long? PaceRealised { get; init; }

    /// <summary>Realisation per working day in the pace window; null when not known.</summary>
    [JsonPropertyName("pace")]
    public decimal? Pace { get; init; }

    /// <summary>The status code: <c>complete</c>, <c>no-progress</c>, <c>beyond-calendar</c>, <c>coverage-unknown</c> or <c>forecast</c>.</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    /// <summary>The working days still needed, or null when there is no progress.</summary>
    [JsonPropertyName("working_days_needed")]
    public long? WorkingDaysNeeded { get; init; }

    /// <summary>The completion date as ISO <c>YYYY-MM-DD</c>, or null when there is none.</summary>
    [JsonConverter(typeof(IsoLocalDateJsonConverter))]
    [JsonPropertyName("completion_date")]
    public LocalDate? CompletionDate { get; init; }

    /// <summary>The forecast in words of the chosen language.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }
}

/// <summary>The JSON of an allocation of new sets (<c>ektp allocate --format json</c>, R9); read it back with <see cref="ReportJson.DeserializeAllocation"/>.</summary>
public sealed class AllocationDto
{
    /// <summary>
    /// The version of the JSON contract the document follows: <see cref="ReportJson.ContractVersion"/> when written by
    /// this library, 0 for a document written before versions (without <c>version</c>).
    /// </summary>
    [JsonPropertyName("version")]
    public int Version { get; init; }

    /// <summary>The region the sets were placed in (<c>--region</c>, contract version 3); null for all the data.</summary>
    [JsonPropertyName("region")]
    public RegionRefDto? Region { get; init; }

    /// <summary>The window the allocation planned.</summary>
    [JsonPropertyName("period")]
    public required PeriodDto Period { get; init; }

    /// <summary>The number of new sets placed.</summary>
    [JsonPropertyName("sets")]
    public int Sets { get; init; }

    /// <summary>Recordings per set per working day.</summary>
    [JsonPropertyName("throughput")]
    public long Throughput { get; init; }

    /// <summary>The total capacity gap Σ max(0, target − capacity) before the new sets.</summary>
    [JsonPropertyName("total_capacity_gap_before")]
    public long TotalCapacityGapBefore { get; init; }

    /// <summary>The same with every new set.</summary>
    [JsonPropertyName("total_capacity_gap_after")]
    public long TotalCapacityGapAfter { get; init; }

    /// <summary>One object per new set, in the order placed.</summary>
    [JsonPropertyName("placements")]
    public required IReadOnlyList<PlacementDto> Placements { get; init; }
}

/// <summary>One new set placed by an allocation (R9).</summary>
public sealed class PlacementDto
{
    /// <summary>The set's number, from 1, in the order placed.</summary>
    [JsonPropertyName("number")]
    public int Number { get; init; }

    /// <summary>The kecamatan code.</summary>
    [JsonPropertyName("kecamatan")]
    public required RegionCode KecamatanCode { get; init; }

    /// <summary>The kecamatan's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The capacity the set adds: throughput × the kecamatan's working days in the window.</summary>
    [JsonPropertyName("added_capacity")]
    public long AddedCapacity { get; init; }

    /// <summary>The kecamatan's capacity gap max(0, target − capacity) before this set.</summary>
    [JsonPropertyName("capacity_gap_before")]
    public long CapacityGapBefore { get; init; }

    /// <summary>The same after this set.</summary>
    [JsonPropertyName("capacity_gap_after")]
    public long CapacityGapAfter { get; init; }

    /// <summary>Before − after.</summary>
    [JsonPropertyName("reduction")]
    public long Reduction { get; init; }

    /// <summary>Why it went there: the reason code.</summary>
    [JsonPropertyName("reason")]
    public required string Reason { get; init; }

    /// <summary>The explanation, in the chosen language.</summary>
    [JsonPropertyName("explanation")]
    public required string Explanation { get; init; }
}

/// <summary>The JSON of a coverage trend (<c>ektp trend --format json</c>, R3, R21); read it back with <see cref="ReportJson.DeserializeTrend"/>.</summary>
public sealed class TrendDto
{
    /// <summary>
    /// The version of the JSON contract the document follows: <see cref="ReportJson.ContractVersion"/> when written by
    /// this library, 0 for a document written before versions (without <c>version</c>).
    /// </summary>
    [JsonPropertyName("version")]
    public int Version { get; init; }

    /// <summary>
    /// The level of the rows (contract version 3): <c>kecamatan</c> (also for a document of an earlier version),
    /// <c>kabupaten</c> (kabupaten/kota, also for data kept per kabupaten/kota), <c>provinsi</c> or <c>nasional</c>.
    /// </summary>
    [JsonPropertyName("level")]
    public string Level { get => field ?? "kecamatan"; init; }

    /// <summary>The region the document is restricted to (<c>--region</c>, contract version 3); null for all the data.</summary>
    [JsonPropertyName("region")]
    public RegionRefDto? Region { get; init; }

    /// <summary>The first month, as <c>YYYY-MM</c>.</summary>
    [JsonConverter(typeof(IsoYearMonthJsonConverter))]
    [JsonPropertyName("from")]
    public required YearMonth From { get; init; }

    /// <summary>The last month, as <c>YYYY-MM</c>.</summary>
    [JsonConverter(typeof(IsoYearMonthJsonConverter))]
    [JsonPropertyName("to")]
    public required YearMonth To { get; init; }

    /// <summary>The smallest region containing every kecamatan, month by month.</summary>
    [JsonPropertyName("total")]
    public required RegionTrendDto Total { get; init; }

    /// <summary>How many of the total's kecamatan the data covers.</summary>
    [JsonPropertyName("data_coverage")]
    public required DataCoverageDto DataCoverage { get; init; }

    /// <summary>One trend per kecamatan, in code order.</summary>
    [JsonPropertyName("kecamatan")]
    public required IReadOnlyList<RegionTrendDto> Rows { get; init; }

    /// <summary>
    /// The rows when <c>level</c> is above the data's own (contract version 3): one per region of that level, in
    /// report order; left out otherwise. <c>kecamatan</c> is then empty.
    /// </summary>
    [JsonPropertyName("regions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RegionTrendDto>? Regions { get; init; }

    /// <summary>Notes on the figures in the chosen language, such as how far snapshots lie from the months' edges; empty when there are none.</summary>
    [JsonPropertyName("notes")]
    public required IReadOnlyList<string> Notes { get; init; }
}

/// <summary>One region of a coverage trend.</summary>
public sealed class RegionTrendDto
{
    /// <summary>The region code.</summary>
    [JsonPropertyName("code")]
    public required RegionCode Code { get; init; }

    /// <summary>The region's name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Where a kecamatan's figures come from: <c>ledger</c> or <c>snapshots</c>; null for a region above the kecamatan.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; init; }

    /// <summary>The realisation over every month; null when any month's is not known.</summary>
    [JsonPropertyName("realised")]
    public long? Realised { get; init; }

    /// <summary>The adjustments over every month; null when any month's realisation is not known.</summary>
    [JsonPropertyName("adjustment")]
    public long? Adjustment { get; init; }

    /// <summary>The number of months whose realisation is not known.</summary>
    [JsonPropertyName("months_unknown")]
    public int MonthsUnknown { get; init; }

    /// <summary>One object per month, in order.</summary>
    [JsonPropertyName("months")]
    public required IReadOnlyList<TrendMonthDto> Months { get; init; }
}

/// <summary>One region in one month of a coverage trend.</summary>
public sealed class TrendMonthDto
{
    /// <summary>The month, as <c>YYYY-MM</c>.</summary>
    [JsonConverter(typeof(IsoYearMonthJsonConverter))]
    [JsonPropertyName("month")]
    public required YearMonth Month { get; init; }

    /// <summary>The eligible residents on the month's last day.</summary>
    [JsonPropertyName("eligible")]
    public long Eligible { get; init; }

    /// <summary>The coverage at the month's end; null when not known.</summary>
    [JsonPropertyName("coverage")]
    public long? Coverage { get; init; }

    /// <summary>Coverage ÷ eligible × 100; null when nobody is eligible or the coverage is not known. It can exceed 100.</summary>
    [JsonPropertyName("coverage_percent")]
    public decimal? CoveragePercent { get; init; }

    /// <summary>The realisation in the month; null when not known.</summary>
    [JsonPropertyName("realised")]
    public long? Realised { get; init; }

    /// <summary>The adjustments in the month; null when the realisation is not known.</summary>
    [JsonPropertyName("adjustment")]
    public long? Adjustment { get; init; }

    /// <summary>The snapshots at the month's edges, or null (and left out) for a ledger kecamatan and a region above the kecamatan.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("snapshots")]
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
