using System.Collections.Immutable;
using System.Globalization;
using EktpDomain.Utility;

namespace EktpDomain.Trends;

/// <summary>One region of a <see cref="CoverageTrend"/>: a kecamatan, or the region containing them all, month by month.</summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class RegionTrend
{
    internal RegionTrend(RegionCode region, string name, ImmutableArray<TrendMonth> months)
    {
        Region = region;
        Name = name;
        Months = months;
        long? realised = 0, adjustment = 0;
        int unknown = 0;
        foreach (var month in months)
        {
            realised = realised is long r && month.Realised is long m ? CheckedMath.Add(r, m, $"realisation of {region}") : null;
            adjustment = adjustment is long a && month.Adjustment is long n ? CheckedMath.Add(a, n, $"adjustment of {region}") : null;
            unknown += month.Realised is null ? 1 : 0;
        }

        Realised = realised;
        Adjustment = adjustment;
        MonthsUnknown = unknown;
    }

    /// <summary>The region's code.</summary>
    public RegionCode Region { get; }

    /// <summary>The region's name.</summary>
    public string Name { get; }

    /// <summary>One entry per month of the trend, in order.</summary>
    public ImmutableArray<TrendMonth> Months { get; }

    /// <summary>The realisation over every month; null when any month's is not known.</summary>
    public long? Realised { get; }

    /// <summary>The adjustments over every month; null when any month's realisation is not known.</summary>
    public long? Adjustment { get; }

    /// <summary>The number of months whose realisation is not known (R21).</summary>
    public int MonthsUnknown { get; }

    /// <summary>Formats as <c>36.03.27 Sukamulya: 24 months</c>, for debugging.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Region} {Name}: {Months.Length} months");
}
