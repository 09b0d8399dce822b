using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Incidents;

public partial class IncidentLogTests
{
    private static SourceLocation Line(int line) => new("incidents.csv", line);

    private static string[] Problems(IncidentLogBuilder builder) => BuilderProblems.Of<IncidentLog>(builder.TryBuild);

    [Fact]
    public void Incident_SiteWideOngoingAndDataLossLink()
    {
        var incident = new Incident(" IN-1 ", SepatanTimur, " ", DeviceComponent.Software, IncidentCause.CredentialChange, Apr(3), null, 1_738, " ledger 2012-04-03 ");

        incident.Id.Should().Be("IN-1");
        incident.Device.Should().BeNull();
        incident.IsSiteWide.Should().BeTrue();
        incident.IsOngoing.Should().BeTrue();
        incident.RecordsLost.Should().Be(1_738);
        incident.LossReference.Should().Be("ledger 2012-04-03");
        incident.Overlaps(April).Should().BeTrue();
        incident.Overlaps(new DateInterval(Apr(1), Apr(2))).Should().BeFalse();
        incident.Overlaps(new DateInterval(new LocalDate(2013, 1, 1), new LocalDate(2013, 1, 2))).Should().BeTrue("an ongoing incident never ends");
        incident.ToString().Should().Be("IN-1 36.03.30 site software credential-change 2012-04-03 to ongoing");
    }

    [Fact]
    public void Incident_EndBeforeStart_Throws()
    {
        var act = () => new Incident("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(16), Apr(2));
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Incident IN-1 ends on 2012-04-02, before it starts on 2012-04-16; 'end' must be on or after 'start', or blank while it is ongoing.*")
            .Which.ParamName.Should().Be("end");
    }

    [Fact]
    public void Incident_BadFields_Throw()
    {
        var blank = () => new Incident(" ", Kresek, null, DeviceComponent.Server, IncidentCause.Power, Apr(2));
        blank.Should().Throw<ArgumentException>().WithMessage("The incident id is blank; every incident needs an id.*");
        var regency = () => new Incident("IN-1", new RegionCode(36, 3), null, DeviceComponent.Server, IncidentCause.Power, Apr(2));
        regency.Should().Throw<ArgumentException>().WithMessage("'36.03' is a Regency code, but incident IN-1 needs a kecamatan code PP.KK.CC, such as 36.03.27.*");
        var component = () => new Incident("IN-1", Kresek, null, (DeviceComponent)99, IncidentCause.Power, Apr(2));
        component.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Unknown component 99 for incident IN-1; use server, pc, fingerprint, iris, camera, signature-pad, network, power or software.*");
        var cause = () => new Incident("IN-1", Kresek, null, DeviceComponent.Server, (IncidentCause)99, Apr(2));
        cause.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Unknown cause 99 for incident IN-1; use hardware, lightning, theft, power, network, human-error, credential-change, malware or unknown.*");
        var lost = () => new Incident("IN-1", Kresek, null, DeviceComponent.Server, IncidentCause.Power, Apr(2), null, -1);
        lost.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Incident IN-1 lost -1 records; the number of records lost must be 0 or more.*");
    }

    [Fact]
    public void Build_EveryProblemWithItsLine()
    {
        var inventory = Static(1, Kresek);
        var builder = IncidentLog.CreateBuilder(inventory, [Kresek, Kronjo])
            .Add("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(2), Apr(16), null, null, Line(2))
            .Add("IN-1", Kronjo, null, DeviceComponent.Camera, IncidentCause.Hardware, Apr(3), null, null, null, Line(3))
            .Add("IN-2", Kresek, "K-99", DeviceComponent.Camera, IncidentCause.Hardware, Apr(3), null, null, null, Line(4))
            .Add("IN-3", Solear, null, DeviceComponent.Server, IncidentCause.Unknown, Apr(3), null, null, null, Line(5))
            .Add("IN-4", new RegionCode(36, 3, 6, 2001), null, DeviceComponent.Server, IncidentCause.Unknown, Apr(9), Apr(3), null, null, Line(6))
            .Add(null, Kresek, null, (DeviceComponent)42, IncidentCause.Unknown, Apr(3), null, -5, null, Line(7));

        Problems(builder).Should().Equal(
            "incidents.csv:3: duplicate incident id 'IN-1': incidents.csv:2 has it already; every incident needs its own id.",
            "incidents.csv:4: unknown device 'K-99' in incident IN-2: it is not in the device inventory; leave the device blank for a site-wide incident.",
            "incidents.csv:5: unknown kecamatan '36.03.31' for incident IN-3: it is not in the kecamatan list.",
            "incidents.csv:6: '36.03.06.2001' is a Village code, but incident IN-4 needs a kecamatan code PP.KK.CC, such as 36.03.27.",
            "incidents.csv:6: incident IN-4 ends on 2012-04-03, before it starts on 2012-04-09; 'end' must be on or after 'start', or blank while it is ongoing.",
            "incidents.csv:7: the incident id is blank; every incident needs an id.",
            "incidents.csv:7: unknown component 42 for incident (blank id); use server, pc, fingerprint, iris, camera, signature-pad, network, power or software.",
            "incidents.csv:7: incident (blank id) lost -5 records; the number of records lost must be 0 or more.");
    }

    [Fact]
    public void Build_Invalid_ThrowsDataValidationException()
    {
        var builder = IncidentLog.CreateBuilder()
            .Add("IN-1", Kresek, null, DeviceComponent.Server, IncidentCause.Power, Apr(9), Apr(3), null, null, Line(2));
        var act = () => builder.Build();
        act.Should().Throw<DataValidationException>()
            .WithMessage("incidents.csv:2: incident IN-1 ends on 2012-04-03, before it starts on 2012-04-09; *")
            .Which.Problems.Should().ContainSingle();
    }

    [Fact]
    public void Queries_ByRegionWindowDeviceAndId()
    {
        var log = Log(
            Site("IN-3", Pagedangan, DeviceComponent.Server, IncidentCause.Lightning, Apr(12), Apr(20)),
            Device("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(2), Apr(16)),
            Device("IN-2", Kronjo, "K-07-1", DeviceComponent.Camera, IncidentCause.Hardware, new LocalDate(2012, 3, 1), new LocalDate(2012, 3, 5)));

        log.Incidents.Select(i => i.Id).Should().Equal("IN-2", "IN-1", "IN-3");
        log.Count.Should().Be(3);
        log["IN-3"].Cause.Should().Be(IncidentCause.Lightning);
        log.TryGetIncident("IN-9", out _).Should().BeFalse();
        var missing = () => log["IN-9"];
        missing.Should().Throw<KeyNotFoundException>().WithMessage("No incident has the id 'IN-9'; this log has 3 incidents.");
        log.GetIncidents(April).Select(i => i.Id).Should().Equal("IN-1", "IN-3");
        log.GetIncidents(KabupatenTangerang.Code).Should().HaveCount(3);
        log.GetIncidents(Kresek).Select(i => i.Id).Should().Equal("IN-1");
        log.GetDeviceIncidents("K-07-1").Select(i => i.Id).Should().Equal("IN-2");
        log.ToString().Should().Be("IncidentLog: 3 incidents");
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        var a = Device("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(2), Apr(16));
        ValueContract.AssertEquality(
            a,
            Device("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(2), Apr(16)),
            Device("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(2), null),
            (x, y) => x == y,
            (x, y) => x != y);
    }
}
