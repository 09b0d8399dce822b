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

/// <summary>Where an outage is attributed when its set moves or arrives late (R5), how outages are merged and ordered, and their window flags.</summary>
public partial class CapacityAnalysisTests
{
    [Fact]
    public void Capacity_SetOutage_IsClippedMergedAndAttributedToWhereTheSetIs()
    {
        // K-06-1 is in Kresek; the incidents were logged under Kronjo, but the outage belongs where the set is (R5).
        var log = Log(
            Device("IN-1", Kronjo, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, new LocalDate(2012, 3, 26), new LocalDate(2012, 4, 3)),
            Device("IN-2", Kronjo, "K-06-1", DeviceComponent.Iris, IncidentCause.Hardware, new LocalDate(2012, 4, 4), new LocalDate(2012, 4, 5)));

        var analysis = CapacityAnalysis.Calculate(Static(1, Kresek), log, WorkingCalendar.Indonesia, April);

        var outage = analysis.Outages.Should().ContainSingle().Which;
        outage.Kecamatan.Should().Be(Kresek);
        outage.Device.Should().Be("K-06-1");
        outage.Interval.Start.Should().Be(new LocalDate(2012, 4, 2), "clipped to the window");
        outage.Interval.End.Should().Be(new LocalDate(2012, 4, 5), "back-to-back incidents are merged");
        outage.WorkingDays.Should().Be(4);
        analysis[Kresek].OutageDeviceDays.Should().Be(4);
        analysis[Kresek].DeviceDays.Should().Be(16);
        analysis[Kresek].Failures.Should().Be(1);
    }

    [Fact]
    public void Calculate_SetMovedAfterTwoOutages_FindsTheOutageOnItsFirstDayInTheNewKecamatan()
    {
        // K-07-1 is in Kronjo to Friday 13 April and in Gunung Kaler from Monday 16 April. Its camera fails on 3, 10
        // and 16 April (three separate outages, all reported by the Kronjo office): the last one is on its first day
        // in Gunung Kaler, so it is attributed there and takes a Gunung Kaler device-day.
        var inventory = MovedToGunungKaler();
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
        // K-06-1 is added after K-06-2. All three start on 9 April in Kresek: the site outage first, then the sets by id.
        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-06-2", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-06-2", Kresek, new LocalDate(2012, 1, 1)))
            .AddDevice(new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-06-1", Kresek, new LocalDate(2012, 1, 1)))
            .Build();
        var log = Log(
            Device("IN-1", Kresek, "K-06-2", DeviceComponent.Camera, IncidentCause.Hardware, Apr(9), Apr(10)),
            Device("IN-2", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(9), Apr(10)),
            Site("IN-3", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(9), Apr(9)));

        var capacity = Analyse(inventory, log);

        capacity.Outages.Select(o => o.Device).Should().Equal(null, "K-06-1", "K-06-2");
        capacity.Outages.Should().OnlyContain(o => o.Kecamatan == Kresek && o.Interval.Start == Apr(9));
    }

    /// <summary>K-07-1 is in Kronjo to Friday 13 April, then on loan to Gunung Kaler from Monday 16 April.</summary>
    private static DeviceInventory MovedToGunungKaler() =>
        DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-07-1", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-07-1", Kronjo, new LocalDate(2012, 1, 1), Apr(13)))
            .AddAssignment(new DeviceAssignment("K-07-1", GunungKaler, Apr(16), null, isLoan: true))
            .Build();

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
