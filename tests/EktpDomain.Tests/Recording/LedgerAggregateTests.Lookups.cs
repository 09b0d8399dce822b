using System;
using EktpDomain.Recording;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Recording;

/// <summary>Looking up an aggregate's totals by kecamatan, by a region above it, or by a village.</summary>
public partial class LedgerAggregateTests
{
    [Fact]
    public void AggregateGetTotals_ByKecamatanRegionOrVillage()
    {
        var april = new DateInterval(new LocalDate(2012, 4, 1), new LocalDate(2012, 4, 30));
        var kronjo = new RegionCode(36, 3, 7);
        var aggregate = new LedgerAggregate([Kresek, kronjo], [april], [new LedgerTotals(10, 2, 1), new LedgerTotals(5, 0, 0)]);

        aggregate.GetTotals(Kresek, 0).Should().Be(new LedgerTotals(10, 2, 1));
        aggregate.GetTotals(new RegionCode(36, 3), 0).Should().Be(new LedgerTotals(15, 2, 1));
        aggregate.GetTotals(new RegionCode(36, 1), 0).Should().Be(LedgerTotals.Zero);

        var unknown = () => aggregate.GetTotals(new RegionCode(36, 3, 8), 0);
        var thrown = unknown.Should().ThrowExactly<ArgumentException>().Which;
        thrown.ParamName.Should().Be("region");
        thrown.Message.Should().Be("Kecamatan '36.03.08' is not in this aggregate, which holds 2 kecamatan. (Parameter 'region')");

        var village = () => aggregate.GetTotals(new RegionCode(36, 3, 6, 2001), 0);
        village.Should().ThrowExactly<ArgumentException>().Which.Message.Should().Be(
            "The aggregate is kept per kecamatan; '36.03.06.2001' is a village code. Use its kecamatan, 36.03.06. (Parameter 'region')");
    }
}
