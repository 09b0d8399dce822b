using System;
using EktpDomain.Attainment;
using EktpDomain.Targets;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Attainment;

/// <summary>An invalid option names the option and its value, and the property as the parameter, never <c>value</c>.</summary>
public class AttainmentOptionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void Throughput_BelowOne_ThrowsNamingTheOption(long throughput) =>
        FluentActions.Invoking(() => new AttainmentOptions { Throughput = throughput })
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage($"AttainmentOptions.Throughput must be at least 1 recording per device-day, not {throughput}. (Parameter 'Throughput')")
            .WithParameterName("Throughput");

    [Fact]
    public void Throughput_ANikTypedIn_IsMaskedInTheMessage() =>
        FluentActions.Invoking(() => new AttainmentOptions { Throughput = -3603014101900001 })
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .Which.Message.Should().NotContain("3603014101900001");

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void Prorating_Undefined_ThrowsNamingTheOptionAndValue(int value) =>
        FluentActions.Invoking(() => new AttainmentOptions { Prorating = (TargetProrating)value })
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage($"AttainmentOptions.Prorating must be None or WorkingDays, not {value}. (Parameter 'Prorating')");

    [Theory]
    [InlineData(TargetProrating.None)]
    [InlineData(TargetProrating.WorkingDays)]
    public void Prorating_Defined_IsKept(TargetProrating prorating) =>
        new AttainmentOptions { Prorating = prorating }.Prorating.Should().Be(prorating);

    [Fact]
    public void TargetPolicy_Null_ThrowsNamingTheProperty() =>
        FluentActions.Invoking(() => new AttainmentOptions { TargetPolicy = null! })
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("TargetPolicy");

    [Fact]
    public void Bands_Null_ThrowsNamingTheProperty() =>
        FluentActions.Invoking(() => new AttainmentOptions { Bands = null! })
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("Bands");

    [Fact]
    public void Rules_Null_ThrowsNamingTheProperty() =>
        FluentActions.Invoking(() => new AttainmentOptions { Rules = null! })
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("Rules");
}
