using System;
using EktpDomain.Utility;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Utility;

/// <summary>Checked counts: overflow messages and the limits of a 64-bit product.</summary>
public partial class CheckedMathTests
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
}
