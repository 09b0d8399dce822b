using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Devices;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Devices;

/// <summary>Queries of an inventory at their edges: unknown and null ids, the order of a kecamatan's assignments and sets, the first and last day of a loan.</summary>
public partial class DeviceInventoryTests
{
    [Fact]
    public void DeviceInventoryIndexer_KnownAndUnknownIds()
    {
        var inventory = Static(2, Kresek);

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
}
