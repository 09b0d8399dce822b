using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace EktpDomain.Regions;

/// <summary>
/// Collects code changes, then checks them all and builds an immutable <see cref="RegionCodeChanges"/> (R24).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Add(RegionCodeChange, SourceLocation)"/> never throws for bad data: every problem is collected with its
/// row's <see cref="SourceLocation"/>, and <see cref="Build"/> reports them all at once:
/// </para>
/// <list type="bullet">
/// <item>a code replacing itself, or codes of two levels, or codes that are neither kecamatan nor kabupaten/kota;</item>
/// <item>a code retired twice (on two dates, or by two kinds of change); the message names the first row;</item>
/// <item>the same row twice;</item>
/// <item>a rename or a merge with more than one new code, a split with fewer than two;</item>
/// <item>a cycle: a code that, through its successors, replaces itself.</item>
/// </list>
/// <para>A builder is not thread-safe. It can be used once.</para>
/// </remarks>
public sealed class RegionCodeChangesBuilder
{
    private readonly List<(RegionCodeChange Change, SourceLocation Source)> rows = [];
    private readonly BuildState state = new("code changes");
    private readonly Dictionary<RegionCode, (LocalDate From, RegionCodeChangeKind Kind, SourceLocation Source)> first = [];
    private readonly HashSet<RegionCodeChange> seen = [];

    internal RegionCodeChangesBuilder()
    {
    }

    /// <summary>Adds a change. Never throws for bad values: they are collected as problems.</summary>
    /// <param name="change">The change.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built.</exception>
    public RegionCodeChangesBuilder Add(RegionCodeChange change) => Add(change, SourceLocation.None);

    /// <summary>Adds a change from bulk input. Never throws for bad values: they are collected as problems at <paramref name="source"/>.</summary>
    /// <param name="change">The change.</param>
    /// <param name="source">Where the row came from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built.</exception>
    public RegionCodeChangesBuilder Add(RegionCodeChange change, SourceLocation source)
    {
        state.ThrowIfBuilt();
        var (old, @new) = (change.Old, change.New);
        if (old.Level is not (RegionLevel.Kecamatan or RegionLevel.Regency) || @new.Level != old.Level)
        {
            state.Add(source, $"'{old}' and '{@new}' must both be kecamatan codes (PP.KK.CC) or both kabupaten/kota codes (PP.KK).");
            return this;
        }

        if (old == @new)
        {
            state.Add(source, $"'{old}' cannot replace itself; list only codes that changed.");
            return this;
        }

        if (!RegionCodeChangeNames.Kind.IsDefined(change.Kind))
        {
            state.Add(source, $"unknown kind of change {(int)change.Kind}; use {string.Join(", ", RegionCodeChangeNames.Kind.All)}.");
            return this;
        }

        if (!seen.Add(change))
        {
            state.Add(source, $"the change {change} is listed twice.");
            return this;
        }

        if (first.TryGetValue(old, out var earlier) && (earlier.From != change.From || earlier.Kind != change.Kind))
        {
            state.Add(source, string.Create(
                CultureInfo.InvariantCulture,
                $"'{old}' is already retired from {earlier.From:uuuu'-'MM'-'dd} by a {RegionCodeChangeNames.Kind.Format(earlier.Kind)}{(earlier.Source.IsKnown ? $" ({earlier.Source})" : string.Empty)}; a code is retired once, so all its rows share one date and one kind."));
            return this;
        }

        first.TryAdd(old, (change.From, change.Kind, source));
        rows.Add((change, source));
        return this;
    }

    /// <summary>Checks every change and builds the set.</summary>
    /// <returns>The set.</returns>
    /// <exception cref="DataValidationException">The changes are invalid; every problem is listed.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built.</exception>
    public RegionCodeChanges Build() => state.Finish(Check, Create);

    /// <summary>Checks every change and builds the set, or returns every problem found.</summary>
    /// <param name="changes">The set, or null when there are problems.</param>
    /// <param name="problemsFound">Every problem (empty on success).</param>
    /// <returns>Whether the set was built.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built.</exception>
    public bool TryBuild([NotNullWhen(true)] out RegionCodeChanges? changes, out ImmutableArray<DataProblem> problemsFound) =>
        state.TryFinish(Check, Create, out changes, out problemsFound);

    /// <summary>Checks what only all the rows show: the number of new codes of each change, and cycles.</summary>
    private List<(RegionCodeChange Change, SourceLocation Source)> Check()
    {
        foreach (var group in rows.GroupBy(r => r.Change.Old))
        {
            int count = group.Count();
            var change = group.First().Change;
            if (change.Kind == RegionCodeChangeKind.Split ? count < 2 : count > 1)
            {
                var at = group.Last().Source;
                state.Add(at, change.Kind == RegionCodeChangeKind.Split
                    ? $"'{change.Old}' is split into only one code ({change.New}); a split has a row for each of at least two new codes, and a code that only changed is a rename."
                    : $"'{change.Old}' has {count} new codes in a {RegionCodeChangeNames.Kind.Format(change.Kind)}; only a split has more than one.");
            }
        }

        var next = rows.GroupBy(r => r.Change.Old).ToDictionary(g => g.Key, g => g.Select(r => r.Change.New).ToList());
        foreach (var (change, source) in rows.GroupBy(r => r.Change.Old).Select(g => g.First()))
        {
            if (Reaches(next, change.Old))
            {
                state.Add(source, $"'{change.Old}' replaces itself through its successors; the changes must not form a cycle.");
            }
        }

        return rows;
    }

    private static RegionCodeChanges Create(List<(RegionCodeChange Change, SourceLocation Source)> valid) =>
        new([.. valid.Select(r => r.Change)]);

    /// <summary>Whether following the successors of <paramref name="start"/> leads back to it.</summary>
    private static bool Reaches(Dictionary<RegionCode, List<RegionCode>> next, RegionCode start)
    {
        var pending = new Stack<RegionCode>(next[start]);
        var seen = new HashSet<RegionCode>();
        while (pending.Count > 0)
        {
            var code = pending.Pop();
            if (code == start)
            {
                return true;
            }

            if (seen.Add(code) && next.TryGetValue(code, out var successors))
            {
                successors.ForEach(pending.Push);
            }
        }

        return false;
    }
}
