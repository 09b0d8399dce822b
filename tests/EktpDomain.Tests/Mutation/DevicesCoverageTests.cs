using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Calendar;
using EktpDomain.Capacity;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Mutation;

/// <summary>Device types: exact messages of every bad-input path, indexers, and per-kecamatan ordering (R5).</summary>
public class DevicesCoverageTests
{
    private static readonly RegionCode Kresek = DeviceFixtures.Kresek;
    private static readonly RegionCode Kronjo = DeviceFixtures.Kronjo;
    private static readonly RegionCode Regency = new(36, 3);

    private static TException Throws<TException>(Action act, string paramName, string message)
        where TException : ArgumentException
    {
        var thrown = act.Should().ThrowExactly<TException>().Which;
        thrown.ParamName.Should().Be(paramName);
        thrown.Message.Should().Be(message);
        return thrown;
    }

    private static string WithValue(string message, string paramName, object value) =>
        $"{message} (Parameter '{paramName}'){Environment.NewLine}Actual value was {value}.";

    [Fact]
    public void RecordingSet_BlankId_ThrowsWithExactMessage() =>
        Throws<ArgumentException>(
            () => _ = new RecordingSet("  ", DeviceKind.Static, FundingSource.Apbn),
            "id",
            "A recording set's id cannot be empty or white space. (Parameter 'id')");

    [Fact]
    public void RecordingSet_UndefinedEnums_ThrowWithExactMessages()
    {
        Throws<ArgumentOutOfRangeException>(
            () => _ = new RecordingSet(" K-1 ", (DeviceKind)9, FundingSource.Apbn),
            "kind",
            WithValue("The kind of recording set K-1 must be Static or Mobile.", "kind", 9));
        Throws<ArgumentOutOfRangeException>(
            () => _ = new RecordingSet("K-1", DeviceKind.Mobile, (FundingSource)7),
            "funding",
            WithValue("The funding of recording set K-1 must be Apbn or Apbd.", "funding", 7));
        Throws<ArgumentOutOfRangeException>(
            () => _ = new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbd, computer: (ComputerKind)5),
            "computer",
            WithValue("The computer of recording set K-1 must be Pc or Laptop.", "computer", 5));
    }

    [Fact]
    public void RecordingSet_BadLifecycle_ThrowsWithExactMessages()
    {
        var acquired = new LocalDate(2012, 1, 1);
        Throws<ArgumentOutOfRangeException>(
            () => _ = new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, retirementReason: RetirementReason.Stolen),
            "retirementReason",
            "Recording set K-1 has a retirement reason (Stolen) but no retirement date. (Parameter 'retirementReason')");
        Throws<ArgumentOutOfRangeException>(
            () => _ = new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, retiredOn: new LocalDate(2012, 3, 5)),
            "retiredOn",
            "Recording set K-1 has a retirement date (2012-03-05) but no reason; say how it left service. (Parameter 'retiredOn')");
        Throws<ArgumentOutOfRangeException>(
            () => _ = new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, retiredOn: new LocalDate(2012, 3, 5), retirementReason: (RetirementReason)42),
            "retiredOn",
            "The retirement reason of recording set K-1 must be one of Destroyed, Stolen, WornOut, Transferred or Other. (Parameter 'retiredOn')");
        Throws<ArgumentOutOfRangeException>(
            () => _ = new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, acquired, retiredOn: new LocalDate(2011, 12, 31), retirementReason: RetirementReason.WornOut),
            "retiredOn",
            "Recording set K-1 is retired on 2011-12-31, before it was acquired on 2012-01-01. (Parameter 'retiredOn')");
    }

    [Fact]
    public void RecordingSet_ValidArguments_KeepsEveryValue()
    {
        var set = new RecordingSet(" K-06-1 ", DeviceKind.Mobile, FundingSource.Apbd, new LocalDate(2012, 1, 1), null, new LocalDate(2012, 1, 1), RetirementReason.Transferred);

        set.Id.Should().Be("K-06-1");
        set.Kind.Should().Be(DeviceKind.Mobile);
        set.Funding.Should().Be(FundingSource.Apbd);
        set.Computer.Should().Be(ComputerKind.Laptop, "a mobile unit's usual computer is a laptop");
        set.RetiredOn.Should().Be(new LocalDate(2012, 1, 1), "retiring on the acquisition date is allowed");
        set.RetirementReason.Should().Be(RetirementReason.Transferred);
        set.ToString().Should().Be("K-06-1 (mobile, apbd, retired 2012-01-01: Transferred)");
    }

    [Fact]
    public void DeviceAssignment_BadArguments_ThrowWithExactMessages()
    {
        Throws<ArgumentException>(
            () => _ = new DeviceAssignment(" ", Kresek, new LocalDate(2012, 4, 2)),
            "device",
            "An assignment needs a recording set id; it cannot be empty or white space. (Parameter 'device')");
        Throws<ArgumentException>(
            () => _ = new DeviceAssignment("K-1", Regency, new LocalDate(2012, 4, 2)),
            "kecamatan",
            "'36.03' is a Regency code, but an assignment needs a kecamatan code PP.KK.CC. (Parameter 'kecamatan')");

        var end = new LocalDate(2012, 4, 9);
        var thrown = act(() => _ = new DeviceAssignment(" K-07-1 ", Kronjo, new LocalDate(2012, 4, 10), end));
        thrown.ParamName.Should().Be("to");
        thrown.ActualValue.Should().Be(end);
        thrown.Message.Should().StartWith(
            "The assignment of device K-07-1 to 36.03.07 ends on 2012-04-09, before it starts on 2012-04-10; 'to' must be on or after 'from'. (Parameter 'to')");

        static ArgumentOutOfRangeException act(Action a) => a.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
    }

    [Fact]
    public void DeviceAssignment_OneDay_IsValid()
    {
        var day = new LocalDate(2012, 4, 10);
        var assignment = new DeviceAssignment(" K-07-1 ", Kronjo, day, day, isLoan: true);

        assignment.Device.Should().Be("K-07-1");
        assignment.Contains(day).Should().BeTrue();
        assignment.Contains(day.PlusDays(1)).Should().BeFalse();
        assignment.ToString().Should().Be("K-07-1 at 36.03.07 from 2012-04-10 to 2012-04-10 (loan)");
    }

    [Fact]
    public void DeviceInventoryIndexer_KnownAndUnknownIds()
    {
        var inventory = DeviceFixtures.Static(2, Kresek);

        inventory["K-06-2"].Id.Should().Be("K-06-2");
        inventory["K-06-2"].Kind.Should().Be(DeviceKind.Static);
        var missing = () => inventory["K-06-3"];
        missing.Should().ThrowExactly<KeyNotFoundException>()
            .Which.Message.Should().Be("No recording set has the id 'K-06-3'; this inventory has 2 sets.");
    }

    [Fact]
    public void GetAssignmentsAndDevices_OfKecamatan_AreOrderedByStartNotById()
    {
        // Assignments are stored by set id ("A" before "B"), but a kecamatan's assignments come by start date.
        var may = new DeviceAssignment("A", Kresek, new LocalDate(2012, 5, 1));
        var april = new DeviceAssignment("B", Kresek, new LocalDate(2012, 4, 1), new LocalDate(2012, 4, 30));
        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("A", DeviceKind.Static, FundingSource.Apbn))
            .AddDevice(new RecordingSet("B", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(may)
            .AddAssignment(april)
            .Build();

        inventory.Assignments.Should().Equal(may, april);
        inventory.GetAssignments(Kresek).Should().Equal(april, may);
        inventory.GetDevices(Kresek, new LocalDate(2012, 4, 15)).Select(d => d.Id).Should().Equal("B");
        inventory.GetDevices(Kresek, new LocalDate(2012, 5, 15)).Select(d => d.Id).Should().Equal("A");
        inventory.GetDevices(Kresek, new LocalDate(2012, 3, 31)).Should().BeEmpty();
    }

    [Fact]
    public void Builder_AddDeviceWithRecordingSet_KeepsItsLifecycleAndComputer()
    {
        var set = new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbd, new LocalDate(2011, 6, 1), ComputerKind.Laptop, new LocalDate(2012, 6, 1), RetirementReason.Stolen);

        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice(set)
            .AddAssignment(new DeviceAssignment("K-06-1", Kresek, new LocalDate(2012, 1, 2), new LocalDate(2012, 5, 31)))
            .Build();

        inventory.Count.Should().Be(1);
        inventory.Devices.Should().Equal(set);
        inventory["K-06-1"].Computer.Should().Be(ComputerKind.Laptop);
        inventory.GetDevices(Kresek, new LocalDate(2012, 4, 2)).Should().Equal(set);
    }

    [Fact]
    public void Builder_RegencyCodeAndConflictingKind_AreProblems()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddAssignment("K-1", DeviceKind.Static, FundingSource.Apbn, Kresek, new LocalDate(2012, 1, 2), null, new SourceLocation("devices.csv", 2))
            .AddAssignment("K-1", DeviceKind.Mobile, FundingSource.Apbn, Regency, new LocalDate(2012, 2, 1), null, new SourceLocation("devices.csv", 3));

        builder.TryBuild(out var inventory, out var problems).Should().BeFalse();

        inventory.Should().BeNull();
        problems.Select(p => p.ToString()).Should().Equal(
            "devices.csv:3: device K-1 is mobile here but static at devices.csv:2; a recording set has one kind.",
            "devices.csv:3: '36.03' is a Regency code, but an assignment needs a kecamatan code PP.KK.CC.");
    }

    [Fact]
    public void Incident_RegencyCode_ThrowsWithExactMessage() =>
        Throws<ArgumentException>(
            () => _ = new Incident(" IN-1 ", Regency, null, DeviceComponent.Server, IncidentCause.Power, new LocalDate(2012, 4, 2)),
            "kecamatan",
            "'36.03' is a Regency code, but incident IN-1 needs a kecamatan code PP.KK.CC. (Parameter 'kecamatan')");

    [Fact]
    public void Incident_ValidArguments_KeepsEveryValue()
    {
        var incident = new Incident(" IN-1 ", Kresek, " K-06-1 ", DeviceComponent.Fingerprint, IncidentCause.Hardware, new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 16), 12, " LOST-1 ");

        incident.Id.Should().Be("IN-1");
        incident.Device.Should().Be("K-06-1");
        incident.RecordsLost.Should().Be(12);
        incident.LossReference.Should().Be("LOST-1");
        incident.ToString().Should().Be("IN-1 36.03.06 K-06-1 fingerprint hardware 2012-04-02 to 2012-04-16");
    }

    [Fact]
    public void IncidentLogIndexer_KnownAndUnknownIds()
    {
        var incident = DeviceFixtures.Site("IN-1", Kresek, DeviceComponent.Power, IncidentCause.Power, new LocalDate(2012, 4, 2), null);
        var log = DeviceFixtures.Log(incident);

        log["IN-1"].Should().Be(incident);
        var missing = () => log["IN-2"];
        missing.Should().ThrowExactly<KeyNotFoundException>()
            .Which.Message.Should().Be("No incident has the id 'IN-2'; this log has 1 incidents.");
    }

    [Fact]
    public void CapacityIndexer_KnownAndUnknownKecamatan()
    {
        var analysis = CapacityAnalysis.Calculate(DeviceFixtures.Static(1, Kresek), null, WorkingCalendar.Indonesia, DeviceFixtures.April);

        analysis[Kresek].Code.Should().Be(Kresek);
        analysis[Kresek].DeviceDays.Should().Be(20, "one set over the 20 working days of 2–30 April 2012");
        var missing = () => analysis[Kronjo];
        missing.Should().ThrowExactly<KeyNotFoundException>()
            .Which.Message.Should().Be("Kecamatan '36.03.07' is not in this capacity analysis.");
    }

    [Fact]
    public void Capacity_KecamatanWithoutSets_HasNoDeviceOnEveryWorkingDay()
    {
        var analysis = CapacityAnalysis.Calculate(
            DeviceFixtures.Static(1, Kresek), null, WorkingCalendar.Indonesia, DeviceFixtures.April, kecamatan: [Kresek, Kronjo]);

        var kronjo = analysis[Kronjo];
        kronjo.WorkingDays.Should().Be(20);
        kronjo.DeviceDays.Should().Be(0);
        kronjo.DaysWithoutDevice.Should().Be(20);
        kronjo.FirstDayWithoutDevice.Should().Be(new LocalDate(2012, 4, 2));
        analysis[Kresek].DaysWithoutDevice.Should().Be(0);
        analysis[Kresek].FirstDayWithoutDevice.Should().BeNull();
    }

    [Fact]
    public void Capacity_SetOutage_IsClippedMergedAndAttributedToWhereTheSetIs()
    {
        // K-06-1 is in Kresek; the incidents were logged under Kronjo, but the outage belongs where the set is (R5).
        var log = DeviceFixtures.Log(
            DeviceFixtures.Device("IN-1", Kronjo, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, new LocalDate(2012, 3, 26), new LocalDate(2012, 4, 3)),
            DeviceFixtures.Device("IN-2", Kronjo, "K-06-1", DeviceComponent.Iris, IncidentCause.Hardware, new LocalDate(2012, 4, 4), new LocalDate(2012, 4, 5)));

        var analysis = CapacityAnalysis.Calculate(DeviceFixtures.Static(1, Kresek), log, WorkingCalendar.Indonesia, DeviceFixtures.April);

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
}
