using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Recording;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Recording;

/// <summary>
/// The parallel chunks of the ledger's runs: every kecamatan in exactly one chunk, chunks of about equal work, and
/// the same answers as the simple path (LINQ over the entries) when a ledger is large enough to be cut into chunks.
/// </summary>
public class LedgerRunsTests
{
    private static readonly LocalDate First = new(2012, 1, 1);

    /// <summary>Kecamatan sizes as skewed as real ones: most small, a few many times larger.</summary>
    private static int[] SegmentStarts(int kecamatan, int seed)
    {
        var random = new Random(seed);
        var starts = new int[kecamatan + 1];
        for (int k = 0; k < kecamatan; k++)
        {
            int size = random.Next(10) == 0 ? random.Next(2_000, 6_000) : random.Next(0, 400);
            starts[k + 1] = starts[k] + size;
        }

        return starts;
    }

    private static List<(int Start, int End)> Chunks(int kecamatan, int[] segmentStart)
    {
        var chunks = new ConcurrentBag<(int, int)>();
        LedgerRuns.ForEachChunk(kecamatan, segmentStart, (start, end) => chunks.Add((start, end)));
        return [.. chunks.OrderBy(c => c.Item1)];
    }

    [Theory]
    [InlineData(500, 1)]
    [InlineData(2_000, 2)]
    public void ForEachChunk_ALargeLedger_IsCutInChunksOfAboutEqualEntries(int kecamatan, int seed)
    {
        var segmentStart = SegmentStarts(kecamatan, seed);
        long total = segmentStart[kecamatan];
        int workers = Environment.ProcessorCount;

        var chunks = Chunks(kecamatan, segmentStart);

        chunks[0].Start.Should().Be(0);
        chunks[^1].End.Should().Be(kecamatan);
        chunks.Zip(chunks.Skip(1)).Should().OnlyContain(p => p.First.End == p.Second.Start && p.First.Start < p.First.End, "the chunks follow each other, none empty");
        if (workers == 1)
        {
            chunks.Should().ContainSingle();
            return;
        }

        // A chunk closes at the first kecamatan that brings it to the target (several chunks per worker), so every
        // chunk but the last holds at least the target, and less than the target without its last kecamatan.
        long target = total / (workers * 8L);
        chunks.Count.Should().BeInRange(2, (workers * 8) + 1);
        foreach (var (start, end) in chunks.SkipLast(1))
        {
            long entries = segmentStart[end] - segmentStart[start];
            entries.Should().BeGreaterThanOrEqualTo(target);
            ((long)segmentStart[end - 1] - segmentStart[start]).Should().BeLessThan(target);
        }
    }

    [Fact]
    public void ForEachChunk_ASmallLedgerOrOneKecamatan_IsOneChunk()
    {
        // 1 << 16 entries is where the work is worth the threads.
        var small = new[] { 0, 30_000, 65_535 };
        var one = new[] { 0, 1_000_000 };

        Chunks(2, small).Should().Equal((0, 2));
        Chunks(1, one).Should().Equal((0, 1));
        Chunks(2, [0, 40_000, 65_536]).Should().HaveCount(Environment.ProcessorCount == 1 ? 1 : 2, "from 1 << 16 entries the work is cut");
    }

    [Fact]
    public void Queries_OfALedgerLargeEnoughForChunks_MatchLinq()
    {
        // 1,200 kecamatan (the per-kecamatan queries cut from about 1,000) with skewed sizes, about 100,000 entries of
        // every kind over 2012, added in a shuffled order.
        var codes = Enumerable.Range(0, 1_200).Select(i => new RegionCode(11 + (i / 60), 1 + (i / 20 % 3), 1 + (i % 20))).Distinct().ToArray();
        var random = new Random(11);
        var entries = new List<LedgerEntry>();
        foreach (var code in codes)
        {
            int size = random.Next(10) == 0 ? random.Next(400, 1_500) : random.Next(0, 60);
            long recorded = 0, lost = 0, rerecorded = 0;
            for (int i = 0; i < size; i++)
            {
                var date = First.PlusDays(random.Next(366));
                long count = random.Next(1, 50);
                entries.Add(new LedgerEntry(date, code, LedgerEntryKind.Recorded, count));
                recorded += count;
                if (random.Next(4) == 0 && recorded - lost > 10)
                {
                    // Losses and re-recordings late in the year, so that coverage and backlog stay at or above zero.
                    entries.Add(new LedgerEntry(new LocalDate(2012, 12, 31), code, LedgerEntryKind.Lost, 2));
                    entries.Add(new LedgerEntry(new LocalDate(2012, 12, 31), code, LedgerEntryKind.Rerecorded, 1));
                    lost += 2;
                    rerecorded += 1;
                }
            }
        }

        var shuffled = entries.OrderBy(_ => random.Next()).ToList();
        var ledger = RecordingLedger.CreateBuilder(codes).AddRange(shuffled).Build();
        var sorted = RecordingLedger.CreateBuilder(codes).AddRange(entries.OrderBy(e => e.Kecamatan).ThenBy(e => e.Date)).Build();
        var window = new DateInterval(new LocalDate(2012, 3, 15), new LocalDate(2012, 9, 2));
        LedgerTotals Sum(IEnumerable<LedgerEntry> some) => new(
            some.Where(e => e.Kind == LedgerEntryKind.Recorded).Sum(e => e.Count),
            some.Where(e => e.Kind == LedgerEntryKind.Lost).Sum(e => e.Count),
            some.Where(e => e.Kind == LedgerEntryKind.Rerecorded).Sum(e => e.Count));
        var byKecamatan = entries.ToLookup(e => e.Kecamatan);

        var monthly = ledger.AggregateByMonth(new DateInterval(First, new LocalDate(2012, 12, 31)));
        var inWindow = ledger.GetTotalsByKecamatan(window);

        entries.Count.Should().BeGreaterThan(1 << 16);
        for (int k = 0; k < codes.Length; k++)
        {
            var own = byKecamatan[codes[k]].ToList();
            for (int month = 1; month <= 12; month++)
            {
                monthly.GetTotals(codes[k], month - 1).Should().Be(Sum(own.Where(e => e.Date.Month == month)));
            }

            inWindow[k].Should().Be(Sum(own.Where(e => window.Contains(e.Date))));
        }

        sorted.AggregateByMonth(new DateInterval(First, new LocalDate(2012, 12, 31))).Totals.Should().Equal(monthly.Totals);
        sorted.GetTotalsByKecamatan(window).Should().Equal(inWindow);
        var (windowTotals, upToEnd) = ledger.GetTotalsAndTotalsUpToByKecamatan(window);
        windowTotals.Should().Equal(inWindow);
        upToEnd.Should().Equal(codes.Select(c => Sum(byKecamatan[c].Where(e => e.Date <= window.End))));
    }
}
