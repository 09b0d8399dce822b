using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>
/// The eligible residents (wajib KTP) of each kecamatan as dated stock values (R1).
/// </summary>
/// <remarks>
/// <para>
/// Implements R1 of the calculation rules: the eligible count of a kecamatan is a dated stock. For a period, the
/// count used is the latest value dated on or before the period's first day, or the earliest value when there is
/// none that early. Stocks are never summed over time. A parent region's eligible count is the sum of its
/// kecamatan's counts.
/// </para>
/// <para>Equality is reference equality. An instance is immutable and thread-safe.</para>
/// </remarks>
public sealed class EligiblePopulation
{
    private readonly KecamatanIndex index;
    private readonly int[] start;          // per kecamatan: first value in dates/values, plus a sentinel
    private readonly int[] dates;          // day numbers, ascending within each kecamatan
    private readonly long[] values;

    private EligiblePopulation(KecamatanIndex index, int[] start, int[] dates, long[] values)
    {
        this.index = index;
        this.start = start;
        this.dates = dates;
        this.values = values;
    }

    /// <summary>Starts building a population.</summary>
    /// <returns>An empty builder.</returns>
    public static EligiblePopulationBuilder CreateBuilder() => new();

    /// <summary>
    /// The level the counts are kept at: <see cref="RegionLevel.Kecamatan"/>, or <see cref="RegionLevel.Regency"/> for a
    /// population made from kabupaten/kota snapshots (<see cref="CoverageSeries.ToPopulation"/>), whose
    /// <see cref="KecamatanCodes"/> are then kabupaten/kota codes.
    /// </summary>
    public RegionLevel Level => index.Level;

    /// <summary>The kecamatan with at least one eligible count, in code order.</summary>
    public ImmutableArray<RegionCode> KecamatanCodes => index.Codes;

    /// <summary>Whether <paramref name="kecamatan"/> has an eligible count.</summary>
    /// <param name="kecamatan">A region code.</param>
    /// <returns>True for a kecamatan of this population.</returns>
    public bool Contains(RegionCode kecamatan) => index.IndexOf(kecamatan) >= 0;

    /// <summary>
    /// The eligible count of a kecamatan, or the sum over the kecamatan of a larger region, for a period starting on
    /// <paramref name="periodStart"/> (R1).
    /// </summary>
    /// <param name="region">A kecamatan of this population, or a region containing some (down to the nation).</param>
    /// <param name="periodStart">The first day of the period.</param>
    /// <returns>The eligible residents.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is a kecamatan without a count, or a village.</exception>
    /// <exception cref="OverflowException">The sum over a region does not fit in a <see cref="long"/>.</exception>
    public long GetEligible(RegionCode region, LocalDate periodStart)
    {
        if (region.Level == RegionLevel.Village)
        {
            throw new ArgumentException($"Eligible counts are kept per kecamatan; '{region}' is a village code.", nameof(region));
        }

        int day = DayNumber.Of(periodStart);
        if (region.Level == RegionLevel.Kecamatan)
        {
            int k = index.IndexOf(region);
            return k < 0
                ? throw new ArgumentException($"Kecamatan '{region}' has no eligible count in this population.", nameof(region))
                : ValueAt(k, day);
        }

        (int first, int end) = index.RangeOf(region);
        long total = 0;
        for (int k = first; k < end; k++)
        {
            total = CheckedMath.Add(total, ValueAt(k, day), $"eligible count of {region}");
        }

        return total;
    }

    /// <summary>The eligible count of every kecamatan for a period, aligned with <see cref="KecamatanCodes"/> (R1).</summary>
    /// <param name="periodStart">The first day of the period.</param>
    /// <returns>One count per kecamatan.</returns>
    public ImmutableArray<long> GetEligibleByKecamatan(LocalDate periodStart)
    {
        int day = DayNumber.Of(periodStart);
        var result = new long[index.Count];
        for (int k = 0; k < result.Length; k++)
        {
            result[k] = ValueAt(k, day);
        }

        return ImmutableArray.Create(result);
    }

    /// <summary>Every dated value of one kecamatan, by date. An undated value has <see cref="LocalDate.MinIsoValue"/>.</summary>
    /// <param name="kecamatan">A kecamatan of this population.</param>
    /// <returns>The dated values.</returns>
    /// <exception cref="ArgumentException">The kecamatan has no count.</exception>
    public IReadOnlyList<(LocalDate AsOf, long Eligible)> GetHistory(RegionCode kecamatan)
    {
        int k = index.IndexOf(kecamatan);
        if (k < 0)
        {
            throw new ArgumentException($"Kecamatan '{kecamatan}' has no eligible count in this population.", nameof(kecamatan));
        }

        var history = new (LocalDate, long)[start[k + 1] - start[k]];
        for (int i = start[k]; i < start[k + 1]; i++)
        {
            history[i - start[k]] = (DayNumber.ToDate(dates[i]), values[i]);
        }

        return history;
    }

    /// <summary>R1: the latest value dated on or before <paramref name="day"/>, else the earliest value.</summary>
    private long ValueAt(int k, int day)
    {
        int s = start[k], e = start[k + 1];
        int found = s;
        for (int i = s; i < e && dates[i] <= day; i++)
        {
            found = i;
        }

        return values[found];
    }

    internal static EligiblePopulation Create(KecamatanIndex index, int[] start, int[] dates, long[] values) => new(index, start, dates, values);
}
