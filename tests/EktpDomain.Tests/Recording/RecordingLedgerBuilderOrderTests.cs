using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using EktpDomain.Recording;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Recording;

/// <summary>
/// Building a ledger from entries in kecamatan and date order (the linear path, as exports come) or in any other
/// order (the sort) gives the same ledger and the same problems; large ledgers are checked on every core with the
/// messages of the one-by-one check.
/// </summary>
public class RecordingLedgerBuilderOrderTests
{
    private static readonly RegionCode[] Kecamatan = [.. Enumerable.Range(1, 40).Select(k => new RegionCode(36, 3, k))];
    private static readonly LocalDate Start = new(2012, 1, 2);

    private static (bool Built, string[] Entries, string[] Problems, string[] Totals) Build(IEnumerable<(LedgerEntry Entry, int Line)> entries, int capacity = 0)
    {
        var builder = RecordingLedger.CreateBuilder(Kecamatan).EnsureCapacity(capacity);
        foreach (var (entry, line) in entries)
        {
            builder.Add(entry, new SourceLocation("ledger.csv", line));
        }

        if (!builder.TryBuild(out var ledger, out var problems))
        {
            return (false, [], [.. problems.Select(p => p.ToString())], []);
        }

        var window = new DateInterval(Start, Start.PlusDays(400));
        return (
            true,
            [.. ledger.GetEntries().Select(e => $"{e.Kecamatan} {e.Date:yyyy-MM-dd} {e.Kind} {e.Count} {e.Device}")],
            [],
            [.. Kecamatan.Select(k => $"{ledger.GetTotals(k, window)} {ledger.GetCoverage(k, Start.PlusDays(200))} {ledger.GetBacklog(k, Start.PlusDays(200))}")]);
    }

    private static Gen<(LedgerEntry Entry, int Line)[]> SortedEntries(int maxPerKecamatan) =>
        Gen.Select(Gen.Int[0, Kecamatan.Length - 1], Gen.Int[0, 300], Gen.Int[0, 2], Gen.Long[0, 50], Gen.Int[0, 3])
            .Array[0, maxPerKecamatan * 4]
            .Select(rows => rows
                .OrderBy(r => r.Item1).ThenBy(r => r.Item2)
                .Select((r, i) => (new LedgerEntry(Start.PlusDays(r.Item2), Kecamatan[r.Item1], (LedgerEntryKind)r.Item3, r.Item3 == 0 ? r.Item4 * 10 : r.Item4, r.Item5 == 0 ? null : $"K-{r.Item5}"), i + 2))
                .ToArray());

    [Fact]
    public void Build_SortedOrShuffled_GivesTheSameLedgerAndProblems()
    {
        Gen.Select(SortedEntries(30), Gen.Int).Sample((sorted, seed) =>
        {
            var shuffled = sorted.ToArray();
            new Random(seed).Shuffle(shuffled);

            var inOrder = Build(sorted);
            var sortedFirst = Build(shuffled);

            // Entries of one kecamatan and date keep their input order, which shuffling changes; so does the entry a
            // date's problem blames (the last of its kind that date), but not how many dates have one.
            inOrder.Built.Should().Be(sortedFirst.Built);
            inOrder.Totals.Should().Equal(sortedFirst.Totals);
            inOrder.Problems.Should().HaveSameCount(sortedFirst.Problems);
            inOrder.Entries.Order(StringComparer.Ordinal).Should().Equal(sortedFirst.Entries.Order(StringComparer.Ordinal));
        }, iter: 200);
    }

    [Fact]
    public void Build_OrderBrokenLate_GivesTheLedgerOfTheSortedEntries()
    {
        // In order for many entries (each entry's kecamatan not yet kept), then one for an earlier kecamatan and date.
        var inOrder = new List<(LedgerEntry, int)>();
        for (int k = 0; k < Kecamatan.Length; k++)
        {
            for (int d = 0; d < 50; d++)
            {
                inOrder.Add((new LedgerEntry(Start.PlusDays(d), Kecamatan[k], LedgerEntryKind.Recorded, k + d + 1, $"K-{d % 3}"), inOrder.Count + 2));
            }
        }

        var late = (new LedgerEntry(Start.PlusDays(10), Kecamatan[3], LedgerEntryKind.Lost, 2), inOrder.Count + 2);
        var sorted = inOrder.Take((4 * 50) - 39).Append(late).Concat(inOrder.Skip((4 * 50) - 39)).ToList();

        var brokenLate = Build([.. inOrder, late]);
        var fromSorted = Build(sorted);

        brokenLate.Built.Should().BeTrue();
        brokenLate.Totals.Should().Equal(fromSorted.Totals);
        brokenLate.Entries.Should().Equal(fromSorted.Entries);
        brokenLate.Totals[3].Should().StartWith(new LedgerTotals((4 * 50) + (49 * 50 / 2), 2, 0).ToString());
    }

    [Fact]
    public void Build_LargeLedger_CheckedOnEveryCore_ReportsProblemsInInputOrder()
    {
        // Over 2^16 entries, so the kecamatan are checked in parallel chunks; a loss too large in every fifth kecamatan.
        var entries = new List<(LedgerEntry, int)>();
        var expected = new List<string>();
        for (int k = 0; k < Kecamatan.Length; k++)
        {
            for (int d = 0; d < 2_000; d++)
            {
                int line = entries.Count + 2;
                bool bad = k % 5 == 0 && d == 1_500;
                entries.Add((new LedgerEntry(Start.PlusDays(d / 5), Kecamatan[k], bad ? LedgerEntryKind.Lost : LedgerEntryKind.Recorded, bad ? 1_000_000 : 7), line));
                if (bad)
                {
                    // The other four entries of that date are recorded too, before the end of the date.
                    expected.Add($"ledger.csv:{line}: lost 1000000 at {Kecamatan[k]} on {Start.PlusDays(300):yyyy-MM-dd} pushes coverage below zero: by the end of that date losses total 1000000 but only {7 * 1_504} were ever recorded.");
                }
            }
        }

        var result = Build(entries, entries.Count);

        result.Built.Should().BeFalse();
        result.Problems.Should().Equal(expected);
    }

    [Fact]
    public void Build_LedgerTotalOverflowingAcrossChunks_NamesTheEntryWhereTheRunningSumOverflows()
    {
        // Each chunk's total fits in 64 bits, the ledger's does not: the one-by-one check names the last kecamatan's entry.
        var entries = new List<(LedgerEntry, int)>();
        for (int k = 0; k < Kecamatan.Length; k++)
        {
            for (int d = 0; d < 2_000; d++)
            {
                long count = d == 0 && (k == 0 || k == Kecamatan.Length - 1) ? (long.MaxValue / 2) + 1 : 1;
                entries.Add((new LedgerEntry(Start.PlusDays(d / 5), Kecamatan[k], LedgerEntryKind.Recorded, count), entries.Count + 2));
            }
        }

        var result = Build(entries);

        int line = ((Kecamatan.Length - 1) * 2_000) + 2;
        result.Problems.Should().Equal(
            $"ledger.csv:{line}: this count makes the ledger's recorded counts (up to {Kecamatan[^1]} on {Start:yyyy-MM-dd}) sum beyond the 64-bit limit of about 9.2 × 10^18; check for a corrupt count.");
    }

    [Fact]
    public void EnsureCapacity_KeepsEntries_AndChecksItsArgument()
    {
        var builder = RecordingLedger.CreateBuilder(Kecamatan)
            .Add(new LedgerEntry(Start, Kecamatan[0], LedgerEntryKind.Recorded, 5))
            .EnsureCapacity(1_000)
            .Add(new LedgerEntry(Start, Kecamatan[1], LedgerEntryKind.Recorded, 6));

        var negative = () => builder.EnsureCapacity(-1);

        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("capacity");
        builder.Count.Should().Be(2);
        var ledger = builder.Build();
        ledger.GetEntries().Select(e => e.Count).Should().Equal(5, 6);
        var afterBuild = () => builder.EnsureCapacity(10);
        afterBuild.Should().Throw<InvalidOperationException>().WithMessage("This builder has already built its recording ledger; create a new builder.");
    }
}
