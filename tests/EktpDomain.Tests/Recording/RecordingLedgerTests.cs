using System;
using System.Linq;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Recording;

public class RecordingLedgerTests
{
    private static readonly RegionCode[] Kecamatan = [Sukamulya, SepatanTimur, Solear];
    private static readonly DateInterval April2012 = new(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30));

    [Fact]
    public void GetTotals_WindowSumsByKind_NetAndGross()
    {
        var ledger = RecordingLedger.CreateBuilder(Kecamatan)
            .Add(new LedgerEntry(D(3, 30), SepatanTimur, LedgerEntryKind.Recorded, 5_000))
            .Add(new LedgerEntry(D(4, 2), SepatanTimur, LedgerEntryKind.Recorded, 300, "K-30-1"))
            .Add(new LedgerEntry(D(4, 3), SepatanTimur, LedgerEntryKind.Lost, 1_738))
            .Add(new LedgerEntry(D(4, 20), SepatanTimur, LedgerEntryKind.Rerecorded, 200, "MOBILE-1"))
            .Add(new LedgerEntry(D(5, 1), SepatanTimur, LedgerEntryKind.Recorded, 999))
            .Build();

        var totals = ledger.GetTotals(SepatanTimur, April2012);

        totals.Should().Be(new LedgerTotals(300, 1_738, 200));
        totals.Net.Should().Be(300 - 1_738 + 200);
        totals.Gross.Should().Be(500);
        ledger.GetCoverage(SepatanTimur, D(4, 30)).Should().Be(5_000 + 300 - 1_738 + 200);
        ledger.GetBacklog(SepatanTimur, D(4, 30)).Should().Be(1_538);
        ledger.GetBacklog(SepatanTimur, D(4, 2)).Should().Be(0);
        ledger.Devices.Should().Equal("K-30-1", "MOBILE-1");
        ledger.Count.Should().Be(5);
        ledger.Span!.Equals(new DateInterval(D(3, 30), D(5, 1))).Should().BeTrue();
    }

    [Fact]
    public void GetTotals_NegativeNetRealisation_WhenLossesExceedRecordings()
    {
        var ledger = RecordingLedger.CreateBuilder(Kecamatan)
            .Add(new LedgerEntry(D(3, 1), SepatanTimur, LedgerEntryKind.Recorded, 10_000))
            .Add(new LedgerEntry(D(4, 10), SepatanTimur, LedgerEntryKind.Recorded, 1_000))
            .Add(new LedgerEntry(D(4, 11), SepatanTimur, LedgerEntryKind.Lost, 1_738))
            .Build();

        ledger.GetTotals(SepatanTimur, April2012).Net.Should().Be(-738);
    }

    [Fact]
    public void GetTotals_RegionSumsItsKecamatan()
    {
        var ledger = RecordingLedger.CreateBuilder([.. Kecamatan, new RegionCode(36, 71, 1)])
            .Add(new LedgerEntry(D(4, 2), SepatanTimur, LedgerEntryKind.Recorded, 10))
            .Add(new LedgerEntry(D(4, 2), Sukamulya, LedgerEntryKind.Recorded, 20))
            .Add(new LedgerEntry(D(4, 2), new RegionCode(36, 71, 1), LedgerEntryKind.Recorded, 40))
            .Build();

        ledger.GetTotals(new RegionCode(36, 3), April2012).Recorded.Should().Be(30);
        ledger.GetTotals(new RegionCode(36), April2012).Recorded.Should().Be(70);
        ledger.GetTotals(RegionCode.Nation, April2012).Recorded.Should().Be(70);
        ledger.GetTotals(new RegionCode(35), April2012).Should().Be(LedgerTotals.Zero);
        ledger.GetTotalsByKecamatan(April2012).Select(t => t.Recorded).Should().Equal(20, 10, 0, 40);
    }

    [Fact]
    public void Build_EntriesInAnyOrder_GiveTheSameAnswers()
    {
        var entries = new[]
        {
            new LedgerEntry(D(4, 9), Solear, LedgerEntryKind.Recorded, 7),
            new LedgerEntry(D(4, 2), Solear, LedgerEntryKind.Recorded, 5),
            new LedgerEntry(D(4, 5), Solear, LedgerEntryKind.Lost, 3),
            new LedgerEntry(D(4, 4), Solear, LedgerEntryKind.Recorded, 11),
        };
        var forward = RecordingLedger.CreateBuilder(Kecamatan).AddRange(entries).Build();
        var backward = RecordingLedger.CreateBuilder(Kecamatan).AddRange(entries.Reverse()).Build();

        forward.GetEntries(Solear).Select(e => e.Date).Should().BeInAscendingOrder();
        backward.GetEntries(Solear).Should().BeEquivalentTo(forward.GetEntries(Solear));
        backward.GetTotals(Solear, new DateInterval(D(4, 3), D(4, 8))).Should().Be(new LedgerTotals(11, 3, 0));
    }

    [Fact]
    public void Build_BacklogBelowZero_NamesTheEntryAndLine()
    {
        var builder = RecordingLedger.CreateBuilder(Kecamatan)
            .Add(new LedgerEntry(D(4, 2), SepatanTimur, LedgerEntryKind.Recorded, 500), new SourceLocation("ledger.csv", 2))
            .Add(new LedgerEntry(D(4, 3), SepatanTimur, LedgerEntryKind.Lost, 100), new SourceLocation("ledger.csv", 3))
            .Add(new LedgerEntry(D(4, 4), SepatanTimur, LedgerEntryKind.Rerecorded, 300), new SourceLocation("ledger.csv", 4));

        var act = builder.Build;

        var error = act.Should().Throw<DataValidationException>().Which;
        error.Problems.Should().ContainSingle();
        error.Problems[0].Location.Should().Be(new SourceLocation("ledger.csv", 4));
        error.Problems[0].ToString().Should().Be(
            "ledger.csv:4: rerecorded 300 at 36.03.30 on 2012-04-04 pushes the re-recording backlog below zero: by the end of that date re-recordings total 300 but losses only 100.");
    }

    [Fact]
    public void Build_SameDayLossAndRerecording_IsCheckedAtTheEndOfTheDate()
    {
        // The re-recording comes first in the input, but losses and re-recordings are compared at the end of the date.
        var ledger = RecordingLedger.CreateBuilder(Kecamatan)
            .Add(new LedgerEntry(D(4, 2), SepatanTimur, LedgerEntryKind.Recorded, 500))
            .Add(new LedgerEntry(D(4, 3), SepatanTimur, LedgerEntryKind.Rerecorded, 100))
            .Add(new LedgerEntry(D(4, 3), SepatanTimur, LedgerEntryKind.Lost, 100))
            .Build();

        ledger.GetBacklog(SepatanTimur, D(4, 3)).Should().Be(0);
    }

    [Fact]
    public void Build_CoverageBelowZero_NamesTheLostEntry()
    {
        var act = () => RecordingLedger.CreateBuilder(Kecamatan)
            .Add(new LedgerEntry(D(4, 2), Sukamulya, LedgerEntryKind.Recorded, 50), new SourceLocation("ledger.csv", 2))
            .Add(new LedgerEntry(D(4, 2), Sukamulya, LedgerEntryKind.Lost, 80), new SourceLocation("ledger.csv", 3))
            .Build();

        act.Should().Throw<DataValidationException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "ledger.csv:3: lost 80 at 36.03.27 on 2012-04-02 pushes coverage below zero: by the end of that date losses total 80 but only 50 were ever recorded.");
    }

    [Fact]
    public void Build_ReportsEveryProblem_EachOnce()
    {
        var builder = RecordingLedger.CreateBuilder(Kecamatan)
            .Add(D(4, 2), new RegionCode(36, 3, 99), LedgerEntryKind.Recorded, 5, null, new SourceLocation("ledger.csv", 2))
            .Add(D(4, 2), Sukamulya, LedgerEntryKind.Recorded, -5, null, new SourceLocation("ledger.csv", 3))
            .Add(D(4, 3), Sukamulya, LedgerEntryKind.Lost, 1, null, new SourceLocation("ledger.csv", 4))
            .Add(D(4, 4), Solear, LedgerEntryKind.Rerecorded, 2, null, new SourceLocation("ledger.csv", 5))
            .Add(D(4, 5), Solear, LedgerEntryKind.Recorded, 9, null, new SourceLocation("ledger.csv", 6))
            .Add(D(4, 2), new RegionCode(36, 3), LedgerEntryKind.Recorded, 5, null, new SourceLocation("ledger.csv", 7));

        builder.TryBuild(out var ledger, out var problems).Should().BeFalse();

        ledger.Should().BeNull();
        problems.Select(p => p.Location.Line).Should().Equal(2, 3, 7, 4, 5);
        problems[0].Message.Should().Be("unknown kecamatan '36.03.99': it is not in the kecamatan list.");
        problems[1].Message.Should().Be("count -5 is negative; a ledger count must be 0 or more.");
        problems[2].Message.Should().Be("'36.03' is a Regency code, but a ledger entry needs a kecamatan code PP.KK.CC, such as 36.03.27.");
    }

    [Fact]
    public void Build_CountsBeyondLongRange_FailClearly()
    {
        var act = () => RecordingLedger.CreateBuilder(Kecamatan)
            .Add(new LedgerEntry(D(4, 2), Sukamulya, LedgerEntryKind.Recorded, long.MaxValue))
            .Add(new LedgerEntry(D(4, 3), Sukamulya, LedgerEntryKind.Recorded, 1), new SourceLocation("ledger.csv", 3))
            .Build();

        act.Should().Throw<DataValidationException>().Which.Problems.Single().ToString().Should().Be(
            "ledger.csv:3: this count makes the ledger's recorded counts (up to 36.03.27 on 2012-04-03) sum beyond the 64-bit limit of about 9.2 × 10^18; check for a corrupt count.");
    }

    [Fact]
    public void Build_DatesSpanningMoreThan65535Days_BlameTheEarliestEntryAndNameTheLatest()
    {
        var act = () => RecordingLedger.CreateBuilder(Kecamatan)
            .Add(new LedgerEntry(D(4, 2), Sukamulya, LedgerEntryKind.Recorded, 5), new SourceLocation("ledger.csv", 2))
            .Add(new LedgerEntry(new LocalDate(1, 1, 1), Solear, LedgerEntryKind.Recorded, 1), new SourceLocation("ledger.csv", 3))
            .Add(new LedgerEntry(D(4, 27), Solear, LedgerEntryKind.Recorded, 1), new SourceLocation("ledger.csv", 4))
            .Build();

        act.Should().Throw<DataValidationException>().Which.Problems.Single().ToString().Should().Be(
            "ledger.csv:3: date 0001-01-01 makes the ledger span 0001-01-01 to 2012-04-27 (ledger.csv:4), more than 65535 days; check the date, or split the data into separate ledgers.");
    }

    [Fact]
    public void Build_DatesSpanningExactly65535Days_AreAccepted()
    {
        var first = D(4, 2);
        var ledger = RecordingLedger.CreateBuilder(Kecamatan)
            .Add(new LedgerEntry(first, Sukamulya, LedgerEntryKind.Recorded, 5))
            .Add(new LedgerEntry(first.PlusDays(65_535), Sukamulya, LedgerEntryKind.Recorded, 7))
            .Build();

        ledger.GetCoverage(Sukamulya, first.PlusDays(65_535)).Should().Be(12);
        var tooFar = () => RecordingLedger.CreateBuilder(Kecamatan)
            .Add(new LedgerEntry(first, Sukamulya, LedgerEntryKind.Recorded, 5))
            .Add(new LedgerEntry(first.PlusDays(65_536), Sukamulya, LedgerEntryKind.Recorded, 7))
            .Build();
        tooFar.Should().Throw<DataValidationException>().Which.Problems.Single().Message.Should().StartWith("date 2012-04-02 makes the ledger span");
    }

    [Fact]
    public void Build_CountsWhoseNationalSumOverflows_FailEvenWhenEachKecamatanFits()
    {
        var act = () => RecordingLedger.CreateBuilder(Kecamatan)
            .Add(new LedgerEntry(D(4, 2), Sukamulya, LedgerEntryKind.Recorded, long.MaxValue - 10))
            .Add(new LedgerEntry(D(4, 2), Solear, LedgerEntryKind.Recorded, 11), new SourceLocation("ledger.csv", 3))
            .Build();

        act.Should().Throw<DataValidationException>().Which.Problems.Single().Location.Should().Be(new SourceLocation("ledger.csv", 3));
    }

    [Fact]
    public void Queries_AtTheLimit_AreExact()
    {
        var ledger = RecordingLedger.CreateBuilder(Kecamatan)
            .Add(new LedgerEntry(D(4, 2), Sukamulya, LedgerEntryKind.Recorded, long.MaxValue - 10))
            .Add(new LedgerEntry(D(4, 2), Solear, LedgerEntryKind.Recorded, 10))
            .Add(new LedgerEntry(D(4, 3), Solear, LedgerEntryKind.Lost, 10))
            .Build();

        ledger.GetTotals(RegionCode.Nation, April2012).Recorded.Should().Be(long.MaxValue);
        ledger.GetCoverage(RegionCode.Nation, D(4, 30)).Should().Be(long.MaxValue - 10);
        var gross = () => (ledger.GetTotals(RegionCode.Nation, April2012) + new LedgerTotals(1, 0, 0)).Recorded;
        gross.Should().Throw<OverflowException>().WithMessage("The recorded total overflows a 64-bit count*");
    }

    [Fact]
    public void Build_TwiceOnOneBuilder_Throws()
    {
        var builder = RecordingLedger.CreateBuilder(Kecamatan);
        builder.Build();
        var again = builder.Build;
        again.Should().Throw<InvalidOperationException>().WithMessage("*already built*");
        var add = () => builder.Add(new LedgerEntry(D(4, 2), Sukamulya, LedgerEntryKind.Recorded, 1));
        add.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Queries_UnknownKecamatan_Throw()
    {
        var ledger = RecordingLedger.CreateBuilder(Kecamatan).Build();

        var act = () => ledger.GetTotals(new RegionCode(36, 3, 1), April2012);
        act.Should().Throw<ArgumentException>().WithMessage("Kecamatan '36.03.01' is not in this ledger, which covers 3 kecamatan.*");
        var village = () => ledger.GetCoverage(new RegionCode(36, 3, 30, 2001), D(4, 2));
        village.Should().Throw<ArgumentException>().WithMessage("*village code. Use its kecamatan, 36.03.30.*");
        (ledger.Span is null).Should().BeTrue();
        ledger.GetTotals(Sukamulya, April2012).Should().Be(LedgerTotals.Zero);
    }

    [Fact]
    public void CreateBuilder_NonKecamatanCode_Throws()
    {
        var act = () => RecordingLedger.CreateBuilder([new RegionCode(36, 3)]);
        act.Should().Throw<ArgumentException>().WithParameterName("kecamatan").WithMessage("'36.03' is a Regency code*");
    }

    [Fact]
    public void LedgerEntry_RejectsBadValues()
    {
        var negative = () => new LedgerEntry(D(4, 2), Sukamulya, LedgerEntryKind.Recorded, -1);
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count")
            .WithMessage("A ledger count cannot be negative, but the recorded entry of 2012-04-02 at 36.03.27 has -1.*");
        var regency = () => new LedgerEntry(D(4, 2), new RegionCode(36, 3), LedgerEntryKind.Recorded, 1);
        regency.Should().Throw<ArgumentException>().WithParameterName("kecamatan")
            .WithMessage("'36.03' is a Regency code, but a ledger entry needs a kecamatan code PP.KK.CC, such as 36.03.27. (Parameter 'kecamatan')");
        var kind = () => new LedgerEntry(D(4, 2), Sukamulya, (LedgerEntryKind)9, 1);
        kind.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
    }

    [Fact]
    public void LedgerEntry_Equality_And_Text()
    {
        var a = new LedgerEntry(D(4, 3), SepatanTimur, LedgerEntryKind.Lost, 1_738, "K-30-1");
        ValueContract.AssertEquality(
            a, new LedgerEntry(D(4, 3), SepatanTimur, LedgerEntryKind.Lost, 1_738, "K-30-1"), new LedgerEntry(D(4, 3), SepatanTimur, LedgerEntryKind.Lost, 1_738, "K-30-2"), (x, y) => x == y, (x, y) => x != y);
        a.ToString().Should().Be("2012-04-03 36.03.30 lost 1738 (device K-30-1)");
        a.NetEffect.Should().Be(-1_738);
        new LedgerEntry(D(4, 3), SepatanTimur, LedgerEntryKind.Recorded, 5, "  ").Device.Should().BeNull();
    }

    [Fact]
    public void LedgerTotals_Merge_And_Overflow()
    {
        var a = new LedgerTotals(1, 2, 3);
        var b = new LedgerTotals(10, 20, 30);
        (a + b).Should().Be(new LedgerTotals(11, 22, 33));
        LedgerTotals.Add(a, b).Should().Be(a + b);
        a.Of(LedgerEntryKind.Lost).Should().Be(2);
        a.BacklogChange.Should().Be(-1);
        a.ToString().Should().Be("recorded 1, lost 2, rerecorded 3");
        ValueContract.AssertEquality(a, new LedgerTotals(1, 2, 3), b, (x, y) => x == y, (x, y) => x != y);

        var big = new LedgerTotals(long.MaxValue, 0, 1);
        var gross = () => big.Gross;
        gross.Should().Throw<OverflowException>().WithMessage("The gross realisation overflows a 64-bit count*");
        var merge = () => big + big;
        merge.Should().Throw<OverflowException>().WithMessage("The recorded total overflows*");
        var negative = () => new LedgerTotals(-1, 0, 0);
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("recorded");
        FluentActions.Invoking(() => _ = new LedgerTotals(0, -1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("lost");
        FluentActions.Invoking(() => _ = new LedgerTotals(0, 0, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rerecorded");

        // Each overflow names its figure.
        FluentActions.Invoking(() => new LedgerTotals(long.MaxValue, 0, 1).Net).Should().Throw<OverflowException>().WithMessage("The net realisation overflows*");
        var lost = new LedgerTotals(0, long.MaxValue, 0);
        FluentActions.Invoking(() => lost + lost).Should().Throw<OverflowException>().WithMessage("The lost total overflows*");
        var rerecorded = new LedgerTotals(0, 0, long.MaxValue);
        FluentActions.Invoking(() => rerecorded + rerecorded).Should().Throw<OverflowException>().WithMessage("The re-recorded total overflows*");
    }

    [Fact]
    public void Queries_NullWindow_Throw()
    {
        var ledger = RecordingLedger.CreateBuilder([Sukamulya]).Build();

        FluentActions.Invoking(() => ledger.GetTotals(Sukamulya, null!)).Should().Throw<ArgumentNullException>().WithParameterName("window");
        FluentActions.Invoking(() => ledger.GetTotalsByKecamatan(null!)).Should().Throw<ArgumentNullException>().WithParameterName("window");
        FluentActions.Invoking(() => ledger.GetTotalsAndTotalsUpTo(Sukamulya, null!)).Should().Throw<ArgumentNullException>().WithParameterName("window");
        FluentActions.Invoking(() => ledger.GetTotalsAndTotalsUpToByKecamatan(null!)).Should().Throw<ArgumentNullException>().WithParameterName("window");
        FluentActions.Invoking(() => RecordingLedger.CreateBuilder([Sukamulya]).AddRange(null!)).Should().Throw<ArgumentNullException>().WithParameterName("entries");
    }

    [Fact]
    public void Builder_UnknownKind_IsAProblemAtItsRow()
    {
        var builder = RecordingLedger.CreateBuilder([Sukamulya]);

        builder.Add(new LocalDate(2012, 4, 2), Sukamulya, (LedgerEntryKind)7, 5, null, new SourceLocation("ledger.csv", 9));
        bool built = builder.TryBuild(out var ledger, out var problems);

        built.Should().BeFalse();
        ledger.Should().BeNull();
        problems.Should().ContainSingle().Which.ToString().Should().Be("ledger.csv:9: unknown entry kind 7; use recorded, lost or rerecorded.");
    }
}
