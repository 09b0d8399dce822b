using EktpDomain.Attainment;
using EktpDomain.Recording;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Attainment;

public class KecamatanAttainmentTests
{
    [Fact]
    public void Rank_IsTheOneGivenAtConstruction()
    {
        var totals = new LedgerTotals(150, 0, 0);

        var ranked = new KecamatanAttainment(Sukamulya, "Sukamulya", 1_000, 150, totals, 150, 0, AttainmentBand.Met, rank: 3);
        var unranked = new KecamatanAttainment(Sukamulya, "Sukamulya", 1_000, 0, totals, 150, 0, AttainmentBand.Met, rank: null);

        ranked.Rank.Should().Be(3);
        unranked.Rank.Should().BeNull();
    }

    [Fact]
    public void Rank_CannotBeChangedAfterConstruction()
    {
        typeof(KecamatanAttainment).GetProperty(nameof(KecamatanAttainment.Rank))!.SetMethod.Should().BeNull();
    }
}
