using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>
/// A series of cumulative coverage snapshots (R20): for each region, its published eligible and recorded counts at
/// dates, in date order. Realisation over a window comes from the differences between snapshots (R21).
/// </summary>
/// <remarks>
/// <para>
/// One series holds one level: every region is a kecamatan, or every region is a kabupaten/kota (<see cref="Level"/>).
/// Each region has at most one snapshot per date. Build a series with <see cref="CreateBuilder()"/>.
/// </para>
/// <para>
/// The sums over regions of each region's largest eligible and largest recorded count fit in 64 bits (the builder
/// checks), so no sum over regions at one date can overflow.
/// </para>
/// <para>Equality is reference equality. A built series is immutable and thread-safe.</para>
/// </remarks>
public sealed class CoverageSeries
{
    private readonly KecamatanIndex index;                        // the regions, of one level
    private readonly ImmutableArray<ImmutableArray<CoverageSnapshot>> snapshots;   // per region, by date
    private readonly int[][] days;                                // per region, the snapshots' day numbers

    internal CoverageSeries(RegionLevel level, ImmutableArray<RegionCode> regions, ImmutableArray<ImmutableArray<CoverageSnapshot>> snapshots)
    {
        Level = level;
        RegionCodes = regions;
        this.snapshots = snapshots;
        index = new KecamatanIndex(regions, nameof(regions), level);
        days = new int[regions.Length][];
        int count = 0;
        LocalDate? first = null, last = null;
        for (int r = 0; r < regions.Length; r++)
        {
            var own = snapshots[r];
            days[r] = new int[own.Length];
            for (int i = 0; i < own.Length; i++)
            {
                days[r][i] = DayNumber.Of(own[i].Date);
            }

            count += own.Length;
            first = first is null || own[0].Date < first ? own[0].Date : first;
            last = last is null || own[^1].Date > last ? own[^1].Date : last;
        }

        Count = count;
        Span = first is null ? null : new DateInterval(first.Value, last!.Value);
    }

    /// <summary>Starts building a series; the first snapshot added sets its level.</summary>
    /// <returns>An empty builder.</returns>
    public static CoverageSeriesBuilder CreateBuilder() => new(null);

    /// <summary>Starts building a series whose snapshots may name only the given regions, all of one level.</summary>
    /// <param name="regions">The kecamatan, or the kabupaten/kota, snapshots may name.</param>
    /// <returns>An empty builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regions"/> is null.</exception>
    /// <exception cref="ArgumentException">A region is neither a kecamatan nor a kabupaten/kota, or the regions are of two levels.</exception>
    public static CoverageSeriesBuilder CreateBuilder(IEnumerable<RegionCode> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var set = new HashSet<RegionCode>();
        RegionLevel? level = null;
        foreach (var region in regions)
        {
            if (region.Level is not (RegionLevel.Kecamatan or RegionLevel.Regency) || (level is not null && region.Level != level))
            {
                throw new ArgumentException(
                    $"'{region}' is a {CoverageSnapshot.LevelName(region.Level)} code; the regions of a series are all kecamatan (PP.KK.CC) or all kabupaten/kota (PP.KK).",
                    nameof(regions));
            }

            level = region.Level;
            set.Add(region);
        }

        return new(set);
    }

    /// <summary>The level of every region of the series: <see cref="RegionLevel.Kecamatan"/> or <see cref="RegionLevel.Regency"/> (kabupaten/kota); kecamatan for an empty series.</summary>
    public RegionLevel Level { get; }

    /// <summary>The regions with at least one snapshot, in code order.</summary>
    public ImmutableArray<RegionCode> RegionCodes { get; }

    /// <summary>The number of snapshots.</summary>
    public int Count { get; }

    /// <summary>From the first snapshot's date to the last one's; null for an empty series.</summary>
    public DateInterval? Span { get; }

    /// <summary>Whether the series has snapshots of <paramref name="region"/>.</summary>
    /// <param name="region">A region code.</param>
    /// <returns>True when it has.</returns>
    public bool Contains(RegionCode region) => IndexOf(region) >= 0;

    /// <summary>Every snapshot of a region, by date.</summary>
    /// <param name="region">A region of the series.</param>
    /// <returns>The snapshots.</returns>
    /// <exception cref="ArgumentException">The series has no snapshot of the region.</exception>
    public ImmutableArray<CoverageSnapshot> GetSnapshots(RegionCode region) => snapshots[IndexOrThrow(region)];

    /// <summary>The last snapshot of a region dated on or before <paramref name="date"/>: its coverage at the end of that day.</summary>
    /// <param name="region">A region of the series.</param>
    /// <param name="date">The date.</param>
    /// <returns>The snapshot, or null when the region's first snapshot is later.</returns>
    /// <exception cref="ArgumentException">The series has no snapshot of the region.</exception>
    public CoverageSnapshot? GetLatest(RegionCode region, LocalDate date)
    {
        int r = IndexOrThrow(region);
        int at = LastOnOrBefore(r, DayNumber.Of(date));
        return at < 0 ? null : snapshots[r][at];
    }

    /// <summary>
    /// What the snapshots of a region say about a window (R21): its two edges, their lags, and the realisation and
    /// adjustments between them, or why they are not known.
    /// </summary>
    /// <param name="region">A region of the series.</param>
    /// <param name="window">The window, inclusive.</param>
    /// <returns>The realisation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The series has no snapshot of the region.</exception>
    /// <exception cref="OverflowException">The increases or the decreases sum beyond a <see cref="long"/> (coverage going up and down by huge counts).</exception>
    public SnapshotRealisation GetRealisation(RegionCode region, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return GetRealisation(IndexOrThrow(region), window);
    }

    /// <summary>
    /// The eligible count of every snapshot as a value dated on the snapshot's date (R1, R22): what a
    /// <see cref="RecordingData"/> made from this series uses for targets and coverage percentages. A series of
    /// kabupaten/kota gives a population kept per kabupaten/kota (<see cref="EligiblePopulation.Level"/>).
    /// </summary>
    /// <returns>The population, one dated value per snapshot.</returns>
    public EligiblePopulation ToPopulation()
    {
        var builder = new EligiblePopulationBuilder(Level);
        foreach (var own in snapshots)
        {
            foreach (var snapshot in own)
            {
                builder.Add(snapshot.Region, snapshot.Date, snapshot.Eligible);
            }
        }

        return builder.Build();
    }

    /// <summary>Formats as <c>CoverageSeries: 29 kecamatan, 348 snapshots, 2011-01-31..2011-12-31</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"CoverageSeries: {RegionCodes.Length} {CoverageSnapshot.LevelName(Level)}, {Count} snapshots{(Span is null ? string.Empty : $", {Span.Start:uuuu'-'MM'-'dd}..{Span.End:uuuu'-'MM'-'dd}")}");

    /// <summary>The region's index, or −1.</summary>
    internal int IndexOf(RegionCode region) => index.IndexOf(region);

    internal SnapshotRealisation GetRealisation(int r, DateInterval window)
    {
        int before = LastOnOrBefore(r, DayNumber.Of(window.Start) - 1);
        int latest = LastOnOrBefore(r, DayNumber.Of(window.End));
        var own = snapshots[r];
        bool inWindow = latest > before;
        long increases = 0, decreases = 0;
        if (before >= 0 && inWindow)
        {
            for (int i = before + 1; i <= latest; i++)
            {
                // Each recorded count fits in 64 bits and is zero or more, so a step cannot overflow; their sums can
                // only exceed the largest count when coverage goes up and down, which the checked sums catch.
                long step = own[i].Recorded - own[i - 1].Recorded;
                if (step >= 0)
                {
                    increases = CheckedMath.Add(increases, step, "realisation", RegionCodes[r]);
                }
                else
                {
                    decreases = CheckedMath.Add(decreases, -step, "adjustment", RegionCodes[r]);
                }
            }
        }

        return new SnapshotRealisation(
            window,
            before < 0 ? null : own[before],
            inWindow ? own[latest] : null,
            latest < 0 ? null : own[latest],
            increases,
            decreases);
    }

    /// <summary>The coverage of a region at the end of a day, or null when its first snapshot is later.</summary>
    internal long? CoverageAt(int r, int day)
    {
        int at = LastOnOrBefore(r, day);
        return at < 0 ? null : snapshots[r][at].Recorded;
    }

    /// <summary>
    /// The sum of the coverage at the end of a day of every region of the series inside <paramref name="region"/> (itself
    /// included), but those <paramref name="skip"/> says to leave out: 0 when none is inside, null when one of them has
    /// no snapshot that early.
    /// </summary>
    internal long? CoverageIn(RegionCode region, int day, Func<RegionCode, bool>? skip = null)
    {
        var (first, end) = index.RangeOf(region);
        long total = 0;
        for (int r = first; r < end; r++)
        {
            if (skip?.Invoke(RegionCodes[r]) == true)
            {
                continue;
            }

            if (CoverageAt(r, day) is not long coverage)
            {
                return null;
            }

            // The builder checked that the sums of the regions' largest counts fit in 64 bits.
            total += coverage;
        }

        return total;
    }

    /// <summary>
    /// The first date on which every region of the series inside <paramref name="region"/> has a snapshot: the latest of
    /// their first snapshots' dates; null when none is inside.
    /// </summary>
    internal LocalDate? FirstCoverageDateIn(RegionCode region)
    {
        var (first, end) = index.RangeOf(region);
        LocalDate? latest = null;
        for (int r = first; r < end; r++)
        {
            var date = snapshots[r][0].Date;
            latest = latest is null || date > latest ? date : latest;
        }

        return latest;
    }

    /// <summary>The index of the region's last snapshot dated on or before <paramref name="day"/>, or −1.</summary>
    private int LastOnOrBefore(int r, int day) => SortedArray.LowerBound<int>(days[r], day + 1) - 1;

    private int IndexOrThrow(RegionCode region)
    {
        int r = IndexOf(region);
        return r >= 0 ? r : throw new ArgumentException($"The series has no snapshot of '{region}'.", nameof(region));
    }
}
