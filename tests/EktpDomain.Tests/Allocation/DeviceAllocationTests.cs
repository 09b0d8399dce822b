using System;
using System.Linq;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Reporting;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Allocation;

public partial class DeviceAllocationTests
{
    private static readonly RegionCode A = new(36, 3, 1), B = new(36, 3, 2), C = new(36, 3, 3);

    [Fact]
    public void Allocate_ThreeSets_EachWhereItCutsTheCapacityGapMost()
    {
        var plan = DeviceAllocation.Allocate(
        [
            new AllocationCandidate(A, 6_000, 4_000, 2_000, new Ratio(1, 2), "Balaraja"),
            new AllocationCandidate(B, 5_000, 4_000, 2_000, new Ratio(3, 5), "Jayanti"),
            new AllocationCandidate(C, 3_000, 4_000, 2_000, new Ratio(9, 10), "Tigaraksa"),
        ], 3);

        plan.TotalCapacityGapBefore.Should().Be(3_000);
        plan.TotalCapacityGapAfter.Should().Be(0);
        plan.Placements.Select(p => (p.Number, p.Kecamatan, p.CapacityGapBefore, p.CapacityGapAfter, p.Reduction, p.Reason)).Should().Equal(
            (1, A, 2_000L, 0L, 2_000L, AllocationReason.LargestReduction),
            (2, B, 1_000L, 0L, 1_000L, AllocationReason.LargestReduction),
            (3, A, 0L, 0L, 0L, AllocationReason.NoReduction));
        plan.Placements.Select(p => (p.TotalCapacityGapBefore, p.TotalCapacityGapAfter)).Should().Equal((3_000L, 1_000L), (1_000L, 0L), (0L, 0L));
        plan.Placements[2].SetsHere.Should().Be(2);
        plan.CountFor(A).Should().Be(2);
        plan.CountFor(C).Should().Be(0);
        plan.Placements[0].ToString().Should().Be("1: 36.03.01 2000 -> 0 (LargestReduction)");
    }

    [Fact]
    public void Allocate_TiedReduction_LowerAttainmentThenLowerCode()
    {
        var byAttainment = DeviceAllocation.Allocate(
        [
            new AllocationCandidate(A, 5_000, 4_000, 2_000, new Ratio(3, 5)),
            new AllocationCandidate(B, 5_000, 4_000, 2_000, new Ratio(1, 2)),
            new AllocationCandidate(C, 5_000, 4_000, 2_000, null),
        ], 1);
        byAttainment.Placements.Single().Kecamatan.Should().Be(B);
        byAttainment.Placements.Single().Reason.Should().Be(AllocationReason.LowerAttainment);

        var byCode = DeviceAllocation.Allocate(
        [
            new AllocationCandidate(B, 5_000, 4_000, 2_000, new Ratio(1, 2)),
            new AllocationCandidate(A, 5_000, 4_000, 2_000, new Ratio(2, 4)),
        ], 2);
        byCode.Placements.Select(p => (p.Kecamatan, p.Reason)).Should().Equal((A, AllocationReason.LowerCode), (B, AllocationReason.LargestReduction));

        var notApplicableLast = DeviceAllocation.Allocate(
        [
            new AllocationCandidate(A, 5_000, 4_000, 2_000, null),
            new AllocationCandidate(B, 5_000, 4_000, 2_000, new Ratio(2, 1)),
        ], 1);
        notApplicableLast.Placements.Single().Kecamatan.Should().Be(B);
    }

    [Fact]
    public void Allocate_PartialReduction_ComparesWhatTheSetActuallyCuts()
    {
        // A set adds 2,000 everywhere, but B has only 500 left to cut: A's 1,500 wins although B's attainment is lower.
        var plan = DeviceAllocation.Allocate(
        [
            new AllocationCandidate(A, 5_500, 4_000, 2_000, new Ratio(9, 10)),
            new AllocationCandidate(B, 4_500, 4_000, 2_000, new Ratio(1, 10)),
        ], 1);
        plan.Placements.Single().Kecamatan.Should().Be(A);
        plan.Placements.Single().Reduction.Should().Be(1_500);
    }

    [Fact]
    public void Allocate_ZeroSets_EmptyPlan()
    {
        var plan = DeviceAllocation.Allocate([new AllocationCandidate(A, 5_000, 4_000, 2_000)], 0);
        plan.Placements.Should().BeEmpty();
        plan.TotalCapacityGapAfter.Should().Be(1_000);
        DeviceAllocation.Allocate([], 0).Placements.Should().BeEmpty();
    }

    [Fact]
    public void Allocate_BadInput_Throws()
    {
        var negative = () => DeviceAllocation.Allocate([], -1);
        negative.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("The number of new sets must be at least 0, not -1. (Parameter 'sets')")
            .WithParameterName("sets");
        var none = () => DeviceAllocation.Allocate([], 2);
        none.Should().Throw<ArgumentException>().WithMessage("There are 2 sets to place but no candidate kecamatan.*");
        var twice = () => DeviceAllocation.Allocate([new AllocationCandidate(A, 1, 0, 1), new AllocationCandidate(A, 2, 0, 1)], 1);
        twice.Should().Throw<ArgumentException>().WithMessage("Kecamatan 36.03.01 is a candidate twice; give each kecamatan once.*");
        var regency = () => new AllocationCandidate(new RegionCode(36, 3), 1, 0, 1);
        regency.Should().Throw<ArgumentException>().WithMessage("'36.03' is a Regency code, but an allocation candidate needs a kecamatan code PP.KK.CC, such as 36.03.27.*");
        var negativeTarget = () => new AllocationCandidate(A, -1, 0, 1);
        negativeTarget.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("target");
    }

    [Fact]
    public void Allocate_FromAReport_UsesCapacityWorkingDaysAndAttainment()
    {
        // Two kecamatan with one set each for 20 working days: capacity 2,000. A new set adds 100 × 20 = 2,000.
        var data = new ScenarioBuilder { Inventory = Static(1, Kresek, Kronjo) }
            .Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(10), 1_800)
            .Kecamatan(Kronjo, 30_000).Recorded(Kronjo, Apr(10), 1_900)
            .Build();
        var report = AttainmentReport.Calculate(data, April);

        var plan = DeviceAllocation.Allocate(report, 3);

        // Kresek: target 6,000, shortfall 4,000; Kronjo: target 4,500, shortfall 2,500.
        plan.TotalCapacityGapBefore.Should().Be(6_500);
        plan.Placements.Select(p => (p.Kecamatan, p.CapacityGapBefore, p.CapacityGapAfter)).Should().Equal(
            (Kresek, 4_000L, 2_000L),
            (Kresek, 2_000L, 0L),
            (Kronjo, 2_500L, 500L));
        plan.Placements[0].Name.Should().Be("Kresek");
        plan.Placements[0].AddedCapacity.Should().Be(2_000);
        plan.Placements[1].Reason.Should().Be(AllocationReason.LowerAttainment, "both cut 2,000; Kresek's 1,800 ÷ 6,000 is below Kronjo's 1,900 ÷ 4,500");
        plan.TotalCapacityGapAfter.Should().Be(500);
    }

    [Fact]
    public void Allocate_FromAReportWithoutInventory_Throws()
    {
        var report = AttainmentReport.Calculate(new ScenarioBuilder().Kecamatan(Kresek, 1_000).Build(), April);
        var act = () => DeviceAllocation.Allocate(report, 1);
        act.Should().Throw<ArgumentException>().WithMessage("The report has no capacity figures because its data has no device inventory; R9 places new sets by capacity. Supply the inventory (devices.csv).*");
    }

    [Fact]
    public void AllocationExplanation_BothLanguages_CultureNumbers()
    {
        var plan = DeviceAllocation.Allocate(
        [
            new AllocationCandidate(A, 6_000, 4_000, 2_000, new Ratio(1, 2), "Balaraja"),
            new AllocationCandidate(B, 6_000, 4_000, 2_000, new Ratio(2, 3), "Jayanti"),
        ], 3);

        ReportText.English.AllocationExplanation(plan.Placements[0]).Should().Be(
            "New set 1 → 36.03.01 Balaraja: capacity gap 2,000 → 0 (−2,000); tied on reduction with another kecamatan; lower attainment (50.0%).");
        ReportText.Indonesian.AllocationExplanation(plan.Placements[0]).Should().Be(
            "Alat baru ke-1 → 36.03.01 Balaraja: kekurangan kapasitas 2.000 → 0 (−2.000); pengurangan sama besar dengan kecamatan lain; capaiannya lebih rendah (50,0%).");
        ReportText.English.AllocationExplanation(plan.Placements[1]).Should().Be(
            "New set 2 → 36.03.02 Jayanti: capacity gap 2,000 → 0 (−2,000); the largest reduction.");
        ReportText.English.AllocationExplanation(plan.Placements[2]).Should().Be(
            "New set 3 → 36.03.01 Balaraja (its new set no. 2): capacity gap 0 → 0; no capacity gap can be reduced any more; lowest attainment (50.0%).");
        ReportText.Indonesian.AllocationExplanation(plan.Placements[2]).Should().Be(
            "Alat baru ke-3 → 36.03.01 Balaraja (alat baru ke-2 di kecamatan ini): kekurangan kapasitas 0 → 0; tidak ada lagi kekurangan kapasitas yang bisa dikurangi; capaiannya terendah (50,0%).");
        var act = () => ReportText.English.AllocationExplanation(null!);
        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("placement");
    }
}
