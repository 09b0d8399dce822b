using System;
using EktpDomain.Capacity;
using EktpDomain.Findings;
using EktpDomain.Targets;

namespace EktpDomain.Attainment;

/// <summary>
/// How an attainment report is computed: the target policy and pro-rating (R2), the bands (R4), the throughput per
/// device-day (R5, R6, R9) and the incident rules (R8).
/// </summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe; use <c>with</c>-style copies via the init properties.</remarks>
public sealed class AttainmentOptions
{
    /// <summary>
    /// The article's options: 15 % of eligible per month, no pro-rating, the default bands, 100 recordings per
    /// device-day and the seven default incident rules.
    /// </summary>
    public static AttainmentOptions Default { get; } = new();

    /// <summary>The target policy (R2). Default: <see cref="TargetPolicy.MonthlySharePercent(decimal)"/> of 15 %.</summary>
    public ITargetPolicy TargetPolicy
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(TargetPolicy));
    } = Targets.TargetPolicy.MonthlySharePercent(Targets.TargetPolicy.DefaultMonthlySharePercent);

    /// <summary>Whether partly covered months are pro-rated by national working days (R2). Default: none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="TargetProrating"/>.</exception>
    public TargetProrating Prorating
    {
        get;
        init => field = TargetCalculator.CheckProrating(value, nameof(Prorating), "AttainmentOptions.Prorating");
    } = TargetProrating.None;

    /// <summary>The band bounds (R4). Default: <see cref="AttainmentBands.Default"/>.</summary>
    public AttainmentBands Bands
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Bands));
    } = AttainmentBands.Default;

    /// <summary>
    /// Recordings per available device-day, for capacity (R5), the outage part of a shortfall when there are no
    /// available device-days (R6) and allocation (R9). Default 100, the national planning figure; at least 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public long Throughput
    {
        get;
        init
        {
            CapacityAnalysis.CheckThroughput(value, nameof(Throughput), "AttainmentOptions.Throughput");
            field = value;
        }
    } = CapacityAnalysis.DefaultThroughput;

    /// <summary>The incident rules (R8). Default: <see cref="IncidentRuleSet.Default"/>; <see cref="IncidentRuleSet.Empty"/> for none.</summary>
    public IncidentRuleSet Rules
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Rules));
    } = IncidentRuleSet.Default;
}
