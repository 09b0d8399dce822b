using System.Diagnostics.Contracts;
using System;
using System.Diagnostics.CodeAnalysis;
using EktpDomain.Capacity;
using EktpDomain.Recording;
using EktpDomain.Utility;

namespace EktpDomain.Attainment;

/// <summary>
/// Why a kecamatan missed its target (R6): its shortfall split into data loss, outage, and demand and service. This
/// answers the regional secretary's "why?".
/// </summary>
/// <remarks>
/// <para>
/// <b>R6.</b> Only when a kecamatan did not meet its target (R4: target &gt; 0 and realised &lt; target), the
/// shortfall = target − realised is split, in this order, each part capped by what is left:
/// </para>
/// <list type="number">
/// <item><b>Data loss</b> = max(0, lost − re-recorded in the window).</item>
/// <item>
/// <b>Outage</b> = outage device-days × observed productivity, where observed productivity = gross recorded ÷
/// available device-days, or the throughput when there are no available device-days (R5).
/// </item>
/// <item><b>Demand and service</b>: the rest (low turnout, slow service, invited residents who did not come).</item>
/// </list>
/// <para>
/// <b>R12.</b> When the data has invitations (<see cref="InvitationLog"/>), demand and service splits further,
/// in this order, each part capped by what is left of it:
/// </para>
/// <list type="number">
/// <item><b>Service</b> = max(0, attended − gross recorded): invited residents who came but were not recorded.</item>
/// <item><b>No-show</b> = invited − attended: invited residents who did not come.</item>
/// <item><b>Not invited</b>: the rest.</item>
/// </list>
/// <para>
/// <see cref="Service"/> + <see cref="NoShow"/> + <see cref="NotInvited"/> is exactly <see cref="Demand"/>. Without
/// invitations the three are null (not applicable).
/// </para>
/// <para>
/// The parts are exact: <see cref="DataLoss"/> is a whole count, <see cref="Outage"/> and <see cref="Demand"/> are
/// exact fractions (<see cref="Ratio"/>), so <see cref="DataLoss"/> + <see cref="Outage"/> + <see cref="Demand"/> is
/// exactly <see cref="Shortfall"/>, with no rounding anywhere. Round only for display.
/// </para>
/// <para>
/// Without a device inventory the outage part is not applicable (<see cref="Outage"/> is null) and demand takes the
/// rest. When the target was met or does not apply, every part is zero (the outage part stays null without an
/// inventory).
/// </para>
/// <para>
/// The <c>default</c> value is "no shortfall, outage not applicable". Equality compares every part. This type
/// is an immutable value type and is thread-safe.
/// </para>
/// </remarks>
public readonly struct ShortfallAttribution : IEquatable<ShortfallAttribution>
{
    private ShortfallAttribution(long shortfall, long dataLoss, Ratio? outage, Ratio demand)
    {
        Shortfall = shortfall;
        DataLoss = dataLoss;
        Outage = outage;
        Demand = demand;
    }

    private ShortfallAttribution(ShortfallAttribution parts, Ratio service, Ratio noShow, Ratio notInvited)
        : this(parts.Shortfall, parts.DataLoss, parts.Outage, parts.Demand)
    {
        Service = service;
        NoShow = noShow;
        NotInvited = notInvited;
    }

    /// <summary>The shortfall: target − realised when the target was missed; otherwise 0.</summary>
    public long Shortfall { get; }

    /// <summary>The part due to data loss: max(0, lost − re-recorded in the window), capped by the shortfall.</summary>
    public long DataLoss { get; }

    /// <summary>The part due to outages, exact; null when there is no device inventory (not applicable).</summary>
    public Ratio? Outage { get; }

    /// <summary>The part due to demand and service: the rest, exact.</summary>
    public Ratio Demand { get; }

    /// <summary>
    /// The part of <see cref="Demand"/> due to service (R12): invited residents who came but were not recorded, exact;
    /// null when there are no invitations.
    /// </summary>
    public Ratio? Service { get; }

    /// <summary>The part of <see cref="Demand"/> due to invited residents who did not come (R12), exact; null when there are no invitations.</summary>
    public Ratio? NoShow { get; }

    /// <summary>The rest of <see cref="Demand"/>: residents who were not invited (R12), exact; null when there are no invitations.</summary>
    public Ratio? NotInvited { get; }

    /// <summary>Whether there is a shortfall to explain.</summary>
    public bool HasShortfall => Shortfall > 0;

    /// <summary>
    /// Splits a kecamatan's shortfall (R6).
    /// </summary>
    /// <param name="target">The target for the window (R2).</param>
    /// <param name="totals">The window's ledger totals (R3): realised, lost, re-recorded and gross come from them.</param>
    /// <param name="capacity">The kecamatan's capacity over the window (R5), or null when there is no device inventory.</param>
    /// <returns>The attribution; all zero when the target was met or does not apply.</returns>
    [Pure]
    public static ShortfallAttribution Calculate(long target, LedgerTotals totals, KecamatanCapacity? capacity) =>
        Calculate(target, totals.Net, totals.Lost, totals.Rerecorded, totals.Gross, capacity?.DeviceDays, capacity?.OutageDeviceDays, capacity?.Throughput ?? CapacityAnalysis.DefaultThroughput);

    /// <summary>
    /// Splits a kecamatan's shortfall (R6), and its demand part by the invitations (R12).
    /// </summary>
    /// <param name="target">The target for the window (R2).</param>
    /// <param name="totals">The window's ledger totals (R3): realised, lost, re-recorded and gross come from them.</param>
    /// <param name="capacity">The kecamatan's capacity over the window (R5), or null when there is no device inventory.</param>
    /// <param name="invitations">The kecamatan's invitations over the window (R12), or null when there are none.</param>
    /// <returns>The attribution; all zero when the target was met or does not apply.</returns>
    [Pure]
    public static ShortfallAttribution Calculate(long target, LedgerTotals totals, KecamatanCapacity? capacity, InvitationTotals? invitations)
    {
        var parts = Calculate(target, totals, capacity);
        return invitations is InvitationTotals i ? SplitDemand(parts, i.Invited, i.Attended, totals.Gross) : parts;
    }

    /// <inheritdoc />
    [Pure]
    public bool Equals(ShortfallAttribution other) =>
        Shortfall == other.Shortfall && DataLoss == other.DataLoss && Outage == other.Outage && Demand == other.Demand
        && Service == other.Service && NoShow == other.NoShow && NotInvited == other.NotInvited;

    /// <inheritdoc />
    [Pure]
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ShortfallAttribution other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCode.Combine(Shortfall, DataLoss, Outage, Demand, Service, NoShow, NotInvited);

    /// <summary>Whether two attributions are equal.</summary>
    [Pure]
    public static bool operator ==(ShortfallAttribution left, ShortfallAttribution right) => left.Equals(right);

    /// <summary>Whether two attributions differ.</summary>
    [Pure]
    public static bool operator !=(ShortfallAttribution left, ShortfallAttribution right) => !left.Equals(right);

    /// <summary>
    /// The parts in whole residents that still sum to the shortfall (and the parts of demand to the rounded demand),
    /// by the largest-remainder method; see <see cref="RoundedShortfall"/>. Round only for display: the exact parts
    /// are the ones to compute with.
    /// </summary>
    /// <returns>The rounded parts.</returns>
    [Pure]
    public RoundedShortfall Round() => new(this);

    /// <summary>
    /// Formats the parts rounded by <see cref="Round"/>, so that they add up: <c>shortfall 1000: data loss 738,
    /// outage 200, demand 62</c> (<c>n/a</c> without an inventory), followed by <c> (service 12, no-show 50, not
    /// invited 0)</c> when there are invitations. The exact parts are the properties.
    /// </summary>
    [Pure]
    public override string ToString() => Round().ToString();

    /// <summary>R12 on plain figures: the demand part split into service, no-show and not invited, in this order, each capped by what is left.</summary>
    internal static ShortfallAttribution SplitDemand(ShortfallAttribution parts, long invited, long attended, long gross)
    {
        Ratio left = parts.Demand;
        Ratio service = Min(Math.Max(0, CheckedMath.Subtract(attended, gross, "service shortfall")), left);
        left += service * -1;
        Ratio noShow = Min(CheckedMath.Subtract(invited, attended, "no-shows"), left);
        return new ShortfallAttribution(parts, service, noShow, left + (noShow * -1));
    }

    private static Ratio Min(Ratio a, Ratio b) => a <= b ? a : b;

    /// <summary>R6 on plain figures; <paramref name="deviceDays"/> and <paramref name="outageDeviceDays"/> are null without an inventory.</summary>
    internal static ShortfallAttribution Calculate(
        long target,
        long realised,
        long lost,
        long rerecorded,
        long gross,
        long? deviceDays,
        long? outageDeviceDays,
        long throughput)
    {
        Ratio? zeroOutage = deviceDays is null ? null : Ratio.Zero;
        if (target <= 0 || realised >= target)
        {
            return new ShortfallAttribution(0, 0, zeroOutage, Ratio.Zero);
        }

        long shortfall = CheckedMath.Subtract(target, realised, "shortfall");
        long dataLoss = Math.Min(Math.Max(0, CheckedMath.Subtract(lost, rerecorded, "re-recording backlog")), shortfall);
        long left = shortfall - dataLoss;
        if (deviceDays is not long available || outageDeviceDays is not long outageDays)
        {
            return new ShortfallAttribution(shortfall, dataLoss, null, left);
        }

        Ratio productivity = available > 0 ? new Ratio(gross, available) : new Ratio(throughput, 1);
        Ratio outage = productivity * outageDays;
        if (outage > left)
        {
            outage = left;
        }

        return new ShortfallAttribution(shortfall, dataLoss, outage, (Ratio)left + (outage * -1));
    }
}
