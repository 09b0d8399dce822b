using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace EktpDomain.Regions;

/// <summary>
/// The code changes between Kemendagri editions (R24): which codes were retired, when, and which codes took their
/// place, so that a history across editions still rolls up.
/// </summary>
/// <remarks>
/// <para>
/// History recorded under a retired code keeps its code: its rows stay its own. Only where it rolls up changes: from
/// the retirement date on, it rolls up with the codes that replaced it, into the smallest region that contains all of
/// them (<see cref="GetRollUpRegion"/>). A renamed or merged kecamatan rolls up into its successor's regency; a
/// kecamatan split between two regencies rolls up into their province, since there is no honest way to divide its
/// past between its parts. Changes chain: a code renamed twice follows both.
/// </para>
/// <para>Build a set with <see cref="CreateBuilder"/>. Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class RegionCodeChanges
{
    private readonly FrozenDictionary<RegionCode, (LocalDate From, RegionCodeChangeKind Kind, ImmutableArray<RegionCode> New)> retired;

    internal RegionCodeChanges(ImmutableArray<RegionCodeChange> changes)
    {
        Changes = changes;
        retired = changes
            .GroupBy(c => c.Old)
            .ToFrozenDictionary(g => g.Key, g => (g.First().From, g.First().Kind, g.Select(c => c.New).Distinct().Order().ToImmutableArray()));
    }

    /// <summary>No changes.</summary>
    public static RegionCodeChanges None { get; } = new([]);

    /// <summary>Every change, in input order.</summary>
    public ImmutableArray<RegionCodeChange> Changes { get; }

    /// <summary>Starts building a set of changes.</summary>
    /// <returns>An empty builder.</returns>
    public static RegionCodeChangesBuilder CreateBuilder() => new();

    /// <summary>Whether <paramref name="code"/> is retired on <paramref name="date"/>: a change from that date or earlier replaced it.</summary>
    /// <param name="code">A region code.</param>
    /// <param name="date">The date.</param>
    /// <returns>True when retired.</returns>
    public bool IsRetired(RegionCode code, LocalDate date) => retired.TryGetValue(code, out var change) && change.From <= date;

    /// <summary>The change that retired <paramref name="code"/>: its date, its kind and the codes that replaced it; null when it was never retired.</summary>
    /// <param name="code">A region code.</param>
    /// <returns>The retirement date, the kind and the new codes, in code order.</returns>
    public (LocalDate From, RegionCodeChangeKind Kind, ImmutableArray<RegionCode> New)? GetRetirement(RegionCode code) =>
        retired.TryGetValue(code, out var change) ? change : null;

    /// <summary>
    /// The codes in effect on <paramref name="date"/> that took the place of <paramref name="code"/>, following chains
    /// of changes; the code itself when it is not retired then.
    /// </summary>
    /// <param name="code">A region code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The successors, in code order, each once.</returns>
    public ImmutableArray<RegionCode> GetSuccessors(RegionCode code, LocalDate date)
    {
        var found = new SortedSet<RegionCode>();
        var pending = new Stack<RegionCode>([code]);
        var seen = new HashSet<RegionCode>();
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!seen.Add(next))
            {
                continue;
            }

            if (IsRetired(next, date))
            {
                foreach (var successor in retired[next].New)
                {
                    pending.Push(successor);
                }
            }
            else
            {
                found.Add(next);
            }
        }

        return [.. found];
    }

    /// <summary>
    /// Where the history of <paramref name="code"/> rolls up on <paramref name="date"/> (R24): the code itself when it is
    /// not retired then, else the smallest region containing all its successors.
    /// </summary>
    /// <param name="code">A region code.</param>
    /// <param name="date">The date: a report's last day.</param>
    /// <returns>The region.</returns>
    public RegionCode GetRollUpRegion(RegionCode code, LocalDate date)
    {
        if (retired.Count == 0)
        {
            return code;
        }

        var successors = GetSuccessors(code, date);
        return successors.Aggregate(successors[0], RegionCode.CommonAncestor);
    }

    /// <summary>
    /// Whether the history of <paramref name="code"/> counts inside <paramref name="region"/> on
    /// <paramref name="date"/>: whether the region contains where it rolls up (<see cref="GetRollUpRegion"/>, R24). A
    /// report of a region holds the kecamatan for which this is true, so its totals are the region's roll-up.
    /// </summary>
    /// <param name="code">A kecamatan (or kabupaten/kota) code of the data.</param>
    /// <param name="region">The region; <see cref="RegionCode.Nation"/> holds every code.</param>
    /// <param name="date">The date: a report's last day.</param>
    /// <returns>True when the code counts inside the region.</returns>
    public bool RollsUpInto(RegionCode code, RegionCode region, LocalDate date) =>
        region.IsNation || region.Contains(GetRollUpRegion(code, date));

    /// <summary>Formats as <c>RegionCodeChanges: 3 changes</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"RegionCodeChanges: {Changes.Length} changes");
}
