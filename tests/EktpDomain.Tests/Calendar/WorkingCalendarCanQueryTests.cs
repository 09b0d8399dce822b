using System;
using EktpDomain.Calendar;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Calendar;

public class WorkingCalendarCanQueryTests
{
    private static DateInterval Years(int first, int last) => new(new LocalDate(first, 6, 1), new LocalDate(last, 6, 1));

    [Theory]
    [InlineData(2005, 2026, true, 0)]
    [InlineData(2012, 2012, true, 0)]
    [InlineData(2004, 2005, false, 2004)]
    [InlineData(2026, 2027, false, 2027)]
    [InlineData(2003, 2030, false, 2003)]
    public void CanQuery_Indonesia_AnswersExactlyTheCoveredYears(int first, int last, bool answered, int year)
    {
        var interval = Years(first, last);

        WorkingCalendar.Indonesia.CanQuery(interval, out int uncovered).Should().Be(answered);
        uncovered.Should().Be(year);
        if (answered)
        {
            FluentActions.Invoking(() => WorkingCalendar.Indonesia.CountWorkingDays(interval)).Should().NotThrow();
        }
        else
        {
            FluentActions.Invoking(() => WorkingCalendar.Indonesia.CountWorkingDays(interval))
                .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage($"*, in {year}, a year without holiday data*");
        }
    }

    [Fact]
    public void CanQuery_GapInTheCoveredYears_NamesTheFirstYearOfTheGap()
    {
        var calendar = WorkingCalendar.CreateBuilder().CoverYears(2010, 2011).CoverYears(2014, 2015).Build();

        calendar.CanQuery(Years(2010, 2015), out int year).Should().BeFalse();
        year.Should().Be(2012);
        calendar.CanQuery(Years(2014, 2015), out _).Should().BeTrue();
        calendar.CanQuery(Years(0, 0), out int zero).Should().BeFalse();
        zero.Should().Be(0, "year 0 is an ISO year like any other");
    }

    [Fact]
    public void CanQuery_UncoveredYearsAllowed_AnswersEverything()
    {
        var calendar = WorkingCalendar.CreateBuilder().CoverYears(2012, 2012).AllowUncoveredYears().Build();

        calendar.CanQuery(Years(1990, 2030), out int year).Should().BeTrue();
        year.Should().Be(0);
        WorkingCalendar.CreateBuilder().Build().CanQuery(Years(2012, 2012), out int none).Should().BeFalse();
        none.Should().Be(2012, "a calendar without data covers no year");
    }

    [Fact]
    public void CanQuery_BadArguments_AreNamed()
    {
        FluentActions.Invoking(() => WorkingCalendar.Indonesia.CanQuery(null!, out _))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("interval");
        var julian = new DateInterval(new LocalDate(2012, 4, 1, CalendarSystem.Julian), new LocalDate(2012, 4, 2, CalendarSystem.Julian));
        FluentActions.Invoking(() => WorkingCalendar.Indonesia.CanQuery(julian, out _))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("interval");
    }
}
