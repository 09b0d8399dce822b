using System;
using System.Globalization;

namespace EktpDomain.Findings;

/// <summary>The facts of an R8 <c>mobile-unit-recommended</c> finding: the backlog and the threshold it reached.</summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class MobileUnitRecommendedDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="backlog">The re-recording backlog at the end of the window; at least <paramref name="threshold"/>.</param>
    /// <param name="threshold">The rule's threshold; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is below 1, or <paramref name="backlog"/> is below it.</exception>
    public MobileUnitRecommendedDetails(long backlog, long threshold)
    {
        if (threshold < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(threshold),
                threshold,
                string.Create(CultureInfo.InvariantCulture, $"The backlog threshold of a mobile-unit-recommended finding must be at least 1, but is {threshold}."));
        }

        if (backlog < threshold)
        {
            throw new ArgumentOutOfRangeException(
                nameof(backlog),
                backlog,
                string.Create(CultureInfo.InvariantCulture, $"A mobile-unit-recommended finding needs a backlog of at least its threshold {threshold}, but has {backlog}."));
        }

        Backlog = backlog;
        Threshold = threshold;
    }

    /// <summary>The re-recording backlog at the end of the window.</summary>
    public long Backlog { get; }

    /// <summary>The rule's threshold.</summary>
    public long Threshold { get; }
}
