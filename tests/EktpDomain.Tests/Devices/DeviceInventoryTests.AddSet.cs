using System.Linq;
using EktpDomain.Devices;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Devices;

public partial class DeviceInventoryTests
{
    [Fact]
    public void AddSet_AddsTheSetAndItsAssignmentInOneCall()
    {
        var inventory = DeviceInventory.CreateBuilder()
            .AddSet("K-27-1", DeviceKind.Static, FundingSource.Apbn, Sukamulya, Apr(1))
            .AddSet("M-1", DeviceKind.Mobile, FundingSource.Apbd, SepatanTimur, Apr(25), Apr(30))
            .Build();

        inventory.Devices.Select(d => (d.Id, d.Kind, d.Funding)).Should().Equal(
            ("K-27-1", DeviceKind.Static, FundingSource.Apbn), ("M-1", DeviceKind.Mobile, FundingSource.Apbd));
        inventory.GetAssignments("K-27-1").Should().ContainSingle().Which.To.Should().BeNull();
        inventory.GetAssignments("M-1").Single().To.Should().Be(Apr(30));
    }

    [Fact]
    public void MoveSet_EndsTheOpenAssignmentTheDayBefore()
    {
        var inventory = DeviceInventory.CreateBuilder()
            .AddSet("K-07-1", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(1))
            .MoveSet("K-07-1", GunungKaler, Apr(16), isLoan: true)
            .Build();

        var assignments = inventory.GetAssignments("K-07-1");
        assignments.Select(a => (a.Kecamatan, a.From, a.To, a.IsLoan)).Should().Equal(
            (Kronjo, Apr(1), Apr(15), false), (GunungKaler, Apr(16), (NodaTime.LocalDate?)null, true));
        inventory.CountDevices(Kronjo, Apr(13)).Should().Be(1);
        inventory.CountDevices(GunungKaler, Apr(16)).Should().Be(1);
    }

    [Fact]
    public void AddSet_BadValues_AreReportedByBuild()
    {
        var act = () => DeviceInventory.CreateBuilder()
            .AddSet(" ", DeviceKind.Static, FundingSource.Apbn, Sukamulya, Apr(1))
            .AddSet("K-1", DeviceKind.Static, FundingSource.Apbn, Regency, Apr(1))
            .Build();

        act.Should().Throw<DataValidationException>().Which.Problems.Should().HaveCount(2);
    }

    [Fact]
    public void AddSet_TheSameIdTwice_IsAnError_EvenWithoutOverlap()
    {
        // Two sets would silently become one (Count 1): capacity and allocation would be wrong without a word.
        var act = () => DeviceInventory.CreateBuilder()
            .AddSet("K-1", DeviceKind.Static, FundingSource.Apbn, Sukamulya, Apr(1), Apr(10))
            .AddSet("K-1", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(11))
            .Build();

        act.Should().Throw<DataValidationException>().Which.Problems.Select(p => p.Message).Should().Equal(
            "AddSet: set 'K-1' is added twice: an id names one recording set. To move it, use MoveSet; to add another set, give it another id.");
    }

    [Fact]
    public void IdsThatDifferOnlyInCase_AreAnError_NotTwoSets()
    {
        var act = () => DeviceInventory.CreateBuilder()
            .AddSet("K-1", DeviceKind.Static, FundingSource.Apbn, Sukamulya, Apr(1))
            .AddAssignment("k-1", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(1), null, new SourceLocation("devices.csv", 3))
            .Build();

        act.Should().Throw<DataValidationException>().Which.Problems.Select(p => p.ToString()).Should().Contain(
            "devices.csv:3: device 'k-1' differs from device 'K-1' only in case; ids are compared exactly, so write one set's id the same way everywhere, or give two sets ids that differ in more than case.");
    }

    [Fact]
    public void OneSetOnSeveralRows_OfDevicesCsv_IsStillOneSet()
    {
        var inventory = DeviceInventory.CreateBuilder()
            .AddAssignment("K-1", DeviceKind.Static, FundingSource.Apbn, Sukamulya, Apr(1), Apr(10), new SourceLocation("devices.csv", 2))
            .AddAssignment("K-1", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(11), null, new SourceLocation("devices.csv", 3))
            .Build();

        inventory.Devices.Should().ContainSingle();
        inventory.GetAssignments("K-1").Should().HaveCount(2);
    }
}
