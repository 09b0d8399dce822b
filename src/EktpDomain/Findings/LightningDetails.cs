using System;
using EktpDomain.Incidents;

namespace EktpDomain.Findings;

/// <summary>The facts of an R8 <c>lightning</c> finding: the incident, caused by lightning.</summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class LightningDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="incident">The incident; its cause is <see cref="IncidentCause.Lightning"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is null.</exception>
    /// <exception cref="ArgumentException">The incident has another cause.</exception>
    public LightningDetails(Incident incident)
    {
        Incident = IncidentOf(incident, IncidentCause.Lightning, LightningRule.RuleId);
    }

    /// <summary>The incident.</summary>
    public Incident Incident { get; }
}
