using System;
using EktpDomain.Targets;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Targets;

/// <summary>The arguments of a target context: the messages name the dates and the month.</summary>
public class TargetContextTests
{
    private static readonly YearMonth April2012 = new(2012, 4);

    [Fact]
    public void Constructor_PeriodStartOutsideTheMonth_NamesTheDateAndTheMonth() =>
        FluentActions.Invoking(() => new TargetContext(Sukamulya, April2012, D(5, 1), 1_000, 0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("The period start 2012-05-01 is not in the month 2012-04; it is the first day of that month that the window covers. (Parameter 'periodStart')")
            .WithParameterName("periodStart");

    [Fact]
    public void Constructor_NegativeEligible_NamesEligible() =>
        FluentActions.Invoking(() => new TargetContext(Sukamulya, April2012, Apr(2), -1, 0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("eligible must be 0 or more, but it is -1. (Parameter 'eligible')")
            .WithParameterName("eligible");

    [Fact]
    public void Constructor_PeriodStartInAnotherCalendar_SaysSo() =>
        FluentActions.Invoking(() => new TargetContext(Sukamulya, April2012, new LocalDate(2012, 4, 2, CalendarSystem.Julian), 1_000, 0))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("The period start 2012-04-02 is in the Julian calendar, but the library takes ISO dates only*")
            .WithParameterName("periodStart");
}
