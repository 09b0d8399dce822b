using System;
using EktpDomain.Calendar;
using EktpDomain.Capacity;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Incidents;
using EktpDomain.Reporting;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Reporting;

/// <summary>The message of each built-in finding for a set and for a whole site, in both languages (R10).</summary>
public partial class FindingRenderingTests
{
    [Fact]
    public void LongOutageMessage_SetAndSite_InBothLanguages()
    {
        var log = Log(
            Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(9), Apr(13)),
            Site("IN-2", Kresek, DeviceComponent.Power, IncidentCause.Power, new LocalDate(2012, 3, 30), null));
        var analysis = CapacityAnalysis.Calculate(Static(1, Kresek), log, WorkingCalendar.Indonesia, April);

        var site = analysis.Outages[0];
        var set = analysis.Outages[1];
        site.Device.Should().BeNull();
        set.Device.Should().Be("K-06-1");

        ReportText.English.FindingMessage(Of(new LongOutageDetails(set))).Should().Be("Recording set K-06-1 out of service (camera) 9–13 April 2012: 5 working days.");
        ReportText.Indonesian.FindingMessage(Of(new LongOutageDetails(set))).Should().Be("Alat perekaman K-06-1 tidak berfungsi (kamera) 9–13 April 2012: 5 hari kerja.");
        ReportText.English.FindingMessage(Of(new LongOutageDetails(site))).Should().Be(
            "Whole kecamatan site out of service (power supply) 2–30 April 2012: 20 working days; no set could record. The outage began before the window. It was still going on at the end of the window.");
        ReportText.Indonesian.FindingMessage(Of(new LongOutageDetails(site))).Should().Be(
            "Seluruh lokasi kecamatan tidak berfungsi (listrik) 2–30 April 2012: 20 hari kerja; semua alat perekaman terhenti. Gangguan sudah dimulai sebelum periode ini. Gangguan masih berlangsung di akhir periode.");
    }

    [Fact]
    public void CredentialChangeMessage_InBothLanguages()
    {
        var incident = new Incident("IN-7", SepatanTimur, "K-28-1", DeviceComponent.Software, IncidentCause.CredentialChange, new LocalDate(2012, 2, 5), new LocalDate(2012, 2, 6), 1_738);
        var site = new Incident("IN-8", SepatanTimur, null, DeviceComponent.Server, IncidentCause.CredentialChange, new LocalDate(2012, 2, 5), null, 1);

        ReportText.English.FindingMessage(Of(new CredentialChangeDetails(incident))).Should().Be(
            "Incident IN-7, 5 February 2012: the system failed after an unauthorised change of the centrally managed password (software); recording set K-28-1; 1,738 recordings lost.");
        ReportText.Indonesian.FindingMessage(Of(new CredentialChangeDetails(incident))).Should().Be(
            "Insiden IN-7, 5 Februari 2012: sistem gagal setelah kata sandi yang dikelola pusat diubah tanpa izin (perangkat lunak); alat perekaman K-28-1; 1.738 data rekaman hilang.");
        ReportText.English.FindingMessage(Of(new CredentialChangeDetails(site))).Should().Be(
            "Incident IN-8, 5 February 2012: the system failed after an unauthorised change of the centrally managed password (server); 1 recording lost.");
        ReportText.Indonesian.FindingMessage(Of(new CredentialChangeDetails(site))).Should().Be(
            "Insiden IN-8, 5 Februari 2012: sistem gagal setelah kata sandi yang dikelola pusat diubah tanpa izin (server); 1 data rekaman hilang.");
    }

    [Fact]
    public void LightningMessage_SetAndSite_InBothLanguages()
    {
        var set = new Incident("IN-3", Kresek, "K-06-1", DeviceComponent.Pc, IncidentCause.Lightning, new LocalDate(2012, 4, 2));
        var site = new Incident("IN-4", Kresek, null, DeviceComponent.Network, IncidentCause.Lightning, new LocalDate(2012, 4, 2));

        ReportText.English.FindingMessage(Of(new LightningDetails(set))).Should().Be("Incident IN-3, 2 April 2012: lightning struck recording set K-06-1 (PC or laptop).");
        ReportText.English.FindingMessage(Of(new LightningDetails(site))).Should().Be("Incident IN-4, 2 April 2012: lightning struck the network.");
        ReportText.Indonesian.FindingMessage(Of(new LightningDetails(set))).Should().Be("Insiden IN-3, 2 April 2012: alat perekaman K-06-1 (PC/laptop) tersambar petir.");
        ReportText.Indonesian.FindingMessage(Of(new LightningDetails(site))).Should().Be("Insiden IN-4, 2 April 2012: jaringan tersambar petir.");
    }

    [Fact]
    public void UnsentMessages_OneRecord_OfASet_InBothLanguages()
    {
        var atRisk = new UnsentAtRiskDetails(new Incident("IN-9", Kresek, "K-06-1", DeviceComponent.Software, IncidentCause.Malware, Apr(13)), 1);
        var held = new UnsentRecordsDetails("K-06-1", 1, Apr(12), 4, Apr(10), 500, 3);

        ReportText.English.FindingMessage(Of(atRisk)).Should().Be(
            "Incident IN-9, 13 April 2012 (software, malware), began while 1 record of recording set K-06-1 had not been sent to the central server: all of them were at risk.");
        ReportText.Indonesian.FindingMessage(Of(atRisk)).Should().Be(
            "Insiden IN-9, 13 April 2012 (perangkat lunak, malware), terjadi saat 1 data rekaman alat perekaman K-06-1 belum dikirim ke server pusat: semuanya terancam hilang.");
        ReportText.English.FindingMessage(Of(held)).Should().Be(
            "Recording set K-06-1 held up to 1 record not yet sent to the central server (12 April 2012); the oldest, recorded on 10 April 2012, waited 4 working days (thresholds: 500 records, 3 working days).");
        ReportText.Indonesian.FindingMessage(Of(held)).Should().Be(
            "Alat perekaman K-06-1 menyimpan hingga 1 data rekaman yang belum dikirim ke server pusat (12 April 2012); data tertua, direkam 10 April 2012, menunggu 4 hari kerja (ambang: 500 data, 3 hari kerja).");
    }

    [Fact]
    public void FindingMessageAndFindingAction_NullFinding_ThrowNamingFinding()
    {
        FluentActions.Invoking(() => ReportText.English.FindingMessage(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("finding");
        FluentActions.Invoking(() => ReportText.Indonesian.FindingAction(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("finding");
    }
}
