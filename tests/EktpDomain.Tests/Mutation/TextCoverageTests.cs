using System;
using EktpDomain.Attainment;
using EktpDomain.Calendar;
using EktpDomain.Capacity;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Incidents;
using EktpDomain.Reporting;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Mutation;

/// <summary>Report text (R10) in both languages for headlines, outages, incidents and percentages.</summary>
public class TextCoverageTests
{
    private static readonly RegionCode Kresek = DeviceFixtures.Kresek;

    [Fact]
    public void Headline_NoKecamatanWithATarget_SaysSoInBothLanguages()
    {
        // No eligible residents: target 0 (R2), so neither kecamatan is applicable (R4).
        var data = new ScenarioBuilder().Kecamatan(Kresek, 0).Kecamatan(DeviceFixtures.Kronjo, 0).Build();

        var summary = AttainmentReport.Calculate(data, DeviceFixtures.April).Summary;

        summary.Applicable.Should().Be(0);
        ReportText.English.Headline(summary).Should().Be("No kecamatan has a recording target (2 without a target)");
        ReportText.Indonesian.Headline(summary).Should().Be("Tidak ada kecamatan dengan target perekaman (2 kecamatan tanpa target)");
    }

    [Fact]
    public void LongOutageMessage_SetAndSite_InBothLanguages()
    {
        var log = DeviceFixtures.Log(
            DeviceFixtures.Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, DeviceFixtures.Apr(9), DeviceFixtures.Apr(13)),
            DeviceFixtures.Site("IN-2", Kresek, DeviceComponent.Power, IncidentCause.Power, new LocalDate(2012, 3, 30), null));
        var analysis = CapacityAnalysis.Calculate(DeviceFixtures.Static(1, Kresek), log, WorkingCalendar.Indonesia, DeviceFixtures.April);

        var site = analysis.Outages[0];
        var set = analysis.Outages[1];
        site.Device.Should().BeNull();
        set.Device.Should().Be("K-06-1");

        ReportText.English.LongOutageMessage(new LongOutageDetails(set)).Should().Be("Recording set K-06-1 out of service (camera) 9–13 April 2012: 5 working days.");
        ReportText.Indonesian.LongOutageMessage(new LongOutageDetails(set)).Should().Be("Alat perekaman K-06-1 tidak berfungsi (kamera) 9–13 April 2012: 5 hari kerja.");
        ReportText.English.LongOutageMessage(new LongOutageDetails(site)).Should().Be(
            "Whole kecamatan site out of service (power supply) 2–30 April 2012: 20 working days; no set could record. The outage began before the window. It was still going on at the end of the window.");
        ReportText.Indonesian.LongOutageMessage(new LongOutageDetails(site)).Should().Be(
            "Seluruh lokasi kecamatan tidak berfungsi (listrik) 2–30 April 2012: 20 hari kerja; semua alat perekaman terhenti. Gangguan sudah dimulai sebelum periode ini. Gangguan masih berlangsung di akhir periode.");
    }

    [Fact]
    public void CredentialChangeMessage_InBothLanguages()
    {
        var incident = new Incident("IN-7", DeviceFixtures.SepatanTimur, "K-28-1", DeviceComponent.Software, IncidentCause.CredentialChange, new LocalDate(2012, 2, 5), new LocalDate(2012, 2, 6), 1_738);
        var site = new Incident("IN-8", DeviceFixtures.SepatanTimur, null, DeviceComponent.Server, IncidentCause.CredentialChange, new LocalDate(2012, 2, 5), null, 1);

        ReportText.English.CredentialChangeMessage(new CredentialChangeDetails(incident)).Should().Be(
            "Incident IN-7, 5 February 2012: the system failed after an unauthorised change of the centrally managed password (software); recording set K-28-1; 1,738 recordings lost.");
        ReportText.Indonesian.CredentialChangeMessage(new CredentialChangeDetails(incident)).Should().Be(
            "Insiden IN-7, 5 Februari 2012: sistem gagal setelah kata sandi yang dikelola pusat diubah tanpa izin (perangkat lunak); alat perekaman K-28-1; 1.738 data rekaman hilang.");
        ReportText.English.CredentialChangeMessage(new CredentialChangeDetails(site)).Should().Be(
            "Incident IN-8, 5 February 2012: the system failed after an unauthorised change of the centrally managed password (server); 1 recording lost.");
        ReportText.Indonesian.CredentialChangeMessage(new CredentialChangeDetails(site)).Should().Be(
            "Insiden IN-8, 5 Februari 2012: sistem gagal setelah kata sandi yang dikelola pusat diubah tanpa izin (server); 1 data rekaman hilang.");
    }

    [Fact]
    public void LightningMessage_SetAndSite_InBothLanguages()
    {
        var set = new Incident("IN-3", Kresek, "K-06-1", DeviceComponent.Pc, IncidentCause.Lightning, new LocalDate(2012, 4, 2));
        var site = new Incident("IN-4", Kresek, null, DeviceComponent.Network, IncidentCause.Lightning, new LocalDate(2012, 4, 2));

        ReportText.English.LightningMessage(new LightningDetails(set)).Should().Be("Incident IN-3, 2 April 2012: lightning struck recording set K-06-1 (PC or laptop).");
        ReportText.English.LightningMessage(new LightningDetails(site)).Should().Be("Incident IN-4, 2 April 2012: lightning struck the network.");
        ReportText.Indonesian.LightningMessage(new LightningDetails(set)).Should().Be("Insiden IN-3, 2 April 2012: alat perekaman K-06-1 (PC/laptop) tersambar petir.");
        ReportText.Indonesian.LightningMessage(new LightningDetails(site)).Should().Be("Insiden IN-4, 2 April 2012: jaringan tersambar petir.");
    }

    [Fact]
    public void FormatPercent_RoundsAwayFromZeroInTheLanguagesCulture()
    {
        ReportText.English.FormatPercent(14.45m).Should().Be("14.5");
        ReportText.Indonesian.FormatPercent(14.45m).Should().Be("14,5");
        ReportText.English.FormatPercent(2.5m, 0).Should().Be("3");
        ReportText.English.FormatPercent(1.23456789m, 6).Should().Be("1.234568");
        ReportText.English.FormatPercent(null).Should().Be("n/a");
        ReportText.Indonesian.FormatPercent(null).Should().Be("t/a");

        var tooMany = () => ReportText.English.FormatPercent(1m, 7);
        tooMany.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("decimals");
        var negative = () => ReportText.English.FormatPercent(1m, -1);
        negative.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("decimals");
    }
}
