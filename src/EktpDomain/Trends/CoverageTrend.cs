using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Trends;

/// <summary>
/// Coverage over time: for every kecamatan of the data and for the smallest region containing them all, month by
/// month, the coverage at the month's end, its percentage, and what was realised and adjusted in the month, from the
/// ledger (R3) or from snapshots (R21), whichever holds each kecamatan.
/// </summary>
/// <remarks>
/// <para>
/// A kecamatan's month is the report of R3 or R21 over that calendar month, so a month of the trend and an attainment
/// report over the same month agree on realisation, adjustment and coverage. A region's month is the sum of its
/// kecamatan's; its realisation and adjustment are not known when any of theirs is not. Eligible counts are those in
/// effect on each month's last day (R22).
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class CoverageTrend
{
    /// <summary>The most months one trend covers: 100 years.</summary>
    public const int MaxMonths = 1200;

    private readonly Func<RegionCode, string> nameOf;

    private CoverageTrend(ImmutableArray<YearMonth> months, ImmutableArray<RegionTrend> rows, RegionTrend total, KecamatanCoverage coverage, Func<RegionCode, string> nameOf)
    {
        Months = months;
        Rows = rows;
        Total = total;
        KecamatanCoverage = coverage;
        this.nameOf = nameOf;
    }

    /// <summary>The months, in order.</summary>
    public ImmutableArray<YearMonth> Months { get; }

    /// <summary>One trend per kecamatan of the data, in code order; per region of <see cref="Level"/> when it is above the data's own level.</summary>
    public ImmutableArray<RegionTrend> Rows { get; }

    /// <summary>
    /// The trend of <see cref="Region"/>, or without one of the smallest region containing every kecamatan (the
    /// kecamatan itself when there is one).
    /// </summary>
    public RegionTrend Total { get; }

    /// <summary>The region the trend is restricted to, such as <c>36</c> for Banten; null for every kecamatan of the data.</summary>
    public RegionCode? Region { get; private init; }

    /// <summary>
    /// The level of <see cref="Rows"/>: <see cref="RegionLevel.Kecamatan"/> (or <see cref="RegionLevel.Regency"/> for
    /// data kept per kabupaten/kota), or a level above it that the trend was asked for.
    /// </summary>
    public RegionLevel Level { get; private init; } = RegionLevel.Kecamatan;

    /// <summary>How many of <see cref="Total"/>'s kecamatan the data covers against the region catalogue.</summary>
    public KecamatanCoverage KecamatanCoverage { get; }

    /// <summary>
    /// How many of a region's kecamatan the data behind this result holds, such as "3 of 29 kecamatan" for a row of a
    /// result by kabupaten/kota: a row of partial data is not the whole region's (<see cref="KecamatanCoverage.IsPartial"/>).
    /// </summary>
    /// <param name="region">A region of <see cref="Rows"/>, or <see cref="Total"/>'s.</param>
    /// <returns>The coverage.</returns>
    public KecamatanCoverage GetCoverage(RegionCode region) =>
        region == KecamatanCoverage.Region ? KecamatanCoverage : KecamatanCoverage.Of(region, Kecamatan.Count(region.Contains), KecamatanCoverage.Level);

    /// <summary>The kecamatan (or kabupaten/kota) of the data the result holds, in code order, without retired codes (R24): what <see cref="GetCoverage"/> counts.</summary>
    private ImmutableArray<RegionCode> Kecamatan { get; init; } = [];

    /// <summary>The name of a region of this trend.</summary>
    /// <param name="region">A region code.</param>
    /// <returns>Its name.</returns>
    public string GetName(RegionCode region) => nameOf(region);

    /// <summary>Calculates the trend from <paramref name="from"/> to <paramref name="to"/>, both months included.</summary>
    /// <param name="data">The data.</param>
    /// <param name="from">The first month, in the ISO calendar.</param>
    /// <param name="to">The last month, in the ISO calendar; not before <paramref name="from"/>.</param>
    /// <returns>The trend.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">The data has no kecamatan, a month is not in the ISO calendar, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range holds more than <see cref="MaxMonths"/> months.</exception>
    public static CoverageTrend Calculate(RecordingData data, YearMonth from, YearMonth to)
    {
        var months = MonthsOf(data, from, to);
        return Calculate(data, months, data.KecamatanCodes, null, data.Level);
    }

    /// <summary>The months from <paramref name="from"/> to <paramref name="to"/>, after checking the data and the range.</summary>
    private static ImmutableArray<YearMonth> MonthsOf(RecordingData data, YearMonth from, YearMonth to)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.KecamatanCodes.IsEmpty)
        {
            throw new ArgumentException("The data has no kecamatan to follow.", nameof(data));
        }

        Preconditions.CheckIso(from, "first month", nameof(from));
        Preconditions.CheckIso(to, "last month", nameof(to));

        if (to < from)
        {
            throw new ArgumentException($"The last month {to:uuuu'-'MM} is before the first {from:uuuu'-'MM}.", nameof(to));
        }

        int count = ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxMonths, nameof(to));
        return [.. Enumerable.Range(0, count).Select(from.PlusMonths)];
    }

    /// <summary>
    /// Calculates the trend of the regions of one level inside a region, such as the kabupaten/kota of Banten, and of
    /// the region as a whole, from <paramref name="from"/> to <paramref name="to"/>. A region's month is the sum of its
    /// kecamatan's, as for the total of <see cref="Calculate(RecordingData, YearMonth, YearMonth)"/>.
    /// </summary>
    /// <param name="data">The data.</param>
    /// <param name="from">The first month, in the ISO calendar.</param>
    /// <param name="to">The last month, in the ISO calendar; not before <paramref name="from"/>.</param>
    /// <param name="region">
    /// The region: only the kecamatan of the data inside it (on the last month's last day, R24) count;
    /// <see cref="RegionCode.Nation"/> for all of them (the total is then the smallest region containing them all).
    /// </param>
    /// <param name="level">The level of the rows: the data's own (<see cref="RecordingData.Level"/>) or one above it, down from <paramref name="region"/>'s level.</param>
    /// <returns>The trend.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// As for <see cref="Calculate(RecordingData, YearMonth, YearMonth)"/>; or no kecamatan of the data lies in
    /// <paramref name="region"/>, <paramref name="region"/> is a village, or <paramref name="level"/> is above its
    /// level or below the data's.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The range holds more than <see cref="MaxMonths"/> months.</exception>
    public static CoverageTrend Calculate(RecordingData data, YearMonth from, YearMonth to, RegionCode region, RegionLevel level)
    {
        var months = MonthsOf(data, from, to);
        var codes = RegionScope.KecamatanInside(data, region, level, to.ToDateInterval().End);
        return Calculate(data, months, [.. codes], region.IsNation ? null : region, level);
    }

    private static CoverageTrend Calculate(RecordingData data, ImmutableArray<YearMonth> months, ImmutableArray<RegionCode> codes, RegionCode? region, RegionLevel level)
    {
        var kecamatan = codes.Select(code => new RegionTrend(code, data.GetName(code), [.. months.Select(m => KecamatanMonth(data, code, m))])).ToImmutableArray();
        var scope = region ?? codes.Aggregate(codes[0], RegionCode.CommonAncestor);
        RegionTrend Sum(RegionCode code, IReadOnlyList<RegionTrend> inside) =>
            inside.Count == 1 && inside[0].Region == code ? inside[0] : new RegionTrend(code, data.GetName(code), [.. months.Select((m, i) => RegionMonth(code, m, inside, i, data.CodeChanges))]);
        // A kecamatan counts in the region of the level its history rolls up into on the last day (R24), as in the
        // report's roll-up; in none of them when that region is above the level (a kecamatan split between two).
        var end = months[^1].ToDateInterval().End;
        var changes = data.CodeChanges;
        var rows = level == data.Level ? kecamatan : [.. kecamatan.GroupBy(r => RegionScope.RowAt(changes, r.Region, level, end)).Where(g => g.Key is not null).OrderBy(g => g.Key).Select(g => Sum(g.Key!.Value, [.. g]))];
        var total = region is null && kecamatan.Length == 1 ? kecamatan[0] : Sum(scope, kecamatan);

        var current = RegionScope.Current(changes, codes, end);
        var coverage = region is RegionCode given ? KecamatanCoverage.Of(given, current.Length, data.Level) : KecamatanCoverage.Of(codes, changes, end);
        return new CoverageTrend(months, rows, total, coverage, data.GetName) { Region = region, Level = level, Kecamatan = current };
    }

    /// <summary>A kecamatan's month: R21 from its snapshots, else R3 from the ledger.</summary>
    private static TrendMonth KecamatanMonth(RecordingData data, RegionCode code, YearMonth month)
    {
        var window = month.ToDateInterval();
        long eligible = data.Population.GetEligible(code, window.End);
        int r = data.Snapshots?.IndexOf(code) ?? -1;
        if (r >= 0)
        {
            var snapshots = data.Snapshots!.GetRealisation(r, window);
            return new TrendMonth(month, eligible, snapshots.Latest?.Recorded, snapshots.Realised, snapshots.Adjustment, snapshots);
        }

        if (!data.Ledger.Contains(code))
        {
            return new TrendMonth(month, eligible, 0, 0, 0, null);
        }

        var totals = data.Ledger.GetTotals(code, window);
        return new TrendMonth(month, eligible, data.Ledger.GetCoverage(code, window.End), totals.Net, 0, null);
    }

    /// <summary>A region's month: the sums of its kecamatan's, not known when one of theirs is not.</summary>
    private static TrendMonth RegionMonth(RegionCode region, YearMonth month, IReadOnlyList<RegionTrend> rows, int i, RegionCodeChanges changes)
    {
        long eligible = 0;
        long? coverage = 0, realised = 0, adjustment = 0;
        var end = month.ToDateInterval().End;
        foreach (var row in rows)
        {
            var own = row.Months[i];
            eligible = CheckedMath.Add(eligible, own.Eligible, $"eligible count of {region}");

            // A retired snapshot kecamatan's coverage leaves the sum: its successors' figures restate it (R24).
            bool restated = own.Snapshots is not null && changes.IsRetired(row.Region, end);
            coverage = restated ? coverage : coverage is long c && own.Coverage is long oc ? CheckedMath.Add(c, oc, $"coverage of {region}") : null;
            realised = realised is long r && own.Realised is long or ? CheckedMath.Add(r, or, $"realisation of {region}") : null;
            adjustment = adjustment is long a && own.Adjustment is long oa ? CheckedMath.Add(a, oa, $"adjustment of {region}") : null;
        }

        return new TrendMonth(month, eligible, coverage, realised, adjustment, null);
    }
}
