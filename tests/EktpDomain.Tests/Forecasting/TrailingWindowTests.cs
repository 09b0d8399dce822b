using System;
using EktpDomain.Calendar;
using EktpDomain.Forecasting;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Forecasting;

public class TrailingWindowTests
{
    private static readonly RegionCode Tangerang = new(36, 3);

    private static WorkingCalendar WithKresekClosedOn(LocalDate date) =>
        WorkingCalendar.Indonesia.ToBuilder().AddClosure(new KecamatanClosure(Kresek, date, "banjir")).Build();

    [Fact]
    public void TrailingWindow_April2012_HoldsTwentyWorkingDays_AsTheForecastMeasures()
    {
        var window = CompletionForecast.TrailingWindow(WorkingCalendar.Indonesia, Kresek, Apr(30));

        window.Should().Equal(April, "2–30 April 2012 has 20 working days (R7's default window)");
        var data = new ScenarioBuilder().Kecamatan(Kresek, 1_000).Recorded(Kresek, Apr(10), 100).Build();
        CompletionForecast.Calculate(data, Kresek, Apr(30)).PaceWindow.Should().Equal(window);
    }

    [Fact]
    public void TrailingWindow_AsOfADayOff_StartsWhereTheWorkingDaysAreFound()
    {
        // Sunday 29 April: the 20 working days before it run from Friday 30 March to Friday 27 April.
        var window = CompletionForecast.TrailingWindow(WorkingCalendar.Indonesia, Kresek, Apr(29));

        window.Should().Equal(new DateInterval(new LocalDate(2012, 3, 30), Apr(29)));
        WorkingCalendar.Indonesia.CountWorkingDays(window).Should().Be(20);
    }

    [Fact]
    public void TrailingWindow_KecamatanClosure_ReachesOneWorkingDayFurtherBack_ButNotForALargerRegion()
    {
        var calendar = WithKresekClosedOn(Apr(10));

        CompletionForecast.TrailingWindow(calendar, Kresek, Apr(30)).Start.Should().Be(new LocalDate(2012, 3, 30), "the closure costs Kresek a working day");
        CompletionForecast.TrailingWindow(calendar, Tangerang, Apr(30)).Should().Equal(April, "a regency counts national working days");
        CompletionForecast.TrailingWindow(calendar, Kresek, Apr(30), trailingWorkingDays: 1).Should().Equal(new DateInterval(Apr(30), Apr(30)));
    }

    [Fact]
    public void TrailingWindow_ReachingAnUncoveredYear_StopsThere_SoThatCanQueryNamesIt()
    {
        var calendar = WorkingCalendar.CreateBuilder().CoverYears(2012, 2012).Build();

        var window = CompletionForecast.TrailingWindow(calendar, Kresek, new LocalDate(2012, 1, 10));

        window.Should().Equal(new DateInterval(new LocalDate(2011, 12, 31), new LocalDate(2012, 1, 10)));
        calendar.CanQuery(window, out int year).Should().BeFalse();
        year.Should().Be(2011);
        CompletionForecast.TrailingWindow(calendar, Kresek, new LocalDate(2013, 1, 10))
            .Should().Equal(new DateInterval(new LocalDate(2013, 1, 10), new LocalDate(2013, 1, 10)), "the as-of date itself is not covered");
    }

    [Fact]
    public void TrailingWindow_UncoveredYearsAllowed_CountsTheWeeklyPatternThere()
    {
        var calendar = WorkingCalendar.CreateBuilder().CoverYears(2012, 2012).AllowUncoveredYears().Build();

        // Tuesday 3 January 2012 back over 2 and (Monday to Friday) 26–30 December 2011: 7 working days.
        var window = CompletionForecast.TrailingWindow(calendar, Kresek, new LocalDate(2012, 1, 3), trailingWorkingDays: 7);

        window.Start.Should().Be(new LocalDate(2011, 12, 26));
        calendar.CanQuery(window, out _).Should().BeTrue();
    }

    [Fact]
    public void TrailingWindow_BadArguments_AreNamed()
    {
        FluentActions.Invoking(() => CompletionForecast.TrailingWindow(null!, Kresek, Apr(30)))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("calendar");
        FluentActions.Invoking(() => CompletionForecast.TrailingWindow(WorkingCalendar.Indonesia, Kresek, Apr(30), 0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("trailingWorkingDays must be at least 1 working day, not 0. (Parameter 'trailingWorkingDays')")
            .WithParameterName("trailingWorkingDays");
        FluentActions.Invoking(() => CompletionForecast.TrailingWindow(WorkingCalendar.Indonesia, Kresek, new LocalDate(2012, 4, 30, CalendarSystem.Julian)))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("asOf")
            .WithMessage("The as-of date 2012-04-30 is in the Julian calendar, but the library takes ISO dates only*");
    }

    [Fact]
    public void ReportTrailingWindow_StartsAtTheEarliestKecamatanWindow()
    {
        var open = new ScenarioBuilder().Kecamatan(Kresek, 1_000).Kecamatan(Sukamulya, 1_000).Build();
        ForecastReport.TrailingWindow(open, Apr(30)).Should().Equal(April);

        var closed = new ScenarioBuilder { Calendar = WithKresekClosedOn(Apr(10)) }.Kecamatan(Kresek, 1_000).Kecamatan(Sukamulya, 1_000).Build();
        ForecastReport.TrailingWindow(closed, Apr(30)).Should().Equal(new DateInterval(new LocalDate(2012, 3, 30), Apr(30)));
        FluentActions.Invoking(() => ForecastReport.TrailingWindow(null!, Apr(30)))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("data");
    }
}
