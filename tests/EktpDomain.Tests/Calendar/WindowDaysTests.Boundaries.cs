using System;
using EktpDomain.Calendar;
using EktpDomain.Utility;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Calendar;

/// <summary>The window counter at its edges: null arguments, closures on the last day, ranges outside the window.</summary>
public partial class WindowDaysTests
{
    private static WindowDays AprilWithKresekClosures(params int[] days)
    {
        var builder = WorkingCalendar.Indonesia.ToBuilder();
        foreach (int day in days)
        {
            builder.AddClosure(new KecamatanClosure(Kresek, Apr(day), "banjir"));
        }

        return new WindowDays(builder.Build(), April);
    }

    [Fact]
    public void WindowDays_NullCalendar_ThrowsNamingCalendar() =>
        FluentActions.Invoking(() => new WindowDays(null!, April))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("calendar");

    [Fact]
    public void WindowDays_NullWindow_ThrowsNamingWindow() =>
        FluentActions.Invoking(() => new WindowDays(WorkingCalendar.Indonesia, null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("window");

    [Fact]
    public void WindowDays_ClosureOnTheWindowsLastDay_IsCounted()
    {
        // April 2012 from the 2nd has 20 national working days (21 weekdays less Good Friday, 6 April); Monday 30 April is one.
        var days = AprilWithKresekClosures(30);

        days.ClosedDays(Kresek).Should().Equal(DayNumber.Of(Apr(30)));
        days.Count(days.First, days.Last, days.ClosedDays(Kresek)).Should().Be(19);
        days.Count(days.First, days.Last, []).Should().Be(20);
    }

    [Fact]
    public void WindowDays_SeveralClosures_AllKeptAndSubtractedInsideTheRange()
    {
        var days = AprilWithKresekClosures(17, 10, 12);
        int[] closed = days.ClosedDays(Kresek);

        closed.Should().Equal(DayNumber.Of(Apr(10)), DayNumber.Of(Apr(12)), DayNumber.Of(Apr(17)));

        // 11–17 April: working days 11, 12, 13, 16, 17, of which 12 and 17 are closed.
        days.Count(DayNumber.Of(Apr(11)), DayNumber.Of(Apr(17)), closed).Should().Be(3);

        // 2–30 April: 20 national working days, 3 closed.
        days.Count(days.First, days.Last, closed).Should().Be(17);
    }

    [Fact]
    public void WindowDays_Count_EmptyOrOutsideRange_IsZero()
    {
        var days = AprilWithKresekClosures();

        days.Count(DayNumber.Of(Apr(13)), DayNumber.Of(Apr(9)), []).Should().Be(0, "the range is reversed");
        days.Count(days.First - 10, days.First - 5, []).Should().Be(0, "the range ends before the window");
        days.Count(days.Last + 3, days.Last + 9, []).Should().Be(0, "the range starts after the window");
    }

    [Fact]
    public void WindowDays_FirstWorkingDay_SkipsTheWeekendAndClosures()
    {
        var open = AprilWithKresekClosures();
        open.FirstWorkingDay(DayNumber.Of(Apr(7)), DayNumber.Of(Apr(11)), []).Should().Be(DayNumber.Of(Apr(9)), "7 and 8 April 2012 are a Saturday and a Sunday");

        var closed = AprilWithKresekClosures(9, 10);
        closed.FirstWorkingDay(DayNumber.Of(Apr(7)), DayNumber.Of(Apr(13)), closed.ClosedDays(Kresek)).Should().Be(DayNumber.Of(Apr(11)));
        closed.FirstWorkingDay(DayNumber.Of(Apr(7)), DayNumber.Of(Apr(10)), closed.ClosedDays(Kresek)).Should().BeNull();
    }
}
