using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Calendar;

/// <summary>Culture-independent text for dates in calendar messages.</summary>
internal static class CalendarText
{
    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static void EnsureIso(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                $"The date {date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} is in the {date.Calendar.Id} calendar; the working calendar uses ISO dates only. Convert it with WithCalendar(CalendarSystem.Iso).",
                paramName);
        }
    }
}
