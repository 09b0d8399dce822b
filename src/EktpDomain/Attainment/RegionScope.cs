using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EktpDomain.Recording;
using EktpDomain.Regions;
using NodaTime;

namespace EktpDomain.Attainment;

/// <summary>
/// Which kecamatan of the data a report of a region holds, and at which levels its rows can be: one rule for the
/// report, the forecasts and the trend.
/// </summary>
internal static class RegionScope
{
    /// <summary>
    /// The kecamatan of the data that count inside <paramref name="region"/> on <paramref name="date"/> (R24), in code
    /// order, after checking that <paramref name="level"/> lies between the region's level and the data's.
    /// </summary>
    /// <exception cref="ArgumentException">The region is a village, the level is out of range, or no kecamatan lies in the region.</exception>
    public static List<RegionCode> KecamatanInside(RecordingData data, RegionCode region, RegionLevel level, LocalDate date)
    {
        if (region.Level == RegionLevel.Village)
        {
            throw new ArgumentException($"Region '{region}' is a village; give a province, a kabupaten/kota or a kecamatan.", nameof(region));
        }

        if (level > data.Level || level < region.Level)
        {
            throw new ArgumentException($"Level {level} is not between the region's ({region.Level}) and the data's ({data.Level}).", nameof(level));
        }

        var codes = data.KecamatanCodes.Where(k => data.CodeChanges.RollsUpInto(k, region, date)).ToList();
        return codes.Count > 0 ? codes : throw new ArgumentException($"Region '{region}' has no kecamatan in this data.", nameof(region));
    }

    /// <summary>
    /// The region of <paramref name="level"/> that a kecamatan's history counts in on <paramref name="date"/> (R24), as
    /// in the report's roll-up; null when it rolls up above that level (a kecamatan split between two regions of it).
    /// </summary>
    public static RegionCode? RowAt(RegionCodeChanges changes, RegionCode code, RegionLevel level, LocalDate date) =>
        changes.GetRollUpRegion(code, date) is var at && at.Level >= level ? at.AncestorAt(level) : null;

    /// <summary>The codes not retired on <paramref name="date"/>: a retired code is none of a region's kecamatan (R24).</summary>
    public static ImmutableArray<RegionCode> Current(RegionCodeChanges changes, IReadOnlyList<RegionCode> codes, LocalDate date) =>
        changes.Changes.IsEmpty ? [.. codes] : [.. codes.Where(c => !changes.IsRetired(c, date))];
}
