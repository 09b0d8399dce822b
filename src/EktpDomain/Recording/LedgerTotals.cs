using System.Diagnostics.Contracts;
using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EktpDomain.Utility;

namespace EktpDomain.Recording;

/// <summary>
/// The sums of a ledger's entries over a window, by kind, and the figures of R3 derived from them: the net
/// realisation (recorded − lost + re-recorded) and the gross work done (recorded + re-recorded).
/// </summary>
/// <remarks>
/// <para>
/// Totals are mergeable: the totals of two disjoint sets of entries add up to the totals of their union
/// (<see cref="op_Addition(LedgerTotals, LedgerTotals)"/>), which is associative and commutative. This is how partial aggregates from
/// separate shards (provinces, months) combine exactly.
/// </para>
/// <para>The <c>default</c> value is <see cref="Zero"/>. Equality compares the three sums. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct LedgerTotals : IEquatable<LedgerTotals>
{
    /// <summary>Creates totals.</summary>
    /// <param name="recorded">Residents recorded; zero or more.</param>
    /// <param name="lost">Records lost; zero or more.</param>
    /// <param name="rerecorded">Residents re-recorded; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A sum is negative.</exception>
    public LedgerTotals(long recorded, long lost, long rerecorded)
    {
        Preconditions.NotNegative(recorded);
        Preconditions.NotNegative(lost);
        Preconditions.NotNegative(rerecorded);
        Recorded = recorded;
        Lost = lost;
        Rerecorded = rerecorded;
    }

    private LedgerTotals(long recorded, long lost, long rerecorded, bool valid)
    {
        _ = valid;
        Recorded = recorded;
        Lost = lost;
        Rerecorded = rerecorded;
    }

    /// <summary>No entries.</summary>
    public static LedgerTotals Zero => default;

    /// <summary>Residents recorded.</summary>
    public long Recorded { get; }

    /// <summary>Records lost.</summary>
    public long Lost { get; }

    /// <summary>Residents re-recorded.</summary>
    public long Rerecorded { get; }

    /// <summary>The net realisation of R3: recorded − lost + re-recorded. It can be negative.</summary>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="long"/>.</exception>
    public long Net => CheckedMath.Add(CheckedMath.Subtract(Recorded, Lost, "net realisation"), Rerecorded, "net realisation");

    /// <summary>The gross work done of R3: recorded + re-recorded.</summary>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="long"/>.</exception>
    public long Gross => CheckedMath.Add(Recorded, Rerecorded, "gross realisation");

    /// <summary>The change in the re-recording backlog over the window: lost − re-recorded. It can be negative.</summary>
    public long BacklogChange => CheckedMath.Subtract(Lost, Rerecorded, "re-recording backlog change");

    /// <summary>Adds two sets of totals (merges partial aggregates). Associative and commutative.</summary>
    /// <exception cref="OverflowException">A sum does not fit in a <see cref="long"/>.</exception>
    [Pure]
    public static LedgerTotals operator +(LedgerTotals left, LedgerTotals right) => new(
        CheckedMath.Add(left.Recorded, right.Recorded, "recorded total"),
        CheckedMath.Add(left.Lost, right.Lost, "lost total"),
        CheckedMath.Add(left.Rerecorded, right.Rerecorded, "re-recorded total"));

    /// <summary>Adds two sets of totals (for operator-less languages).</summary>
    /// <param name="left">The first totals.</param>
    /// <param name="right">The second totals.</param>
    /// <returns>The merged totals.</returns>
    [Pure]
    public static LedgerTotals Add(LedgerTotals left, LedgerTotals right) => left + right;

    /// <summary>Totals from sums the caller knows are zero or more (differences of a ledger's running totals), unchecked.</summary>
    internal static LedgerTotals FromValidSums(long recorded, long lost, long rerecorded) => new(recorded, lost, rerecorded, valid: true);

    /// <summary>Gets the sum of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The sum of the entries of that kind.</returns>
    [Pure]
    public long Of(LedgerEntryKind kind) => kind switch
    {
        LedgerEntryKind.Recorded => Recorded,
        LedgerEntryKind.Lost => Lost,
        LedgerEntryKind.Rerecorded => Rerecorded,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The kind must be Recorded, Lost or Rerecorded."),
    };

    /// <inheritdoc />
    [Pure]
    public bool Equals(LedgerTotals other) => Recorded == other.Recorded && Lost == other.Lost && Rerecorded == other.Rerecorded;

    /// <inheritdoc />
    [Pure]
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is LedgerTotals other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCode.Combine(Recorded, Lost, Rerecorded);

    /// <summary>Whether two totals are equal.</summary>
    [Pure]
    public static bool operator ==(LedgerTotals left, LedgerTotals right) => left.Equals(right);

    /// <summary>Whether two totals differ.</summary>
    [Pure]
    public static bool operator !=(LedgerTotals left, LedgerTotals right) => !left.Equals(right);

    /// <summary>Formats as <c>recorded 6300, lost 0, rerecorded 0</c>.</summary>
    [Pure]
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"recorded {Recorded}, lost {Lost}, rerecorded {Rerecorded}");
}
