using System;
using EktpDomain.Attainment;
using EktpDomain.Capacity;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using FsCheck.Xunit;
using Xunit;

namespace EktpDomain.Tests.Attainment;

/// <summary>R12: the demand part split into service, no-show and not invited, in that order, each capped by what is left.</summary>
public partial class ShortfallAttributionTests
{
    private static ShortfallAttribution Split(long target, long recorded, long lost, long rerecorded, long? deviceDays, long? outageDays, long invited, long attended) =>
        ShortfallAttribution.SplitDemand(Split(target, recorded, lost, rerecorded, deviceDays, outageDays), invited, attended, recorded + rerecorded);

    [Fact]
    public void SplitDemand_ServiceThenNoShowThenNotInvited()
    {
        // Target 7,800; gross 6,054 (5,734 recorded + 320 re-recorded), 1,738 lost: demand 720 2/3 after data loss and outage.
        // 6,100 came of 7,000 invited: 46 came but were not recorded, 674 2/3 of the 900 no-shows fill the rest.
        var s = Split(7_800, 5_734, 1_738, 320, 36, 8, invited: 7_000, attended: 6_100);

        s.Demand.Should().Be(new Ratio(2_162, 3));
        s.Service.Should().Be(new Ratio(46, 1));
        s.NoShow.Should().Be(new Ratio(2_024, 3), "capped by what is left of demand: 720 2/3 − 46");
        s.NotInvited.Should().Be(Ratio.Zero);
        s.ToString().Should().Be("shortfall 3484: data loss 1418, outage 1345, demand 721 (service 46, no-show 675, not invited 0)", "rounded by largest remainder, so the parts add up");
    }

    [Fact]
    public void SplitDemand_ServiceCappedByDemand_AndWalkInsGiveNoServicePart()
    {
        var capped = Split(1_000, 500, 0, 0, null, null, invited: 2_000, attended: 1_800);
        capped.Service.Should().Be(new Ratio(500, 1), "1,300 came but were not recorded, but only 500 are short");
        capped.NoShow.Should().Be(Ratio.Zero);
        capped.NotInvited.Should().Be(Ratio.Zero);

        var walkIns = Split(1_000, 500, 0, 0, null, null, invited: 300, attended: 200);
        walkIns.Service.Should().Be(Ratio.Zero, "more were recorded than came when invited");
        walkIns.NoShow.Should().Be(new Ratio(100, 1));
        walkIns.NotInvited.Should().Be(new Ratio(400, 1));
    }

    [Fact]
    public void SplitDemand_WithoutInvitations_IsNull_AndWithoutAShortfall_Zero()
    {
        var none = ShortfallAttribution.Calculate(1_000, new LedgerTotals(500, 0, 0), null, null);
        none.Service.Should().BeNull();
        none.NoShow.Should().BeNull();
        none.NotInvited.Should().BeNull();
        none.Should().Be(ShortfallAttribution.Calculate(1_000, new LedgerTotals(500, 0, 0), null));

        var met = ShortfallAttribution.Calculate(1_000, new LedgerTotals(1_200, 0, 0), (KecamatanCapacity?)null, new InvitationTotals(2_000, 100));
        met.HasShortfall.Should().BeFalse();
        met.Service.Should().Be(Ratio.Zero);
        met.NoShow.Should().Be(Ratio.Zero);
        met.NotInvited.Should().Be(Ratio.Zero);
        met.Should().NotBe(none, "the parts of demand take part in equality");
    }

    /// <summary>R6 and R12: with invitations, the six parts are never negative and sum exactly to the shortfall; service, no-show and not invited to demand.</summary>
    [Property(MaxTest = 1000 / Cases.Divisor)]
    public bool SplitParts_SumToTheShortfall(int seed)
    {
        var random = new Random(seed);
        long target = random.Next(0, 10_000);
        long recorded = random.Next(0, 10_000), lost = random.Next(0, 3_000), rerecorded = random.Next(0, 3_000);
        long? deviceDays = random.Next(4) == 0 ? null : random.Next(0, 60);
        long? outage = deviceDays is null ? null : random.Next(0, 30);
        long invited = random.Next(0, 15_000);
        long attended = random.NextInt64(0, invited + 1);
        var s = Split(target, recorded, lost, rerecorded, deviceDays, outage, invited, attended);
        Ratio service = s.Service!.Value, noShow = s.NoShow!.Value, notInvited = s.NotInvited!.Value;
        return service + noShow + notInvited == s.Demand
            && (Ratio)s.DataLoss + (s.Outage ?? Ratio.Zero) + service + noShow + notInvited == s.Shortfall
            && service >= Ratio.Zero && noShow >= Ratio.Zero && notInvited >= Ratio.Zero
            && service <= Math.Max(0, attended - recorded - rerecorded)
            && noShow <= invited - attended;
    }
}
