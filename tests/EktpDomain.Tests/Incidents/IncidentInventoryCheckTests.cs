using EktpDomain.Attainment;
using EktpDomain.Capacity;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Incidents;

/// <summary>
/// An incident that names a set the inventory does not have is an error wherever the two meet, never a finding: the
/// issue's case is set K-07-l (a lower-case L) against the inventory's K-07-1.
/// </summary>
public class IncidentInventoryCheckTests
{
    private static readonly DeviceInventory Inventory = DeviceInventory.CreateBuilder()
        .AddAssignment("K-07-1", DeviceKind.Static, FundingSource.Apbn, Kresek, Apr(1), null, SourceLocation.None)
        .AddAssignment("K-07-2", DeviceKind.Static, FundingSource.Apbn, Kresek, Apr(1), null, SourceLocation.None)
        .Build();

    // Built with the parameterless builder, which cannot check sets: the check must happen where the log meets the inventory.
    private static IncidentLog TypoLog(SourceLocation source = default) => IncidentLog.CreateBuilder()
        .Add("INC-7", Kresek, "K-07-l", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(2), Apr(6), null, null, source)
        .Build();

    private static RecordingData DataWithout() => new ScenarioBuilder().Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(10), 4_000).Build();

    [Fact]
    public void AttainmentReport_UnknownSet_IsAnErrorNamingTheIncident_NotAFinding()
    {
        var act = () => AttainmentReport.Calculate(new ScenarioBuilder { Inventory = Inventory, Incidents = TypoLog() }
            .Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(10), 4_000).Build(), April);

        act.Should().Throw<DataValidationException>()
            .Which.Message.Should().Be("unknown device 'K-07-l' in incident INC-7: it is not in the device inventory; leave the device blank for a site-wide incident.");
    }

    [Fact]
    public void RecordingData_GettingBoth_ChecksInEitherOrder()
    {
        var inventoryFirst = () => new RecordingData(DataWithout().Population, DataWithout().Ledger) { Inventory = Inventory, Incidents = TypoLog() };
        var incidentsFirst = () => new RecordingData(DataWithout().Population, DataWithout().Ledger) { Incidents = TypoLog(), Inventory = Inventory };

        inventoryFirst.Should().Throw<DataValidationException>().WithMessage("*K-07-l*INC-7*");
        incidentsFirst.Should().Throw<DataValidationException>().WithMessage("*K-07-l*INC-7*");
    }

    [Fact]
    public void TheMessage_GivesTheIncidentsSource_WhenKnown()
    {
        var act = () => new RecordingData(DataWithout().Population, DataWithout().Ledger)
        {
            Inventory = Inventory,
            Incidents = TypoLog(new SourceLocation("data/incidents.csv", 4)),
        };

        var problem = act.Should().Throw<DataValidationException>().Which.Problems.Should().ContainSingle().Which;
        problem.Location.Should().Be(new SourceLocation("data/incidents.csv", 4));
        problem.ToString().Should().StartWith("data/incidents.csv:4: unknown device 'K-07-l' in incident INC-7");
    }

    [Fact]
    public void CapacityAnalysis_UnknownSet_IsAnError()
    {
        var act = () => CapacityAnalysis.Calculate(Inventory, TypoLog(), DataWithout().Calendar, April);

        act.Should().Throw<DataValidationException>().WithMessage("*'K-07-l'*INC-7*");
    }

    [Fact]
    public void EveryUnknownSet_IsListed_AndKnownSetsPass()
    {
        var log = IncidentLog.CreateBuilder()
            .Add(Device("INC-1", Kresek, "K-07-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(3)))
            .Add(Device("INC-2", Kresek, "K-07-9", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(3)))
            .Add(Site("INC-3", Kresek, DeviceComponent.Server, IncidentCause.Lightning, Apr(4), Apr(5)))
            .Add(Device("INC-4", Kresek, "k-07-2", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(3)))
            .Build();

        var act = () => CapacityAnalysis.Calculate(Inventory, log, DataWithout().Calendar, April);

        act.Should().Throw<DataValidationException>().Which.Problems.Should().HaveCount(2)
            .And.SatisfyRespectively(
                first => first.Message.Should().Contain("'K-07-9' in incident INC-2"),
                second => second.Message.Should().Contain("'k-07-2' in incident INC-4"));

        var known = IncidentLog.CreateBuilder()
            .Add(Device("INC-1", Kresek, "K-07-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(3)))
            .Build();
        CapacityAnalysis.Calculate(Inventory, known, DataWithout().Calendar, April).GetDevice("K-07-1").OutageDeviceDays.Should().Be(2);
    }

    [Fact]
    public void WithoutAnInventory_SetsAreNotChecked_BecauseNoDeviceFigureIsComputed()
    {
        var data = new RecordingData(DataWithout().Population, DataWithout().Ledger) { Incidents = TypoLog() };

        AttainmentReport.Calculate(data, April)[Kresek].Capacity.Should().BeNull();
    }
}
