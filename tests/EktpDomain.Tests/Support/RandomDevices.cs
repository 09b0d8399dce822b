using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Calendar;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using NodaTime;

namespace EktpDomain.Tests.Support;

/// <summary>Random inventories, incident logs, calendars and windows from a seed, for property tests, around March–June 2012.</summary>
public sealed class RandomDevices
{
    public static readonly LocalDate Origin = new(2012, 2, 1);

    public RandomDevices(int seed)
    {
        var random = new Random(seed);
        Kecamatan = [.. Enumerable.Range(1, random.Next(1, 4)).Select(k => new RegionCode(36, 3, k))];

        var calendar = WorkingCalendar.Indonesia.ToBuilder();
        for (int i = random.Next(0, 6); i > 0; i--)
        {
            calendar.AddClosure(new KecamatanClosure(Pick(random, Kecamatan), Origin.PlusDays(random.Next(30, 150)), "closed"));
        }

        Calendar = calendar.Build();

        var builder = DeviceInventory.CreateBuilder();
        int devices = random.Next(0, 7);
        for (int d = 0; d < devices; d++)
        {
            string id = $"D{d}";
            var kind = random.Next(4) == 0 ? DeviceKind.Mobile : DeviceKind.Static;
            builder.AddDevice(new RecordingSet(id, kind, FundingSource.Apbn));
            var day = Origin.PlusDays(random.Next(0, 60));
            for (int a = random.Next(0, 4); a > 0; a--)
            {
                var to = day.PlusDays(random.Next(0, 40));
                bool open = a == 1 && random.Next(3) == 0;
                builder.AddAssignment(new DeviceAssignment(id, Pick(random, Kecamatan), day, open ? null : to, random.Next(5) == 0));
                day = to.PlusDays(random.Next(1, 10));
            }
        }

        Inventory = builder.Build();

        var incidents = new List<Incident>();
        for (int i = random.Next(0, 14); i > 0; i--)
        {
            string? device = random.Next(3) == 0 || devices == 0 ? null : $"D{random.Next(devices)}";
            var start = Origin.PlusDays(random.Next(0, 150));
            LocalDate? end = random.Next(5) == 0 ? null : start.PlusDays(random.Next(0, 12));
            incidents.Add(new Incident($"IN-{i}", Pick(random, Kecamatan), device, (DeviceComponent)random.Next(0, 9), (IncidentCause)random.Next(0, 9), start, end));
        }

        Incidents = IncidentLog.CreateBuilder().AddRange(incidents).Build();
        var windowStart = new LocalDate(2012, 3, 1).PlusDays(random.Next(0, 90));
        Window = new DateInterval(windowStart, windowStart.PlusDays(random.Next(0, 60)));
    }

    public RegionCode[] Kecamatan { get; }

    public WorkingCalendar Calendar { get; }

    public DeviceInventory Inventory { get; }

    public IncidentLog Incidents { get; }

    public DateInterval Window { get; }

    private static RegionCode Pick(Random random, RegionCode[] items) => items[random.Next(items.Length)];
}

/// <summary>R5 counted the obvious way, day by day and set by set, as the reference for the fast implementation.</summary>
public sealed class NaiveCapacity
{
    public NaiveCapacity(DeviceInventory inventory, IncidentLog incidents, WorkingCalendar calendar, DateInterval window, IReadOnlyList<RegionCode> kecamatan)
    {
        foreach (var code in kecamatan)
        {
            Assigned[code] = 0;
            Outage[code] = 0;
            Without[code] = 0;
            FirstWithout[code] = null;
        }

        foreach (var day in window)
        {
            var available = new HashSet<RegionCode>();
            foreach (var set in inventory.Devices)
            {
                var assignment = inventory.Assignments.SingleOrDefault(a => a.Device == set.Id && a.Contains(day));
                if (assignment is null || !calendar.IsWorkingDay(day, assignment.Kecamatan))
                {
                    continue;
                }

                var k = assignment.Kecamatan;
                bool touched = incidents.Incidents.Any(i =>
                    i.Start <= day && (i.End ?? window.End) >= day &&
                    (i.Device == set.Id || (i.Device is null && i.Kecamatan == k)));
                Add(Assigned, k);
                Add(DeviceAssigned, set.Id);
                if (touched)
                {
                    Add(Outage, k);
                    Add(DeviceOutage, set.Id);
                }
                else
                {
                    available.Add(k);
                }
            }

            foreach (var code in kecamatan)
            {
                if (calendar.IsWorkingDay(day, code) && !available.Contains(code))
                {
                    Without[code]++;
                    FirstWithout[code] ??= day;
                }
            }
        }
    }

    public Dictionary<RegionCode, long> Assigned { get; } = [];

    public Dictionary<RegionCode, long> Outage { get; } = [];

    public Dictionary<string, long> DeviceAssigned { get; } = [];

    public Dictionary<string, long> DeviceOutage { get; } = [];

    public Dictionary<RegionCode, int> Without { get; } = [];

    public Dictionary<RegionCode, LocalDate?> FirstWithout { get; } = [];

    private static void Add<TKey>(Dictionary<TKey, long> counts, TKey key)
        where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;
}
