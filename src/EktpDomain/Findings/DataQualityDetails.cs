using System;
using EktpDomain.Recording;

namespace EktpDomain.Findings;

/// <summary>The facts of an R25 <c>data-quality</c> finding: two figures of an aggregate export that disagree.</summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class DataQualityDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="issue">The figures that disagree.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is null.</exception>
    public DataQualityDetails(DataQualityIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        Issue = issue;
    }

    /// <summary>The figures that disagree.</summary>
    public DataQualityIssue Issue { get; }
}
