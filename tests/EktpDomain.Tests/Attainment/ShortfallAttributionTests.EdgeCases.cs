using System;
using System.Collections.Generic;
using EktpDomain.Attainment;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Attainment;

/// <summary>Shortfall attribution at its edges (R6): no inventory, target met or not applicable, equality, overflow.</summary>
public partial class ShortfallAttributionTests
{
    [Fact]
    public void ShortfallAttributionEquals_SameDemandButDifferentShortfallAndDataLoss_AreNotEqual()
    {
        // Target 10, nothing recorded: shortfall 10, data loss 0, demand 10.
        var a = ShortfallAttribution.Calculate(10, LedgerTotals.Zero, null);

        // Target 20, 10 recorded and 10 lost: shortfall 20, data loss 10, demand 10.
        var b = ShortfallAttribution.Calculate(20, new LedgerTotals(10, 10, 0), null);

        a.Demand.Should().Be(b.Demand);
        a.Outage.Should().Be(b.Outage);
        a.Equals(b).Should().BeFalse();
        (a == b).Should().BeFalse();
        (a != b).Should().BeTrue();
        a.Equals((object)b).Should().BeFalse();
    }

    /// <summary>
    /// Attributions that share some parts and differ in others: two targets, four ledgers, with an inventory or
    /// without (two outages), and without invitations or with three turnouts.
    /// </summary>
    internal static ShortfallAttribution[] Assorted()
    {
        var result = new List<ShortfallAttribution>();
        foreach (long target in new long[] { 10, 20 })
        {
            foreach (var (realised, lost, rerecorded) in new (long, long, long)[] { (0, 0, 0), (0, 10, 0), (5, 0, 0), (5, 10, 5) })
            {
                foreach (var (deviceDays, outageDays) in new (long?, long?)[] { (null, null), (4, 1), (4, 2) })
                {
                    var parts = ShortfallAttribution.Calculate(target, realised, lost, rerecorded, realised + lost, deviceDays, outageDays, 100);
                    result.Add(parts);
                    foreach (var (invited, attended) in new (long, long)[] { (20, 10), (20, 15), (8, 4) })
                    {
                        result.Add(ShortfallAttribution.SplitDemand(parts, invited, attended, realised + lost));
                    }
                }
            }
        }

        return [.. result];
    }

    [Fact]
    public void ShortfallAttributionEquals_IsEveryPartEqual() =>
        ValueContract.AssertEqualExactlyWhenPartsAre(Assorted(), a => (a.Shortfall, a.DataLoss, a.Outage, a.Demand, a.Service, a.NoShow, a.NotInvited));

    [Fact]
    public void ShortfallAttributionCalculate_ShortfallOverflowsLong_ThrowsOverflow()
    {
        // Realised −1 (one record lost): long.MaxValue − (−1) does not fit.
        var act = () => ShortfallAttribution.Calculate(long.MaxValue, new LedgerTotals(0, 1, 0), null);

        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Shortfall_MissedTargetWithoutInventory_SplitsIntoDataLossAndDemand()
    {
        // R6: realised = 300 − 50 + 10 = 260; shortfall 1,000 − 260 = 740; data loss max(0, 50 − 10) = 40; demand the rest.
        var attribution = ShortfallAttribution.Calculate(1_000, new LedgerTotals(300, 50, 10), null);

        attribution.Shortfall.Should().Be(740);
        attribution.DataLoss.Should().Be(40);
        attribution.Outage.Should().BeNull();
        attribution.Demand.Should().Be(new Ratio(700, 1));
        attribution.HasShortfall.Should().BeTrue();
        attribution.ToString().Should().Be("shortfall 740: data loss 40, outage n/a, demand 700");
    }

    [Theory]
    [InlineData(100, 150)]
    [InlineData(100, 100)]
    [InlineData(0, 0)]
    public void Shortfall_TargetMetOrNotApplicable_IsAllZero(long target, long recorded)
    {
        var attribution = ShortfallAttribution.Calculate(target, new LedgerTotals(recorded, 0, 0), null);

        attribution.Shortfall.Should().Be(0);
        attribution.DataLoss.Should().Be(0);
        attribution.Outage.Should().BeNull();
        attribution.Demand.Should().Be(Ratio.Zero);
        attribution.HasShortfall.Should().BeFalse();
        attribution.Should().Be(default(ShortfallAttribution));
    }
}
