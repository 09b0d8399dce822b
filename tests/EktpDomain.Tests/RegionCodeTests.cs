using System;
using System.Globalization;
using EktpDomain.Tests.Support;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace EktpDomain.Tests;

public partial class RegionCodeTests
{
    [Theory]
    [InlineData("36", RegionLevel.Province, 36, 0, 0, 0)]
    [InlineData("36.03", RegionLevel.Regency, 36, 3, 0, 0)]
    [InlineData("36.03.30", RegionLevel.Kecamatan, 36, 3, 30, 0)]
    [InlineData("36.03.01.1001", RegionLevel.Village, 36, 3, 1, 1001)]
    [InlineData("3603", RegionLevel.Regency, 36, 3, 0, 0)]
    [InlineData("360330", RegionLevel.Kecamatan, 36, 3, 30, 0)]
    [InlineData("3603012003", RegionLevel.Village, 36, 3, 1, 2003)]
    [InlineData("0", RegionLevel.Nation, 0, 0, 0, 0)]
    public void Parse_ValidText_GivesPartsAndLevel(string text, RegionLevel level, int pp, int kk, int cc, int dddd)
    {
        var code = RegionCode.Parse(text);

        code.Level.Should().Be(level);
        code.ProvincePart.Should().Be(pp);
        code.RegencyPart.Should().Be(kk);
        code.KecamatanPart.Should().Be(cc);
        code.VillagePart.Should().Be(dddd);
    }

    [Theory]
    [InlineData("36.03.30", "360330")]
    [InlineData("36.03.01.1001", "3603011001")]
    [InlineData("36", "36")]
    [InlineData("0", "0")]
    public void ToString_DottedAndNikForms(string dotted, string undotted)
    {
        var code = RegionCode.Parse(dotted);

        code.ToString().Should().Be(dotted);
        code.ToString("G", CultureInfo.InvariantCulture).Should().Be(dotted);
        code.ToString("D", null).Should().Be(dotted);
        code.ToString("N", null).Should().Be(undotted);
        $"{code:N}".Should().Be(undotted);
        RegionCode.Parse(undotted).Should().Be(code);
    }

    [Theory]
    [InlineData("", "cannot be empty")]
    [InlineData("36.03.001", "the kecamatan part '001' must have exactly 2 digits")]
    [InlineData("36.3", "the regency part '3' must have exactly 2 digits")]
    [InlineData("36.03.30.201", "the village part '201' must have exactly 4 digits")]
    [InlineData("36.03.30.0001", "a village part starts with 1 (kelurahan), 2 (desa) or 3 (desa adat), not 0")]
    [InlineData("36.00", "the regency part cannot be 00")]
    [InlineData("00", "the province part cannot be 00")]
    [InlineData("36.1.2.3.4", "more than four parts")]
    [InlineData("36..03", "the regency part '' must have exactly 2 digits")]
    [InlineData("36.03.", "the kecamatan part '' must have exactly 2 digits")]
    [InlineData("3603300", "an undotted code has 2, 4, 6 or 10 digits, not 7")]
    [InlineData("36.0a", "the regency part '0a' contains 'a'")]
    [InlineData("３６.03", "the province part '３６' contains '３'")]
    [InlineData("36.03.30 ", "the kecamatan part '30 ' must have exactly 2 digits")]
    [InlineData("36.0 ", "the regency part '0 ' contains 'U+0020'")]
    [InlineData("36.0\03", "must have exactly 2 digits")]
    [InlineData("36.03.30.2001.01.01", "it has 19 characters, more than the 13")]
    [InlineData("3603302", "not 7")]
    public void Parse_InvalidText_ThrowsFormatExceptionNamingValueAndRule(string text, string reason)
    {
        var act = () => RegionCode.Parse(text);

        var error = act.Should().Throw<FormatException>().Which;
        error.Message.Should().Contain(reason);
        error.Message.Should().Contain("Expected PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD");
        error.Message.Should().NotContain("\0", "control characters are escaped in messages");
        RegionCode.TryParse(text, out var result).Should().BeFalse();
        result.Should().Be(RegionCode.Nation);
        RegionCode.TryParse(text.AsSpan(), out _, out var message).Should().BeFalse();
        message.Should().Be(error.Message);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        var act = () => RegionCode.Parse((string)null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
        RegionCode.TryParse((string?)null, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_ControlCharacter_IsEscapedInMessage()
    {
        var act = () => RegionCode.Parse("36.0\u0001");
        act.Should().Throw<FormatException>().WithMessage("*\\u0001*");
    }

    [Fact]
    public void Default_IsTheNation()
    {
        RegionCode code = default;

        code.Should().Be(RegionCode.Nation);
        code.IsNation.Should().BeTrue();
        code.Level.Should().Be(RegionLevel.Nation);
        code.ToString().Should().Be("0");
        RegionCode.Parse(code.ToString()).Should().Be(code);
    }

    [Theory]
    [InlineData("36.03.30.2001", "36.03.30")]
    [InlineData("36.03.30", "36.03")]
    [InlineData("36.03", "36")]
    [InlineData("36", "0")]
    public void Parent_RemovesTheLastPart(string child, string parent) =>
        RegionCode.Parse(child).Parent.Should().Be(RegionCode.Parse(parent));

    [Fact]
    public void Parent_OfNation_Throws()
    {
        var act = () => RegionCode.Nation.Parent;
        act.Should().Throw<InvalidOperationException>().WithMessage("The nation (region code '0') has no parent region.");
    }

    [Fact]
    public void Ancestors_OfVillage()
    {
        var village = RegionCode.Parse("36.03.27.2004");

        village.Kecamatan.Should().Be(new RegionCode(36, 3, 27));
        village.Regency.Should().Be(new RegionCode(36, 3));
        village.Province.Should().Be(new RegionCode(36));
        village.AncestorAt(RegionLevel.Nation).Should().Be(RegionCode.Nation);
        village.AncestorAt(RegionLevel.Village).Should().Be(village);
    }

    [Fact]
    public void AncestorAt_BelowOwnLevel_Throws()
    {
        var act = () => new RegionCode(36, 3).Kecamatan;
        act.Should().Throw<InvalidOperationException>().WithMessage("Region code '36.03' is a Regency code; it has no Kecamatan part.");

        var undefined = () => new RegionCode(36).AncestorAt((RegionLevel)7);
        undefined.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
    }

    [Theory]
    [InlineData("0", "36.03.30", true)]
    [InlineData("36", "36.03.30", true)]
    [InlineData("36.03", "36.03.30.2001", true)]
    [InlineData("36.03.30", "36.03.30", true)]
    [InlineData("36.03", "36.04.30", false)]
    [InlineData("36.03.30", "36.03", false)]
    [InlineData("36.03.30", "0", false)]
    public void Contains_IsTheAncestorRelation(string parent, string child, bool expected) =>
        RegionCode.Parse(parent).Contains(RegionCode.Parse(child)).Should().Be(expected);

    [Fact]
    public void Child_AddsOneLevel()
    {
        RegionCode.Nation.Child(36).Should().Be(new RegionCode(36));
        new RegionCode(36).Child(3).Should().Be(new RegionCode(36, 3));
        new RegionCode(36, 3).Child(30).Should().Be(new RegionCode(36, 3, 30));
        new RegionCode(36, 3, 30).Child(2001).Should().Be(new RegionCode(36, 3, 30, 2001));

        var act = () => new RegionCode(36, 3, 30, 2001).Child(1);
        act.Should().Throw<InvalidOperationException>().WithMessage("*village code; villages have no child regions*");
    }

    [Theory]
    [InlineData("36.03", RegencyKind.Kabupaten)]
    [InlineData("36.70.01", RegencyKind.Kabupaten)]
    [InlineData("36.71", RegencyKind.Kota)]
    [InlineData("31.74.01.1001", RegencyKind.Kota)]
    public void RegencyKind_CityFrom71(string text, RegencyKind kind)
    {
        var code = RegionCode.Parse(text);
        code.RegencyKind.Should().Be(kind);
        code.IsInCity.Should().Be(kind == RegencyKind.Kota);
    }

    [Fact]
    public void RegencyKind_AboveRegency_IsNull()
    {
        new RegionCode(36).RegencyKind.Should().BeNull();
        new RegionCode(36).IsInCity.Should().BeFalse();
    }

    [Theory]
    [InlineData("36.03.01.1001", VillageKind.Kelurahan)]
    [InlineData("36.03.01.2003", VillageKind.Desa)]
    [InlineData("91.03.01.3007", VillageKind.DesaAdat)]
    [InlineData("91.03.01.4007", VillageKind.Other)]
    [InlineData("91.03.01.9999", VillageKind.Other)]
    public void VillageKind_FromFirstDigit(string text, VillageKind kind) =>
        RegionCode.Parse(text).VillageKind.Should().Be(kind);

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(-1)]
    public void Constructor_PartOutOfRange_Throws(int part)
    {
        var province = () => new RegionCode(part);
        province.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("province")
            .WithMessage("The province part of a region code must be between 1 and 99.*");
        var regency = () => new RegionCode(36, part);
        regency.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("regency");
        var kecamatan = () => new RegionCode(36, 3, part);
        kecamatan.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kecamatan");
    }

    [Theory]
    [InlineData(999)]
    [InlineData(10000)]
    [InlineData(0)]
    public void Constructor_VillageOutOfRange_Throws(int village)
    {
        var act = () => new RegionCode(36, 3, 30, village);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("village")
            .WithMessage("The village part of a region code must be between 1000 and 9999*");
    }

    [Fact]
    public void Equality_Contract() =>
        ValueContract.AssertEquality(
            new RegionCode(36, 3, 30), RegionCode.Parse("36.03.30"), new RegionCode(36, 3, 31), (a, b) => a == b, (a, b) => a != b);

    [Fact]
    public void Ordering_Contract() =>
        ValueContract.AssertOrdering(
            new RegionCode(36, 3), RegionCode.Parse("3603"), new RegionCode(36, 3, 1), (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b);

    [Fact]
    public void Ordering_IsHierarchical()
    {
        string[] sorted = ["0", "11", "36", "36.03", "36.03.01", "36.03.01.1001", "36.03.01.2003", "36.03.02", "36.71", "91.03.01.3007"];
        ValueContract.AssertTotalOrder(Array.ConvertAll(sorted, RegionCode.Parse));
    }

    [Fact]
    public void SortKey_IsTheUndottedNumber() =>
        RegionCode.Parse("36.03.30.2001").SortKey.Should().Be(3603302001L);

    [Fact]
    public void TryFormat_TooShortBuffer_ReturnsFalse()
    {
        var code = RegionCode.Parse("36.03.30.2001");
        Span<char> small = stackalloc char[12];
        code.TryFormat(small, out int written, default, null).Should().BeFalse();
        written.Should().Be(0);
        Span<char> exact = stackalloc char[13];
        code.TryFormat(exact, out written, default, null).Should().BeTrue();
        exact[..written].ToString().Should().Be("36.03.30.2001");
        RegionCode.Nation.TryFormat(Span<char>.Empty, out _, default, null).Should().BeFalse();
    }

    [Fact]
    public void ToString_UnknownFormat_Throws()
    {
        var act = () => new RegionCode(36).ToString("X", null);
        act.Should().Throw<FormatException>().WithMessage("'X' is not a region code format*");
    }

    [Theory]
    [InlineData("id-ID")]
    [InlineData("en-US")]
    [InlineData("tr-TR")]
    public void Format_IsCultureInvariant(string culture)
    {
        var code = new RegionCode(36, 3, 30, 2001);
        code.ToString(null, CultureInfo.GetCultureInfo(culture)).Should().Be("36.03.30.2001");
        string.Format(CultureInfo.GetCultureInfo(culture), "{0}", code).Should().Be("36.03.30.2001");
    }

    [Fact]
    public void GenericParsing_UsesTheSameRules()
    {
        static T ParseWith<T>(string s) where T : IParsable<T> => T.Parse(s, null);
        static T SpanParseWith<T>(string s) where T : ISpanParsable<T> => T.Parse(s.AsSpan(), null);
        static bool TryParseWith<T>(string s, out T value) where T : IParsable<T> => T.TryParse(s, null, out value!);
        static bool TrySpanParseWith<T>(string s, out T value) where T : ISpanParsable<T> => T.TryParse(s.AsSpan(), null, out value!);

        ParseWith<RegionCode>("36.03").Should().Be(new RegionCode(36, 3));
        SpanParseWith<RegionCode>("360330").Should().Be(new RegionCode(36, 3, 30));
        TryParseWith<RegionCode>("36.3", out _).Should().BeFalse();
        TrySpanParseWith<RegionCode>("36.03", out var parsed).Should().BeTrue();
        parsed.Should().Be(new RegionCode(36, 3));
    }

    public static Arbitrary<RegionCode> Codes() => RegionCodeGenerators.Any();

    [FsCheck.Xunit.Property(Arbitrary = [typeof(RegionCodeGenerators)])]
    public bool Property_FormatThenParse_RoundTrips(RegionCode code) =>
        RegionCode.Parse(code.ToString()) == code && RegionCode.Parse(code.ToString("N", null)) == code;

    [FsCheck.Xunit.Property(Arbitrary = [typeof(RegionCodeGenerators)])]
    public bool Property_OrderingMatchesOrdinalTextOrder(RegionCode a, RegionCode b) =>
        Math.Sign(a.CompareTo(b)) == Math.Sign(string.CompareOrdinal(a.IsNation ? "" : a.ToString(), b.IsNation ? "" : b.ToString()));

    [FsCheck.Xunit.Property(Arbitrary = [typeof(RegionCodeGenerators)])]
    public bool Property_ParentContainsChild(RegionCode code) => code.IsNation || (code.Parent.Contains(code) && !code.Contains(code.Parent));
}

/// <summary>FsCheck generators for region codes at every level.</summary>
public static class RegionCodeGenerators
{
    public static Arbitrary<RegionCode> Any()
    {
        var two = Gen.Choose(1, 99);
        var village = Gen.Choose(1000, 9999);
        var gen = Gen.Choose(0, 4).SelectMany(level => level switch
        {
            0 => Gen.Constant(RegionCode.Nation),
            1 => two.Select(p => new RegionCode(p)),
            2 => two.SelectMany(p => two.Select(k => new RegionCode(p, k))),
            3 => two.SelectMany(p => two.SelectMany(k => two.Select(c => new RegionCode(p, k, c)))),
            _ => two.SelectMany(p => two.SelectMany(k => two.SelectMany(c => village.Select(d => new RegionCode(p, k, c, d))))),
        });
        return gen.ToArbitrary();
    }
}
