using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace EktpDomain.Reporting.Json;

// The JSON contract of docs/data-folder.md. Property order is the contract's field order; names come from the
// snake_case naming policy of EktpJsonContext. Nullable numbers are written as null ("not applicable").
internal sealed class ReportDto
{
    public required PeriodDto Period { get; init; }

    public decimal? TargetPercent { get; init; }

    public required IReadOnlyList<KecamatanDto> Kecamatan { get; init; }

    public required SummaryDto Summary { get; init; }

    public required IReadOnlyList<FindingDto> Findings { get; init; }
}

internal sealed class PeriodDto
{
    public required string From { get; init; }

    public required string To { get; init; }

    public int WorkingDays { get; init; }
}

internal sealed class KecamatanDto
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public long Eligible { get; init; }

    public long Target { get; init; }

    public long Recorded { get; init; }

    public long Lost { get; init; }

    public long Rerecorded { get; init; }

    public long Realised { get; init; }

    public decimal? RealisedPercent { get; init; }

    public decimal? Attainment { get; init; }

    public required string Band { get; init; }

    public bool Met { get; init; }

    public int? Rank { get; init; }

    public long Coverage { get; init; }

    public decimal? CoveragePercent { get; init; }

    public long RerecordingBacklog { get; init; }

    public long? DeviceDays { get; init; }

    public long? OutageDeviceDays { get; init; }

    public long? Capacity { get; init; }

    public decimal? Utilisation { get; init; }

    // Written only when the data has invitations, so that reports without them keep their fields.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Invited { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Attended { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Turnout { get; init; }

    public required ShortfallDto Shortfall { get; init; }
}

internal sealed class ShortfallDto
{
    public long DataLoss { get; init; }

    public decimal? Outage { get; init; }

    public decimal Demand { get; init; }

    public decimal? Service { get; init; }

    public decimal? NoShow { get; init; }

    public decimal? NotInvited { get; init; }
}

internal sealed class SummaryDto
{
    public int Kecamatan { get; init; }

    public int Applicable { get; init; }

    public int Met { get; init; }

    public long Target { get; init; }

    public long Realised { get; init; }

    public decimal? MinRealisedPercent { get; init; }

    public decimal? MaxRealisedPercent { get; init; }

    public required string Headline { get; init; }
}

internal sealed class FindingDto
{
    public required string Rule { get; init; }

    public required string Severity { get; init; }

    public required string Kecamatan { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Device { get; init; }

    public required string Message { get; init; }

    public required string Action { get; init; }
}

internal sealed class ForecastReportDto
{
    public required string AsOf { get; init; }

    public int TrailingWorkingDays { get; init; }

    public required ForecastDto Total { get; init; }

    public required IReadOnlyList<ForecastDto> Kecamatan { get; init; }
}

internal sealed class ForecastDto
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public long Eligible { get; init; }

    public long Coverage { get; init; }

    public long Remaining { get; init; }

    public required string PaceFrom { get; init; }

    public int PaceWorkingDays { get; init; }

    public long PaceRealised { get; init; }

    public decimal Pace { get; init; }

    public required string Status { get; init; }

    public long? WorkingDaysNeeded { get; init; }

    public string? CompletionDate { get; init; }

    public required string Message { get; init; }
}

internal sealed class AllocationDto
{
    public required PeriodDto Period { get; init; }

    public int Sets { get; init; }

    public long Throughput { get; init; }

    public long TotalShortfallBefore { get; init; }

    public long TotalShortfallAfter { get; init; }

    public required IReadOnlyList<PlacementDto> Placements { get; init; }
}

internal sealed class PlacementDto
{
    public int Number { get; init; }

    public required string Kecamatan { get; init; }

    public required string Name { get; init; }

    public long AddedCapacity { get; init; }

    public long ShortfallBefore { get; init; }

    public long ShortfallAfter { get; init; }

    public long Reduction { get; init; }

    public required string Reason { get; init; }

    public required string Explanation { get; init; }
}

[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ReportDto))]
[JsonSerializable(typeof(ForecastReportDto))]
[JsonSerializable(typeof(AllocationDto))]
internal sealed partial class EktpJsonContext : JsonSerializerContext
{
}
