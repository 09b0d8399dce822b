using System;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests;

/// <summary>Parsing region codes: the exact message of each malformed form, and the parts of each valid one.</summary>
public partial class RegionCodeTests
{
    private const string Expected =
        "Expected PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD (Kemendagri), the undotted NIK form such as PPKKCC, or 0 for the nation.";

    [Theory]
    [InlineData("1.2.3.4.5", "'1.2.3.4.5' is not a region code: it has more than four parts. " + Expected)]
    [InlineData("36.3", "'36.3' is not a region code: the regency part '3' must have exactly 2 digits. " + Expected)]
    [InlineData("36.03.06.0001", "'36.03.06.0001' is not a region code: a village part starts with 1 (kelurahan), 2 (desa) or 3 (desa adat), not 0. " + Expected)]
    [InlineData("36030", "'36030' is not a region code: an undotted code has 2, 4, 6 or 10 digits, not 5. " + Expected)]
    [InlineData("3600", "'3600' is not a region code: the regency part cannot be 00. " + Expected)]
    public void Parse_Invalid_ThrowsFormatExceptionWithExactMessage(string text, string message)
    {
        var act = () => RegionCode.Parse(text);

        act.Should().ThrowExactly<FormatException>().Which.Message.Should().Be(message);
    }

    [Theory]
    [InlineData("36.03.06.2001", 36, 3, 6, 2001)]
    [InlineData("36.03.06", 36, 3, 6, 0)]
    [InlineData("360306", 36, 3, 6, 0)]
    [InlineData("3603", 36, 3, 0, 0)]
    public void Parse_Valid_GivesTheParts(string text, int province, int regency, int kecamatan, int village)
    {
        var code = RegionCode.Parse(text);

        code.ProvincePart.Should().Be(province);
        code.RegencyPart.Should().Be(regency);
        code.KecamatanPart.Should().Be(kecamatan);
        code.VillagePart.Should().Be(village);
    }
}
