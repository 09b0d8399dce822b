using System.Globalization;
using EktpDomain.Recording;

namespace EktpDomain.Attainment;

/// <summary>
/// One kecamatan's row of an attainment report (R4): its target, realisation and how they compare, with its coverage
/// and re-recording backlog at the end of the window.
/// </summary>
/// <remarks>
/// <para>
/// Ratios are exact (<see cref="Ratio"/>); the decimal properties are for display. A ratio that is not applicable is
/// null: attainment when the target is 0, realised % and coverage % when there are no eligible residents.
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class KecamatanAttainment
{
    internal KecamatanAttainment(
        RegionCode code,
        string name,
        long eligible,
        long target,
        LedgerTotals totals,
        long coverage,
        long backlog,
        AttainmentBand band)
    {
        Code = code;
        Name = name;
        Eligible = eligible;
        Target = target;
        Totals = totals;
        Realised = totals.Net;
        Coverage = coverage;
        Backlog = backlog;
        Band = band;
    }

    /// <summary>The kecamatan's code.</summary>
    public RegionCode Code { get; }

    /// <summary>The kecamatan's name.</summary>
    public string Name { get; }

    /// <summary>The eligible residents for the window (R1).</summary>
    public long Eligible { get; }

    /// <summary>The target for the window (R2).</summary>
    public long Target { get; }

    /// <summary>The window's recorded, lost and re-recorded sums (R3).</summary>
    public LedgerTotals Totals { get; }

    /// <summary>The net realisation in the window: recorded − lost + re-recorded (R3). It can be negative.</summary>
    public long Realised { get; }

    /// <summary>Whether the target applies: it is above 0 (R4).</summary>
    public bool IsApplicable => Target > 0;

    /// <summary>Whether the target was met: target &gt; 0 and realised ≥ target (R4).</summary>
    public bool Met => Target > 0 && Realised >= Target;

    /// <summary>The band (R4).</summary>
    public AttainmentBand Band { get; }

    /// <summary>Attainment = realised ÷ target, exact and uncapped; null when the target is 0 (R4).</summary>
    public Ratio? AttainmentRatio => Target == 0 ? null : new Ratio(Realised, Target);

    /// <summary>Attainment as a decimal (1.0 = target met exactly); null when the target is 0.</summary>
    public decimal? Attainment => AttainmentRatio?.ToDecimal();

    /// <summary>Realised ÷ eligible, exact; null when eligible is 0. Ranks compare this (R4).</summary>
    public Ratio? RealisedRatio => Eligible == 0 ? null : new Ratio(Realised, Eligible);

    /// <summary>Realised % = realised ÷ eligible × 100; null when eligible is 0 (R4).</summary>
    public decimal? RealisedPercent => Eligible == 0 ? null : Percent(Realised, Eligible);

    /// <summary>The competition rank by realised ÷ eligible, highest first (1, 2, 2, 4); null when not ranked (R4).</summary>
    public int? Rank { get; internal set; }

    /// <summary>Coverage at the end of the window: every resident recorded and not lost, up to then (R3).</summary>
    public long Coverage { get; }

    /// <summary>Coverage ÷ eligible × 100; null when eligible is 0 (R3).</summary>
    public decimal? CoveragePercent => Eligible == 0 ? null : Percent(Coverage, Eligible);

    /// <summary>The re-recording backlog at the end of the window (R3).</summary>
    public long Backlog { get; }

    /// <summary>The shortfall, target − realised, when the target applies and was missed; otherwise 0 (R6).</summary>
    public long Shortfall => IsApplicable && !Met ? Target - Realised : 0;

    /// <summary>Formats as <c>36.03.27 Sukamulya: 6300/6150 met</c>, for debugging.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Code} {Name}: {Realised}/{Target} {Band}");

    internal static decimal Percent(long part, long whole) => (decimal)part * 100 / whole;
}
