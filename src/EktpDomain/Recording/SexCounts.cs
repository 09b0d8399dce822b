using System.Diagnostics.Contracts;
using System.Globalization;

namespace EktpDomain.Recording;

/// <summary>
/// One measure of an aggregate export (R25) as SIAK writes it: for men (L, laki-laki), for women (P, perempuan) and
/// the total (JML, jumlah). The total is the figure used; the two parts are a cross-check.
/// </summary>
/// <param name="Men">The count for men, or null when the export has no such column.</param>
/// <param name="Women">The count for women, or null when the export has no such column.</param>
/// <param name="Total">The total.</param>
/// <remarks>Equality compares the three counts. This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct SexCounts(long? Men, long? Women, long Total)
{
    /// <summary>A total without parts.</summary>
    /// <param name="total">The total.</param>
    /// <returns>The counts.</returns>
    [Pure]
    public static SexCounts OfTotal(long total) => new(null, null, total);

    /// <summary>Whether both parts are given and their sum differs from the total (R25).</summary>
    public bool PartsDisagree => Men is long men && Women is long women && (!TrySum(men, women, out long sum) || sum != Total);

    /// <summary>Formats as <c>L 100 + P 120 = JML 220</c>, or the total alone.</summary>
    /// <returns>The text.</returns>
    [Pure]
    public override string ToString() => Men is long men && Women is long women
        ? string.Create(CultureInfo.InvariantCulture, $"L {men} + P {women} = JML {Total}")
        : Total.ToString(CultureInfo.InvariantCulture);

    private static bool TrySum(long men, long women, out long sum)
    {
        // Either part may be negative here (a check of figures, not of counts): overflow is a sign change against both.
        sum = unchecked(men + women);
        return ((men ^ sum) & (women ^ sum)) >= 0;
    }
}
