using System;
using EktpDomain.Calendar;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Mutation;

/// <summary>The built-in holidays' kinds and the exact messages of moving working days out of range.</summary>
public class CalendarCoverageTests
{
    private const string UncoveredTail =
        ", a year without holiday data in this working calendar (covered years: 2005 to 2026). A year without holiday data is not assumed to have no holidays. Add that year's holidays or declare it complete with WorkingCalendarBuilder.CoverYears, or opt in with WorkingCalendarBuilder.AllowUncoveredYears() to count only the weekly pattern there. (Parameter 'workingDays')";

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

    [Fact]
    public void AddWorkingDays_PastTheCoveredYears_ThrowsWithExactMessage()
    {
        var forward = () => WorkingCalendar.Indonesia.AddWorkingDays(new LocalDate(2026, 12, 30), 3);
        var thrown = forward.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("workingDays");
        thrown.Message.Should().Be("Moving 3 working days from 2026-12-30 reaches 2027-01-01, in 2027" + UncoveredTail);

        var backward = () => WorkingCalendar.Indonesia.AddWorkingDays(new LocalDate(2005, 1, 3), -2);
        backward.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .Which.Message.Should().Be("Moving -2 working days from 2005-01-03 reaches 2004-12-31, in 2004" + UncoveredTail);
    }

    [Fact]
    public void AddWorkingDays_PastNodaTimeRange_ThrowsWithExactMessage()
    {
        var calendar = WorkingCalendar.CreateBuilder().AllowUncoveredYears().Build();

        var forward = () => calendar.AddWorkingDays(new LocalDate(9999, 12, 30), 2);
        var thrown = forward.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("workingDays");
        thrown.Message.Should().Be("Moving 2 working days from 9999-12-30 goes after 9999-12-31, the last date NodaTime supports. (Parameter 'workingDays')");

        var backward = () => calendar.AddWorkingDays(new LocalDate(-9998, 1, 3), -3);
        backward.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .Which.Message.Should().Be("Moving -3 working days from -9998-01-03 goes before -9998-01-01, the first date NodaTime supports. (Parameter 'workingDays')");
    }
}
