using System;
using System.Linq;
using EktpDomain.Devices;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Mutation;

/// <summary>Device types: null and negative arguments, failure counting and days without a device at their boundaries (R5, R9).</summary>
public class DevicesMutationTests
{
    private static CapacityAnalysis Analyse(DeviceInventory inventory, IncidentLog? log) =>
        CapacityAnalysis.Calculate(inventory, log, WorkingCalendar.Indonesia, April);

    [Fact]
    public void AllocationCandidate_NegativeCapacity_ThrowsNamingCapacity()
    {
        var thrown = FluentActions.Invoking(() => new AllocationCandidate(Kresek, 0, -1, 0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("capacity");
        thrown.ActualValue.Should().Be(-1L);
    }

    [Fact]
    public void AllocationCandidate_NegativeAddedCapacity_ThrowsNamingAddedCapacityPerSet()
    {
        var thrown = FluentActions.Invoking(() => new AllocationCandidate(Kresek, 0, 0, -2_000))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("addedCapacityPerSet");
        thrown.ActualValue.Should().Be(-2_000L);
    }

    [Fact]
    public void AllocationPlacement_Reduction_IsShortfallBeforeMinusShortfallAfter()
    {
        // Target 6,000, capacity 1,000: shortfall 5,000; one set adds 2,000, so 3,000 remain and the reduction is 2,000.
        var plan = DeviceAllocation.Allocate([new AllocationCandidate(Kresek, 6_000, 1_000, 2_000)], 1);

        var placement = plan.Placements.Should().ContainSingle().Subject;
        placement.ShortfallBefore.Should().Be(5_000);
        placement.ShortfallAfter.Should().Be(3_000);
        placement.Reduction.Should().Be(2_000);
    }

    [Fact]
    public void Calculate_NullInventory_ThrowsNamingInventory() =>
        FluentActions.Invoking(() => CapacityAnalysis.Calculate(null!, null, WorkingCalendar.Indonesia, April))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("inventory");

    [Fact]
    public void Calculate_NullCalendar_ThrowsNamingCalendar() =>
        FluentActions.Invoking(() => CapacityAnalysis.Calculate(Static(1, Kresek), null, null!, April))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("calendar");

    [Fact]
    public void Calculate_NullWindow_ThrowsNamingWindow() =>
        FluentActions.Invoking(() => CapacityAnalysis.Calculate(Static(1, Kresek), null, WorkingCalendar.Indonesia, null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("window");

    [Fact]
    public void GetDevice_Null_ThrowsNamingDevice() =>
        FluentActions.Invoking(() => Analyse(Static(1, Kresek), null).GetDevice(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("device");

    [Fact]
    public void Calculate_IncidentOutsideTheWindow_IsIgnoredAndAddsNoKecamatan()
    {
        // A site outage in Kronjo in March is outside the April window: it names no kecamatan of the analysis.
        var log = Log(Site("IN-1", Kronjo, DeviceComponent.Server, IncidentCause.Power, new LocalDate(2012, 3, 5), new LocalDate(2012, 3, 9)));

        var capacity = Analyse(Static(1, Kresek), log);

        capacity.Kecamatan.Select(row => row.Code).Should().Equal(Kresek);
        capacity.TryGetKecamatan(Kronjo, out var kronjo).Should().BeFalse();
        kronjo.Should().BeNull();
        capacity.Outages.Should().BeEmpty();
    }

    [Fact]
    public void Calculate_AssignmentOfOneDayInTheWindow_CountsThatDay()
    {
        // The set arrives on Monday 30 April, the window's last day: one assigned working day.
        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-06-1", Kresek, Apr(30)))
            .Build();

        var capacity = Analyse(inventory, null);

        capacity.GetDevice("K-06-1").AssignedDeviceDays.Should().Be(1);
        var row = capacity[Kresek];
        row.AssignedDeviceDays.Should().Be(1);
        row.DaysWithoutDevice.Should().Be(19);
        row.FirstDayWithoutDevice.Should().Be(Apr(2));
    }

    [Fact]
    public void Calculate_OutageOnlyOverAWeekend_IsNoFailure()
    {
        // Saturday 7 and Sunday 8 April are not working days: the outage takes no assigned device-day.
        var log = Log(Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(7), Apr(8)));

        var capacity = Analyse(Static(1, Kresek), log);

        var set = capacity.GetDevice("K-06-1");
        set.OutageDeviceDays.Should().Be(0);
        set.Failures.Should().Be(0);
        var row = capacity[Kresek];
        row.OutageDeviceDays.Should().Be(0);
        row.Failures.Should().Be(0);
        row.MeanTimeBetweenFailures.Should().BeNull();
    }

    [Fact]
    public void Calculate_OutageAcrossTwoAssignmentsInOneKecamatan_IsOneFailure()
    {
        // The set's assignment row changes over the weekend of 14–15 April but it stays in Kresek; the outage of
        // Thursday 12 to Tuesday 17 April is one merged stretch: one failure of the set, one in Kresek.
        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-06-1", Kresek, new LocalDate(2012, 1, 1), Apr(13)))
            .AddAssignment(new DeviceAssignment("K-06-1", Kresek, Apr(16), null, isLoan: true))
            .Build();
        var log = Log(Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(12), Apr(17)));

        var capacity = Analyse(inventory, log);

        var set = capacity.GetDevice("K-06-1");
        set.OutageDeviceDays.Should().Be(4, "12, 13, 16 and 17 April");
        set.Failures.Should().Be(1);
        var row = capacity[Kresek];
        row.AssignedDeviceDays.Should().Be(20);
        row.OutageDeviceDays.Should().Be(4);
        row.Failures.Should().Be(1);
        row.MeanTimeToRepair.Should().Be(new Ratio(4, 1));
    }

    [Fact]
    public void Calculate_OutageEndingTheDayBeforeTheLastDay_LeavesTheLastDayWithADevice()
    {
        // The only set is out from Monday 2 to Sunday 29 April (19 working days); Monday 30 April it works again.
        var log = Log(Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(29)));

        var row = Analyse(Static(1, Kresek), log)[Kresek];

        row.OutageDeviceDays.Should().Be(19);
        row.DeviceDays.Should().Be(1);
        row.DaysWithoutDevice.Should().Be(19);
        row.FirstDayWithoutDevice.Should().Be(Apr(2));
    }

    [Fact]
    public void Calculate_TwoSetsFreeOnOverlappingStretches_CountTheSharedDayOnce()
    {
        // K-06-1 is out 17–30 April, so it works 2–16 April; K-06-2 is out 2–15 April, so it works 16–30 April.
        // Monday 16 April has both sets: every working day has a set.
        var log = Log(
            Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(17), Apr(30)),
            Device("IN-2", Kresek, "K-06-2", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(15)));

        var row = Analyse(Static(2, Kresek), log)[Kresek];

        row.OutageDeviceDays.Should().Be(10 + 9, "17–20, 23–27, 30 April; then 2–5 and 9–13 April");
        row.DaysWithoutDevice.Should().Be(0);
        row.FirstDayWithoutDevice.Should().BeNull();
    }

    [Fact]
    public void Calculate_TwoStretchesWithoutADevice_FirstDayWithoutDeviceIsTheEarlier()
    {
        // The only set is out 2–3 April and 10–11 April: four working days without a set, the first on 2 April.
        var log = Log(
            Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(3)),
            Device("IN-2", Kresek, "K-06-1", DeviceComponent.Server, IncidentCause.Hardware, Apr(10), Apr(11)));

        var row = Analyse(Static(1, Kresek), log)[Kresek];

        row.DaysWithoutDevice.Should().Be(4);
        row.FirstDayWithoutDevice.Should().Be(Apr(2));
        row.Failures.Should().Be(2);
    }

    [Fact]
    public void Calculate_SiteOutageOnTheWindowsLastDay_TakesThatDay()
    {
        // A site-wide power cut on Monday 30 April, the last day of the window and of the assignment's clipped stretch.
        var log = Log(Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(30), Apr(30)));

        var capacity = Analyse(Static(1, Kresek), log);

        var set = capacity.GetDevice("K-06-1");
        set.OutageDeviceDays.Should().Be(1);
        set.Failures.Should().Be(1);
        var row = capacity[Kresek];
        row.OutageDeviceDays.Should().Be(1);
        row.DaysWithoutDevice.Should().Be(1);
        row.FirstDayWithoutDevice.Should().Be(Apr(30));
    }

    [Fact]
    public void Calculate_DeviceOutageOnTheWindowsLastDay_TakesThatDay()
    {
        var log = Log(Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(30), null));

        var row = Analyse(Static(1, Kresek), log)[Kresek];

        row.OutageDeviceDays.Should().Be(1);
        row.Failures.Should().Be(1);
        row.FirstDayWithoutDevice.Should().Be(Apr(30));
    }

    [Fact]
    public void Calculate_SetMovedAfterTwoOutages_FindsTheOutageOnItsFirstDayInTheNewKecamatan()
    {
        // K-07-1 is in Kronjo to Friday 13 April and in Gunung Kaler from Monday 16 April. Its camera fails on 3, 10
        // and 16 April (three separate outages, all reported by the Kronjo office): the last one is on its first day
        // in Gunung Kaler, so it is attributed there and takes a Gunung Kaler device-day.
        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-07-1", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-07-1", Kronjo, new LocalDate(2012, 1, 1), Apr(13)))
            .AddAssignment(new DeviceAssignment("K-07-1", GunungKaler, Apr(16), null, isLoan: true))
            .Build();
        var log = Log(
            Device("IN-1", Kronjo, "K-07-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(3), Apr(3)),
            Device("IN-2", Kronjo, "K-07-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(10), Apr(10)),
            Device("IN-3", Kronjo, "K-07-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(16), Apr(16)));

        var capacity = Analyse(inventory, log);

        var set = capacity.GetDevice("K-07-1");
        set.AssignedDeviceDays.Should().Be(9 + 11);
        set.OutageDeviceDays.Should().Be(3);
        set.Failures.Should().Be(3);
        var kronjo = capacity[Kronjo];
        kronjo.OutageDeviceDays.Should().Be(2);
        kronjo.Failures.Should().Be(2);
        var gunungKaler = capacity[GunungKaler];
        gunungKaler.OutageDeviceDays.Should().Be(1);
        gunungKaler.Failures.Should().Be(1);
        gunungKaler.DaysWithoutDevice.Should().Be(9 + 1, "no set before 16 April, and the set is out on 16 April");
        capacity.Outages.Select(o => (o.Kecamatan, o.Interval.Start)).Should().Equal(
            (Kronjo, Apr(3)),
            (Kronjo, Apr(10)),
            (GunungKaler, Apr(16)));
    }

    [Fact]
    public void Calculate_OutageOfAMovedSetReportedElsewhere_IsAttributedWhereTheSetIsOnItsFirstDay()
    {
        // The set is in Kronjo to 13 April, then in Gunung Kaler. An outage from 18 April, reported by Kronjo, is
        // attributed to Gunung Kaler, where the set is on 18 April.
        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-07-1", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-07-1", Kronjo, new LocalDate(2012, 1, 1), Apr(13)))
            .AddAssignment(new DeviceAssignment("K-07-1", GunungKaler, Apr(16), null))
            .Build();
        var log = Log(Device("IN-1", Kronjo, "K-07-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(18), Apr(19)));

        var outage = Analyse(inventory, log).Outages.Should().ContainSingle().Subject;

        outage.Kecamatan.Should().Be(GunungKaler);
        outage.Device.Should().Be("K-07-1");
        outage.WorkingDays.Should().Be(2);
    }

    [Fact]
    public void Calculate_OutagesStartingTogether_AreOrderedSiteFirstThenBySetId()
    {
        // Only K-06-2 is in the inventory; K-06-1 is an unknown set that still has an outage listed. All three start
        // on 9 April in Kresek: the site outage first, then the sets by id.
        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-06-2", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-06-2", Kresek, new LocalDate(2012, 1, 1)))
            .Build();
        var log = Log(
            Device("IN-1", Kresek, "K-06-2", DeviceComponent.Camera, IncidentCause.Hardware, Apr(9), Apr(10)),
            Device("IN-2", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(9), Apr(10)),
            Site("IN-3", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(9), Apr(9)));

        var capacity = Analyse(inventory, log);

        capacity.Outages.Select(o => o.Device).Should().Equal(null, "K-06-1", "K-06-2");
        capacity.Outages.Should().OnlyContain(o => o.Kecamatan == Kresek && o.Interval.Start == Apr(9));
    }
}
