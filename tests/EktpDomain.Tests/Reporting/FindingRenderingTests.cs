using System.Collections.Generic;
using EktpDomain.Calendar;
using EktpDomain.Capacity;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Incidents;
using EktpDomain.Reporting;
using EktpDomain.Reporting.FindingTexts;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Reporting;

/// <summary>How a report language renders a finding's details (R8, R10): each built-in type, custom texts, masking.</summary>
public partial class FindingRenderingTests
{
    private static Finding Of(FindingDetails details, string? device = null) => new("rule", FindingSeverity.Warning, Kresek, device, details);

    private static Outage SetOutage()
    {
        var log = Log(Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(9), Apr(9)));
        return CapacityAnalysis.Calculate(Static(1, Kresek), log, WorkingCalendar.Indonesia, April).Outages[0];
    }

    private static readonly string[] Rules =
        ["long-outage", "no-working-device", "data-loss", "mobile-unit-recommended", "credential-change", "lightning", "repeated-failure"];

    public static TheoryData<string> BuiltInTypes() => new(Rules);

    /// <summary>A built-in rule's details, with the text file that words them, so dispatch can be checked for each.</summary>
    private static (FindingDetails Details, RuleText Text) BuiltIn(string rule)
    {
        var credential = new CredentialChangeDetails(new Incident("IN-7", SepatanTimur, null, DeviceComponent.Software, IncidentCause.CredentialChange, Apr(3)));
        var lightning = new LightningDetails(new Incident("IN-3", Pagedangan, null, DeviceComponent.Server, IncidentCause.Lightning, Apr(12)));
        var repeated = new RepeatedFailureDetails("K-06-1", 3, Apr(2), Apr(9), 90);
        var outage = new LongOutageDetails(SetOutage());
        var days = new NoWorkingDeviceDetails(2, Apr(9));
        var lost = new DataLossDetails(1_738);
        var backlog = new MobileUnitRecommendedDetails(600, 500);
        return rule switch
        {
            "long-outage" => (outage, new LongOutageText()),
            "no-working-device" => (days, new NoWorkingDeviceText()),
            "data-loss" => (lost, new DataLossText()),
            "mobile-unit-recommended" => (backlog, new MobileUnitRecommendedText()),
            "credential-change" => (credential, new CredentialChangeText()),
            "lightning" => (lightning, new LightningText()),
            _ => (repeated, new RepeatedFailureText()),
        };
    }

    [Theory]
    [MemberData(nameof(BuiltInTypes))]
    public void FindingMessageAndAction_EachBuiltInType_UseTheTextForThatType(string rule)
    {
        var (details, ruleText) = BuiltIn(rule);
        var finding = Of(details);
        var actions = new HashSet<string>();

        foreach (var text in ReportText.BuiltIn)
        {
            text.FindingMessage(finding).Should().Be(ruleText.Message(text, details)).And.NotBeNullOrWhiteSpace();
            text.FindingAction(finding).Should().Be(ruleText.Action(text)).And.NotBeNullOrWhiteSpace();
            actions.Add(text.FindingAction(finding));
        }

        actions.Should().HaveCount(2, "each language has its own words");
    }

    [Fact]
    public void FindingAction_EveryBuiltInType_HasItsOwnAction()
    {
        foreach (var text in ReportText.BuiltIn)
        {
            var actions = new HashSet<string>();
            foreach (var rule in Rules)
            {
                actions.Add(text.FindingAction(Of(BuiltIn(rule).Details)));
            }

            actions.Should().HaveCount(7, $"{text.LanguageCode} renders no two rules with the same action");
        }
    }

    [Fact]
    public void BuiltInTypes_RenderTheirFactsInBothLanguages()
    {
        var en = ReportText.English;
        var id = ReportText.Indonesian;

        en.FindingMessage(Of(new DataLossDetails(1))).Should().Be("1 recording was lost in the window and must be recorded again.");
        id.FindingMessage(Of(new DataLossDetails(12_345))).Should().Be("12.345 data rekaman hilang dalam periode ini dan harus direkam ulang.");
        en.FindingMessage(Of(new NoWorkingDeviceDetails(1, null))).Should().Be("No recording set was available on 1 working day.");
        id.FindingMessage(Of(new NoWorkingDeviceDetails(2, Apr(9)))).Should().Be("Tidak ada alat perekaman yang berfungsi pada 2 hari kerja (pertama: 9 April 2012).");
        en.FindingMessage(Of(new MobileUnitRecommendedDetails(1, 1))).Should().Be("The re-recording backlog is 1 resident at the end of the window (threshold: 1).");
        id.FindingMessage(Of(new MobileUnitRecommendedDetails(1_200, 500))).Should().Be("Tunggakan perekaman ulang 1.200 penduduk di akhir periode (ambang: 500).");
        en.FindingMessage(Of(new RepeatedFailureDetails("K-06-1", 1_000, Apr(2), Apr(9), 1_000)))
            .Should().Be("Recording set K-06-1 failed 1,000 times between 2 April 2012 and 9 April 2012, within 1,000 days.");
        id.FindingMessage(Of(new RepeatedFailureDetails("K-06-1", 3, new LocalDate(2012, 2, 1), Apr(9), 90)))
            .Should().Be("Alat perekaman K-06-1 rusak 3 kali antara 1 Februari 2012 dan 9 April 2012, dalam 90 hari.");
        en.FindingMessage(Of(new LongOutageDetails(SetOutage()))).Should().Be("Recording set K-06-1 out of service (camera) 9 April 2012: 1 working day.");
        id.FindingMessage(Of(new LongOutageDetails(SetOutage()))).Should().Be("Alat perekaman K-06-1 tidak berfungsi (kamera) 9 April 2012: 1 hari kerja.");
    }

    [Fact]
    public void CustomDetails_TheLanguagesTextElseEnglish()
    {
        var finding = Of(new CustomFindingDetails(new FindingText("id", "Periksa kecamatan ini.", "Periksa."), new FindingText("en", "Check this kecamatan.", "Check.")));

        ReportText.Indonesian.FindingMessage(finding).Should().Be("Periksa kecamatan ini.");
        ReportText.Indonesian.FindingAction(finding).Should().Be("Periksa.");
        ReportText.English.FindingMessage(finding).Should().Be("Check this kecamatan.");
        ReportText.English.FindingAction(finding).Should().Be("Check.");

        var englishOnly = Of(new CustomFindingDetails(new FindingText("en", "Check this kecamatan.", "Check.")));
        ReportText.Indonesian.FindingMessage(englishOnly).Should().Be("Check this kecamatan.");
        ReportText.Indonesian.FindingAction(englishOnly).Should().Be("Check.");
    }

    [Fact]
    public void FindingMessageAndAction_MaskEveryLongDigitRun()
    {
        const string Nik = "3603271234560001";
        var custom = Of(new CustomFindingDetails(new FindingText("en", $"Resident {Nik} was recorded twice.", $"Merge {Nik}.")));
        ReportText.English.FindingMessage(custom).Should().Be("Resident 360327******0001 was recorded twice.");
        ReportText.Indonesian.FindingAction(custom).Should().Be("Merge 360327******0001.");

        var repeated = new RepeatedFailureDetails(Nik, 3, Apr(2), Apr(9), 90);
        new RepeatedFailureText().Message(ReportText.English, repeated).Should().Contain(Nik, "the rule's text is the unmasked building block");
        ReportText.English.FindingMessage(Of(repeated, Nik)).Should().StartWith("Recording set 360327******0001 failed").And.NotContain(Nik);
        ReportText.Indonesian.FindingMessage(Of(repeated, Nik)).Should().StartWith("Alat perekaman 360327******0001 rusak").And.NotContain(Nik);
    }
}
