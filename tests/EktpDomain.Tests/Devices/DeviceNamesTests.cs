using EktpDomain.Devices;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Devices;

/// <summary>The spellings of devices.csv and incidents.csv (docs/data-folder.md), in the order of the values.</summary>
public class DeviceNamesTests
{
    [Fact]
    public void Kind() =>
        DeviceNames.Kind.All.Should().Equal("static", "mobile");

    [Fact]
    public void Funding() =>
        DeviceNames.Funding.All.Should().Equal("apbn", "apbd");

    [Fact]
    public void Component() =>
        DeviceNames.Component.All.Should().Equal("server", "pc", "fingerprint", "iris", "camera", "signature-pad", "network", "power", "software");

    [Fact]
    public void NamesFollowTheValues()
    {
        DeviceNames.Kind.Format(DeviceKind.Mobile).Should().Be("mobile");
        DeviceNames.Funding.Format(FundingSource.Apbd).Should().Be("apbd");
        DeviceNames.Component.Format(DeviceComponent.Fingerprint).Should().Be("fingerprint");
        DeviceNames.Funding.TryParse("APBN", out var funding).Should().BeTrue();
        funding.Should().Be(FundingSource.Apbn);
    }
}
