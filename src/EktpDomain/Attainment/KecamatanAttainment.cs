using System.Globalization;
using EktpDomain.Capacity;
using EktpDomain.Recording;

namespace EktpDomain.Attainment;

/// <summary>
/// One kecamatan's row of an attainment report (R4): its target, realisation and how they compare, with its coverage
/// and re-recording backlog at the end of the window.
/// </summary>
/// <remarks>
/// <para>
/// Ratios are exact (<see cref="Ratio"/>, on a 0–1 scale, named <c>…Ratio</c>); the decimal properties are for
/// display and are percentages on a 0–100 scale, named <c>…Percent</c>. A ratio that is not applicable is null:
/// attainment when the target is 0, realised % and coverage % when there are no eligible residents.
/// </para>
/// <para>
/// The device figures of R5 (<see cref="DeviceDays"/>, <see cref="OutageDeviceDays"/>, <see cref="Capacity"/>,
/// <see cref="UtilisationPercent"/>) are null, meaning "not applicable" rather than zero, when the data has no device
/// inventory. The shortfall attribution of R6 is always there (see <see cref="ShortfallAttribution"/>).
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
        AttainmentBand band,
        int? rank,
        KecamatanCapacity? capacity = null,
        InvitationTotals? invitations = null)
        : this(code, name, eligible, eligible, target, totals, coverage, backlog, band, rank, capacity, invitations, null)
    {
    }

    internal KecamatanAttainment(
        RegionCode code,
        string name,
        long eligible,
        long eligibleAtEnd,
        long target,
        LedgerTotals? totals,
        long? coverage,
        long backlog,
        AttainmentBand band,
        int? rank,
        KecamatanCapacity? capacity,
        InvitationTotals? invitations,
        SnapshotRealisation? snapshots)
    {
        Code = code;
        Name = name;
        Eligible = eligible;
        EligibleAtEnd = eligibleAtEnd;
        Target = target;
        Totals = totals;
        Realised = totals?.Net;
        Adjustment = totals is null ? null : snapshots?.Adjustment ?? 0;
        Coverage = coverage;
        Backlog = backlog;
        Band = band;
        Rank = rank;
        DeviceCapacity = capacity;
        Invitations = invitations;
        Snapshots = snapshots;
        ShortfallAttribution = totals is LedgerTotals known
            ? ShortfallAttribution.Calculate(target, known, capacity, invitations)
            : ShortfallAttribution.Calculate(0, LedgerTotals.Zero, capacity, null);
    }

    /// <summary>This row with another rank: the same kecamatan ranked among other rows (a report of a region).</summary>
    internal KecamatanAttainment WithRank(int? rank) =>
        rank == Rank ? this : new(Code, Name, Eligible, EligibleAtEnd, Target, Totals, Coverage, Backlog, Band, rank, DeviceCapacity, Invitations, Snapshots);

    /// <summary>The kecamatan's code.</summary>
    public RegionCode Code { get; }

    /// <summary>The kecamatan's name.</summary>
    public string Name { get; }

    /// <summary>The eligible residents for the window: the count in effect on its first day (R1). Targets, realised % and ranks use it.</summary>
    public long Eligible { get; }

    /// <summary>
    /// The eligible residents at the end of the window: the count in effect on its last day (R1, R22). The coverage
    /// percentage uses it. The same as <see cref="Eligible"/> unless a dated count takes effect inside the window.
    /// </summary>
    public long EligibleAtEnd { get; }

    /// <summary>The target for the window (R2).</summary>
    public long Target { get; }

    /// <summary>
    /// The window's recorded, lost and re-recorded sums (R3); from snapshots, the recorded sum is the realisation of
    /// R21 and nothing is lost or re-recorded. Null when the realisation is not known (<see cref="IsRealisationKnown"/>).
    /// </summary>
    public LedgerTotals? Totals { get; }

    /// <summary>
    /// The net realisation in the window: recorded − lost + re-recorded from the ledger (R3), which can be negative, or
    /// the increases of coverage between snapshots (R21). Null when the snapshots cannot give it: then no target is
    /// met, the band is <see cref="AttainmentBand.Unknown"/> (or <see cref="AttainmentBand.NotApplicable"/> without a target) and there is no rank.
    /// </summary>
    public long? Realised { get; }

    /// <summary>Whether the window's realisation is known: always from the ledger, from snapshots only with both edges (R21).</summary>
    public bool IsRealisationKnown => Realised is not null;

    /// <summary>
    /// Coverage removed in the window by the snapshots' decreases (cleansing), as a count of zero or more (R21); 0 from
    /// the ledger, which has no adjustments; null when the realisation is not known.
    /// </summary>
    public long? Adjustment { get; }

    /// <summary>
    /// What the snapshots say about the window (R21): its edges, their lags in days, and the realisation and adjustment
    /// between them. Null for a kecamatan whose realisation comes from the ledger.
    /// </summary>
    public SnapshotRealisation? Snapshots { get; }

    /// <summary>Whether the target applies: it is above 0 and the realisation is known (R4, R21).</summary>
    public bool IsApplicable => Target > 0 && Realised is not null;

    /// <summary>Whether the target was met: target &gt; 0, the realisation known, and realised ≥ target (R4).</summary>
    public bool Met => IsApplicable && Realised >= Target;

    /// <summary>The band (R4).</summary>
    public AttainmentBand Band { get; }

    /// <summary>Attainment = realised ÷ target, exact and uncapped; null when the target is 0 or the realisation is not known (R4).</summary>
    public Ratio? AttainmentRatio => Target == 0 || Realised is not long realised ? null : new Ratio(realised, Target);

    /// <summary>
    /// Attainment in percent: realised ÷ target × 100 (100 = target met exactly), uncapped; null when the target is 0 or
    /// the realisation is not known. <see cref="AttainmentRatio"/> is the exact value on a 0–1 scale.
    /// </summary>
    public decimal? AttainmentPercent => Target == 0 || Realised is not long realised ? null : Percent(realised, Target);

    /// <summary>Realised ÷ eligible, exact; null when eligible is 0 or the realisation is not known. Ranks compare this (R4).</summary>
    public Ratio? RealisedRatio => Realised is long realised ? RealisedRatioOf(realised, Eligible) : null;

    /// <summary>Realised % = realised ÷ eligible × 100; null when eligible is 0 or the realisation is not known (R4).</summary>
    public decimal? RealisedPercent => Eligible == 0 || Realised is not long realised ? null : Percent(realised, Eligible);

    /// <summary>The competition rank by realised ÷ eligible, highest first (1, 2, 2, 4); null when not ranked (R4).</summary>
    public int? Rank { get; }

    /// <summary>
    /// Coverage at the end of the window: every resident recorded and not lost, up to then (R3); from snapshots, the
    /// recorded count of the last snapshot on or before the window's last day (R21), null when there is none.
    /// </summary>
    public long? Coverage { get; }

    /// <summary>
    /// Coverage ÷ eligible at the end of the window × 100 (R3, R22); null when nobody is eligible then or the coverage is
    /// not known. It can exceed 100 (over-coverage, R23).
    /// </summary>
    public decimal? CoveragePercent => EligibleAtEnd == 0 || Coverage is not long coverage ? null : Percent(coverage, EligibleAtEnd);

    /// <summary>The re-recording backlog at the end of the window (R3).</summary>
    public long Backlog { get; }

    /// <summary>
    /// The shortfall, target − realised, when the target applies and was missed; otherwise 0 (R6). Not to be confused
    /// with the capacity gap of allocation (target − capacity, <c>Allocation.AllocationPlacement.CapacityGapBefore</c>),
    /// which a kecamatan that met its target can still have.
    /// </summary>
    public long Shortfall => IsApplicable && !Met ? Target - Realised!.Value : 0;

    /// <summary>
    /// The kecamatan's device-days, outages and capacity over the window (R5), with availability, MTBF and MTTR; null
    /// when there is no device inventory.
    /// </summary>
    public KecamatanCapacity? DeviceCapacity { get; }

    /// <summary>Available device-days over the window (R5); null when there is no device inventory.</summary>
    public long? DeviceDays => DeviceCapacity?.DeviceDays;

    /// <summary>Outage device-days over the window (R5); null when there is no device inventory.</summary>
    public long? OutageDeviceDays => DeviceCapacity?.OutageDeviceDays;

    /// <summary>Capacity = available device-days × throughput (R5); null when there is no device inventory.</summary>
    public long? Capacity => DeviceCapacity?.Capacity;

    /// <summary>
    /// Utilisation = gross recorded ÷ capacity (R5), exact; null when there is no device inventory, the capacity is 0
    /// or the realisation is not known. It can exceed 1: recording also ran in the evenings and at weekends.
    /// </summary>
    public Ratio? UtilisationRatio => Totals is LedgerTotals totals ? DeviceCapacity?.GetUtilisation(totals.Gross) : null;

    /// <summary>
    /// Utilisation in percent: gross recorded ÷ capacity × 100; null when not applicable. <see cref="UtilisationRatio"/>
    /// is the exact value on a 0–1 scale.
    /// </summary>
    public decimal? UtilisationPercent => UtilisationRatio is Ratio ratio ? (ratio * 100).ToDecimal() : null;

    /// <summary>
    /// The residents invited over the window and how many came (R12); null when the data has no invitations.
    /// </summary>
    public InvitationTotals? Invitations { get; }

    /// <summary>Turnout = attended ÷ invited over the window (R12), exact; null without invitations or when nobody was invited.</summary>
    public Ratio? TurnoutRatio => Invitations?.TurnoutRatio;

    /// <summary>
    /// Why the target was missed (R6): the shortfall split into data loss, outage and demand, and with invitations
    /// demand into service, no-show and not invited (R12). All zero when the target was met or does not apply; the
    /// outage part is null without a device inventory, the parts of demand null without invitations.
    /// </summary>
    public ShortfallAttribution ShortfallAttribution { get; }

    /// <summary>Formats as <c>36.03.27 Sukamulya: 6300/6150 Met</c> (<c>n/a/6150</c> when the realisation is not known), for debugging.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Code} {Name}: {(Realised is long r ? r.ToString(CultureInfo.InvariantCulture) : "n/a")}/{Target} {Band}");

    /// <summary>Realised ÷ eligible, exact; null when eligible is 0 (R4).</summary>
    internal static Ratio? RealisedRatioOf(long realised, long eligible) => eligible == 0 ? null : new Ratio(realised, eligible);

    internal static decimal Percent(long part, long whole) => (decimal)part * 100 / whole;
}
