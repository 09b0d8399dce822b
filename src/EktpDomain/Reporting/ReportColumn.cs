
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

    /// <summary>Turnout: attended ÷ invited, in percent (R12).</summary>
    TurnoutPercent,

    /// <summary>The part of demand due to service: invited residents who came but were not recorded (R12).</summary>
    ShortfallService,

    /// <summary>The part of demand due to invited residents who did not come (R12).</summary>
    ShortfallNoShow,

    /// <summary>The part of demand due to residents who were not invited (R12).</summary>
    ShortfallNotInvited,
}
