using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Capacity;
using EktpDomain.Recording;
using EktpDomain.Targets;
using NodaTime;

namespace EktpDomain.Allocation;

/// <summary>
/// Where <em>k</em> new recording sets (from APBD) help most (R9): a greedy plan that places them one at a time, each
/// where it most reduces the total capacity gap Σ max(0, target − capacity), with the reason for each placement.
/// </summary>
/// <remarks>
/// <para>
/// <b>R9.</b> A new set adds throughput × the kecamatan's working days in the window to its capacity. Each set goes
/// to the kecamatan where that most reduces the total capacity gap; ties go to the lower attainment (not
/// applicable last), then to the lower code. When no kecamatan's capacity gap can be reduced any more, the
/// remaining sets still go somewhere, by the same tie-breaks (lowest attainment first), and say so
/// (<see cref="AllocationReason.NoReduction"/>).
/// </para>
/// <para>
/// A priority queue keeps the candidates ordered, and only the kecamatan that just received a set changes, so
/// placing <em>k</em> sets among <em>n</em> kecamatan takes O((n + k) log n).
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class DeviceAllocation
{
    private DeviceAllocation(ImmutableArray<AllocationPlacement> placements, long before, long after)
    {
        Placements = placements;
        TotalCapacityGapBefore = before;
        TotalCapacityGapAfter = after;
    }

    /// <summary>The placements, in the order they were made.</summary>
    public ImmutableArray<AllocationPlacement> Placements { get; }

    /// <summary>The total capacity gap before any new set.</summary>
    public long TotalCapacityGapBefore { get; }

    /// <summary>The total capacity gap with every new set.</summary>
    public long TotalCapacityGapAfter { get; }

    /// <summary>The window the sets were placed for: the report's (<see cref="Allocate(AttainmentReport, int)"/>) or the planned one (<see cref="Plan"/>).</summary>
    public DateInterval Window { get; private init; } = null!;

    /// <summary>The national working days in <see cref="Window"/>.</summary>
    public int WorkingDays { get; private init; }

    /// <summary>The recordings per set and working day the capacities were computed with (R5).</summary>
    public long Throughput { get; private init; }

    /// <summary>
    /// Places <paramref name="sets"/> new sets among the kecamatan of an attainment report (R9), using each
    /// kecamatan's target, capacity (R5), working days and attainment.
    /// </summary>
    /// <param name="report">A report computed with a device inventory.</param>
    /// <param name="sets">How many new sets; zero or more.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The report has no capacity figures: its data has no device inventory.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sets"/> is negative.</exception>
    public static DeviceAllocation Allocate(AttainmentReport report, int sets)
    {
        ArgumentNullException.ThrowIfNull(report);
        CheckSets(sets);
        if (report.Capacity is null)
        {
            throw new ArgumentException("The report has no capacity figures because its data has no device inventory; R9 places new sets by capacity. Supply the inventory (devices.csv).", nameof(report));
        }

        long throughput = report.Capacity.Throughput;
        var candidates = report.Rows.Select(row => new AllocationCandidate(
            row.Code,
            row.Target,
            row.DeviceCapacity!.Capacity,
            checked(throughput * row.DeviceCapacity.WorkingDays),
            row.AttainmentRatio,
            row.Name));
        return Allocate(candidates, sets).With(report.Window, report.WorkingDays, throughput);
    }

    /// <summary>
    /// Plans <paramref name="sets"/> new sets for a window directly from the data (R9), such as next month with today's
    /// inventory: each kecamatan's target (R2) and capacity (R5) over <paramref name="window"/>, with no attainment
    /// report. Nothing is realised in a future window, so ties go to the lower code.
    /// </summary>
    /// <param name="data">The data; it must have a device inventory (<see cref="RecordingData.Inventory"/>).</param>
    /// <param name="window">The window to plan, inclusive, in the ISO calendar; the calendar must cover it. A <see cref="DateInterval"/> never ends before it starts: NodaTime's constructor rejects that, before this method is called, so check dates that come from a user when you build it.</param>
    /// <param name="sets">How many new sets; zero or more.</param>
    /// <param name="options">The target policy, pro-rating and throughput; <see cref="AttainmentOptions.Default"/> when null.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The data has no device inventory.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sets"/> is negative, or the calendar does not cover the window.</exception>
    /// <exception cref="DataValidationException">An incident names a set the inventory does not have.</exception>
    public static DeviceAllocation Plan(RecordingData data, DateInterval window, int sets, AttainmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(window);
        CheckSets(sets);
        if (data.Inventory is null)
        {
            throw new ArgumentException("The data has no device inventory; R9 places new sets by capacity. Supply the inventory (devices.csv).", nameof(data));
        }

        options ??= AttainmentOptions.Default;
        var capacity = CapacityAnalysis.Calculate(data.Inventory, data.Incidents, data.Calendar, window, options.Throughput, data.KecamatanCodes);
        var targets = new TargetCalculator(options.TargetPolicy, options.Prorating, data.Calendar);
        var candidates = data.KecamatanCodes.Select(code => new AllocationCandidate(
            code,
            targets.GetTarget(code, window, data),
            capacity[code].Capacity,
            checked(options.Throughput * capacity[code].WorkingDays),
            attainment: null,
            data.GetName(code)));
        return Allocate(candidates, sets).With(window, data.Calendar.CountWorkingDays(window), options.Throughput);
    }

    /// <summary>
    /// Checks that <paramref name="report"/> is the report this allocation was made from, or one of the same window
    /// and throughput, so that words and JSON written from the two never mix two periods.
    /// </summary>
    /// <remarks>The JSON and plain-text writers call it before they write an allocation with its report.</remarks>
    /// <param name="report">The report the allocation is to be written with.</param>
    /// <param name="paramName">The name of the caller's parameter that holds <paramref name="report"/>, for the exception.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The windows or the throughputs differ.</exception>
    public void CheckReport(AttainmentReport report, string paramName)
    {
        ArgumentNullException.ThrowIfNull(report, paramName);
        if (report.Window != Window || report.Options.Throughput != Throughput)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The allocation was placed for {Window.Start:uuuu-MM-dd}..{Window.End:uuuu-MM-dd} at {Throughput} recordings per set and working day, but the report is of {report.Window.Start:uuuu-MM-dd}..{report.Window.End:uuuu-MM-dd} at {report.Options.Throughput}; ")
                + "give the report the allocation was made from, or write the allocation on its own.",
                paramName);
        }
    }

    private static void CheckSets(int sets) => Preconditions.AtLeast(sets, 0, nameof(sets), "The number of new sets", string.Empty);

    private DeviceAllocation With(DateInterval window, int workingDays, long throughput) => new(Placements, TotalCapacityGapBefore, TotalCapacityGapAfter)
    {
        Window = window,
        WorkingDays = workingDays,
        Throughput = throughput,
    };

    /// <summary>Places <paramref name="sets"/> new sets among the given candidates (R9).</summary>
    /// <param name="candidates">The kecamatan that could receive sets, each once.</param>
    /// <param name="sets">How many new sets; zero or more.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or a candidate is null.</exception>
    /// <exception cref="ArgumentException">A kecamatan is given twice, or there are sets to place but no candidate.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sets"/> is negative.</exception>
    internal static DeviceAllocation Allocate(IEnumerable<AllocationCandidate> candidates, int sets)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        CheckSets(sets);
        var list = candidates.ToList();
        var seen = new HashSet<RegionCode>();
        foreach (var c in list)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(candidates));
            if (!seen.Add(c.Kecamatan))
            {
                throw new ArgumentException($"Kecamatan {c.Kecamatan} is a candidate twice; give each kecamatan once.", nameof(candidates));
            }
        }

        if (sets > 0 && list.Count == 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"There are {sets} sets to place but no candidate kecamatan."), nameof(candidates));
        }

        var capacity = list.Select(c => c.Capacity).ToArray();
        var count = new int[list.Count];
        long total = list.Sum(c => c.CapacityGap);
        long before = total;
        var queue = new PriorityQueue<int, Key>(list.Count, KeyComparer.Instance);
        for (int i = 0; i < list.Count; i++)
        {
            queue.Enqueue(i, KeyOf(list[i], capacity[i], i));
        }

        var placements = ImmutableArray.CreateBuilder<AllocationPlacement>(sets);
        for (int n = 1; n <= sets; n++)
        {
            queue.TryDequeue(out int best, out Key key);
            AllocationReason reason = key.Reduction == 0 ? AllocationReason.NoReduction
                : !queue.TryPeek(out _, out Key runnerUp) || runnerUp.Reduction < key.Reduction ? AllocationReason.LargestReduction
                : CompareAttainment(key.Attainment, runnerUp.Attainment) != 0 ? AllocationReason.LowerAttainment
                : AllocationReason.LowerCode;
            var c = list[best];
            long gapBefore = Math.Max(0, c.Target - capacity[best]);
            capacity[best] = checked(capacity[best] + c.AddedCapacityPerSet);
            long gapAfter = Math.Max(0, c.Target - capacity[best]);
            long totalAfter = total - (gapBefore - gapAfter);
            count[best]++;
            placements.Add(new AllocationPlacement(n, c, count[best], gapBefore, gapAfter, total, totalAfter, reason));
            total = totalAfter;
            queue.Enqueue(best, KeyOf(c, capacity[best], best));
        }

        return new DeviceAllocation(placements.MoveToImmutable(), before, total);
    }

    /// <summary>How many of the new sets go to a kecamatan.</summary>
    /// <param name="kecamatan">A kecamatan code.</param>
    /// <returns>The number of sets placed there.</returns>
    public int CountFor(RegionCode kecamatan) => Placements.Count(p => p.Kecamatan == kecamatan);

    private static Key KeyOf(AllocationCandidate c, long capacity, int index)
    {
        long now = Math.Max(0, c.Target - capacity);
        long after = Math.Max(0, c.Target - checked(capacity + c.AddedCapacityPerSet));
        return new Key(now - after, c.Attainment, c.Kecamatan, index);
    }

    private static int CompareAttainment(Ratio? x, Ratio? y) =>
        x is null ? (y is null ? 0 : 1) : y is null ? -1 : x.Value.CompareTo(y.Value);

    private readonly record struct Key(long Reduction, Ratio? Attainment, RegionCode Code, int Index);

    /// <summary>Larger reduction first, then lower attainment (not applicable last), then lower code.</summary>
    private sealed class KeyComparer : IComparer<Key>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(Key x, Key y)
        {
            int c = y.Reduction.CompareTo(x.Reduction);
            if (c == 0)
            {
                c = CompareAttainment(x.Attainment, y.Attainment);
            }

            return c != 0 ? c : x.Code.CompareTo(y.Code);
        }
    }
}
