using System.Linq;
using EktpDomain.Devices;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Devices;

/// <summary>
/// Problems of input added from code, without a source location: they name the method that added it, and never speak of
/// rows of a file; the same problem on a row keeps its <c>FILE:LINE</c> and its row wording.
/// </summary>
public partial class DeviceInventoryTests
{
    [Fact]
    public void MoveSet_UnknownSet_NamesTheCallNotARow()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddSet("K-1", DeviceKind.Static, FundingSource.Apbn, Kresek, Apr(1))
            .MoveSet("NOPE", Kronjo, Apr(16));

        Problems(builder).Should().Equal(
            "MoveSet: unknown set 'NOPE': no AddSet or AddDevice call describes it, so it cannot be assigned to 36.03.07.");
    }

    [Fact]
    public void AddAssignment_OfAnUnknownSetFromCode_NamesTheCall() =>
        Problems(DeviceInventory.CreateBuilder().AddAssignment(new DeviceAssignment("K-9", Kresek, Apr(2))))
            .Should().Equal("AddAssignment: unknown set 'K-9': no AddSet or AddDevice call describes it, so it cannot be assigned to 36.03.06.");

    [Fact]
    public void AddAssignment_OfAnUnknownSetOnARow_KeepsTheRowWording() =>
        Problems(DeviceInventory.CreateBuilder().AddAssignment(new DeviceAssignment("K-9", Kresek, Apr(2)), Line2))
            .Should().Equal("devices.csv:2: unknown device 'K-9': no row describes this recording set's kind and funding.");

    [Fact]
    public void Retire_AnUnknownSetFromCode_NamesTheCall() =>
        Problems(DeviceInventory.CreateBuilder().Retire("K-9", Apr(5), RetirementReason.Stolen, SourceLocation.None))
            .Should().Equal("Retire: unknown set 'K-9': no AddSet or AddDevice call describes it, so it cannot be retired.");

    [Fact]
    public void MoveSet_BlankId_NamesTheCall() =>
        Problems(DeviceInventory.CreateBuilder().MoveSet(" ", Kronjo, Apr(16)))
            .Should().Equal("MoveSet: the device id is blank; every assignment names a recording set.");

    [Fact]
    public void AddDevice_KindAndFundingContradictingAnEarlierCall_NamesBothCalls()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn))
            .AddDevice(new RecordingSet("K-1", DeviceKind.Mobile, FundingSource.Apbd));

        Problems(builder).Should().Equal(
            "AddDevice: device K-1 is mobile in this call but static in an earlier AddDevice call; a recording set has one kind.",
            "AddDevice: device K-1 is funded by apbd in this call but by apbn in an earlier AddDevice call; a recording set has one funding source.");
    }

    [Fact]
    public void AddAssignment_RowContradictingACall_SaysHereAndNamesTheCall()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddSet("K-1", DeviceKind.Static, FundingSource.Apbn, Kresek, Apr(1), Apr(10))
            .AddAssignment("K-1", DeviceKind.Mobile, FundingSource.Apbn, Kronjo, Apr(11), null, Line2);

        Problems(builder).Should().Equal(
            "devices.csv:2: device K-1 is mobile here but static in an earlier AddSet call; a recording set has one kind.");
    }

    [Fact]
    public void AddDevice_AcquisitionContradictingARow_SaysInThisCallAndNamesTheRow()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddDevice("K-1", DeviceKind.Static, FundingSource.Apbn, Apr(1), Line2)
            .AddDevice(new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, Apr(2)));

        Problems(builder).Should().Equal(
            "AddDevice: device K-1 is acquired on 2012-04-02 in this call but on 2012-04-01 at devices.csv:2.");
    }

    [Fact]
    public void Retire_TwiceFromCode_NamesBothCalls()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, null, null, Apr(5), RetirementReason.Stolen))
            .Retire("K-1", Apr(6), RetirementReason.Stolen, SourceLocation.None);

        Problems(builder).Should().Equal(
            "Retire: device K-1 is retired on 2012-04-06 (Stolen) in this call but on 2012-04-05 (Stolen) in an earlier AddDevice call; a recording set is retired once.");
    }

    [Fact]
    public void MoveSet_OverlapWithAnotherCall_StartsWithTheCall()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddSet("K-1", DeviceKind.Static, FundingSource.Apbn, Kresek, Apr(1), Apr(20))
            .MoveSet("K-1", Kronjo, Apr(10));

        Problems(builder).Single().Should().StartWith(
            "MoveSet: device K-1 is assigned to two kecamatan on the same day: 36.03.07 and 36.03.06 (36.03.07 from 2012-04-10 to open-ended overlaps 36.03.06 from 2012-04-01 to 2012-04-20) from 2012-04-10 to 2012-04-20;");
    }
}
