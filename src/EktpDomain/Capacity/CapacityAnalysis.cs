using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using EktpDomain.Calendar;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using NodaTime;

namespace EktpDomain.Capacity;

/// <summary>
/// Device-days, outages and capacity over a window (R5): per kecamatan, per recording set, and the merged outages.
/// </summary>
/// <remarks>
/// <para>
/// <b>R5.</b> A set gives an available device-day on a working day of the kecamatan it is assigned to, when no outage
/// touches it. An outage touches a set when it names the set (wherever the set is then assigned), or names the site
/// of the kecamatan the set is assigned to that day without naming a set. Outages of the same set, or of the same
/// site, are merged when they overlap or are back-to-back (see <see cref="Outage"/>), so a day counts once. An ongoing
/// (open-ended) incident lasts to the end of the window. Capacity = available device-days × throughput.
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class CapacityAnalysis
{
    /// <summary>The national planning figure: 100 recordings per set per working day (R5).</summary>
    public const long DefaultThroughput = 100;

    // Plain dictionaries: an analysis is built per window, and freezing costs more than the lookups it would save.
    private readonly Dictionary<RegionCode, KecamatanCapacity> byCode;
    private readonly Dictionary<string, DeviceAvailability> byDevice;

    internal CapacityAnalysis(
        DateInterval window,
        long throughput,
        ImmutableArray<KecamatanCapacity> kecamatan,
        ImmutableArray<DeviceAvailability> devices,
        ImmutableArray<Outage> outages)
    {
        Window = window;
        Throughput = throughput;
        KecamatanRows = kecamatan;
        Devices = devices;
        Outages = outages;
        byCode = new Dictionary<RegionCode, KecamatanCapacity>(kecamatan.Length);
        foreach (var row in kecamatan)
        {
            byCode.Add(row.Code, row);
        }

        byDevice = new Dictionary<string, DeviceAvailability>(devices.Length, StringComparer.Ordinal);
        foreach (var row in devices)
        {
            byDevice.Add(row.Device.Id, row);
        }
    }

    /// <summary>The window, inclusive.</summary>
    public DateInterval Window { get; }

    /// <summary>The throughput per available device-day.</summary>
    public long Throughput { get; }

    /// <summary>One row per kecamatan, in code order.</summary>
    public ImmutableArray<KecamatanCapacity> KecamatanRows { get; }

    /// <summary>One row per recording set of the inventory, by id.</summary>
    public ImmutableArray<DeviceAvailability> Devices { get; }

    /// <summary>
    /// Every merged outage inside the window, set and site outages both, by kecamatan, start, then set (site first).
    /// </summary>
    public ImmutableArray<Outage> Outages { get; }

    /// <summary>The row of one kecamatan.</summary>
    /// <param name="kecamatan">A kecamatan of the analysis.</param>
    /// <returns>Its row.</returns>
    /// <exception cref="KeyNotFoundException">The kecamatan is not in the analysis.</exception>
    public KecamatanCapacity this[RegionCode kecamatan] =>
        byCode.TryGetValue(kecamatan, out var row) ? row : throw new KeyNotFoundException($"Kecamatan '{kecamatan}' is not in this capacity analysis.");

    /// <summary>
    /// Computes device-days, outages and capacity over a window (R5).
    /// </summary>
    /// <param name="inventory">The recording sets and their assignments.</param>
    /// <param name="incidents">The incidents, or null for none.</param>
    /// <param name="calendar">The working calendar, with the kecamatan's closures; it must cover the window.</param>
    /// <param name="window">The window, inclusive, in the ISO calendar. A <see cref="DateInterval"/> never ends before it starts: NodaTime's constructor rejects that, before this method is called, so check dates that come from a user when you build it.</param>
    /// <param name="throughput">Recordings per available device-day; at least 1. Default 100 (R5).</param>
    /// <param name="kecamatan">
    /// The kecamatan to report, such as the kecamatan of a <see cref="RecordingData"/>; null for every kecamatan the
    /// inventory or the incidents name. Kecamatan without sets get rows with no device-days.
    /// </param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inventory"/>, <paramref name="calendar"/> or <paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="throughput"/> is below 1, or the calendar does not cover the window.
    /// </exception>
    /// <exception cref="ArgumentException">A code in <paramref name="kecamatan"/> is not a kecamatan code, or the window is not in the ISO calendar.</exception>
    /// <exception cref="DataValidationException">
    /// An incident names a set that is not in <paramref name="inventory"/>; each problem names the incident, the set
    /// and, when known, where the incident came from.
    /// </exception>
    public static CapacityAnalysis Calculate(
        DeviceInventory inventory,
        IncidentLog? incidents,
        WorkingCalendar calendar,
        DateInterval window,
        long throughput = DefaultThroughput,
        IEnumerable<RegionCode>? kecamatan = null)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(window);
        CheckThroughput(throughput, nameof(throughput), nameof(throughput));
        incidents?.CheckDevicesIn(inventory);
        return new CapacityEngine(inventory, incidents ?? IncidentLog.Empty, new WindowDays(calendar, window), throughput, kecamatan).Run();
    }

    /// <summary>R5: a throughput is at least 1 recording per available device-day.</summary>
    /// <param name="value">The throughput given.</param>
    /// <param name="paramName">The parameter or option property.</param>
    /// <param name="name">The option as the message names it, such as <c>AttainmentOptions.Throughput</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    internal static void CheckThroughput(long value, string paramName, string name) =>
        Preconditions.AtLeast(value, 1, paramName, name, "recording per device-day");

    /// <summary>Finds the row of one kecamatan.</summary>
    /// <param name="kecamatan">A kecamatan code.</param>
    /// <param name="capacity">Its row, or null.</param>
    /// <returns>Whether the kecamatan is in the analysis.</returns>
    public bool TryGetKecamatan(RegionCode kecamatan, [NotNullWhen(true)] out KecamatanCapacity? capacity) =>
        byCode.TryGetValue(kecamatan, out capacity);

    /// <summary>The row of one recording set.</summary>
    /// <param name="device">The set's id.</param>
    /// <returns>Its row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The set is not in the inventory.</exception>
    public DeviceAvailability GetDevice(string device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return byDevice.TryGetValue(device, out var row) ? row : throw new KeyNotFoundException($"No recording set has the id '{device}' in this capacity analysis.");
    }
}
