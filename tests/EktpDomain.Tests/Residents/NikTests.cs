using System;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using EktpDomain.Residents;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using NodaTime.Text;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Residents;

public partial class NikTests
{
    /// <summary>Sixteen digits in a row: what no message may show of a NIK (R11).</summary>
    internal static readonly Regex SixteenDigits = new(@"\d{16}", RegexOptions.CultureInvariant);

    [Fact]
    public void Parse_Man_GivesRegionSexBirthDateAndSerial()
    {
        var nik = Nik.Parse("3603301508850001", AsOf);

        nik.Kecamatan.Should().Be(new RegionCode(36, 3, 30));
        nik.GetSex().Should().Be(Sex.Male);
        nik.GetBirthDate().Should().Be(new LocalDate(1985, 8, 15));
        nik.Serial.Should().Be(1);
    }

    [Fact]
    public void Parse_WomanWithFortyAddedToTheDay_GivesFemaleAndTheRealDay()
    {
        var nik = Nik.Parse("3603275508850123", AsOf);

        nik.Kecamatan.Should().Be(new RegionCode(36, 3, 27));
        nik.GetSex().Should().Be(Sex.Female);
        nik.GetBirthDate().Should().Be(new LocalDate(1985, 8, 15));
        nik.Serial.Should().Be(123);
    }

    [Theory]
    [InlineData("0101", Sex.Male, 1)]
    [InlineData("3101", Sex.Male, 31)]
    [InlineData("4101", Sex.Female, 1)]
    [InlineData("7101", Sex.Female, 31)]
    public void Parse_DayBoundaries_GiveSexAndDay(string ddmm, Sex sex, int day)
    {
        var nik = Nik.Parse("360327" + ddmm + "909999", AsOf);

        nik.GetSex().Should().Be(sex);
        nik.GetBirthDate().Should().Be(new LocalDate(1990, 1, day));
        nik.Serial.Should().Be(9999);
    }

    [Theory]
    [InlineData("010112", "2012-04-30", "2012-01-01")] // earlier in the reference year: same century
    [InlineData("010512", "2012-04-30", "1912-05-01")] // later in the reference year: a century earlier
    [InlineData("300412", "2012-04-30", "2012-04-30")] // on the reference date itself: not after it
    [InlineData("010512", "2012-05-01", "2012-05-01")]
    [InlineData("010113", "2012-04-30", "1913-01-01")] // a year after the reference year
    [InlineData("311299", "2012-04-30", "1999-12-31")]
    [InlineData("010100", "2012-04-30", "2000-01-01")]
    [InlineData("010100", "1999-12-31", "1900-01-01")]
    [InlineData("311211", "2111-01-01", "2011-12-31")]
    [InlineData("010100", "1900-01-01", "1900-01-01")]
    [InlineData("020100", "1900-01-01", "1800-01-02")]
    public void Parse_Century_IsTheLatestNotAfterTheReferenceDate(string ddmmyy, string reference, string expected)
    {
        var nik = Nik.Parse("360327" + ddmmyy + "0001", LocalDatePattern.Iso.Parse(reference).Value);

        nik.GetBirthDate().Should().Be(LocalDatePattern.Iso.Parse(expected).Value);
    }

    [Theory]
    [InlineData("290200", 2012, 4, 30, 2000, Sex.Male)] // 2000 is a leap year (divisible by 400)
    [InlineData("690204", 2012, 4, 30, 2004, Sex.Female)]
    [InlineData("290200", 2000, 2, 29, 2000, Sex.Male)]
    [InlineData("290200", 2099, 12, 31, 2000, Sex.Male)]
    [InlineData("290296", 2012, 4, 30, 1996, Sex.Male)]
    public void Parse_TwentyNinthOfFebruaryInALeapYear_IsValid(string ddmmyy, int refYear, int refMonth, int refDay, int year, Sex sex)
    {
        var nik = Nik.Parse("360327" + ddmmyy + "0001", new LocalDate(refYear, refMonth, refDay));

        nik.GetBirthDate().Should().Be(new LocalDate(year, 2, 29));
        nik.GetSex().Should().Be(sex);
    }

    [Theory]
    [InlineData("290201", 2012, 4, 30)] // 2001
    [InlineData("290200", 2000, 2, 28)] // resolves to 1900 (29 Feb is after 28 Feb 2000), and 1900 is not a leap year
    [InlineData("690200", 1999, 12, 31)] // a woman born "29 Feb 1900"
    [InlineData("290200", 2100, 3, 1)] // resolves to 2100, not a leap year; the century is chosen before the check
    public void Parse_TwentyNinthOfFebruaryInACommonYear_IsRejectedStrictlyAndWarnedLeniently(string ddmmyy, int refYear, int refMonth, int refDay)
    {
        string text = "360327" + ddmmyy + "0001";
        var reference = new LocalDate(refYear, refMonth, refDay);

        var act = () => Nik.Parse(text, reference);

        act.Should().Throw<FormatException>().WithMessage(
            "'360327******0001' is not a NIK: the birth date (digits 7-12, DDMMYY with 40 added to the day for women) is not a real date: "
            + "the day does not exist in that month of the resolved birth year (such as 31 April, or 29 February in a year that is not a leap year). *");
        Nik.TryParse(text, reference, NikParseMode.Lenient, out var nik, out var error, out var warning).Should().BeTrue();
        error.Should().BeNull();
        warning.Should().Contain("29 February in a year that is not a leap year");
        nik.GetBirthDate().Should().BeNull();
        nik.RevealDigits().Should().Be(text);
    }

    [Fact]
    public void Parse_StringAndSpanOverloads_Agree()
    {
        const string Text = "3603305508850002";

        Nik.Parse(Text.AsSpan(), AsOf).Should().Be(Nik.Parse(Text, AsOf));
        Nik.Parse(Text.AsSpan(), AsOf, NikParseMode.Lenient).Should().Be(Nik.Parse(Text, AsOf));
        Nik.TryParse(Text, AsOf, out var fromString).Should().BeTrue();
        Nik.TryParse(Text.AsSpan(), AsOf, out var fromSpan).Should().BeTrue();
        fromString.Should().Be(fromSpan);
        Nik.TryParse(Text, AsOf, NikParseMode.Strict, out var full, out var error, out var warning).Should().BeTrue();
        full.GetBirthDate().Should().Be(new LocalDate(1985, 8, 15));
        error.Should().BeNull();
        warning.Should().BeNull();
    }

    public static TheoryData<string, string> InvalidTexts() => new()
    {
        { "", "A NIK cannot be empty. A NIK is exactly 16 ASCII digits" },
        { "360327010112001", "'360327*****2001' is not a NIK: it has 15 characters, not 16." },
        { "36032701011200011", "'360327*******0011' is not a NIK: it has 17 characters, not 16." },
        { "3603", "'3603' is not a NIK: it has 4 characters, not 16." },
        { "36032701", "'360327**' is not a NIK: it has 8 characters, not 16." },
        { " 3603270101120001", "' 36032*******0001' is not a NIK: it has 17 characters, not 16." },
        { "36.03.27.010112.0001", "'36.03.**********0001' is not a NIK: it has 20 characters, not 16." },
        { "36032701011200013603270101120001", "'360327********************…0001' is not a NIK: it has 32 characters, not 16." },
        { "３６０３２７０１０１１２０００１", "'３６０３２７******０００１' is not a NIK: character 1 is '３' (U+FF13), but only the ASCII digits 0-9 are allowed." },
        { "360327０１０１１２0001", "'360327******0001' is not a NIK: character 7 is '０' (U+FF10), but only the ASCII digits 0-9 are allowed." },
        { "360327010112000\0", "'360327******000\\u0000' is not a NIK: character 16 is U+0000, but only the ASCII digits 0-9 are allowed." },
        { "\0603270101120001", "'\\u000060327******0001' is not a NIK: character 1 is U+0000" },
        { "3603 27010112001", "'3603 2******2001' is not a NIK: character 5 is U+0020" },
        { "36 0327010112001", "'36 032******2001' is not a NIK: character 3 is U+0020" },
        { "3603270101120001\n", "'360327*******001\\u000A' is not a NIK: it has 17 characters, not 16." },
        { "36032701011200a1", "character 15 is 'a' (U+0061)" },
        { "-360327010112001", "character 1 is '-' (U+002D)" },
        { "٣٦٠٣٢٧٠١٠١١٢٠٠٠١", "character 1 is '٣' (U+0663)" },
        { "0001010101120001", "'000101******0001' is not a NIK: digits 1-6 must be the code of the issuing kecamatan (PPKKCC), but its province part is 00." },
        { "3600270101120001", "'360027******0001' is not a NIK: digits 1-6 must be the code of the issuing kecamatan (PPKKCC), but its regency part is 00." },
        { "3603000101120001", "'360300******0001' is not a NIK: digits 1-6 must be the code of the issuing kecamatan (PPKKCC), but its kecamatan part is 00." },
        { "0000000000000000", "its province part is 00" },
        { "3603270101120000", "'360327******0000' is not a NIK: the serial (digits 13-16) must be 0001 to 9999, not 0000." },
    };

    [Theory]
    [MemberData(nameof(InvalidTexts))]
    public void Parse_InvalidText_ThrowsFormatExceptionWithMaskedText(string text, string reason)
    {
        var act = () => Nik.Parse(text, AsOf);

        var error = act.Should().Throw<FormatException>().Which;
        error.Message.Should().Contain(reason);
        error.Message.Should().EndWith(
            "A NIK is exactly 16 ASCII digits: PPKKCC (issuing kecamatan), DDMMYY (birth date, day + 40 for women), SSSS (serial from 0001).");
        error.Message.Should().NotMatchRegex(SixteenDigits.ToString(), "a message never echoes a whole NIK");
        error.Message.Should().NotContain("\0", "control characters are escaped");
        if (text.Length > 10)
        {
            error.Message.Should().NotContain(text[..7], "at most the first 6 characters of the text are shown");
        }

        Nik.TryParse(text, AsOf, out var result).Should().BeFalse();
        result.Should().Be(default(Nik));
        Nik.TryParse(text.AsSpan(), AsOf, out _).Should().BeFalse();
        Nik.TryParse(text.AsSpan(), AsOf, NikParseMode.Strict, out _, out var strictError, out var strictWarning).Should().BeFalse();
        strictError.Should().Be(error.Message);
        strictWarning.Should().BeNull();

        // Region, serial and format problems are errors in lenient mode too.
        var lenient = () => Nik.Parse(text, AsOf, NikParseMode.Lenient);
        lenient.Should().Throw<FormatException>().WithMessage(error.Message);
        Nik.TryParse(text.AsSpan(), AsOf, NikParseMode.Lenient, out _, out var lenientError, out var lenientWarning).Should().BeFalse();
        lenientError.Should().Be(error.Message);
        lenientWarning.Should().BeNull();
    }

    private const string DayRule = "the day (digits 7-8) must be 01-31 for a man or 41-71 (the day plus 40) for a woman";
    private const string MonthRule = "the month (digits 9-10) must be 01-12";
    private const string DayInMonthRule = "the day does not exist in that month of the resolved birth year (such as 31 April, or 29 February in a year that is not a leap year)";

    [Theory]
    [InlineData("3603270001120001", DayRule, Sex.Male)]
    [InlineData("3603273201120001", DayRule, Sex.Male)]
    [InlineData("3603273501120001", DayRule, Sex.Male)]
    [InlineData("3603274001120001", DayRule, Sex.Male)] // 40 is "day 0" for a woman; the sex rule (> 40) still reads male
    [InlineData("3603277201120001", DayRule, Sex.Female)]
    [InlineData("3603279901120001", DayRule, Sex.Female)]
    [InlineData("3603270100120001", MonthRule, Sex.Male)]
    [InlineData("3603270113120001", MonthRule, Sex.Male)]
    [InlineData("3603274199120001", MonthRule, Sex.Female)]
    [InlineData("3603273104110001", DayInMonthRule, Sex.Male)]
    [InlineData("3603273002110001", DayInMonthRule, Sex.Male)]
    [InlineData("3603277104110001", DayInMonthRule, Sex.Female)]
    public void Parse_QuestionableDate_IsAnErrorStrictlyAndAWarningLeniently(string text, string rule, Sex sex)
    {
        var strict = () => Nik.Parse(text, AsOf);

        strict.Should().Throw<FormatException>().WithMessage(
            $"'{text[..6]}******{text[12..]}' is not a NIK: the birth date (digits 7-12, DDMMYY with 40 added to the day for women) is not a real date: {rule}. "
            + "A NIK never changes when a birth date is corrected: parse with NikParseMode.Lenient to accept it with a warning. "
            + "A NIK is exactly 16 ASCII digits: PPKKCC (issuing kecamatan), DDMMYY (birth date, day + 40 for women), SSSS (serial from 0001).");
        Nik.TryParse(text, AsOf, out _).Should().BeFalse();

        Nik.TryParse(text.AsSpan(), AsOf, NikParseMode.Lenient, out var nik, out var error, out var warning).Should().BeTrue();
        error.Should().BeNull();
        warning.Should().Be(
            $"NIK '{text[..6]}******{text[12..]}': the birth date (digits 7-12, DDMMYY with 40 added to the day for women) is not a real date: {rule}. "
            + "The NIK is accepted because a NIK never changes when a birth date is corrected, but it has no birth date.");
        warning.Should().NotMatchRegex(SixteenDigits.ToString());
        warning.Should().NotContain(text.Substring(6, 6), "the date digits are never shown next to the masked NIK");
        nik.GetBirthDate().Should().BeNull();
        nik.GetSex().Should().Be(sex);
        nik.Kecamatan.Should().Be(new RegionCode(36, 3, 27));
        nik.Serial.Should().Be(1);
        nik.RevealDigits().Should().Be(text, "a NIK never changes, so lenient parsing keeps every digit");
        nik.ToString().Should().Be($"{text[..6]}******{text[12..]}");
        Nik.Parse(text, AsOf, NikParseMode.Lenient).Should().Be(nik);
    }

    [Fact]
    public void Parse_LenientWithARealDate_HasNoWarning()
    {
        Nik.TryParse("3603305508850002", AsOf, NikParseMode.Lenient, out var nik, out var error, out var warning).Should().BeTrue();

        error.Should().BeNull();
        warning.Should().BeNull();
        nik.GetBirthDate().Should().Be(new LocalDate(1985, 8, 15));
    }

    [Fact]
    public void Parse_NullText_ThrowsArgumentNullException()
    {
        var act = () => Nik.Parse((string)null!, AsOf);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
        Nik.TryParse((string?)null, AsOf, out var result).Should().BeFalse();
        result.Should().Be(default(Nik));
    }

    [Theory]
    [InlineData(1, 1, 1)] // default(LocalDate)
    [InlineData(1899, 12, 31)]
    public void Parse_ReferenceDateBefore1900_ThrowsArgumentOutOfRange(int year, int month, int day)
    {
        var reference = new LocalDate(year, month, day);

        Action[] calls =
        [
            () => Nik.Parse("3603270101120001", reference),
            () => Nik.TryParse("3603270101120001", reference, out _),
            () => Nik.TryParse((string?)null, reference, out _),
            () => Nik.TryParse("3603270101120001", reference, NikParseMode.Lenient, out _, out _, out _),
        ];

        foreach (var act in calls)
        {
            act.Should().Throw<ArgumentOutOfRangeException>()
                .WithParameterName("referenceDate")
                .WithMessage("The reference date for reading a NIK must be in the years 1900 to 9999: the century of the birth date is resolved against it.*default(LocalDate) is 1 January 0001*");
        }
    }

    [Fact]
    public void Parse_ReferenceDateInAnotherCalendar_ThrowsArgumentException()
    {
        var julian = new LocalDate(2012, 4, 30, CalendarSystem.Julian);

        var act = () => Nik.Parse("3603270101120001", julian);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("referenceDate")
            .WithMessage("The reference date 2012-04-30 is in the Julian calendar, but the library takes ISO dates only*");
    }

    [Fact]
    public void Parse_UndefinedMode_ThrowsArgumentOutOfRange()
    {
        var act = () => Nik.Parse("3603270101120001", AsOf, (NikParseMode)2);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("mode")
            .WithMessage("The NIK parse mode must be Strict or Lenient.*");
    }

    [Fact]
    public void ToString_IsMaskedEverywhere()
    {
        var nik = Nik.Parse("3603305508850002", AsOf);

        nik.ToString().Should().Be("360330******0002");
        $"{nik}".Should().Be("360330******0002");
        $"{nik:G}".Should().Be("360330******0002");
        string.Format(CultureInfo.GetCultureInfo("id-ID"), "{0}", nik).Should().Be("360330******0002");
        nik.ToString("G", CultureInfo.GetCultureInfo("en-US")).Should().Be("360330******0002");
        nik.ToString(null, null).Should().Be("360330******0002");
        nik.ToString("", CultureInfo.InvariantCulture).Should().Be("360330******0002");
        ((Nik?)nik).ToString().Should().Be("360330******0002");
        ((object)nik).ToString().Should().Be("360330******0002");
    }

    [Theory]
    [InlineData("D")]
    [InlineData("N")]
    [InlineData("R")]
    [InlineData("g")]
    public void ToString_OtherFormats_AreRefusedPointingToRevealDigits(string format)
    {
        var nik = Nik.Parse("3603305508850002", AsOf);

        var act = () => nik.ToString(format, CultureInfo.InvariantCulture);

        act.Should().Throw<FormatException>().WithMessage(
            $"'{format}' is not a NIK format. The only format is \"G\", the masked form such as 360327******0001: a NIK is personal data, so its full digits come only from Nik.RevealDigits().");
    }

    [Fact]
    public void DebuggerDisplay_UsesTheMaskedToString()
    {
        var attribute = typeof(Nik).GetCustomAttribute<DebuggerDisplayAttribute>();

        attribute.Should().NotBeNull();
        attribute!.Value.Should().Be("{ToString(),nq}");
    }

    [Fact]
    public void TryFormat_WritesTheMaskedForm()
    {
        var nik = Nik.Parse("3603305508850002", AsOf);
        Span<char> buffer = stackalloc char[20];

        nik.TryFormat(buffer, out int written, "G", null).Should().BeTrue();
        new string(buffer[..written]).Should().Be("360330******0002");
        nik.TryFormat(buffer[..15], out written, default, null).Should().BeFalse();
        written.Should().Be(0);
    }

    [Fact]
    public void RevealDigits_IsTheOnlyWayToTheFullNumber()
    {
        var nik = Nik.Parse("3603305508850002", AsOf);

        nik.RevealDigits().Should().Be("3603305508850002");
        nik.Digits.Should().Be(3603305508850002L);

        var publicMembersReturningString = Array.FindAll(
            typeof(Nik).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly),
            m => m.ReturnType == typeof(string) && m.Name != nameof(ToString));
        Array.ConvertAll(publicMembersReturningString, m => m.Name).Should().Equal(nameof(Nik.RevealDigits));
        typeof(Nik).GetProperty("Digits", BindingFlags.Public | BindingFlags.Instance).Should().BeNull("the raw number is internal");
    }

    [Fact]
    public void Default_IsTheSmallestNikWithARealDate()
    {
        var nik = default(Nik);

        nik.RevealDigits().Should().Be("0101010101000001");
        nik.Kecamatan.Should().Be(new RegionCode(1, 1, 1));
        nik.GetSex().Should().Be(Sex.Male);
        nik.GetBirthDate().Should().Be(new LocalDate(1900, 1, 1));
        nik.Serial.Should().Be(1);
        nik.ToString().Should().Be("010101******0001");
        Nik.Parse("0101010101000001", new LocalDate(1950, 6, 1)).Should().Be(nik);
        new Nik(new RegionCode(1, 1, 1), new LocalDate(1900, 1, 1), Sex.Male, 1).Should().Be(nik);
    }

    [Fact]
    public void Default_IsAtOrBelowEveryNikWithARealDate()
    {
        Nik.Parse("0101010101000001", AsOf).CompareTo(default).Should().Be(0);
        (Nik.Parse("0101010101000002", AsOf) > default(Nik)).Should().BeTrue();
        (Nik.Parse("0101010102000001", AsOf) > default(Nik)).Should().BeTrue();
    }

    [Fact]
    public void Lenient_CanGoBelowTheDefault()
    {
        var low = Nik.Parse("0101010000000001", AsOf, NikParseMode.Lenient);

        low.RevealDigits().Should().Be("0101010000000001");
        (low < default(Nik)).Should().BeTrue();
        low.GetBirthDate().Should().BeNull();
    }

    [Fact]
    public void Size_IsEightBytes() => Unsafe.SizeOf<Nik>().Should().Be(8);

    [Fact]
    public void Largest_RoundTrips()
    {
        var nik = Nik.Parse("9999997112999999", new LocalDate(9999, 12, 31));

        nik.RevealDigits().Should().Be("9999997112999999");
        nik.GetBirthDate().Should().Be(new LocalDate(9999, 12, 31));
        nik.GetSex().Should().Be(Sex.Female);
        nik.Kecamatan.Should().Be(new RegionCode(99, 99, 99));
        nik.Serial.Should().Be(9999);
    }

    [Fact]
    public void Equality_Contract() =>
        ValueContract.AssertEquality(
            Nik.Parse("3603305508850002", AsOf),
            new Nik(new RegionCode(36, 3, 30), new LocalDate(1985, 8, 15), Sex.Female, 2),
            Nik.Parse("3603305508850003", AsOf),
            (a, b) => a == b,
            (a, b) => a != b);

    [Fact]
    public void Equality_IgnoresTheResolvedCentury()
    {
        var in2012 = Nik.Parse("3603270101100001", AsOf);
        var in1999 = Nik.Parse("3603270101100001", new LocalDate(1999, 1, 1));

        in2012.GetBirthDate().Should().Be(new LocalDate(2010, 1, 1));
        in1999.GetBirthDate().Should().Be(new LocalDate(1910, 1, 1));
        ValueContract.AssertEquality(in2012, in1999, default, (a, b) => a == b, (a, b) => a != b);
        in2012.CompareTo(in1999).Should().Be(0);
    }

    [Fact]
    public void Equality_IgnoresWhetherTheDateWasReal()
    {
        // 29 Feb 2000 on 30 April 2012, but 29 Feb 1900 (no such day) on 1 January 2000.
        var real = Nik.Parse("3603272902000001", AsOf);
        var questionable = Nik.Parse("3603272902000001", new LocalDate(2000, 1, 1), NikParseMode.Lenient);

        real.GetBirthDate().Should().NotBeNull();
        questionable.GetBirthDate().Should().BeNull();
        real.Should().Be(questionable);
        real.GetHashCode().Should().Be(questionable.GetHashCode());
    }

    [Fact]
    public void Ordering_Contract() =>
        ValueContract.AssertOrdering(
            Nik.Parse("3603270101120001", AsOf),
            Nik.Parse("3603270101120001", new LocalDate(1950, 1, 1)),
            Nik.Parse("3603270101120002", AsOf),
            (a, b) => a < b,
            (a, b) => a <= b,
            (a, b) => a > b,
            (a, b) => a >= b);

    [Fact]
    public void Ordering_IsByTheDigitsSoByIssuingKecamatanFirst()
    {
        string[] sorted =
        [
            "0101010101000001",
            "1101014101500001",
            "3603270101120001",
            "3603270101120002",
            "3603270201120001",
            "3603274101120001",
            "3603300101110001",
            "3671010101800001",
            "9999997112999999",
        ];

        ValueContract.AssertTotalOrder(Array.ConvertAll(sorted, s => Nik.Parse(s, AsOf)));
    }

    [Fact]
    public void Constructor_BuildsTheDigits()
    {
        var woman = new Nik(new RegionCode(36, 3, 27), new LocalDate(2012, 1, 1), Sex.Female, 1);
        var man = new Nik(new RegionCode(36, 3, 30), new LocalDate(1912, 5, 1), Sex.Male, 9999);

        woman.RevealDigits().Should().Be("3603274101120001");
        woman.GetBirthDate().Should().Be(new LocalDate(2012, 1, 1));
        man.RevealDigits().Should().Be("3603300105129999");
        man.GetBirthDate().Should().Be(new LocalDate(1912, 5, 1), "the constructor keeps the century it was given");
    }

    [Fact]
    public void Constructor_RegionNotAKecamatan_ThrowsArgumentException()
    {
        var act = () => new Nik(new RegionCode(36, 3), new LocalDate(2000, 1, 1), Sex.Male, 1);
        var village = () => new Nik(new RegionCode(36, 3, 30, 2001), new LocalDate(2000, 1, 1), Sex.Male, 1);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("kecamatan")
            .WithMessage("'36.03' is a Regency code, but the issuing region of a NIK needs a kecamatan code PP.KK.CC, such as 36.03.27.*");
        village.Should().Throw<ArgumentException>()
            .WithMessage("'36.03.30.2001' is a Village code, but the issuing region of a NIK needs a kecamatan code*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_000)]
    [InlineData(-1)]
    public void Constructor_SerialOutOfRange_Throws(int serial)
    {
        var act = () => new Nik(new RegionCode(36, 3, 30), new LocalDate(2000, 1, 1), Sex.Male, serial);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("serial")
            .WithMessage("The serial of a NIK (digits 13-16) must be between 1 and 9999.*");
    }

    [Fact]
    public void Constructor_BirthDateOutOfRange_Throws()
    {
        var act = () => new Nik(new RegionCode(36, 3, 30), new LocalDate(1799, 12, 31), Sex.Male, 1);
        var julian = () => new Nik(new RegionCode(36, 3, 30), new LocalDate(2000, 1, 1, CalendarSystem.Julian), Sex.Male, 1);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("birthDate")
            .WithMessage("The birth date of a NIK must be in the years 1800 to 9999.*");
        julian.Should().Throw<ArgumentException>()
            .WithParameterName("birthDate")
            .WithMessage("The birth date * is in the Julian calendar, but the library takes ISO dates only*");
    }

    [Fact]
    public void Constructor_UndefinedSex_Throws()
    {
        var act = () => new Nik(new RegionCode(36, 3, 30), new LocalDate(2000, 1, 1), (Sex)2, 1);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("sex")
            .WithMessage("The sex must be Male or Female.*");
    }

    [Fact]
    public void TryFromDigits_ValidatesLikeParsing()
    {
        NikParser.TryFromDigits(3603305508850002L, AsOf, NikParseMode.Strict, out var nik).Should().BeTrue();
        nik.Should().Be(Nik.Parse("3603305508850002", AsOf));
        NikParser.TryFromDigits(3603303508850002L, AsOf, NikParseMode.Strict, out _).Should().BeFalse();
        NikParser.TryFromDigits(3603303508850002L, AsOf, NikParseMode.Lenient, out var lenient).Should().BeTrue();
        lenient.GetBirthDate().Should().BeNull();
        NikParser.TryFromDigits(101010101000001L, AsOf, NikParseMode.Strict, out var smallest).Should().BeTrue();
        smallest.Should().Be(default(Nik));

        var negative = () => NikParser.TryFromDigits(-1, AsOf, NikParseMode.Strict, out _);
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("digits");
        var tooLong = () => NikParser.TryFromDigits(10_000_000_000_000_000, AsOf, NikParseMode.Strict, out _);
        tooLong.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("digits");
    }
}
