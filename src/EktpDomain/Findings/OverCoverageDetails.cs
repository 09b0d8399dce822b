using System;
using System.Globalization;

namespace EktpDomain.Findings;

/// <summary>The facts of an R23 <c>over-coverage</c> finding: more residents recorded than are eligible at the end of the window.</summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class OverCoverageDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="coverage">The residents recorded at the end of the window; more than <paramref name="eligible"/>.</param>
    /// <param name="eligible">The eligible residents at the end of the window; zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="eligible"/> is negative, or <paramref name="coverage"/> is not above it.</exception>
    public OverCoverageDetails(long coverage, long eligible)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(eligible);
        if (coverage <= eligible)
        {
            throw new ArgumentOutOfRangeException(
                nameof(coverage),
                coverage,
                string.Create(CultureInfo.InvariantCulture, $"An over-coverage finding needs more recorded than eligible residents, but has {coverage} recorded of {eligible}."));
        }

        Coverage = coverage;
        Eligible = eligible;
    }

    /// <summary>The residents recorded at the end of the window.</summary>
    public long Coverage { get; }

    /// <summary>The eligible residents at the end of the window.</summary>
    public long Eligible { get; }

    /// <summary>Coverage ÷ eligible, exact and above 1; null when nobody is eligible.</summary>
    public Ratio? CoverageRatio => Eligible == 0 ? null : new Ratio(Coverage, Eligible);
}
