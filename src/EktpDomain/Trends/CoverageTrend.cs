using System;
using System.Collections.Immutable;
using System.Linq;
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

    /// <summary>One trend per kecamatan of the data, in code order.</summary>
    public ImmutableArray<RegionTrend> Rows { get; }

    /// <summary>The trend of the smallest region containing every kecamatan (the kecamatan itself when there is one).</summary>
    public RegionTrend Total { get; }

    /// <summary>How many of <see cref="Total"/>'s kecamatan the data covers against the region catalogue.</summary>
    public KecamatanCoverage KecamatanCoverage { get; }

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
        var months = Enumerable.Range(0, count).Select(from.PlusMonths).ToImmutableArray();

        var codes = data.KecamatanCodes;
        var rows = codes.Select(code => new RegionTrend(code, data.GetName(code), [.. months.Select(m => KecamatanMonth(data, code, m))])).ToImmutableArray();
        var common = codes.Aggregate(codes[0], RegionCode.CommonAncestor);
        var total = rows.Length == 1
            ? rows[0]
            : new RegionTrend(common, data.GetName(common), [.. months.Select((m, i) => RegionMonth(common, m, rows, i, data.CodeChanges))]);
        return new CoverageTrend(months, rows, total, KecamatanCoverage.Of(codes), data.GetName);
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
    private static TrendMonth RegionMonth(RegionCode region, YearMonth month, ImmutableArray<RegionTrend> rows, int i, RegionCodeChanges changes)
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
