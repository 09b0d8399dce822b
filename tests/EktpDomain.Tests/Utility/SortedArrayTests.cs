using EktpDomain.Utility;
using FluentAssertions;
using FsCheck.Xunit;
using Xunit;

namespace EktpDomain.Tests.Utility;

public partial class SortedArrayTests
{
    [Theory]
    [InlineData(new int[0], 5, 0)]
    [InlineData(new[] { 1, 3, 3, 3, 7 }, 3, 1)]
    [InlineData(new[] { 1, 3, 3, 3, 7 }, 4, 4)]
    [InlineData(new[] { 1, 3, 3, 3, 7 }, 0, 0)]
    [InlineData(new[] { 1, 3, 3, 3, 7 }, 7, 4)]
    [InlineData(new[] { 1, 3, 3, 3, 7 }, 8, 5)]
    public void LowerBound_IsTheFirstIndexNotBelowTheValue_EvenAmongRepeats(int[] sorted, int value, int expected) =>
        SortedArray.LowerBound<int>(sorted, value).Should().Be(expected);

    [Property]
    public bool LowerBound_CountsTheSmallerElements(int[] values, int value)
    {
        System.Array.Sort(values);
        int smaller = 0;
        foreach (int v in values)
        {
            smaller += v < value ? 1 : 0;
        }

        return SortedArray.LowerBound<int>(values, value) == smaller
            && SortedArray.LowerBound<long>(System.Array.ConvertAll(values, v => (long)v), value) == smaller;
    }
}
