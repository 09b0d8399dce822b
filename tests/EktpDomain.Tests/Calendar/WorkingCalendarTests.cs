using System;
using System.Linq;
using EktpDomain.Calendar;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Calendar;

public partial class WorkingCalendarTests
{
    private static readonly WorkingCalendar Indonesia = WorkingCalendar.Indonesia;

    private static DateInterval Interval(int y1, int m1, int d1, int y2, int m2, int d2) =>
        new(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2));

    [Fact]
    public void CountWorkingDays_April2012Window_Is20BecauseOfGoodFriday()
    {
        // The article's check: 2-30 April 2012 had 20 working days, Good Friday being 6 April (README: the article).
        Indonesia.CountWorkingDays(Interval(2012, 4, 2, 2012, 4, 30)).Should().Be(20);
        Indonesia.IsWorkingDay(new LocalDate(2012, 4, 6)).Should().BeFalse();
        Indonesia.TryGetHoliday(new LocalDate(2012, 4, 6), out var holiday).Should().BeTrue();
        holiday.Should().Be(new Holiday(new LocalDate(2012, 4, 6), "Wafat Yesus Kristus", HolidayKind.NationalHoliday));
    }

    [Fact]
    public void Indonesia_CoversTheEmbeddedYears()
    {
        Indonesia.CoveredYears.Should().Equal(Enumerable.Range(2005, 22));
        Indonesia.FirstCoveredYear.Should().Be(2005);
        Indonesia.LastCoveredYear.Should().Be(2026);
        Indonesia.IsCovered(2004).Should().BeFalse();
        Indonesia.IsCovered(2027).Should().BeFalse();
        Indonesia.IsCovered(int.MinValue).Should().BeFalse();
        Indonesia.IsCovered(int.MaxValue).Should().BeFalse();
        Indonesia.AllowsUncoveredYears.Should().BeFalse();
        Indonesia.Closures.Should().BeEmpty();
        Indonesia.WorkingWeekdays.Should().Equal(
            IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday);
        Indonesia.Should().BeSameAs(WorkingCalendar.Indonesia);
    }

    [Fact]
    public void Indonesia_HolidaysAreTheEmbeddedRowsSortedByDate()
    {
        // 478 data rows: 349 libur_nasional and 129 cuti_bersama (PROVENANCE.md).
        Indonesia.Holidays.Should().HaveCount(478);
        Indonesia.Holidays.Count(h => h.Kind == HolidayKind.NationalHoliday).Should().Be(349);
        Indonesia.Holidays.Count(h => h.Kind == HolidayKind.CollectiveLeave).Should().Be(129);
        Indonesia.Holidays.Should().BeInAscendingOrder();
        Indonesia.Holidays[0].Should().Be(new Holiday(new LocalDate(2005, 1, 1), "Tahun Baru Masehi", HolidayKind.NationalHoliday));
        Indonesia.ToString().Should().Be(
            "WorkingCalendar: Monday, Tuesday, Wednesday, Thursday, Friday; 478 holidays; covers 2005 to 2026; 0 kecamatan closures");
    }

    [Fact]
    public void Holidays_TwoOnOneDate_BothKeptAndTryGetHolidayGivesTheFirst()
    {
        var day = new LocalDate(2021, 5, 13);

        Indonesia.GetHolidays(new DateInterval(day, day)).Select(h => h.Name)
            .Should().Equal("Hari Raya Idul Fitri", "Kenaikan Yesus Kristus");
        Indonesia.TryGetHoliday(day, out var first).Should().BeTrue();
        first.Name.Should().Be("Hari Raya Idul Fitri");
        Indonesia.IsWorkingDay(day).Should().BeFalse();
        Indonesia.CountWorkingDays(Interval(2021, 5, 10, 2021, 5, 14)).Should().Be(2, "the 12th is cuti bersama, the 13th is closed (once) and the 14th is Idul Fitri's second day");
        Indonesia.GetHolidays(Interval(2021, 5, 10, 2021, 5, 14)).Should().HaveCount(4);
    }

    [Fact]
    public void TryGetHoliday_OrdinaryDay_ReturnsFalseAndDefault()
    {
        Indonesia.TryGetHoliday(new LocalDate(2012, 4, 5), out var holiday).Should().BeFalse();
        holiday.Should().Be(default(Holiday));
    }

    [Fact]
    public void CollectiveLeave_IsNotAWorkingDay()
    {
        Indonesia.TryGetHoliday(new LocalDate(2012, 5, 18), out var leave).Should().BeTrue();
        leave.Kind.Should().Be(HolidayKind.CollectiveLeave);

        // Idul Fitri 2012: Mon 20 August holiday, 21-22 cuti bersama, so only Thursday and Friday work.
        Indonesia.GetWorkingDays(Interval(2012, 8, 20, 2012, 8, 26))
            .Should().Equal(new LocalDate(2012, 8, 23), new LocalDate(2012, 8, 24));
        Indonesia.GetHolidays(Interval(2012, 8, 20, 2012, 8, 26)).Select(h => h.Kind)
            .Should().Equal(HolidayKind.NationalHoliday, HolidayKind.CollectiveLeave, HolidayKind.CollectiveLeave);
    }

    [Fact]
    public void SaturdayService_CountsSaturdaysButNotHolidaysOnThem()
    {
        var calendar = Indonesia.ToBuilder()
            .WithWorkingWeekdays(
                IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday)
            .Build();

        calendar.CountWorkingDays(Interval(2012, 4, 2, 2012, 4, 30)).Should().Be(24, "20 weekdays plus the Saturdays 7, 14, 21 and 28 April");
        calendar.IsWorkingDay(new LocalDate(2012, 4, 7)).Should().BeTrue();
        calendar.IsWorkingDay(new LocalDate(2012, 4, 8)).Should().BeFalse("Sunday");
        calendar.IsWorkingDay(new LocalDate(2005, 1, 1)).Should().BeFalse("New Year 2005 fell on a Saturday");
        calendar.AddWorkingDays(new LocalDate(2012, 4, 5), 1).Should().Be(new LocalDate(2012, 4, 7));
        Indonesia.IsWorkingDay(new LocalDate(2012, 4, 7)).Should().BeFalse("the built-in calendar is unchanged");
    }

    [Fact]
    public void UserHolidays_AddedToIndonesia_CloseTheDay()
    {
        var anniversary = new Holiday(new LocalDate(2012, 4, 10), "Hari Jadi Kabupaten", HolidayKind.Regional);
        var calendar = Indonesia.ToBuilder().AddHoliday(anniversary).Build();

        calendar.CountWorkingDays(Interval(2012, 4, 2, 2012, 4, 30)).Should().Be(19);
        calendar.TryGetHoliday(new LocalDate(2012, 4, 10), out var found).Should().BeTrue();
        found.Should().Be(anniversary);
        calendar.Holidays.Should().HaveCount(479).And.BeInAscendingOrder();
    }

    [Fact]
    public void UserHolidays_ReplacingTheBuiltInList_CoverOnlyTheirYears()
    {
        // docs/data-folder.md: holidays.csv replaces the built-in holidays.
        var calendar = Indonesia.ToBuilder()
            .ClearHolidays()
            .AddHolidays(
            [
                new Holiday(new LocalDate(2012, 4, 6), "Wafat Yesus Kristus", HolidayKind.NationalHoliday),
                new Holiday(new LocalDate(2012, 4, 10), "Libur daerah", HolidayKind.Regional),
            ])
            .Build();

        calendar.CoveredYears.Should().Equal(2012);
        calendar.CountWorkingDays(Interval(2012, 4, 2, 2012, 4, 30)).Should().Be(19);
        calendar.IsWorkingDay(new LocalDate(2012, 5, 17)).Should().BeTrue("the replacement list does not name Ascension Day");
        var act = () => calendar.IsWorkingDay(new LocalDate(2013, 1, 1));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*2013-01-01*covered years: 2012)*");
    }

    [Fact]
    public void Closures_AffectOnlyTheirKecamatan()
    {
        var calendar = Indonesia.ToBuilder()
            .AddClosures(
            [
                new KecamatanClosure(Sukamulya, new LocalDate(2012, 4, 10), "Banjir"),
                new KecamatanClosure(Sukamulya, new LocalDate(2012, 4, 10), "Pindah kantor"),
                new KecamatanClosure(Sukamulya, new LocalDate(2012, 4, 6), "Libur"),
                new KecamatanClosure(Sukamulya, new LocalDate(2012, 4, 7), "Sabtu"),
            ])
            .Build();
        var april = Interval(2012, 4, 2, 2012, 4, 30);

        calendar.CountWorkingDays(april, Sukamulya).Should().Be(19, "the 10th is closed; the 6th and 7th were not working days anyway");
        calendar.CountWorkingDays(april, Balaraja).Should().Be(20);
        calendar.CountWorkingDays(april).Should().Be(20, "closures never change the national calendar");
        calendar.IsWorkingDay(new LocalDate(2012, 4, 10), Sukamulya).Should().BeFalse();
        calendar.IsWorkingDay(new LocalDate(2012, 4, 10), Balaraja).Should().BeTrue();
        calendar.IsWorkingDay(new LocalDate(2012, 4, 10)).Should().BeTrue();
        calendar.IsWorkingDay(new LocalDate(2012, 4, 6), Sukamulya).Should().BeFalse();
        calendar.GetWorkingDays(Interval(2012, 4, 9, 2012, 4, 13), Sukamulya)
            .Should().Equal(new LocalDate(2012, 4, 9), new LocalDate(2012, 4, 11), new LocalDate(2012, 4, 12), new LocalDate(2012, 4, 13));
        calendar.AddWorkingDays(new LocalDate(2012, 4, 9), 1, Sukamulya).Should().Be(new LocalDate(2012, 4, 11));
        calendar.AddWorkingDays(new LocalDate(2012, 4, 9), 1, Balaraja).Should().Be(new LocalDate(2012, 4, 10));
        calendar.AddWorkingDays(new LocalDate(2012, 4, 11), -1, Sukamulya).Should().Be(new LocalDate(2012, 4, 9));
        calendar.Closures.Should().HaveCount(4);
        calendar.Closures.Select(c => c.Date.Day).Should().Equal(6, 7, 10, 10);
        calendar.Closures.Select(c => c.Reason).Should().Equal("Libur", "Sabtu", "Banjir", "Pindah kantor");
    }

    [Theory]
    [InlineData("2012-04-13", 1, "2012-04-16")] // Friday to Monday, across the weekend
    [InlineData("2012-04-05", 1, "2012-04-09")] // across Good Friday and the weekend
    [InlineData("2012-04-07", 0, "2012-04-07")] // zero returns the date itself, even a Saturday
    [InlineData("2012-04-05", 0, "2012-04-05")]
    [InlineData("2012-04-09", -1, "2012-04-05")] // back across the weekend and Good Friday
    [InlineData("2012-04-07", 1, "2012-04-09")] // from a Saturday
    [InlineData("2012-04-07", -1, "2012-04-05")]
    [InlineData("2012-08-17", 1, "2012-08-23")] // Independence Day, a weekend, Idul Fitri and two cuti bersama days
    [InlineData("2012-04-01", 20, "2012-04-30")] // the article's 20 working days end on 30 April
    [InlineData("2012-05-01", -20, "2012-04-02")]
    [InlineData("2012-04-30", -20, "2012-03-30")] // the 30th itself is not counted
    [InlineData("2012-01-02", 245, "2012-12-28")] // 2012 has 246 working days, the first being 2 January
    [InlineData("2012-12-28", -245, "2012-01-02")]
    public void AddWorkingDays_Examples(string start, int workingDays, string expected)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value;

        Indonesia.AddWorkingDays(date, workingDays).Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value);
    }

    [Fact]
    public void CountWorkingDays_Year2012_Is246()
    {
        // 261 weekdays minus 15 holidays and cuti bersama on weekdays.
        Indonesia.CountWorkingDays(Interval(2012, 1, 1, 2012, 12, 31)).Should().Be(246);
        Indonesia.Holidays.Count(h => h.Date.Year == 2012 && h.Date.DayOfWeek < IsoDayOfWeek.Saturday).Should().Be(15);
    }

    [Fact]
    public void UncoveredYear_IsWorkingDay_ThrowsNamingDateCoverageAndOptIn()
    {
        var act = () => Indonesia.IsWorkingDay(new LocalDate(2027, 1, 4));

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("date")
            .WithMessage(
                "The date 2027-01-04, in 2027, a year without holiday data in this working calendar (covered years: 2005 to 2026). "
                + "A year without holiday data is not assumed to have no holidays. Add that year's holidays or declare it "
                + "complete with WorkingCalendarBuilder.CoverYears, or opt in with WorkingCalendarBuilder.AllowUncoveredYears() to count "
                + "only the weekly pattern there.*");
    }

    [Fact]
    public void UncoveredYear_EveryQueryThrows()
    {
        var kecamatanCalendar = Indonesia.ToBuilder()
            .AddClosure(new KecamatanClosure(Sukamulya, new LocalDate(2027, 1, 5), "Banjir"))
            .Build();
        var before = new LocalDate(2004, 12, 31);
        var spanning = Interval(2026, 12, 1, 2027, 1, 31);
        Action[] queries =
        [
            () => Indonesia.IsWorkingDay(before),
            () => Indonesia.IsWorkingDay(before, Sukamulya),
            () => Indonesia.TryGetHoliday(before, out _),
            () => Indonesia.CountWorkingDays(spanning),
            () => kecamatanCalendar.CountWorkingDays(spanning, Sukamulya),
            () => Indonesia.GetWorkingDays(spanning),
            () => Indonesia.GetWorkingDays(spanning, Sukamulya),
            () => Indonesia.GetHolidays(spanning),
            () => Indonesia.AddWorkingDays(before, 0),
            () => Indonesia.AddWorkingDays(before, 5, Sukamulya),
        ];

        foreach (var query in queries)
        {
            query.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*covered years: 2005 to 2026*AllowUncoveredYears()*");
        }
    }

    [Fact]
    public void UncoveredYear_IntervalMessageNamesTheFirstUncoveredDate()
    {
        var act = () => Indonesia.CountWorkingDays(Interval(2026, 12, 1, 2027, 1, 31));

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("interval")
            .WithMessage("The interval 2026-12-01 to 2027-01-31 includes 2027-01-01, in 2027, a year without holiday data*");
    }

    [Fact]
    public void UncoveredYear_IntervalStartingBeforeCoverage_NamesItsStart()
    {
        var act = () => Indonesia.CountWorkingDays(Interval(2004, 12, 20, 2005, 1, 31));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The interval 2004-12-20 to 2005-01-31 includes 2004-12-20, in 2004,*");
    }

    [Fact]
    public void UncoveredYear_GapBetweenCoveredYears_IsNotCovered()
    {
        var calendar = WorkingCalendar.CreateBuilder()
            .AddHoliday(new Holiday(new LocalDate(2010, 1, 1), "Tahun Baru Masehi", HolidayKind.NationalHoliday))
            .AddHoliday(new Holiday(new LocalDate(2012, 1, 1), "Tahun Baru Masehi", HolidayKind.NationalHoliday))
            .CoverYears(2013, 2014)
            .Build();

        calendar.CoveredYears.Should().Equal(2010, 2012, 2013, 2014);
        calendar.IsCovered(2011).Should().BeFalse();
        var count = () => calendar.CountWorkingDays(Interval(2010, 12, 1, 2012, 1, 31));
        count.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("*includes 2011-01-01, in 2011,*(covered years: 2010, 2012 to 2014)*");
        var add = () => calendar.AddWorkingDays(new LocalDate(2010, 12, 1), 30);
        add.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("workingDays")
            .WithMessage("Moving 30 working days from 2010-12-01 reaches 2011-01-01, in 2011, a year without holiday data*");
        calendar.AddWorkingDays(new LocalDate(2012, 12, 1), 300).Should().BeGreaterThan(new LocalDate(2013, 12, 31), "2012 to 2014 are one run of covered years");
    }

    [Fact]
    public void UncoveredYear_AddWorkingDaysLeavingCoverage_NamesTheFirstDateOutside()
    {
        var forward = () => Indonesia.AddWorkingDays(new LocalDate(2026, 12, 20), 30);
        var backward = () => Indonesia.AddWorkingDays(new LocalDate(2005, 1, 10), -30);

        forward.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("workingDays")
            .WithMessage("Moving 30 working days from 2026-12-20 reaches 2027-01-01, in 2027,*covered years: 2005 to 2026*AllowUncoveredYears()*");
        backward.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("workingDays")
            .WithMessage("Moving -30 working days from 2005-01-10 reaches 2004-12-31, in 2004,*");
    }

    [Fact]
    public void AllowUncoveredYears_UncoveredYearsHaveWeekendsOnly()
    {
        var calendar = Indonesia.ToBuilder().AllowUncoveredYears().Build();

        calendar.AllowsUncoveredYears.Should().BeTrue();
        calendar.IsCovered(2027).Should().BeFalse();
        calendar.IsWorkingDay(new LocalDate(2027, 1, 1)).Should().BeTrue("no holiday data for 2027: only the weekend is off");
        calendar.CountWorkingDays(Interval(2027, 1, 1, 2027, 1, 31)).Should().Be(21);
        calendar.CountWorkingDays(Interval(2026, 12, 31, 2027, 1, 1)).Should().Be(2);
        calendar.CountWorkingDays(Interval(2012, 4, 2, 2012, 4, 30)).Should().Be(20, "covered years keep their holidays");
        calendar.TryGetHoliday(new LocalDate(2027, 1, 1), out _).Should().BeFalse();
        calendar.AddWorkingDays(new LocalDate(2026, 12, 31), 1).Should().Be(new LocalDate(2027, 1, 1));
        calendar.AddWorkingDays(new LocalDate(2005, 1, 3), -1).Should().Be(new LocalDate(2004, 12, 31));
        calendar.ToString().Should().EndWith("; uncovered years allowed");
    }

    [Fact]
    public void AllowUncoveredYears_False_RestoresTheCheck()
    {
        var calendar = Indonesia.ToBuilder().AllowUncoveredYears().AllowUncoveredYears(false).Build();

        var act = () => calendar.IsWorkingDay(new LocalDate(2027, 1, 1));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AddWorkingDays_BeyondNodaTimeRange_ThrowsArgumentOutOfRangeException()
    {
        var calendar = WorkingCalendar.CreateBuilder().AllowUncoveredYears().Build();

        var forward = () => calendar.AddWorkingDays(new LocalDate(9999, 12, 30), 5);
        var backward = () => calendar.AddWorkingDays(new LocalDate(-9998, 1, 2), -5);
        var huge = () => calendar.AddWorkingDays(new LocalDate(2012, 1, 2), int.MaxValue);
        var hugeBack = () => calendar.AddWorkingDays(new LocalDate(2012, 1, 2), int.MinValue);

        forward.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("workingDays")
            .WithMessage("Moving 5 working days from 9999-12-30 goes after 9999-12-31, the last date NodaTime supports.*");
        backward.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Moving -5 working days from -9998-01-02 goes before -9998-01-01, the first date NodaTime supports.*");
        huge.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*the last date NodaTime supports*");
        hugeBack.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*the first date NodaTime supports*");
        calendar.AddWorkingDays(new LocalDate(9999, 12, 29), 1).Should().Be(new LocalDate(9999, 12, 30));
    }

    [Fact]
    public void AddWorkingDays_ForecastOverSeveralMonths_MatchesCount()
    {
        // R7: remaining / pace working days after the as-of date.
        var asOf = new LocalDate(2012, 7, 31);
        var forecast = Indonesia.AddWorkingDays(asOf, 60);

        Indonesia.IsWorkingDay(forecast).Should().BeTrue();
        Indonesia.CountWorkingDays(new DateInterval(asOf.PlusDays(1), forecast)).Should().Be(60);
        forecast.Should().Be(new LocalDate(2012, 10, 30), "August to October 2012 lose 17 and 20 August, 21-22 August cuti bersama and 26 October");
    }

    [Fact]
    public void Queries_NotAKecamatanCode_ThrowArgumentException()
    {
        var regency = new RegionCode(36, 3);
        var april = Interval(2012, 4, 2, 2012, 4, 30);
        Action[] queries =
        [
            () => Indonesia.IsWorkingDay(new LocalDate(2012, 4, 2), regency),
            () => Indonesia.CountWorkingDays(april, regency),
            () => Indonesia.GetWorkingDays(april, regency),
            () => Indonesia.AddWorkingDays(new LocalDate(2012, 4, 2), 1, regency),
        ];

        foreach (var query in queries)
        {
            query.Should().Throw<ArgumentException>()
                .WithParameterName("kecamatan")
                .WithMessage("'36.03' is a Regency code, but a working-day query needs a kecamatan code PP.KK.CC, such as 36.03.27.*");
        }
    }

    [Fact]
    public void Queries_NullInterval_ThrowArgumentNullException()
    {
        Action[] queries =
        [
            () => Indonesia.CountWorkingDays(null!),
            () => Indonesia.CountWorkingDays(null!, Sukamulya),
            () => Indonesia.GetWorkingDays(null!),
            () => Indonesia.GetWorkingDays(null!, Sukamulya),
            () => Indonesia.GetHolidays(null!),
        ];

        foreach (var query in queries)
        {
            query.Should().Throw<ArgumentNullException>().WithParameterName("interval");
        }
    }

    [Fact]
    public void Queries_NonIsoDate_ThrowArgumentException()
    {
        var julian = new LocalDate(2012, 3, 24, CalendarSystem.Julian);

        var isWorking = () => Indonesia.IsWorkingDay(julian);
        var count = () => Indonesia.CountWorkingDays(new DateInterval(julian, julian.PlusDays(3)));
        var add = () => Indonesia.AddWorkingDays(julian, 1);

        isWorking.Should().Throw<ArgumentException>().WithParameterName("date").WithMessage("*Julian calendar*ISO dates only*");
        count.Should().Throw<ArgumentException>().WithParameterName("interval").WithMessage("*Julian calendar*ISO dates only*");
        add.Should().Throw<ArgumentException>().WithParameterName("date").WithMessage("*Julian calendar*ISO dates only*");
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("id-ID")]
    [InlineData("ar-SA")]
    public void Messages_AreCultureInvariant(string culture)
    {
        using (CultureScope.Use(culture))
        {
            var act = () => Indonesia.AddWorkingDays(new LocalDate(2026, 12, 20), 1000);

            act.Should().Throw<ArgumentOutOfRangeException>()
                .WithMessage("Moving 1000 working days from 2026-12-20 reaches 2027-01-01, in 2027,*(covered years: 2005 to 2026)*");
        }
    }
}
