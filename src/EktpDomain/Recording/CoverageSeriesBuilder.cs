using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>
/// Collects coverage snapshots, then checks them all and builds an immutable <see cref="CoverageSeries"/> (R20).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Add(LocalDate, RegionCode, long, long, long?, SourceLocation)"/> never throws for bad data: every problem
/// is collected with the <see cref="SourceLocation"/> of its row, and <see cref="Build"/> reports them all at once, in
/// input order, in a <see cref="DataValidationException"/>:
/// </para>
/// <list type="bullet">
/// <item>a code that is neither a kecamatan nor a kabupaten/kota, or one outside the regions the builder was given;</item>
/// <item>a snapshot of another level than the series' first (one series holds one level);</item>
/// <item>a negative eligible or recorded count, or a not-recorded count with eligible ≠ recorded + not recorded;</item>
/// <item>a second snapshot of the same region and date (the message names the first);</item>
/// <item>counts whose sums over the regions would not fit in 64 bits.</item>
/// </list>
/// <para>A builder is not thread-safe. It can be used once: <see cref="Build"/> or <see cref="TryBuild"/> ends it.</para>
/// </remarks>
public sealed class CoverageSeriesBuilder
{
    private readonly HashSet<RegionCode>? allowed;
    private readonly BuildState state = new("coverage series");
    private readonly Dictionary<long, SourceLocation> seen = [];
    private readonly List<CoverageSnapshot> rows = [];
    private readonly Dictionary<RegionCode, (long Eligible, long Recorded)> largest = [];
    private long largestEligible;
    private long largestRecorded;
    private (RegionLevel Level, SourceLocation Source)? level;

    internal CoverageSeriesBuilder(HashSet<RegionCode>? allowed)
    {
        this.allowed = allowed;
    }

    /// <summary>The number of snapshots added so far, valid or not.</summary>
    public int Count { get; private set; }

    /// <summary>Adds one snapshot without a not-recorded count. Never throws for bad values: they are collected as problems.</summary>
    /// <param name="date">The date of the figures (at the end of that day).</param>
    /// <param name="region">A kecamatan or a kabupaten/kota.</param>
    /// <param name="eligible">The eligible residents; zero or more.</param>
    /// <param name="recorded">The residents recorded so far; zero or more.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its series.</exception>
    public CoverageSeriesBuilder Add(LocalDate date, RegionCode region, long eligible, long recorded) =>
        Add(date, region, eligible, recorded, null, SourceLocation.None);

    /// <summary>Adds one snapshot. Never throws for bad values: they are collected as problems.</summary>
    /// <param name="date">The date of the figures (at the end of that day).</param>
    /// <param name="region">A kecamatan or a kabupaten/kota.</param>
    /// <param name="eligible">The eligible residents; zero or more.</param>
    /// <param name="recorded">The residents recorded so far; zero or more.</param>
    /// <param name="notRecorded">The residents not yet recorded, or null when not published.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its series.</exception>
    public CoverageSeriesBuilder Add(LocalDate date, RegionCode region, long eligible, long recorded, long? notRecorded) =>
        Add(date, region, eligible, recorded, notRecorded, SourceLocation.None);

    /// <summary>
    /// Adds one snapshot from bulk input. Never throws for bad values: they are collected as problems at
    /// <paramref name="source"/>.
    /// </summary>
    /// <param name="date">The date of the figures (at the end of that day).</param>
    /// <param name="region">A kecamatan or a kabupaten/kota.</param>
    /// <param name="eligible">The eligible residents; zero or more.</param>
    /// <param name="recorded">The residents recorded so far; zero or more.</param>
    /// <param name="notRecorded">The residents not yet recorded, or null when not published.</param>
    /// <param name="source">Where the row came from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its series.</exception>
    public CoverageSeriesBuilder Add(LocalDate date, RegionCode region, long eligible, long recorded, long? notRecorded, SourceLocation source)
    {
        state.ThrowIfBuilt();
        Count++;
        if (CoverageSnapshot.Problem(region, eligible, recorded, notRecorded, out _) is string problem)
        {
            state.Add(source, problem);
            return this;
        }

        if (allowed is not null && !allowed.Contains(region))
        {
            state.Add(source, $"unknown {CoverageSnapshot.LevelName(region.Level)} '{region}': it is not in the list of regions.");
            return this;
        }

        if (level is null)
        {
            level = (region.Level, source);
        }
        else if (level.Value.Level != region.Level)
        {
            var first = level.Value;
            state.Add(
                source,
                $"'{region}' is a {CoverageSnapshot.LevelName(region.Level)}, but the series holds {CoverageSnapshot.LevelName(first.Level)} snapshots{(first.Source.IsKnown ? $" (from {first.Source})" : string.Empty)}; one series holds one level.");
            return this;
        }

        if (!seen.TryAdd(Key(region, date), source))
        {
            var first = seen[Key(region, date)];
            state.Add(source, $"a second snapshot of {region} on {date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}{(first.IsKnown ? $" ({first} has the first)" : string.Empty)}; give one per region and date.");
            return this;
        }

        // The sums over regions at one date cannot exceed the sums of each region's largest counts: keep those within
        // 64 bits, so that no sum over regions can overflow later.
        var (oldEligible, oldRecorded) = largest.GetValueOrDefault(region);
        long newEligible = Math.Max(oldEligible, eligible), newRecorded = Math.Max(oldRecorded, recorded);
        long sumEligible = largestEligible, sumRecorded = largestRecorded;
        if (!CheckedMath.TryAdd(ref sumEligible, newEligible - oldEligible) || !CheckedMath.TryAdd(ref sumRecorded, newRecorded - oldRecorded))
        {
            state.Add(source, "this snapshot makes the counts, summed over the regions, go beyond the 64-bit limit of about 9.2 × 10^18; check for a corrupt count.");
            return this;
        }

        largest[region] = (newEligible, newRecorded);
        (largestEligible, largestRecorded) = (sumEligible, sumRecorded);
        rows.Add(new CoverageSnapshot(region, date, eligible, recorded, notRecorded));
        return this;
    }

    /// <summary>Checks every snapshot and builds the series.</summary>
    /// <returns>The immutable series.</returns>
    /// <exception cref="DataValidationException">The snapshots are invalid; <see cref="DataValidationException.Problems"/> lists every problem.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its series.</exception>
    public CoverageSeries Build() => state.Finish(Create);

    /// <summary>Checks every snapshot and builds the series, or returns every problem found.</summary>
    /// <param name="series">The series, or null when there are problems.</param>
    /// <param name="problemsFound">Every problem, in input order (empty on success).</param>
    /// <returns>Whether the series was built.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its series.</exception>
    public bool TryBuild([NotNullWhen(true)] out CoverageSeries? series, out ImmutableArray<DataProblem> problemsFound) =>
        state.TryFinish(Create, out series, out problemsFound);

    /// <summary>
    /// The snapshot's region and date as one number: the code's sort key (below 10^10, 34 bits) over the day number
    /// (within ±3.7 million, 23 bits once offset).
    /// </summary>
    internal static long Key(RegionCode region, LocalDate date) => (region.SortKey << 23) | (uint)(DayNumber.Of(date) + (1 << 22));

    private CoverageSeries Create()
    {
        // One sort by region and date (the pairs are distinct), then a cut at each new region.
        var keys = new long[rows.Count];
        var sorted = rows.ToArray();
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = Key(sorted[i].Region, sorted[i].Date);
        }

        Array.Sort(keys, sorted);
        var regions = ImmutableArray.CreateBuilder<RegionCode>();
        var snapshots = ImmutableArray.CreateBuilder<ImmutableArray<CoverageSnapshot>>();
        for (int start = 0, end; start < sorted.Length; start = end)
        {
            for (end = start + 1; end < sorted.Length && sorted[end].Region == sorted[start].Region; end++)
            {
            }

            regions.Add(sorted[start].Region);
            snapshots.Add(ImmutableArray.Create(sorted, start, end - start));
        }

        return new CoverageSeries(level?.Level ?? RegionLevel.Kecamatan, regions.ToImmutable(), snapshots.ToImmutable());
    }
}
