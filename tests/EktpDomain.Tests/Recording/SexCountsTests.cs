using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Recording;

/// <summary>R25: one measure of an aggregate export for men (L), women (P) and in total (JML); the parts are a cross-check.</summary>
public class SexCountsTests
{
    [Theory]
    [InlineData(100L, 120L, 220L, false)]
    [InlineData(0L, 0L, 0L, false)]
    [InlineData(100L, 120L, 221L, true)]
    [InlineData(100L, 120L, 219L, true)]
    [InlineData(0L, 0L, 1L, true)]
    [InlineData(100L, null, 50L, false)]
    [InlineData(null, 120L, 50L, false)]
    [InlineData(null, null, 7L, false)]
    [InlineData(long.MaxValue, 0L, long.MaxValue, false)]
    [InlineData(long.MaxValue - 1, 1L, long.MaxValue, false)]
    [InlineData(long.MaxValue, 1L, long.MaxValue, true)]
    [InlineData(long.MaxValue, 1L, long.MinValue, true)]
    [InlineData(long.MaxValue, long.MaxValue, -2L, true)]
    [InlineData(long.MaxValue, long.MaxValue, long.MaxValue, true)]
    public void PartsDisagree_OnlyWhenBothPartsAreGiven_AndTheirSumIsNotTheTotal(long? men, long? women, long total, bool disagree)
    {
        // A sum beyond 64 bits is never equal to a total, even to the total it wraps to (2^63 − 1 + 1 wraps to −2^63).
        new SexCounts(men, women, total).PartsDisagree.Should().Be(disagree);
    }

    [Fact]
    public void PartsDisagree_IsTheSameWhicheverPartIsNegative()
    {
        new SexCounts(-5, 10, 5).PartsDisagree.Should().BeFalse();
        new SexCounts(10, -5, 5).PartsDisagree.Should().BeFalse();
    }

    [Fact]
    public void OfTotal_HasNoParts_AndNeverDisagrees()
    {
        var counts = SexCounts.OfTotal(220);

        counts.Should().Be(new SexCounts(null, null, 220));
        counts.Men.Should().BeNull();
        counts.Women.Should().BeNull();
        counts.Total.Should().Be(220);
        counts.PartsDisagree.Should().BeFalse();
        SexCounts.OfTotal(long.MaxValue).Total.Should().Be(long.MaxValue);
    }

    [Fact]
    public void Equality_ComparesTheThreeCounts()
    {
        new SexCounts(1, 2, 3).Should().Be(new SexCounts(1, 2, 3));
        new SexCounts(1, 2, 3).Should().NotBe(new SexCounts(1, 2, 4));
        new SexCounts(1, 2, 3).Should().NotBe(new SexCounts(2, 1, 3));
        new SexCounts(1, null, 3).Should().NotBe(new SexCounts(1, 0, 3));
    }

    [Theory]
    [InlineData(100L, 120L, 220L, "L 100 + P 120 = JML 220")]
    [InlineData(100L, 120L, 221L, "L 100 + P 120 = JML 221")]
    [InlineData(0L, 0L, 0L, "L 0 + P 0 = JML 0")]
    [InlineData(100L, null, 220L, "220")]
    [InlineData(null, 120L, 220L, "220")]
    [InlineData(null, null, 220L, "220")]
    public void ToString_ShowsTheParts_OnlyWhenBothAreGiven(long? men, long? women, long total, string text)
    {
        new SexCounts(men, women, total).ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("id-ID")]
    [InlineData("en-US")]
    [InlineData("ar-SA")]
    public void ToString_IsTheSameInEveryCulture_WithoutDigitGrouping(string culture)
    {
        using var scope = CultureScope.Use(culture);

        new SexCounts(1_234_567, 7_654_321, 8_888_888).ToString().Should().Be("L 1234567 + P 7654321 = JML 8888888");
        SexCounts.OfTotal(-1_234_567).ToString().Should().Be("-1234567");
    }
}
