using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace EktpDomain.Residents;

/// <summary>
/// A NIK (Nomor Induk Kependudukan), Indonesia's 16-digit national identity number: <c>PPKKCC DDMMYY SSSS</c>.
/// A NIK is personal data: this type never shows it in full except through <see cref="RevealDigits"/> (R11).
/// </summary>
/// <remarks>
/// <para>
/// The 16 ASCII digits have no check digit. Digits 1–6 are the code of the kecamatan where the NIK was first issued
/// (<c>PPKKCC</c>; it need not be where the person lives now, and it need not exist in any catalogue, but every part
/// must be non-zero, as for <see cref="RegionCode"/>). Digits 7–12 are the birth date as <c>DDMMYY</c>, with 40 added
/// to the day for women. Digits 13–16 are a serial number from 0001.
/// </para>
/// <para>
/// <b>Century.</b> <c>YY</c> does not say the century, so parsing takes a reference date (for example the recording
/// date, or today from an <see cref="IClock"/>) and chooses the latest birth year ending in <c>YY</c> for which the
/// birth date is not after the reference date. On 30 April 2012, <c>010112</c> is 1 January 2012 but <c>010512</c>
/// is 1 May 1912. The century is resolved by comparing month and day first, and the date is checked afterwards, so
/// <c>290200</c> read on 1 January 2000 resolves to 1900, which has no 29 February.
/// </para>
/// <para>
/// <b>Questionable dates.</b> A NIK never changes, even when the birth date it was issued with is later corrected.
/// <see cref="NikParseMode.Lenient"/> therefore accepts a date part that is not a real date, with a warning; such a
/// NIK has a <see cref="GetBirthDate"/> of <c>null</c>. The region and the serial are always checked strictly.
/// </para>
/// <para>
/// <b>Equality and ordering</b> compare the 16 digits only, which is the identity of the person. The resolved century
/// is an interpretation that depends on the reference date, so it is not part of identity: the same digits parsed
/// against reference dates a century apart are equal NIKs whose <see cref="GetBirthDate"/> differ. NIKs sort in the
/// numeric order of their digits, which groups them by issuing kecamatan.
/// </para>
/// <para>
/// <b>Default.</b> <c>default(Nik)</c> is <c>0101010101000001</c>: issued in kecamatan 01.01.01, male, born on
/// 1 January 1900, serial 0001. It is the smallest NIK whose birth date part is a real date.
/// </para>
/// <para>
/// <b>Serialization.</b> The public properties are only the parts the masked form shows (<see cref="Kecamatan"/> and
/// <see cref="Serial"/>); the birth date and the sex, which give the hidden digits, are methods. System.Text.Json
/// writes a NIK as its masked string (<see cref="NikJsonConverter"/>, applied to the type), and refuses to read one:
/// store and exchange the digits from <see cref="RevealDigits"/> where the full number is required, and parse them
/// back with a reference date.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(NikJsonConverter))]
public readonly struct Nik :
    IEquatable<Nik>,
    IComparable<Nik>,
    IComparable,
    ISpanFormattable
{
    /// <summary>The number of digits in a NIK.</summary>
    internal const int Length = 16;

    /// <summary>The earliest year a reference date may have; see <see cref="NikParser.CheckReferenceDate"/>.</summary>
    internal const int MinReferenceYear = 1900;

    /// <summary>The latest year a reference date may have.</summary>
    internal const int MaxReferenceYear = 9999;

    /// <summary>The earliest birth year a NIK can hold: a century before <see cref="MinReferenceYear"/>.</summary>
    internal const int MinBirthYear = MinReferenceYear - 100;

    internal const long DigitsModulus = 10_000_000_000_000_000;
    internal const long RegionFactor = 10_000_000_000;
    internal const long SerialFactor = 10_000;
    internal const int FemaleDayOffset = 40;
    internal const int MaxSerial = 9999;

    // 0101010101000001: kecamatan 01.01.01, 01-01-(19)00, serial 0001.
    private const long DefaultDigits = (10_101 * RegionFactor) + (10_100 * SerialFactor) + 1;
    internal const int DefaultCentury = 19;

    // The value is one long (8 bytes): the digits, offset so that zero is the documented default, the resolved
    // century, and a flag for a date part that is not a real date. Layout:
    //   bits 0-53   (digits - DefaultDigits) mod 10^16  (10^16 < 2^54)
    //   bits 54-60  (century - 19) mod 100, where the birth year is century * 100 + YY
    //   bit 61      set when the date part is not a real date (lenient parsing only)
    private const int CenturyShift = 54;
    private const long DigitsMask = (1L << CenturyShift) - 1;

    /// <summary>
    /// The bits of the stored value that identify the person: two NIKs are equal exactly when their stored values
    /// agree on these bits (the rest hold the resolved century and a flag, which are not identity). Values under this
    /// mask are below 10^16, so below 2^54. For fast paths that read NIKs in bulk as <see cref="long"/>s.
    /// </summary>
    internal const long IdentityMask = DigitsMask;
    private const long CenturyMask = 0x7F;
    private const long NoBirthDateFlag = 1L << 61;

    private readonly long bits;

    /// <summary>
    /// Creates the NIK of a person born on <paramref name="birthDate"/>, first issued in <paramref name="kecamatan"/>,
    /// with the given serial. For a woman, 40 is added to the day.
    /// </summary>
    /// <param name="kecamatan">The issuing kecamatan; must be a <see cref="RegionLevel.Kecamatan"/> code.</param>
    /// <param name="birthDate">The birth date, in the ISO calendar, in the years 1800 to 9999.</param>
    /// <param name="sex">The sex, which decides whether 40 is added to the day.</param>
    /// <param name="serial">The serial number, 1 to 9999.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="kecamatan"/> is not a kecamatan code, or <paramref name="birthDate"/> is not in the ISO calendar.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="birthDate"/>, <paramref name="sex"/> or <paramref name="serial"/> is out of range.
    /// </exception>
    public Nik(RegionCode kecamatan, LocalDate birthDate, Sex sex, int serial)
    {
        Preconditions.CheckKecamatan(kecamatan, "the issuing region of a NIK", nameof(kecamatan));
        Preconditions.CheckIso(birthDate, "birth date", nameof(birthDate));

        if (birthDate.Year is < MinBirthYear or > MaxReferenceYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(birthDate),
                birthDate,
                $"The birth date of a NIK must be in the years {MinBirthYear} to {MaxReferenceYear}.");
        }

        if (sex is not (Sex.Male or Sex.Female))
        {
            throw new ArgumentOutOfRangeException(nameof(sex), sex, "The sex must be Male or Female.");
        }

        if (serial is < 1 or > MaxSerial)
        {
            throw new ArgumentOutOfRangeException(
                nameof(serial),
                serial,
                $"The serial of a NIK (digits 13-16) must be between 1 and {MaxSerial}.");
        }

        int day = birthDate.Day + (sex == Sex.Female ? FemaleDayOffset : 0);
        long datePart = (((day * 100L) + birthDate.Month) * 100) + (birthDate.Year % 100);
        long digits = (kecamatan.SortKey / 10_000 * RegionFactor) + (datePart * SerialFactor) + serial;
        bits = Pack(digits, birthDate.Year / 100, hasBirthDate: true);
    }

    private Nik(long bits) => this.bits = bits;

    /// <summary>
    /// The 16 digits as one number, for fast paths inside the library (counting distinct NIKs, hashing). Not public:
    /// outside the library the digits come only from <see cref="RevealDigits"/> (R11).
    /// </summary>
    internal long Digits
    {
        get
        {
            long digits = (bits & DigitsMask) + DefaultDigits;
            return digits >= DigitsModulus ? digits - DigitsModulus : digits;
        }
    }

    /// <summary>The kecamatan where the NIK was first issued (digits 1–6). It need not be where the person lives now.</summary>
    public RegionCode Kecamatan
    {
        get
        {
            int region = (int)(Digits / RegionFactor);
            return new RegionCode(region / 10_000, region / 100 % 100, region % 100);
        }
    }

    /// <summary>
    /// Returns the sex: <see cref="Sex.Female"/> exactly when the day part (digits 7–8) is above 40. For a day part
    /// that is not a real day (00 or 32–40, accepted only by <see cref="NikParseMode.Lenient"/>) the same rule gives
    /// <see cref="Sex.Male"/>, and for 72–99 it gives <see cref="Sex.Female"/>; treat it with care when
    /// <see cref="GetBirthDate"/> is <c>null</c>.
    /// </summary>
    /// <remarks>
    /// A method, not a property: with the birth date it gives the hidden digits 7–12, so it must be asked for, and
    /// serializers and structured loggers, which read properties, never see it (R11).
    /// </remarks>
    /// <returns>The sex encoded in the day part.</returns>
    [Pure]
    public Sex GetSex() => DayPart > FemaleDayOffset ? Sex.Female : Sex.Male;

    /// <summary>
    /// Returns the birth date, with 40 removed from the day for women and the century resolved against the reference
    /// date used when parsing; or <c>null</c> when the date part is not a real date (only with
    /// <see cref="NikParseMode.Lenient"/>).
    /// </summary>
    /// <remarks>
    /// A method, not a property: it gives the hidden digits 7–12, so it must be asked for, and serializers and
    /// structured loggers, which read properties, never see it (R11).
    /// </remarks>
    /// <returns>The birth date, or <c>null</c>.</returns>
    [Pure]
    public LocalDate? GetBirthDate()
    {
        if ((bits & NoBirthDateFlag) != 0)
        {
            return null;
        }

        long digits = Digits;
        int day = DayOf(digits);
        int month = (int)(digits / 1_000_000 % 100);
        int year = (Century * 100) + (int)(digits / SerialFactor % 100);
        return new LocalDate(year, month, day > FemaleDayOffset ? day - FemaleDayOffset : day);
    }

    /// <summary>The serial number (digits 13–16), 1 to 9999.</summary>
    public int Serial => (int)(Digits % SerialFactor);

    private int DayPart => DayOf(Digits);

    private int Century => (int)((((bits >> CenturyShift) & CenturyMask) + DefaultCentury) % 100);

    /// <summary>
    /// Returns all 16 digits of the NIK, such as <c>3603274101120001</c>. This is the only public member that does:
    /// a NIK is personal data (UU 27/2022, R11), so <see cref="ToString()"/>, the debugger display and every message
    /// show it masked. The name makes each use stand out in code review; call it only where the full number is
    /// required, such as a submission to the national data centre, never for logs or reports.
    /// </summary>
    /// <returns>The 16 ASCII digits.</returns>
    [Pure]
    public string RevealDigits() => Digits.ToString("D16", CultureInfo.InvariantCulture);

    /// <summary>
    /// The number of distinct NIKs in <paramref name="niks"/>: for example, how many residents a list of recording
    /// events covers when some residents were recorded more than once (re-recordings). Exact, not an estimate.
    /// </summary>
    /// <remarks>
    /// <para>
    /// NIKs are equal when their 16 digits are (see <see cref="Nik"/>); the century they were read with does not
    /// matter. The count is exact for any input; no probabilistic sketch is used. From 65,536 NIKs on it runs on every core.
    /// </para>
    /// </remarks>
    /// <param name="niks">The NIKs, in any order, with or without repeats.</param>
    /// <returns>The number of distinct NIKs; 0 for an empty span.</returns>
    [Pure]
    public static long CountDistinct(ReadOnlySpan<Nik> niks) => NikDistinctCounter.CountDistinct(niks);

    /// <inheritdoc />
    [Pure]
    public bool Equals(Nik other) => Digits == other.Digits;

    /// <inheritdoc />
    [Pure]
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Nik other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => Digits.GetHashCode();

    /// <inheritdoc />
    [Pure]
    public int CompareTo(Nik other) => Digits.CompareTo(other.Digits);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Nik other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Nik)}, not {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether two NIKs have the same 16 digits.</summary>
    [Pure]
    public static bool operator ==(Nik left, Nik right) => left.Equals(right);

    /// <summary>Whether two NIKs have different digits.</summary>
    [Pure]
    public static bool operator !=(Nik left, Nik right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator <(Nik left, Nik right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator <=(Nik left, Nik right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator >(Nik left, Nik right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator >=(Nik left, Nik right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Formats the NIK masked, as <c>360327******0001</c>: the issuing kecamatan, six stars for the birth date, and
    /// the serial (R11). Use <see cref="RevealDigits"/> for the full digits.
    /// </summary>
    [Pure]
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the NIK masked; see <see cref="ToString()"/>.</summary>
    /// <param name="format">
    /// <c>null</c>, <c>""</c> or <c>"G"</c>: the masked form <c>360327******0001</c>. There is deliberately no format
    /// for the full digits (R11).
    /// </param>
    /// <param name="formatProvider">Ignored: the masked form is culture-invariant.</param>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[Length];
        if (!TryFormat(buffer, out int written, format, formatProvider))
        {
            throw new UnreachableException("The buffer is long enough for a masked NIK.");
        }

        return new string(buffer[..written]);
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)" />
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">The format, as for <see cref="ToString(string?, IFormatProvider?)"/>.</param>
    /// <param name="provider">Ignored: the masked form is culture-invariant.</param>
    /// <returns>Whether the destination was long enough.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (format is not ("" or "G"))
        {
            throw new FormatException(
                $"'{format}' is not a NIK format. The only format is \"G\", the masked form such as 360327******0001: a NIK is personal data, so its full digits come only from Nik.RevealDigits().");
        }

        if (destination.Length < Length)
        {
            charsWritten = 0;
            return false;
        }

        WriteMasked(Digits, destination);
        charsWritten = Length;
        return true;
    }

    /// <summary>
    /// Parses a NIK of exactly 16 ASCII digits with <see cref="NikParseMode.Strict"/> checking, resolving the century
    /// of the birth date against <paramref name="referenceDate"/>: the birth year is the latest year ending in
    /// <c>YY</c> for which the birth date is not after the reference date.
    /// </summary>
    /// <param name="text">The 16 digits, with no spaces or separators.</param>
    /// <param name="referenceDate">
    /// The date the NIK is read on, such as the recording date; in the ISO calendar, in the years 1900 to 9999.
    /// </param>
    /// <returns>The NIK.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="referenceDate"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="referenceDate"/> is outside 1900 to 9999.</exception>
    /// <exception cref="FormatException">The text is not a NIK; the message says why and shows the text masked.</exception>
    [Pure]
    public static Nik Parse(string text, LocalDate referenceDate) => Parse(text, referenceDate, NikParseMode.Strict);

    /// <summary>Parses a NIK; see <see cref="Parse(string, LocalDate)"/>.</summary>
    /// <param name="text">The 16 digits, with no spaces or separators.</param>
    /// <param name="referenceDate">The date the NIK is read on; see <see cref="Parse(string, LocalDate)"/>.</param>
    /// <param name="mode">
    /// How to treat a birth date part that is not a real date. With <see cref="NikParseMode.Lenient"/> such a NIK is
    /// returned with a <see cref="GetBirthDate"/> of <c>null</c>; use
    /// <see cref="TryParse(ReadOnlySpan{char}, LocalDate, NikParseMode, out Nik, out string?, out string?)"/> to get
    /// the warning text.
    /// </param>
    /// <returns>The NIK.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="referenceDate"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="referenceDate"/> is outside 1900 to 9999, or <paramref name="mode"/> is not defined.
    /// </exception>
    /// <exception cref="FormatException">The text is not a NIK; the message says why and shows the text masked.</exception>
    [Pure]
    public static Nik Parse(string text, LocalDate referenceDate, NikParseMode mode)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan(), referenceDate, mode);
    }

    /// <inheritdoc cref="Parse(string, LocalDate)" />
    [Pure]
    public static Nik Parse(ReadOnlySpan<char> text, LocalDate referenceDate) => Parse(text, referenceDate, NikParseMode.Strict);

    /// <inheritdoc cref="Parse(string, LocalDate, NikParseMode)" />
    [Pure]
    public static Nik Parse(ReadOnlySpan<char> text, LocalDate referenceDate, NikParseMode mode) =>
        TryParse(text, referenceDate, mode, out Nik result, out string? error, out _) ? result : throw new FormatException(error);

    /// <summary>Parses a NIK strictly; see <see cref="Parse(string, LocalDate)"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="referenceDate">The date the NIK is read on; see <see cref="Parse(string, LocalDate)"/>.</param>
    /// <param name="result">The NIK, or <c>default</c> when parsing fails.</param>
    /// <returns>Whether the text was a valid NIK.</returns>
    /// <exception cref="ArgumentException"><paramref name="referenceDate"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="referenceDate"/> is outside 1900 to 9999.</exception>
    [Pure]
    public static bool TryParse([NotNullWhen(true)] string? text, LocalDate referenceDate, out Nik result)
    {
        if (text is null)
        {
            NikParser.CheckReferenceDate(referenceDate);
            result = default;
            return false;
        }

        return TryParse(text.AsSpan(), referenceDate, out result);
    }

    /// <inheritdoc cref="TryParse(string?, LocalDate, out Nik)" />
    [Pure]
    public static bool TryParse(ReadOnlySpan<char> text, LocalDate referenceDate, out Nik result) =>
        NikParser.TryParse(text, referenceDate, NikParseMode.Strict, out result, out _, out _, withMessages: false);

    /// <summary>
    /// Parses a NIK, giving the reason on failure and, in <see cref="NikParseMode.Lenient"/> mode, a warning when the
    /// birth date part is not a real date. Useful for collecting every problem in a file instead of stopping at the
    /// first. Every message shows the NIK masked (R11).
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="referenceDate">The date the NIK is read on; see <see cref="Parse(string, LocalDate)"/>.</param>
    /// <param name="mode">How to treat a birth date part that is not a real date.</param>
    /// <param name="result">The NIK, or <c>default</c> when parsing fails.</param>
    /// <param name="error">Why the text is not a NIK, in the words of the <see cref="FormatException"/> of
    /// <see cref="Parse(string, LocalDate, NikParseMode)"/>; or null on success.</param>
    /// <param name="warning">
    /// On success in <see cref="NikParseMode.Lenient"/> mode, why the birth date part is questionable (the NIK then
    /// has a <see cref="GetBirthDate"/> of <c>null</c>); otherwise null.
    /// </param>
    /// <returns>Whether the text was a valid NIK in the given mode.</returns>
    /// <exception cref="ArgumentException"><paramref name="referenceDate"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="referenceDate"/> is outside 1900 to 9999, or <paramref name="mode"/> is not defined.
    /// </exception>
    [Pure]
    public static bool TryParse(
        ReadOnlySpan<char> text,
        LocalDate referenceDate,
        NikParseMode mode,
        out Nik result,
        [NotNullWhen(false)] out string? error,
        out string? warning) =>
        NikParser.TryParse(text, referenceDate, mode, out result, out error, out warning, withMessages: true);

    /// <summary>A NIK from its 16 digits and the century of its birth year (or none when the date part is not a real date).</summary>
    internal static Nik FromParts(long digits, int century, bool hasBirthDate) => new(Pack(digits, century, hasBirthDate));

    /// <summary>The day part (digits 7–8) of the 16 digits: the birth day, plus 40 for women.</summary>
    internal static int DayOf(long digits) => (int)(digits / 100_000_000 % 100);

    /// <summary>Writes the masked form <c>PPKKCC******SSSS</c> of the 16 digits.</summary>
    internal static void WriteMasked(long digits, Span<char> destination)
    {
        long value = digits;
        for (int i = Length - 1; i >= 0; i--)
        {
            destination[i] = i is >= 6 and < 12 ? '*' : (char)('0' + (int)(value % 10));
            value /= 10;
        }
    }

    private static long Pack(long digits, int century, bool hasBirthDate)
    {
        long offset = digits - DefaultDigits;
        if (offset < 0)
        {
            offset += DigitsModulus;
        }

        long centuryField = (century - DefaultCentury + 100) % 100;
        return offset | (centuryField << CenturyShift) | (hasBirthDate ? 0 : NoBirthDateFlag);
    }
}
