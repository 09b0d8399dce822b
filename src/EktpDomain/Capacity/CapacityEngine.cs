using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using EktpDomain.Calendar;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Capacity;

/// <summary>
/// One run of <see cref="CapacityAnalysis.Calculate"/> (R5): device-days, outages and capacity over a window.
/// Not thread-safe; used once.
/// </summary>
internal sealed class CapacityEngine
{
    // Nothing is counted day by day. Each assignment, clipped to the window, is one interval; the outages touching it
    // are the union of two short sorted interval lists (the set's and the site's); and the working days of a
    // kecamatan inside any interval come from a prefix count over the window and a binary search of its closures. The
    // cost is linear in assignments plus incidents (times a logarithm), independent of the window's length.

    private static readonly List<Span> NoSpans = [];

    private readonly DeviceInventory inventory;
    private readonly WindowDays days;
    private readonly long throughput;
    private readonly ImmutableArray<RegionCode> report;
    private readonly KecamatanIndex all;
    private readonly List<Span>?[] deviceSpans;
    private readonly Dictionary<string, List<Span>> unknownDeviceSpans = new(StringComparer.Ordinal);
    private readonly Dictionary<RegionCode, List<Span>> siteSpans = [];
    private readonly List<Span> pieces = [];

    public CapacityEngine(DeviceInventory inventory, IncidentLog incidents, WindowDays days, long throughput, IEnumerable<RegionCode>? kecamatan)
    {
        this.inventory = inventory;
        this.days = days;
        this.throughput = throughput;
        deviceSpans = new List<Span>?[inventory.Count];

        var deviceGroups = new Dictionary<string, List<Incident>>(StringComparer.Ordinal);
        var siteGroups = new Dictionary<RegionCode, List<Incident>>();
        foreach (var incident in incidents.Incidents)
        {
            if (!incident.Overlaps(days.Window))
            {
                continue;
            }

            if (incident.Device is string device)
            {
                Add(deviceGroups, device, incident);
            }
            else
            {
                Add(siteGroups, incident.Kecamatan, incident);
            }
        }

        foreach (var (device, group) in deviceGroups)
        {
            var spans = Merge(group);
            int d = inventory.IndexOf(device);
            if (d >= 0)
            {
                deviceSpans[d] = spans;
            }
            else
            {
                unknownDeviceSpans[device] = spans;
            }
        }

        foreach (var (site, group) in siteGroups)
        {
            siteSpans[site] = Merge(group);
        }

        var reportSet = kecamatan is null
            ? new KecamatanIndex(inventory.KecamatanCodes.Concat(siteGroups.Keys).Concat(deviceGroups.Values.SelectMany(g => g.Select(i => i.Kecamatan))), nameof(kecamatan))
            : new KecamatanIndex(kecamatan, nameof(kecamatan));
        report = reportSet.Codes;
        all = new KecamatanIndex(report.Concat(inventory.KecamatanCodes), nameof(kecamatan));
    }

    public CapacityAnalysis Run()
    {
        int n = all.Count;
        var assigned = new long[n];
        var outage = new long[n];
        var failures = new int[n];
        var available = new List<(int From, int To)>?[n];
        var inventoryToAll = inventory.KecamatanCodes.Select(all.IndexOf).ToArray();

        var devices = ImmutableArray.CreateBuilder<DeviceAvailability>(inventory.Count);
        for (int d = 0; d < inventory.Count; d++)
        {
            long deviceAssigned = 0, deviceOutage = 0;
            int deviceFailures = 0;
            int previousEnd = int.MinValue, previousKecamatan = -1;
            bool deviceGroupCounted = false, kecamatanGroupCounted = false;
            var (start, end) = inventory.AssignmentRange(d);
            for (int i = start; i < end; i++)
            {
                int from = Math.Max(inventory.AssignmentFrom[i], days.First);
                int to = Math.Min(inventory.AssignmentTo[i], days.Last);
                if (from > to)
                {
                    continue;
                }

                int k = inventoryToAll[inventory.AssignmentKecamatan[i]];
                RegionCode code = all.Codes[k];
                int[] closed = days.ClosedDays(code);
                int assignedDays = days.Count(from, to, closed);
                deviceAssigned += assignedDays;
                assigned[k] += assignedDays;

                Union(deviceSpans[d] ?? NoSpans, siteSpans.GetValueOrDefault(code) ?? NoSpans, from, to);
                var free = available[k] ??= [];
                int cursor = from;
                foreach (var piece in pieces)
                {
                    int outageDays = days.Count(piece.From, piece.To, closed);
                    deviceOutage += outageDays;
                    outage[k] += outageDays;

                    // A failure is a merged stretch of outage days that takes at least one assigned working day;
                    // a stretch that continues across a move is one failure of the set, one per kecamatan.
                    bool continues = previousEnd != int.MinValue && days.BackToBack(previousEnd, piece.From);
                    if (!continues)
                    {
                        deviceGroupCounted = false;
                    }

                    if (!(continues && previousKecamatan == k))
                    {
                        kecamatanGroupCounted = false;
                    }

                    if (outageDays > 0 && !deviceGroupCounted)
                    {
                        deviceFailures++;
                        deviceGroupCounted = true;
                    }

                    if (outageDays > 0 && !kecamatanGroupCounted)
                    {
                        failures[k]++;
                        kecamatanGroupCounted = true;
                    }

                    previousEnd = piece.To;
                    previousKecamatan = k;
                    if (piece.From > cursor)
                    {
                        free.Add((cursor, piece.From - 1));
                    }

                    cursor = piece.To + 1;
                }

                if (cursor <= to)
                {
                    free.Add((cursor, to));
                }
            }

            devices.Add(new DeviceAvailability(inventory.Devices[d], deviceAssigned, deviceOutage, deviceFailures));
        }

        var rows = ImmutableArray.CreateBuilder<KecamatanCapacity>(report.Length);
        foreach (var code in report)
        {
            int k = all.IndexOf(code);
            int[] closed = days.ClosedDays(code);
            int workingDays = days.Count(days.First, days.Last, closed);
            var (without, first) = DaysWithoutDevice(available[k], closed, workingDays);
            rows.Add(new KecamatanCapacity(code, workingDays, assigned[k], outage[k], throughput, without, first, failures[k]));
        }

        return new CapacityAnalysis(days.Window, throughput, rows.MoveToImmutable(), devices.MoveToImmutable(), BuildOutages());
    }

    private static void Add<TKey>(Dictionary<TKey, List<Incident>> groups, TKey key, Incident incident)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }

        list.Add(incident);
    }

    /// <summary>The working days on which no set was available, and the first of them (R8 no-working-device).</summary>
    private (int Count, LocalDate? First) DaysWithoutDevice(List<(int From, int To)>? free, int[] closed, int workingDays)
    {
        if (free is null || free.Count == 0)
        {
            return (workingDays, days.FirstWorkingDay(days.First, days.Last, closed) is int f ? DayNumber.ToDate(f) : null);
        }

        free.Sort();
        int covered = 0;
        int? firstWithout = null;
        int gapStart = days.First;
        int curFrom = free[0].From, curTo = free[0].To;
        for (int i = 1; i <= free.Count; i++)
        {
            if (i < free.Count && free[i].From <= curTo + 1)
            {
                curTo = Math.Max(curTo, free[i].To);
                continue;
            }

            covered += days.Count(curFrom, curTo, closed);
            firstWithout ??= days.FirstWorkingDay(gapStart, curFrom - 1, closed);
            gapStart = curTo + 1;
            if (i < free.Count)
            {
                (curFrom, curTo) = free[i];
            }
        }

        firstWithout ??= days.FirstWorkingDay(gapStart, days.Last, closed);
        return (workingDays - covered, firstWithout is int day ? DayNumber.ToDate(day) : null);
    }

    /// <summary>Clips each incident to the window and merges overlapping or back-to-back ones (R5).</summary>
    private List<Span> Merge(List<Incident> group)
    {
        var clipped = new List<Span>(group.Count);
        foreach (var incident in group)
        {
            int from = Math.Max(DayNumber.Of(incident.Start), days.First);
            int to = incident.End is LocalDate e ? Math.Min(DayNumber.Of(e), days.Last) : days.Last;
            if (from <= to)
            {
                clipped.Add(new Span(from, to, [incident]));
            }
        }

        if (clipped.Count > 1)
        {
            clipped.Sort(static (x, y) => x.From != y.From ? x.From.CompareTo(y.From) : x.To.CompareTo(y.To));
        }

        var merged = new List<Span>(clipped.Count);
        foreach (var span in clipped)
        {
            if (merged.Count > 0 && days.BackToBack(merged[^1].To, span.From))
            {
                var last = merged[^1];
                merged[^1] = new Span(last.From, Math.Max(last.To, span.To), last.Incidents.AddRange(span.Incidents));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    /// <summary>Fills <see cref="pieces"/> with the union of two sorted span lists inside [from, to], merged as in R5.</summary>
    private void Union(List<Span> a, List<Span> b, int from, int to)
    {
        pieces.Clear();
        int ia = FirstEndingOnOrAfter(a, from), ib = FirstEndingOnOrAfter(b, from);
        int curFrom = 0, curTo = 0;
        bool open = false;
        while (true)
        {
            bool takeA = ia < a.Count && a[ia].From <= to;
            bool takeB = ib < b.Count && b[ib].From <= to;
            if (!takeA && !takeB)
            {
                break;
            }

            Span next = takeA && (!takeB || a[ia].From <= b[ib].From) ? a[ia++] : b[ib++];
            int f = Math.Max(next.From, from), t = Math.Min(next.To, to);
            if (open && days.BackToBack(curTo, f))
            {
                curTo = Math.Max(curTo, t);
            }
            else
            {
                if (open)
                {
                    pieces.Add(new Span(curFrom, curTo, []));
                }

                (curFrom, curTo, open) = (f, t, true);
            }
        }

        if (open)
        {
            pieces.Add(new Span(curFrom, curTo, []));
        }
    }

    private static int FirstEndingOnOrAfter(List<Span> spans, int day) =>
        SortedArray.LowerBound<Span, int, SpanEnd>(CollectionsMarshal.AsSpan(spans), day);

    private ImmutableArray<Outage> BuildOutages()
    {
        var result = new List<Outage>();
        foreach (var (site, spans) in siteSpans)
        {
            foreach (var span in spans)
            {
                result.Add(ToOutage(site, null, span));
            }
        }

        for (int d = 0; d < deviceSpans.Length; d++)
        {
            foreach (var span in deviceSpans[d] ?? NoSpans)
            {
                result.Add(ToOutage(Attribute(d, span), inventory.Devices[d].Id, span));
            }
        }

        foreach (var (device, spans) in unknownDeviceSpans)
        {
            foreach (var span in spans)
            {
                result.Add(ToOutage(span.Incidents[0].Kecamatan, device, span));
            }
        }

        result.Sort(static (x, y) =>
        {
            int c = x.Kecamatan.CompareTo(y.Kecamatan);
            if (c == 0)
            {
                c = x.Interval.Start.CompareTo(y.Interval.Start);
            }

            return c != 0 ? c : string.CompareOrdinal(x.Device, y.Device);
        });
        return [.. result];
    }

    /// <summary>The kecamatan a set's outage is attributed to: where the set is on its first day, else where it first is during it, else the first incident's.</summary>
    private RegionCode Attribute(int d, Span span)
    {
        var (start, end) = inventory.AssignmentRange(d);
        int? overlapping = null;
        for (int i = start; i < end; i++)
        {
            if (inventory.AssignmentFrom[i] <= span.From && span.From <= inventory.AssignmentTo[i])
            {
                return inventory.Assignments[i].Kecamatan;
            }

            if (overlapping is null && inventory.AssignmentFrom[i] <= span.To && span.From <= inventory.AssignmentTo[i])
            {
                overlapping = i;
            }
        }

        return overlapping is int o ? inventory.Assignments[o].Kecamatan : span.Incidents[0].Kecamatan;
    }

    private Outage ToOutage(RegionCode kecamatan, string? device, Span span) => new(
        kecamatan,
        device,
        new DateInterval(DayNumber.ToDate(span.From), DayNumber.ToDate(span.To)),
        days.Count(span.From, span.To, days.ClosedDays(kecamatan)),
        span.Incidents.Length == 1 ? span.Incidents : [.. span.Incidents.OrderBy(i => i.Start).ThenBy(i => i.Id, StringComparer.Ordinal)],
        days.Window);

    private sealed record Span(int From, int To, ImmutableArray<Incident> Incidents);

    /// <summary>Span lists are sorted by their starts and do not overlap, so they are sorted by their ends too.</summary>
    private readonly struct SpanEnd : ISortKey<Span, int>
    {
        public static int Of(Span span) => span.To;
    }
}
