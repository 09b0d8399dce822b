using NodaTime;

namespace EktpDomain.Utility;

/// <summary>
/// Converts between <see cref="LocalDate"/> and a day number (days since 0001-01-01 of the proleptic ISO calendar,
/// negative before it), for column storage and fast date arithmetic. Works over NodaTime's whole ISO range.
/// </summary>
internal static class DayNumber
{
    // Days from 0000-03-01 to 0001-01-01 in the civil-from-days algorithm below.
    private const int Epoch = 306;

    /// <summary>The day number of an ISO date.</summary>
    public static int Of(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        // Howard Hinnant's days_from_civil, with March-based years so that leap days fall at the end of a year.
        int y = date.Year - (date.Month <= 2 ? 1 : 0);
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - (era * 400);
        int mp = (date.Month + 9) % 12;
        int doy = (((153 * mp) + 2) / 5) + date.Day - 1;
        int doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146_097) + doe - Epoch;
    }

    /// <summary>The ISO date of a day number.</summary>
    public static LocalDate ToDate(int dayNumber)
    {
        int z = dayNumber + Epoch;
        int era = (z >= 0 ? z : z - 146_096) / 146_097;
        int doe = z - (era * 146_097);
        int yoe = (doe - (doe / 1460) + (doe / 36_524) - (doe / 146_096)) / 365;
        int y = yoe + (era * 400);
        int doy = doe - ((365 * yoe) + (yoe / 4) - (yoe / 100));
        int mp = ((5 * doy) + 2) / 153;
        int d = doy - (((153 * mp) + 2) / 5) + 1;
        int m = mp < 10 ? mp + 3 : mp - 9;
        return new LocalDate(y + (m <= 2 ? 1 : 0), m, d);
    }
}
