using System;
using System.Linq;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Recording;

/// <summary>R13: unsent records per set, first in, first out, with sends, losses and the sync log's bad rows.</summary>
public class UnsentRecordsTests
{
    private static readonly RegionCode SepatanTimur = new(36, 3, 30);
    private static readonly RegionCode Solear = new(36, 3, 31);

    private static LocalDate Apr(int day) => new(2012, 4, day);

    private static SourceLocation Line(int line) => new("sync.csv", line);

    private static RecordingLedger Ledger(params (LocalDate Date, RegionCode Kecamatan, LedgerEntryKind Kind, long Count, string? Device)[] entries)
    {
        var builder = RecordingLedger.CreateBuilder([SepatanTimur, Solear]);
        foreach (var (date, kecamatan, kind, count, device) in entries)
        {
            builder.Add(date, kecamatan, kind, count, device, SourceLocation.None);
        }

        return builder.Build();
    }

    private static SyncLog Sync(params (LocalDate Date, RegionCode Kecamatan, string Device, long Sent)[] rows)
    {
        var builder = SyncLog.CreateBuilder([SepatanTimur, Solear]);
        for (int i = 0; i < rows.Length; i++)
        {
            builder.Add(rows[i].Date, rows[i].Kecamatan, rows[i].Device, rows[i].Sent, Line(i + 2));
        }

        return builder.Build();
    }

    [Fact]
    public void Sends_TakeTheOldestRecordsFirst()
    {
        var ledger = Ledger(
            (Apr(1), SepatanTimur, LedgerEntryKind.Recorded, 1_000, null),
            (Apr(1), SepatanTimur, LedgerEntryKind.Lost, 20, null),
            (Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 100, "K-30-1"),
            (Apr(3), SepatanTimur, LedgerEntryKind.Recorded, 50, "K-30-1"),
            (Apr(4), SepatanTimur, LedgerEntryKind.Rerecorded, 20, "K-30-1"));
        var unsent = UnsentRecords.Calculate(ledger, Sync((Apr(3), SepatanTimur, "K-30-1", 120), (Apr(5), SepatanTimur, "K-30-1", 0)));

        unsent.GetUnsent(SepatanTimur, "K-30-1", Apr(1)).Should().Be(0);
        unsent.GetUnsent(SepatanTimur, "K-30-1", Apr(2)).Should().Be(100);
        unsent.GetOldestUnsent(SepatanTimur, "K-30-1", Apr(2)).Should().Be(Apr(2));
        unsent.GetUnsent(SepatanTimur, "K-30-1", Apr(3)).Should().Be(30, "100 + 50 recorded, 120 sent");
        unsent.GetOldestUnsent(SepatanTimur, "K-30-1", Apr(3)).Should().Be(Apr(3), "the 100 of 2 April left first");
        unsent.GetUnsent(SepatanTimur, "K-30-1", Apr(30)).Should().Be(50, "re-recordings wait to be sent too");
        unsent.GetDevices(SepatanTimur).Should().Equal("K-30-1");
        unsent.GetDevices(Solear).Should().BeEmpty();
        unsent.GetUnsent(SepatanTimur, "K-30-9", Apr(30)).Should().Be(0);
        unsent.GetOldestUnsent(SepatanTimur, "K-30-9", Apr(30)).Should().BeNull();
    }

    [Fact]
    public void SetsWithoutASyncRow_AndRecordingsWithoutASet_AreNotTracked()
    {
        var ledger = Ledger(
            (Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 100, "K-30-1"),
            (Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 70, "K-30-2"),
            (Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 5_000, null));
        var unsent = UnsentRecords.Calculate(ledger, Sync((Apr(9), SepatanTimur, "K-30-1", 0)));

        unsent.GetUnsent(SepatanTimur, Apr(2)).Should().Be(100);
        unsent.GetDevices(SepatanTimur).Should().Equal("K-30-1");
        unsent.ToString().Should().Be("UnsentRecords: 1 sets");
    }

    [Fact]
    public void SiteLoss_TakesTheOldestUnsentOfEverySet_AndNeverGoesBelowZero()
    {
        var ledger = Ledger(
            (Apr(1), SepatanTimur, LedgerEntryKind.Recorded, 5_000, null),
            (Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 100, "K-30-2"),
            (Apr(3), SepatanTimur, LedgerEntryKind.Recorded, 80, "K-30-1"),
            (Apr(4), SepatanTimur, LedgerEntryKind.Recorded, 60, "K-30-2"),
            (Apr(16), SepatanTimur, LedgerEntryKind.Lost, 150, null),
            (Apr(17), SepatanTimur, LedgerEntryKind.Recorded, 10, "K-30-1"),
            (Apr(18), SepatanTimur, LedgerEntryKind.Lost, 1_000, null));
        var unsent = UnsentRecords.Calculate(ledger, Sync((Apr(2), SepatanTimur, "K-30-1", 0), (Apr(2), SepatanTimur, "K-30-2", 0)));

        unsent.GetUnsent(SepatanTimur, Apr(15)).Should().Be(240);
        unsent.GetUnsent(SepatanTimur, "K-30-2", Apr(16)).Should().Be(60, "K-30-2's 100 of 2 April were the oldest");
        unsent.GetUnsent(SepatanTimur, "K-30-1", Apr(16)).Should().Be(30, "then 50 of K-30-1's 80 of 3 April");
        unsent.GetOldestUnsent(SepatanTimur, "K-30-1", Apr(16)).Should().Be(Apr(3));
        unsent.GetUnsent(SepatanTimur, Apr(18)).Should().Be(0, "a loss larger than what is unsent takes all of it");
    }

    [Fact]
    public void LossNamingASet_TakesOnlyFromThatSet_AndSendsComeBeforeTheDaysLosses()
    {
        var ledger = Ledger(
            (Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 100, "K-30-1"),
            (Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 100, "K-30-2"),
            (Apr(3), SepatanTimur, LedgerEntryKind.Lost, 80, "K-30-1"));
        var unsent = UnsentRecords.Calculate(ledger, Sync((Apr(3), SepatanTimur, "K-30-1", 50), (Apr(3), SepatanTimur, "K-30-2", 0)));

        unsent.GetUnsent(SepatanTimur, "K-30-1", Apr(3)).Should().Be(0, "50 sent first, then the loss takes the 50 left");
        unsent.GetUnsent(SepatanTimur, "K-30-2", Apr(3)).Should().Be(100);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ADaysLossNamingASet_ComesBeforeItsLossNamingNone_InWhateverOrderTheRowsCome(bool namedFirst)
    {
        // P1 recorded 100 on 2 April, P2 100 on 3 April; on 3 April 80 lost naming P1 and 50 naming no set. P1's loss
        // leaves it 20; the site's 50 take those 20 (the oldest) and 30 of P2's, so P2 can send 70 on 4 April, not 71.
        (LocalDate, RegionCode, LedgerEntryKind, long, string?) named = (Apr(3), SepatanTimur, LedgerEntryKind.Lost, 80, "P1");
        (LocalDate, RegionCode, LedgerEntryKind, long, string?) site = (Apr(3), SepatanTimur, LedgerEntryKind.Lost, 50, null);
        var ledger = Ledger([
            (Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 100, "P1"),
            (Apr(3), SepatanTimur, LedgerEntryKind.Recorded, 100, "P2"),
            .. namedFirst ? new[] { named, site } : [site, named],
        ]);

        var unsent = UnsentRecords.Calculate(ledger, Sync((Apr(2), SepatanTimur, "P1", 0), (Apr(4), SepatanTimur, "P2", 70)));

        unsent.GetUnsent(SepatanTimur, "P1", Apr(3)).Should().Be(0);
        unsent.GetUnsent(SepatanTimur, "P2", Apr(3)).Should().Be(70);
        unsent.GetUnsent(SepatanTimur, "P2", Apr(4)).Should().Be(0);
        UnsentRecords.TryCalculate(ledger, Sync((Apr(2), SepatanTimur, "P1", 0), (Apr(4), SepatanTimur, "P2", 71)), out _, out var problems).Should().BeFalse();
        problems.Should().ContainSingle().Which.Message.Should().Contain("only 70 of its records were waiting");
    }

    [Fact]
    public void ASetTrackedInTwoKecamatan_HasOneQueueInEach_AndIdsAreComparedOrdinally()
    {
        var ledger = Ledger(
            (Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 100, "P1"),
            (Apr(3), Solear, LedgerEntryKind.Recorded, 40, "P1"),
            (Apr(3), Solear, LedgerEntryKind.Recorded, 7, "p1"),
            (Apr(4), Solear, LedgerEntryKind.Lost, 45, "P1"));
        var unsent = UnsentRecords.Calculate(ledger, Sync((Apr(2), SepatanTimur, "P1", 0), (Apr(3), Solear, "P1", 0), (Apr(3), Solear, "p1", 0)));

        unsent.GetUnsent(SepatanTimur, "P1", Apr(4)).Should().Be(100, "the loss in Solear takes nothing of what waits in Sepatan Timur");
        unsent.GetUnsent(Solear, "P1", Apr(4)).Should().Be(0);
        unsent.GetUnsent(Solear, "p1", Apr(4)).Should().Be(7, "p1 is another set than P1");
        unsent.GetDevices(Solear).Should().Equal("P1", "p1");
        unsent.GetDevices(new RegionCode(36, 3, 99)).Should().BeEmpty("a kecamatan outside the log tracks no set");
        unsent.ToString().Should().Be("UnsentRecords: 3 sets", "P1 at Sepatan Timur, P1 and p1 at Solear");
    }

    [Fact]
    public void NullArguments_Throw_NamingTheParameter()
    {
        var unsent = UnsentRecords.Calculate(Ledger((Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 100, "P1")), Sync((Apr(2), SepatanTimur, "P1", 0)));

        FluentActions.Invoking(() => unsent.GetUnsent(SepatanTimur, null!, Apr(2))).Should().Throw<ArgumentNullException>().WithParameterName("device");
        FluentActions.Invoking(() => unsent.GetOldestUnsent(SepatanTimur, null!, Apr(2))).Should().Throw<ArgumentNullException>().WithParameterName("device");
        FluentActions.Invoking(() => Sync((Apr(2), SepatanTimur, "P1", 0)).GetSent(SepatanTimur, null!)).Should().Throw<ArgumentNullException>().WithParameterName("window");
        unsent.GetOldestUnsent(SepatanTimur, "P1", Apr(2)).Should().Be(Apr(2));
        var ledger = Ledger((Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 100, "P1"));
        var sync = Sync((Apr(2), SepatanTimur, "P1", 0));
        FluentActions.Invoking(() => UnsentRecords.TryCalculate(null!, sync, out _, out _)).Should().Throw<ArgumentNullException>().WithParameterName("ledger");
        FluentActions.Invoking(() => UnsentRecords.TryCalculate(ledger, null!, out _, out _)).Should().Throw<ArgumentNullException>().WithParameterName("sync");
        FluentActions.Invoking(() => SyncLog.CreateBuilder([SepatanTimur], ["P1", null!])).Should().Throw<ArgumentNullException>().WithParameterName("devices");
    }

    [Property(MaxTest = 200)]
    public void AnyOrderOfTheLedgersRows_GivesTheSameUnsentRecords(int seed)
    {
        // Random days of recordings of two sets and of losses with and without a set, replayed in two orders.
        var random = new Random(seed);
        var rows = Enumerable.Range(0, 12).Select(_ =>
        {
            var kind = random.Next(3) == 0 ? LedgerEntryKind.Lost : LedgerEntryKind.Recorded;
            string? device = random.Next(3) switch { 0 => "P1", 1 => "P2", _ => kind == LedgerEntryKind.Lost ? null : "P1" };
            return (Apr(2 + random.Next(4)), SepatanTimur, kind, (long)random.Next(1, 120), device);
        }).ToArray();
        // 5,000 recorded on 1 April by no tracked set, so that no loss exceeds what was ever recorded (R3).
        rows = [(Apr(1), SepatanTimur, LedgerEntryKind.Recorded, 5_000L, (string?)null), .. rows];
        var shuffled = rows.OrderBy(_ => random.Next()).ToArray();
        var sync = Sync((Apr(2), SepatanTimur, "P1", 0), (Apr(2), SepatanTimur, "P2", 0));

        var one = UnsentRecords.Calculate(Ledger(rows), sync);
        var other = UnsentRecords.Calculate(Ledger(shuffled), sync);

        foreach (var day in Enumerable.Range(1, 6).Select(Apr))
        {
            foreach (var set in new[] { "P1", "P2" })
            {
                other.GetUnsent(SepatanTimur, set, day).Should().Be(one.GetUnsent(SepatanTimur, set, day), $"{set} at the end of {day}");
                other.GetOldestUnsent(SepatanTimur, set, day).Should().Be(one.GetOldestUnsent(SepatanTimur, set, day));
            }
        }
    }

    [Fact]
    public void SendingMoreThanWasWaiting_IsReportedAtTheSyncRow_Once()
    {
        var ledger = Ledger(
            (Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 100, "K-30-1"),
            (Apr(3), SepatanTimur, LedgerEntryKind.Lost, 30, null),
            (Apr(4), SepatanTimur, LedgerEntryKind.Recorded, 10, "K-30-1"));
        var sync = Sync(
            (Apr(2), SepatanTimur, "K-30-1", 101),
            (Apr(4), SepatanTimur, "K-30-1", 10),
            (Apr(2), Solear, "K-31-1", 1));

        UnsentRecords.TryCalculate(ledger, sync, out var unsent, out var problems).Should().BeFalse();
        unsent.Should().BeNull();
        problems.Select(p => p.ToString()).Should().Equal(
            "sync.csv:2: sent 101 at 36.03.30 on 2012-04-02 from set K-30-1, but only 100 of its records were waiting to be sent: up to that date it recorded 100 there and sent 0; a set cannot send more than it recorded.",
            "sync.csv:4: sent 1 at 36.03.31 on 2012-04-02 from set K-31-1, but only 0 of its records were waiting to be sent: up to that date it recorded 0 there and sent 0; a set cannot send more than it recorded.");

        var afterLoss = Sync((Apr(3), SepatanTimur, "K-30-1", 0), (Apr(4), SepatanTimur, "K-30-1", 81));
        FluentActions.Invoking(() => UnsentRecords.Calculate(ledger, afterLoss)).Should().Throw<DataValidationException>()
            .Which.Problems.Single().ToString().Should().Be(
                "sync.csv:3: sent 81 at 36.03.30 on 2012-04-04 from set K-30-1, but only 80 of its records were waiting to be sent: up to that date it recorded 110 there and sent 0, and 30 of them were lost before they were sent; a set cannot send more than it recorded.");
    }

    [Fact]
    public void RecordingData_Sync_ReplaysTheLedger_OrThrows()
    {
        var population = EligiblePopulation.CreateBuilder().Add(SepatanTimur, 52_000).Add(Solear, 48_000).Build();
        var ledger = Ledger((Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 100, "K-30-1"));

        var data = new RecordingData(population, ledger) { Sync = Sync((Apr(2), SepatanTimur, "K-30-1", 40)) };
        data.Unsent!.GetUnsent(SepatanTimur, Apr(2)).Should().Be(60);
        new RecordingData(population, ledger).Unsent.Should().BeNull();

        FluentActions.Invoking(() => new RecordingData(population, ledger) { Sync = Sync((Apr(2), SepatanTimur, "K-30-1", 140)) })
            .Should().Throw<DataValidationException>().Which.Problems.Should().ContainSingle();
    }

    [Fact]
    public void ALogCheckedAgainstALedger_IsNotReplayedAgain_ForTheSameLedger_ButIsForAnother()
    {
        var population = EligiblePopulation.CreateBuilder().Add(SepatanTimur, 52_000).Add(Solear, 48_000).Build();
        var ledger = Ledger((Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 100, "K-30-1"));
        var other = Ledger((Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 500, "K-30-1"));
        var sync = Sync((Apr(2), SepatanTimur, "K-30-1", 40));

        UnsentRecords.TryCalculate(ledger, sync, out var checkedFirst, out _).Should().BeTrue();

        new RecordingData(population, ledger) { Sync = sync }.Unsent.Should().BeSameAs(checkedFirst, "a loader checks the log, then gives it to the data: one replay");
        var replayed = UnsentRecords.Calculate(other, sync);
        replayed.Should().NotBeSameAs(checkedFirst);
        replayed.GetUnsent(SepatanTimur, Apr(2)).Should().Be(460, "another ledger is replayed, not read from the first one's result");
        UnsentRecords.Calculate(ledger, sync).GetUnsent(SepatanTimur, Apr(2)).Should().Be(60);
    }

    [Fact]
    public void AFailedReplay_IsNotKept_SoEveryCallReportsTheProblems()
    {
        var ledger = Ledger((Apr(2), SepatanTimur, LedgerEntryKind.Recorded, 100, "K-30-1"));
        var sync = Sync((Apr(2), SepatanTimur, "K-30-1", 140));

        UnsentRecords.TryCalculate(ledger, sync, out _, out var first).Should().BeFalse();
        UnsentRecords.TryCalculate(ledger, sync, out _, out var second).Should().BeFalse();

        second.Select(p => p.ToString()).Should().Equal(first.Select(p => p.ToString())).And.ContainSingle();
    }

    [Fact]
    public void ProblemsAtOneLocation_KeepTheOrderOfTheirRows_AcrossKecamatan()
    {
        // Rows an app adds without a line of their own share one location: their order is the order they were added.
        var at = new SourceLocation("sync.csv");
        var sync = SyncLog.CreateBuilder([SepatanTimur, Solear])
            .Add(Apr(2), SepatanTimur, "A", 1, at).Add(Apr(3), SepatanTimur, "A", 2, at).Add(Apr(4), SepatanTimur, "A", 3, at)
            .Add(Apr(2), Solear, "B", 4, at)
            .Build();

        UnsentRecords.TryCalculate(Ledger(), sync, out _, out var problems).Should().BeFalse();

        problems.Select(p => p.Message[..20]).Should().Equal("sent 1 at 36.03.30 o", "sent 2 at 36.03.30 o", "sent 3 at 36.03.30 o", "sent 4 at 36.03.31 o");
    }

    /// <summary>
    /// The replay runs per kecamatan on every core; the problems of many kecamatan still come in the order of the
    /// sync log's rows, whatever order the kecamatan finish in.
    /// </summary>
    [Fact]
    public void ProblemsOfManyKecamatan_ComeInTheOrderOfTheSyncRows()
    {
        var codes = Enumerable.Range(1, 60).Select(k => new RegionCode(36, 3, k)).ToArray();
        var ledgerBuilder = RecordingLedger.CreateBuilder(codes);
        var syncBuilder = SyncLog.CreateBuilder(codes);
        int line = 2;
        foreach (var code in codes.Reverse())
        {
            ledgerBuilder.Add(Apr(2), code, LedgerEntryKind.Recorded, 10, "S", SourceLocation.None);
            syncBuilder.Add(Apr(2), code, "S", 11, Line(line++));
        }

        UnsentRecords.TryCalculate(ledgerBuilder.Build(), syncBuilder.Build(), out _, out var problems).Should().BeFalse();

        problems.Select(p => p.Location.Line).Should().Equal(Enumerable.Range(2, 60));
        problems[0].Message.Should().Contain("36.03.60");
    }

    [Fact]
    public void SyncBuilder_CollectsEveryProblem_AtItsSource()
    {
        var builder = SyncLog.CreateBuilder([SepatanTimur], ["K-30-1", " K-30-2 "])
            .Add(Apr(2), new RegionCode(36, 3, 99), "K-30-1", 1, Line(2))
            .Add(Apr(2), SepatanTimur, " ", 1, Line(3))
            .Add(Apr(2), SepatanTimur, "K-99-1", 1, Line(4))
            .Add(Apr(2), SepatanTimur, "K-30-1", -1, Line(5))
            .Add(Apr(2), SepatanTimur, "K-30-2", 1, Line(6))
            .Add(Apr(2), SepatanTimur, " K-30-2", 2, Line(7))
            .Add(Apr(2), new RegionCode(36, 3), "K-30-1", 1, Line(8));

        builder.Count.Should().Be(7);
        BuilderProblems.Of<SyncLog>(builder.TryBuild).Should().Equal(
            "sync.csv:2: unknown kecamatan '36.03.99': it is not in the kecamatan list.",
            "sync.csv:3: the device is blank; a sync row needs the recording set that sent the records.",
            "sync.csv:4: unknown device 'K-99-1': it is not in the device inventory.",
            "sync.csv:5: sent -1 is negative; it must be 0 or more.",
            "sync.csv:7: a second row for set K-30-2 at 36.03.30 on 2012-04-02 (sync.csv:6 has the first); give one row per date, kecamatan and set.",
            "sync.csv:8: '36.03' is a Regency code, but a sync row needs a kecamatan code PP.KK.CC, such as 36.03.27.");

        SyncLog.CreateBuilder([SepatanTimur], []).Add(Apr(2), SepatanTimur, "K-30-1", 1, Line(2)).TryBuild(out _, out var none).Should().BeFalse();
        none.Single().Message.Should().Be("unknown device 'K-30-1': the device inventory (devices.csv) has no sets.");
    }

    [Fact]
    public void SyncLog_GetSent_SumsOverWindowAndRegion()
    {
        var log = Sync((Apr(2), SepatanTimur, "K-30-1", 10), (Apr(3), SepatanTimur, "K-30-2", 20), (Apr(3), Solear, "K-31-1", 5));

        log.GetSent(SepatanTimur, new DateInterval(Apr(2), Apr(30))).Should().Be(30);
        log.GetSent(new RegionCode(36, 3), new DateInterval(Apr(3), Apr(3))).Should().Be(25);
        log.ToString().Should().Be("SyncLog: 3 rows");
    }

    /// <summary>R13: for any valid ledger and any sends within what was waiting, no set's unsent count is ever below zero, and it equals gross − sent − lost from it.</summary>
    [Property(MaxTest = 100 / Cases.Divisor)]
    public bool Unsent_NeverBelowZero(int seed)
    {
        var random = new Random(seed);
        string[] sets = ["A", "B", "C"];
        var ledgerBuilder = RecordingLedger.CreateBuilder([SepatanTimur]);
        var days = Enumerable.Range(0, 30).Select(d => Apr(1).PlusDays(d)).ToList();
        var gross = sets.ToDictionary(s => s, _ => 0L);
        long recordedTotal = 0, lostTotal = 0;
        var waiting = sets.ToDictionary(s => s, _ => 0L);
        var syncBuilder = SyncLog.CreateBuilder([SepatanTimur]);
        foreach (var day in days)
        {
            foreach (var set in sets)
            {
                long count = random.Next(0, 200);
                ledgerBuilder.Add(day, SepatanTimur, LedgerEntryKind.Recorded, count, set, SourceLocation.None);
                recordedTotal += count;
                waiting[set] += count;
                // Sometimes nothing is sent, sometimes part, sometimes all that waits.
                long sent = random.Next(3) switch { 0 => 0, 1 => random.NextInt64(0, waiting[set] + 1), _ => waiting[set] };
                syncBuilder.Add(day, SepatanTimur, set, sent, SourceLocation.None);
                waiting[set] -= sent;
            }

            if (random.Next(10) == 0)
            {
                // A loss never exceeds what was ever recorded, so the ledger stays valid; it may exceed what is unsent.
                long lost = random.NextInt64(0, recordedTotal - lostTotal + 1);
                lostTotal += lost;
                ledgerBuilder.Add(day, SepatanTimur, LedgerEntryKind.Lost, lost, random.Next(2) == 0 ? null : sets[random.Next(3)], SourceLocation.None);
                foreach (var set in sets)
                {
                    waiting[set] = 0;
                }
            }
        }

        // The sends drawn above never exceed what this model has waiting, which after a loss is less than (or as much as)
        // the replay has: so the data is valid, and no count may be negative.
        return UnsentRecords.TryCalculate(ledgerBuilder.Build(), syncBuilder.Build(), out var unsent, out _)
            && days.All(day => sets.All(set => unsent.GetUnsent(SepatanTimur, set, day) >= 0))
            && days.All(day => unsent.GetUnsent(SepatanTimur, day) == sets.Sum(set => unsent.GetUnsent(SepatanTimur, set, day)));
    }

    [Fact]
    public void KecamatanCodes_AreThoseTheLogsWereBuiltFor_InCodeOrder()
    {
        var sync = SyncLog.CreateBuilder([Solear, SepatanTimur]).Build();
        var invitations = InvitationLog.CreateBuilder([Solear, SepatanTimur]).Build();

        sync.KecamatanCodes.Should().Equal(SepatanTimur, Solear);
        invitations.KecamatanCodes.Should().Equal(SepatanTimur, Solear);
        UnsentRecords.Calculate(Ledger(), sync).KecamatanCodes.Should().Equal(SepatanTimur, Solear);
    }
}
