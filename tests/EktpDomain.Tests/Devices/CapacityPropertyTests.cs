using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Devices;
using EktpDomain.Tests.Support;
using FsCheck.Xunit;
using NodaTime;

namespace EktpDomain.Tests.Devices;

public class CapacityPropertyTests
{
    /// <summary>R5: available + outage device-days = the assigned working device-days, per kecamatan and per set.</summary>
    [Property(MaxTest = 300)]
    public bool DeviceDaysPlusOutageDeviceDays_EqualAssignedWorkingDeviceDays(int seed)
    {
        var r = new RandomDevices(seed);
        var capacity = CapacityAnalysis.Calculate(r.Inventory, r.Incidents, r.Calendar, r.Window, 100, r.Kecamatan);
        return capacity.Kecamatan.All(k => k.DeviceDays + k.OutageDeviceDays == k.AssignedDeviceDays && k.DeviceDays >= 0 && k.OutageDeviceDays >= 0)
            && capacity.Devices.All(d => d.DeviceDays + d.OutageDeviceDays == d.AssignedDeviceDays && d.DeviceDays >= 0)
            && capacity.Kecamatan.Sum(k => k.AssignedDeviceDays) == capacity.Devices.Sum(d => d.AssignedDeviceDays);
    }

    /// <summary>R5: the interval arithmetic agrees with counting day by day, set by set (assigned, outage, days without a set).</summary>
    [Property(MaxTest = 200)]
    public bool Capacity_EqualsDayByDayReference(int seed)
    {
        var r = new RandomDevices(seed);
        var capacity = CapacityAnalysis.Calculate(r.Inventory, r.Incidents, r.Calendar, r.Window, 100, r.Kecamatan);
        var naive = new NaiveCapacity(r.Inventory, r.Incidents, r.Calendar, r.Window, r.Kecamatan);
        return r.Kecamatan.All(code =>
                capacity[code].AssignedDeviceDays == naive.Assigned[code]
                && capacity[code].OutageDeviceDays == naive.Outage[code]
                && capacity[code].DaysWithoutDevice == naive.Without[code]
                && capacity[code].FirstDayWithoutDevice == naive.FirstWithout[code]
                && capacity[code].WorkingDays == r.Calendar.CountWorkingDays(r.Window, code)
                && capacity[code].Capacity == (naive.Assigned[code] - naive.Outage[code]) * 100)
            && r.Inventory.Devices.All(d =>
                capacity.GetDevice(d.Id).AssignedDeviceDays == naive.DeviceAssigned.GetValueOrDefault(d.Id)
                && capacity.GetDevice(d.Id).OutageDeviceDays == naive.DeviceOutage.GetValueOrDefault(d.Id));
    }

    /// <summary>R5: merged outages never count a day twice; merged outages of one set or one site never share a day.</summary>
    [Property(MaxTest = 300)]
    public bool MergedOutages_NeverCountADayTwice(int seed)
    {
        var r = new RandomDevices(seed);
        var capacity = CapacityAnalysis.Calculate(r.Inventory, r.Incidents, r.Calendar, r.Window, 100, r.Kecamatan);
        var incidents = r.Incidents.Incidents.Where(i => i.Overlaps(r.Window)).ToList();

        foreach (var scope in capacity.Outages.GroupBy(o => (o.Device, Site: o.Device is null ? o.Kecamatan : default)))
        {
            var outages = scope.OrderBy(o => o.Interval.Start).ToList();
            for (int i = 1; i < outages.Count; i++)
            {
                if (outages[i].Interval.Start <= outages[i - 1].Interval.End)
                {
                    return false;
                }
            }

            // The days the scope's incidents cover, each once, against the sum over its merged outages.
            var covered = incidents
                .Where(i => scope.Key.Device is null ? i.Device is null && i.Kecamatan == scope.Key.Site : i.Device == scope.Key.Device)
                .SelectMany(i => r.Window.Where(d => d >= i.Start && d <= (i.End ?? r.Window.End)))
                .ToHashSet();
            long expected, actual;
            if (scope.Key.Device is null)
            {
                expected = covered.Count(d => r.Calendar.IsWorkingDay(d, scope.Key.Site));
                actual = outages.Sum(o => (long)o.WorkingDays);
            }
            else
            {
                expected = covered.Count(d => r.Calendar.IsWorkingDay(d));
                actual = outages.Sum(o => (long)r.Calendar.CountWorkingDays(o.Interval));
            }

            if (expected != actual || outages.Sum(o => o.Incidents.Length) != incidents.Count(i => scope.Key.Device is null ? i.Device is null && i.Kecamatan == scope.Key.Site : i.Device == scope.Key.Device))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>R5: a built inventory never has a set in two places on one day, and the builder rejects every input that would.</summary>
    [Property(MaxTest = 300)]
    public bool Assignments_NeverOverlap_AndEveryOverlapIsRejected(int seed)
    {
        var random = new Random(seed);
        var rows = new List<DeviceAssignment>();
        for (int i = random.Next(0, 10); i > 0; i--)
        {
            var from = RandomDevices.Origin.PlusDays(random.Next(0, 40));
            LocalDate? to = random.Next(4) == 0 ? null : from.PlusDays(random.Next(0, 15));
            rows.Add(new DeviceAssignment($"D{random.Next(3)}", new RegionCode(36, 3, random.Next(1, 4)), from, to));
        }

        var builder = DeviceInventory.CreateBuilder();
        foreach (var id in rows.Select(a => a.Device).Distinct())
        {
            builder.AddDevice(new RecordingSet(id, DeviceKind.Static, FundingSource.Apbn));
        }

        foreach (var row in rows)
        {
            builder.AddAssignment(row);
        }

        var far = RandomDevices.Origin.PlusDays(80);
        bool overlapping = rows.Any(a => rows.Any(b =>
            !ReferenceEquals(a, b) && a.Device == b.Device
            && a.From <= (b.To ?? far) && b.From <= (a.To ?? far)));
        bool built = builder.TryBuild(out var inventory, out var problems);
        if (built == overlapping)
        {
            return false;
        }

        if (!built)
        {
            return problems.All(p => p.Message.Contains("a set is never in two places on one day (R5)", StringComparison.Ordinal));
        }

        // Every set is in at most one kecamatan on every day.
        return Enumerable.Range(0, 80).Select(d => RandomDevices.Origin.PlusDays(d)).All(day =>
            inventory!.Devices.All(set => inventory.Assignments.Count(a => a.Device == set.Id && a.Contains(day)) <= 1)
            && inventory.Kecamatan.Sum(k => inventory.GetDevices(k, day).Length) == inventory.Devices.Count(set => inventory.GetAssignment(set.Id, day) is not null));
    }

    /// <summary>R6: the parts of a shortfall are never negative and sum exactly to the shortfall.</summary>
    [Property(MaxTest = 1000)]
    public bool ShortfallParts_SumToTheShortfall(int seed)
    {
        var random = new Random(seed);
        long target = random.Next(0, 10_000);
        long recorded = random.Next(0, 10_000), lost = random.Next(0, 3_000), rerecorded = random.Next(0, 3_000);
        long? deviceDays = random.Next(4) == 0 ? null : random.Next(0, 60);
        long? outage = deviceDays is null ? null : random.Next(0, 30);
        var s = ShortfallAttribution.Calculate(target, recorded - lost + rerecorded, lost, rerecorded, recorded + rerecorded, deviceDays, outage, random.Next(1, 200));
        var sum = (Ratio)s.DataLoss + (s.Outage ?? Ratio.Zero) + s.Demand;
        bool met = target == 0 || recorded - lost + rerecorded >= target;
        return sum == s.Shortfall
            && s.DataLoss >= 0 && (s.Outage ?? Ratio.Zero) >= Ratio.Zero && s.Demand >= Ratio.Zero
            && (s.Outage is null) == (deviceDays is null)
            && (met ? s.Shortfall == 0 : s.Shortfall == target - (recorded - lost + rerecorded));
    }

    /// <summary>R6 through the attainment report: every row's parts sum to its shortfall.</summary>
    [Property(MaxTest = 100)]
    public bool AttainmentReport_ShortfallPartsSumToShortfall(int seed)
    {
        var r = new RandomDevices(seed);
        var random = new Random(seed);
        var scenario = new ScenarioBuilder { Calendar = r.Calendar, Inventory = r.Inventory, Incidents = r.Incidents };
        foreach (var code in r.Kecamatan)
        {
            scenario.Kecamatan(code, random.Next(0, 20_000));
            scenario.Recorded(code, r.Window.Start.PlusDays(-40), 5_000);
            scenario.Recorded(code, r.Window.Start, random.Next(0, 3_000));
            if (random.Next(2) == 0)
            {
                scenario.Lost(code, r.Window.Start, random.Next(0, 1_000));
            }
        }

        var report = AttainmentReport.Calculate(scenario.Build(), r.Window);
        return report.Kecamatan.All(row =>
            (Ratio)row.ShortfallAttribution.DataLoss + (row.ShortfallAttribution.Outage ?? Ratio.Zero) + row.ShortfallAttribution.Demand == row.Shortfall
            && row.ShortfallAttribution.Shortfall == row.Shortfall
            && row.DeviceDays + row.OutageDeviceDays == row.DeviceCapacity!.AssignedDeviceDays);
    }
}
