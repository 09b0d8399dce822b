using System;
using System.Linq;
using EktpDomain.Utility;
using FluentAssertions;
using FsCheck.Xunit;
using Xunit;

namespace EktpDomain.Tests.Utility;

/// <summary>Rounding exact parts to whole ones that keep their total.</summary>
public class LargestRemainderTests
{
    private static long[] Apportion(long total, params Ratio[] parts)
    {
        var rounded = new long[parts.Length];
        LargestRemainder.Apportion(parts, total, rounded);
        return rounded;
    }

    [Fact]
    public void TheMissingUnitsGoToTheLargestFractions()
    {
        // 1.2 + 2.7 + 3.1 = 7: rounded down 1 + 2 + 3 = 6, the missing one goes to 2.7.
        Apportion(7, new Ratio(6, 5), new Ratio(27, 10), new Ratio(31, 10)).Should().Equal(1, 3, 3);
    }

    [Fact]
    public void HalvesThatRoundingEachWouldRaiseBoth_GiveTheUnitToTheFirst()
    {
        // Rounding each half on its own gives 1 + 1 = 2 for a total of 1.
        Apportion(1, new Ratio(1, 2), new Ratio(1, 2)).Should().Equal(1, 0);
        Apportion(1, new Ratio(1, 3), new Ratio(1, 3), new Ratio(1, 3)).Should().Equal(1, 0, 0);
    }

    [Fact]
    public void WholeParts_StayAsTheyAre() =>
        Apportion(10, new Ratio(4, 1), Ratio.Zero, new Ratio(6, 1)).Should().Equal(4, 0, 6);

    [Fact]
    public void ATotalBeyondWhatRoundingCanReach_Throws()
    {
        var tooMuch = () => Apportion(3, new Ratio(1, 2), new Ratio(1, 2));
        var tooLittle = () => Apportion(0, new Ratio(3, 2), new Ratio(1, 2));

        var beyondAWholePart = () => Apportion(3, new Ratio(1, 1), new Ratio(1, 2));

        tooMuch.Should().Throw<InvalidOperationException>().WithMessage("*beyond their sum rounded up*");
        beyondAWholePart.Should().Throw<InvalidOperationException>().WithMessage("*beyond their sum rounded up*", "a whole part has no fraction to round up");
        tooLittle.Should().Throw<InvalidOperationException>().WithMessage("*below their sum rounded down*");
    }

    [Property]
    public bool Property_PartsSumToTheTotal_AndEachIsItsFloorOrCeiling(byte[] numerators, byte denominator)
    {
        long d = denominator + 1L;
        var parts = numerators.Take(6).Select(n => new Ratio(n, d)).ToArray();
        Ratio sum = parts.Aggregate(Ratio.Zero, (a, b) => a + b);
        long total = sum.Round();

        var rounded = Apportion(total, parts);

        return rounded.Sum() == total
            && rounded.Zip(parts).All(x => x.First == x.Second.Floor() || x.First == x.Second.Ceiling());
    }
}
