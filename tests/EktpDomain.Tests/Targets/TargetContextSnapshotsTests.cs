using System;
using System.Collections.Generic;
using EktpDomain.Calendar;
using EktpDomain.Recording;
using EktpDomain.Targets;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Targets;

/// <summary>R2 with R21, R22: a target context whose coverage at the start may be unknown, and targets from snapshot data.</summary>
public class TargetContextSnapshotsTests
{
    private static readonly YearMonth April2012 = new(2012, 4);

    private static string Unknown(string kecamatan, string periodStart) =>
        $"The coverage of {kecamatan} before {periodStart} is not known: no snapshot is dated that early. A policy that needs it should check IsCoverageKnown.";

    /// <summary>
    /// Sukamulya: 101 of 1,000 recorded on 31 March, 90 on 10 April, 130 of 1,050 on 30 April, 500 of 1,050 on 1 May.
    /// </summary>
    private static CoverageSeries Snapshots() => CoverageSeries.CreateBuilder()
        .Add(D(3, 31), Sukamulya, 1_000, 101)
        .Add(Apr(10), Sukamulya, 1_000, 90)
        .Add(Apr(30), Sukamulya, 1_050, 130)
        .Add(D(5, 1), Sukamulya, 1_050, 500)
        .Build();

    private static long Target(ITargetPolicy policy, DateInterval window, RecordingData data, RegionCode? kecamatan = null) =>
        new TargetCalculator(policy, TargetProrating.None, WorkingCalendar.Indonesia).GetTarget(kecamatan ?? Sukamulya, window, data);

    [Fact]
    public void UnknownCoverage_IsNotKnown_AndCoverageAndUnrecordedThrow()
    {
        var context = new TargetContext(Sukamulya, April2012, Apr(2), 1_000, null);

        context.IsCoverageKnown.Should().BeFalse();
        context.Kecamatan.Should().Be(Sukamulya);
        context.Month.Should().Be(April2012);
        context.PeriodStart.Should().Be(Apr(2));
        context.Eligible.Should().Be(1_000);
        FluentActions.Invoking(() => context.CoverageAtStart).Should().ThrowExactly<InvalidOperationException>().WithMessage(Unknown("36.03.27", "2012-04-02"));
        FluentActions.Invoking(() => context.Unrecorded).Should().ThrowExactly<InvalidOperationException>().WithMessage(Unknown("36.03.27", "2012-04-02"));
    }

    [Theory]
    [InlineData(300, 700)]
    [InlineData(0, 1_000)]
    [InlineData(1_000, 0)]
    [InlineData(1_500, 0)]
    public void KnownCoverage_GivesCoverageAndUnrecorded(long coverage, long unrecorded)
    {
        var context = new TargetContext(Sukamulya, April2012, Apr(2), 1_000, (long?)coverage);

        context.IsCoverageKnown.Should().BeTrue();
        context.CoverageAtStart.Should().Be(coverage);
        context.Unrecorded.Should().Be(unrecorded, "eligible − coverage, never below zero");
    }

    [Fact]
    public void TheLongConstructor_AlwaysKnowsTheCoverage()
    {
        var context = new TargetContext(Sukamulya, April2012, Apr(2), 1_000, 0);

        context.IsCoverageKnown.Should().BeTrue();
        context.CoverageAtStart.Should().Be(0);
        context.Should().Be(new TargetContext(Sukamulya, April2012, Apr(2), 1_000, (long?)0));
    }

    [Fact]
    public void Equality_TellsUnknownCoverageFromZero()
    {
        var unknown = new TargetContext(Sukamulya, April2012, Apr(2), 1_000, null);

        ValueContract.AssertEquality(
            unknown,
            new TargetContext(Sukamulya, April2012, Apr(2), 1_000, null),
            new TargetContext(Sukamulya, April2012, Apr(2), 1_000, 0),
            (a, b) => a == b,
            (a, b) => a != b);
        unknown.Should().NotBe(new TargetContext(Sukamulya, April2012, Apr(3), 1_000, null));
        unknown.Should().NotBe(new TargetContext(Sukamulya, April2012, Apr(2), 999, null));
    }

    [Fact]
    public void NegativeKnownCoverage_Throws_NamingIt()
    {
        var act = () => new TargetContext(Sukamulya, April2012, Apr(2), 1_000, (long?)-1);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("coverageAtStart");
    }

    [Fact]
    public void UnknownCoverage_StillChecksTheOtherArguments()
    {
        FluentActions.Invoking(() => new TargetContext(Sukamulya, April2012, Apr(2), -1, null))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("eligible");
        FluentActions.Invoking(() => new TargetContext(Sukamulya, April2012, D(5, 1), 1, null))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("periodStart");
    }

    [Fact]
    public void ShareOfUnrecorded_FromSnapshots_UsesTheLastSnapshotOnOrBeforeTheDayBeforeEachMonthPart()
    {
        // April 2–30: eligible on 2 April 1,000 (31 March); coverage by 1 April 101 (31 March) → ceil(10 % × 899) = 90.
        // May: eligible on 1 May 1,050 (1 May); coverage by 30 April 130 (30 April, dated on the day before; the
        // snapshot of 1 May is not yet "before") → 10 % × 920 = 92.
        var data = RecordingData.FromSnapshots(Snapshots());

        Target(TargetPolicy.ShareOfUnrecordedPercent(10), new DateInterval(Apr(2), D(5, 31)), data).Should().Be(90 + 92);
        Target(TargetPolicy.ShareOfUnrecordedPercent(10), new DateInterval(Apr(1), Apr(30)), data).Should().Be(90);
        Target(TargetPolicy.ShareOfUnrecordedPercent(10), new DateInterval(D(5, 2), D(5, 31)), data).Should().Be(55, "by 1 May 500 of 1,050 are recorded: 10 % × 550");
    }

    [Fact]
    public void ShareOfUnrecorded_FromSnapshots_WithoutOneThatEarly_Throws()
    {
        var data = RecordingData.FromSnapshots(Snapshots());
        var policy = TargetPolicy.ShareOfUnrecordedPercent(10);

        FluentActions.Invoking(() => Target(policy, new DateInterval(D(3, 1), D(3, 31)), data))
            .Should().ThrowExactly<InvalidOperationException>().WithMessage(Unknown("36.03.27", "2012-03-01"));
        FluentActions.Invoking(() => Target(policy, new DateInterval(D(3, 31), Apr(30)), data))
            .Should().ThrowExactly<InvalidOperationException>().WithMessage(Unknown("36.03.27", "2012-03-31"), "the snapshot of 31 March is not before 31 March");
    }

    [Fact]
    public void DefaultShare_FromSnapshots_DoesNotNeedTheCoverage()
    {
        var data = RecordingData.FromSnapshots(Snapshots());
        var policy = TargetPolicy.MonthlySharePercent(15);

        Target(policy, new DateInterval(D(3, 1), D(3, 31)), data).Should().Be(150, "15 % of 1,000, the earliest eligible count (R1)");
        Target(policy, new DateInterval(Apr(2), D(5, 31)), data).Should().Be(150 + 158, "15 % of 1,000, then ceil(15 % of 1,050)");
        Target(TargetPolicy.Fixed(500), new DateInterval(D(3, 1), D(3, 31)), data).Should().Be(500);
    }

    [Fact]
    public void Policies_SeeWhetherTheCoverageIsKnown()
    {
        var policy = new RecordingPolicy();
        var data = RecordingData.FromSnapshots(Snapshots());

        Target(policy, new DateInterval(D(3, 15), Apr(30)), data).Should().Be(0);

        policy.Seen.Should().Equal(
            new TargetContext(Sukamulya, new YearMonth(2012, 3), D(3, 15), 1_000, null),
            new TargetContext(Sukamulya, April2012, Apr(1), 1_000, 101));
    }

    [Fact]
    public void MixedData_EachKecamatanTakesItsCoverageFromItsOwnSource()
    {
        // Kresek from the ledger: 4,000 recorded on 15 March. Sukamulya from its snapshots: 101 by 31 March.
        var data = new ScenarioBuilder().Kecamatan(Kresek, 10_000).Recorded(Kresek, D(3, 15), 4_000).Kecamatan(Sukamulya, 1_000).Build()
            with { Snapshots = Snapshots() };
        var policy = TargetPolicy.ShareOfUnrecordedPercent(10);
        var calculator = new TargetCalculator(policy, TargetProrating.None, WorkingCalendar.Indonesia);

        Target(policy, April, data, Kresek).Should().Be(600, "10 % of the 6,000 not recorded by 1 April");
        Target(policy, April, data).Should().Be(90, "10 % of the 899 not recorded by 1 April, by the snapshots");
        calculator.GetTarget(Sukamulya, April, data.Population, data.Ledger).Should().Be(100, "the ledger alone knows no recording in Sukamulya");
        calculator.GetTarget(Kresek, April, data.Population, data.Ledger).Should().Be(600);
    }

    [Fact]
    public void GetTarget_FromData_NullArguments_Throw()
    {
        var calculator = new TargetCalculator(TargetPolicy.MonthlySharePercent(15), TargetProrating.None, WorkingCalendar.Indonesia);
        var data = RecordingData.FromSnapshots(Snapshots());

        FluentActions.Invoking(() => calculator.GetTarget(Sukamulya, null!, data)).Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("window");
        FluentActions.Invoking(() => calculator.GetTarget(Sukamulya, April, (RecordingData)null!)).Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("data");
    }

    [Fact]
    public void GetTarget_FromData_KecamatanNotInTheData_ThrowsArgumentException()
    {
        var calculator = new TargetCalculator(TargetPolicy.MonthlySharePercent(15), TargetProrating.None, WorkingCalendar.Indonesia);

        FluentActions.Invoking(() => calculator.GetTarget(Kresek, April, RecordingData.FromSnapshots(Snapshots()))).Should().Throw<ArgumentException>();
    }

    /// <summary>
    /// The type's remarks say the <c>default</c> value "describes the nation in January of year 1 with no residents",
    /// as it did before coverage could be unknown: then its coverage was 0. Now the default's coverage is unknown, so
    /// <see cref="TargetContext.CoverageAtStart"/> and <see cref="TargetContext.Unrecorded"/> throw.
    /// </summary>
    [Fact]
    public void Default_IsTheNationWithNoResidents_AndCoverageZero()
    {
        var context = default(TargetContext);

        context.IsCoverageKnown.Should().BeTrue();
        context.CoverageAtStart.Should().Be(0);
        context.Unrecorded.Should().Be(0);
    }

    /// <summary>A policy that records every context it is given and requires nothing.</summary>
    private sealed class RecordingPolicy : ITargetPolicy
    {
        public List<TargetContext> Seen { get; } = [];

        public decimal? MonthlySharePercent => null;

        public Ratio GetMonthlyRequirement(in TargetContext context)
        {
            Seen.Add(context);
            return Ratio.Zero;
        }
    }
}
