using System;
using System.Globalization;
using NodaTime;

namespace EktpDomain;

/// <summary>
/// The library's argument checks, one per kind of check and one message each, in the spirit of NodaTime's
/// <c>Preconditions</c>. Each names what was wrong, the value and the rule, never a NIK (R11).
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
}
