using System;
using System.Collections;
using System.Linq;
using EktpDomain.Utility;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Utility;

/// <summary>The read-only array view handed out by the region catalogue: bounds and enumeration.</summary>
public class ReadOnlyArraySliceTests
{
    private static readonly int[] Values = [10, 20, 30, 40, 50];

    [Fact]
    public void Slice_Middle_SeesOnlyItsElements()
    {
        var slice = new ReadOnlyArraySlice<int>(Values, 1, 3);

        slice.Count.Should().Be(3);
        slice[0].Should().Be(20);
        slice[2].Should().Be(40);
        slice.ToArray().Should().Equal(20, 30, 40);
        ((IEnumerable)slice).Cast<int>().Should().Equal(20, 30, 40);
    }

    [Fact]
    public void Slice_AtTheEnd_IsAllowed()
    {
        var slice = new ReadOnlyArraySlice<int>(Values, 2, 3);

        slice.ToArray().Should().Equal(30, 40, 50);
        new ReadOnlyArraySlice<int>(Values, 5, 0).Should().BeEmpty();
        ReadOnlyArraySlice<int>.Empty.Count.Should().Be(0);
    }

    [Theory]
    [InlineData(-1, 0, "start")]
    [InlineData(0, -1, "count")]
    [InlineData(3, 3, "start")]
    [InlineData(6, 0, "start")]
    public void Constructor_OutOfBounds_Throws(int start, int count, string parameter)
    {
        var act = () => new ReadOnlyArraySlice<int>(Values, start, count);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Indexer_OutsideTheSlice_Throws(int index)
    {
        var slice = new ReadOnlyArraySlice<int>(Values, 1, 3);

        var act = () => slice[index];

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("index");
    }
}
