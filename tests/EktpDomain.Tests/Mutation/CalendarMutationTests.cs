using System;
using System.IO;
using EktpDomain.Calendar;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Mutation;

/// <summary>Tests that kill surviving mutants in src/EktpDomain/Calendar (Stryker run of 2026-11-29).</summary>
/// <remarks>
/// The embedded-holiday parser has no public entry point; like Calendar/BuiltInHolidaysTests, these tests call the
/// internal <c>BuiltInHolidays.Parse</c> (the assembly grants the test project internals access).
/// </remarks>
public class CalendarMutationTests
{
    private const string Header = "date,weekday,kind,name_id";

    private static DataProblem SingleProblem(string row)
    {
        var act = () => BuiltInHolidays.Parse(new StringReader(Header + "\n" + row + "\n"), "holidays.csv", 2005, 2026);
        var error = act.Should().Throw<DataValidationException>().Which;
        return error.Problems.Should().ContainSingle().Which;
    }

    [Theory]
    [InlineData("2012-04x06")] // right length, first separator right, second wrong
    [InlineData("2012x04-06")] // right length, second separator right, first wrong
    [InlineData("2012-04-1")] // both separators right, too short
    [InlineData("2012-04-")] // both separators right, too short
    [InlineData("2012")] // too short to index the separators
    [InlineData("2012-04-066")] // too long
    [InlineData("2012-0a-06")] // a letter where a digit belongs
    public void BuiltInHolidaysParse_DateNotShapedYyyyMmDd_IsReportedAsNotAnIsoDate(string date)
    {
        var problem = SingleProblem(date + ",Fri,libur_nasional,X");

        problem.ToString().Should().Be($"holidays.csv:2: The date '{date}' is not an ISO date yyyy-MM-dd in ASCII digits.");
    }

    [Theory]
    [InlineData("2012-04-09", "Mon")]
    [InlineData("2012-04-10", "Tue")]
    [InlineData("2012-04-11", "Wed")]
    [InlineData("2012-04-12", "Thu")]
    [InlineData("2012-04-14", "Sat")]
    [InlineData("2012-04-15", "Sun")]
    public void BuiltInHolidaysParse_WrongWeekday_NamesTheDatesEnglishWeekday(string date, string weekday)
    {
        var problem = SingleProblem(date + ",Fri,libur_nasional,X");

        problem.ToString().Should().Be($"holidays.csv:2: The weekday 'Fri' does not match {date}, which is a {weekday}.");
    }

    [Theory]
    [InlineData(9, "Mon")]
    [InlineData(10, "Tue")]
    public void BuiltInHolidaysParse_RightWeekdayOnMondayAndTuesday_IsAccepted(int day, string weekday)
    {
        var holidays = BuiltInHolidays.Parse(new StringReader($"{Header}\n2012-04-{day:D2},{weekday},libur_nasional,X\n"), "holidays.csv", 2005, 2026);

        holidays.Should().ContainSingle().Which.Date.Should().Be(new LocalDate(2012, 4, day));
    }

    [Fact]
    public void HolidayCompareToObject_OtherType_ThrowsArgumentExceptionNamingBothTypes()
    {
        IComparable holiday = new Holiday(new LocalDate(2012, 4, 6), "Wafat Yesus Kristus", HolidayKind.NationalHoliday);

        var act = () => holiday.CompareTo("2012-04-06");

        act.Should().Throw<ArgumentException>()
            .WithMessage("Object must be of type Holiday, not String.*")
            .Which.ParamName.Should().Be("obj");
    }

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
