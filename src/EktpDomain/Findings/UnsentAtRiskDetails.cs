using System;
using EktpDomain.Devices;
using EktpDomain.Incidents;

namespace EktpDomain.Findings;

/// <summary>
/// The facts of an R13 <c>unsent-records</c> critical finding: a software or credential-change incident that started
/// while records were unsent, and how many were at risk.
/// </summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class UnsentAtRiskDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="incident">The incident; its component is software or its cause a credential change.</param>
    /// <param name="records">The records unsent when it started; at least 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is null.</exception>
    /// <exception cref="ArgumentException">The incident is neither a software nor a credential-change incident.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="records"/> is below 1.</exception>
    public UnsentAtRiskDetails(Incident incident, long records)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.Component != DeviceComponent.Software && incident.Cause != IncidentCause.CredentialChange)
        {
            throw new ArgumentException(PersonalData.Redact($"An unsent-records finding is about a software or credential-change incident, but incident '{incident.Id}' is a {incident.Component} incident caused by {incident.Cause}."), nameof(incident));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(records, 1);
        Incident = incident;
        Records = records;
    }

    /// <summary>The incident.</summary>
    public Incident Incident { get; }

    /// <summary>The records unsent at the end of the day before it started: those at risk.</summary>
    public long Records { get; }
}
