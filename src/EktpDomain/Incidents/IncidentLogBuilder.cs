using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using EktpDomain.Devices;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Incidents;

/// <summary>
/// Collects incidents, then checks them all and builds an immutable <see cref="IncidentLog"/> (R5).
/// </summary>
/// <remarks>
/// <para>
/// The raw <see cref="Add(string?, RegionCode, string?, DeviceComponent, IncidentCause, LocalDate, LocalDate?, long?, string?, SourceLocation)"/>
/// never throws for bad data: every problem is collected with the <see cref="SourceLocation"/> of its row, and
/// <see cref="Build"/> reports them all at once, in input order, in a <see cref="DataValidationException"/>:
/// </para>
/// <list type="bullet">
/// <item>a blank id, or an id used by an earlier incident (the message names that row);</item>
/// <item>a code that is not a kecamatan code, or (with a kecamatan list) a kecamatan not in the list;</item>
/// <item>(with an inventory or a list of set ids) a set that is not in it, or any set when it has none;</item>
/// <item>an undefined component or cause; an end before the start; a negative number of records lost.</item>
/// </list>
/// <para>A builder is not thread-safe. It can be used once: <see cref="Build"/> or <see cref="TryBuild"/> ends it.</para>
/// </remarks>
public sealed class IncidentLogBuilder
{
    private readonly DeviceInventory? inventory;
    private readonly HashSet<string>? devices;
    private readonly KecamatanIndex? known;
    private readonly BuildState state = new("incident log");
    private readonly Dictionary<string, SourceLocation> ids = new(StringComparer.Ordinal);
    private readonly List<Incident> incidents = [];

    internal IncidentLogBuilder(DeviceInventory? inventory, HashSet<string>? devices, KecamatanIndex? known)
    {
        this.inventory = inventory;
        this.devices = devices;
        this.known = known;
    }

    /// <summary>The number of incidents added so far, valid or not.</summary>
    public int Count { get; private set; }

    /// <summary>Adds an incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its log.</exception>
    public IncidentLogBuilder Add(Incident incident) => Add(incident, SourceLocation.None);

    /// <summary>Adds an incident that came from bulk input.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="source">Where it came from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its log.</exception>
    public IncidentLogBuilder Add(Incident incident, SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return Add(incident.Id, incident.Kecamatan, incident.Device, incident.Component, incident.Cause, incident.Start, incident.End, incident.RecordsLost, incident.LossReference, source);
    }

    /// <summary>Adds several incidents without source locations.</summary>
    /// <param name="items">The incidents.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its log.</exception>
    public IncidentLogBuilder AddRange(IEnumerable<Incident> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var incident in items)
        {
            Add(incident);
        }

        return this;
    }

    /// <summary>
    /// Adds an incident from its fields, as read from bulk input (one incidents.csv row). Never throws for bad values:
    /// they are collected as problems at <paramref name="source"/>.
    /// </summary>
    /// <param name="id">The incident's id; not blank, and unique.</param>
    /// <param name="kecamatan">The kecamatan code (<c>PP.KK.CC</c>).</param>
    /// <param name="device">The set it names, or null or blank for the whole site.</param>
    /// <param name="component">The part that failed.</param>
    /// <param name="cause">Why it failed.</param>
    /// <param name="start">The first day of the outage.</param>
    /// <param name="end">The last day, inclusive, or null while ongoing; not before <paramref name="start"/>.</param>
    /// <param name="recordsLost">The number of recordings lost with it, if known; zero or more.</param>
    /// <param name="lossReference">A reference to the ledger's lost entries, if any.</param>
    /// <param name="source">Where it came from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its log.</exception>
    public IncidentLogBuilder Add(
        string? id,
        RegionCode kecamatan,
        string? device,
        DeviceComponent component,
        IncidentCause cause,
        LocalDate start,
        LocalDate? end,
        long? recordsLost,
        string? lossReference,
        SourceLocation source)
    {
        state.ThrowIfBuilt();
        Count++;
        bool valid = true;
        string? trimmed = DeviceText.Id(id);
        if (trimmed is not null && !ids.TryAdd(trimmed, source))
        {
            var other = ids[trimmed];
            state.Add(source, $"duplicate incident id '{trimmed}'{(other.IsKnown ? $": {other} has it already" : string.Empty)}; every incident needs its own id.");
            valid = false;
        }

        var fieldProblems = Incident.Check(id, kecamatan, component, cause, start, end, recordsLost);
        foreach (var (_, message) in fieldProblems)
        {
            state.Add(source, message);
            valid = false;
        }

        if (fieldProblems.Count == 0 && known is not null && known.IndexOf(kecamatan) < 0)
        {
            state.Add(source, $"unknown kecamatan '{kecamatan}' for incident {trimmed}: it is not in the kecamatan list.");
            valid = false;
        }

        string? set = DeviceText.Id(device);
        if (set is not null && !(inventory?.Contains(set) ?? devices?.Contains(set) ?? true))
        {
            state.Add(source, UnknownDevice(set, trimmed ?? "(blank id)", inventory?.Count == 0 || devices?.Count == 0));
            valid = false;
        }

        if (valid)
        {
            incidents.Add(new Incident(trimmed!, kecamatan, set, component, cause, start, end, recordsLost, lossReference));
        }

        return this;
    }

    /// <summary>Builds the log.</summary>
    /// <returns>The immutable log.</returns>
    /// <exception cref="DataValidationException">The input is invalid; <see cref="DataValidationException.Problems"/> lists every problem, in input order.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its log.</exception>
    public IncidentLog Build() => state.Finish(Create);

    /// <summary>Builds the log, or returns every problem found.</summary>
    /// <param name="log">The log, or null when there are problems.</param>
    /// <param name="problemsFound">Every problem, in input order (empty on success).</param>
    /// <returns>Whether the log was built.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its log.</exception>
    public bool TryBuild([NotNullWhen(true)] out IncidentLog? log, out ImmutableArray<DataProblem> problemsFound) =>
        state.TryFinish(Create, out log, out problemsFound);

    /// <summary>The message for an incident that names a set the inventory does not have.</summary>
    internal static string UnknownDevice(string set, string incident, bool noSets) => noSets
        ? $"unknown device '{set}' in incident {incident}: the device inventory (devices.csv) is missing or has no sets; leave the device blank for a site-wide incident, or list the set in devices.csv."
        : $"unknown device '{set}' in incident {incident}: it is not in the device inventory; leave the device blank for a site-wide incident.";

    private IncidentLog Create() =>
        new(
            [.. incidents
                .OrderBy(x => x.Start)
                .ThenBy(x => x.Kecamatan)
                .ThenBy(x => x.Id, StringComparer.Ordinal)],
            ids.Values.Any(x => x.IsKnown) ? ids : null,
            inventory);
}
