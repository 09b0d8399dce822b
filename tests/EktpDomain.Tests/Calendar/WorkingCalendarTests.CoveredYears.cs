using System;
using System.Linq;
using EktpDomain.Calendar;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Calendar;

/// <summary>
/// The covered-year tables of a working calendar: year limits, gaps between covered years, intervals and moves that
/// leave the covered years or NodaTime's range, and full enumeration of working days (R2, R7).
/// </summary>
public partial class WorkingCalendarTests
{
    private const string UncoveredTail =
        ", a year without holiday data in this working calendar (covered years: 2005 to 2026). A year without holiday data is not assumed to have no holidays. Add that year's holidays or declare it complete with WorkingCalendarBuilder.CoverYears, or opt in with WorkingCalendarBuilder.AllowUncoveredYears() to count only the weekly pattern there. (Parameter 'workingDays')";

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
    public void TryAddWorkingDays_IsAddWorkingDays_OrFalseWhereThatThrowsForTheRange()
    {
        var calendar = WorkingCalendar.Indonesia.ToBuilder().AddClosure(new KecamatanClosure(new RegionCode(36, 3, 6), new LocalDate(2012, 5, 2), "banjir")).Build();
        var kresek = new RegionCode(36, 3, 6);
        var from = new LocalDate(2012, 4, 30);

        calendar.TryAddWorkingDays(from, 10, null, out var national).Should().BeTrue();
        national.Should().Be(calendar.AddWorkingDays(from, 10));
        calendar.TryAddWorkingDays(from, 10, kresek, out var own).Should().BeTrue();
        own.Should().Be(calendar.AddWorkingDays(from, 10, kresek)).And.NotBe(national, "Kresek is closed on 2 May");
        calendar.TryAddWorkingDays(from, 0, kresek, out var same).Should().BeTrue();
        same.Should().Be(from);

        calendar.TryAddWorkingDays(new LocalDate(2026, 12, 30), 3, null, out _).Should().BeFalse("2027 has no holiday data");
        calendar.TryAddWorkingDays(new LocalDate(2005, 1, 3), -2, kresek, out _).Should().BeFalse("2004 has no holiday data");
        var open = WorkingCalendar.CreateBuilder().AllowUncoveredYears().Build();
        open.TryAddWorkingDays(new LocalDate(9999, 12, 30), 2, null, out _).Should().BeFalse("NodaTime ends on 9999-12-31");
        open.TryAddWorkingDays(new LocalDate(9999, 12, 30), 1, null, out var last).Should().BeTrue();
        last.Should().Be(new LocalDate(9999, 12, 31));
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

    private const string NoHolidayDataNote =
        "A year without holiday data is not assumed to have no holidays.";

    private static DateInterval Interval(LocalDate start, LocalDate end) => new(start, end);

    [Fact]
    public void CoverYears_NodaTimesFirstAndLastYears_AreAccepted()
    {
        int min = CalendarSystem.Iso.MinYear;
        int max = CalendarSystem.Iso.MaxYear;

        WorkingCalendar.CreateBuilder().CoverYears(min, min).Build().CoveredYears.Should().Equal(min);
        WorkingCalendar.CreateBuilder().CoverYears(max, max).Build().CoveredYears.Should().Equal(max);
        WorkingCalendar.CreateBuilder().CoverYears(max - 1, max).Build().CoveredYears.Should().Equal(max - 1, max);
    }

    [Fact]
    public void CoverYears_ARange_CoversEveryYearInIt()
    {
        var calendar = WorkingCalendar.CreateBuilder().CoverYears(2030, 2032).Build();

        calendar.CoveredYears.Should().Equal(2030, 2031, 2032);
        calendar.IsCovered(2029).Should().BeFalse();
        calendar.IsCovered(2031).Should().BeTrue();
        calendar.IsCovered(2033).Should().BeFalse();
    }

    [Fact]
    public void CoverYears_AroundYearZero_CountsTheWeeklyPattern()
    {
        // ISO year 0 exists (1 BC); a calendar covering -1 to 1 must work like any other three years.
        var calendar = WorkingCalendar.CreateBuilder().CoverYears(-1, 1).Build();
        var yearZero = Interval(new LocalDate(0, 1, 1), new LocalDate(0, 12, 31));
        int expected = yearZero.Count(d => d.DayOfWeek <= IsoDayOfWeek.Friday);

        calendar.CoveredYears.Should().Equal(-1, 0, 1);
        calendar.CountWorkingDays(yearZero).Should().Be(expected);
    }

    [Fact]
    public void AddWorkingDays_BackwardIntoAGapBetweenCoveredYears_ThrowsAtTheGap()
    {
        // 2010 and 2012 are covered, 2011 is not: moving back from early January 2012 must stop at 2011-12-31.
        var calendar = WorkingCalendar.CreateBuilder().CoverYears(2010, 2010).CoverYears(2012, 2012).Build();

        var backward = () => calendar.AddWorkingDays(new LocalDate(2012, 1, 3), -5);

        var thrown = backward.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("workingDays");
        thrown.Message.Should().StartWith(
            "Moving -5 working days from 2012-01-03 reaches 2011-12-31, in 2011, a year without holiday data in this working calendar (covered years: 2010, 2012).");
        thrown.Message.Should().Contain(NoHolidayDataNote);

        // Within the covered year it still works: Tuesday 3 January 2012, one working day back, is Monday 2 January.
        calendar.AddWorkingDays(new LocalDate(2012, 1, 3), -1).Should().Be(new LocalDate(2012, 1, 2));
    }

    [Fact]
    public void AddWorkingDays_ForwardIntoAGapBetweenCoveredYears_ThrowsAtTheGap()
    {
        var calendar = WorkingCalendar.CreateBuilder().CoverYears(2010, 2010).CoverYears(2012, 2012).Build();

        var forward = () => calendar.AddWorkingDays(new LocalDate(2010, 12, 29), 5);

        forward.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .Which.Message.Should().StartWith(
                "Moving 5 working days from 2010-12-29 reaches 2011-01-01, in 2011, a year without holiday data in this working calendar (covered years: 2010, 2012).");
    }

    [Fact]
    public void CountWorkingDays_IntervalRunningOutOfTheCoveredYears_NamesTheFirstUncoveredDay()
    {
        var calendar = WorkingCalendar.CreateBuilder().CoverYears(2011, 2012).Build();
        var spanning = Interval(new LocalDate(2011, 12, 1), new LocalDate(2013, 1, 31));

        var act = () => calendar.CountWorkingDays(spanning);

        var thrown = act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("interval");
        thrown.Message.Should().StartWith(
            "The interval 2011-12-01 to 2013-01-31 includes 2013-01-01, in 2013, a year without holiday data in this working calendar (covered years: 2011 to 2012).");
    }

    [Fact]
    public void GetWorkingDays_EnumeratedToTheEnd_StopsAtTheIntervalsLastDay()
    {
        var calendar = WorkingCalendar.CreateBuilder().CoverYears(2012, 2012).Build();

        // Monday 9 to Sunday 15 April 2012: five weekdays, and the sequence ends there.
        var days = calendar.GetWorkingDays(Interval(new LocalDate(2012, 4, 9), new LocalDate(2012, 4, 15))).ToList();

        days.Should().HaveCount(5);
        days[0].Should().Be(new LocalDate(2012, 4, 9));
        days[^1].Should().Be(new LocalDate(2012, 4, 13));
    }
}
