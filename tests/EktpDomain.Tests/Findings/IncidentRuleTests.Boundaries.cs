using System;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Incidents;
using EktpDomain.Reporting;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Findings;

/// <summary>The rules at their boundaries (R8): null context, equal thresholds, the date of a finding, runs of repeated failures.</summary>
public partial class IncidentRuleTests
{
    [Fact]
    public void LongOutageRule_CriticalEqualToWarning_IsAllowed()
    {
        // R8 thresholds: 1 ≤ warning ≤ critical, so equal thresholds are valid.
        var rule = new LongOutageRule(warningWorkingDays: 5, criticalWorkingDays: 5);

        rule.WarningWorkingDays.Should().Be(5);
        rule.CriticalWorkingDays.Should().Be(5);
    }

    [Fact]
    public void MobileUnitRecommended_NullContext_ThrowsNamingContext() =>
        FluentActions.Invoking(() => new MobileUnitRecommendedRule().Evaluate(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("context");

    [Fact]
    public void MobileUnitRecommended_Finding_IsDatedTheLastDayOfTheWindow()
    {
        // 8,000 recorded, 1,738 lost on 30 March, 1,238 re-recorded on 20 April: 500 still to re-record at the end of April.
        var scenario = new ScenarioBuilder()
            .Kecamatan(SepatanTimur, 20_000)
            .Recorded(SepatanTimur, new LocalDate(2012, 3, 1), 8_000)
            .Lost(SepatanTimur, new LocalDate(2012, 3, 30), 1_738)
            .Rerecorded(SepatanTimur, Apr(20), 1_238);

        var finding = Evaluate(scenario, new MobileUnitRecommendedRule()).Should().ContainSingle().Subject;

        finding.Date.Should().Be(Apr(30));
        finding.Kecamatan.Should().Be(SepatanTimur);
        finding.Device.Should().BeNull();
    }

    [Fact]
    public void RepeatedFailure_NullContext_ThrowsNamingContext() =>
        FluentActions.Invoking(() => new RepeatedFailureRule().Evaluate(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("context");

    [Fact]
    public void RepeatedFailure_FourFailuresOfOneSet_OneFindingWithAllFour()
    {
        // At most one finding per set: for the latest start that completes a run, with every incident of that run.
        var findings = Evaluate(
            Kresek2Sets(
                Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(2)),
                Device("IN-2", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(4), Apr(4)),
                Device("IN-3", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(6), Apr(6)),
                Device("IN-4", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(9), Apr(9))),
            new RepeatedFailureRule());

        var finding = findings.Should().ContainSingle().Subject;
        finding.Date.Should().Be(Apr(9));
        finding.Incidents.Should().Equal("IN-1", "IN-2", "IN-3", "IN-4");
        ReportText.English.FindingMessage(finding).Should().Be("Recording set K-06-1 failed 4 times between 2 April 2012 and 9 April 2012, within 90 days.");
    }

    [Fact]
    public void RepeatedFailure_AnEarlierFailureMoreThan90DaysBefore_IsNotPartOfTheRun()
    {
        var finding = Evaluate(
            Kresek2Sets(
                Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, new LocalDate(2012, 1, 2), new LocalDate(2012, 1, 2)),
                Device("IN-2", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(2), Apr(2)),
                Device("IN-3", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(4), Apr(4)),
                Device("IN-4", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(9), Apr(9))),
            new RepeatedFailureRule()).Should().ContainSingle().Subject;

        finding.Incidents.Should().Equal("IN-2", "IN-3", "IN-4");
        ((RepeatedFailureDetails)finding.Details).First.Should().Be(Apr(2));
    }

    [Fact]
    public void RepeatedFailure_IncidentsStartingTheSameDay_ListedInIdOrder()
    {
        var finding = Evaluate(
            Kresek2Sets(
                Device("IN-2", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(3), Apr(3)),
                Device("IN-1", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(3), Apr(3)),
                Device("IN-3", Kresek, "K-06-1", DeviceComponent.Iris, IncidentCause.Hardware, Apr(10), Apr(10))),
            new RepeatedFailureRule()).Should().ContainSingle().Subject;

        finding.Incidents.Should().Equal("IN-1", "IN-2", "IN-3");
    }
}
