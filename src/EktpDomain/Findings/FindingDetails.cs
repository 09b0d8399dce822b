using System;
using System.Text.Json.Serialization;
using EktpDomain.Incidents;

namespace EktpDomain.Findings;

/// <summary>
/// The facts behind a <see cref="Finding"/>, from which a report language renders its message and recommended action
/// (R8, R10).
/// </summary>
/// <remarks>
/// <para>
/// Each built-in rule has its own sealed subclass: <see cref="LongOutageDetails"/>, <see cref="NoWorkingDeviceDetails"/>,
/// <see cref="DataLossDetails"/>, <see cref="MobileUnitRecommendedDetails"/>, <see cref="CredentialChangeDetails"/>,
/// <see cref="LightningDetails"/>, <see cref="RepeatedFailureDetails"/>, <see cref="LowTurnoutDetails"/>, and for
/// <c>unsent-records</c> <see cref="UnsentRecordsDetails"/> (a warning) and <see cref="UnsentAtRiskDetails"/> (critical), and
/// <see cref="OverCoverageDetails"/> of <c>over-coverage</c> (R23) and <see cref="DataQualityDetails"/> of
/// <c>data-quality</c> (R25). A custom rule that needs its own words
/// uses <see cref="CustomFindingDetails"/>. The set of subclasses is closed, so
/// <c>Reporting.ReportText</c> can render every finding.
/// </para>
/// <para>
/// System.Text.Json writes the details of their runtime type, led by a <c>"kind"</c> naming it (the rule id, or
/// <c>unsent-records-at-risk</c> and <c>custom</c>), also when given as a <see cref="FindingDetails"/>; configure
/// NodaTime's converters (NodaTime.Serialization.SystemTextJson) for its dates. The contract's JSON of a report is
/// that of <c>Reporting.Json.ReportJson</c> (package EktpDomain.Reporting.Json), which renders details as words.
/// </para>
/// <para>Equality is reference equality. Every subclass is immutable and thread-safe.</para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(LongOutageDetails), "long-outage")]
[JsonDerivedType(typeof(NoWorkingDeviceDetails), "no-working-device")]
[JsonDerivedType(typeof(DataLossDetails), "data-loss")]
[JsonDerivedType(typeof(MobileUnitRecommendedDetails), "mobile-unit-recommended")]
[JsonDerivedType(typeof(CredentialChangeDetails), "credential-change")]
[JsonDerivedType(typeof(LightningDetails), "lightning")]
[JsonDerivedType(typeof(RepeatedFailureDetails), "repeated-failure")]
[JsonDerivedType(typeof(LowTurnoutDetails), "low-turnout")]
[JsonDerivedType(typeof(UnsentRecordsDetails), "unsent-records")]
[JsonDerivedType(typeof(UnsentAtRiskDetails), "unsent-records-at-risk")]
[JsonDerivedType(typeof(OverCoverageDetails), "over-coverage")]
[JsonDerivedType(typeof(DataQualityDetails), "data-quality")]
[JsonDerivedType(typeof(CustomFindingDetails), "custom")]
public abstract class FindingDetails
{
    private protected FindingDetails()
    {
    }

    private protected static Incident IncidentOf(Incident incident, IncidentCause cause, string ruleId)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.Cause == cause
            ? incident
            : throw new ArgumentException(PersonalData.Redact($"A {ruleId} finding is about an incident caused by {cause}, but incident '{incident.Id}' was caused by {incident.Cause}."), nameof(incident));
    }
}
