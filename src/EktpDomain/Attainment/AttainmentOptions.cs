using System;
using EktpDomain.Targets;

namespace EktpDomain.Attainment;

/// <summary>
/// How an attainment report is computed: the target policy and pro-rating (R2) and the bands (R4).
/// </summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe; use <c>with</c>-style copies via the init properties.</remarks>
public sealed class AttainmentOptions
{
    /// <summary>The article's options: 15 % of eligible per month, no pro-rating, the default bands.</summary>
    public static AttainmentOptions Default { get; } = new();

    /// <summary>The target policy (R2). Default: <see cref="TargetPolicy.MonthlyShare(decimal)"/> of 15 %.</summary>
    public ITargetPolicy TargetPolicy
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = Targets.TargetPolicy.MonthlyShare(15m);

    /// <summary>Whether partly covered months are pro-rated by national working days (R2). Default: none.</summary>
    public TargetProrating Prorating { get; init; } = TargetProrating.None;

    /// <summary>The band bounds (R4). Default: <see cref="AttainmentBands.Default"/>.</summary>
    public AttainmentBands Bands
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = AttainmentBands.Default;
}
