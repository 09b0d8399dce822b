using System.Diagnostics.Contracts;
using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EktpDomain.Utility;

namespace EktpDomain.Attainment;

/// <summary>
/// A <see cref="ShortfallAttribution"/> in whole residents, for showing: the parts still sum to the shortfall, and the
/// three parts of demand to the rounded demand (R6, R12).
/// </summary>
/// <remarks>
/// <para>
/// Each part is rounded by the largest-remainder method: rounded down, then the residents still missing go, one each,
/// to the parts with the largest fractions (the earlier part first on a tie, in the order data loss, outage, demand;
/// service, no-show, not invited). So <c>shortfall 1000: outage 7400/7, …</c> shows as whole numbers that add up,
/// where rounding each part on its own can give a total one or two off.
/// </para>
/// <para>The <c>default</c> value is "no shortfall, outage not applicable". This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct RoundedShortfall : IEquatable<RoundedShortfall>
{
    internal RoundedShortfall(ShortfallAttribution exact)
    {
        Shortfall = exact.Shortfall;
        DataLoss = exact.DataLoss;
        Span<long> top = stackalloc long[2];
        LargestRemainder.Apportion([exact.Outage ?? Ratio.Zero, exact.Demand], Shortfall - DataLoss, top);
        Outage = exact.Outage is null ? null : top[0];
        Demand = top[1];
        if (exact.Service is Ratio service)
        {
            Span<long> demand = stackalloc long[3];
            LargestRemainder.Apportion([service, exact.NoShow!.Value, exact.NotInvited!.Value], Demand, demand);
            Service = demand[0];
            NoShow = demand[1];
            NotInvited = demand[2];
        }
    }

    private RoundedShortfall(long shortfall, long dataLoss, long? outage, long demand, long? service, long? noShow, long? notInvited)
    {
        Shortfall = shortfall;
        DataLoss = dataLoss;
        Outage = outage;
        Demand = demand;
        Service = service;
        NoShow = noShow;
        NotInvited = notInvited;
    }

    /// <summary>No shortfall, every part 0: what a kecamatan that met its target adds to its region's sum.</summary>
    internal static RoundedShortfall None => new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>
    /// The part-by-part sum of two rounded shortfalls, for a region (the sum of its kecamatan's): each part stays whole
    /// and the parts still add up; a part is null when it is null on either side.
    /// </summary>
    internal static RoundedShortfall Add(RoundedShortfall left, RoundedShortfall right, RegionCode region)
    {
        long? Sum(long? a, long? b, string what) => a is long x && b is long y ? CheckedMath.Add(x, y, what, region) : null;
        return new(
            CheckedMath.Add(left.Shortfall, right.Shortfall, "shortfall", region),
            CheckedMath.Add(left.DataLoss, right.DataLoss, "data-loss part of the shortfall", region),
            Sum(left.Outage, right.Outage, "outage part of the shortfall"),
            CheckedMath.Add(left.Demand, right.Demand, "demand part of the shortfall", region),
            Sum(left.Service, right.Service, "service part of the shortfall"),
            Sum(left.NoShow, right.NoShow, "no-show part of the shortfall"),
            Sum(left.NotInvited, right.NotInvited, "not-invited part of the shortfall"));
    }

    /// <summary>The shortfall, as in <see cref="ShortfallAttribution.Shortfall"/>.</summary>
    public long Shortfall { get; }

    /// <summary>The part due to data loss, as in <see cref="ShortfallAttribution.DataLoss"/> (already whole).</summary>
    public long DataLoss { get; }

    /// <summary>The part due to outages, rounded; null when there is no device inventory.</summary>
    public long? Outage { get; }

    /// <summary>The part due to demand and service, rounded: <see cref="DataLoss"/> + <see cref="Outage"/> + this = <see cref="Shortfall"/>.</summary>
    public long Demand { get; }

    /// <summary>The service part of <see cref="Demand"/>, rounded; null without invitations.</summary>
    public long? Service { get; }

    /// <summary>The no-show part of <see cref="Demand"/>, rounded; null without invitations.</summary>
    public long? NoShow { get; }

    /// <summary>The not-invited part of <see cref="Demand"/>, rounded: <see cref="Service"/> + <see cref="NoShow"/> + this = <see cref="Demand"/>; null without invitations.</summary>
    public long? NotInvited { get; }

    /// <inheritdoc />
    [Pure]
    public bool Equals(RoundedShortfall other) =>
        Shortfall == other.Shortfall && DataLoss == other.DataLoss && Outage == other.Outage && Demand == other.Demand
        && Service == other.Service && NoShow == other.NoShow && NotInvited == other.NotInvited;

    /// <inheritdoc />
    [Pure]
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is RoundedShortfall other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCode.Combine(Shortfall, DataLoss, Outage, Demand, Service, NoShow, NotInvited);

    /// <summary>Whether two rounded attributions are equal.</summary>
    [Pure]
    public static bool operator ==(RoundedShortfall left, RoundedShortfall right) => left.Equals(right);

    /// <summary>Whether two rounded attributions differ.</summary>
    [Pure]
    public static bool operator !=(RoundedShortfall left, RoundedShortfall right) => !left.Equals(right);

    /// <summary>
    /// Formats as <c>shortfall 1000: data loss 738, outage 200, demand 62</c> (<c>n/a</c> for the outage without an
    /// inventory), followed by <c> (service 12, no-show 50, not invited 0)</c> when there are invitations.
    /// </summary>
    [Pure]
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"shortfall {Shortfall}: data loss {DataLoss}, outage {(Outage is long o ? o.ToString(CultureInfo.InvariantCulture) : "n/a")}, demand {Demand}")
        + (Service is long s ? string.Create(CultureInfo.InvariantCulture, $" (service {s}, no-show {NoShow}, not invited {NotInvited})") : string.Empty);
}
