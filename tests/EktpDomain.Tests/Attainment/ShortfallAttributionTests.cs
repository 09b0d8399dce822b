using EktpDomain.Attainment;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Attainment;

public partial class ShortfallAttributionTests
{
    private static ShortfallAttribution Split(long target, long recorded, long lost, long rerecorded, long? deviceDays, long? outageDays, long throughput = 100) =>
        ShortfallAttribution.Calculate(target, recorded - lost + rerecorded, lost, rerecorded, recorded + rerecorded, deviceDays, outageDays, throughput);

    [Fact]
    public void Calculate_SepatanTimur_DataLossThenOutageAtObservedProductivityThenDemand()
    {
        // Target 3,000; recorded 1,000, lost 1,738, re-recorded 100: realised −638, shortfall 3,638.
        // Two sets, server down 4 working days: 32 available and 8 outage device-days; 1,100 gross ÷ 32 = 34.375 a device-day.
        var s = Split(3_000, 1_000, 1_738, 100, 32, 8);

        s.Shortfall.Should().Be(3_638);
        s.HasShortfall.Should().BeTrue();
        s.DataLoss.Should().Be(1_638);
        s.Outage.Should().Be(new Ratio(275, 1));
        s.Demand.Should().Be(new Ratio(1_725, 1));
        s.ToString().Should().Be("shortfall 3638: data loss 1638, outage 275, demand 1725");
    }

    [Fact]
    public void Calculate_OutagePartIsAnExactFraction_AndThePartsStillSumExactly()
    {
        var s = Split(6_000, 1_000, 0, 0, 30, 10);

        s.Outage.Should().Be(new Ratio(1_000, 3), "10 outage device-days × 1,000 ÷ 30");
        s.Demand.Should().Be(new Ratio(14_000, 3));
        ((Ratio)s.DataLoss + s.Outage!.Value + s.Demand).Should().Be(new Ratio(5_000, 1));
        s.ToString().Should().Be("shortfall 5000: data loss 0, outage 333, demand 4667");
    }

    [Fact]
    public void Calculate_EachPartIsCappedByWhatIsLeft()
    {
        var dataLossTakesAll = Split(1_000, 1_500, 800, 0, 10, 10);
        dataLossTakesAll.Shortfall.Should().Be(300);
        dataLossTakesAll.DataLoss.Should().Be(300, "800 lost, capped by the 300 shortfall");
        dataLossTakesAll.Outage.Should().Be(Ratio.Zero);
        dataLossTakesAll.Demand.Should().Be(Ratio.Zero);

        var outageTakesTheRest = Split(2_000, 1_000, 0, 0, 10, 30);
        outageTakesTheRest.Outage.Should().Be(new Ratio(1_000, 1), "30 × 100 = 3,000, capped by the 1,000 left");
        outageTakesTheRest.Demand.Should().Be(Ratio.Zero);
    }

    [Fact]
    public void Calculate_ReRecordingsOffsetLosses_OnlyTheUnrecoveredPartIsDataLoss()
    {
        Split(5_000, 1_000, 300, 500, 10, 0).DataLoss.Should().Be(0, "more re-recorded than lost in the window: max(0, …)");
        Split(5_000, 1_000, 500, 300, 10, 0).DataLoss.Should().Be(200);
    }

    [Fact]
    public void Calculate_NoAvailableDeviceDays_UsesTheThroughput()
    {
        var s = Split(5_000, 0, 0, 0, 0, 20, throughput: 150);
        s.Outage.Should().Be(new Ratio(3_000, 1), "20 outage device-days × 150");
        s.Demand.Should().Be(new Ratio(2_000, 1));
    }

    [Fact]
    public void Calculate_NoInventory_OutageNotApplicableAndDemandTakesTheRest()
    {
        var s = Split(3_000, 1_000, 500, 0, null, null);
        s.DataLoss.Should().Be(500);
        s.Outage.Should().BeNull();
        s.Demand.Should().Be(new Ratio(2_000, 1));
        s.ToString().Should().Be("shortfall 2500: data loss 500, outage n/a, demand 2000");
    }

    [Fact]
    public void Calculate_MetOrNotApplicable_AllZero()
    {
        var met = Split(1_000, 1_000, 0, 0, 10, 5);
        met.Shortfall.Should().Be(0);
        met.HasShortfall.Should().BeFalse();
        met.DataLoss.Should().Be(0);
        met.Outage.Should().Be(Ratio.Zero);
        met.Demand.Should().Be(Ratio.Zero);

        var noTarget = Split(0, 0, 100, 0, null, null);
        noTarget.Shortfall.Should().Be(0);
        noTarget.DataLoss.Should().Be(0, "not applicable: nothing to explain");
        noTarget.Outage.Should().BeNull();
        noTarget.Should().Be(default(ShortfallAttribution), "the default value is no shortfall, outage not applicable");
    }

    [Fact]
    public void Calculate_PublicOverload_UsesTheLedgerTotals()
    {
        var s = ShortfallAttribution.Calculate(3_000, new LedgerTotals(1_000, 1_738, 100), null);
        s.Should().Be(Split(3_000, 1_000, 1_738, 100, null, null));
        s.Shortfall.Should().Be(3_638);
    }

    [Fact]
    public void Equality_ComparesTheFourFigures()
    {
        ValueContract.AssertEquality(Split(3_000, 1_000, 0, 0, 10, 5), Split(3_000, 1_000, 0, 0, 10, 5), Split(3_000, 1_000, 0, 0, null, null), (a, b) => a == b, (a, b) => a != b);
    }
}
