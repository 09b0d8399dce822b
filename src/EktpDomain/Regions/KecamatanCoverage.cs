using System;
using System.Collections.Generic;
using System.Globalization;

namespace EktpDomain.Regions;

/// <summary>
/// How much of a region some data covers: the region (the smallest one containing every kecamatan of the data), the
/// number of its kecamatan the data has, and the number the region catalogue lists, such as "3 of 29 kecamatan" of
/// Kabupaten Tangerang. A roll-up or a total over partial data carries it, so that it is never read as the whole.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
/// <param name="Region">The region.</param>
/// <param name="Covered">The number of the region's kecamatan the data has.</param>
/// <param name="Catalogued">The number the catalogue lists in the region, or null when the catalogue does not list the region.</param>
public readonly record struct KecamatanCoverage(RegionCode Region, int Covered, int? Catalogued)
{
    /// <summary>Whether the data has fewer kecamatan than the catalogue lists in the region.</summary>
    public bool IsPartial => Catalogued is int catalogued && Covered < catalogued;

    /// <summary>The coverage of a region by <paramref name="covered"/> of its kecamatan, against <see cref="RegionCatalogue.Kemendagri2025"/>.</summary>
    /// <param name="region">The region, at or above the kecamatan level.</param>
    /// <param name="covered">The number of its kecamatan the data has; zero or more.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is a village code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="covered"/> is negative.</exception>
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
    public static KecamatanCoverage Of(IReadOnlyCollection<RegionCode> kecamatan)
    {
        ArgumentNullException.ThrowIfNull(kecamatan);
        RegionCode? common = null;
        foreach (var code in kecamatan)
        {
            common = common is RegionCode c ? RegionCode.CommonAncestor(c, code) : code.Kecamatan;
        }

        return Of(common ?? RegionCode.Nation, kecamatan.Count);
    }

    /// <summary>Formats as <c>36.03: 3 of 29 kecamatan</c>, or <c>36.03: 3 kecamatan</c> when the catalogue does not list the region.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Region}: {Covered}{(Catalogued is int c ? $" of {c}" : string.Empty)} kecamatan");
}
