using System;
using System.Text;
using NodaTime;

namespace EktpDomain.Residents;

/// <summary>
/// Reads a <see cref="Nik"/> from text or from its 16 digits as a number: the checks of the format, the century
/// of the birth date, and the messages that say what is wrong, which always show the NIK masked (R11).
/// </summary>
internal static class NikParser
{
    private const int MaxMaleDay = 31;
    private const int MaxFemaleDay = MaxMaleDay + Nik.FemaleDayOffset;
    private const string Expected = "A NIK is exactly 16 ASCII digits: PPKKCC (issuing kecamatan), DDMMYY (birth date, day + 40 for women), SSSS (serial from 0001).";

    /// <summary>
    /// Validates a NIK given as its 16 digits in one number, as parsing does after reading the text. For fast paths
    /// inside the library; <paramref name="digits"/> must be 0 to 10^16 − 1.
    /// </summary>
    public static bool TryFromDigits(long digits, LocalDate referenceDate, NikParseMode mode, out Nik result)
    {
        CheckReferenceDate(referenceDate);
        CheckMode(mode);
        if (digits is < 0 or >= Nik.DigitsModulus)
        {
            // The value itself is never shown: it may be a NIK (R11).
            throw new ArgumentOutOfRangeException(nameof(digits), "A NIK as a number must be between 0 and 10^16 − 1.");
        }
        return TryCreate(digits, referenceDate, mode, out result, out _, out _, withMessages: false);
    }

    /// <summary>
    /// Reads 16 ASCII digits as a NIK; with <paramref name="withMessages"/>, says why not (or, leniently, what is
    /// questionable), showing the NIK masked (R11).
    /// </summary>
    public static bool TryParse(
        ReadOnlySpan<char> text,
        LocalDate referenceDate,
        NikParseMode mode,
        out Nik result,
        out string? error,
        out string? warning,
        bool withMessages)
    {
        CheckReferenceDate(referenceDate);
        CheckMode(mode);
        result = default;
        warning = null;
        error = null;
        if (text.Length != Nik.Length)
        {
            if (withMessages)
            {
                error = text.IsEmpty
                    ? "A NIK cannot be empty. " + Expected
                    : $"'{MaskText(text)}' is not a NIK: it has {text.Length} characters, not {Nik.Length}. {Expected}";
            }

            return false;
        }

        long digits = 0;
        for (int i = 0; i < Nik.Length; i++)
        {
            char c = text[i];
            if (!char.IsAsciiDigit(c))
            {
                if (withMessages)
                {
                    error = $"'{MaskText(text)}' is not a NIK: character {i + 1} is {Describe(c)}, but only the ASCII digits 0-9 are allowed. {Expected}";
                }

                return false;
            }

            digits = (digits * 10) + (c - '0');
        }

        return TryCreate(digits, referenceDate, mode, out result, out error, out warning, withMessages);
    }

    private static bool TryCreate(
        long digits,
        LocalDate referenceDate,
        NikParseMode mode,
        out Nik result,
        out string? error,
        out string? warning,
        bool withMessages)
    {
        result = default;
        error = null;
        warning = null;

        int region = (int)(digits / Nik.RegionFactor);
        string? regionProblem =
            region / 10_000 == 0 ? "province"
            : region / 100 % 100 == 0 ? "regency"
            : region % 100 == 0 ? "kecamatan"
            : null;
        if (regionProblem is not null)
        {
            if (withMessages)
            {
                error = $"'{Mask(digits)}' is not a NIK: digits 1-6 must be the code of the issuing kecamatan (PPKKCC), but its {regionProblem} part is 00. {Expected}";
            }

            return false;
        }

        if (digits % Nik.SerialFactor == 0)
        {
            if (withMessages)
            {
                error = $"'{Mask(digits)}' is not a NIK: the serial (digits 13-16) must be 0001 to {Nik.MaxSerial}, not 0000. {Expected}";
            }

            return false;
        }

        string? dateProblem = ResolveBirthDate(digits, referenceDate, out int century);
        if (dateProblem is null)
        {
            result = Nik.FromParts(digits, century, hasBirthDate: true);
            return true;
        }

        if (mode == NikParseMode.Strict)
        {
            if (withMessages)
            {
                error = $"'{Mask(digits)}' is not a NIK: the birth date (digits 7-12, DDMMYY with 40 added to the day for women) is not a real date: {dateProblem}. "
                    + $"A NIK never changes when a birth date is corrected: parse with NikParseMode.Lenient to accept it with a warning. {Expected}";
            }

            return false;
        }

        result = Nik.FromParts(digits, Nik.DefaultCentury, hasBirthDate: false);
        if (withMessages)
        {
            warning = $"NIK '{Mask(digits)}': the birth date (digits 7-12, DDMMYY with 40 added to the day for women) is not a real date: {dateProblem}. "
                + "The NIK is accepted because a NIK never changes when a birth date is corrected, but it has no birth date.";
        }

        return true;
    }

    /// <summary>
    /// Resolves the century of the date part and checks that it is a real date. The messages never include the date
    /// digits, because together with the masked NIK they would reveal it in full (R11).
    /// </summary>
    private static string? ResolveBirthDate(long digits, LocalDate referenceDate, out int century)
    {
        int dayPart = Nik.DayOf(digits);
        int month = (int)(digits / 1_000_000 % 100);
        int yy = (int)(digits / Nik.SerialFactor % 100);
        int day = dayPart > Nik.FemaleDayOffset ? dayPart - Nik.FemaleDayOffset : dayPart;

        // The latest year ending in YY that is not after the reference year; a century earlier when the month and
        // day would fall after the reference date in that year. Invalid days and months compare like any other.
        int referenceYear = referenceDate.Year;
        int year = referenceYear - ((referenceYear - yy) % 100);
        if (year == referenceYear && (month * 100) + day > (referenceDate.Month * 100) + referenceDate.Day)
        {
            year -= 100;
        }

        century = year / 100;
        if (dayPart is 0 or (> MaxMaleDay and <= Nik.FemaleDayOffset) or > MaxFemaleDay)
        {
            return "the day (digits 7-8) must be 01-31 for a man or 41-71 (the day plus 40) for a woman";
        }

        if (month is < 1 or > 12)
        {
            return "the month (digits 9-10) must be 01-12";
        }

        if (day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return "the day does not exist in that month of the resolved birth year (such as 31 April, or 29 February in a year that is not a leap year)";
        }

        return null;
    }

    /// <summary>Checks the date a NIK is read on: the century of the birth date is resolved against it.</summary>
    public static void CheckReferenceDate(LocalDate referenceDate)
    {
        Preconditions.CheckIso(referenceDate, "reference date", nameof(referenceDate));

        if (referenceDate.Year is < Nik.MinReferenceYear or > Nik.MaxReferenceYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(referenceDate),
                referenceDate,
                $"The reference date for reading a NIK must be in the years {Nik.MinReferenceYear} to {Nik.MaxReferenceYear}: the century of the birth date is resolved against it. (default(LocalDate) is 1 January 0001, which usually means the date was never set.)");
        }
    }

    private static void CheckMode(NikParseMode mode)
    {
        if (mode is not (NikParseMode.Strict or NikParseMode.Lenient))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "The NIK parse mode must be Strict or Lenient.");
        }
    }

    /// <summary>The masked form <c>PPKKCC******SSSS</c> of valid-looking digits, for messages.</summary>
    private static string Mask(long digits)
    {
        Span<char> buffer = stackalloc char[Nik.Length];
        Nik.WriteMasked(digits, buffer);
        return new string(buffer);
    }

    /// <summary>
    /// Masks text that is not a NIK for an error message: at most its first 6 and last 4 characters are shown, so a
    /// message never carries a run of more than 10 characters of the input, let alone 16 digits (R11). Control
    /// characters are shown as code points so that messages stay printable.
    /// </summary>
    private static string MaskText(ReadOnlySpan<char> text)
    {
        const int Head = 6;
        const int Tail = 4;
        const int MaxStars = 20;
        var builder = new StringBuilder();
        int head = Math.Min(Head, text.Length);
        Printable.AppendEscaped(builder, text[..head]);
        int tail = text.Length > Head + Tail ? Tail : 0;
        int hidden = text.Length - head - tail;
        builder.Append('*', Math.Min(hidden, MaxStars));
        if (hidden > MaxStars)
        {
            builder.Append('…');
        }

        Printable.AppendEscaped(builder, text[(text.Length - tail)..]);
        return builder.ToString();
    }

    private static string Describe(char c) =>
        Printable.IsInvisible(c) ? Printable.CodePoint(c) : $"'{c}' ({Printable.CodePoint(c)})";
}
