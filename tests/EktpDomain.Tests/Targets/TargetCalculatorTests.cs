using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Calendar;
using EktpDomain.Recording;
using EktpDomain.Targets;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Targets;

public class TargetCalculatorTests
{
    private static readonly DateInterval April2To30 = new(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30));

    private static long Target(ITargetPolicy policy, DateInterval window, long eligible, TargetProrating prorating = TargetProrating.None, RecordingLedger? ledger = null)
    {
        var population = EligiblePopulation.CreateBuilder().Add(Kresek, eligible).Build();
        return new TargetCalculator(policy, prorating, WorkingCalendar.Indonesia).GetTarget(Kresek, window, population, ledger);
    }

    [Theory]
    [InlineData(41_000, 6_150)]
    [InlineData(40_001, 6_001)]
    [InlineData(34_262, 5_140)]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(long.MaxValue, 1_383_505_805_528_216_372)]
    public void MonthlyShare_IsCeilingOfEligibleTimesShare(long eligible, long expected) =>
        Target(TargetPolicy.MonthlySharePercent(15), April2To30, eligible).Should().Be(expected);

    [Fact]
    public void GetTarget_WindowInAnotherCalendar_NamesTheDateAndTheCalendar()
    {
        var julian = new DateInterval(new LocalDate(2012, 4, 2, CalendarSystem.Julian), new LocalDate(2012, 4, 30, CalendarSystem.Julian));

        FluentActions.Invoking(() => Target(TargetPolicy.MonthlySharePercent(15), julian, 1_000))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("The window's first day 2012-04-02 is in the Julian calendar, but the library takes ISO dates only: convert it with WithCalendar(CalendarSystem.Iso). (Parameter 'window')")
            .WithParameterName("window");
    }

    [Fact]
    public void GetTargetOfData_WindowInAnotherCalendar_NamesTheDateAndTheCalendar()
    {
        var julian = new DateInterval(new LocalDate(2012, 4, 2, CalendarSystem.Julian), new LocalDate(2012, 4, 30, CalendarSystem.Julian));
        var data = new ScenarioBuilder().Kecamatan(Kresek, 1_000).Build();

        FluentActions.Invoking(() => new TargetCalculator(TargetPolicy.MonthlySharePercent(15), TargetProrating.None, WorkingCalendar.Indonesia).GetTarget(Kresek, julian, data))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("The window's first day 2012-04-02 is in the Julian calendar, but the library takes ISO dates only: convert it with WithCalendar(CalendarSystem.Iso). (Parameter 'window')")
            .WithParameterName("window");
    }

    [Fact]
    public void TargetOverTwoMonths_BeyondA64BitCount_NamesTheKecamatan()
    {
        var twoMonths = new DateInterval(new LocalDate(2012, 4, 1), new LocalDate(2012, 5, 31));

        FluentActions.Invoking(() => Target(TargetPolicy.Fixed(long.MaxValue), twoMonths, 1))
            .Should().ThrowExactly<OverflowException>()
            .WithMessage("The target of 36.03.06 overflows a 64-bit count: 922337*********5807 + 922337*********5807 is beyond the 64-bit limit*", "long digit runs are masked, as a NIK would be");
    }

    [Fact]
    public void ProratedMonthWithoutWorkingDays_HasNoTarget()
    {
        // Offices open on Mondays only, and every Monday of April 2012 is a holiday: April has no working day to
        // pro-rate by, so the part of it in the window has no target rather than a division by zero.
        var mondays = new[] { 2, 9, 16, 23, 30 }.Select(d => new Holiday(new LocalDate(2012, 4, d), "libur", HolidayKind.NationalHoliday));
        var calendar = WorkingCalendar.CreateBuilder().WithWorkingWeekdays(IsoDayOfWeek.Monday).CoverYears(2012, 2012).AddHolidays(mondays).Build();
        var population = EligiblePopulation.CreateBuilder().Add(Kresek, 10_000).Build();
        var calculator = new TargetCalculator(TargetPolicy.MonthlySharePercent(15), TargetProrating.WorkingDays, calendar);

        calculator.GetTarget(Kresek, new DateInterval(new LocalDate(2012, 4, 16), new LocalDate(2012, 4, 30)), population, null).Should().Be(0);
        calculator.GetTarget(Kresek, new DateInterval(new LocalDate(2012, 4, 16), new LocalDate(2012, 5, 31)), population, null).Should().Be(1_500, "May is covered whole");
    }

    [Fact]
    public void WindowInsideOneMonth_IsHeldToTheWholeMonthTarget_WithoutProrating()
    {
        var lateApril = new DateInterval(new LocalDate(2012, 4, 16), new LocalDate(2012, 4, 30));
        Target(TargetPolicy.MonthlySharePercent(15), lateApril, 10_000).Should().Be(1_500);
        Target(TargetPolicy.MonthlySharePercent(15), lateApril, 10_000, TargetProrating.WorkingDays).Should().Be(825, "11 of April's 20 national working days: ceil(1500 × 11 ÷ 20)");
    }

    [Fact]
    public void TheArticlesWindow_ProratedOrNot_HasTheSameTarget_BecauseAprilFirstIsASunday() =>
        Target(TargetPolicy.MonthlySharePercent(15), April2To30, 41_000, TargetProrating.WorkingDays).Should().Be(6_150);

    [Fact]
    public void MultiMonthWindow_SumsMonthlyTargets_EachProratedWhenPartlyCovered()
    {
        // 16 April to 15 June 2012: April 11 of 20 working days, all of May, June 11 of 21 (calendar checked by hand:
        // Good Friday 6 April; Ascension 17 May and cuti bersama 18 May; Isra Mikraj 17 June is a Sunday).
        var window = new DateInterval(new LocalDate(2012, 4, 16), new LocalDate(2012, 6, 15));
        var calendar = WorkingCalendar.Indonesia;
        calendar.CountWorkingDays(new DateInterval(new LocalDate(2012, 5, 1), new LocalDate(2012, 5, 31))).Should().Be(21);
        calendar.CountWorkingDays(new DateInterval(new LocalDate(2012, 6, 1), new LocalDate(2012, 6, 30))).Should().Be(21);

        long prorated = Target(TargetPolicy.MonthlySharePercent(15), window, 10_000, TargetProrating.WorkingDays);
        long whole = Target(TargetPolicy.MonthlySharePercent(15), window, 10_000);

        prorated.Should().Be(825 + 1_500 + 786, "ceil(1500×11/20) + 1500 + ceil(1500×11/21)");
        whole.Should().Be(3 * 1_500);
    }

    [Fact]
    public void ShareOfUnrecorded_UsesCoverageAtThePeriodStart()
    {
        var population = EligiblePopulation.CreateBuilder().Add(Kresek, 10_000).Build();
        var ledger = RecordingLedger.CreateBuilder([Kresek])
            .Add(new LedgerEntry(new LocalDate(2012, 3, 15), Kresek, LedgerEntryKind.Recorded, 4_000))
            .Add(new LedgerEntry(new LocalDate(2012, 4, 2), Kresek, LedgerEntryKind.Recorded, 999))
            .Build();
        var calculator = new TargetCalculator(TargetPolicy.ShareOfUnrecordedPercent(15), TargetProrating.None, WorkingCalendar.Indonesia);

        calculator.GetTarget(Kresek, April2To30, population, ledger).Should().Be(900, "15 % of the 6,000 not recorded by 1 April");
        calculator.GetTarget(Kresek, April2To30, population, null).Should().Be(1_500, "without a ledger nobody is recorded yet");
    }

    [Fact]
    public void Fixed_And_PerKecamatanOverride()
    {
        Target(TargetPolicy.Fixed(500), April2To30, 41_000).Should().Be(500);
        var other = new RegionCode(36, 3, 7);
        var policy = TargetPolicy.PerKecamatan(TargetPolicy.MonthlySharePercent(15), new Dictionary<RegionCode, ITargetPolicy> { [Kresek] = TargetPolicy.Fixed(42) });
        Target(policy, April2To30, 41_000).Should().Be(42);
        policy.MonthlySharePercent.Should().BeNull("kecamatan are held to different policies");

        var population = EligiblePopulation.CreateBuilder().Add(other, 41_000).Build();
        new TargetCalculator(policy, TargetProrating.None, WorkingCalendar.Indonesia).GetTarget(other, April2To30, population, null).Should().Be(6_150);
    }

    [Fact]
    public void UserWrittenPolicy_IsRoundedUpByTheCalculator()
    {
        Target(new ThirdPolicy(), April2To30, 10).Should().Be(4, "ceil(10 ÷ 3)");
    }

    private sealed class ThirdPolicy : ITargetPolicy
    {
        public decimal? MonthlySharePercent => null;

        public Ratio GetMonthlyRequirement(in TargetContext context) => new(context.Eligible, 3);
    }

    private sealed class NegativePolicy : ITargetPolicy
    {
        public decimal? MonthlySharePercent => null;

        public Ratio GetMonthlyRequirement(in TargetContext context) => -1;

        public override string ToString() => "broken";
    }

    [Fact]
    public void NegativeRequirement_ThrowsNamingThePolicy()
    {
        var act = () => Target(new NegativePolicy(), April2To30, 10);
        act.Should().Throw<InvalidOperationException>()
            .WithMessage("The target policy broken returned a negative requirement (-1) for 36.03.06 in 2012-04; a requirement must be 0 or more.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.01)]
    public void Share_OutOfRange_Throws(decimal percent)
    {
        var act = () => TargetPolicy.MonthlySharePercent(percent);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("percent").WithMessage("A monthly share must be more than 0 and at most 100 percent*.*");
        var unrecorded = () => TargetPolicy.ShareOfUnrecordedPercent(percent);
        unrecorded.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void BadArguments_Throw()
    {
        var negative = () => TargetPolicy.Fixed(-1);
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("monthlyCount");
        var regency = () => TargetPolicy.PerKecamatan(TargetPolicy.Fixed(1), new Dictionary<RegionCode, ITargetPolicy> { [new RegionCode(36, 3)] = TargetPolicy.Fixed(1) });
        regency.Should().Throw<ArgumentException>().WithMessage("'36.03' is a Regency code, but a target override needs a kecamatan code PP.KK.CC, such as 36.03.27.*");
        var prorating = () => new TargetCalculator(TargetPolicy.Fixed(1), (TargetProrating)7, WorkingCalendar.Indonesia);
        prorating.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("prorating")
            .WithMessage("The pro-rating must be None or WorkingDays, not 7. (Parameter 'prorating')");
        var population = EligiblePopulation.CreateBuilder().Add(Kresek, 1).Build();
        var parent = () => new TargetCalculator(TargetPolicy.Fixed(1), TargetProrating.None, WorkingCalendar.Indonesia).GetTarget(new RegionCode(36, 3), April2To30, population, null);
        parent.Should().Throw<ArgumentException>().WithMessage("*a parent's target is the sum of its kecamatan's*");
    }

    [Fact]
    public void TargetContext_Equality_And_Validation()
    {
        var month = new YearMonth(2012, 4);
        var a = new TargetContext(Kresek, month, new LocalDate(2012, 4, 2), 100, 30);
        ValueContract.AssertEquality(a, new TargetContext(Kresek, month, new LocalDate(2012, 4, 2), 100, 30), new TargetContext(Kresek, month, new LocalDate(2012, 4, 2), 100, 31), (x, y) => x == y, (x, y) => x != y);
        var differingInOnePart = new[]
        {
            new TargetContext(Sukamulya, month, new LocalDate(2012, 4, 2), 100, 30),
            new TargetContext(Kresek, new YearMonth(2012, 5), new LocalDate(2012, 5, 2), 100, 30),
            new TargetContext(Kresek, month, new LocalDate(2012, 4, 3), 100, 30),
            new TargetContext(Kresek, month, new LocalDate(2012, 4, 2), 101, 30),
            new TargetContext(Kresek, month, new LocalDate(2012, 4, 2), 100, null),
        };
        for (int i = 0; i < differingInOnePart.Length; i++)
        {
            (a == differingInOnePart[i]).Should().BeFalse($"context {i} differs in one part");
            a.Equals(differingInOnePart[i]).Should().BeFalse($"context {i} differs in one part");
        }

        new TargetContext(Kresek, month, new LocalDate(2012, 4, 2), 100, 0).Should().NotBe(new TargetContext(Kresek, month, new LocalDate(2012, 4, 2), 100, null), "an unknown coverage is not a coverage of 0");
        a.Unrecorded.Should().Be(70);
        new TargetContext(Kresek, month, new LocalDate(2012, 4, 2), 10, 30).Unrecorded.Should().Be(0);
        var outside = () => new TargetContext(Kresek, month, new LocalDate(2012, 5, 1), 1, 0);
        outside.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("periodStart");
    }

    [Fact]
    public void NullArguments_ThrowNamingThem()
    {
        var policy = TargetPolicy.MonthlySharePercent(15);
        var calculator = new TargetCalculator(policy, TargetProrating.None, WorkingCalendar.Indonesia);
        var population = EligiblePopulation.CreateBuilder().Add(Kresek, 10_000).Build();

        FluentActions.Invoking(() => new TargetCalculator(null!, TargetProrating.None, WorkingCalendar.Indonesia))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("policy");
        FluentActions.Invoking(() => new TargetCalculator(policy, TargetProrating.None, null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("calendar");
        FluentActions.Invoking(() => calculator.GetTarget(Kresek, null!, population, null))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("window");
        FluentActions.Invoking(() => calculator.GetTarget(Kresek, April2To30, null!, null))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("population");
        FluentActions.Invoking(() => TargetPolicy.PerKecamatan(null!, new Dictionary<RegionCode, ITargetPolicy>()))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("fallback");
        FluentActions.Invoking(() => TargetPolicy.PerKecamatan(policy, null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("overrides");
    }
}
