using System;
using EktpDomain.Utility;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Utility;

/// <summary>The checked sums of one region's figure: the region is named only when the sum overflows.</summary>
public partial class CheckedMathTests
{

    [Fact]
    public void InRange_IsTheSumOrDifference()
    {
        CheckedMath.Add(long.MaxValue - 1, 1, "coverage", Kresek).Should().Be(long.MaxValue);
        CheckedMath.Subtract(long.MinValue + 1, 1, "coverage", Kresek).Should().Be(long.MinValue);
        CheckedMath.Subtract(-1, long.MaxValue, "coverage", Kresek).Should().Be(long.MinValue);
    }

    [Fact]
    public void Overflow_NamesTheFigureAndTheRegion()
    {
        FluentActions.Invoking(() => CheckedMath.Add(long.MaxValue, 1, "coverage", Kresek))
            .Should().Throw<OverflowException>().WithMessage("The coverage of 36.03.06 overflows a 64-bit count: * + 1 is beyond *");
        FluentActions.Invoking(() => CheckedMath.Subtract(-2, long.MaxValue, "coverage", Kresek))
            .Should().Throw<OverflowException>().WithMessage("The coverage of 36.03.06 overflows a 64-bit count: -2 - * is beyond *");
    }
}
