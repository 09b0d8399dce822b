using System;
using EktpDomain.Calendar;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Calendar;

/// <summary>Comparing a holiday with an object of another type names both types.</summary>
public partial class HolidayTests
{
    [Fact]
    public void HolidayCompareToObject_OtherType_ThrowsArgumentExceptionNamingBothTypes()
    {
        IComparable holiday = new Holiday(new LocalDate(2012, 4, 6), "Wafat Yesus Kristus", HolidayKind.NationalHoliday);

        var act = () => holiday.CompareTo("2012-04-06");

        act.Should().Throw<ArgumentException>()
            .WithMessage("Object must be of type Holiday, not String.*")
            .Which.ParamName.Should().Be("obj");
    }
}
