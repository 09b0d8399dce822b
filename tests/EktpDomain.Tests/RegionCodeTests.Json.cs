using System.Collections.Generic;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests;

public partial class RegionCodeTests
{
    /// <summary>A user's own type holding codes, as an app would store or send it.</summary>
    public sealed record Office(string Name, RegionCode Code, RegionCode? Parent, IReadOnlyList<RegionCode> Serves);

    [Theory]
    [InlineData("0")]
    [InlineData("36")]
    [InlineData("36.03")]
    [InlineData("36.03.01")]
    [InlineData("36.03.01.2003")]
    public void SystemTextJson_WritesTheDottedCode_AndReadsItBack(string text)
    {
        var code = RegionCode.Parse(text);

        string json = JsonSerializer.Serialize(code);

        json.Should().Be($"\"{text}\"");
        JsonSerializer.Deserialize<RegionCode>(json).Should().Be(code);
    }

    [Fact]
    public void SystemTextJson_RoundTripsAUsersRecord()
    {
        var office = new Office(
            "Kecamatan Balaraja",
            RegionCode.Parse("36.03.01"),
            RegionCode.Parse("36.03"),
            [RegionCode.Parse("36.03.01.2003"), RegionCode.Parse("36.03.01.1001")]);

        string json = JsonSerializer.Serialize(office);

        json.Should().Be(
            "{\"Name\":\"Kecamatan Balaraja\",\"Code\":\"36.03.01\",\"Parent\":\"36.03\",\"Serves\":[\"36.03.01.2003\",\"36.03.01.1001\"]}");
        var back = JsonSerializer.Deserialize<Office>(json)!;
        back.Code.Should().Be(office.Code);
        back.Parent.Should().Be(office.Parent);
        back.Serves.Should().Equal(office.Serves);
    }

    [Fact]
    public void SystemTextJson_ReadsTheUndottedFormAndCodesAsDictionaryKeys()
    {
        JsonSerializer.Deserialize<RegionCode>("\"360301\"").Should().Be(new RegionCode(36, 3, 1));

        var counts = new Dictionary<RegionCode, long> { [new RegionCode(36, 3, 27)] = 41_000 };
        string json = JsonSerializer.Serialize(counts);
        json.Should().Be("{\"36.03.27\":41000}");
        JsonSerializer.Deserialize<Dictionary<RegionCode, long>>(json).Should().Equal(counts);
    }

    [Theory]
    [InlineData("\"36.3\"", "*36.3*")]
    [InlineData("36", "*string*")]
    [InlineData("null", "*null*")]
    public void SystemTextJson_BadCode_FailsNamingTheValue(string json, string message)
    {
        var act = () => JsonSerializer.Deserialize<RegionCode>(json);

        act.Should().Throw<JsonException>().WithMessage(message);
    }

    [Fact]
    public void KindsOfCodesWithoutThatPart_AreNull_NotAnException_SoSerializersCanReadThem()
    {
        new RegionCode(36, 3, 30).VillageKind.Should().BeNull();
        new RegionCode(36).RegencyKind.Should().BeNull();
        RegionCode.Nation.VillageKind.Should().BeNull();
    }
}
