using System;
using EktpDomain.Devices;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests;

public class EnumNamesTests
{
    private static readonly EnumNames<DeviceComponent> Components = DeviceNames.Component;

    [Theory]
    [InlineData("signature-pad", DeviceComponent.SignaturePad)]
    [InlineData("Signature-PAD", DeviceComponent.SignaturePad)]
    [InlineData("server", DeviceComponent.Server)]
    [InlineData("software", DeviceComponent.Software)]
    public void TryParse_MatchesANameIgnoringCase(string text, DeviceComponent expected)
    {
        Components.TryParse(text, out var component).Should().BeTrue();
        component.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" pc")]
    [InlineData("SignaturePad")]
    [InlineData("8")]
    public void TryParse_AnythingElse_IsFalseWithTheDefault(string text)
    {
        Components.TryParse(text, out var component).Should().BeFalse();
        component.Should().Be(default(DeviceComponent));
    }

    [Fact]
    public void Format_NamesEveryValue_AndGivesTheNumberOfAnUndefinedOne()
    {
        foreach (var value in Enum.GetValues<DeviceComponent>())
        {
            string name = Components.Format(value);
            Components.All.Should().Contain(name);
            Components.TryParse(name, out var back).Should().BeTrue();
            back.Should().Be(value);
        }

        Components.Format((DeviceComponent)42).Should().Be("42");
        Components.Format((DeviceComponent)(-1)).Should().Be("-1");
    }
}
