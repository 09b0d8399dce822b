using EktpDomain.Calendar;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Calendar;

/// <summary>
/// Calendars built in the test, not the cached built-in one: every answer comes from their own day arithmetic and
/// holiday look-up.
/// </summary>
public partial class WorkingCalendarTests
{
    [Fact]
    public void FreshWeekdayCalendar_WorkingDaysFollowTheIsoWeekdayAcrossMonthsLeapDaysAndYears()
    {
        // A calendar built here (not the cached built-in one): Monday–Friday, no holidays, covering 2011–2013 and
        // allowing other years, so every answer comes from its own day arithmetic. A day is a working day exactly
        // when NodaTime says it is Monday to Friday, across month ends, 29 February 2012 and year ends.
        var calendar = WorkingCalendar.CreateBuilder().CoverYears(2011, 2013).AllowUncoveredYears().Build();
        LocalDate[] starts = [new(2011, 12, 1), new(1999, 12, 15), new(2100, 2, 1), new(1600, 2, 1)];

        foreach (var start in starts)
        {
            for (var d = start; d < start.PlusMonths(16); d = d.PlusDays(1))
            {
                calendar.IsWorkingDay(d).Should().Be(d.DayOfWeek <= IsoDayOfWeek.Friday, d.ToString());
            }
        }

        // 2012 starts on a Sunday and has 366 days: 52 weeks and a Sunday and Monday, so 261 working days.
        calendar.CountWorkingDays(new DateInterval(new LocalDate(2012, 1, 1), new LocalDate(2012, 12, 31))).Should().Be(261);

        // Monday 27 February to Friday 2 March 2012, across the leap day.
        calendar.CountWorkingDays(new DateInterval(new LocalDate(2012, 2, 27), new LocalDate(2012, 3, 2))).Should().Be(5);
        calendar.AddWorkingDays(new LocalDate(2012, 2, 28), 2).Should().Be(new LocalDate(2012, 3, 1));
        calendar.AddWorkingDays(new LocalDate(2012, 12, 28), 1).Should().Be(new LocalDate(2012, 12, 31));
        calendar.AddWorkingDays(new LocalDate(2012, 12, 31), 1).Should().Be(new LocalDate(2013, 1, 1));
    }

    [Fact]
    public void GetHolidays_ThreeHolidaysOnOneDay_ReturnsAllThree()
    {
        // Holidays may share a day: the lookup must start at the first of them, wherever the search lands.
        var day = new LocalDate(2012, 8, 20);
        var calendar = WorkingCalendar.CreateBuilder().CoverYears(2012, 2012)
            .AddHoliday(new Holiday(day, "Idul Fitri", HolidayKind.NationalHoliday))
            .AddHoliday(new Holiday(day, "Cuti bersama Idul Fitri", HolidayKind.CollectiveLeave))
            .AddHoliday(new Holiday(day, "Hari raya", HolidayKind.Regional))
            .Build();

        calendar.GetHolidays(new DateInterval(day, day)).Should().HaveCount(3);
        calendar.GetHolidays(new DateInterval(day.PlusDays(-1), day.PlusDays(1))).Should().HaveCount(3);
        calendar.TryGetHoliday(day, out _).Should().BeTrue();
        calendar.IsWorkingDay(day).Should().BeFalse();
    }
}
