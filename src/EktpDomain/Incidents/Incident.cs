using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EktpDomain.Devices;
using NodaTime;

namespace EktpDomain.Incidents;

/// <summary>
/// A device or site failure (kerusakan, gangguan): which part failed, why, where, and for how long, such as
/// "Pagedangan's server destroyed by lightning" or "Kresek's fingerprint scanner broken for 15 days".
/// </summary>
/// <remarks>
/// <para>
/// <b>Scope (R5).</b> Every incident is an outage, from <see cref="Start"/> to <see cref="End"/> inclusive; an
/// ongoing incident (no end) lasts to the end of the period asked about. An incident that names a set
/// (<see cref="Device"/>) is an outage of that set, and follows the set wherever it is assigned. An incident that
/// names no set is an outage of the kecamatan's whole site: it touches every set assigned there on those days. A
/// server, network or power failure normally names no set, and is then site-wide ("a server outage is site-wide");
/// if it does name a set, it is taken to be that set's own failure (its own link or supply), as R5's "an outage
/// touches a device if it names that device" says.
/// </para>
/// <para>
/// <b>Data loss.</b> <see cref="RecordsLost"/> and <see cref="LossReference"/> optionally link the incident to the
/// ledger's lost entries, such as the 1,738 recordings lost at Sepatan Timur after a password change. They are
/// descriptive: the ledger's <c>lost</c> entries remain the figures that count (R3).
/// </para>
/// <para>
/// Equality is value equality over every property, ids compared ordinally. This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class Incident : IEquatable<Incident>
{
    /// <summary>Creates an incident.</summary>
    /// <param name="id">The incident's id, unique in its log; leading and trailing white space is removed; not blank.</param>
    /// <param name="kecamatan">The kecamatan where it happened, a <see cref="RegionLevel.Kecamatan"/> code.</param>
    /// <param name="device">The set it names, or null (or blank) for the whole site.</param>
    /// <param name="component">The part that failed.</param>
    /// <param name="cause">Why it failed.</param>
    /// <param name="start">The first day of the outage.</param>
    /// <param name="end">The last day of the outage, inclusive, or null while it is ongoing.</param>
    /// <param name="recordsLost">The number of recordings lost with it, if known; zero or more.</param>
    /// <param name="lossReference">A reference to the ledger's lost entries or a report, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank, or <paramref name="kecamatan"/> is not a kecamatan code.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="end"/> is before <paramref name="start"/>, an enum value is undefined, or
    /// <paramref name="recordsLost"/> is negative.
    /// </exception>
    public Incident(
        string id,
        RegionCode kecamatan,
        string? device,
        DeviceComponent component,
        IncidentCause cause,
        LocalDate start,
        LocalDate? end = null,
        long? recordsLost = null,
        string? lossReference = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        var problems = Check(id, kecamatan, component, cause, start, end, recordsLost);
        if (problems.Count > 0)
        {
            var (paramName, problem) = problems[0];
            problem = char.ToUpperInvariant(problem[0]) + problem[1..];
            throw paramName is nameof(id) or nameof(kecamatan)
                ? new ArgumentException(problem, paramName)
                : new ArgumentOutOfRangeException(paramName, problem);
        }

        Id = DeviceText.Id(id)!;
        Kecamatan = kecamatan;
        Device = DeviceText.Id(device);
        Component = component;
        Cause = cause;
        Start = start;
        End = end;
        RecordsLost = recordsLost;
        LossReference = string.IsNullOrWhiteSpace(lossReference) ? null : lossReference.Trim();
    }

    /// <summary>The incident's id.</summary>
    public string Id { get; }

    /// <summary>The kecamatan where it happened.</summary>
    public RegionCode Kecamatan { get; }

    /// <summary>The set it names, or null for the whole site.</summary>
    public string? Device { get; }

    /// <summary>Whether the incident is an outage of the whole site: it names no set (R5).</summary>
    public bool IsSiteWide => Device is null;

    /// <summary>The part that failed.</summary>
    public DeviceComponent Component { get; }

    /// <summary>Why it failed.</summary>
    public IncidentCause Cause { get; }

    /// <summary>The first day of the outage.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the outage, inclusive, or null while it is ongoing.</summary>
    public LocalDate? End { get; }

    /// <summary>Whether the incident is ongoing (open-ended): it lasts to the end of the period asked about (R5).</summary>
    public bool IsOngoing => End is null;

    /// <summary>The number of recordings lost with it, if known.</summary>
    public long? RecordsLost { get; }

    /// <summary>A reference to the ledger's lost entries or a report, if any.</summary>
    public string? LossReference { get; }

    /// <summary>Whether the outage covers any day of <paramref name="window"/> (an ongoing incident runs to its end).</summary>
    /// <param name="window">The window, inclusive.</param>
    /// <returns>True when the incident overlaps the window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public bool Overlaps(DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return Start <= window.End && (End is null || End.Value >= window.Start);
    }

    /// <summary>Formats as <c>IN-1 36.03.06 K-06-1 fingerprint hardware 2012-04-02 to 2012-04-16</c> (<c>site</c> without a set).</summary>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Id} {Kecamatan} {Device ?? "site"} {DeviceNames.Component.Format(Component)} {IncidentNames.Cause.Format(Cause)} {DeviceText.Date(Start)} to {(End is LocalDate e ? DeviceText.Date(e) : "ongoing")}");

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] Incident? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Kecamatan == other.Kecamatan
        && string.Equals(Device, other.Device, StringComparison.Ordinal)
        && Component == other.Component
        && Cause == other.Cause
        && Start == other.Start
        && End == other.End
        && RecordsLost == other.RecordsLost
        && string.Equals(LossReference, other.LossReference, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Incident);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Kecamatan, Device is null ? 0 : StringComparer.Ordinal.GetHashCode(Device), Component, Cause, Start, End, RecordsLost);

    /// <summary>Whether two incidents are equal (both null counts as equal).</summary>
    public static bool operator ==(Incident? left, Incident? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two incidents differ.</summary>
    public static bool operator !=(Incident? left, Incident? right) => !(left == right);

    /// <summary>Every problem with the fields, in lower-case builder style, each with the parameter at fault.</summary>
    internal static List<(string ParamName, string Message)> Check(
        string? id,
        RegionCode kecamatan,
        DeviceComponent component,
        IncidentCause cause,
        LocalDate start,
        LocalDate? end,
        long? recordsLost)
    {
        var found = new List<(string, string)>();
        string name = DeviceText.Id(id) ?? "(blank id)";
        if (DeviceText.Id(id) is null)
        {
            found.Add((nameof(id), "the incident id is blank; every incident needs an id."));
        }

        if (kecamatan.Level != RegionLevel.Kecamatan)
        {
            found.Add((nameof(kecamatan), Preconditions.NotKecamatanMessage(kecamatan, $"incident {name}")));
        }

        if (!DeviceNames.Component.IsDefined(component))
        {
            found.Add((nameof(component), string.Create(CultureInfo.InvariantCulture, $"unknown component {(int)component} for incident {name}; use server, pc, fingerprint, iris, camera, signature-pad, network, power or software.")));
        }

        if (!IncidentNames.Cause.IsDefined(cause))
        {
            found.Add((nameof(cause), string.Create(CultureInfo.InvariantCulture, $"unknown cause {(int)cause} for incident {name}; use hardware, lightning, theft, power, network, human-error, credential-change, malware or unknown.")));
        }

        if (end is LocalDate e && e < start)
        {
            found.Add((nameof(end), $"incident {name} ends on {DeviceText.Date(e)}, before it starts on {DeviceText.Date(start)}; 'end' must be on or after 'start', or blank while it is ongoing."));
        }

        if (recordsLost < 0)
        {
            found.Add((nameof(recordsLost), string.Create(CultureInfo.InvariantCulture, $"incident {name} lost {recordsLost} records; the number of records lost must be 0 or more.")));
        }

        return found;
    }
}
