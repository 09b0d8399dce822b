using System;
using System.Collections.Generic;
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

public partial class CapacityAnalysisTests
{
    private static CapacityAnalysis Analyse(DeviceInventory inventory, IncidentLog? log, WorkingCalendar? calendar = null, long throughput = 100, IEnumerable<RegionCode>? kecamatan = null) =>
        CapacityAnalysis.Calculate(inventory, log, calendar ?? WorkingCalendar.Indonesia, April, throughput, kecamatan);

    [Fact]
    public void Calculate_NoIncidents_EveryAssignedWorkingDayIsAvailable()
    {
        var capacity = Analyse(Static(2, Sukamulya), null);

        var row = capacity[Sukamulya];
        row.WorkingDays.Should().Be(20);
        row.AssignedDeviceDays.Should().Be(40);
        row.DeviceDays.Should().Be(40);
        row.OutageDeviceDays.Should().Be(0);
        row.Capacity.Should().Be(4_000);
        row.Throughput.Should().Be(100);
        row.DaysWithoutDevice.Should().Be(0);
        row.FirstDayWithoutDevice.Should().BeNull();
        row.Failures.Should().Be(0);
        row.AvailabilityRatio.Should().Be(Ratio.One);
        row.MeanWorkingDaysBetweenFailures.Should().BeNull();
        row.MeanWorkingDaysToRepair.Should().BeNull();
        row.GetUtilisation(6_300).Should().Be(new Ratio(63, 40));
        capacity.Outages.Should().BeEmpty();
        capacity.Window.Equals(April).Should().BeTrue();
        row.ToString().Should().Be("36.03.27: 40 device-days, 0 outage device-days, capacity 4000");
    }

    [Fact]
    public void Calculate_KresekFingerprintScannerOut15Days_CountsItsTenWorkingDays()
    {
        // 2–16 April 2012 is 15 calendar days but 10 working days: Good Friday (6 April) and two weekends fall inside.
        var log = Log(Device("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(2), Apr(16)));

        var capacity = Analyse(Static(2, Kresek), log, throughput: 150);

        var set = capacity.GetDevice("K-06-1");
        set.AssignedDeviceDays.Should().Be(20);
        set.OutageDeviceDays.Should().Be(10);
        set.DeviceDays.Should().Be(10);
        set.Failures.Should().Be(1);
        set.AvailabilityRatio.Should().Be(new Ratio(1, 2));
        set.MeanWorkingDaysToRepair.Should().Be(new Ratio(10, 1));
        set.MeanWorkingDaysBetweenFailures.Should().Be(new Ratio(10, 1));
        capacity.GetDevice("K-06-2").OutageDeviceDays.Should().Be(0);

        var row = capacity[Kresek];
        row.AssignedDeviceDays.Should().Be(40);
        row.DeviceDays.Should().Be(30);
        row.OutageDeviceDays.Should().Be(10);
        row.Capacity.Should().Be(30 * 150);
        row.DaysWithoutDevice.Should().Be(0, "the second set kept working");
        row.Failures.Should().Be(1);
        row.MeanWorkingDaysToRepair.Should().Be(new Ratio(10, 1));
        row.MeanWorkingDaysBetweenFailures.Should().Be(new Ratio(30, 1));

        var outage = capacity.Outages.Should().ContainSingle().Subject;
        outage.Device.Should().Be("K-06-1");
        outage.Kecamatan.Should().Be(Kresek);
        (outage.Interval.Start, outage.Interval.End).Should().Be((Apr(2), Apr(16)));
        outage.WorkingDays.Should().Be(10);
        outage.Components.Should().Equal(DeviceComponent.Fingerprint);
        outage.IsSiteWide.Should().BeFalse();
        outage.ToString().Should().Be("36.03.06 K-06-1 2012-04-02..2012-04-16: 10 working days");
    }

    [Fact]
    public void Calculate_SiteWideServerOutage_TouchesEverySetAndLeavesNoWorkingDevice()
    {
        var log = Log(Site("IN-1", SepatanTimur, DeviceComponent.Server, IncidentCause.Unknown, Apr(9), Apr(12)));

        var row = Analyse(Static(2, SepatanTimur), log)[SepatanTimur];

        row.OutageDeviceDays.Should().Be(8);
        row.DeviceDays.Should().Be(32);
        row.Capacity.Should().Be(3_200);
        row.DaysWithoutDevice.Should().Be(4);
        row.FirstDayWithoutDevice.Should().Be(Apr(9));
        row.Failures.Should().Be(2, "one failure of each set");
        row.MeanWorkingDaysToRepair.Should().Be(new Ratio(4, 1));
    }

    [Fact]
    public void Calculate_SetMovedMidMonth_ItsDeviceDaysSplitAndItsOutageFollowsIt()
    {
        var inventory = MovedToGunungKaler();
        var log = Log(Device("IN-1", Kronjo, "K-07-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(12), Apr(17)));

        var capacity = Analyse(inventory, log);

        var kronjo = capacity[Kronjo];
        kronjo.AssignedDeviceDays.Should().Be(9, "2–5 and 9–13 April");
        kronjo.OutageDeviceDays.Should().Be(2, "12 and 13 April");
        kronjo.DeviceDays.Should().Be(7);
        kronjo.Failures.Should().Be(1);
        kronjo.DaysWithoutDevice.Should().Be(2 + 11, "two outage days, then every working day after the set left");
        kronjo.FirstDayWithoutDevice.Should().Be(Apr(12));

        var gunungKaler = capacity[GunungKaler];
        gunungKaler.AssignedDeviceDays.Should().Be(11, "16–20, 23–27 and 30 April");
        gunungKaler.OutageDeviceDays.Should().Be(2, "the camera is still broken on 16 and 17 April: the outage follows the set");
        gunungKaler.DeviceDays.Should().Be(9);
        gunungKaler.Failures.Should().Be(1);
        gunungKaler.DaysWithoutDevice.Should().Be(9 + 2);
        gunungKaler.FirstDayWithoutDevice.Should().Be(Apr(2));

        var set = capacity.GetDevice("K-07-1");
        set.AssignedDeviceDays.Should().Be(20);
        set.DeviceDays.Should().Be(16);
        set.Failures.Should().Be(1, "one broken camera, across the move");
        (kronjo.DeviceDays + gunungKaler.DeviceDays).Should().Be(set.DeviceDays);

        var outage = capacity.Outages.Should().ContainSingle().Subject;
        outage.Kecamatan.Should().Be(Kronjo, "the set was at Kronjo on the outage's first day");
        outage.WorkingDays.Should().Be(4);
    }

    [Fact]
    public void Calculate_OpenEndedOutage_LastsToTheEndOfTheWindow()
    {
        var log = Log(Device("IN-1", Kronjo, "K-07-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(23), null));

        var capacity = Analyse(Static(1, Kronjo), log);

        capacity[Kronjo].OutageDeviceDays.Should().Be(6, "23–27 and 30 April");
        capacity[Kronjo].DaysWithoutDevice.Should().Be(6);
        var outage = capacity.Outages.Single();
        outage.Interval.End.Should().Be(Apr(30));
        outage.ContinuesAfterWindow.Should().BeTrue();
        outage.StartedBeforeWindow.Should().BeFalse();
    }

    [Fact]
    public void Calculate_OutageBeforeTheWindow_IsClippedToIt()
    {
        var log = Log(
            Device("IN-1", Kronjo, "K-07-1", DeviceComponent.Camera, IncidentCause.Hardware, new LocalDate(2012, 3, 26), Apr(4)),
            Device("IN-2", Kronjo, "K-07-1", DeviceComponent.Camera, IncidentCause.Hardware, new LocalDate(2012, 3, 1), new LocalDate(2012, 3, 9)));

        var capacity = Analyse(Static(1, Kronjo), log);

        var outage = capacity.Outages.Should().ContainSingle().Subject;
        (outage.Interval.Start, outage.Interval.End).Should().Be((Apr(2), Apr(4)));
        outage.WorkingDays.Should().Be(3);
        outage.StartedBeforeWindow.Should().BeTrue();
        outage.ContinuesAfterWindow.Should().BeFalse();
        outage.Incidents.Select(i => i.Id).Should().Equal("IN-1");
    }

    [Fact]
    public void Calculate_OverlappingAndBackToBackOutages_AreMergedAndEachDayCountsOnce()
    {
        var log = Log(
            Device("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(2), Apr(5)),
            Device("IN-2", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(3), Apr(4)),
            Device("IN-3", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(9), Apr(10)),
            Device("IN-4", Kresek, "K-06-1", DeviceComponent.Iris, IncidentCause.Hardware, Apr(12), Apr(13)));

        var capacity = Analyse(Static(1, Kresek), log);

        // IN-1..IN-3: only Good Friday and a weekend lie between 5 and 9 April, so they are back-to-back.
        // IN-4 starts after 11 April, a working day without an outage: a new outage.
        capacity.Outages.Select(o => (o.Interval.Start, o.Interval.End, o.WorkingDays)).Should().Equal(
            (Apr(2), Apr(10), 6),
            (Apr(12), Apr(13), 2));
        capacity.Outages[0].Incidents.Select(i => i.Id).Should().Equal("IN-1", "IN-2", "IN-3");
        capacity.Outages[0].Components.Should().Equal(DeviceComponent.Fingerprint, DeviceComponent.Camera);
        capacity[Kresek].OutageDeviceDays.Should().Be(8);
        capacity.GetDevice("K-06-1").Failures.Should().Be(2);
        capacity.GetDevice("K-06-1").MeanWorkingDaysToRepair.Should().Be(new Ratio(4, 1));
        capacity.GetDevice("K-06-1").MeanWorkingDaysBetweenFailures.Should().Be(new Ratio(6, 1));
    }

    [Fact]
    public void Calculate_DeviceAndSiteOutagesOverlap_TheUnionCountsOnce()
    {
        var log = Log(
            Device("IN-1", Kresek, "K-06-1", DeviceComponent.Pc, IncidentCause.Hardware, Apr(2), Apr(4)),
            Site("IN-2", Kresek, DeviceComponent.Power, IncidentCause.Power, Apr(3), Apr(5)));

        var capacity = Analyse(Static(2, Kresek), log);

        capacity.GetDevice("K-06-1").OutageDeviceDays.Should().Be(4, "2–5 April, the union of its own and the site's outage");
        capacity.GetDevice("K-06-1").Failures.Should().Be(1);
        capacity.GetDevice("K-06-2").OutageDeviceDays.Should().Be(3);
        capacity[Kresek].OutageDeviceDays.Should().Be(7);
        capacity[Kresek].DaysWithoutDevice.Should().Be(3);
        capacity.Outages.Select(o => o.Device).Should().Equal("K-06-1", null);
    }

    [Fact]
    public void Calculate_KecamatanClosure_IsNotAWorkingDay()
    {
        var calendar = WorkingCalendar.Indonesia.ToBuilder().AddClosure(new KecamatanClosure(Kresek, Apr(10), "Pilkades")).Build();
        var log = Log(Site("IN-1", Kresek, DeviceComponent.Network, IncidentCause.Network, Apr(9), Apr(11)));

        var capacity = Analyse(Static(2, Kresek, Kronjo), log, calendar);

        capacity[Kresek].WorkingDays.Should().Be(19);
        capacity[Kresek].AssignedDeviceDays.Should().Be(38);
        capacity[Kresek].OutageDeviceDays.Should().Be(4, "9 and 11 April; the 10th is closed");
        capacity[Kresek].DaysWithoutDevice.Should().Be(2);
        capacity[Kronjo].WorkingDays.Should().Be(20);
        capacity.Outages.Single().WorkingDays.Should().Be(2);
    }

    [Fact]
    public void Calculate_IncidentOfASetOutsideTheInventory_IsAnError()
    {
        var log = Log(Device("IN-1", Kronjo, "K-99", DeviceComponent.Camera, IncidentCause.Theft, Apr(2), Apr(4)));

        var act = () => Analyse(Static(1, Kresek), log);

        act.Should().Throw<DataValidationException>().WithMessage("unknown device 'K-99' in incident IN-1: *");
    }

    [Fact]
    public void Calculate_GivenKecamatan_RowsForEachEvenWithoutSets()
    {
        var capacity = Analyse(Static(1, Kresek), null, kecamatan: [Sukamulya, Kresek]);

        capacity.KecamatanRows.Select(k => k.Code).Should().Equal(Kresek, Sukamulya);
        var none = capacity[Sukamulya];
        none.AssignedDeviceDays.Should().Be(0);
        none.Capacity.Should().Be(0);
        none.AvailabilityRatio.Should().BeNull();
        none.GetUtilisation(10).Should().BeNull("capacity 0: utilisation is not applicable");
        none.DaysWithoutDevice.Should().Be(20);
        none.FirstDayWithoutDevice.Should().Be(Apr(2));
        capacity.TryGetKecamatan(Kronjo, out _).Should().BeFalse();
        var act = () => capacity[Kronjo];
        act.Should().Throw<KeyNotFoundException>().WithMessage("Kecamatan '36.03.07' is not in this capacity analysis.");
        var device = () => capacity.GetDevice("nope");
        device.Should().Throw<KeyNotFoundException>().WithMessage("No recording set has the id 'nope' in this capacity analysis.");
    }

    [Fact]
    public void Calculate_ThroughputBelowOne_Throws()
    {
        var act = () => Analyse(Static(1, Kresek), null, throughput: 0);
        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("throughput must be at least 1 recording per device-day, not 0. (Parameter 'throughput')")
            .WithParameterName("throughput");
    }

    [Fact]
    public void Calculate_WindowOutsideTheCalendar_Throws()
    {
        var act = () => CapacityAnalysis.Calculate(Static(1, Kresek), null, WorkingCalendar.Indonesia, new DateInterval(new LocalDate(2030, 1, 1), new LocalDate(2030, 1, 31)));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The interval 2030-01-01 to 2030-01-31 includes 2030-01-01, in 2030, a year without holiday data*");
    }

    [Fact]
    public void GetUtilisation_NegativeGross_Throws()
    {
        var row = Analyse(Static(1, Kresek), null)[Kresek];
        var act = () => row.GetUtilisation(-1);
        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("grossRecorded must be 0 or more, but it is -1. (Parameter 'grossRecorded')")
            .WithParameterName("grossRecorded");
    }
}
