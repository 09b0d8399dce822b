using System.Diagnostics.Contracts;
using System.Globalization;
using NodaTime;

namespace EktpDomain.Regions;

/// <summary>How a region's code changed between Kemendagri editions (R24).</summary>
public enum RegionCodeChangeKind
{
    /// <summary>The region got a new code, whole: one new code.</summary>
    Rename = 0,

    /// <summary>The region joined another: its new code is the region it merged into.</summary>
    Merge = 1,

    /// <summary>The region was divided: two or more new codes.</summary>
    Split = 2,
}

/// <summary>How <c>codes.csv</c> and the library's messages spell the kinds of code change.</summary>
public static class RegionCodeChangeNames
{
    /// <summary>The kinds: <c>rename</c>, <c>merge</c>, <c>split</c>.</summary>
    public static EnumNames<RegionCodeChangeKind> Kind { get; } = new("rename", "merge", "split");
}

/// <summary>
/// One row of a code change (R24): from <see cref="From"/> on, <see cref="Old"/> is retired and <see cref="New"/> takes
/// (part of) its place. A split has one row per new code.
/// </summary>
/// <param name="Old">The retired code: a kecamatan or a kabupaten/kota.</param>
/// <param name="New">A code that replaces it, of the same level.</param>
/// <param name="From">The first day the new code is in effect.</param>
/// <param name="Kind">The kind of change.</param>
/// <remarks>Equality compares every field. This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct RegionCodeChange(RegionCode Old, RegionCode New, LocalDate From, RegionCodeChangeKind Kind)
{
    /// <summary>Formats as <c>36.03.05 → 36.74.01 from 2008-12-26 (rename)</c>.</summary>
    /// <returns>The description.</returns>
    [Pure]
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Old} → {New} from {From:uuuu'-'MM'-'dd} ({RegionCodeChangeNames.Kind.Format(Kind)})");
}
