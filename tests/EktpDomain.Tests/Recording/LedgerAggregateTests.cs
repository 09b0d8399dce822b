using System;
using System.Collections.Generic;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Recording;

public partial class LedgerAggregateTests
{
    private static readonly DateInterval April = new(new LocalDate(2012, 4, 1), new LocalDate(2012, 4, 30));
    private static readonly DateInterval May = new(new LocalDate(2012, 5, 1), new LocalDate(2012, 5, 31));

    [Fact]
    public void Merge_SameKecamatanInBothParts_AddsTheirTotals()
    {
        var first = new LedgerAggregate([SepatanTimur], [April, May], [new(10, 1, 0), new(20, 0, 1)]);
        var second = new LedgerAggregate([SepatanTimur, Solear], [April, May], [new(5, 0, 0), LedgerTotals.Zero, new(7, 0, 0), new(8, 0, 0)]);

        var merged = first.Merge(second);

        merged.KecamatanCodes.Should().Equal(SepatanTimur, Solear);
        merged.Totals.Should().Equal(new LedgerTotals(15, 1, 0), new LedgerTotals(20, 0, 1), new LedgerTotals(7, 0, 0), new LedgerTotals(8, 0, 0));
        merged.GetTotals(new RegionCode(36, 3), 0).Should().Be(new LedgerTotals(22, 1, 0));
        merged.GetTotals(new RegionCode(35), 1).Should().Be(LedgerTotals.Zero);
    }

    [Fact]
    public void Merge_DifferentPeriods_Throws()
    {
        var april = new LedgerAggregate([SepatanTimur], [April], [LedgerTotals.Zero]);
        var may = new LedgerAggregate([SepatanTimur], [May], [LedgerTotals.Zero]);

        april.Invoking(a => a.Merge(may)).Should().Throw<ArgumentException>()
            .WithMessage("parts[1] has 1 periods that differ from the 1 periods of parts[0]; aggregate every part over the same periods, in the same order. (Parameter 'parts')");
        FluentActions.Invoking(() => LedgerAggregate.Merge([])).Should().Throw<ArgumentException>()
            .WithMessage("There are no aggregates to merge; give at least one. (Parameter 'parts')");
        FluentActions.Invoking(() => LedgerAggregate.Merge([april, null!])).Should().Throw<ArgumentNullException>()
            .WithMessage("parts[1] is null. (Parameter 'parts')");
        april.Invoking(a => a.Merge(null!)).Should().Throw<ArgumentNullException>().WithParameterName("other");
    }

    [Fact]
    public void NullArguments_AreNamed()
    {
        FluentActions.Invoking(() => new LedgerAggregate((IReadOnlyList<RegionCode>)null!, [April], [])).Should().Throw<ArgumentNullException>().WithParameterName("kecamatan");
        FluentActions.Invoking(() => new LedgerAggregate([SepatanTimur], (IReadOnlyList<DateInterval>)null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("periods");
        FluentActions.Invoking(() => new LedgerAggregate([SepatanTimur], [April], (IReadOnlyList<LedgerTotals>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("totals");
        FluentActions.Invoking(() => LedgerAggregate.Merge(null!)).Should().Throw<ArgumentNullException>().WithParameterName("parts");
    }

    [Fact]
    public void Merge_SumBeyondALong_ThrowsOverflow()
    {
        var big = new LedgerAggregate([SepatanTimur], [April], [new(long.MaxValue, 0, 0)]);

        big.Invoking(a => a.Merge(big)).Should().Throw<OverflowException>()
            .WithMessage("The recorded total overflows a 64-bit count: *");
    }

    [Fact]
    public void Constructor_RoundTripsThroughItsParts()
    {
        var random = new Random(36);
        var aggregate = LedgerReference.RandomAggregate(random, LedgerReference.Months());

        var rebuilt = new LedgerAggregate(aggregate.KecamatanCodes, aggregate.Periods, aggregate.Totals);

        rebuilt.Should().Be(aggregate);
        rebuilt.ToString().Should().Be($"{aggregate.KecamatanCodes.Length} kecamatan × 3 periods");
    }

    [Fact]
    public void Constructor_BadParts_ThrowWithMessages()
    {
        FluentActions.Invoking(() => new LedgerAggregate([new RegionCode(36, 3)], [April], [LedgerTotals.Zero]))
            .Should().Throw<ArgumentException>()
            .WithMessage("'36.03' is a Regency code, but kecamatan[0] of an aggregate needs a kecamatan code PP.KK.CC, such as 36.03.27. (Parameter 'kecamatan')");
        FluentActions.Invoking(() => new LedgerAggregate([Solear, SepatanTimur], [April], [LedgerTotals.Zero, LedgerTotals.Zero]))
            .Should().Throw<ArgumentException>()
            .WithMessage("kecamatan[1] is '36.03.30', which does not come after kecamatan[0] '36.03.31'; list each kecamatan once, in ascending code order. (Parameter 'kecamatan')");
        FluentActions.Invoking(() => new LedgerAggregate([SepatanTimur, SepatanTimur], [April], [LedgerTotals.Zero, LedgerTotals.Zero]))
            .Should().Throw<ArgumentException>().WithParameterName("kecamatan");
        FluentActions.Invoking(() => new LedgerAggregate([SepatanTimur], [April, May], [LedgerTotals.Zero]))
            .Should().Throw<ArgumentException>()
            .WithMessage("There are 1 totals, but 1 kecamatan × 2 periods need 2, row by row. (Parameter 'totals')");
        FluentActions.Invoking(() => new LedgerAggregate([SepatanTimur], [null!], [LedgerTotals.Zero]))
            .Should().Throw<ArgumentNullException>()
            .WithMessage("periods[0] is null; every period must be a date interval. (Parameter 'periods')");
    }

    [Fact]
    public void GetTotals_BadRegionOrPeriod_ThrowsWithMessages()
    {
        var aggregate = new LedgerAggregate([SepatanTimur], [April], [new(1, 0, 0)]);

        aggregate.Invoking(a => a.GetTotals(Solear, 0)).Should().Throw<ArgumentException>()
            .WithMessage("Kecamatan '36.03.31' is not in this aggregate, which holds 1 kecamatan. (Parameter 'region')");
        aggregate.Invoking(a => a.GetTotals(new RegionCode(36, 3, 30, 2001), 0)).Should().Throw<ArgumentException>()
            .WithMessage("The aggregate is kept per kecamatan; '36.03.30.2001' is a village code. Use its kecamatan, 36.03.30. (Parameter 'region')");
        aggregate.Invoking(a => a.GetTotals(SepatanTimur, 1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The period must be an index of Periods, 0 to 0. (Parameter 'period')*");
        aggregate.GetTotals(RegionCode.Nation, 0).Should().Be(new LedgerTotals(1, 0, 0));
    }

    [Fact]
    public void Equality_ComparesPeriodsKecamatanAndCells()
    {
        var value = new LedgerAggregate([SepatanTimur], [April], [new(1, 0, 0)]);
        var equal = new LedgerAggregate([SepatanTimur], [new DateInterval(April.Start, April.End)], [new(1, 0, 0)]);
        var otherCell = new LedgerAggregate([SepatanTimur], [April], [new(2, 0, 0)]);
        var otherPeriod = new LedgerAggregate([SepatanTimur], [May], [new(1, 0, 0)]);
        var zeroRowAdded = new LedgerAggregate([SepatanTimur, Solear], [April], [new(1, 0, 0), LedgerTotals.Zero]);

        ValueContract.AssertEquality(value, equal, otherCell, (a, b) => a == b, (a, b) => a != b);
        value.Should().NotBe(otherPeriod);
        value.Should().NotBe(zeroRowAdded);
        (value == null).Should().BeFalse();
        ((LedgerAggregate?)null == null).Should().BeTrue();
    }
}
