using System;
using System.Linq;
using EktpDomain.Recording;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Recording;

/// <summary>
/// The fast paths of the ledger (per-kind runs of running totals, vector skips, bisection, parallel chunks) against
/// the simple reference path: LINQ over the entries.
/// </summary>
public class LedgerAggregationTests
{
    [Fact]
    public void Aggregate_EmptyLedger_IsAllZero()
    {
        var ledger = RecordingLedger.CreateBuilder([SepatanTimur, Solear]).Build();
        var year = new DateInterval(D(1, 1), D(12, 31));

        var aggregate = ledger.AggregateByMonth(year);

        aggregate.KecamatanCodes.Should().Equal(SepatanTimur, Solear);
        aggregate.Periods.Should().HaveCount(12);
        aggregate.Totals.Should().HaveCount(24).And.OnlyContain(t => t == LedgerTotals.Zero);
        ledger.GetTotalsByKecamatan(year).Should().Equal(LedgerTotals.Zero, LedgerTotals.Zero);
        ledger.GetTotalsUpTo(RegionCode.Nation, D(12, 31)).Should().Be(LedgerTotals.Zero);
        ledger.Span.Should().BeNull();
    }

    [Fact]
    public void Aggregate_NoPeriods_HasNoCells()
    {
        var ledger = RecordingLedger.CreateBuilder([SepatanTimur]).Add(new LedgerEntry(D(4, 2), SepatanTimur, LedgerEntryKind.Recorded, 5)).Build();

        var aggregate = ledger.Aggregate([]);

        aggregate.Periods.Should().BeEmpty();
        aggregate.Totals.Should().BeEmpty();
        aggregate.KecamatanCodes.Should().Equal(SepatanTimur);
    }

    [Fact]
    public void Aggregate_WindowsOutsideTheData_AreZeroAndUpToIsAllOrNothing()
    {
        var ledger = RecordingLedger.CreateBuilder([SepatanTimur])
            .Add(new LedgerEntry(D(4, 2), SepatanTimur, LedgerEntryKind.Recorded, 300))
            .Add(new LedgerEntry(D(4, 3), SepatanTimur, LedgerEntryKind.Lost, 100))
            .Add(new LedgerEntry(D(4, 4), SepatanTimur, LedgerEntryKind.Rerecorded, 40))
            .Build();
        var before = new DateInterval(new LocalDate(1900, 1, 1), D(4, 1));
        var after = new DateInterval(D(4, 5), new LocalDate(2200, 1, 1));

        var aggregate = ledger.Aggregate([before, after, new DateInterval(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31))]);

        aggregate.GetTotals(SepatanTimur, 0).Should().Be(LedgerTotals.Zero);
        aggregate.GetTotals(SepatanTimur, 1).Should().Be(LedgerTotals.Zero);
        aggregate.GetTotals(SepatanTimur, 2).Should().Be(new LedgerTotals(300, 100, 40));
        ledger.GetTotalsAndTotalsUpTo(SepatanTimur, before).Should().Be((LedgerTotals.Zero, LedgerTotals.Zero));
        ledger.GetTotalsAndTotalsUpTo(SepatanTimur, after).Should().Be((LedgerTotals.Zero, new LedgerTotals(300, 100, 40)));
        ledger.GetCoverage(SepatanTimur, new LocalDate(9999, 12, 31)).Should().Be(240);
        ledger.GetBacklog(SepatanTimur, new LocalDate(1, 1, 1)).Should().Be(0);
    }

    [Fact]
    public void Aggregate_SingleEntrySegmentsOfEachKind_AreExact()
    {
        var ledger = RecordingLedger.CreateBuilder([Sukamulya, SepatanTimur, Solear])
            .Add(new LedgerEntry(D(4, 2), Sukamulya, LedgerEntryKind.Recorded, 7))
            .Add(new LedgerEntry(D(4, 2), SepatanTimur, LedgerEntryKind.Recorded, 10))
            .Add(new LedgerEntry(D(4, 9), SepatanTimur, LedgerEntryKind.Lost, 4))
            .Add(new LedgerEntry(D(4, 16), SepatanTimur, LedgerEntryKind.Rerecorded, 3))
            .Build();

        var weeks = ledger.Aggregate([new(D(4, 2), D(4, 8)), new(D(4, 9), D(4, 15)), new(D(4, 16), D(4, 22))]);

        weeks.GetTotals(Sukamulya, 0).Should().Be(new LedgerTotals(7, 0, 0));
        weeks.GetTotals(Sukamulya, 1).Should().Be(LedgerTotals.Zero);
        weeks.GetTotals(SepatanTimur, 0).Should().Be(new LedgerTotals(10, 0, 0));
        weeks.GetTotals(SepatanTimur, 1).Should().Be(new LedgerTotals(0, 4, 0));
        weeks.GetTotals(SepatanTimur, 2).Should().Be(new LedgerTotals(0, 0, 3));
        weeks.GetTotals(Solear, 2).Should().Be(LedgerTotals.Zero);
        weeks.GetTotals(new RegionCode(36, 3), 0).Should().Be(new LedgerTotals(17, 0, 0));
    }

    [Fact]
    public void Aggregate_CountsNearTheValidatedBounds_AreExact()
    {
        // Building accepts a ledger whose totals per kind reach long.MaxValue; the running totals then do too.
        long half = long.MaxValue / 2;
        var ledger = RecordingLedger.CreateBuilder([SepatanTimur, Solear])
            .Add(new LedgerEntry(D(4, 2), SepatanTimur, LedgerEntryKind.Recorded, half))
            .Add(new LedgerEntry(D(5, 2), SepatanTimur, LedgerEntryKind.Recorded, long.MaxValue - half))
            .Add(new LedgerEntry(D(5, 3), SepatanTimur, LedgerEntryKind.Lost, long.MaxValue))
            .Add(new LedgerEntry(D(6, 4), SepatanTimur, LedgerEntryKind.Rerecorded, long.MaxValue - 1))
            .Add(new LedgerEntry(D(6, 5), SepatanTimur, LedgerEntryKind.Rerecorded, 1))
            .Build();

        var months = ledger.AggregateByMonth(new DateInterval(D(4, 1), D(6, 30)));

        months.GetTotals(SepatanTimur, 0).Should().Be(new LedgerTotals(half, 0, 0));
        months.GetTotals(SepatanTimur, 1).Should().Be(new LedgerTotals(long.MaxValue - half, long.MaxValue, 0));
        months.GetTotals(SepatanTimur, 2).Should().Be(new LedgerTotals(0, 0, long.MaxValue));
        ledger.GetTotalsUpTo(SepatanTimur, D(6, 30)).Should().Be(new LedgerTotals(long.MaxValue, long.MaxValue, long.MaxValue));
        ledger.GetCoverage(SepatanTimur, D(6, 30)).Should().Be(long.MaxValue);
        ledger.GetEntries(SepatanTimur).Select(e => e.Count).Should().Equal(half, long.MaxValue - half, long.MaxValue, long.MaxValue - 1, 1);

        // The ledger-wide totals fit, so no region's total can overflow: the regency's sums are exact at the limit.
        months.GetTotals(new RegionCode(36, 3), 1).Should().Be(new LedgerTotals(long.MaxValue - half, long.MaxValue, 0));
        ledger.GetTotalsUpTo(RegionCode.Nation, D(6, 30)).Should().Be(new LedgerTotals(long.MaxValue, long.MaxValue, long.MaxValue));
    }

    [Fact]
    public void GetEntries_KindsInterleavedOnADate_ComeBackInInputOrderWithTheirCountsAndDevices()
    {
        var entries = new[]
        {
            new LedgerEntry(D(4, 2), SepatanTimur, LedgerEntryKind.Recorded, 50, "K-30-1"),
            new LedgerEntry(D(4, 3), SepatanTimur, LedgerEntryKind.Lost, 20),
            new LedgerEntry(D(4, 3), SepatanTimur, LedgerEntryKind.Recorded, 30, "K-30-2"),
            new LedgerEntry(D(4, 3), SepatanTimur, LedgerEntryKind.Rerecorded, 5, "MOBILE-1"),
            new LedgerEntry(D(4, 3), SepatanTimur, LedgerEntryKind.Lost, 1),
            new LedgerEntry(D(4, 3), SepatanTimur, LedgerEntryKind.Recorded, 31, "K-30-1"),
        };

        // Added in reverse date order: entries of one date keep their input order, whatever their kind.
        var ledger = RecordingLedger.CreateBuilder([SepatanTimur]).AddRange(entries.Skip(1)).Add(entries[0]).Build();

        ledger.GetEntries(SepatanTimur).Should().Equal(entries);
        ledger.GetEntries().Should().Equal(entries);
    }

    [Fact]
    public void AggregateByMonth_CutsTheFirstAndLastMonthsToTheWindow()
    {
        var ledger = RecordingLedger.CreateBuilder([SepatanTimur]).Build();

        var aggregate = ledger.AggregateByMonth(new DateInterval(D(3, 15), D(5, 10)));

        aggregate.Periods.Should().Equal(new DateInterval(D(3, 15), D(3, 31)), new DateInterval(D(4, 1), D(4, 30)), new DateInterval(D(5, 1), D(5, 10)));
        ledger.AggregateByMonth(new DateInterval(D(2, 29), D(2, 29))).Periods.Should().Equal(new DateInterval(D(2, 29), D(2, 29)));
    }

    [Fact]
    public void Aggregate_NullArguments_Throw()
    {
        var ledger = RecordingLedger.CreateBuilder([SepatanTimur]).Build();

        ledger.Invoking(l => l.Aggregate(null!)).Should().Throw<ArgumentNullException>().WithParameterName("periods");
        ledger.Invoking(l => l.AggregateByMonth(null!)).Should().Throw<ArgumentNullException>().WithParameterName("window");
        ledger.Invoking(l => l.Aggregate([new DateInterval(D(4, 1), D(4, 2)), null!]))
            .Should().Throw<ArgumentNullException>()
            .WithMessage("periods[1] is null; every period must be a date interval. (Parameter 'periods')");
    }
}
