using System;
using System.Linq;
using EktpDomain.Calendar;
using EktpDomain.Utility;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Calendar;

/// <summary>The internal window counter that capacity uses agrees with the public calendar queries.</summary>
public partial class WindowDaysTests
{
    private static WorkingCalendar WithClosures(WorkingCalendarBuilder builder, params LocalDate[] dates)
    {
        foreach (var date in dates)
        {
            builder.AddClosure(new KecamatanClosure(Sukamulya, date, "banjir"));
        }

        return builder.Build();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Count_EverySubInterval_AgreesWithCountWorkingDays(bool uncoveredAround)
    {
        // With uncovered years allowed, the window runs over the edges of the covered span too.
        var calendar = uncoveredAround
            ? WithClosures(WorkingCalendar.CreateBuilder().CoverYears(2012, 2012).AllowUncoveredYears()
                .AddHoliday(new Holiday(new LocalDate(2012, 1, 2), "Test", HolidayKind.NationalHoliday)), new LocalDate(2011, 12, 28), new LocalDate(2012, 1, 3))
            : WithClosures(WorkingCalendar.Indonesia.ToBuilder(), new LocalDate(2012, 4, 10), new LocalDate(2012, 4, 10), new LocalDate(2012, 4, 30), new LocalDate(2012, 5, 2));
        var window = uncoveredAround
            ? new DateInterval(new LocalDate(2011, 12, 20), new LocalDate(2012, 1, 12))
            : new DateInterval(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30));
        var days = new WindowDays(calendar, window);
        int[] closed = days.ClosedDays(Sukamulya);

        for (var from = window.Start; from <= window.End; from = from.PlusDays(1))
        {
            for (var to = from; to <= window.End; to = to.PlusDays(1))
            {
                var interval = new DateInterval(from, to);
                days.Count(DayNumber.Of(from), DayNumber.Of(to), []).Should().Be(calendar.CountWorkingDays(interval), $"{interval}");
                days.Count(DayNumber.Of(from), DayNumber.Of(to), closed).Should().Be(calendar.CountWorkingDays(interval, Sukamulya), $"{interval} for Sukamulya");
            }
        }

        var firstOpen = calendar.GetWorkingDays(window, Sukamulya).First();
        days.FirstWorkingDay(days.First, days.Last, closed).Should().Be(DayNumber.Of(firstOpen));
    }

    [Fact]
    public void Count_ClipsToTheWindow()
    {
        var days = new WindowDays(WorkingCalendar.Indonesia, new DateInterval(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30)));

        days.Count(int.MinValue + 1, int.MaxValue - 1, []).Should().Be(20);
        days.Count(days.Last + 1, days.Last + 30, []).Should().Be(0);
    }

    [Fact]
    public void UncoveredWindow_IsRejectedNamingTheWindow()
    {
        var window = new DateInterval(new LocalDate(2004, 12, 1), new LocalDate(2005, 1, 31));

        FluentActions.Invoking(() => new WindowDays(WorkingCalendar.Indonesia, window))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("window")
            .WithMessage("The interval 2004-12-01 to 2005-01-31 includes 2004-12-01, in 2004, a year without holiday data*");
    }
}
