using System;
using EktpDomain.Internal;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Mutation;

/// <summary>Internal helpers and eligibility: overflow messages and limits, non-ISO dates.</summary>
public class InternalMutationTests
{
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
