using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Tests.Support;
using FluentAssertions;
using FsCheck.Xunit;
using Xunit;

namespace EktpDomain.Tests.Attainment;

/// <summary>The shortfall's parts in whole residents that still add up (issue 26, point 3).</summary>
public class RoundedShortfallTests
{
    private static ShortfallAttribution Split(long target, long realised, long lost, long rerecorded, long gross, long? deviceDays, long? outageDays) =>
        ShortfallAttribution.Calculate(target, realised, lost, rerecorded, gross, deviceDays, outageDays, 100);

    [Fact]
    public void Equals_IsEveryPartEqual() =>
        ValueContract.AssertEqualExactlyWhenPartsAre(
            [.. ShortfallAttributionTests.Assorted().Select(s => s.Round())],
            r => (r.Shortfall, r.DataLoss, r.Outage, r.Demand, r.Service, r.NoShow, r.NotInvited));

    [Fact]
    public void Round_OutageAndDemandOfAHalfEach_GivesOneResidentNotTwo()
    {
        // Shortfall 1, productivity 1/2 a device-day over 1 outage device-day: outage 1/2, demand 1/2.
        var exact = Split(10, 9, 0, 0, 1, 2, 1);
        exact.Outage.Should().Be(new Ratio(1, 2));
        exact.Demand.Should().Be(new Ratio(1, 2));

        var rounded = exact.Round();

        rounded.Should().Be(exact.Round());
        (rounded.DataLoss + rounded.Outage!.Value + rounded.Demand).Should().Be(1, "rounding each half away from zero would show 1 + 1");
        rounded.Outage.Should().Be(1, "on a tie the earlier part takes the unit");
        exact.ToString().Should().Be("shortfall 1: data loss 0, outage 1, demand 0");
    }

    [Fact]
    public void Round_WithoutAnInventory_HasNoOutage_AndWithoutInvitationsNoDemandParts()
    {
        var rounded = Split(2_500, 0, 500, 0, 0, null, null).Round();

        rounded.Outage.Should().BeNull();
        rounded.Demand.Should().Be(2_000);
        rounded.Service.Should().BeNull();
        rounded.NoShow.Should().BeNull();
        rounded.NotInvited.Should().BeNull();
        rounded.ToString().Should().Be("shortfall 2500: data loss 500, outage n/a, demand 2000");
    }

    [Fact]
    public void Round_MetTarget_IsAllZero()
    {
        var rounded = Split(100, 150, 0, 0, 150, 10, 0).Round();

        rounded.Shortfall.Should().Be(0);
        rounded.Outage.Should().Be(0);
        rounded.Demand.Should().Be(0);
        default(RoundedShortfall).ToString().Should().Be("shortfall 0: data loss 0, outage n/a, demand 0");
    }

    [Property]
    public bool Property_RoundedPartsSumToTheShortfall_AndToTheRoundedDemand(ushort target, ushort realised, byte lost, ushort gross, byte deviceDays, byte outageDays, ushort invited, ushort attendedSeed)
    {
        long attended = invited == 0 ? 0 : attendedSeed % (invited + 1L);
        var exact = ShortfallAttribution.SplitDemand(Split(target, realised, lost, 0, gross, deviceDays, outageDays), invited, attended, gross);

        var r = exact.Round();

        return r.DataLoss + r.Outage!.Value + r.Demand == exact.Shortfall
            && r.Service!.Value + r.NoShow!.Value + r.NotInvited!.Value == r.Demand
            && WithinOne(r.Outage.Value, exact.Outage!.Value) && WithinOne(r.Demand, exact.Demand)
            && WithinOne(r.NoShow.Value, exact.NoShow!.Value) && WithinOne(r.NotInvited.Value, exact.NotInvited!.Value)
            && WithinOne(r.Service.Value, exact.Service!.Value);
    }

    private static bool WithinOne(long rounded, Ratio exact) => rounded == exact.Floor() || rounded == exact.Ceiling();
}
