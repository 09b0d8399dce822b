using System;
using EktpDomain.Devices;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Mutation;

/// <summary>Recording sets (R5): null id, lifecycle errors and their parameter names, computer, equality with null.</summary>
public class DevicesMutationTests2
{
    private static readonly LocalDate April2 = new(2012, 4, 2);

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
        var thrown = FluentActions.Invoking(() => new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn, retiredOn: April2))
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

        var thrown = FluentActions.Invoking(() => set.Retire(April2, (RetirementReason)99))
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
        var set = new RecordingSet("K-06-1", DeviceKind.Static, FundingSource.Apbn, acquiredOn: April2, retiredOn: April2, retirementReason: RetirementReason.Destroyed);

        set.RetiredOn.Should().Be(April2);
        set.GetStatus(April2).Should().Be(DeviceStatus.Retired);
    }
}
