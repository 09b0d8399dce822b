using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Threading;
using EktpDomain.Devices;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Incidents;

/// <summary>
/// The incidents of an area (R5, R8): every device and site failure, with a unique id each.
/// </summary>
/// <remarks>
/// <para>
/// Build a log with <see cref="CreateBuilder()"/>, or with <see cref="CreateBuilder(DeviceInventory?, IEnumerable{RegionCode}?)"/>
/// or <see cref="CreateBuilder(IEnumerable{RegionCode}?, IEnumerable{string})"/> to check the sets and kecamatan it names. Outages, availability and capacity are computed from it by
/// <c>CapacityAnalysis</c>; findings by the incident rules (R8).
/// </para>
/// <para>Equality is reference equality. A built log is immutable and thread-safe.</para>
/// </remarks>
public sealed class IncidentLog
{
    private readonly FrozenDictionary<string, int> byId;

    // Where each incident came from (by id), when it was added with a known source; for the messages of CheckDevicesIn.
    private readonly IReadOnlyDictionary<string, SourceLocation>? sources;

    // The last inventory every named set was found in: a report checks its log once per inventory, not per use.
    private DeviceInventory? checkedAgainst;

    internal IncidentLog(ImmutableArray<Incident> incidents, IReadOnlyDictionary<string, SourceLocation>? sources = null, DeviceInventory? checkedAgainst = null)
    {
        Incidents = incidents;
        byId = incidents.Select((x, i) => (x.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        this.sources = sources;
        this.checkedAgainst = checkedAgainst;
    }

    /// <summary>A log with no incidents.</summary>
    public static IncidentLog Empty { get; } = new([]);

    /// <summary>Every incident, by start date, then kecamatan, then id (ordinal).</summary>
    public ImmutableArray<Incident> Incidents { get; }

    /// <summary>The number of incidents.</summary>
    public int Count => Incidents.Length;

    /// <summary>
    /// Starts building a log without checking sets or kecamatan against a list. The sets it names are still checked
    /// wherever the log meets an inventory: a <c>Recording.RecordingData</c> given both, and
    /// <c>CapacityAnalysis.Calculate</c>, reject an incident naming a set the inventory does not have with a
    /// <see cref="DataValidationException"/> naming the incident, its set and, when known, its source.
    /// </summary>
    /// <returns>An empty builder.</returns>
    public static IncidentLogBuilder CreateBuilder() => new(null, null, null);

    /// <summary>Starts building a log whose sets must be in <paramref name="inventory"/> and whose kecamatan must be in <paramref name="kecamatan"/>.</summary>
    /// <param name="inventory">The inventory the named sets must be in, or null not to check sets.</param>
    /// <param name="kecamatan">The known kecamatan, or null not to check kecamatan.</param>
    /// <returns>An empty builder.</returns>
    /// <exception cref="ArgumentException">A code in <paramref name="kecamatan"/> is not a kecamatan code.</exception>
    public static IncidentLogBuilder CreateBuilder(DeviceInventory? inventory, IEnumerable<RegionCode>? kecamatan) =>
        new(inventory, null, Known(kecamatan));

    /// <summary>
    /// Starts building a log whose sets must be among <paramref name="devices"/> and whose kecamatan must be in
    /// <paramref name="kecamatan"/>: for input whose device inventory is missing (pass no ids, and no incident may
    /// name a set) or could not be built (pass the ids it lists, and the incidents are still checked against them).
    /// </summary>
    /// <param name="kecamatan">The known kecamatan, or null not to check kecamatan.</param>
    /// <param name="devices">The ids of the known sets (ordinal; surrounding white space ignored); empty when there are none.</param>
    /// <returns>An empty builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="devices"/> or one of its ids is null.</exception>
    /// <exception cref="ArgumentException">A code in <paramref name="kecamatan"/> is not a kecamatan code.</exception>
    public static IncidentLogBuilder CreateBuilder(IEnumerable<RegionCode>? kecamatan, IEnumerable<string> devices)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in devices)
        {
            ArgumentNullException.ThrowIfNull(id, nameof(devices));
            if (DeviceText.Id(id) is string trimmed)
            {
                ids.Add(trimmed);
            }
        }

        return new(null, ids, Known(kecamatan));
    }

    private static KecamatanIndex? Known(IEnumerable<RegionCode>? kecamatan) =>
        kecamatan is null ? null : new KecamatanIndex(kecamatan, nameof(kecamatan));

    /// <summary>The incident with the given id.</summary>
    /// <param name="id">The id (ordinal).</param>
    /// <returns>The incident.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No incident has that id.</exception>
    public Incident this[string id] =>
        TryGetIncident(id, out var incident) ? incident : throw new KeyNotFoundException($"No incident has the id '{id}'; this log has {Count} incidents.");

    /// <summary>Finds an incident by id.</summary>
    /// <param name="id">The id (ordinal).</param>
    /// <param name="incident">The incident, or null.</param>
    /// <returns>Whether the log has it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGetIncident(string id, [NotNullWhen(true)] out Incident? incident)
    {
        ArgumentNullException.ThrowIfNull(id);
        incident = byId.TryGetValue(id, out int i) ? Incidents[i] : null;
        return incident is not null;
    }

    /// <summary>The incidents of a kecamatan, or of every kecamatan inside a larger region, in log order.</summary>
    /// <param name="region">A kecamatan, or a region containing kecamatan.</param>
    /// <returns>The incidents.</returns>
    public ImmutableArray<Incident> GetIncidents(RegionCode region) => [.. Incidents.Where(x => region.Contains(x.Kecamatan))];

    /// <summary>The incidents whose outage overlaps <paramref name="window"/> (an ongoing incident runs to its end), in log order.</summary>
    /// <param name="window">The window, inclusive.</param>
    /// <returns>The incidents.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public ImmutableArray<Incident> GetIncidents(DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return [.. Incidents.Where(x => x.Overlaps(window))];
    }

    /// <summary>The incidents that name one set, in log order.</summary>
    /// <param name="device">The set's id (ordinal).</param>
    /// <returns>The incidents.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    public ImmutableArray<Incident> GetDeviceIncidents(string device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return [.. Incidents.Where(x => string.Equals(x.Device, device, StringComparison.Ordinal))];
    }

    /// <summary>
    /// Checks that every set the log names is in <paramref name="inventory"/>, so that a typo in a set id is an error
    /// and never an outage of a set nobody has (R5). Once a log has passed for an inventory it is not checked again.
    /// </summary>
    /// <param name="inventory">The inventory.</param>
    /// <exception cref="DataValidationException">Incidents name sets that are not in the inventory; one problem each, in log order, with the incident's source when known.</exception>
    internal void CheckDevicesIn(DeviceInventory inventory)
    {
        if (ReferenceEquals(Volatile.Read(ref checkedAgainst), inventory))
        {
            return;
        }

        var problems = new List<DataProblem>();
        foreach (var incident in Incidents)
        {
            if (incident.Device is string set && !inventory.Contains(set))
            {
                var source = sources is not null && sources.TryGetValue(incident.Id, out var known) ? known : SourceLocation.None;
                problems.Add(new DataProblem(source, IncidentLogBuilder.UnknownDevice(set, incident.Id, inventory.Count == 0)));
            }
        }

        if (problems.Count > 0)
        {
            throw new DataValidationException(problems);
        }

        Volatile.Write(ref checkedAgainst, inventory);
    }

    /// <summary>Formats as <c>IncidentLog: 5 incidents</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"IncidentLog: {Count} incidents");
}
