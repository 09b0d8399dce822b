using System;
using System.Linq;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Incidents;

/// <summary>
/// An incident log checked against a list of set ids rather than a built inventory: the ids of a devices file that
/// has problems, or none when there is no such file.
/// </summary>
public partial class IncidentLogTests
{
    private const string NoSets = "the device inventory (devices.csv) is missing or has no sets; leave the device blank for a site-wide incident, or list the set in devices.csv.";

    private static readonly SourceLocation Row2 = new("incidents.csv", 2);

    /// <summary>The messages <see cref="IncidentLogBuilder.Build"/> reports.</summary>
    private static string[] ProblemsThrownBy(IncidentLogBuilder builder) =>
        [.. FluentActions.Invoking(builder.Build).Should().Throw<DataValidationException>().Which.Problems.Select(p => p.ToString())];

    [Fact]
    public void NoSets_AnIncidentNamingASetIsAProblem_ASiteWideOneIsNot()
    {
        var builder = IncidentLog.CreateBuilder([Kresek], [])
            .Add("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(3), null, null, Row2)
            .Add("IN-2", Kresek, " ", DeviceComponent.Power, IncidentCause.Power, Apr(4), Apr(4), null, null, new SourceLocation("incidents.csv", 3));

        ProblemsThrownBy(builder).Should().Equal($"incidents.csv:2: unknown device 'K-06-1' in incident IN-1: {NoSets}");
    }

    [Fact]
    public void EmptyInventory_IsNoSetsEither()
    {
        var builder = IncidentLog.CreateBuilder(DeviceInventory.CreateBuilder([Kresek]).Build(), [Kresek])
            .Add("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(3), null, null, Row2);

        ProblemsThrownBy(builder).Should().Equal($"incidents.csv:2: unknown device 'K-06-1' in incident IN-1: {NoSets}");
    }

    [Fact]
    public void Ids_ASetAmongThemIsKnown_AnotherIsNot()
    {
        var builder = IncidentLog.CreateBuilder([Kresek], [" K-06-1 ", "K-06-2"])
            .Add("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(3), null, null, Row2)
            .Add("IN-2", Kresek, " K-06-2", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(3), null, null, new SourceLocation("incidents.csv", 3))
            .Add("IN-3", Kresek, "k-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(3), null, null, new SourceLocation("incidents.csv", 4));

        ProblemsThrownBy(builder).Should().Equal("incidents.csv:4: unknown device 'k-06-1' in incident IN-3: it is not in the device inventory; leave the device blank for a site-wide incident.");
    }

    [Fact]
    public void Ids_AllKnown_BuildsTheLog()
    {
        var log = IncidentLog.CreateBuilder(null, ["K-06-1"])
            .Add("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(3), null, null, Row2)
            .Build();

        log.Incidents.Should().ContainSingle().Which.Device.Should().Be("K-06-1");
    }

    [Fact]
    public void Ids_NullListOrId_Throws()
    {
        FluentActions.Invoking(() => IncidentLog.CreateBuilder([Kresek], null!)).Should().Throw<ArgumentNullException>().WithParameterName("devices");
        FluentActions.Invoking(() => IncidentLog.CreateBuilder([Kresek], ["K-06-1", null!])).Should().Throw<ArgumentNullException>().WithParameterName("devices");
    }
}
