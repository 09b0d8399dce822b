using System;
using EktpDomain.Calendar;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Calendar;

public partial class HolidayTests
{
    private static readonly LocalDate GoodFriday2012 = new(2012, 4, 6);

    [Fact]
    public void Constructor_ValidArguments_KeepsThem()
    {
        var holiday = new Holiday(GoodFriday2012, "Wafat Yesus Kristus", HolidayKind.NationalHoliday);

        holiday.Date.Should().Be(GoodFriday2012);
        holiday.Name.Should().Be("Wafat Yesus Kristus");
        holiday.Kind.Should().Be(HolidayKind.NationalHoliday);
    }

    [Fact]
    public void Default_IsDocumentedValue()
    {
        Holiday holiday = default;

        holiday.Date.Should().Be(new LocalDate(1, 1, 1));
        holiday.Name.Should().BeEmpty();
        holiday.Kind.Should().Be(HolidayKind.NationalHoliday);
        holiday.ToString().Should().Be("0001-01-01 (NationalHoliday)");
        holiday.GetHashCode().Should().Be(default(Holiday).GetHashCode());
    }

    [Fact]
    public void Equality_FollowsValueContract()
    {
        var value = new Holiday(GoodFriday2012, "Wafat Yesus Kristus", HolidayKind.NationalHoliday);
        var equal = new Holiday(new LocalDate(2012, 4, 6), new string("Wafat Yesus Kristus".AsSpan()), HolidayKind.NationalHoliday);

        ValueContract.AssertEquality(value, equal, new Holiday(GoodFriday2012, "Wafat Yesus Kristus", HolidayKind.Regional), (a, b) => a == b, (a, b) => a != b);
        ValueContract.AssertEquality(value, equal, new Holiday(GoodFriday2012, "wafat yesus kristus", HolidayKind.NationalHoliday), (a, b) => a == b, (a, b) => a != b);
        ValueContract.AssertEquality(value, equal, new Holiday(GoodFriday2012.PlusDays(1), "Wafat Yesus Kristus", HolidayKind.NationalHoliday), (a, b) => a == b, (a, b) => a != b);
        ValueContract.AssertEquality(default, default, value, (a, b) => a == b, (a, b) => a != b);
    }

    [Fact]
    public void Ordering_ByDateThenKindThenName()
    {
        var early = new Holiday(new LocalDate(2012, 4, 5), "Z", HolidayKind.Regional);
        var national = new Holiday(GoodFriday2012, "B", HolidayKind.NationalHoliday);
        var nationalLaterName = new Holiday(GoodFriday2012, "C", HolidayKind.NationalHoliday);
        var leave = new Holiday(GoodFriday2012, "A", HolidayKind.CollectiveLeave);
        var regional = new Holiday(GoodFriday2012, "A", HolidayKind.Regional);
        var late = new Holiday(new LocalDate(2012, 4, 7), "A", HolidayKind.NationalHoliday);

        ValueContract.AssertOrdering(
            national,
            new Holiday(GoodFriday2012, "B", HolidayKind.NationalHoliday),
            leave,
            (a, b) => a < b,
            (a, b) => a <= b,
            (a, b) => a > b,
            (a, b) => a >= b);
        ValueContract.AssertTotalOrder([default, early, national, nationalLaterName, leave, regional, late]);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("id-ID")]
    [InlineData("ar-SA")]
    public void ToString_IsCultureInvariant(string culture)
    {
        var holiday = new Holiday(GoodFriday2012, "Wafat Yesus Kristus", HolidayKind.NationalHoliday);

        using (CultureScope.Use(culture))
        {
            holiday.ToString().Should().Be("2012-04-06 Wafat Yesus Kristus (NationalHoliday)");
        }
    }

    [Fact]
    public void Constructor_NullName_ThrowsArgumentNullException()
    {
        var act = () => new Holiday(GoodFriday2012, null!, HolidayKind.NationalHoliday);

        act.Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void Constructor_BlankName_ThrowsArgumentException(string name)
    {
        var act = () => new Holiday(GoodFriday2012, name, HolidayKind.CollectiveLeave);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("name")
            .WithMessage("The holiday on 2012-04-06 has an empty name; every holiday needs a name, such as 'Hari Raya Natal'.*");
    }

    [Fact]
    public void Constructor_UndefinedKind_ThrowsArgumentOutOfRangeException()
    {
        var act = () => new Holiday(GoodFriday2012, "Hari Jadi", (HolidayKind)7);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("kind")
            .WithMessage("The holiday kind 7 of 'Hari Jadi' on 2012-04-06 is not defined; use NationalHoliday, CollectiveLeave or Regional.*");
    }

    [Fact]
    public void Constructor_NonIsoDate_ThrowsArgumentException()
    {
        var julian = new LocalDate(2012, 3, 24, CalendarSystem.Julian);

        var act = () => new Holiday(julian, "Wafat Yesus Kristus", HolidayKind.NationalHoliday);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("date")
            .WithMessage("The date 2012-03-24 is in the Julian calendar, but the library takes ISO dates only*");
    }
}
