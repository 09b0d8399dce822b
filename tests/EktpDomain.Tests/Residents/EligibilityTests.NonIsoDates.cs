using System;
using EktpDomain.Residents;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Residents;

/// <summary>Eligibility rejects a birth date in another calendar system, naming it.</summary>
public partial class EligibilityTests
{
    [Fact]
    public void AgeInYears_BirthDateNotIso_ThrowsNamingBirthDate()
    {
        var julian = new LocalDate(1990, 5, 1, CalendarSystem.Julian);

        FluentActions.Invoking(() => Eligibility.AgeInYears(julian, new LocalDate(2012, 4, 2)))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("The birth date * is in the Julian calendar, but the library takes ISO dates only: convert it with WithCalendar(CalendarSystem.Iso). (Parameter 'birthDate')")
            .And.ParamName.Should().Be("birthDate");
    }

    [Fact]
    public void TurnsSeventeenOn_BirthDateNotIso_ThrowsNamingBirthDate()
    {
        var julian = new LocalDate(1995, 5, 1, CalendarSystem.Julian);

        FluentActions.Invoking(() => Eligibility.TurnsSeventeenOn(julian))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("The birth date * is in the Julian calendar, but the library takes ISO dates only: convert it with WithCalendar(CalendarSystem.Iso). (Parameter 'birthDate')")
            .And.ParamName.Should().Be("birthDate");
    }
}
