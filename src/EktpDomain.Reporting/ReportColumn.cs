
namespace EktpDomain.Reporting;

/// <summary>The columns of a report table, for <see cref="ReportText.Heading(ReportColumn)"/>.</summary>
public enum ReportColumn
{
    /// <summary>The rank (R4).</summary>
    Rank,

    /// <summary>The kecamatan's code.</summary>
    Code,

    /// <summary>The kecamatan's name.</summary>
    Kecamatan,

    /// <summary>The eligible residents (R1).</summary>
    Eligible,

    /// <summary>The target (R2).</summary>
    Target,

    /// <summary>The net realisation (R3).</summary>
    Realised,

    /// <summary>Realised ÷ eligible, in percent (R4).</summary>
    RealisedPercent,

    /// <summary>Realised ÷ target (R4).</summary>
    Attainment,

    /// <summary>The band (R4).</summary>
    Band,

    /// <summary>Coverage in percent (R3).</summary>
    CoveragePercent,

    /// <summary>The re-recording backlog (R3).</summary>
    Backlog,

    /// <summary>Recording capacity (R5).</summary>
    Capacity,

    /// <summary>The shortfall part due to data loss (R6).</summary>
    ShortfallDataLoss,

    /// <summary>The shortfall part due to outages (R6).</summary>
    ShortfallOutage,

    /// <summary>The shortfall part due to demand and service (R6).</summary>
    ShortfallDemand,

    /// <summary>Available device-days (R5).</summary>
    DeviceDays,

    /// <summary>Outage device-days (R5).</summary>
    OutageDeviceDays,

    /// <summary>Utilisation: gross recorded ÷ capacity (R5).</summary>
    Utilisation,

    /// <summary>Residents recorded in the period (R3).</summary>
    Recorded,

    /// <summary>Records lost in the period (R3).</summary>
    Lost,

    /// <summary>Residents re-recorded in the period (R3).</summary>
    Rerecorded,

    /// <summary>Coverage: everyone recorded and not lost (R3).</summary>
    Coverage,

    /// <summary>Whether the target was met (R4).</summary>
    Met,

    /// <summary>The first day of the period.</summary>
    PeriodFrom,

    /// <summary>The last day of the period.</summary>
    PeriodTo,

    /// <summary>National working days in the period (R2).</summary>
    WorkingDays,

    /// <summary>The monthly target share, in percent (R2).</summary>
    TargetPercent,

    /// <summary>The number of kecamatan in a report (R4).</summary>
    KecamatanCount,

    /// <summary>The number of kecamatan whose target is above 0 (R4).</summary>
    Applicable,

    /// <summary>The number of kecamatan that met their target (R4).</summary>
    MetCount,

    /// <summary>The lowest realised % among kecamatan with a target (R4).</summary>
    MinRealisedPercent,

    /// <summary>The highest realised % among kecamatan with a target (R4).</summary>
    MaxRealisedPercent,

    /// <summary>The headline of a report (R4).</summary>
    Headline,

    /// <summary>The rule id of a finding (R8).</summary>
    Rule,

    /// <summary>The severity of a finding (R8).</summary>
    Severity,

    /// <summary>A recording set's id.</summary>
    Device,

    /// <summary>The message of a finding (R8).</summary>
    Message,

    /// <summary>The recommended action of a finding (R8).</summary>
    Action,

    /// <summary>The number of a new set in the order placed (R9).</summary>
    PlacementNumber,

    /// <summary>The capacity a new set adds (R9).</summary>
    AddedCapacity,

    /// <summary>The capacity gap before a new set (R9): recordings the targets need beyond the capacity.</summary>
    CapacityGapBefore,

    /// <summary>The capacity gap with a new set (R9).</summary>
    CapacityGapAfter,

    /// <summary>How much a new set cuts the capacity gap (R9).</summary>
    Reduction,

    /// <summary>The explanation of a placement (R9).</summary>
    Explanation,

    /// <summary>The number of new sets placed (R9).</summary>
    Sets,

    /// <summary>Recordings per set per working day (R5).</summary>
    Throughput,

    /// <summary>A region: a kecamatan or the area of a forecast.</summary>
    Region,

    /// <summary>Eligible residents still to record (R7).</summary>
    Remaining,

    /// <summary>The first day of the pace window (R7).</summary>
    PaceFrom,

    /// <summary>Working days in the pace window (R7).</summary>
    PaceWorkingDays,

    /// <summary>Net realisation per working day in the pace window (R7).</summary>
    Pace,

    /// <summary>The status of a forecast (R7).</summary>
    Status,

    /// <summary>Working days needed to record everyone (R7).</summary>
    WorkingDaysNeeded,

    /// <summary>The forecast completion date (R7).</summary>
    CompletionDate,

    /// <summary>The date a forecast starts from (R7).</summary>
    AsOf,

    /// <summary>Turnout: attended ÷ invited, in percent (R12).</summary>
    TurnoutPercent,

    /// <summary>The part of demand due to service: invited residents who came but were not recorded (R12).</summary>
    ShortfallService,

    /// <summary>The part of demand due to invited residents who did not come (R12).</summary>
    ShortfallNoShow,

    /// <summary>The part of demand due to residents who were not invited (R12).</summary>
    ShortfallNotInvited,

    /// <summary>Coverage removed by the snapshots' decreases in the period (R21).</summary>
    Adjustment,

    /// <summary>The eligible residents at the end of the period (R22).</summary>
    EligibleAtEnd,

    /// <summary>The number of kecamatan whose realisation is not known (R21).</summary>
    RealisationUnknown,

    /// <summary>The date of the snapshot at the start edge of the period (R21).</summary>
    SnapshotStart,

    /// <summary>Days from the start edge's snapshot to the day before the period (R21).</summary>
    SnapshotStartLag,

    /// <summary>The date of the snapshot at the end edge of the period (R21).</summary>
    SnapshotEnd,

    /// <summary>Days from the end edge's snapshot to the period's last day (R21).</summary>
    SnapshotEndLag,

    /// <summary>Notes on the figures, such as which kecamatan have no realisation (R21).</summary>
    Notes,

    /// <summary>A calendar month of a trend.</summary>
    Month,

    /// <summary>Where a kecamatan's realisation comes from: the ledger or snapshots.</summary>
    Source,

    /// <summary>Residents invited in the period (R12).</summary>
    Invited,

    /// <summary>Invited residents who came in the period (R12).</summary>
    Attended,

    /// <summary>Whether both edges of the period have a snapshot (R21).</summary>
    SnapshotStatus,

    /// <summary>How much of its region the data covers, such as "29 of 29 kecamatan".</summary>
    DataCoverage,

    /// <summary>The recordings of the pace window, from which the pace is computed (R7).</summary>
    PaceRealised,

    /// <summary>Why a new set went where it went (R9).</summary>
    Reason,

    /// <summary>The level of a report's rows: kecamatan, kabupaten/kota, provinsi or nasional.</summary>
    Level,

    /// <summary>Of a region's kecamatan, how many met their own targets (R4).</summary>
    KecamatanMet,

    /// <summary>The number of regions of a report at a level above the kecamatan.</summary>
    RegionCount,

    /// <summary>The region a report was restricted to (<c>--region</c>), by its code.</summary>
    ReportRegion,
}
