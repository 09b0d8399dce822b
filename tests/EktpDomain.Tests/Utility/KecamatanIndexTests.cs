using System;
using EktpDomain.Utility;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Utility;

public class KecamatanIndexTests
{
    [Fact]
    public void KecamatanIndex_Null_ThrowsNamingTheCallersParameter() =>
        FluentActions.Invoking(() => new KecamatanIndex(null!, "codes"))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("codes");

    [Fact]
    public void KecamatanIndex_IndexOf_IsTheSortedPositionOrMinusOne()
    {
        var index = new KecamatanIndex([RegionCode.Parse("36.03.09"), RegionCode.Parse("36.03.01"), RegionCode.Parse("36.03.05")], "codes");

        index.IndexOf(RegionCode.Parse("36.03.01")).Should().Be(0);
        index.IndexOf(RegionCode.Parse("36.03.09")).Should().Be(2);
        index.IndexOf(RegionCode.Parse("36.03.07")).Should().Be(-1, "an absent code between two present ones is −1, not a bitwise-complemented insertion point");
        index.IndexOf(RegionCode.Parse("36.03.10")).Should().Be(-1);
    }
}
