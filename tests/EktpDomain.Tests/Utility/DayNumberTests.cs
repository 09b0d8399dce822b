using System;
using EktpDomain.Utility;
using FluentAssertions;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Utility;

public class DayNumberTests
{
    [Fact]
    public void Of_MatchesDateOnlyDayNumber()
    {
        DayNumber.Of(new LocalDate(1, 1, 1)).Should().Be(0);
        DayNumber.Of(new LocalDate(2012, 4, 2)).Should().Be(new DateOnly(2012, 4, 2).DayNumber);
        DayNumber.Of(new LocalDate(2000, 2, 29)).Should().Be(new DateOnly(2000, 2, 29).DayNumber);
    }

    [Fact]
    public void RoundTrip_AtTheEndsOfTheIsoRange()
    {
        DayNumber.ToDate(DayNumber.Of(LocalDate.MinIsoValue)).Should().Be(LocalDate.MinIsoValue);
        DayNumber.ToDate(DayNumber.Of(LocalDate.MaxIsoValue)).Should().Be(LocalDate.MaxIsoValue);
        DayNumber.Of(LocalDate.MinIsoValue).Should().BeNegative();
    }

    [Property]
    public bool Property_ConsecutiveDaysHaveConsecutiveNumbers(int offset)
    {
        var date = new LocalDate(2000, 1, 1).PlusDays(offset % 3_000_000);
        int n = DayNumber.Of(date);
        return DayNumber.ToDate(n) == date && DayNumber.Of(date.PlusDays(1)) == n + 1;
    }

    [Fact]
    public void DayZero_IsAMonday_SoTheWeekdayIsTheDayNumberModuloSeven()
    {
        DayNumber.ToDate(0).DayOfWeek.Should().Be(IsoDayOfWeek.Monday);
        var date = new LocalDate(2012, 4, 6);
        ((DayNumber.Of(date) % 7) + 1).Should().Be((int)date.DayOfWeek, "Good Friday 2012");
        (((DayNumber.Of(new LocalDate(-5, 3, 1)) % 7) + 7) % 7 + 1).Should().Be((int)new LocalDate(-5, 3, 1).DayOfWeek);
    }
}
