using System.IO;
using EktpDomain.Calendar;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Calendar;

/// <summary>
/// The embedded-holiday parser: dates not shaped yyyy-MM-dd, weekdays that do not match, and the kinds it keeps. The
/// parser has no public entry point; these tests call the internal <c>BuiltInHolidays.Parse</c> (the assembly grants
/// the test project internals access).
/// </summary>
public partial class BuiltInHolidaysTests
{
    [Fact]
    public void Indonesia_KeepsTheKindOfEachBuiltInHoliday()
    {
        var calendar = WorkingCalendar.Indonesia;

        calendar.TryGetHoliday(new LocalDate(2012, 4, 6), out var goodFriday).Should().BeTrue();
        goodFriday.Should().Be(new Holiday(new LocalDate(2012, 4, 6), "Wafat Yesus Kristus", HolidayKind.NationalHoliday));
        calendar.TryGetHoliday(new LocalDate(2012, 8, 21), out var leave).Should().BeTrue();
        leave.Should().Be(new Holiday(new LocalDate(2012, 8, 21), "Cuti Bersama Hari Raya Idul Fitri", HolidayKind.CollectiveLeave));
        calendar.IsWorkingDay(new LocalDate(2012, 8, 21)).Should().BeFalse("cuti bersama is not a working day");
    }

    private static DataProblem SingleProblem(string row)
    {
        var act = Parsing(Header + "\n" + row + "\n");
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
}
