using System;
using System.Linq;
using EktpDomain.Calendar;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Calendar;

public class WorkingCalendarBuilderTests
{
    private static readonly Holiday NewYear2030 = new(new LocalDate(2030, 1, 1), "Tahun Baru Masehi", HolidayKind.NationalHoliday);

    [Fact]
    public void CreateBuilder_Build_IsMondayToFridayWithNothingElse()
    {
        var calendar = WorkingCalendar.CreateBuilder().Build();

        calendar.WorkingWeekdays.Should().Equal(
            IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday);
        calendar.Holidays.Should().BeEmpty();
        calendar.Closures.Should().BeEmpty();
        calendar.CoveredYears.Should().BeEmpty();
        calendar.FirstCoveredYear.Should().BeNull();
        calendar.LastCoveredYear.Should().BeNull();
        calendar.AllowsUncoveredYears.Should().BeFalse();
        calendar.ToString().Should().Be(
            "WorkingCalendar: Monday, Tuesday, Wednesday, Thursday, Friday; 0 holidays; covers none; 0 kecamatan closures");
    }

    [Fact]
    public void Build_WithNoCoverage_EveryDatedQueryThrows()
    {
        var calendar = WorkingCalendar.CreateBuilder().Build();

        var act = () => calendar.IsWorkingDay(new LocalDate(2012, 4, 2));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*covered years: none*");
    }

    [Fact]
    public void WithWorkingWeekdays_RepeatedAndUnordered_AreSortedAndKeptOnce()
    {
        var calendar = WorkingCalendar.CreateBuilder()
            .WithWorkingWeekdays(IsoDayOfWeek.Saturday, IsoDayOfWeek.Monday, IsoDayOfWeek.Saturday)
            .Build();

        calendar.WorkingWeekdays.Should().Equal(IsoDayOfWeek.Monday, IsoDayOfWeek.Saturday);
    }

    [Fact]
    public void WithWorkingWeekdays_None_ThrowsArgumentException()
    {
        var act = () => WorkingCalendar.CreateBuilder().WithWorkingWeekdays();

        act.Should().Throw<ArgumentException>()
            .WithParameterName("days")
            .WithMessage("A working calendar needs at least one working weekday; with none, no working day and no forecast date could ever be reached.*");
    }

    [Fact]
    public void WithWorkingWeekdays_Null_ThrowsArgumentNullException()
    {
        var act = () => WorkingCalendar.CreateBuilder().WithWorkingWeekdays(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("days");
    }

    [Theory]
    [InlineData(IsoDayOfWeek.None)]
    [InlineData((IsoDayOfWeek)8)]
    public void WithWorkingWeekdays_NotADay_ThrowsArgumentOutOfRangeException(IsoDayOfWeek day)
    {
        var act = () => WorkingCalendar.CreateBuilder().WithWorkingWeekdays(IsoDayOfWeek.Monday, day);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("days")
            .WithMessage($"The working weekday {(int)day} ({day}) is not a day of the week; use Monday to Sunday.*");
    }

    [Fact]
    public void AddHoliday_Default_ThrowsArgumentException()
    {
        var act = () => WorkingCalendar.CreateBuilder().AddHoliday(default);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("holiday")
            .WithMessage("default(Holiday) has no name and cannot be added to a working calendar; create holidays with new Holiday(date, name, kind).*");
    }

    [Fact]
    public void AddHolidays_OneDefault_ThrowsAndAddsNone()
    {
        var builder = WorkingCalendar.CreateBuilder().AllowUncoveredYears();

        var act = () => builder.AddHolidays([NewYear2030, default]);

        act.Should().Throw<ArgumentException>().WithParameterName("holidays").WithMessage("default(Holiday) has no name*");
        builder.Build().Holidays.Should().BeEmpty();
    }

    [Fact]
    public void AddHolidays_Null_ThrowsArgumentNullException()
    {
        var act = () => WorkingCalendar.CreateBuilder().AddHolidays(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("holidays");
    }

    [Fact]
    public void AddHoliday_EqualTwice_KeptOnce()
    {
        var calendar = WorkingCalendar.CreateBuilder()
            .AddHoliday(NewYear2030)
            .AddHolidays([new Holiday(new LocalDate(2030, 1, 1), "Tahun Baru Masehi", HolidayKind.NationalHoliday)])
            .Build();

        calendar.Holidays.Should().Equal(NewYear2030);
    }

    [Fact]
    public void AddClosure_Null_ThrowsArgumentNullException()
    {
        var act = () => WorkingCalendar.CreateBuilder().AddClosure(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("closure");
    }

    [Fact]
    public void AddClosures_NullItem_ThrowsAndAddsNone()
    {
        var builder = WorkingCalendar.CreateBuilder();
        var closure = new KecamatanClosure(new RegionCode(36, 3, 27), new LocalDate(2030, 1, 2), "Banjir");

        var act = () => builder.AddClosures([closure, null!]);

        act.Should().Throw<ArgumentNullException>().WithParameterName("closures").WithMessage("The closures contain a null item.*");
        builder.Build().Closures.Should().BeEmpty();
    }

    [Fact]
    public void AddClosures_Null_ThrowsArgumentNullException()
    {
        var act = () => WorkingCalendar.CreateBuilder().AddClosures(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("closures");
    }

    [Fact]
    public void ClearClosures_RemovesThem()
    {
        var calendar = WorkingCalendar.Indonesia.ToBuilder()
            .AddClosure(new KecamatanClosure(new RegionCode(36, 3, 27), new LocalDate(2012, 4, 10), "Banjir"))
            .ClearClosures()
            .Build();

        calendar.Closures.Should().BeEmpty();
        calendar.IsWorkingDay(new LocalDate(2012, 4, 10), new RegionCode(36, 3, 27)).Should().BeTrue();
    }

    [Fact]
    public void CoverYears_LastBeforeFirst_ThrowsArgumentOutOfRangeException()
    {
        var act = () => WorkingCalendar.CreateBuilder().CoverYears(2026, 2005);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("last")
            .WithMessage("The last covered year 2005 must be from the first covered year 2026 to 9999.*");
    }

    [Theory]
    [InlineData(-9999, 2000, "first", "The first covered year -9999 is outside the ISO years -9998 to 9999.*")]
    [InlineData(10000, 10000, "first", "The first covered year 10000 is outside the ISO years -9998 to 9999.*")]
    [InlineData(2000, 10000, "last", "The last covered year 10000 must be from the first covered year 2000 to 9999.*")]
    public void CoverYears_OutsideIsoYears_ThrowsArgumentOutOfRangeException(int first, int last, string parameter, string message)
    {
        using (CultureScope.Use("ar-SA"))
        {
            var act = () => WorkingCalendar.CreateBuilder().CoverYears(first, last);

            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter).WithMessage(message);
        }
    }

    [Fact]
    public void CoverYears_EmptyYear_IsCoveredWithWeekendsOnly()
    {
        var calendar = WorkingCalendar.CreateBuilder().CoverYears(2030, 2031).Build();

        calendar.CoveredYears.Should().Equal(2030, 2031);
        calendar.IsCovered(2030).Should().BeTrue();
        calendar.IsCovered(2032).Should().BeFalse();
        calendar.IsWorkingDay(new LocalDate(2030, 1, 1)).Should().BeTrue("2030-01-01 is a Tuesday and the data declares no holidays");
    }

    [Fact]
    public void Build_ThenChangeBuilder_CalendarIsUnchanged()
    {
        var builder = WorkingCalendar.CreateBuilder().AddHoliday(NewYear2030);
        var calendar = builder.Build();

        builder.AddHoliday(new Holiday(new LocalDate(2030, 1, 2), "Libur", HolidayKind.Regional))
            .WithWorkingWeekdays(IsoDayOfWeek.Saturday)
            .AllowUncoveredYears();

        calendar.Holidays.Should().Equal(NewYear2030);
        calendar.WorkingWeekdays.Should().HaveCount(5);
        calendar.AllowsUncoveredYears.Should().BeFalse();
        calendar.IsWorkingDay(new LocalDate(2030, 1, 2)).Should().BeTrue();
    }

    [Fact]
    public void ToBuilder_Build_GivesAnEquivalentCalendar()
    {
        var original = WorkingCalendar.Indonesia.ToBuilder()
            .WithWorkingWeekdays(IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Saturday)
            .AddClosure(new KecamatanClosure(new RegionCode(36, 3, 27), new LocalDate(2012, 4, 10), "Banjir"))
            .CoverYears(2030, 2030)
            .AllowUncoveredYears()
            .Build();

        var copy = original.ToBuilder().Build();

        copy.Should().NotBeSameAs(original);
        copy.WorkingWeekdays.Should().Equal(original.WorkingWeekdays);
        copy.Holidays.Should().Equal(original.Holidays);
        copy.Closures.Should().Equal(original.Closures);
        copy.CoveredYears.Should().Equal(original.CoveredYears);
        copy.AllowsUncoveredYears.Should().BeTrue();
        copy.ToString().Should().Be(original.ToString());
    }

    [Fact]
    public void ClearHolidays_AlsoForgetsDeclaredYears()
    {
        var calendar = WorkingCalendar.Indonesia.ToBuilder()
            .CoverYears(2030, 2030)
            .ClearHolidays()
            .AddHoliday(new Holiday(new LocalDate(2012, 4, 6), "Wafat Yesus Kristus", HolidayKind.NationalHoliday))
            .Build();

        calendar.CoveredYears.Should().Equal(2012);
        calendar.Holidays.Select(h => h.Date).Should().Equal(new LocalDate(2012, 4, 6));
    }
}
