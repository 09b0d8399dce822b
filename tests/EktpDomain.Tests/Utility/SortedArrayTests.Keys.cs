using System;
using EktpDomain.Utility;
using FluentAssertions;
using FsCheck.Xunit;
using Xunit;

namespace EktpDomain.Tests.Utility;

/// <summary>The lower bound over elements sorted by a key, as the capacity engine searches its outage spans.</summary>
public partial class SortedArrayTests
{
    private static readonly Interval[] Intervals = [new(1, 2), new(4, 6), new(8, 8), new(9, 12)];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(6, 1)]
    [InlineData(7, 2)]
    [InlineData(8, 2)]
    [InlineData(12, 3)]
    [InlineData(13, 4)]
    public void LowerBound_ByKey_IsTheFirstElementWhoseKeyIsNotBelowTheValue(int day, int expected) =>
        SortedArray.LowerBound<Interval, int, EndKey>(Intervals, day).Should().Be(expected);

    [Fact]
    public void LowerBound_ByKey_OfNothing_IsZero() =>
        SortedArray.LowerBound<Interval, int, EndKey>([], 5).Should().Be(0);

    [Property]
    public bool LowerBound_ByKey_CountsTheElementsWithSmallerKeys(int[] ends, int value)
    {
        Array.Sort(ends);
        var intervals = Array.ConvertAll(ends, e => new Interval(int.MinValue, e));
        int smaller = 0;
        foreach (int e in ends)
        {
            smaller += e < value ? 1 : 0;
        }

        return SortedArray.LowerBound<Interval, int, EndKey>(intervals, value) == smaller;
    }

    private sealed record Interval(int From, int To);

    private readonly struct EndKey : ISortKey<Interval, int>
    {
        public static int Of(Interval interval) => interval.To;
    }
}
