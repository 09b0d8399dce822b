using System;
using EktpDomain.Incidents;

namespace EktpDomain.Findings;

/// <summary>The facts of an R8 <c>credential-change</c> finding: the incident, caused by an unauthorised password change.</summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class CredentialChangeDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="incident">The incident; its cause is <see cref="IncidentCause.CredentialChange"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is null.</exception>
    /// <exception cref="ArgumentException">The incident has another cause.</exception>
    public CredentialChangeDetails(Incident incident)
    {
        Incident = IncidentOf(incident, IncidentCause.CredentialChange, CredentialChangeRule.RuleId);
    }

    /// <summary>The incident.</summary>
    public Incident Incident { get; }
}
