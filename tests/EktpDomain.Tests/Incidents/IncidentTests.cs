using System;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;
using static EktpDomain.Tests.Support.ExactArgumentErrors;

namespace EktpDomain.Tests.Incidents;

/// <summary>An incident: its arguments, the window it overlaps, its text and its equality.</summary>
public class IncidentTests
{
    [Fact]
    public void Incident_RegencyCode_ThrowsWithExactMessage() =>
        Throws<ArgumentException>(
            () => _ = new Incident(" IN-1 ", Regency, null, DeviceComponent.Server, IncidentCause.Power, new LocalDate(2012, 4, 2)),
            "kecamatan",
            "'36.03' is a Regency code, but incident IN-1 needs a kecamatan code PP.KK.CC, such as 36.03.27. (Parameter 'kecamatan')");

    [Fact]
    public void Incident_ValidArguments_KeepsEveryValue()
    {
        var incident = new Incident(" IN-1 ", Kresek, " K-06-1 ", DeviceComponent.Fingerprint, IncidentCause.Hardware, new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 16), 12, " LOST-1 ");

        incident.Id.Should().Be("IN-1");
        incident.Device.Should().Be("K-06-1");
        incident.RecordsLost.Should().Be(12);
        incident.LossReference.Should().Be("LOST-1");
        incident.ToString().Should().Be("IN-1 36.03.06 K-06-1 fingerprint hardware 2012-04-02 to 2012-04-16");
    }

    [Fact]
    public void Incident_NullId_ThrowsNamingId() =>
        FluentActions.Invoking(() => new Incident(null!, Kresek, null, DeviceComponent.Server, IncidentCause.Power, Apr(2)))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");

    [Fact]
    public void Incident_BlankId_ThrowsArgumentExceptionNotOutOfRange() =>
        FluentActions.Invoking(() => new Incident(" ", Kresek, null, DeviceComponent.Server, IncidentCause.Power, Apr(2)))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("id");

    [Fact]
    public void Incident_ZeroRecordsLost_IsValid() =>
        new Incident("IN-1", Kresek, null, DeviceComponent.Server, IncidentCause.Power, Apr(2), Apr(2), recordsLost: 0)
            .RecordsLost.Should().Be(0);

    [Fact]
    public void Overlaps_NullWindow_ThrowsNamingWindow() =>
        FluentActions.Invoking(() => Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(2), null).Overlaps(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("window");

    [Fact]
    public void Overlaps_IncidentStartingOnTheWindowsLastDay_Overlaps() =>
        Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(30), null).Overlaps(April).Should().BeTrue();

    [Fact]
    public void Incident_ToStringOfASetsIncident_NamesTheSet() =>
        Device("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(2), Apr(16)).ToString()
            .Should().Be("IN-1 36.03.06 K-06-1 fingerprint hardware 2012-04-02 to 2012-04-16");

    [Fact]
    public void Incident_EqualityOfSiteIncidents_HashesAndComparesWithNull()
    {
        var site = Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(2), null);
        var same = Site("IN-1", Kresek, DeviceComponent.Server, IncidentCause.Power, Apr(2), null);
        Incident? none = null;

        site.GetHashCode().Should().Be(same.GetHashCode());
        (site == same).Should().BeTrue();
        (none == site).Should().BeFalse();
        (none == null).Should().BeTrue();
        (site != none).Should().BeTrue();
    }
}
