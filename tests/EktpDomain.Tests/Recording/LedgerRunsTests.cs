using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
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
        // 1,200 kecamatan (the per-kecamatan queries are cut into chunks from about 1,000) and about 100,000 entries,
        // in shuffled order and sorted: both past the size from which the work is cut.
        var codes = Enumerable.Range(0, 1_200).Select(i => new RegionCode(11 + (i / 60), 1 + (i / 20 % 3), 1 + (i % 20))).ToArray();
        var shuffled = RandomLedgers.Entries(new Random(11), codes, days: 90);
        var sorted = shuffled.OrderBy(e => e.Kecamatan).ThenBy(e => e.Date).ToList();
        List<DateInterval> periods = [.. LedgerReference.Months(), new DateInterval(RandomLedgers.Start.PlusDays(15), RandomLedgers.Start.PlusDays(70))];

        shuffled.Count.Should().BeGreaterThan(1 << 16);
        LedgerReference.MatchesReference(RecordingLedger.CreateBuilder(codes).AddRange(shuffled).Build(), shuffled, periods).Should().BeTrue();
        LedgerReference.MatchesReference(RecordingLedger.CreateBuilder(codes).AddRange(sorted).Build(), sorted, periods).Should().BeTrue();
    }
}
