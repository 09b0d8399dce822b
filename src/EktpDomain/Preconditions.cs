using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;

namespace EktpDomain;

/// <summary>
/// The library's argument checks, one per kind of check and one message each, in the spirit of NodaTime's
/// <c>Preconditions</c>. Each names what was wrong, the value and the rule, and never shows 12 or more digits in a
/// row (R11): the BCL's <c>ThrowIfNegative</c> appends the actual value, which could be a NIK typed into a count.
/// </summary>
internal static class Preconditions
{
    /// <summary>
    /// The sentence for a region code that should be a kecamatan's, such as
    /// <c>'36.03' is a Regency code, but an assignment needs a kecamatan code PP.KK.CC, such as 36.03.27.</c>
    /// </summary>
    /// <param name="code">The code given.</param>
    /// <param name="what">What needs the kecamatan, with its article, such as "an assignment".</param>
    public static string NotKecamatanMessage(RegionCode code, string what) =>
        $"'{code}' is a {code.Level} code, but {what} needs a kecamatan code PP.KK.CC, such as 36.03.27.";

    /// <summary>Throws <see cref="ArgumentException"/> with <see cref="NotKecamatanMessage"/> unless <paramref name="code"/> is a kecamatan's.</summary>
    public static void CheckKecamatan(RegionCode code, string what, string paramName)
    {
        if (code.Level != RegionLevel.Kecamatan)
        {
            throw new ArgumentException(NotKecamatanMessage(code, what), paramName);
        }
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> unless <paramref name="date"/> is in the ISO calendar, such as
    /// <c>The birth date 1990-01-01 is in the Julian calendar, but the library takes ISO dates only: convert it with WithCalendar(CalendarSystem.Iso).</c>
    /// </summary>
    /// <param name="date">The date given.</param>
    /// <param name="what">What the date is, such as "date", "birth date" or "window's first day".</param>
    /// <param name="paramName">The parameter.</param>
    public static void CheckIso(LocalDate date, string what, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw NotIso($"The {what} {date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}", date.Calendar, paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="month"/> is in the ISO calendar, with the message of <see cref="CheckIso(LocalDate, string, string)"/>.</summary>
    public static void CheckIso(YearMonth month, string what, string paramName)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            throw NotIso($"The {what} {month.ToString("uuuu-MM", CultureInfo.InvariantCulture)}", month.Calendar, paramName);
        }
    }

    private static ArgumentException NotIso(string subject, CalendarSystem calendar, string paramName) =>
        new($"{subject} is in the {calendar.Id} calendar, but the library takes ISO dates only: convert it with WithCalendar(CalendarSystem.Iso).", paramName);

    public static void NotNegative(long value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                PersonalData.Redact(string.Create(CultureInfo.InvariantCulture, $"{paramName} must be 0 or more, but it is {value}.")));
        }
    }

    /// <summary>
    /// Checks an option or a numeric argument against its least valid value. The message names the option, its unit and
    /// the value given, such as "AttainmentOptions.Throughput must be at least 1 recording per device-day, not -100.",
    /// and the parameter is the argument or property itself, never an init accessor's <c>value</c>.
    /// </summary>
    /// <param name="value">The value given.</param>
    /// <param name="minimum">The least valid value.</param>
    /// <param name="paramName">The parameter, or for an option the property, such as <c>Throughput</c>.</param>
    /// <param name="name">The option as the message names it, such as <c>AttainmentOptions.Throughput</c> or <c>trailingWorkingDays</c>.</param>
    /// <param name="unit">The unit after <paramref name="minimum"/>, such as "working day"; empty for none.</param>
    public static void AtLeast(long value, long minimum, string paramName, string name, string unit)
    {
        if (value < minimum)
        {
            string units = unit.Length == 0 ? string.Empty : " " + unit;
            throw new ArgumentOutOfRangeException(
                paramName,
                PersonalData.Redact(string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {minimum}{units}, not {value}.")));
        }
    }
}
