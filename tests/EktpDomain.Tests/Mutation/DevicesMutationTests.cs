using System;
using System.Linq;
using EktpDomain.Allocation;
using EktpDomain.Calendar;
using EktpDomain.Capacity;
using EktpDomain.Devices;
using EktpDomain.Incidents;
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

    private static DeviceInventory ArrivesLateThenMoves() =>
        DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-07-1", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-07-1", Kronjo, Apr(16), Apr(20)))
            .AddAssignment(new DeviceAssignment("K-07-1", GunungKaler, Apr(23), null))
            .Build();

    [Fact]
    public void Calculate_OutageStartingBeforeTheSetArrives_IsAttributedWhereTheSetFirstIsDuringIt()
    {
        // The set reaches Kronjo on 16 April and moves to Gunung Kaler on 23 April. An outage of 12–24 April,
        // reported by Kresek, is attributed to Kronjo: the set is nowhere on 12 April, and Kronjo is where it first is.
        var log = Log(Device("IN-1", Kresek, "K-07-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(12), Apr(24)));

        var capacity = Analyse(ArrivesLateThenMoves(), log);

        var outage = capacity.Outages.Should().ContainSingle().Subject;
        outage.Kecamatan.Should().Be(Kronjo);
        (outage.Interval.Start, outage.Interval.End).Should().Be((Apr(12), Apr(24)));
        capacity[Kronjo].OutageDeviceDays.Should().Be(5, "16–20 April");
        capacity[GunungKaler].OutageDeviceDays.Should().Be(2, "23 and 24 April");
    }

    [Fact]
    public void Calculate_OutageEndingOnTheSetsFirstDay_IsAttributedToThatKecamatan()
    {
        var log = Log(Device("IN-1", Kresek, "K-07-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(12), Apr(16)));

        var outage = Analyse(ArrivesLateThenMoves(), log).Outages.Should().ContainSingle().Subject;

        outage.Kecamatan.Should().Be(Kronjo);
        outage.WorkingDays.Should().Be(3, "12, 13 and 16 April");
    }

    [Fact]
    public void Calculate_MergedOutage_ListsItsIncidentsByStartThenId()
    {
        // Three incidents of one set started in March and all run into the window; clipped to 2 April, they are one
        // outage whose incidents are listed by their real start, then id.
        var log = Log(
            Device("IN-2", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, new LocalDate(2012, 3, 20), Apr(10)),
            Device("IN-3", Kresek, "K-06-1", DeviceComponent.Server, IncidentCause.Hardware, new LocalDate(2012, 3, 26), Apr(3)),
            Device("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, new LocalDate(2012, 3, 26), Apr(4)));

        var outage = Analyse(Static(1, Kresek), log).Outages.Should().ContainSingle().Subject;

        outage.Incidents.Select(i => i.Id).Should().Equal("IN-2", "IN-1", "IN-3");
        (outage.Interval.Start, outage.Interval.End).Should().Be((Apr(2), Apr(10)));
        outage.StartedBeforeWindow.Should().BeTrue();
    }

    [Fact]
    public void Allocate_NullReport_ThrowsNamingReport() =>
        FluentActions.Invoking(() => DeviceAllocation.Allocate((EktpDomain.Attainment.AttainmentReport)null!, 1))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("report");

    [Fact]
    public void Allocate_NullCandidates_ThrowsNamingCandidates() =>
        FluentActions.Invoking(() => DeviceAllocation.Allocate((System.Collections.Generic.IEnumerable<AllocationCandidate>)null!, 1))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("candidates");

    [Fact]
    public void Allocate_NullCandidate_ThrowsNamingCandidates() =>
        FluentActions.Invoking(() => DeviceAllocation.Allocate([new AllocationCandidate(Kresek, 10, 0, 5), null!], 1))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("candidates");

    [Fact]
    public void Allocate_CapacityPlusOneSetOverflows_ThrowsOverflowEvenWithNoSetsToPlace() =>
        FluentActions.Invoking(() => DeviceAllocation.Allocate([new AllocationCandidate(Kresek, 0, long.MaxValue, 1)], 0))
            .Should().ThrowExactly<OverflowException>();

    [Fact]
    public void Allocate_EqualReductionOneAttainmentNotApplicable_KnownAttainmentGoesFirst()
    {
        // Equal reductions of 1,000; Kresek (lower code) has no attainment, Kronjo has 1/2: not applicable goes last (R9).
        var plan = DeviceAllocation.Allocate(
            [new AllocationCandidate(Kresek, 1_000, 0, 2_000), new AllocationCandidate(Kronjo, 1_000, 0, 2_000, new Ratio(1, 2))],
            2);

        plan.Placements.Select(p => (p.Kecamatan, p.Reason)).Should().Equal(
            (Kronjo, AllocationReason.LowerAttainment),
            (Kresek, AllocationReason.LargestReduction));
    }

    [Fact]
    public void Allocate_EqualReductionBothAttainmentsNotApplicable_LowerCodeGoesFirst()
    {
        var plan = DeviceAllocation.Allocate(
            [new AllocationCandidate(Kronjo, 1_000, 0, 2_000), new AllocationCandidate(Kresek, 1_000, 0, 2_000)],
            1);

        var placement = plan.Placements.Should().ContainSingle().Subject;
        placement.Kecamatan.Should().Be(Kresek);
        placement.Reason.Should().Be(AllocationReason.LowerCode);
    }

    [Fact]
    public void DeviceAssignment_NullDevice_ThrowsNamingDevice() =>
        FluentActions.Invoking(() => new DeviceAssignment(null!, Kresek, Apr(2)))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("device");

    [Fact]
    public void DeviceAssignment_Operators_HandleNullAndDifferences()
    {
        var a = new DeviceAssignment("K-06-1", Kresek, Apr(2), Apr(13));
        var same = new DeviceAssignment("K-06-1", Kresek, Apr(2), Apr(13));
        var loan = new DeviceAssignment("K-06-1", Kresek, Apr(2), Apr(13), isLoan: true);
        DeviceAssignment? none = null;

        (a == same).Should().BeTrue();
        (a != same).Should().BeFalse();
        (a != loan).Should().BeTrue();
        (none == null).Should().BeTrue();
        (none == a).Should().BeFalse();
        (a == none).Should().BeFalse();
        (none != a).Should().BeTrue();
    }

    [Fact]
    public void DeviceAvailability_SetNotAssignedInTheWindow_HasNoRatios()
    {
        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-06-1", Kresek, new LocalDate(2012, 5, 1)))
            .Build();

        var set = Analyse(inventory, null).GetDevice("K-06-1");

        set.AssignedDeviceDays.Should().Be(0);
        set.AvailabilityRatio.Should().BeNull();
        set.MeanTimeBetweenFailures.Should().BeNull();
        set.MeanTimeToRepair.Should().BeNull();
    }

    [Fact]
    public void DeviceAvailability_NoFailures_HasAvailabilityButNoMeanTimes()
    {
        var set = Analyse(Static(1, Kresek), null).GetDevice("K-06-1");

        set.AvailabilityRatio.Should().Be(Ratio.One);
        set.MeanTimeBetweenFailures.Should().BeNull();
        set.MeanTimeToRepair.Should().BeNull();
    }

    [Fact]
    public void GetAssignments_TwentySetsArrivingTogether_AreBySetId()
    {
        var inventory = Static(20, Kresek);

        inventory.GetAssignments(Kresek).Select(a => a.Device).Should().Equal(inventory.Assignments.Select(a => a.Device));
        inventory.Assignments.Select(a => a.Device).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void GetAssignments_OfTheSecondSetAndSecondKecamatan_AreExactlyTheirOwn()
    {
        var inventory = Static(1, Kresek, Kronjo);

        inventory.GetAssignments("K-07-1").Select(a => a.Kecamatan).Should().Equal(Kronjo);
        inventory.GetAssignments(Kronjo).Select(a => a.Device).Should().Equal("K-07-1");
        inventory.GetAssignments(Kresek).Select(a => a.Device).Should().Equal("K-06-1");
        inventory.GetAssignments(Pagedangan).Should().BeEmpty();
        inventory.GetDevices(Kronjo, Apr(2)).Select(d => d.Id).Should().Equal("K-07-1");
        inventory.GetDevices(Pagedangan, Apr(2)).Should().BeEmpty();
    }

    [Fact]
    public void GetDevices_SetsArrivingInReverseIdOrder_AreById()
    {
        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn))
            .AddDevice(new RecordingSet("K-06-2", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-06-2", Kresek, new LocalDate(2012, 1, 1)))
            .AddAssignment(new DeviceAssignment("K-06-1", Kresek, new LocalDate(2012, 2, 1)))
            .Build();

        inventory.GetDevices(Kresek, Apr(2)).Select(d => d.Id).Should().Equal("K-06-1", "K-06-2");
    }

    [Fact]
    public void CountDevicesAndGetLoans_OnTheFirstAndLastDayOfALoan_IncludeIt()
    {
        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-06-1", Kresek, Apr(9), Apr(13), isLoan: true))
            .Build();

        inventory.CountDevices(Kresek, Apr(8)).Should().Be(0);
        inventory.CountDevices(Kresek, Apr(9)).Should().Be(1);
        inventory.CountDevices(Kresek, Apr(13)).Should().Be(1);
        inventory.CountDevices(Kresek, Apr(14)).Should().Be(0);
        inventory.GetLoans(Apr(8)).Should().BeEmpty();
        inventory.GetLoans(Apr(9)).Select(a => a.Device).Should().Equal("K-06-1");
        inventory.GetLoans(Apr(13)).Select(a => a.Device).Should().Equal("K-06-1");
        inventory.GetLoans(Apr(14)).Should().BeEmpty();
    }

    [Fact]
    public void GetAverageDevicesPerKecamatan_NullKecamatan_ThrowsNamingKecamatan() =>
        FluentActions.Invoking(() => Static(1, Kresek).GetAverageDevicesPerKecamatan(null!, Apr(2)))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("kecamatan");

    [Fact]
    public void Contains_NullId_ThrowsNamingId() =>
        FluentActions.Invoking(() => Static(1, Kresek).Contains(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");

    [Fact]
    public void Indexer_UnknownId_ThrowsWithExactMessage() =>
        FluentActions.Invoking(() => Static(2, Kresek)["K-99-1"])
            .Should().ThrowExactly<System.Collections.Generic.KeyNotFoundException>()
            .WithMessage("No recording set has the id 'K-99-1'; this inventory has 2 sets.");

    [Fact]
    public void Builder_AddNullDevice_ThrowsNamingDevice() =>
        FluentActions.Invoking(() => DeviceInventory.CreateBuilder().AddDevice(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("device");

    [Fact]
    public void Builder_AddNullAssignment_ThrowsNamingAssignment() =>
        FluentActions.Invoking(() => DeviceInventory.CreateBuilder().AddAssignment(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("assignment");

    [Fact]
    public void Builder_AfterBuild_EveryAddThrows()
    {
        const string Message = "This inventory builder has already built its inventory; create a new builder.";
        var builder = DeviceInventory.CreateBuilder();
        builder.Build();

        FluentActions.Invoking(() => builder.AddDevice(new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn)))
            .Should().ThrowExactly<InvalidOperationException>().WithMessage(Message);
        FluentActions.Invoking(() => builder.AddDevice("K-06-1", DeviceKind.Static, FundingSource.Apbn, null, SourceLocation.None))
            .Should().ThrowExactly<InvalidOperationException>().WithMessage(Message);
        FluentActions.Invoking(() => builder.Retire("K-06-1", Apr(2), RetirementReason.Stolen, SourceLocation.None))
            .Should().ThrowExactly<InvalidOperationException>().WithMessage(Message);
        FluentActions.Invoking(() => builder.AddAssignment(new DeviceAssignment("K-06-1", Kresek, Apr(2))))
            .Should().ThrowExactly<InvalidOperationException>().WithMessage(Message);
        FluentActions.Invoking(() => builder.AddAssignment("K-06-1", DeviceKind.Static, FundingSource.Apbn, Kresek, Apr(2), null, SourceLocation.None))
            .Should().ThrowExactly<InvalidOperationException>().WithMessage(Message);
    }

    [Fact]
    public void Builder_Count_CountsAssignmentsOfBothKinds()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-06-1", Kresek, Apr(2), Apr(13)))
            .AddAssignment("K-07-1", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(2), null, SourceLocation.None)
            .AddAssignment("K-07-2", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(2), null, SourceLocation.None);

        builder.Count.Should().Be(3);
    }

    [Fact]
    public void Builder_Problems_AreInInputOrderAcrossDeviceRows()
    {
        // Line 3 describes K-06-1 again with another kind; line 5 ends an assignment before it starts. Both are
        // reported, in input order.
        var builder = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn), new SourceLocation("devices.csv", 2))
            .AddDevice(new RecordingSet("K-06-1", DeviceKind.Mobile, FundingSource.Apbn), new SourceLocation("devices.csv", 3))
            .AddAssignment(new DeviceAssignment("K-06-1", Kresek, Apr(2)), new SourceLocation("devices.csv", 4))
            .AddAssignment("K-06-1", Kresek, Apr(20), Apr(18), false, new SourceLocation("devices.csv", 5));

        builder.TryBuild(out var inventory, out var problems).Should().BeFalse();

        inventory.Should().BeNull();
        problems.Select(p => p.Location.Line).Should().Equal(3, 5);
    }

    private static string[] ProblemsOf(DeviceInventoryBuilder builder)
    {
        builder.TryBuild(out _, out var problems).Should().BeFalse();
        return [.. problems.Select(p => p.Message)];
    }

    private static SourceLocation Line(int line) => new("devices.csv", line);

    [Fact]
    public void Builder_BlankIdAndEndBeforeStart_ReportsBothWithTheBlankId()
    {
        const string EndsBefore = "the assignment of device (blank) to 36.03.06 ends on 2012-04-18, before it starts on 2012-04-20; 'to' must be on or after 'from'.";
        var plain = DeviceInventory.CreateBuilder().AddAssignment("  ", Kresek, Apr(20), Apr(18), false, Line(2));
        var described = DeviceInventory.CreateBuilder().AddAssignment(" ", DeviceKind.Static, FundingSource.Apbn, Kresek, Apr(20), Apr(18), Line(2));

        ProblemsOf(plain).Should().Equal("the device id is blank; every assignment names a recording set.", EndsBefore);
        ProblemsOf(described).Should().Equal("the device id is blank; every assignment names a recording set.", EndsBefore);
    }

    [Fact]
    public void Build_AssignmentsOfOneSet_AreByStartDate()
    {
        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-07-1", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-07-1", Kronjo, new LocalDate(2012, 1, 1), Apr(13)))
            .AddAssignment(new DeviceAssignment("K-07-1", GunungKaler, Apr(16)))
            .Build();

        inventory.Assignments.Select(a => a.Kecamatan).Should().Equal(Kronjo, GunungKaler);
        inventory.GetAssignments("K-07-1").Select(a => a.From).Should().Equal(new LocalDate(2012, 1, 1), Apr(16));
    }

    [Fact]
    public void Build_AssignmentEndingOnTheRetirementDate_IsAProblem()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn, retiredOn: Apr(13), retirementReason: RetirementReason.Stolen), Line(2))
            .AddAssignment("K-06-1", Kresek, Apr(2), Apr(13), false, Line(3));

        ProblemsOf(builder).Should().Equal(
            "device K-06-1 stays assigned to 36.03.06 to 2012-04-13, but it was retired on 2012-04-13 (Stolen); end the assignment by 2012-04-12.");
    }

    [Fact]
    public void Build_AssignmentStartingOnTheRetirementDate_IsAProblem()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn, retiredOn: Apr(13), retirementReason: RetirementReason.Stolen), Line(2))
            .AddAssignment("K-06-1", Kresek, Apr(13), Apr(20), false, Line(3));

        ProblemsOf(builder).Should().Equal(
            "device K-06-1 is assigned to 36.03.06 from 2012-04-13, on or after its retirement on 2012-04-13 (Stolen); a retired set is never assigned.");
    }

    [Fact]
    public void Build_RetiredForAnOtherReason_IsValid()
    {
        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice("K-06-1", DeviceKind.Static, FundingSource.Apbn, null, Line(2))
            .Retire("K-06-1", Apr(13), RetirementReason.Other, Line(3))
            .Build();

        inventory["K-06-1"].RetirementReason.Should().Be(RetirementReason.Other);
    }

    [Fact]
    public void Build_OverlapEndingAtTheEarlierRowsEnd_NamesBothRowsAndTheSharedDays()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment("K-06-1", Kresek, Apr(2), Apr(20), false, Line(2))
            .AddAssignment("K-06-1", Kronjo, Apr(10), Apr(30), false, Line(3));

        ProblemsOf(builder).Should().Equal(
            "device K-06-1 is assigned to two kecamatan on the same day: 36.03.07 and 36.03.06 (36.03.07 from 2012-04-10 to 2012-04-30 overlaps 36.03.06 from 2012-04-02 to 2012-04-20 at devices.csv:2) from 2012-04-10 to 2012-04-20; a set is never in two places on one day. End one assignment before the other starts.");
    }

    [Fact]
    public void Build_OverlapInsideAnEarlierRowWithoutSource_EndsAtTheInnerRowsEnd()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment("K-06-1", Kresek, Apr(2), Apr(20), false, SourceLocation.None)
            .AddAssignment("K-06-1", Kresek, Apr(10), Apr(15), false, Line(3));

        ProblemsOf(builder).Should().Equal(
            "device K-06-1 is assigned twice to 36.03.06 (36.03.06 from 2012-04-10 to 2012-04-15 overlaps 36.03.06 from 2012-04-02 to 2012-04-20) from 2012-04-10 to 2012-04-15; a set is never in two places on one day. End one assignment before the other starts.");
    }

    [Fact]
    public void Build_ThirdOverlappingRow_IsComparedWithTheFirstRowThatReachedAsFar()
    {
        // Rows 2 and 3 both end on 20 April; row 4 overlaps them, and is reported against row 2, the first to reach 20 April.
        var builder = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment("K-06-1", Kresek, Apr(2), Apr(20), false, Line(2))
            .AddAssignment("K-06-1", Kresek, Apr(10), Apr(20), false, Line(3))
            .AddAssignment("K-06-1", Kresek, Apr(15), Apr(25), false, Line(4));

        ProblemsOf(builder).Should().Equal(
            "device K-06-1 is assigned twice to 36.03.06 (36.03.06 from 2012-04-10 to 2012-04-20 overlaps 36.03.06 from 2012-04-02 to 2012-04-20 at devices.csv:2) from 2012-04-10 to 2012-04-20; a set is never in two places on one day. End one assignment before the other starts.",
            "device K-06-1 is assigned twice to 36.03.06 (36.03.06 from 2012-04-15 to 2012-04-25 overlaps 36.03.06 from 2012-04-02 to 2012-04-20 at devices.csv:2) from 2012-04-15 to 2012-04-20; a set is never in two places on one day. End one assignment before the other starts.");
    }

    [Fact]
    public void Incident_NullId_ThrowsNamingId() =>
        FluentActions.Invoking(() => new Incident(null!, Kresek, null, DeviceComponent.Server, IncidentCause.Power, Apr(2)))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");

    [Fact]
    public void Incident_BlankId_ThrowsArgumentExceptionNotOutOfRange() =>
        FluentActions.Invoking(() => new Incident(" ", Kresek, null, DeviceComponent.Server, IncidentCause.Power, Apr(2)))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("id");

    [Fact]
    public void Incident_ZeroRecordsLost_IsValid() =>
        new Incident("IN-1", Kresek, null, DeviceComponent.Server, IncidentCause.Power, Apr(2), Apr(2), recordsLost: 0)
            .RecordsLost.Should().Be(0);

    [Fact]
    public void Overlaps_NullWindow_ThrowsNamingWindow() =>
        FluentActions.Invoking(() => Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(2), null).Overlaps(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("window");

    [Fact]
    public void Overlaps_IncidentStartingOnTheWindowsLastDay_Overlaps() =>
        Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(30), null).Overlaps(April).Should().BeTrue();

    [Fact]
    public void Incident_ToStringOfASetsIncident_NamesTheSet() =>
        Device("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(2), Apr(16)).ToString()
            .Should().Be("IN-1 36.03.06 K-06-1 fingerprint hardware 2012-04-02 to 2012-04-16");

    [Fact]
    public void Incident_EqualityOfSiteIncidents_HashesAndComparesWithNull()
    {
        var site = Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(2), null);
        var same = Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(2), null);
        Incident? none = null;

        site.GetHashCode().Should().Be(same.GetHashCode());
        (site == same).Should().BeTrue();
        (none == site).Should().BeFalse();
        (none == null).Should().BeTrue();
        (site != none).Should().BeTrue();
    }

    [Fact]
    public void IncidentLog_NullArguments_ThrowNamingThem()
    {
        var log = Log(Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(2), Apr(3)));

        FluentActions.Invoking(() => log.TryGetIncident(null!, out _)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => log.GetIncidents((DateInterval)null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("window");
        FluentActions.Invoking(() => log.GetDeviceIncidents(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("device");
        FluentActions.Invoking(() => IncidentLog.CreateBuilder().Add((Incident)null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("incident");
        FluentActions.Invoking(() => IncidentLog.CreateBuilder().AddRange(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("items");
    }

    [Fact]
    public void IncidentLogBuilder_CountsAndOnlyBuildsOnce()
    {
        const string Message = "This incident log builder has already built its log; create a new builder.";
        var builder = IncidentLog.CreateBuilder()
            .Add(Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(2), Apr(3)))
            .Add(Site("IN-2", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(4), Apr(5)));
        builder.Count.Should().Be(2);
        builder.Build();

        FluentActions.Invoking(() => builder.Add("IN-3", Kresek, null, DeviceComponent.Server, IncidentCause.Power, Apr(6), null, null, null, SourceLocation.None))
            .Should().ThrowExactly<InvalidOperationException>().WithMessage(Message);
        FluentActions.Invoking(() => builder.Build()).Should().ThrowExactly<InvalidOperationException>().WithMessage(Message);
    }

    [Fact]
    public void IncidentLog_IncidentsStartingTogether_AreByKecamatanThenId()
    {
        var log = Log(
            Site("IN-2", Kronjo, DeviceComponent.Server, IncidentCause.Power, Apr(9), Apr(9)),
            Site("IN-3", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(9), Apr(9)),
            Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(9), Apr(9)));

        log.Incidents.Select(i => i.Id).Should().Equal("IN-1", "IN-3", "IN-2");
    }

    [Fact]
    public void Outage_TwoIncidentsBeforeAndAfterTheWindow_KeepBothFlags()
    {
        // Two ongoing incidents of one set, both started in March, merge into one outage over the whole window.
        var log = Log(
            Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, new LocalDate(2012, 3, 20), null),
            Device("IN-2", Kresek, "K-06-1", DeviceComponent.Server, IncidentCause.Hardware, new LocalDate(2012, 3, 26), null));

        var outage = Analyse(Static(1, Kresek), log).Outages.Should().ContainSingle().Subject;

        outage.Incidents.Should().HaveCount(2);
        outage.StartedBeforeWindow.Should().BeTrue();
        outage.ContinuesAfterWindow.Should().BeTrue();
    }

    [Fact]
    public void Outage_EndingOnTheWindowsLastDay_DoesNotContinueAfterIt()
    {
        var log = Log(Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(23), Apr(30)));

        var outage = Analyse(Static(1, Kresek), log).Outages.Should().ContainSingle().Subject;

        outage.ContinuesAfterWindow.Should().BeFalse();
        outage.StartedBeforeWindow.Should().BeFalse();
    }
}
