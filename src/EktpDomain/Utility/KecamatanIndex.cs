using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace EktpDomain.Utility;

/// <summary>
/// A sorted, duplicate-free set of kecamatan codes with O(log n) lookup of a code's index and of the contiguous
/// index range of every code inside a parent region (region codes sort hierarchically).
/// </summary>
internal sealed class KecamatanIndex
{
    private readonly long[] keys;

    public KecamatanIndex(IEnumerable<RegionCode> kecamatan, string paramName, RegionLevel level = RegionLevel.Kecamatan)
    {
        ArgumentNullException.ThrowIfNull(kecamatan, paramName);
        Level = level;
        var all = new List<RegionCode>();
        foreach (var code in kecamatan)
        {
            if (code.Level != level)
            {
                throw new ArgumentException(
                    level == RegionLevel.Kecamatan
                        ? $"'{code}' is a {code.Level} code, but only kecamatan codes (PP.KK.CC) are allowed here."
                        : $"'{code}' is a {code.Level} code, but only {level} codes are allowed here.",
                    paramName);
            }

            all.Add(code);
        }

        // Sorting once and dropping repeats is cheaper than a sorted set when codes repeat, as a dated population's do.
        all.Sort();
        int distinct = 0;
        for (int i = 0; i < all.Count; i++)
        {
            if (distinct == 0 || all[i] != all[distinct - 1])
            {
                all[distinct++] = all[i];
            }
        }

        Codes = [.. all.Take(distinct)];
        keys = new long[Codes.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = Codes[i].SortKey;
        }
    }

    private KecamatanIndex(ImmutableArray<RegionCode> sortedCodes)
    {
        Level = RegionLevel.Kecamatan;
        Codes = sortedCodes;
        keys = new long[Codes.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = Codes[i].SortKey;
        }
    }

    public ImmutableArray<RegionCode> Codes { get; }

    /// <summary>The level of every code: <see cref="RegionLevel.Kecamatan"/>, or <see cref="RegionLevel.Regency"/> for data kept per kabupaten/kota.</summary>
    public RegionLevel Level { get; }

    public int Count => keys.Length;

    /// <summary>An index of kecamatan codes the caller has already checked, sorted and made distinct.</summary>
    public static KecamatanIndex FromSorted(ImmutableArray<RegionCode> sortedCodes) => new(sortedCodes);

    /// <summary>The index of a kecamatan code, or −1 when it is not in the set.</summary>
    public int IndexOf(RegionCode code)
    {
        int i = Array.BinarySearch(keys, code.SortKey);
        return i >= 0 && code.Level == Level ? i : -1;
    }

    /// <summary>The index range [start, end) of the kecamatan inside <paramref name="region"/> (any level).</summary>
    public (int Start, int End) RangeOf(RegionCode region)
    {
        if (region.Level > Level)
        {
            return (0, 0);
        }

        if (region.Level == Level)
        {
            int i = IndexOf(region);
            return i < 0 ? (0, 0) : (i, i + 1);
        }

        long low = region.SortKey;
        long high = region.Level switch
        {
            RegionLevel.Nation => long.MaxValue,
            RegionLevel.Province => low + 1_00_00_0000L,
            _ => low + 1_00_0000L,
        };
        return (SortedArray.LowerBound<long>(keys, low), SortedArray.LowerBound<long>(keys, high));
    }
}
