using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Devices;

/// <summary>
/// The recording sets of an area and where they were, day by day (R5): every set with its kind, funding and
/// lifecycle, and the dated assignments that place sets in kecamatan, loans and moves included.
/// </summary>
/// <remarks>
/// <para>
/// Build an inventory with <see cref="CreateBuilder()"/>. A built inventory satisfies the invariants of R5: a set is
/// never assigned to two kecamatan on the same day (nor twice to one), and never on or after its retirement date.
/// </para>
/// <para>
/// It answers "which sets did kecamatan X have on date D?" (<see cref="GetDevices(RegionCode, LocalDate)"/>), "how
/// many sets per kecamatan on average?" (<see cref="GetAverageDevicesPerKecamatan(LocalDate)"/>: 58 sets over 29
/// kecamatan is exactly 2) and "which e-KTP Mobile units are out on loan, where, and until when?"
/// (<see cref="GetMobileUnitsOnLoan(LocalDate)"/>). Device-days, outages and capacity over a window are computed by
/// <c>CapacityAnalysis</c>.
/// </para>
/// <para>Equality is reference equality. A built inventory is immutable and thread-safe.</para>
/// </remarks>
public sealed class DeviceInventory
{
    private readonly FrozenDictionary<string, int> deviceIndex;
    private readonly int[] deviceStart;     // per device, its first assignment; plus one sentinel
    private readonly int[] kecamatanStart;  // per kecamatan index, its first entry in kecamatanOrder; plus one sentinel
    private readonly int[] kecamatanOrder;  // assignment indices grouped by kecamatan, by start

    internal DeviceInventory(ImmutableArray<RecordingSet> devices, DeviceAssignment[] assignments)
    {
        Devices = devices;
        Assignments = [.. assignments];
        deviceIndex = devices.Select((d, i) => (d.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        KecamatanIndex = new KecamatanIndex(assignments.Select(a => a.Kecamatan), nameof(assignments));

        int n = assignments.Length;
        AssignmentDevice = new int[n];
        AssignmentKecamatan = new int[n];
        AssignmentFrom = new int[n];
        AssignmentTo = new int[n];
        deviceStart = new int[devices.Length + 1];
        kecamatanStart = new int[KecamatanIndex.Count + 1];
        for (int i = 0; i < n; i++)
        {
            var a = assignments[i];
            int d = deviceIndex[a.Device];
            int k = KecamatanIndex.IndexOf(a.Kecamatan);
            AssignmentDevice[i] = d;
            AssignmentKecamatan[i] = k;
            AssignmentFrom[i] = DayNumber.Of(a.From);
            AssignmentTo[i] = a.To is LocalDate to ? DayNumber.Of(to) : int.MaxValue;
            deviceStart[d + 1]++;
            kecamatanStart[k + 1]++;
        }

        for (int d = 0; d < devices.Length; d++)
        {
            deviceStart[d + 1] += deviceStart[d];
        }

        for (int k = 0; k < KecamatanIndex.Count; k++)
        {
            kecamatanStart[k + 1] += kecamatanStart[k];
        }

        // Assignments are sorted by device then start, so a stable counting sort by kecamatan keeps each
        // kecamatan's entries grouped by device; sort each group by start for date queries.
        kecamatanOrder = new int[n];
        var next = (int[])kecamatanStart.Clone();
        for (int i = 0; i < n; i++)
        {
            kecamatanOrder[next[AssignmentKecamatan[i]]++] = i;
        }

        for (int k = 0; k < KecamatanIndex.Count; k++)
        {
            Array.Sort(kecamatanOrder, kecamatanStart[k], kecamatanStart[k + 1] - kecamatanStart[k], Comparer<int>.Create((x, y) =>
            {
                int c = AssignmentFrom[x].CompareTo(AssignmentFrom[y]);
                return c != 0 ? c : x.CompareTo(y);
            }));
        }
    }

    /// <summary>An inventory with no sets: every kecamatan has no device on every day.</summary>
    public static DeviceInventory Empty { get; } = new([], []);

    /// <summary>Every recording set, by id (ordinal).</summary>
    public ImmutableArray<RecordingSet> Devices { get; }

    /// <summary>Every assignment, by set id then start date.</summary>
    public ImmutableArray<DeviceAssignment> Assignments { get; }

    /// <summary>The number of recording sets.</summary>
    public int Count => Devices.Length;

    /// <summary>Every kecamatan that any assignment names, in code order.</summary>
    public ImmutableArray<RegionCode> KecamatanCodes => KecamatanIndex.Codes;

    internal KecamatanIndex KecamatanIndex { get; }

    internal int[] AssignmentDevice { get; }

    internal int[] AssignmentKecamatan { get; }

    internal int[] AssignmentFrom { get; }

    /// <summary>The last day of each assignment as a day number; <see cref="int.MaxValue"/> when open-ended.</summary>
    internal int[] AssignmentTo { get; }

    /// <summary>Starts building an inventory that may name any kecamatan.</summary>
    /// <returns>An empty builder.</returns>
    public static DeviceInventoryBuilder CreateBuilder() => new(null);

    /// <summary>Starts building an inventory whose assignments must name one of <paramref name="kecamatan"/>.</summary>
    /// <param name="kecamatan">The known kecamatan (kecamatan-level codes; duplicates are ignored).</param>
    /// <returns>An empty builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kecamatan"/> is null.</exception>
    /// <exception cref="ArgumentException">A code is not a kecamatan code.</exception>
    public static DeviceInventoryBuilder CreateBuilder(IEnumerable<RegionCode> kecamatan) => new(new KecamatanIndex(kecamatan, nameof(kecamatan)));

    /// <summary>The set with the given id.</summary>
    /// <param name="id">The id (ordinal).</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No set has that id.</exception>
    public RecordingSet this[string id] =>
        TryGetDevice(id, out var set) ? set : throw new KeyNotFoundException($"No recording set has the id '{id}'; this inventory has {Count} sets.");

    /// <summary>Whether a set has the given id.</summary>
    /// <param name="id">The id (ordinal).</param>
    /// <returns>True when the inventory has the set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool Contains(string id) => IndexOf(id) >= 0;

    /// <summary>Finds a set by id.</summary>
    /// <param name="id">The id (ordinal).</param>
    /// <param name="device">The set, or null.</param>
    /// <returns>Whether the inventory has the set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGetDevice(string id, [NotNullWhen(true)] out RecordingSet? device)
    {
        int d = IndexOf(id);
        device = d >= 0 ? Devices[d] : null;
        return device is not null;
    }

    /// <summary>The assignments of one set, by start date.</summary>
    /// <param name="device">The set's id.</param>
    /// <returns>Its assignments; empty when it has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No set has that id.</exception>
    public ImmutableArray<DeviceAssignment> GetAssignments(string device)
    {
        int d = IndexOrThrow(device);
        return Assignments.Slice(deviceStart[d], deviceStart[d + 1] - deviceStart[d]);
    }

    /// <summary>The assignments to one kecamatan, by start date.</summary>
    /// <param name="kecamatan">A kecamatan code.</param>
    /// <returns>Its assignments; empty when it has none.</returns>
    public ImmutableArray<DeviceAssignment> GetAssignments(RegionCode kecamatan)
    {
        int k = KecamatanIndex.IndexOf(kecamatan);
        if (k < 0)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<DeviceAssignment>(kecamatanStart[k + 1] - kecamatanStart[k]);
        for (int p = kecamatanStart[k]; p < kecamatanStart[k + 1]; p++)
        {
            result.Add(Assignments[kecamatanOrder[p]]);
        }

        return result.MoveToImmutable();
    }

    /// <summary>Where a set is placed on a date.</summary>
    /// <param name="device">The set's id.</param>
    /// <param name="date">The date.</param>
    /// <returns>The assignment covering that date, or null when the set is not assigned then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No set has that id.</exception>
    public DeviceAssignment? GetAssignment(string device, LocalDate date)
    {
        int d = IndexOrThrow(device);
        int day = DayNumber.Of(date);
        for (int i = deviceStart[d]; i < deviceStart[d + 1]; i++)
        {
            if (AssignmentFrom[i] <= day && day <= AssignmentTo[i])
            {
                return Assignments[i];
            }
        }

        return null;
    }

    /// <summary>Which sets a kecamatan had on a date (R5): every set assigned to it that day, by id.</summary>
    /// <param name="kecamatan">A kecamatan code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The sets; empty when it had none.</returns>
    public ImmutableArray<RecordingSet> GetDevices(RegionCode kecamatan, LocalDate date)
    {
        int k = KecamatanIndex.IndexOf(kecamatan);
        if (k < 0)
        {
            return [];
        }

        int day = DayNumber.Of(date);
        var result = ImmutableArray.CreateBuilder<RecordingSet>();
        for (int p = kecamatanStart[k]; p < kecamatanStart[k + 1]; p++)
        {
            int i = kecamatanOrder[p];
            if (AssignmentFrom[i] > day)
            {
                break;
            }

            if (day <= AssignmentTo[i])
            {
                result.Add(Devices[AssignmentDevice[i]]);
            }
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return result.ToImmutable();
    }

    /// <summary>
    /// How many sets were assigned on a date to a kecamatan, or to all the kecamatan inside a larger region (a regency,
    /// a province, or <see cref="RegionCode.Nation"/>).
    /// </summary>
    /// <param name="region">A kecamatan, or a region containing kecamatan.</param>
    /// <param name="date">The date.</param>
    /// <returns>The number of sets assigned there that day.</returns>
    public int CountDevices(RegionCode region, LocalDate date)
    {
        var (start, end) = KecamatanIndex.RangeOf(region);
        int day = DayNumber.Of(date);
        int count = 0;
        for (int p = kecamatanStart[start]; p < kecamatanStart[end]; p++)
        {
            int i = kecamatanOrder[p];
            count += AssignmentFrom[i] <= day && day <= AssignmentTo[i] ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// The average number of sets per kecamatan on a date (R5), exactly: the sets assigned that day to the
    /// kecamatan of <see cref="KecamatanCodes"/> (every kecamatan any assignment names), divided by their number. 58 sets
    /// over 29 kecamatan is exactly 2.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The average, or null when the inventory names no kecamatan.</returns>
    public Ratio? GetAverageDevicesPerKecamatan(LocalDate date) => GetAverageDevicesPerKecamatan(KecamatanCodes, date);

    /// <summary>
    /// The average number of sets per kecamatan on a date (R5), exactly: the sets assigned that day to the given
    /// kecamatan, divided by the number of distinct kecamatan given (kecamatan without sets count as 0).
    /// </summary>
    /// <param name="kecamatan">The kecamatan to average over, such as the 29 of Kabupaten Tangerang.</param>
    /// <param name="date">The date.</param>
    /// <returns>The average, or null when no kecamatan is given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kecamatan"/> is null.</exception>
    /// <exception cref="ArgumentException">A code is not a kecamatan code.</exception>
    public Ratio? GetAverageDevicesPerKecamatan(IEnumerable<RegionCode> kecamatan, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(kecamatan);
        var distinct = new HashSet<RegionCode>();
        long sets = 0;
        foreach (var code in kecamatan)
        {
            Preconditions.CheckKecamatan(code, "an average per kecamatan", nameof(kecamatan));

            if (distinct.Add(code))
            {
                sets += CountDevices(code, date);
            }
        }

        return distinct.Count == 0 ? null : new Ratio(sets, distinct.Count);
    }

    /// <summary>
    /// The loans running on a date: assignments marked as loans, and every assignment of an e-KTP Mobile unit (mobile
    /// units belong to the regency office and are always lent out), by set id. Each tells where the set is and until
    /// when (<see cref="DeviceAssignment.To"/>; null for open-ended).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The running loans.</returns>
    public ImmutableArray<DeviceAssignment> GetLoans(LocalDate date) => GetLoans(date, mobileOnly: false);

    /// <summary>
    /// The e-KTP Mobile units out on loan on a date: every assignment of a mobile unit covering that date, by set id,
    /// with where it is and until when (<see cref="DeviceAssignment.To"/>; null for open-ended).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The mobile units' running assignments.</returns>
    public ImmutableArray<DeviceAssignment> GetMobileUnitsOnLoan(LocalDate date) => GetLoans(date, mobileOnly: true);

    /// <summary>Formats as <c>DeviceInventory: 58 sets, 58 assignments, 29 kecamatan</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"DeviceInventory: {Count} sets, {Assignments.Length} assignments, {KecamatanCodes.Length} kecamatan");

    internal int IndexOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return deviceIndex.TryGetValue(id, out int d) ? d : -1;
    }

    internal (int Start, int End) AssignmentRange(int device) => (deviceStart[device], deviceStart[device + 1]);

    private ImmutableArray<DeviceAssignment> GetLoans(LocalDate date, bool mobileOnly)
    {
        int day = DayNumber.Of(date);
        var result = ImmutableArray.CreateBuilder<DeviceAssignment>();
        for (int i = 0; i < Assignments.Length; i++)
        {
            if (AssignmentFrom[i] <= day && day <= AssignmentTo[i])
            {
                bool mobile = Devices[AssignmentDevice[i]].IsMobile;
                if (mobile || (!mobileOnly && Assignments[i].IsLoan))
                {
                    result.Add(Assignments[i]);
                }
            }
        }

        return result.ToImmutable();
    }

    private int IndexOrThrow(string device)
    {
        int d = IndexOf(device);
        return d >= 0 ? d : throw new KeyNotFoundException($"No recording set has the id '{device}'; this inventory has {Count} sets.");
    }
}
