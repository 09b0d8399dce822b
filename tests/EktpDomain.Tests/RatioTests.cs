using System;
using System.Globalization;
using EktpDomain.Tests.Support;
using FluentAssertions;
using FsCheck.Xunit;
using Xunit;

namespace EktpDomain.Tests;

public partial class RatioTests
{
    [Fact]
    public void Constructor_NormalizesToLowestTermsWithPositiveDenominator()
    {
        var r = new Ratio(6, -4);
        r.Numerator.Should().Be(-3);
        r.Denominator.Should().Be(2);
        new Ratio(2, 4).Should().Be(new Ratio(1, 2));
        new Ratio(0, 7).Should().Be(Ratio.Zero);
    }

    [Fact]
    public void Default_IsZero()
    {
        Ratio r = default;
        r.Numerator.Should().Be(0);
        r.Denominator.Should().Be(1);
        r.Should().Be(new Ratio(0, 5));
        r.ToString().Should().Be("0");
        r.ToString("R", null).Should().Be("0/1");
    }

    [Fact]
    public void Constructor_ZeroDenominator_Throws()
    {
        var act = () => new Ratio(1, 0);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator");
    }

    [Theory]
    [InlineData(15, 3, 20)]
    [InlineData(12.5, 1, 8)]
    [InlineData(0.001, 1, 100000)]
    public void FromPercent_IsExact(double percent, long n, long d) =>
        Ratio.FromPercent((decimal)percent).Should().Be(new Ratio(n, d));

    [Theory]
    [InlineData(41, 40, 2, 1)]
    [InlineData(40, 40, 1, 1)]
    [InlineData(-41, 40, -1, -2)]
    [InlineData(-40, 40, -1, -1)]
    [InlineData(1, 3, 1, 0)]
    public void CeilingAndFloor(long n, long d, long ceiling, long floor)
    {
        new Ratio(n, d).Ceiling().Should().Be(ceiling);
        new Ratio(n, d).Floor().Should().Be(floor);
    }

    [Theory]
    [InlineData(5, 2, 3)]
    [InlineData(-5, 2, -3)]
    [InlineData(7, 3, 2)]
    [InlineData(-7, 3, -2)]
    [InlineData(8, 3, 3)]
    [InlineData(0, 3, 0)]
    public void Round_HalvesAwayFromZero(long n, long d, long expected) => new Ratio(n, d).Round().Should().Be(expected);

    [Fact]
    public void Arithmetic_IsExact()
    {
        (new Ratio(1, 3) + new Ratio(1, 6)).Should().Be(new Ratio(1, 2));
        (new Ratio(2, 3) * new Ratio(3, 4)).Should().Be(new Ratio(1, 2));
        (Ratio.FromPercent(15) * 41_000).Should().Be(new Ratio(6150, 1));
        (new Ratio(3, 4) / 3).Should().Be(new Ratio(1, 4));
        Ratio.Add(Ratio.One, Ratio.One).Should().Be(new Ratio(2, 1));
        Ratio.Multiply(new Ratio(1, 2), new Ratio(1, 2)).Should().Be(new Ratio(1, 4));
        Ratio.Divide(Ratio.One, 4).Should().Be(new Ratio(1, 4));
    }

    [Fact]
    public void Arithmetic_OnCountsNearTheLimit_IsExact()
    {
        var target = Ratio.FromPercent(15) * long.MaxValue;
        target.Numerator.Should().Be((Int128)long.MaxValue * 3);
        target.Denominator.Should().Be(20);
        target.Ceiling().Should().Be(1_383_505_805_528_216_372L, "ceil(9,223,372,036,854,775,807 × 3 ÷ 20)");
        (new Ratio(long.MaxValue, 1) + Ratio.One).Numerator.Should().Be((Int128)long.MaxValue + 1);
        new Ratio(long.MaxValue, 3).CompareTo(new Ratio(long.MaxValue - 1, 3)).Should().BePositive();
    }

    [Fact]
    public void Arithmetic_Beyond128Bits_ThrowsClearly()
    {
        var huge = new Ratio(Int128.MaxValue / 2, 1);
        var act = () => huge * 3;
        act.Should().Throw<OverflowException>().WithMessage("An exact ratio product is beyond 128 bits*");
        var add = () => huge + huge + huge;
        add.Should().Throw<OverflowException>().WithMessage("An exact ratio sum is beyond 128 bits*");
        var ceiling = () => new Ratio(Int128.MaxValue / 2, 1).Ceiling();
        ceiling.Should().Throw<OverflowException>().WithMessage("The ceiling of the ratio is beyond the 64-bit limit*");
        var min = () => new Ratio(Int128.MinValue, 1);
        min.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Compare_LargeParts_UsesExactBigIntegerPath()
    {
        var a = new Ratio(Int128.MaxValue / 3, Int128.MaxValue / 5);
        var b = new Ratio((Int128.MaxValue / 3) - 1, Int128.MaxValue / 5);
        a.Should().BeGreaterThan(b);
        a.CompareTo(a).Should().Be(0);
        a.ToDecimal().Should().BeApproximately(5m / 3m, 0.000001m);
    }

    [Fact]
    public void Compare_IsExactWhereDoublesAreNot()
    {
        // These two differ by about 1e-18 relative: a double comparison would call them equal.
        var a = new Ratio(999_999_999_999_999_999, 1_000_000_000_000_000_000);
        var b = new Ratio(999_999_999_999_999_998, 999_999_999_999_999_999);
        a.ToDouble().Should().Be(b.ToDouble());
        a.Should().BeGreaterThan(b);
    }

    [Fact]
    public void Equality_And_Ordering_Contract()
    {
        ValueContract.AssertEquality(new Ratio(1, 2), new Ratio(3, 6), new Ratio(2, 3), (a, b) => a == b, (a, b) => a != b);
        ValueContract.AssertOrdering(new Ratio(1, 3), new Ratio(2, 6), new Ratio(1, 2), (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b);
    }

    [Theory]
    [InlineData("id-ID", "14,5")]
    [InlineData("en-US", "14.5")]
    public void ToString_NumericFormat_FollowsCulture(string culture, string expected) =>
        new Ratio(29, 2).ToString("0.0", CultureInfo.GetCultureInfo(culture)).Should().Be(expected);

    [Property]
    public bool Property_CompareAgreesWithDecimalWhenFarApart(int a, int b, byte c, byte d)
    {
        long da = c + 1L, db = d + 1L;
        var x = new Ratio(a, da);
        var y = new Ratio(b, db);
        return Math.Sign(x.CompareTo(y)) == Math.Sign(((decimal)a / da).CompareTo((decimal)b / db)) || Math.Abs(((decimal)a / da) - ((decimal)b / db)) < 1e-20m;
    }

    [Property]
    public bool Property_CeilingIsSmallestIntegerNotBelow(long n, int d)
    {
        if (d == 0 || n == long.MinValue)
        {
            return true;
        }

        var r = new Ratio(n, d);
        long c = r.Ceiling();
        return new Ratio(c, 1) >= r && (c == long.MinValue || new Ratio(c - 1, 1) < r);
    }
}
