using System.Globalization;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>How two figures of an aggregate export disagree (R25).</summary>
public enum DataQualityKind
{
    /// <summary>A row's men and women do not add up to its total (L + P ≠ JML); the total is used.</summary>
    SexSplit = 0,

    /// <summary>A row's total differs from the sum of the rows below it (a kabupaten/kota and its kecamatan, a kecamatan and its desa); the rows of the level reported are used.</summary>
    ChildrenSum = 1,
}

/// <summary>
/// A figure of an aggregate export that disagrees with another figure of the same export (R25): reported as a
/// data-quality finding, never fixed silently and never an error.
/// </summary>
/// <param name="Region">The region of the row whose figure is stated.</param>
/// <param name="Date">The date of the export.</param>
/// <param name="Kind">How the figures disagree.</param>
/// <param name="Measure">The measure: <c>eligible</c>, <c>recorded</c> or <c>not recorded</c>.</param>
/// <param name="Stated">The figure the row states: its total (JML).</param>
/// <param name="Computed">The figure computed from the others: L + P, or the sum of the rows below.</param>
/// <remarks>Equality compares every field. Immutable and thread-safe.</remarks>
public sealed record DataQualityIssue(RegionCode Region, LocalDate Date, DataQualityKind Kind, string Measure, long Stated, long Computed)
{
    /// <summary>The region's name as the export writes it, or null.</summary>
    public string? Name { get; init; }

    /// <summary>Where the row came from.</summary>
    public SourceLocation Source { get; init; }

    /// <summary>Stated − computed.</summary>
    public long Difference => Stated - Computed;

    /// <summary>Formats as <c>82.07 on 2026-03-02: recorded 230, computed 220 (ChildrenSum)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Region} on {Date:uuuu'-'MM'-'dd}: {Measure} {Stated}, computed {Computed} ({Kind})");
}
