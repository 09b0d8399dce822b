using System;
using EktpDomain.Devices;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;
using static EktpDomain.Tests.Support.ExactArgumentErrors;

namespace EktpDomain.Tests.Devices;

/// <summary>The arguments of a recording set (R5): exact messages of every bad-input path, lifecycle errors and their parameter names, the computer, equality with null.</summary>
public partial class RecordingSetTests
{
    [Fact]
    public void RecordingSet_BlankId_ThrowsWithExactMessage() =>
        Throws<ArgumentException>(
            () => _ = new RecordingSet("  ", DeviceKind.Static, FundingSource.Apbn),
            "id",
            "A recording set's id cannot be empty or white space. (Parameter 'id')");

    [Fact]
    public void RecordingSet_UndefinedEnums_ThrowWithExactMessages()
    {
        Throws<ArgumentOutOfRangeException>(
            () => _ = new RecordingSet(" K-1 ", (DeviceKind)9, FundingSource.Apbn),
            "kind",
            WithValue("The kind of recording set K-1 must be Static or Mobile.", "kind", 9));
        Throws<ArgumentOutOfRangeException>(
            () => _ = new RecordingSet("K-1", DeviceKind.Mobile, (FundingSource)7),
            "funding",
            WithValue("The funding of recording set K-1 must be Apbn or Apbd.", "funding", 7));
        Throws<ArgumentOutOfRangeException>(
            () => _ = new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbd, computer: (ComputerKind)5),
            "computer",
            WithValue("The computer of recording set K-1 must be Pc or Laptop.", "computer", 5));
    }

    [Fact]
    public void RecordingSet_BadLifecycle_ThrowsWithExactMessages()
    {
        var acquired = new LocalDate(2012, 1, 1);
        Throws<ArgumentOutOfRangeException>(
            () => _ = new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, retirementReason: RetirementReason.Stolen),
            "retirementReason",
            "Recording set K-1 has a retirement reason (Stolen) but no retirement date. (Parameter 'retirementReason')");
        Throws<ArgumentOutOfRangeException>(
            () => _ = new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, retiredOn: new LocalDate(2012, 3, 5)),
            "retiredOn",
            "Recording set K-1 has a retirement date (2012-03-05) but no reason; say how it left service. (Parameter 'retiredOn')");
        Throws<ArgumentOutOfRangeException>(
            () => _ = new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, retiredOn: new LocalDate(2012, 3, 5), retirementReason: (RetirementReason)42),
            "retiredOn",
            "The retirement reason of recording set K-1 must be one of Destroyed, Stolen, WornOut, Transferred or Other. (Parameter 'retiredOn')");
        Throws<ArgumentOutOfRangeException>(
            () => _ = new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, acquired, retiredOn: new LocalDate(2011, 12, 31), retirementReason: RetirementReason.WornOut),
            "retiredOn",
            "Recording set K-1 is retired on 2011-12-31, before it was acquired on 2012-01-01. (Parameter 'retiredOn')");
    }

    [Fact]
    public void RecordingSet_ValidArguments_KeepsEveryValue()
    {
        var set = new RecordingSet(" K-06-1 ", DeviceKind.Mobile, FundingSource.Apbd, new LocalDate(2012, 1, 1), null, new LocalDate(2012, 1, 1), RetirementReason.Transferred);

        set.Id.Should().Be("K-06-1");
        set.Kind.Should().Be(DeviceKind.Mobile);
        set.Funding.Should().Be(FundingSource.Apbd);
        set.Computer.Should().Be(ComputerKind.Laptop, "a mobile unit's usual computer is a laptop");
        set.RetiredOn.Should().Be(new LocalDate(2012, 1, 1), "retiring on the acquisition date is allowed");
        set.RetirementReason.Should().Be(RetirementReason.Transferred);
        set.ToString().Should().Be("K-06-1 (mobile, apbd, retired 2012-01-01: Transferred)");
    }

    [Fact]
    public void RecordingSet_NullId_ThrowsArgumentNullNamingId() =>
        FluentActions.Invoking(() => new RecordingSet(null!, DeviceKind.Static, FundingSource.Apbn))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");

    [Fact]
    public void RecordingSet_ReasonWithoutDate_ThrowsNamingRetirementReason()
    {
        var thrown = FluentActions.Invoking(() => new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn, retirementReason: RetirementReason.Stolen))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().Which;

        thrown.ParamName.Should().Be("retirementReason");
        thrown.Message.Should().Be("Recording set K-06-1 has a retirement reason (Stolen) but no retirement date. (Parameter 'retirementReason')");
    }

    [Fact]
    public void RecordingSet_DateWithoutReason_ThrowsNamingRetiredOn()
    {
        var thrown = FluentActions.Invoking(() => new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn, retiredOn: Apr(2)))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().Which;

        thrown.ParamName.Should().Be("retiredOn");
        thrown.Message.Should().Be("Recording set K-06-1 has a retirement date (2012-04-02) but no reason; say how it left service. (Parameter 'retiredOn')");
    }

    [Theory]
    [InlineData(DeviceKind.Static, ComputerKind.Laptop)]
    [InlineData(DeviceKind.Mobile, ComputerKind.Pc)]
    public void RecordingSet_GivenComputer_OverridesTheUsualOne(DeviceKind kind, ComputerKind computer) =>
        new RecordingSet("K-06-1", kind, FundingSource.Apbd, computer: computer).Computer.Should().Be(computer);

    [Fact]
    public void Retire_UndefinedReason_ThrowsNamingReason()
    {
        var set = new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn);

        var thrown = FluentActions.Invoking(() => set.Retire(Apr(2), (RetirementReason)99))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().Which;

        thrown.ParamName.Should().Be("reason");
        thrown.ActualValue.Should().Be((RetirementReason)99);
        thrown.Message.Should().StartWith("The retirement reason of recording set K-06-1 must be one of Destroyed, Stolen, WornOut, Transferred or Other.");
    }

    [Fact]
    public void EqualityOperator_NullOnTheLeft()
    {
        var set = new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn);
        RecordingSet? none = null;

        (none == set).Should().BeFalse();
        (none != set).Should().BeTrue();
        (none == null).Should().BeTrue();
    }

    [Fact]
    public void RecordingSet_RetiredOnItsAcquisitionDay_IsAllowed()
    {
        // R5: the retirement date may not be before the acquisition date; the same day is not before it.
        var set = new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn, acquiredOn: Apr(2), retiredOn: Apr(2), retirementReason: RetirementReason.Destroyed);

        set.RetiredOn.Should().Be(Apr(2));
        set.GetStatus(Apr(2)).Should().Be(DeviceStatus.Retired);
    }
}
