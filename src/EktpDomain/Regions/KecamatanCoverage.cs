using System.Diagnostics.Contracts;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace EktpDomain.Regions;

/// <summary>
/// How much of a region some data covers: the region (the smallest one containing every kecamatan of the data), the
/// number of its kecamatan the data has, and the number the region catalogue lists, such as "3 of 29 kecamatan" of
/// Kabupaten Tangerang. A roll-up or a total over partial data carries it, so that it is never read as the whole.
/// </summary>
/// <remarks>
/// Data kept per kabupaten/kota (a provincial table) counts kabupaten/kota instead: "8 of 8 kabupaten/kota" of a
/// province (<see cref="Level"/>). This type is an immutable value type and is thread-safe.
/// </remarks>
/// <param name="Region">The region.</param>
/// <param name="Covered">The number of the region's kecamatan (or kabupaten/kota) the data has.</param>
/// <param name="Catalogued">The number the catalogue lists in the region, or null when the catalogue does not list the region.</param>
public readonly record struct KecamatanCoverage(RegionCode Region, int Covered, int? Catalogued)
{
    private readonly bool regencies;

    /// <summary>What is counted: <see cref="RegionLevel.Kecamatan"/> (the default), or <see cref="RegionLevel.Regency"/> for data kept per kabupaten/kota.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a level other than these two.</exception>
    public RegionLevel Level
    {
        get => regencies ? RegionLevel.Regency : RegionLevel.Kecamatan;
        init => regencies = value switch
        {
            RegionLevel.Kecamatan => false,
            RegionLevel.Regency => true,
            _ => throw new ArgumentOutOfRangeException(nameof(value), value, "A coverage counts kecamatan or kabupaten/kota."),
        };
    }

    /// <summary>Whether the data has fewer kecamatan than the catalogue lists in the region.</summary>
    public bool IsPartial => Catalogued is int catalogued && Covered < catalogued;

    /// <summary>The coverage of a region by <paramref name="covered"/> of its kecamatan, against <see cref="RegionCatalogue.Kemendagri2025"/>.</summary>
    /// <param name="region">The region, at or above the kecamatan level.</param>
    /// <param name="covered">The number of its kecamatan the data has; zero or more.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is a village code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="covered"/> is negative.</exception>
    [Pure]
    public static KecamatanCoverage Of(RegionCode region, int covered)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(covered);
        int catalogued = RegionCatalogue.Kemendagri2025.CountKecamatan(region);
        return new KecamatanCoverage(region, covered, catalogued == 0 ? null : catalogued);
    }

    /// <summary>
    /// The coverage of the smallest region containing every one of <paramref name="kecamatan"/> (the nation when
    /// there are none, or when they lie in different provinces).
    /// </summary>
    /// <param name="kecamatan">The kecamatan of the data, each once.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kecamatan"/> is null.</exception>
    [Pure]
    public static KecamatanCoverage Of(IReadOnlyCollection<RegionCode> kecamatan)
    {
        ArgumentNullException.ThrowIfNull(kecamatan);
        RegionCode? common = null;
        bool regencies = kecamatan.Count > 0;
        foreach (var code in kecamatan)
        {
            common = common is RegionCode c ? RegionCode.CommonAncestor(c, code) : code.Level == RegionLevel.Regency ? code : code.Kecamatan;
            regencies &= code.Level == RegionLevel.Regency;
        }

        return regencies ? Of(common ?? RegionCode.Nation, kecamatan.Count, RegionLevel.Regency) : Of(common ?? RegionCode.Nation, kecamatan.Count);
    }

    /// <summary>
    /// The coverage of the smallest region containing every one of <paramref name="kecamatan"/> after code changes
    /// (R24): a retired code counts where it rolls up on <paramref name="date"/>, and is not counted itself, since its
    /// successors are the region's kecamatan now.
    /// </summary>
    /// <param name="kecamatan">The kecamatan (or kabupaten/kota) of the data, each once.</param>
    /// <param name="changes">The code changes.</param>
    /// <param name="date">The date the changes are read at: a report's last day.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kecamatan"/> or <paramref name="changes"/> is null.</exception>
    [Pure]
    public static KecamatanCoverage Of(IReadOnlyCollection<RegionCode> kecamatan, RegionCodeChanges changes, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(kecamatan);
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Changes.IsEmpty || kecamatan.Count == 0)
        {
            return Of(kecamatan);
        }

        var current = kecamatan.Where(k => !changes.IsRetired(k, date)).ToList();
        var level = kecamatan.All(k => k.Level == RegionLevel.Regency) ? RegionLevel.Regency : RegionLevel.Kecamatan;
        var coverage = current.Count > 0 ? Of(current) : Of(changes.GetRollUpRegion(kecamatan.First(), date), 0, level);
        var region = kecamatan.Select(k => changes.GetRollUpRegion(k, date)).Aggregate(current.Count > 0 ? coverage.Region : changes.GetRollUpRegion(kecamatan.First(), date), RegionCode.CommonAncestor);
        return region == coverage.Region ? coverage : Of(region, current.Count, coverage.Level);
    }

    /// <summary>
    /// The coverage of a region by <paramref name="covered"/> of its kecamatan, or of its kabupaten/kota, against
    /// <see cref="RegionCatalogue.Kemendagri2025"/>.
    /// </summary>
    /// <param name="region">The region, at or above the counted level.</param>
    /// <param name="covered">The number the data has; zero or more.</param>
    /// <param name="level">What is counted: <see cref="RegionLevel.Kecamatan"/> or <see cref="RegionLevel.Regency"/>.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is below the counted level.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="covered"/> is negative, or <paramref name="level"/> is another level.</exception>
    [Pure]
    public static KecamatanCoverage Of(RegionCode region, int covered, RegionLevel level)
    {
        if (level == RegionLevel.Kecamatan)
        {
            return Of(region, covered);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(covered);
        int catalogued = level == RegionLevel.Regency
            ? RegionCatalogue.Kemendagri2025.CountRegencies(region)
            : throw new ArgumentOutOfRangeException(nameof(level), level, "A coverage counts kecamatan or kabupaten/kota.");
        return new KecamatanCoverage(region, covered, catalogued == 0 ? null : catalogued) { Level = RegionLevel.Regency };
    }

    /// <summary>Formats as <c>36.03: 3 of 29 kecamatan</c>, or <c>36.03: 3 kecamatan</c> when the catalogue does not list the region (<c>kabupaten/kota</c> for that level).</summary>
    /// <returns>The text.</returns>
    [Pure]
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Region}: {Covered}{(Catalogued is int c ? $" of {c}" : string.Empty)} {(regencies ? "kabupaten/kota" : "kecamatan")}");
}
