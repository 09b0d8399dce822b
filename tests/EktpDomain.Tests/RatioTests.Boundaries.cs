using System;
using System.Globalization;
using System.Numerics;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests;

/// <summary>
/// Ratio at its limits: exact messages, the 64-bit fast paths against the 128-bit slow paths at their boundaries, and a
/// BigInteger reference for arithmetic and comparison near <see cref="long.MaxValue"/>.
/// </summary>
public partial class RatioTests
{
    // 2^96 − 1, the largest decimal (79,228,162,514,264,337,593,543,950,335).
    private static readonly Int128 DecimalLimit = (Int128.One << 96) - 1;

    private static Int128 Pow2(int exponent) => Int128.One << exponent;

    [Fact]
    public void Constructor_ZeroDenominator_ThrowsWithTheRule()
    {
        var fromLongs = () => new Ratio(1L, 0L);
        var fromInt128 = () => new Ratio(Int128.One, Int128.Zero);

        fromLongs.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("denominator")
            .WithMessage("The denominator of a ratio cannot be 0. (Parameter 'denominator')");
        fromInt128.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("denominator")
            .WithMessage("The denominator of a ratio cannot be 0. (Parameter 'denominator')");
    }

    [Fact]
    public void Constructor_MinValueNumeratorOrDenominator_ThrowsOverflowWithTheReason()
    {
        var numerator = () => new Ratio(Int128.MinValue, Int128.One);
        var denominator = () => new Ratio(Int128.One, Int128.MinValue);

        numerator.Should().ThrowExactly<OverflowException>().WithMessage("A ratio's parts must be above the smallest 128-bit integer.");
        denominator.Should().ThrowExactly<OverflowException>().WithMessage("A ratio's parts must be above the smallest 128-bit integer.");
    }

    [Fact]
    public void Constructor_PartsJustAboveMinValue_AreAccepted()
    {
        var r = new Ratio(Int128.MinValue + 1, -Int128.One);

        r.Numerator.Should().Be(Int128.MaxValue);
        r.Denominator.Should().Be(Int128.One);
    }

    [Fact]
    public void Constructor_GcdAbove64Bits_ReducesToLowestTerms()
    {
        // gcd(2^100, 6) = 2 takes one 128-bit Euclid step before the 64-bit one.
        var r = new Ratio(Pow2(100), 6);
        r.Numerator.Should().Be(Pow2(99));
        r.Denominator.Should().Be(3);

        // gcd(2^100, 2^66) = 2^66: Euclid ends in 128 bits with a zero remainder.
        var s = new Ratio(Pow2(100), Pow2(66));
        s.Numerator.Should().Be(Pow2(34));
        s.Denominator.Should().Be(Int128.One);

        // Both parts above 64 bits for several steps: 3·2^100 / 5·2^100 = 3/5.
        var t = new Ratio(3 * Pow2(100), 5 * Pow2(100));
        t.Should().Be(new Ratio(3, 5));
        t.Numerator.Should().Be(3);
        t.Denominator.Should().Be(5);
    }

    [Fact]
    public void FromDecimal_EighteenPlaces_IsExact() =>
        Ratio.FromDecimal(0.000000000000000001m).Should().Be(new Ratio(1, 1_000_000_000_000_000_000));

    [Fact]
    public void FromDecimal_UnscaledValueAtTheLongLimits_IsExact()
    {
        Ratio.FromDecimal(9_223_372_036_854_775_807m).Should().Be(new Ratio(long.MaxValue, 1));
        Ratio.FromDecimal(-9_223_372_036_854_775_808m).Should().Be(new Ratio(long.MinValue, 1));
        Ratio.FromDecimal(922_337_203_685_477_580.7m).Should().Be(new Ratio(long.MaxValue, 10));
        Ratio.FromDecimal(0m).Should().Be(Ratio.Zero);
        Ratio.FromDecimal(-2.5m).Should().Be(new Ratio(-5, 2));
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("922337203685477580.8")]
    [InlineData("0.0000000000000000001")]
    public void FromDecimal_NotA64BitFraction_ThrowsNamingTheValue(string text)
    {
        decimal value = decimal.Parse(text, CultureInfo.InvariantCulture);

        var act = () => Ratio.FromDecimal(value);

        act.Should().ThrowExactly<OverflowException>()
            .WithMessage($"The decimal {text} cannot be represented exactly as a 64-bit fraction.");
    }

    [Fact]
    public void FromPercent_IsTheValueOverAHundred()
    {
        Ratio.FromPercent(0.000000000000000001m).Should().Be(new Ratio(Int128.One, (Int128)1_000_000_000_000_000_000 * 100));
        Ratio.FromPercent(-50m).Should().Be(new Ratio(-1, 2));
    }

    [Fact]
    public void FromInt64AndImplicitConversion_AreTheIntegerOverOne()
    {
        Ratio.FromInt64(-5).Should().Be(new Ratio(-5, 1));
        Ratio.FromInt64(-5).Denominator.Should().Be(1);
        Ratio implicitValue = 7L;
        implicitValue.Numerator.Should().Be(7);
        implicitValue.Denominator.Should().Be(1);
        Ratio.One.Numerator.Should().Be(1);
        Ratio.One.Denominator.Should().Be(1);
    }

    [Fact]
    public void IsNegative_IsTheSignOfTheNumerator()
    {
        new Ratio(-1, 3).IsNegative.Should().BeTrue();
        new Ratio(1, -3).IsNegative.Should().BeTrue();
        Ratio.Zero.IsNegative.Should().BeFalse();
        new Ratio(1, 3).IsNegative.Should().BeFalse();
    }

    [Fact]
    public void IntegerParts_AtTheLongLimits_FitExactly()
    {
        var max = new Ratio(long.MaxValue, 1);
        var min = new Ratio(long.MinValue, 1);

        max.Ceiling().Should().Be(long.MaxValue);
        max.Floor().Should().Be(long.MaxValue);
        max.Round().Should().Be(long.MaxValue);
        min.Ceiling().Should().Be(long.MinValue);
        min.Floor().Should().Be(long.MinValue);
        min.Round().Should().Be(long.MinValue);
    }

    [Fact]
    public void IntegerParts_HalfBeyondTheLongLimits_UseThe128BitPathAndThrowOnlyWhenTheResultDoesNotFit()
    {
        // (2^64 − 1) / 2 = 9,223,372,036,854,775,807.5
        var above = new Ratio((Int128)ulong.MaxValue, 2);
        above.Floor().Should().Be(long.MaxValue);
        FluentActions.Invoking(() => above.Ceiling()).Should().ThrowExactly<OverflowException>()
            .WithMessage("The ceiling of the ratio is beyond the 64-bit limit of about ±9.2 × 10^18.");
        FluentActions.Invoking(() => above.Round()).Should().ThrowExactly<OverflowException>()
            .WithMessage("The rounded value of the ratio is beyond the 64-bit limit of about ±9.2 × 10^18.");

        // −9,223,372,036,854,775,807.5: the floor and the rounded value are long.MinValue.
        var below = new Ratio(-(Int128)ulong.MaxValue, 2);
        below.Ceiling().Should().Be(long.MinValue + 1);
        below.Floor().Should().Be(long.MinValue);
        below.Round().Should().Be(long.MinValue);

        // −9,223,372,036,854,775,808.5
        var further = new Ratio(-(Int128)ulong.MaxValue - 2, 2);
        further.Ceiling().Should().Be(long.MinValue);
        FluentActions.Invoking(() => further.Floor()).Should().ThrowExactly<OverflowException>()
            .WithMessage("The floor of the ratio is beyond the 64-bit limit of about ±9.2 × 10^18.");
    }

    [Fact]
    public void IntegerParts_DenominatorBeyond64Bits_AreExact()
    {
        var tiny = new Ratio(Int128.One, Int128.MaxValue);
        tiny.Floor().Should().Be(0);
        tiny.Ceiling().Should().Be(1);
        tiny.Round().Should().Be(0);

        var negativeTiny = new Ratio(-Int128.One, Int128.MaxValue);
        negativeTiny.Floor().Should().Be(-1);
        negativeTiny.Ceiling().Should().Be(0);
        negativeTiny.Round().Should().Be(0);

        // (2^64 + 1) / 2^65 is just above a half and rounds to 1; (2^64 − 1) / 2^65 is just below and rounds to 0.
        new Ratio(Pow2(64) + 1, Pow2(65)).Round().Should().Be(1);
        new Ratio(Pow2(64) - 1, Pow2(65)).Round().Should().Be(0);
        new Ratio(-Pow2(64) - 1, Pow2(65)).Round().Should().Be(-1);
    }

    [Theory]
    [InlineData(1, 2, 1)]
    [InlineData(-1, 2, -1)]
    [InlineData(3, 2, 2)]
    [InlineData(-3, 2, -2)]
    [InlineData(1, 3, 0)]
    [InlineData(2, 3, 1)]
    [InlineData(-2, 3, -1)]
    [InlineData(-1, 3, 0)]
    [InlineData(4, 1, 4)]
    public void Round_HalvesAndNeighbours_AwayFromZero(long n, long d, long expected) =>
        new Ratio(n, d).Round().Should().Be(expected);

    [Fact]
    public void ToDecimal_AtTheDecimalLimit_IsExactAndBeyondThrows()
    {
        new Ratio(DecimalLimit, 1).ToDecimal().Should().Be(decimal.MaxValue);
        new Ratio(-DecimalLimit, 1).ToDecimal().Should().Be(decimal.MinValue);

        FluentActions.Invoking(() => new Ratio(DecimalLimit + 1, 1).ToDecimal()).Should().ThrowExactly<OverflowException>()
            .WithMessage("The ratio is beyond the range of a decimal (about 7.9 × 10^28).");
        FluentActions.Invoking(() => new Ratio(-DecimalLimit - 1, 1).ToDecimal()).Should().ThrowExactly<OverflowException>()
            .WithMessage("The ratio is beyond the range of a decimal (about 7.9 × 10^28).");
    }

    [Fact]
    public void ToDecimal_PartsBeyondADecimal_AreScaledDown()
    {
        // (2^125 + 1) / 2^126 = 0.5 + 2^−126: both parts exceed a decimal; halving them gives exactly 0.5.
        new Ratio(Pow2(125) + 1, Pow2(126)).ToDecimal().Should().Be(0.5m);
        new Ratio(-Pow2(125) - 1, Pow2(126)).ToDecimal().Should().Be(-0.5m);

        // A small remainder over a huge denominator: 3 + 2^−100 is 3 to 28 digits.
        new Ratio(((Int128)3 * Pow2(100)) + 1, Pow2(100)).ToDecimal().Should().Be(3m);
        new Ratio(Int128.One, Int128.MaxValue).ToDecimal().Should().Be(0m);
    }

    [Fact]
    public void ToDecimal_SmallParts_IsExact()
    {
        new Ratio(-7, 2).ToDecimal().Should().Be(-3.5m);
        new Ratio(29, 8).ToDecimal().Should().Be(3.625m);
    }

    [Fact]
    public void ToDouble_IsNumeratorOverDenominator()
    {
        new Ratio(1, 4).ToDouble().Should().Be(0.25);
        new Ratio(-3, 8).ToDouble().Should().Be(-0.375);
        new Ratio(6, 1).ToDouble().Should().Be(6.0);
    }

    [Fact]
    public void Divide_ByZero_ThrowsNamingTheDivisor()
    {
        var op = () => new Ratio(1, 2) / 0;
        var method = () => Ratio.Divide(new Ratio(1, 2), 0);

        op.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("right");
        method.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("right");
    }

    [Fact]
    public void Divide_ByANegative_MovesTheSign() =>
        (new Ratio(3, 4) / -6).Should().Be(new Ratio(-1, 8));

    [Fact]
    public void Multiply_CrossReducesSoThatOnlyTheResultMustFit()
    {
        // MaxValue/3 × 3/MaxValue = 1, although MaxValue × 3 does not fit in 128 bits.
        (new Ratio(Int128.MaxValue, 3) * new Ratio(3, Int128.MaxValue)).Should().Be(Ratio.One);
        (new Ratio(3, Int128.MaxValue) * new Ratio(Int128.MaxValue, 3)).Should().Be(Ratio.One);
        (new Ratio(Int128.MaxValue, 2) * new Ratio(2, 5)).Should().Be(new Ratio(Int128.MaxValue, 5));
        (new Ratio(2, 5) * new Ratio(Int128.MaxValue, 2)).Should().Be(new Ratio(Int128.MaxValue, 5));
        (Ratio.Zero * new Ratio(Int128.MaxValue, 3)).Should().Be(Ratio.Zero);
        (new Ratio(-4, 9) * new Ratio(3, 8)).Should().Be(new Ratio(-1, 6));
    }

    [Fact]
    public void Add_OverTheLeastCommonDenominator_SoThatOnlyTheResultMustFit()
    {
        // MaxValue/2 − MaxValue/2 = 0; over the product of the denominators the numerators would not fit.
        (new Ratio(Int128.MaxValue, 2) + new Ratio(-Int128.MaxValue, 2)).Should().Be(Ratio.Zero);
        (new Ratio(Pow2(120) + 1, 6) + new Ratio(-Pow2(120) - 1, 4)).Should().Be(new Ratio(-Pow2(120) - 1, 12));
        (new Ratio(1, 6) + new Ratio(1, 4)).Should().Be(new Ratio(5, 12));
        (new Ratio(1, 6) + new Ratio(-1, 4)).Should().Be(new Ratio(-1, 12));
    }

    [Fact]
    public void Overflow_Messages_AreExact()
    {
        var huge = new Ratio(Int128.MaxValue / 2, 1);

        FluentActions.Invoking(() => huge * 3).Should().ThrowExactly<OverflowException>()
            .WithMessage("An exact ratio product is beyond 128 bits (about 1.7 × 10^38); the counts involved are far beyond any population.");
        FluentActions.Invoking(() => huge + huge + huge).Should().ThrowExactly<OverflowException>()
            .WithMessage("An exact ratio sum is beyond 128 bits (about 1.7 × 10^38); the counts involved are far beyond any population.");
    }

    [Fact]
    public void Equals_PartsDifferingInOneField_AreNotEqual()
    {
        new Ratio(1, 2).Equals(new Ratio(1, 3)).Should().BeFalse("same numerator, different denominator");
        new Ratio(1, 3).Equals(new Ratio(2, 3)).Should().BeFalse("same denominator, different numerator");
        (new Ratio(1, 2) == new Ratio(1, 3)).Should().BeFalse();
        (new Ratio(1, 3) != new Ratio(2, 3)).Should().BeTrue();
        new Ratio(2, 6).Equals(new Ratio(1, 3)).Should().BeTrue();
    }

    [Fact]
    public void CompareTo_OnePartBeyond64Bits_UsesTheExactPath()
    {
        var hugeNumerator = new Ratio(Int128.MaxValue, 1);
        var hugeDenominator = new Ratio(Int128.One, Int128.MaxValue);
        var third = new Ratio(1, 3);
        var three = new Ratio(3, 1);

        hugeNumerator.CompareTo(third).Should().BePositive();
        third.CompareTo(hugeNumerator).Should().BeNegative();
        hugeDenominator.CompareTo(three).Should().BeNegative();
        three.CompareTo(hugeDenominator).Should().BePositive();
        hugeNumerator.CompareTo(hugeNumerator).Should().Be(0);
        (hugeDenominator < third).Should().BeTrue();
        (new Ratio(-Int128.MaxValue, 1) < new Ratio(-1, 3)).Should().BeTrue();
    }

    [Fact]
    public void CompareTo_OtherType_ThrowsNamingBothTypes()
    {
        IComparable one = Ratio.One;

        var act = () => one.CompareTo("1/1");

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("obj")
            .WithMessage("Object must be of type Ratio, not String. (Parameter 'obj')");
        one.CompareTo(null).Should().BePositive();
        one.CompareTo(new Ratio(2, 1)).Should().BeNegative();
    }

    [Theory]
    [InlineData("R")]
    [InlineData("r")]
    public void ToString_RoundTripFormat_GivesTheExactFraction(string format)
    {
        new Ratio(-41, 40).ToString(format, CultureInfo.GetCultureInfo("id-ID")).Should().Be("-41/40");
        new Ratio(5, 1).ToString(format, null).Should().Be("5/1");
        new Ratio(Int128.MaxValue, 3).ToString(format, null).Should().Be("170141183460469231731687303715884105727/3");
    }

    [Theory]
    [InlineData(7_400, 7, "1057.1429")]
    [InlineData(475, 2, "237.5")]
    [InlineData(5, 1, "5")]
    [InlineData(22, 45, "0.4889")]
    [InlineData(-41, 40, "-1.025")]
    [InlineData(1, 3_000_000, "0")]
    public void ToString_ForAPerson_IsADecimalOfAtMostFourPlaces(long numerator, long denominator, string expected)
    {
        new Ratio(numerator, denominator).ToString().Should().Be(expected);
        $"{new Ratio(numerator, denominator)}".Should().Be(expected);
        new Ratio(numerator, denominator).ToString(null, CultureInfo.InvariantCulture).Should().Be(expected);
        new Ratio(numerator, denominator).ToString("", CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Fact]
    public void ToString_ForAPerson_FollowsTheCultureGiven() =>
        new Ratio(-41, 40).ToString(null, CultureInfo.GetCultureInfo("id-ID")).Should().Be("-1,025");

    [Fact]
    public void ToString_BeyondTheRangeOfDecimal_GivesTheExactFraction() =>
        new Ratio(Int128.MaxValue, 3).ToString().Should().Be("170141183460469231731687303715884105727/3");

    [Fact]
    public void ToString_NumericFormats_ApplyToTheDecimalValue()
    {
        new Ratio(1, 3).ToString("0.00", CultureInfo.InvariantCulture).Should().Be("0.33");
        new Ratio(3, 20).ToString("P1", CultureInfo.InvariantCulture).Should().Be("15.0 %");
        new Ratio(41, 40).ToString("F", CultureInfo.InvariantCulture).Should().Be("1.03", "F is the standard fixed-point format, two places");
    }

    /// <summary>Sums, products, comparisons and integer parts near long.MaxValue agree with BigInteger arithmetic.</summary>
    [Fact]
    public void Arithmetic_NearTheLongLimit_AgreesWithABigIntegerReference()
    {
        var random = new Random(2012);
        long[] near = [long.MaxValue, long.MaxValue - 1, long.MaxValue - 2, -long.MaxValue, -long.MaxValue + 1, 1, -1, 2, 3, 6, 1L << 62, (1L << 62) + 1, 4_611_686_018_427_387_903];
        for (int i = 0; i < 400; i++)
        {
            long a = Pick(random, near);
            long b = Pick(random, near);
            long c = Pick(random, near);
            long d = Pick(random, near);
            if (b == 0 || d == 0)
            {
                continue;
            }

            var x = new Ratio(a, b);
            var y = new Ratio(c, d);
            AssertReduced(x, a, b);
            AssertReduced(x + y, ((BigInteger)a * d) + ((BigInteger)c * b), (BigInteger)b * d);
            AssertReduced(x * y, (BigInteger)a * c, (BigInteger)b * d);
            int expected = ((BigInteger)a * b * d * d).CompareTo((BigInteger)c * d * b * b);
            Math.Sign(x.CompareTo(y)).Should().Be(Math.Sign(expected), $"{a}/{b} vs {c}/{d}");
            (x == y).Should().Be(expected == 0);

            BigInteger floor = FloorDiv(a, b);
            x.Floor().Should().Be((long)floor, $"floor of {a}/{b}");
            x.Ceiling().Should().Be((long)-FloorDiv(-(BigInteger)a, b), $"ceiling of {a}/{b}");
        }
    }

    private static long Pick(Random random, long[] near) =>
        random.Next(3) == 0 ? random.NextInt64(long.MinValue + 1, long.MaxValue) : near[random.Next(near.Length)];

    private static BigInteger FloorDiv(BigInteger n, BigInteger d)
    {
        BigInteger q = BigInteger.DivRem(n, d, out BigInteger r);
        return r != 0 && (r.Sign != d.Sign) ? q - 1 : q;
    }

    private static void AssertReduced(Ratio actual, BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        ((BigInteger)actual.Numerator).Should().Be(numerator / gcd);
        ((BigInteger)actual.Denominator).Should().Be(denominator / gcd);
    }
}
