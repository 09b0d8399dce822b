using System;
using System.Globalization;
using System.Text.Json.Serialization;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using NodaTime;

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
/// <c>Reporting.Json.ReportJson</c>'s, which renders details as words.
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

/// <summary>The facts of an R8 <c>no-working-device</c> finding: how many working days had no available set, and the first.</summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class NoWorkingDeviceDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="workingDays">The working days without an available set; at least 1.</param>
    /// <param name="firstDay">The first of them, if known.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is below 1.</exception>
    public NoWorkingDeviceDetails(int workingDays, LocalDate? firstDay)
    {
        if (workingDays < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(workingDays),
                workingDays,
                string.Create(CultureInfo.InvariantCulture, $"A no-working-device finding needs at least 1 working day without a set, but has {workingDays}."));
        }

        WorkingDays = workingDays;
        FirstDay = firstDay;
    }

    /// <summary>The working days without an available set.</summary>
    public int WorkingDays { get; }

    /// <summary>The first of them, if known.</summary>
    public LocalDate? FirstDay { get; }
}

/// <summary>The facts of an R8 <c>data-loss</c> finding: the records lost in the window.</summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class DataLossDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="records">The records lost in the window; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="records"/> is below 1.</exception>
    public DataLossDetails(long records)
    {
        if (records < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(records),
                records,
                string.Create(CultureInfo.InvariantCulture, $"A data-loss finding needs at least 1 lost record, but has {records}."));
        }

        Records = records;
    }

    /// <summary>The records lost in the window.</summary>
    public long Records { get; }
}

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

/// <summary>
/// The facts of an R8 <c>repeated-failure</c> finding: the set, how many incidents, the first and last start dates,
/// and the run of days they fall in.
/// </summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class RepeatedFailureDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="device">The set; not blank.</param>
    /// <param name="incidents">How many incidents; at least 2.</param>
    /// <param name="first">The first incident's start date.</param>
    /// <param name="last">The last incident's start date; not before <paramref name="first"/>.</param>
    /// <param name="withinDays">The rule's run of days; at least 1, and longer than the days from <paramref name="first"/> to <paramref name="last"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="device"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range, or the dates do not fit the run of days.</exception>
    public RepeatedFailureDetails(string device, int incidents, LocalDate first, LocalDate last, int withinDays)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(device);
        if (incidents < 2)
        {
            throw new ArgumentOutOfRangeException(
                nameof(incidents),
                incidents,
                string.Create(CultureInfo.InvariantCulture, $"A repeated-failure finding needs at least 2 incidents, but has {incidents}."));
        }

        if (withinDays < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(withinDays),
                withinDays,
                string.Create(CultureInfo.InvariantCulture, $"The run of days of a repeated-failure finding must be at least 1, but is {withinDays}."));
        }

        if (last < first || Period.DaysBetween(first, last) >= withinDays)
        {
            throw new ArgumentOutOfRangeException(
                nameof(last),
                last,
                string.Create(CultureInfo.InvariantCulture, $"A repeated-failure finding's last incident ({last:uuuu-MM-dd}) must start on or after its first ({first:uuuu-MM-dd}), within {withinDays} days."));
        }

        Device = device;
        Incidents = incidents;
        First = first;
        Last = last;
        WithinDays = withinDays;
    }

    /// <summary>The set.</summary>
    public string Device { get; }

    /// <summary>How many incidents.</summary>
    public int Incidents { get; }

    /// <summary>The first incident's start date.</summary>
    public LocalDate First { get; }

    /// <summary>The last incident's start date.</summary>
    public LocalDate Last { get; }

    /// <summary>The rule's run of days (90 by default).</summary>
    public int WithinDays { get; }
}

/// <summary>The facts of an R12 <c>low-turnout</c> finding: the invitations over the window and the threshold the turnout fell below.</summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class LowTurnoutDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="invitations">The invitations over the window; at least 1 invited.</param>
    /// <param name="thresholdPercent">The rule's threshold in percent; above 0, at most 100, and above the turnout.</param>
    /// <exception cref="ArgumentOutOfRangeException">Nobody was invited, or the threshold is out of range or not above the turnout.</exception>
    public LowTurnoutDetails(InvitationTotals invitations, decimal thresholdPercent)
    {
        if (invitations.Invited < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(invitations), invitations, "A low-turnout finding needs at least 1 invited resident.");
        }

        if (thresholdPercent is <= 0 or > 100 || invitations.TurnoutRatio >= Ratio.FromPercent(thresholdPercent))
        {
            throw new ArgumentOutOfRangeException(
                nameof(thresholdPercent),
                thresholdPercent,
                string.Create(CultureInfo.InvariantCulture, $"A low-turnout finding needs a threshold above 0, at most 100 and above the turnout ({invitations}), but has {thresholdPercent}."));
        }

        Invitations = invitations;
        ThresholdPercent = thresholdPercent;
    }

    /// <summary>The residents invited over the window, and how many came.</summary>
    public InvitationTotals Invitations { get; }

    /// <summary>The turnout, attended ÷ invited, exact.</summary>
    public Ratio TurnoutRatio => Invitations.TurnoutRatio!.Value;

    /// <summary>The rule's threshold, in percent.</summary>
    public decimal ThresholdPercent { get; }
}

/// <summary>
/// The facts of an R13 <c>unsent-records</c> warning: the set, the most records it held unsent in the window and
/// when, and the oldest age an unsent record reached, with the rule's thresholds.
/// </summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class UnsentRecordsDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="device">The set; not blank.</param>
    /// <param name="peak">The most records it held unsent at the end of a day of the window; at least 1.</param>
    /// <param name="peakDate">The first day it held <paramref name="peak"/>.</param>
    /// <param name="oldestAgeWorkingDays">The greatest age, in working days, of its oldest unsent record; zero or more.</param>
    /// <param name="oldestRecorded">The day that record was recorded.</param>
    /// <param name="countThreshold">The rule's count threshold; at least 1.</param>
    /// <param name="ageWorkingDays">The rule's age threshold; zero or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="device"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A figure is out of range, or neither threshold is reached.</exception>
    public UnsentRecordsDetails(string device, long peak, LocalDate peakDate, int oldestAgeWorkingDays, LocalDate oldestRecorded, long countThreshold, int ageWorkingDays)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(device);
        ArgumentOutOfRangeException.ThrowIfLessThan(peak, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(oldestAgeWorkingDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(countThreshold, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(ageWorkingDays);
        if (peak < countThreshold && oldestAgeWorkingDays <= ageWorkingDays)
        {
            throw new ArgumentOutOfRangeException(
                nameof(peak),
                peak,
                string.Create(CultureInfo.InvariantCulture, $"An unsent-records warning needs at least {countThreshold} unsent records or an age above {ageWorkingDays} working days, but has {peak} and {oldestAgeWorkingDays}."));
        }

        Device = device;
        Peak = peak;
        PeakDate = peakDate;
        OldestAgeWorkingDays = oldestAgeWorkingDays;
        OldestRecorded = oldestRecorded;
        CountThreshold = countThreshold;
        AgeWorkingDays = ageWorkingDays;
    }

    /// <summary>The set.</summary>
    public string Device { get; }

    /// <summary>The most records it held unsent at the end of a day of the window.</summary>
    public long Peak { get; }

    /// <summary>The first day it held <see cref="Peak"/>.</summary>
    public LocalDate PeakDate { get; }

    /// <summary>The greatest age, in working days, of its oldest unsent record.</summary>
    public int OldestAgeWorkingDays { get; }

    /// <summary>The day that record was recorded.</summary>
    public LocalDate OldestRecorded { get; }

    /// <summary>The rule's count threshold (500 by default).</summary>
    public long CountThreshold { get; }

    /// <summary>The rule's age threshold in working days (3 by default).</summary>
    public int AgeWorkingDays { get; }
}

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
