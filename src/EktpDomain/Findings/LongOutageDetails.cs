using System;
using EktpDomain.Incidents;

namespace EktpDomain.Findings;

/// <summary>The facts of an R8 <c>long-outage</c> finding: the merged outage.</summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class LongOutageDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="outage">The merged outage.</param>
    /// <exception cref="ArgumentNullException"><paramref name="outage"/> is null.</exception>
    public LongOutageDetails(Outage outage)
    {
        ArgumentNullException.ThrowIfNull(outage);
        Outage = outage;
    }

    /// <summary>The merged outage: the set or site, its parts, its dates and its working days.</summary>
    public Outage Outage { get; }
}
