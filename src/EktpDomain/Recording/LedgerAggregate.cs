using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Runtime.InteropServices;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>
/// Ledger totals per kecamatan and period (R3): a kecamatan × period table of <see cref="LedgerTotals"/>, made by
/// <see cref="RecordingLedger.Aggregate"/> or <see cref="RecordingLedger.AggregateByMonth"/>, that merges exactly
/// with the aggregates of other ledgers.
/// </summary>
/// <remarks>
/// <para>
/// <b>Merging.</b> <see cref="Merge(LedgerAggregate)"/> takes the union of two aggregates' kecamatan and, for a
/// kecamatan in both, adds its totals period by period. Both must have the same periods in the same order. Merging
/// is associative and commutative, and exact: counts are whole numbers added with checked arithmetic, so the order in
/// which parts arrive never changes the result (a sum that would overflow a 64-bit count throws, in any order).
/// </para>
/// <para>
/// <b>Sharding by province.</b> Every kecamatan belongs to exactly one province, and the checks of R3 (backlog and
/// coverage never below zero) look at one kecamatan's entries only, so a national ledger splits cleanly by province.
/// Build one <see cref="RecordingLedger"/> per province from that province's kecamatan and entries (on one machine
/// or many), aggregate each over the same periods, and merge the parts:
/// </para>
/// <code>
/// var year = new DateInterval(new LocalDate(2012, 1, 1), new LocalDate(2012, 12, 31));
/// LedgerAggregate national = LedgerAggregate.Merge(provinceLedgers.Select(ledger => ledger.AggregateByMonth(year)));
/// LedgerTotals banten = national.GetTotals(new RegionCode(36), period: 3);   // April 2012
/// </code>
/// <para>
/// The merged aggregate equals, cell for cell, the aggregate of one national ledger built from all the entries.
/// Shards by time (one ledger per year) also merge exactly, provided each shard's ledger is valid on its own; shards
/// by region are the natural cut because a kecamatan's coverage depends on all its earlier entries. To ship a part
/// between machines, send <see cref="KecamatanCodes"/>, <see cref="Periods"/> and <see cref="Totals"/>, and rebuild it
/// with the public constructor.
/// </para>
/// <para>
/// <b>Equality</b> compares the periods (in order), the kecamatan and every cell. A kecamatan listed with zero totals
/// is not the same as a kecamatan not listed. This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class LedgerAggregate : IEquatable<LedgerAggregate>
{
    private readonly KecamatanIndex index;
    private readonly LedgerTotals[] totals; // row-major: totals[kecamatan * Periods.Length + period]

    /// <summary>
    /// Rebuilds an aggregate from its parts, for example after it was sent from another machine.
    /// </summary>
    /// <param name="kecamatan">The kecamatan, distinct kecamatan-level codes in ascending code order (as <see cref="KecamatanCodes"/> lists them).</param>
    /// <param name="periods">The periods, inclusive, in order.</param>
    /// <param name="totals">
    /// The totals, row by row: the totals of <c>kecamatan[k]</c> in <c>periods[p]</c> are at <c>k × periods.Count + p</c>.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument, or a period, is null.</exception>
    /// <exception cref="ArgumentException">
    /// A code is not a kecamatan code, the codes are not ascending and distinct, or the number of totals is not
    /// kecamatan × periods.
    /// </exception>
    public LedgerAggregate(IReadOnlyList<RegionCode> kecamatan, IReadOnlyList<DateInterval> periods, IReadOnlyList<LedgerTotals> totals)
    {
        ArgumentNullException.ThrowIfNull(kecamatan);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(totals);
        var codes = ImmutableArray.CreateBuilder<RegionCode>(kecamatan.Count);
        for (int k = 0; k < kecamatan.Count; k++)
        {
            RegionCode code = kecamatan[k];
            Preconditions.CheckKecamatan(code, $"kecamatan[{k}] of an aggregate", nameof(kecamatan));

            if (k > 0 && code.CompareTo(kecamatan[k - 1]) <= 0)
            {
                throw new ArgumentException(
                    $"kecamatan[{k}] is '{code}', which does not come after kecamatan[{k - 1}] '{kecamatan[k - 1]}'; list each kecamatan once, in ascending code order.",
                    nameof(kecamatan));
            }

            codes.Add(code);
        }

        Periods = CheckPeriods(periods, nameof(periods));
        long cells = (long)codes.Count * Periods.Length;
        if (totals.Count != cells)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"There are {totals.Count} totals, but {codes.Count} kecamatan × {Periods.Length} periods need {cells}, row by row."),
                nameof(totals));
        }

        index = KecamatanIndex.FromSorted(codes.MoveToImmutable());
        this.totals = new LedgerTotals[cells];
        for (int i = 0; i < this.totals.Length; i++)
        {
            this.totals[i] = totals[i];
        }
    }

    internal LedgerAggregate(KecamatanIndex index, ImmutableArray<DateInterval> periods, LedgerTotals[] totals)
    {
        this.index = index;
        Periods = periods;
        this.totals = totals;
    }

    /// <summary>The kecamatan, in code order.</summary>
    public ImmutableArray<RegionCode> KecamatanCodes => index.Codes;

    /// <summary>The periods, inclusive, in the order they were given.</summary>
    public ImmutableArray<DateInterval> Periods { get; }

    /// <summary>
    /// Every cell, row by row: the totals of <c>Kecamatan[k]</c> in <c>Periods[p]</c> are at <c>k × Periods.Length + p</c>.
    /// </summary>
    public ImmutableArray<LedgerTotals> Totals => ImmutableCollectionsMarshal.AsImmutableArray(totals);

    /// <summary>
    /// The totals of a kecamatan, or of every kecamatan of this aggregate inside a larger region (a regency, a
    /// province or <see cref="RegionCode.Nation"/>), in one period.
    /// </summary>
    /// <param name="region">A kecamatan of this aggregate, or a region containing some (none gives zero).</param>
    /// <param name="period">The index of the period in <see cref="Periods"/>.</param>
    /// <returns>The totals.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is a kecamatan this aggregate does not hold, or a village.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not an index of <see cref="Periods"/>.</exception>
    /// <exception cref="OverflowException">The region's sum of a kind does not fit in a <see cref="long"/>.</exception>
    public LedgerTotals GetTotals(RegionCode region, int period)
    {
        if ((uint)period >= (uint)Periods.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(period),
                period,
                string.Create(CultureInfo.InvariantCulture, $"The period must be an index of Periods, 0 to {Periods.Length - 1}."));
        }

        int start, end;
        if (region.Level == RegionLevel.Kecamatan)
        {
            start = index.IndexOf(region);
            if (start < 0)
            {
                throw new ArgumentException($"Kecamatan '{region}' is not in this aggregate, which holds {index.Count} kecamatan.", nameof(region));
            }

            end = start + 1;
        }
        else if (region.Level == RegionLevel.Village)
        {
            throw new ArgumentException(
                $"The aggregate is kept per kecamatan; '{region}' is a village code. Use its kecamatan, {region.Kecamatan}.",
                nameof(region));
        }
        else
        {
            (start, end) = index.RangeOf(region);
        }

        LedgerTotals sum = LedgerTotals.Zero;
        for (int k = start; k < end; k++)
        {
            sum += totals[(k * Periods.Length) + period];
        }

        return sum;
    }

    /// <summary>
    /// Merges this aggregate with another: the union of their kecamatan, with the totals of a kecamatan in both added
    /// period by period. Associative and commutative.
    /// </summary>
    /// <param name="other">An aggregate over the same periods.</param>
    /// <returns>The merged aggregate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The periods differ.</exception>
    /// <exception cref="OverflowException">A merged sum does not fit in a <see cref="long"/>.</exception>
    [Pure]
    public LedgerAggregate Merge(LedgerAggregate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Merge([this, other]);
    }

    /// <summary>
    /// Merges any number of aggregates over the same periods, such as one per province, in one pass.
    /// </summary>
    /// <param name="parts">The aggregates; at least one.</param>
    /// <returns>The merged aggregate: the union of their kecamatan, with the totals of a kecamatan held by several parts added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">There are no parts, or their periods differ.</exception>
    /// <exception cref="OverflowException">A merged sum does not fit in a <see cref="long"/>.</exception>
    public static LedgerAggregate Merge(IEnumerable<LedgerAggregate> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var list = new List<LedgerAggregate>(parts);
        if (list.Count == 0)
        {
            throw new ArgumentException("There are no aggregates to merge; give at least one.", nameof(parts));
        }

        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(parts), string.Create(CultureInfo.InvariantCulture, $"parts[{i}] is null."));
            }

            if (!PeriodsEqual(list[i].Periods, list[0].Periods))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"parts[{i}] has {list[i].Periods.Length} periods that differ from the {list[0].Periods.Length} periods of parts[0]; aggregate every part over the same periods, in the same order."),
                    nameof(parts));
            }
        }

        // One index for the union; most merges (shards by region) add rows that do not overlap.
        KecamatanIndex union = list[0].index;
        for (int i = 1; i < list.Count; i++)
        {
            if (!ReferenceEquals(list[i].index, union) && !list[i].index.Codes.AsSpan().SequenceEqual(union.Codes.AsSpan()))
            {
                union = UnionOf(list);
                break;
            }
        }

        int periodCount = list[0].Periods.Length;
        var merged = new LedgerTotals[checked(union.Count * periodCount)];
        foreach (var part in list)
        {
            for (int k = 0; k < part.index.Count; k++)
            {
                int target = ReferenceEquals(part.index, union) ? k : union.IndexOf(part.index.Codes[k]);
                Span<LedgerTotals> into = merged.AsSpan(target * periodCount, periodCount);
                ReadOnlySpan<LedgerTotals> from = part.totals.AsSpan(k * periodCount, periodCount);
                for (int p = 0; p < into.Length; p++)
                {
                    into[p] += from[p];
                }
            }
        }

        return new LedgerAggregate(union, list[0].Periods, merged);
    }

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] LedgerAggregate? other) =>
        other is not null &&
        (ReferenceEquals(this, other) ||
         (PeriodsEqual(Periods, other.Periods) &&
          KecamatanCodes.AsSpan().SequenceEqual(other.KecamatanCodes.AsSpan()) &&
          totals.AsSpan().SequenceEqual(other.totals)));

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as LedgerAggregate);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Periods.Length);
        hash.Add(index.Count);
        foreach (var cell in totals)
        {
            hash.Add(cell);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether two aggregates are equal.</summary>
    public static bool operator ==(LedgerAggregate? left, LedgerAggregate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two aggregates differ.</summary>
    public static bool operator !=(LedgerAggregate? left, LedgerAggregate? right) => !(left == right);

    /// <summary>Describes the shape, such as <c>29 kecamatan × 12 periods</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{index.Count} kecamatan × {Periods.Length} periods");

    /// <summary>Copies periods into an immutable array, rejecting null items.</summary>
    internal static ImmutableArray<DateInterval> CheckPeriods(IReadOnlyList<DateInterval> periods, string paramName)
    {
        var result = ImmutableArray.CreateBuilder<DateInterval>(periods.Count);
        for (int p = 0; p < periods.Count; p++)
        {
            result.Add(periods[p] ?? throw new ArgumentNullException(paramName, string.Create(CultureInfo.InvariantCulture, $"periods[{p}] is null; every period must be a date interval.")));
        }

        return result.MoveToImmutable();
    }

    /// <summary>The calendar months of a window, the first and last cut to the window.</summary>
    internal static DateInterval[] MonthsOf(DateInterval window)
    {
        var months = new List<DateInterval>();
        LocalDate start = window.Start;
        while (true)
        {
            LocalDate monthEnd = start.With(DateAdjusters.EndOfMonth);
            if (monthEnd >= window.End)
            {
                months.Add(new DateInterval(start, window.End));
                return [.. months];
            }

            months.Add(new DateInterval(start, monthEnd));
            start = monthEnd.PlusDays(1);
        }
    }

    private static bool PeriodsEqual(ImmutableArray<DateInterval> left, ImmutableArray<DateInterval> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (int p = 0; p < left.Length; p++)
        {
            if (!left[p].Equals(right[p]))
            {
                return false;
            }
        }

        return true;
    }

    private static KecamatanIndex UnionOf(List<LedgerAggregate> parts)
    {
        var codes = new SortedSet<RegionCode>();
        foreach (var part in parts)
        {
            codes.UnionWith(part.index.Codes);
        }

        return KecamatanIndex.FromSorted([.. codes]);
    }
}
