using System;
using System.Linq;
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
        (data with { Inventory = Static(1, Kresek), Incidents = Log(Site("INC-1", Kresek, DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(3))) }).ToString()
            .Should().Be("RecordingData: 1 kecamatan, with inventory, with incidents");
    }

    [Fact]
    public void Constructor_NullArguments_Throw_NamingTheParameter()
    {
        var data = Data();

        FluentActions.Invoking(() => new RecordingData(null!, data.Ledger)).Should().Throw<ArgumentNullException>().WithParameterName("population");
        FluentActions.Invoking(() => new RecordingData(data.Population, null!)).Should().Throw<ArgumentNullException>().WithParameterName("ledger");
        FluentActions.Invoking(() => data with { CodeChanges = null! }).Should().Throw<ArgumentNullException>().WithParameterName("value");
    }

    [Theory]
    [InlineData(10, "36.04.01, 36.04.02, 36.04.03, 36.04.04, 36.04.05, 36.04.06, 36.04.07, 36.04.08, 36.04.09, 36.04.10.")]
    [InlineData(11, "36.04.01, 36.04.02, 36.04.03, 36.04.04, 36.04.05, 36.04.06, 36.04.07, 36.04.08, 36.04.09, 36.04.10, ….")]
    public void Constructor_LedgerKecamatanWithoutACount_AreListed_TheFirstTen(int missing, string listed)
    {
        var codes = Enumerable.Range(1, missing).Select(k => new RegionCode(36, 4, k)).ToList();
        var builder = RecordingLedger.CreateBuilder([.. codes, Kresek]);
        foreach (var code in codes)
        {
            builder.Add(new LedgerEntry(Apr(2), code, LedgerEntryKind.Recorded, 1));
        }

        var act = () => new RecordingData(Data().Population, builder.Build());

        act.Should().Throw<ArgumentException>().WithParameterName("ledger")
            .Which.Message.Should().StartWith($"The ledger has entries for {missing} kecamatan without an eligible count, so they would be left out of every report: {listed}");
    }

    [Fact]
    public void MonthlySharePercent_ReadsAsPercent()
    {
        var report = AttainmentReport.Calculate(Data(), April, new AttainmentOptions { TargetPolicy = TargetPolicy.MonthlySharePercent(15) });

        report[Kresek].Target.Should().Be(6_000);
        report.Summary.TargetPercent.Should().Be(15m);
    }
}
