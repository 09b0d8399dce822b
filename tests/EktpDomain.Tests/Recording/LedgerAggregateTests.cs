using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Recording;

public class LedgerAggregateTests
{
    private static readonly RegionCode SepatanTimur = new(36, 3, 30);
    private static readonly RegionCode Solear = new(36, 3, 31);
    private static readonly DateInterval April = new(new LocalDate(2012, 4, 1), new LocalDate(2012, 4, 30));
    private static readonly DateInterval May = new(new LocalDate(2012, 5, 1), new LocalDate(2012, 5, 31));

    /// <summary>A random aggregate over fixed monthly periods: a random ledger over some of the random kecamatan.</summary>
    private static LedgerAggregate RandomAggregate(Random random, IReadOnlyList<DateInterval> periods)
    {
        var kecamatan = RandomLedgers.Kecamatan(random, max: 5);
        var ledger = RecordingLedger.CreateBuilder(kecamatan).AddRange(RandomLedgers.Entries(random, kecamatan, days: 90)).Build();
        return ledger.Aggregate(periods);
    }

    private static DateInterval[] Months() =>
    [
        new(RandomLedgers.Start, RandomLedgers.Start.PlusDays(30)),
        new(RandomLedgers.Start.PlusDays(31), RandomLedgers.Start.PlusDays(59)),
        new(RandomLedgers.Start.PlusDays(20), RandomLedgers.Start.PlusDays(89)),
    ];

    [FsCheck.Xunit.Property(MaxTest = 150)]
    public bool Merge_IsAssociativeAndCommutative(int seed)
    {
        var random = new Random(seed);
        var periods = Months();
        var a = RandomAggregate(random, periods);
        var b = RandomAggregate(random, periods);
        var c = RandomAggregate(random, periods);

        var leftFirst = a.Merge(b).Merge(c);
        var rightFirst = a.Merge(b.Merge(c));
        return leftFirst == rightFirst
            && a.Merge(b) == b.Merge(a)
            && LedgerAggregate.Merge([c, a, b]) == leftFirst
            && leftFirst.Kecamatan.SequenceEqual(a.Kecamatan.Union(b.Kecamatan).Union(c.Kecamatan).Order());
    }

    /// <summary>
    /// Sharding by province: one ledger per province, aggregated separately and merged, gives exactly the national
    /// aggregate of one ledger built from all the entries.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 150)]
    public bool Merge_ProvinceShards_EqualTheNationalAggregate(int seed)
    {
        var random = new Random(seed);
        var kecamatan = RandomLedgers.Kecamatan(random, max: 12);
        var entries = RandomLedgers.Entries(random, kecamatan, days: 90);
        var periods = Months();
        var national = RecordingLedger.CreateBuilder(kecamatan).AddRange(entries).Build().Aggregate(periods);

        var shards = kecamatan.GroupBy(code => code.AncestorAt(RegionLevel.Province)).Select(province =>
            RecordingLedger.CreateBuilder(province).AddRange(entries.Where(e => province.Key.Contains(e.Kecamatan))).Build().Aggregate(periods)).ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shards));

        var merged = LedgerAggregate.Merge(shards);
        var pairwise = shards.Aggregate((x, y) => x.Merge(y));
        return merged == national && pairwise == national
            && Enumerable.Range(0, periods.Length).All(p => merged.GetTotals(RegionCode.Nation, p) == national.GetTotals(RegionCode.Nation, p));
    }

    [Fact]
    public void Merge_SameKecamatanInBothParts_AddsTheirTotals()
    {
        var first = new LedgerAggregate([SepatanTimur], [April, May], [new(10, 1, 0), new(20, 0, 1)]);
        var second = new LedgerAggregate([SepatanTimur, Solear], [April, May], [new(5, 0, 0), LedgerTotals.Zero, new(7, 0, 0), new(8, 0, 0)]);

        var merged = first.Merge(second);

        merged.Kecamatan.Should().Equal(SepatanTimur, Solear);
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
        var aggregate = RandomAggregate(random, Months());

        var rebuilt = new LedgerAggregate(aggregate.Kecamatan, aggregate.Periods, aggregate.Totals);

        rebuilt.Should().Be(aggregate);
        rebuilt.ToString().Should().Be($"{aggregate.Kecamatan.Length} kecamatan × 3 periods");
    }

    [Fact]
    public void Constructor_BadParts_ThrowWithMessages()
    {
        FluentActions.Invoking(() => new LedgerAggregate([new RegionCode(36, 3)], [April], [LedgerTotals.Zero]))
            .Should().Throw<ArgumentException>()
            .WithMessage("kecamatan[0] is '36.03', a Regency code; an aggregate is kept per kecamatan (PP.KK.CC). (Parameter 'kecamatan')");
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
