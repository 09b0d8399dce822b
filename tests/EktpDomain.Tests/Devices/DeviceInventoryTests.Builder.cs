using System;
using System.Linq;
using EktpDomain.Devices;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Devices;

/// <summary>
/// The inventory builder: null rows, building once, counting, and the problems of bad rows in input order (retirement
/// dates, overlapping assignments, blank ids).
/// </summary>
public partial class DeviceInventoryTests
{
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
            "devices.csv:3: '36.03' is a Regency code, but an assignment needs a kecamatan code PP.KK.CC, such as 36.03.27.");
    }

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
        const string Message = "This builder has already built its device inventory; create a new builder.";
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
}
