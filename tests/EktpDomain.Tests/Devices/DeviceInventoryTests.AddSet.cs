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
}
