using System;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests;

public class KecamatanTests
{
    [Fact]
    public void Constructor_KecamatanCodeAndName_KeepsThem()
    {
        var kecamatan = new Kecamatan(new RegionCode(36, 3, 27), "Sukamulya");

        kecamatan.Code.Should().Be(RegionCode.Parse("36.03.27"));
        kecamatan.Name.Should().Be("Sukamulya");
    }

    [Fact]
    public void Constructor_NameWithSurroundingSpace_IsTrimmed()
    {
        new Kecamatan(new RegionCode(36, 3, 30), "  Sepatan Timur ").Name.Should().Be("Sepatan Timur");
    }

    [Fact]
    public void ToString_GivesCodeThenName()
    {
        new Kecamatan(new RegionCode(36, 3, 27), "Sukamulya").ToString().Should().Be("36.03.27 Sukamulya");
    }

    [Theory]
    [InlineData("0", "Nation")]
    [InlineData("36", "Province")]
    [InlineData("36.03", "Regency")]
    [InlineData("36.03.27.2001", "Village")]
    public void Constructor_CodeNotAtKecamatanLevel_ThrowsArgumentException(string code, string level)
    {
        var act = () => new Kecamatan(RegionCode.Parse(code), "Sukamulya");

        act.Should().Throw<ArgumentException>()
            .WithParameterName("code")
            .WithMessage($"'{code}' is a {level} code, but a kecamatan needs a kecamatan code PP.KK.CC, such as 36.03.27.*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Constructor_BlankName_ThrowsArgumentException(string name)
    {
        var act = () => new Kecamatan(new RegionCode(36, 3, 27), name);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("name")
            .WithMessage("The name of kecamatan 36.03.27 cannot be empty or white space.*");
    }

    [Fact]
    public void Constructor_NullName_ThrowsArgumentNullException()
    {
        var act = () => new Kecamatan(new RegionCode(36, 3, 27), null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void Equality_ComparesCodeAndName()
    {
        var sukamulya = new Kecamatan(new RegionCode(36, 3, 27), "Sukamulya");
        var same = new Kecamatan(new RegionCode(36, 3, 27), "Sukamulya");
        var otherCode = new Kecamatan(new RegionCode(36, 3, 28), "Sukamulya");
        var otherName = new Kecamatan(new RegionCode(36, 3, 27), "Sukamulia");
        var otherCase = new Kecamatan(new RegionCode(36, 3, 27), "SUKAMULYA");

        ValueContract.AssertEquality(sukamulya, same, otherCode, (a, b) => a == b, (a, b) => a != b);
        ValueContract.AssertEquality(sukamulya, same, otherName, (a, b) => a == b, (a, b) => a != b);
        ValueContract.AssertEquality(sukamulya, same, otherCase, (a, b) => a == b, (a, b) => a != b);
    }

    [Fact]
    public void EqualityOperators_WithNull_TreatNullAsOnlyEqualToNull()
    {
        var sukamulya = new Kecamatan(new RegionCode(36, 3, 27), "Sukamulya");
        Kecamatan? none = null;

        (sukamulya == none).Should().BeFalse();
        (none == sukamulya).Should().BeFalse();
        (none == null).Should().BeTrue();
        (sukamulya != none).Should().BeTrue();
        sukamulya.Equals(none).Should().BeFalse();
    }

    [Fact]
    public void ConversionToRegionCode_GivesTheCode()
    {
        var sukamulya = new Kecamatan(new RegionCode(36, 3, 27), "Sukamulya");

        RegionCode code = sukamulya;

        code.Should().Be(sukamulya.Code);
        Kecamatan.ToRegionCode(sukamulya).Should().Be(new RegionCode(36, 3, 27));
        new RegionCode(36, 3).Contains(sukamulya).Should().BeTrue();
    }

    [Fact]
    public void ConversionToRegionCode_Null_Throws()
    {
        Kecamatan? none = null;

        var convert = () => { RegionCode code = none!; return code; };

        convert.Should().Throw<ArgumentNullException>().WithParameterName("kecamatan");
    }
}
