using System;
using System.Linq;
using EktpDomain.Allocation;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Allocation;

/// <summary>Allocation at its edges (R9): negative and null candidates, overflow, the reduction of a placement, ties of reduction with attainments not applicable.</summary>
public partial class DeviceAllocationTests
{
    [Fact]
    public void AllocationCandidate_NegativeCapacity_ThrowsNamingCapacity()
    {
        var thrown = FluentActions.Invoking(() => new AllocationCandidate(Kresek, 0, -1, 0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("capacity");
        thrown.ActualValue.Should().Be(-1L);
    }

    [Fact]
    public void AllocationCandidate_NegativeAddedCapacity_ThrowsNamingAddedCapacityPerSet()
    {
        var thrown = FluentActions.Invoking(() => new AllocationCandidate(Kresek, 0, 0, -2_000))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("addedCapacityPerSet");
        thrown.ActualValue.Should().Be(-2_000L);
    }

    [Fact]
    public void AllocationPlacement_Reduction_IsShortfallBeforeMinusShortfallAfter()
    {
        // Target 6,000, capacity 1,000: shortfall 5,000; one set adds 2,000, so 3,000 remain and the reduction is 2,000.
        var plan = DeviceAllocation.Allocate([new AllocationCandidate(Kresek, 6_000, 1_000, 2_000)], 1);

        var placement = plan.Placements.Should().ContainSingle().Subject;
        placement.CapacityGapBefore.Should().Be(5_000);
        placement.CapacityGapAfter.Should().Be(3_000);
        placement.Reduction.Should().Be(2_000);
    }

    [Fact]
    public void Allocate_NullReport_ThrowsNamingReport() =>
        FluentActions.Invoking(() => DeviceAllocation.Allocate((EktpDomain.Attainment.AttainmentReport)null!, 1))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("report");

    [Fact]
    public void Allocate_NullCandidates_ThrowsNamingCandidates() =>
        FluentActions.Invoking(() => DeviceAllocation.Allocate((System.Collections.Generic.IEnumerable<AllocationCandidate>)null!, 1))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("candidates");

    [Fact]
    public void Allocate_NullCandidate_ThrowsNamingCandidates() =>
        FluentActions.Invoking(() => DeviceAllocation.Allocate([new AllocationCandidate(Kresek, 10, 0, 5), null!], 1))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("candidates");

    [Fact]
    public void Allocate_CapacityPlusOneSetOverflows_ThrowsOverflowEvenWithNoSetsToPlace() =>
        FluentActions.Invoking(() => DeviceAllocation.Allocate([new AllocationCandidate(Kresek, 0, long.MaxValue, 1)], 0))
            .Should().ThrowExactly<OverflowException>();

    [Fact]
    public void Allocate_EqualReductionOneAttainmentNotApplicable_KnownAttainmentGoesFirst()
    {
        // Equal reductions of 1,000; Kresek (lower code) has no attainment, Kronjo has 1/2: not applicable goes last (R9).
        var plan = DeviceAllocation.Allocate(
            [new AllocationCandidate(Kresek, 1_000, 0, 2_000), new AllocationCandidate(Kronjo, 1_000, 0, 2_000, new Ratio(1, 2))],
            2);

        plan.Placements.Select(p => (p.Kecamatan, p.Reason)).Should().Equal(
            (Kronjo, AllocationReason.LowerAttainment),
            (Kresek, AllocationReason.LargestReduction));
    }

    [Fact]
    public void Allocate_EqualReductionBothAttainmentsNotApplicable_LowerCodeGoesFirst()
    {
        var plan = DeviceAllocation.Allocate(
            [new AllocationCandidate(Kronjo, 1_000, 0, 2_000), new AllocationCandidate(Kresek, 1_000, 0, 2_000)],
            1);

        var placement = plan.Placements.Should().ContainSingle().Subject;
        placement.Kecamatan.Should().Be(Kresek);
        placement.Reason.Should().Be(AllocationReason.LowerCode);
    }
}
