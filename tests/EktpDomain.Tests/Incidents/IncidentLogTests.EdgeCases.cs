using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Incidents;

/// <summary>The log at its edges: unknown and null ids, building once, incidents that start on the same day.</summary>
public partial class IncidentLogTests
{
    [Fact]
    public void IncidentLogIndexer_KnownAndUnknownIds()
    {
        var incident = Site("IN-1", Kresek, DeviceComponent.Power, IncidentCause.Power, new LocalDate(2012, 4, 2), null);
        var log = Log(incident);

        log["IN-1"].Should().Be(incident);
        var missing = () => log["IN-2"];
        missing.Should().ThrowExactly<KeyNotFoundException>()
            .Which.Message.Should().Be("No incident has the id 'IN-2'; this log has 1 incidents.");
    }

    [Fact]
    public void IncidentLog_NullArguments_ThrowNamingThem()
    {
        var log = Log(Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(2), Apr(3)));

        FluentActions.Invoking(() => log.TryGetIncident(null!, out _)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => log.GetIncidents((DateInterval)null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("window");
        FluentActions.Invoking(() => log.GetDeviceIncidents(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("device");
        FluentActions.Invoking(() => IncidentLog.CreateBuilder().Add((Incident)null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("incident");
        FluentActions.Invoking(() => IncidentLog.CreateBuilder().AddRange(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("items");
    }

    [Fact]
    public void IncidentLogBuilder_CountsAndOnlyBuildsOnce()
    {
        const string Message = "This builder has already built its incident log; create a new builder.";
        var builder = IncidentLog.CreateBuilder()
            .Add(Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(2), Apr(3)))
            .Add(Site("IN-2", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(4), Apr(5)));
        builder.Count.Should().Be(2);
        builder.Build();

        FluentActions.Invoking(() => builder.Add("IN-3", Kresek, null, DeviceComponent.Server, IncidentCause.Power, Apr(6), null, null, null, SourceLocation.None))
            .Should().ThrowExactly<InvalidOperationException>().WithMessage(Message);
        FluentActions.Invoking(() => builder.Build()).Should().ThrowExactly<InvalidOperationException>().WithMessage(Message);
    }

    [Fact]
    public void IncidentLog_IncidentsStartingTogether_AreByKecamatanThenId()
    {
        var log = Log(
            Site("IN-2", Kronjo, DeviceComponent.Server, IncidentCause.Power, Apr(9), Apr(9)),
            Site("IN-3", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(9), Apr(9)),
            Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(9), Apr(9)));

        log.Incidents.Select(i => i.Id).Should().Equal("IN-1", "IN-3", "IN-2");
    }
}
