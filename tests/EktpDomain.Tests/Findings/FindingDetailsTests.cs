using System;
using System.Linq;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Findings;

/// <summary>The facts of the built-in rules' findings (R8): what each details type keeps, and what it refuses.</summary>
public class FindingDetailsTests
{
    private static Incident Caused(IncidentCause cause, string id = "IN-1") =>
        new(id, Kresek, "K-06-1", DeviceComponent.Software, cause, Apr(3));

    [Fact]
    public void LongOutageDetails_NullOutage_Throws() =>
        FluentActions.Invoking(() => new LongOutageDetails(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithMessage("Value cannot be null. (Parameter 'outage')");

    [Fact]
    public void NoWorkingDeviceDetails_KeepsTheDays()
    {
        var details = new NoWorkingDeviceDetails(4, Apr(9));
        (details.WorkingDays, details.FirstDay).Should().Be((4, Apr(9)));
        new NoWorkingDeviceDetails(1, null).FirstDay.Should().BeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void NoWorkingDeviceDetails_NoDay_Throws(int days) =>
        FluentActions.Invoking(() => new NoWorkingDeviceDetails(days, Apr(9)))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage($"A no-working-device finding needs at least 1 working day without a set, but has {days}. (Parameter 'workingDays')*Actual value was {days}.");

    [Fact]
    public void DataLossDetails_KeepsTheRecords_AndRefusesNone()
    {
        new DataLossDetails(1).Records.Should().Be(1);
        new DataLossDetails(long.MaxValue).Records.Should().Be(long.MaxValue);
        FluentActions.Invoking(() => new DataLossDetails(0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("A data-loss finding needs at least 1 lost record, but has 0. (Parameter 'records')*Actual value was 0.");
    }

    [Fact]
    public void MobileUnitRecommendedDetails_BacklogFromTheThreshold()
    {
        var details = new MobileUnitRecommendedDetails(500, 500);
        (details.Backlog, details.Threshold).Should().Be((500L, 500L));

        FluentActions.Invoking(() => new MobileUnitRecommendedDetails(499, 500))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("A mobile-unit-recommended finding needs a backlog of at least its threshold 500, but has 499. (Parameter 'backlog')*Actual value was 499.");
        FluentActions.Invoking(() => new MobileUnitRecommendedDetails(10, 0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("The backlog threshold of a mobile-unit-recommended finding must be at least 1, but is 0. (Parameter 'threshold')*Actual value was 0.");
    }

    [Fact]
    public void IncidentDetails_KeepTheIncidentOfTheirCause()
    {
        var credential = Caused(IncidentCause.CredentialChange);
        var lightning = Caused(IncidentCause.Lightning);
        new CredentialChangeDetails(credential).Incident.Should().BeSameAs(credential);
        new LightningDetails(lightning).Incident.Should().BeSameAs(lightning);
    }

    [Fact]
    public void IncidentDetails_OtherCause_ThrowsNamingTheIncident()
    {
        FluentActions.Invoking(() => new CredentialChangeDetails(Caused(IncidentCause.Lightning, "IN-9")))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("A credential-change finding is about an incident caused by CredentialChange, but incident 'IN-9' was caused by Lightning. (Parameter 'incident')");
        FluentActions.Invoking(() => new LightningDetails(Caused(IncidentCause.Hardware, "3603271234560001")))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("A lightning finding is about an incident caused by Lightning, but incident '360327******0001' was caused by Hardware. (Parameter 'incident')");
    }

    [Fact]
    public void IncidentDetails_NullIncident_Throws()
    {
        FluentActions.Invoking(() => new CredentialChangeDetails(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithMessage("Value cannot be null. (Parameter 'incident')");
        FluentActions.Invoking(() => new LightningDetails(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithMessage("Value cannot be null. (Parameter 'incident')");
    }

    [Fact]
    public void RepeatedFailureDetails_KeepsTheRun()
    {
        var details = new RepeatedFailureDetails("K-06-1", 3, new LocalDate(2012, 2, 1), Apr(10), 90);
        (details.Device, details.Incidents, details.First, details.Last, details.WithinDays)
            .Should().Be(("K-06-1", 3, new LocalDate(2012, 2, 1), Apr(10), 90));
        new RepeatedFailureDetails("K-06-1", 2, Apr(3), Apr(3), 1).Last.Should().Be(Apr(3), "one day is a run of 1 day");
    }

    [Fact]
    public void RepeatedFailureDetails_BadFacts_Throw()
    {
        FluentActions.Invoking(() => new RepeatedFailureDetails(null!, 3, Apr(2), Apr(9), 90))
            .Should().ThrowExactly<ArgumentNullException>().WithMessage("Value cannot be null. (Parameter 'device')");
        FluentActions.Invoking(() => new RepeatedFailureDetails(" ", 3, Apr(2), Apr(9), 90))
            .Should().ThrowExactly<ArgumentException>().WithMessage("The value cannot be an empty string or composed entirely of whitespace. (Parameter 'device')");
        FluentActions.Invoking(() => new RepeatedFailureDetails("K-06-1", 1, Apr(2), Apr(9), 90))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("A repeated-failure finding needs at least 2 incidents, but has 1. (Parameter 'incidents')*Actual value was 1.");
        FluentActions.Invoking(() => new RepeatedFailureDetails("K-06-1", 3, Apr(2), Apr(9), 0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("The run of days of a repeated-failure finding must be at least 1, but is 0. (Parameter 'withinDays')*Actual value was 0.");
        FluentActions.Invoking(() => new RepeatedFailureDetails("K-06-1", 3, Apr(9), Apr(2), 90))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("A repeated-failure finding's last incident (2012-04-02) must start on or after its first (2012-04-09), within 90 days. (Parameter 'last')*");
        FluentActions.Invoking(() => new RepeatedFailureDetails("K-06-1", 3, Apr(1), Apr(30), 29))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("A repeated-failure finding's last incident (2012-04-30) must start on or after its first (2012-04-01), within 29 days. (Parameter 'last')*");
        new RepeatedFailureDetails("K-06-1", 3, Apr(1), Apr(30), 30).WithinDays.Should().Be(30, "29 days apart fit a run of 30 days");
    }

    [Fact]
    public void LowTurnoutDetails_KeepsTheFigures_AtTheirEdges()
    {
        var one = new LowTurnoutDetails(new InvitationTotals(1, 0), 60);
        (one.Invitations, one.ThresholdPercent).Should().Be((new InvitationTotals(1, 0), 60m));
        new LowTurnoutDetails(new InvitationTotals(100, 99), 100).ThresholdPercent.Should().Be(100, "a threshold of 100 % is allowed");
        new LowTurnoutDetails(new InvitationTotals(100, 0), 0.01m).ThresholdPercent.Should().Be(0.01m);
    }

    [Fact]
    public void LowTurnoutDetails_NobodyInvited_Throws() =>
        FluentActions.Invoking(() => new LowTurnoutDetails(new InvitationTotals(0, 0), 60))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("A low-turnout finding needs at least 1 invited resident. (Parameter 'invitations')*");

    [Theory]
    [InlineData(0, 100, 10)]
    [InlineData(-1, 100, 10)]
    [InlineData(100.01, 100, 10)]
    [InlineData(60, 100, 60)]
    [InlineData(60, 100, 61)]
    public void LowTurnoutDetails_AThresholdOutOfRangeOrNotAboveTheTurnout_Throws(decimal threshold, long invited, long attended) =>
        FluentActions.Invoking(() => new LowTurnoutDetails(new InvitationTotals(invited, attended), threshold))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("thresholdPercent")
            .WithMessage($"A low-turnout finding needs a threshold above 0, at most 100 and above the turnout*but has {threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}.*");

    [Fact]
    public void UnsentRecordsDetails_KeepsTheFigures_WhenEitherThresholdIsReached()
    {
        var byCount = new UnsentRecordsDetails("K-06-1", 500, Apr(12), 3, Apr(10), 500, 3);
        (byCount.Device, byCount.Peak, byCount.PeakDate, byCount.OldestAgeWorkingDays, byCount.OldestRecorded, byCount.CountThreshold, byCount.AgeWorkingDays)
            .Should().Be(("K-06-1", 500L, Apr(12), 3, Apr(10), 500L, 3));
        new UnsentRecordsDetails("K-06-1", 1, Apr(12), 0, Apr(12), 1, 0).Peak.Should().Be(1, "the lowest figures allowed");
        new UnsentRecordsDetails("K-06-1", 499, Apr(12), 4, Apr(10), 500, 3).OldestAgeWorkingDays.Should().Be(4, "an age above the threshold is enough");
        FluentActions.Invoking(() => new UnsentRecordsDetails("K-06-1", 499, Apr(12), 3, Apr(10), 500, 3))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("peak")
            .WithMessage("An unsent-records warning needs at least 500 unsent records or an age above 3 working days, but has 499 and 3.*");
    }

    [Theory]
    [InlineData(null, 1, 0, 1, 0, "device")]
    [InlineData(" ", 1, 0, 1, 0, "device")]
    [InlineData("K-06-1", 0, 1, 1, 0, "peak")]
    [InlineData("K-06-1", 1, -1, 1, 0, "oldestAgeWorkingDays")]
    [InlineData("K-06-1", 1, 0, 0, 0, "countThreshold")]
    [InlineData("K-06-1", 1, 0, 1, -1, "ageWorkingDays")]
    public void UnsentRecordsDetails_AFigureOutOfRange_ThrowsNamingIt(string? device, long peak, int oldestAge, long countThreshold, int ageThreshold, string parameter) =>
        FluentActions.Invoking(() => new UnsentRecordsDetails(device!, peak, Apr(12), oldestAge, Apr(10), countThreshold, ageThreshold))
            .Should().Throw<ArgumentException>().WithParameterName(parameter);

    [Fact]
    public void UnsentAtRiskDetails_KeepsTheIncident_AndRefusesAnotherKindOrNoRecord()
    {
        var software = new Incident("IN-9", Kresek, "K-06-1", DeviceComponent.Software, IncidentCause.Malware, Apr(13));
        var password = new Incident("IN-8", Kresek, null, DeviceComponent.Server, IncidentCause.CredentialChange, Apr(13));

        new UnsentAtRiskDetails(software, 1).Should().Match<UnsentAtRiskDetails>(d => d.Incident == software && d.Records == 1);
        new UnsentAtRiskDetails(password, 734).Records.Should().Be(734);
        FluentActions.Invoking(() => new UnsentAtRiskDetails(null!, 1)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("incident");
        FluentActions.Invoking(() => new UnsentAtRiskDetails(software, 0)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("records");
        FluentActions.Invoking(() => new UnsentAtRiskDetails(new Incident("IN-7", Kresek, "K-06-1", DeviceComponent.Camera, IncidentCause.Hardware, Apr(13)), 1))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("incident")
            .WithMessage("An unsent-records finding is about a software or credential-change incident, but incident 'IN-7' is a Camera incident caused by Hardware.*");
    }

    [Fact]
    public void PlainSystemTextJson_WritesTheDetailsOfTheirKind_AlsoThroughTheBaseType()
    {
        // A user's own JsonSerializer.Serialize(finding) used to write the details as {}.
        FindingDetails loss = new DataLossDetails(1_738);
        FindingDetails mobile = new MobileUnitRecommendedDetails(1_418, 500);

        System.Text.Json.JsonSerializer.Serialize(loss).Should().Be("{\"kind\":\"data-loss\",\"Records\":1738}");
        System.Text.Json.JsonSerializer.Serialize(mobile).Should().Be("{\"kind\":\"mobile-unit-recommended\",\"Backlog\":1418,\"Threshold\":500}");
        System.Text.Json.JsonSerializer.Serialize(new { Details = loss }).Should().Contain("\"Records\":1738");
    }

    [Fact]
    public void EveryDetailsType_HasAKindForJson()
    {
        var kinds = typeof(FindingDetails).GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonDerivedTypeAttribute), inherit: false)
            .Cast<System.Text.Json.Serialization.JsonDerivedTypeAttribute>().Select(a => a.DerivedType).ToList();
        var types = typeof(FindingDetails).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(FindingDetails)));

        kinds.Should().BeEquivalentTo(types);
    }
}
