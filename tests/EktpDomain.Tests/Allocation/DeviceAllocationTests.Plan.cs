using System;
using System.Linq;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Allocation;

public partial class DeviceAllocationTests
{
    private static readonly DateInterval May = new(new LocalDate(2012, 5, 1), new LocalDate(2012, 5, 31));

    private static RecordingData AprilWithSets() => new ScenarioBuilder { Inventory = Static(2, Sukamulya, Kresek, Solear) }
        .Kecamatan(Sukamulya, 41_000).Recorded(Sukamulya, Apr(10), 6_300)
        .Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(10), 3_520)
        .Kecamatan(Solear, 48_000).Recorded(Solear, Apr(10), 3_552)
        .Build();

    [Fact]
    public void Plan_NegativeSets_ThrowsNamingSets() =>
        FluentActions.Invoking(() => DeviceAllocation.Plan(AprilWithSets(), May, -2))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("The number of new sets must be at least 0, not -2. (Parameter 'sets')")
            .WithParameterName("sets");

    [Fact]
    public void Allocate_FromAReportWithNegativeSets_ThrowsNamingSets() =>
        FluentActions.Invoking(() => DeviceAllocation.Allocate(AttainmentReport.Calculate(AprilWithSets(), April), -1))
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("The number of new sets must be at least 0, not -1. (Parameter 'sets')")
            .WithParameterName("sets");

    [Fact]
    public void Plan_NullArguments_ThrowNamingThem()
    {
        FluentActions.Invoking(() => DeviceAllocation.Plan(null!, May, 1))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("data");
        FluentActions.Invoking(() => DeviceAllocation.Plan(AprilWithSets(), null!, 1))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("window");
    }

    [Fact]
    public void Plan_WithOptions_PlansAtTheirThroughput()
    {
        var data = AprilWithSets();

        var atFifty = DeviceAllocation.Plan(data, May, 1, new AttainmentOptions { Throughput = 50 });
        var byDefault = DeviceAllocation.Plan(data, May, 1);

        atFifty.Throughput.Should().Be(50);
        byDefault.Throughput.Should().Be(AttainmentOptions.Default.Throughput);
        atFifty.TotalCapacityGapBefore.Should().BeGreaterThan(byDefault.TotalCapacityGapBefore, "half the throughput is half the capacity");
    }

    [Fact]
    public void CheckReport_NullReport_ThrowsNamingTheCallersParameter() =>
        FluentActions.Invoking(() => DeviceAllocation.Plan(AprilWithSets(), May, 1).CheckReport(null!, "attainment"))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("attainment");

    [Fact]
    public void Plan_NextMonth_FromTheData_MatchesTargetsAndCapacityOfThatWindow()
    {
        var data = AprilWithSets();

        var plan = DeviceAllocation.Plan(data, May, 2);

        // The same figures through a report of the (empty) future window: Σ max(0, target − capacity).
        var may = AttainmentReport.Calculate(data, May);
        long expected = may.Rows.Sum(r => Math.Max(0, r.Target - r.DeviceCapacity!.Capacity));
        plan.TotalCapacityGapBefore.Should().Be(expected).And.BeGreaterThan(0);
        plan.Placements.Should().HaveCount(2).And.OnlyContain(p => p.AttainmentRatio == null);
        plan.Placements[0].AddedCapacity.Should().Be(100 * may[plan.Placements[0].Kecamatan].DeviceCapacity!.WorkingDays);
        // May has 21 working days: 2 sets give 4,200, a new one 2,100. Solear's gap (7,200 − 4,200 = 3,000) is the only
        // one a whole set can cut; then Kresek (1,800) and Sukamulya (1,950) are left, and 1,950 is cut most.
        plan.Placements.Select(p => p.ToString()).Should().Equal(
            "1: 36.03.31 3000 -> 900 (LargestReduction)",
            "2: 36.03.27 1950 -> 0 (LargestReduction)");
    }

    [Fact]
    public void APlanForMay_IsWrittenForMay_AndNeverBesideAprilsReport()
    {
        // It used to be written as "period": 2012-04-01..30 beside May's placements, without a word.
        var data = AprilWithSets();
        var plan = DeviceAllocation.Plan(data, May, 2);
        var april = AttainmentReport.Calculate(data, April);

        (plan.Window == May).Should().BeTrue();
        plan.WorkingDays.Should().Be(21);
        plan.Throughput.Should().Be(100);
        var dto = EktpDomain.Reporting.Json.ReportJson.DeserializeAllocation(EktpDomain.Reporting.Json.ReportJson.Serialize(plan, EktpDomain.Reporting.ReportText.English));
        (dto.Period.From, dto.Period.To, dto.Period.WorkingDays, dto.Sets, dto.Throughput).Should().Be((new LocalDate(2012, 5, 1), new LocalDate(2012, 5, 31), 21, 2, 100L));
        FluentActions.Invoking(() => EktpDomain.Reporting.Json.ReportJson.Serialize(plan, april, EktpDomain.Reporting.ReportText.English))
            .Should().Throw<ArgumentException>().WithParameterName("report")
            .WithMessage("The allocation was placed for 2012-05-01..2012-05-31 at 100 recordings per set and working day, but the report is of 2012-04-02..2012-04-30 at 100; give the report the allocation was made from, or write the allocation on its own. (Parameter 'report')");
        FluentActions.Invoking(() => EktpDomain.Reporting.PlainText.PlainTextReport.Format(plan, april, EktpDomain.Reporting.ReportText.English, null))
            .Should().Throw<ArgumentException>().WithParameterName("report");
        var fromApril = DeviceAllocation.Allocate(april, 2);
        EktpDomain.Reporting.Json.ReportJson.Serialize(fromApril, april, EktpDomain.Reporting.ReportText.English)
            .Should().Be(EktpDomain.Reporting.Json.ReportJson.Serialize(fromApril, EktpDomain.Reporting.ReportText.English), "an allocation carries its report's window, working days and throughput");
    }

    [Fact]
    public void CapacityGap_IsNotTheShortfall_AKecamatanThatMetItsTargetCanStillHaveOne()
    {
        var april = AttainmentReport.Calculate(AprilWithSets(), April);
        april[Sukamulya].Met.Should().BeTrue();
        april[Sukamulya].Shortfall.Should().Be(0);

        var plan = DeviceAllocation.Plan(AprilWithSets(), April, 3);

        // Sukamulya: target 6,150, capacity 2 sets × 20 days × 100 = 4,000.
        plan.TotalCapacityGapBefore.Should().Be(april.Rows.Sum(r => Math.Max(0, r.Target - r.DeviceCapacity!.Capacity)));
        DeviceAllocation.Allocate(april, 3).TotalCapacityGapBefore.Should().Be(plan.TotalCapacityGapBefore);
        april.Rows.Single(r => r.Code == Sukamulya).Target.Should().Be(6_150);
    }

    [Fact]
    public void Plan_WithoutAnInventory_IsRejected()
    {
        var data = AprilWithSets() with { Inventory = null };

        var act = () => DeviceAllocation.Plan(data, May, 1);

        act.Should().Throw<ArgumentException>().WithParameterName("data").WithMessage("*no device inventory*");
    }
}
