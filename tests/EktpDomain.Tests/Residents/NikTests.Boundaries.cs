using System;
using EktpDomain.Residents;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Residents;

/// <summary>
/// NIK at its boundaries: the internal digits factory's guards, masking at its length boundaries, formatting into an
/// exact-size buffer, constructor year limits and the stored identity of the smallest NIK.
/// </summary>
public partial class NikTests
{
    private const string Expected = "A NIK is exactly 16 ASCII digits: PPKKCC (issuing kecamatan), DDMMYY (birth date, day + 40 for women), SSSS (serial from 0001).";

    [Fact]
    public void CompareTo_OtherType_ThrowsNamingBothTypes()
    {
        IComparable nik = Nik.Parse("3603305508850002", AsOf);

        var act = () => nik.CompareTo(3603305508850002L);

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("obj")
            .WithMessage("Object must be of type Nik, not Int64. (Parameter 'obj')");
    }

    [Fact]
    public void TryFromDigits_Zero_IsNotANikButInRange()
    {
        NikParser.TryFromDigits(0, AsOf, NikParseMode.Strict, out var result).Should().BeFalse("province 00 is not a kecamatan code");
        result.Should().Be(default(Nik));
        NikParser.TryFromDigits(0, AsOf, NikParseMode.Lenient, out _).Should().BeFalse();
    }

    [Fact]
    public void TryFromDigits_LargestNumber_IsInRange()
    {
        // 99.99.99, day part 99 (not a day), month 99, serial 9999: only the date part is questionable.
        NikParser.TryFromDigits(9_999_999_999_999_999, AsOf, NikParseMode.Strict, out _).Should().BeFalse();
        NikParser.TryFromDigits(9_999_999_999_999_999, AsOf, NikParseMode.Lenient, out var nik).Should().BeTrue();
        nik.RevealDigits().Should().Be("9999999999999999");
        nik.GetBirthDate().Should().BeNull();
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(10_000_000_000_000_000L)]
    [InlineData(long.MaxValue)]
    public void TryFromDigits_OutOfRange_ThrowsWithoutShowingTheValue(long digits)
    {
        var act = () => NikParser.TryFromDigits(digits, AsOf, NikParseMode.Strict, out _);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("digits")
            .WithMessage("A NIK as a number must be between 0 and 10^16 − 1. (Parameter 'digits')");
    }

    [Fact]
    public void TryFromDigits_ReferenceDateOutOfRange_Throws()
    {
        var early = () => NikParser.TryFromDigits(3603305508850002L, new LocalDate(1899, 12, 31), NikParseMode.Strict, out _);
        var julian = () => NikParser.TryFromDigits(3603305508850002L, new LocalDate(2012, 4, 30, CalendarSystem.Julian), NikParseMode.Strict, out _);

        early.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("referenceDate")
            .WithMessage("The reference date for reading a NIK must be in the years 1900 to 9999: the century of the birth date is resolved against it. (default(LocalDate) is 1 January 0001, which usually means the date was never set.)*");
        julian.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("referenceDate")
            .WithMessage("The reference date 2012-04-30 is in the Julian calendar, but the library takes ISO dates only: convert it with WithCalendar(CalendarSystem.Iso). (Parameter 'referenceDate')");
    }

    [Fact]
    public void TryFromDigits_UndefinedMode_Throws()
    {
        var act = () => NikParser.TryFromDigits(3603305508850002L, AsOf, (NikParseMode)7, out _);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("mode")
            .WithMessage("The NIK parse mode must be Strict or Lenient.*");
    }

    [Theory]
    [InlineData("3603270101", "'360327****' is not a NIK: it has 10 characters, not 16.")]
    [InlineData("36032701011", "'360327*1011' is not a NIK: it has 11 characters, not 16.")]
    [InlineData("360327555555555555555555550001", "'360327********************0001' is not a NIK: it has 30 characters, not 16.")]
    [InlineData("3603275555555555555555555550001", "'360327********************…0001' is not a NIK: it has 31 characters, not 16.")]
    [InlineData("360327", "'360327' is not a NIK: it has 6 characters, not 16.")]
    [InlineData("3", "'3' is not a NIK: it has 1 characters, not 16.")]
    public void Parse_WrongLength_MasksAtTheHeadAndTailBoundaries(string text, string reason)
    {
        var act = () => Nik.Parse(text, AsOf);

        act.Should().ThrowExactly<FormatException>().WithMessage(reason + " " + Expected);
    }

    [Theory]
    [InlineData("360327010112000\u00A0", "'360327******000\u00A0' is not a NIK: character 16 is U+00A0, but only the ASCII digits 0-9 are allowed.")]
    [InlineData("3603270101120\u007F01", "'360327******0\\u007F01' is not a NIK: character 14 is U+007F, but only the ASCII digits 0-9 are allowed.")]
    [InlineData("x603270101120001", "'x60327******0001' is not a NIK: character 1 is 'x' (U+0078), but only the ASCII digits 0-9 are allowed.")]
    public void Parse_NonDigit_DescribesTheCharacter(string text, string reason)
    {
        var act = () => Nik.Parse(text, AsOf);

        var message = act.Should().ThrowExactly<FormatException>().Which.Message;
        message.Should().Be(reason + " " + Expected);
    }

    [Fact]
    public void TryFormat_BufferOfExactlySixteen_Fits()
    {
        var nik = Nik.Parse("3603305508850002", AsOf);
        Span<char> buffer = stackalloc char[16];

        nik.TryFormat(buffer, out int written, "", null).Should().BeTrue();
        written.Should().Be(16);
        new string(buffer).Should().Be("360330******0002");
    }

    [Fact]
    public void Constructor_LastAndFirstAllowedBirthYears_AreAccepted()
    {
        var last = new Nik(new RegionCode(99, 99, 99), new LocalDate(9999, 12, 31), Sex.Female, 9999);
        var first = new Nik(new RegionCode(1, 1, 1), new LocalDate(1800, 1, 1), Sex.Male, 1);

        last.RevealDigits().Should().Be("9999997112999999");
        last.GetBirthDate().Should().Be(new LocalDate(9999, 12, 31));
        first.RevealDigits().Should().Be("0101010101000001");
        first.GetBirthDate().Should().Be(new LocalDate(1800, 1, 1));
        first.Should().Be(default(Nik), "the digits are those of the default; the century is not identity");
    }

    [Fact]
    public void SmallestNik_IsStoredLikeTheDefault_SoBulkCountsSeeOnePerson()
    {
        // The distinct counter reads the stored identity bits directly: the parsed and constructed smallest NIK must store the
        // same identity as default(Nik), whose bits are all zero.
        var parsed = Nik.Parse("0101010101000001", AsOf);
        var constructed = new Nik(new RegionCode(1, 1, 1), new LocalDate(2000, 1, 1), Sex.Male, 1);

        Nik.CountDistinct([default, parsed, constructed]).Should().Be(1);
        NikDistinctCounter.CountDistinct([default, parsed, constructed], workers: 2, partitionBits: 1, vectorized: false).Should().Be(1);
    }

    [Fact]
    public void Digits_AboveAndBelowTheDefault_RoundTrip()
    {
        // Just below the default digits the stored offset wraps around 10^16; just above it does not.
        var higherSerial = Nik.Parse("0101010101009999", AsOf.PlusYears(-100), NikParseMode.Lenient);
        var justBelow = Nik.Parse("0101010100000001", AsOf, NikParseMode.Lenient);
        var justAbove = Nik.Parse("0101010101000002", AsOf);

        higherSerial.RevealDigits().Should().Be("0101010101009999");
        justBelow.RevealDigits().Should().Be("0101010100000001");
        justBelow.Kecamatan.Should().Be(new RegionCode(1, 1, 1));
        justBelow.Serial.Should().Be(1);
        justAbove.RevealDigits().Should().Be("0101010101000002");
        justAbove.Serial.Should().Be(2);
        Nik.CountDistinct([justBelow, justAbove, default, higherSerial]).Should().Be(4);
    }
}
