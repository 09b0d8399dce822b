using System;
using EktpDomain.Calendar;
using EktpDomain.Residents;
using EktpDomain.Utility;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Mutation;

/// <summary>Internal helpers and eligibility: overflow messages and limits, non-ISO dates.</summary>
public class InternalMutationTests
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
    public void KecamatanIndex_Null_ThrowsNamingTheCallersParameter() =>
        FluentActions.Invoking(() => new KecamatanIndex(null!, "codes"))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("codes");

    [Fact]
    public void KecamatanIndex_IndexOf_IsTheSortedPositionOrMinusOne()
    {
        var index = new KecamatanIndex([RegionCode.Parse("36.03.09"), RegionCode.Parse("36.03.01"), RegionCode.Parse("36.03.05")], "codes");

        index.IndexOf(RegionCode.Parse("36.03.01")).Should().Be(0);
        index.IndexOf(RegionCode.Parse("36.03.09")).Should().Be(2);
        index.IndexOf(RegionCode.Parse("36.03.07")).Should().Be(-1, "an absent code between two present ones is −1, not a bitwise-complemented insertion point");
        index.IndexOf(RegionCode.Parse("36.03.10")).Should().Be(-1);
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

    [Fact]
    public void Add_Overflow_MessageShowsTheSum()
    {
        // long.MaxValue has 19 digits, so R11 masks it like a NIK: the first six and last four digits.
        FluentActions.Invoking(() => CheckedMath.Add(long.MaxValue, 1, "total"))
            .Should().ThrowExactly<OverflowException>()
            .WithMessage("The total overflows a 64-bit count: 922337*********5807 + 1 is beyond the 64-bit limit of about ±9.2 × 10^18. Check the input for a corrupt or duplicated count.");
    }

    [Fact]
    public void Multiply_ProductOf2To63_Overflows()
    {
        // 2^32 × 2^31 = 2^63, one more than long.MaxValue.
        FluentActions.Invoking(() => CheckedMath.Multiply(1L << 32, 1L << 31, "capacity"))
            .Should().ThrowExactly<OverflowException>()
            .WithMessage("The capacity overflows a 64-bit count: 4294967296 × 2147483648 is beyond the 64-bit limit*");
    }

    [Fact]
    public void Multiply_ProductOf2To64_Overflows()
    {
        FluentActions.Invoking(() => CheckedMath.Multiply(1L << 32, 1L << 32, "capacity"))
            .Should().ThrowExactly<OverflowException>();
    }

    [Fact]
    public void Multiply_LargestProducts_DoNotOverflow()
    {
        CheckedMath.Multiply(long.MaxValue, 1, "x").Should().Be(long.MaxValue);
        CheckedMath.Multiply(long.MinValue, 1, "x").Should().Be(long.MinValue);
        CheckedMath.Multiply(-(1L << 32), 1L << 31, "x").Should().Be(long.MinValue);
    }

    [Fact]
    public void AgeInYears_BirthDateNotIso_ThrowsNamingBirthDate()
    {
        var julian = new LocalDate(1990, 5, 1, CalendarSystem.Julian);

        FluentActions.Invoking(() => Eligibility.AgeInYears(julian, new LocalDate(2012, 4, 2)))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("The birthDate must be in the ISO calendar, not Julian. (Parameter 'birthDate')")
            .And.ParamName.Should().Be("birthDate");
    }

    [Fact]
    public void TurnsSeventeenOn_BirthDateNotIso_ThrowsNamingBirthDate()
    {
        var julian = new LocalDate(1995, 5, 1, CalendarSystem.Julian);

        FluentActions.Invoking(() => Eligibility.TurnsSeventeenOn(julian))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("The birthDate must be in the ISO calendar, not Julian. (Parameter 'birthDate')")
            .And.ParamName.Should().Be("birthDate");
    }
}
