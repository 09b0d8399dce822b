using System.Linq;
using EktpDomain.Calendar;
using EktpDomain.Capacity;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Capacity;

/// <summary>Counting at the edges of the window and of assignments (R5): one-day assignments, weekends, the last day, overlapping stretches, sets with no assigned day.</summary>
public partial class CapacityAnalysisTests
{
    [Fact]
    public void Capacity_KecamatanWithoutSets_HasNoDeviceOnEveryWorkingDay()
    {
        var analysis = CapacityAnalysis.Calculate(
            Static(1, Kresek), null, WorkingCalendar.Indonesia, April, kecamatan: [Kresek, Kronjo]);

        var kronjo = analysis[Kronjo];
        kronjo.WorkingDays.Should().Be(20);
        kronjo.DeviceDays.Should().Be(0);
        kronjo.DaysWithoutDevice.Should().Be(20);
        kronjo.FirstDayWithoutDevice.Should().Be(new LocalDate(2012, 4, 2));
        analysis[Kresek].DaysWithoutDevice.Should().Be(0);
        analysis[Kresek].FirstDayWithoutDevice.Should().BeNull();
    }

    [Fact]
    public void Calculate_IncidentOutsideTheWindow_IsIgnoredAndAddsNoKecamatan()
    {
        // A site outage in Kronjo in March is outside the April window: it names no kecamatan of the analysis.
        var log = Log(Site("IN-1", Kronjo, DeviceComponent.Server, IncidentCause.Power, new LocalDate(2012, 3, 5), new LocalDate(2012, 3, 9)));

        var capacity = Analyse(Static(1, Kresek), log);

        capacity.KecamatanRows.Select(row => row.Code).Should().Equal(Kresek);
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
        row.MeanWorkingDaysBetweenFailures.Should().BeNull();
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
        row.MeanWorkingDaysToRepair.Should().Be(new Ratio(4, 1));
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
    public void DeviceAvailability_SetNotAssignedInTheWindow_HasNoRatios()
    {
        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-06-1", Kresek, new LocalDate(2012, 5, 1)))
            .Build();

        var set = Analyse(inventory, null).GetDevice("K-06-1");

        set.AssignedDeviceDays.Should().Be(0);
        set.AvailabilityRatio.Should().BeNull();
        set.MeanWorkingDaysBetweenFailures.Should().BeNull();
        set.MeanWorkingDaysToRepair.Should().BeNull();
    }

    [Fact]
    public void DeviceAvailability_NoFailures_HasAvailabilityButNoMeanTimes()
    {
        var set = Analyse(Static(1, Kresek), null).GetDevice("K-06-1");

        set.AvailabilityRatio.Should().Be(Ratio.One);
        set.MeanWorkingDaysBetweenFailures.Should().BeNull();
        set.MeanWorkingDaysToRepair.Should().BeNull();
    }
}
