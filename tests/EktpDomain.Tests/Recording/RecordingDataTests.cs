using EktpDomain.Attainment;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using EktpDomain.Targets;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Recording;

public class RecordingDataTests
{
    private static RecordingData Data() =>
        new ScenarioBuilder().Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(10), 4_000).Build();

    [Fact]
    public void With_AddsAnInventory_AndKeepsTheRest()
    {
        var data = Data();

        var withSets = data with { Inventory = Static(2, Kresek) };

        withSets.Should().NotBeSameAs(data);
        withSets.Population.Should().BeSameAs(data.Population);
        withSets.Ledger.Should().BeSameAs(data.Ledger);
        data.Inventory.Should().BeNull();
        AttainmentReport.Calculate(withSets, April)[Kresek].Capacity.Should().Be(4_000);
    }

    [Fact]
    public void With_ChecksIncidentsAgainstTheNewInventory()
    {
        var data = Data() with { Incidents = Log(Device("INC-1", Kresek, "K-06-9", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(3))) };

        var act = () => data with { Inventory = Static(2, Kresek) };

        act.Should().Throw<DataValidationException>().WithMessage("*'K-06-9' in incident INC-1*");
    }

    [Fact]
    public void Equality_IsIdentity_AndToStringIsShort()
    {
        var data = Data();

        data.Should().Be(data);
        data.Equals(data with { }).Should().BeFalse();
        (data with { Inventory = Static(1, Kresek) }).ToString().Should().Be("RecordingData: 1 kecamatan, with inventory");
    }

    [Fact]
    public void MonthlySharePercent_ReadsAsPercent()
    {
        var report = AttainmentReport.Calculate(Data(), April, new AttainmentOptions { TargetPolicy = TargetPolicy.MonthlySharePercent(15) });

        report[Kresek].Target.Should().Be(6_000);
        report.Summary.TargetPercent.Should().Be(15m);
    }
}
