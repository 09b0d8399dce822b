using System.Collections.Generic;
using System.Linq;
using CsCheck;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Recording;

/// <summary>
/// How the builder keeps what it is given: counts in 32 bits until one needs 64, and where each entry came from as
/// runs of lines. Neither may change a count, a total or the location a problem names.
/// </summary>
public class RecordingLedgerBuilderStorageTests
{
    private static readonly RegionCode[] Kecamatan = [.. Enumerable.Range(1, 12).Select(k => new RegionCode(36, 3, k))];
    private static readonly LocalDate Start = new(2012, 1, 2);

    [Fact]
    public void Build_ACountBeyond32BitsAfterSmallOnes_KeepsEveryCount()
    {
        long[] counts = [5, int.MaxValue, 7, (long)int.MaxValue + 1, 3_000_000_000_000, 9];
        var builder = RecordingLedger.CreateBuilder(Kecamatan);
        for (int i = 0; i < counts.Length; i++)
        {
            builder.Add(new LedgerEntry(Start.PlusDays(i), Kecamatan[i % 2], LedgerEntryKind.Recorded, counts[i]));
        }

        var ledger = builder.Build();

        ledger.GetEntries().Select(e => e.Count).Should().Equal(counts.Where((_, i) => i % 2 == 0).Concat(counts.Where((_, i) => i % 2 == 1)));
        var all = new DateInterval(Start, Start.PlusDays(10));
        ledger.GetTotals(Kecamatan[0], all).Recorded.Should().Be(5 + 7 + 3_000_000_000_000);
        ledger.GetTotals(Kecamatan[1], all).Recorded.Should().Be((long)int.MaxValue + int.MaxValue + 1 + 9);
    }

    [Fact]
    public void Build_CountsAndTotalsOfAnySize_InOrderOrNot_GiveTheSumsOfTheEntries()
    {
        // Counts small, near 2^31 or beyond it, so that runs' totals fit in 32 bits, or need 64 although every count
        // fits in 32, or come from counts that need 64; entries in kecamatan and date order (laid out in place) or
        // shuffled (laid out from a sort).
        var count = Gen.OneOf(Gen.Long[0, 1_000], Gen.Long[1_000_000_000, int.MaxValue], Gen.Long[(long)int.MaxValue + 1, 1L << 40]);
        var entry = Gen.Select(Gen.Int[0, Kecamatan.Length - 1], Gen.Int[0, 40], count, Gen.Int[0, 3]);
        Gen.Select(entry.Array[0, 80], Gen.Bool, Gen.Int, Gen.Int[0, 40], Gen.Int[0, 40]).Sample((rows, shuffle, seed, a, b) =>
        {
            var entries = rows
                .OrderBy(r => r.Item1).ThenBy(r => r.Item2)
                .Select(r => new LedgerEntry(Start.PlusDays(r.Item2), Kecamatan[r.Item1], LedgerEntryKind.Recorded, r.Item3, r.Item4 == 0 ? null : $"K-{r.Item4}"))
                .ToArray();
            if (shuffle)
            {
                new System.Random(seed).Shuffle(entries);
            }

            var ledger = RecordingLedger.CreateBuilder(Kecamatan).AddRange(entries).Build();

            var window = new DateInterval(Start.PlusDays(System.Math.Min(a, b)), Start.PlusDays(System.Math.Max(a, b)));
            foreach (var code in Kecamatan)
            {
                long expected = entries.Where(e => e.Kecamatan == code && window.Contains(e.Date)).Sum(e => e.Count);
                ledger.GetTotals(code, window).Recorded.Should().Be(expected);
            }

            string Describe(LedgerEntry e) => $"{e.Kecamatan} {e.Date:yyyy-MM-dd} {e.Count} {e.Device}";
            ledger.GetEntries().Select(Describe).Order(System.StringComparer.Ordinal).Should().Equal(entries.Select(Describe).Order(System.StringComparer.Ordinal));
        }, iter: 200 / Cases.Divisor);
    }

    [Fact]
    public void Build_ProblemsFoundWhenBuilding_NameEachEntrysOwnLocationAndCount()
    {
        // Each entry is a re-recording with no loss before it, so each one is a problem found only when building, and
        // the problem names that entry's location and count. Locations come in runs of lines with gaps, switches
        // between files and sheets, and entries without any.
        var step = Gen.Select(Gen.Int[0, 9], Gen.Int[1, 500], Gen.Int[0, 2], Gen.Long[1, 5_000_000_000]);
        step.Array[1, 60].Sample(steps =>
        {
            var builder = RecordingLedger.CreateBuilder(Kecamatan);
            var expected = new List<string>();
            var current = SourceLocation.None;
            for (int i = 0; i < steps.Length; i++)
            {
                var (choice, jump, place, count) = steps[i];
                current = choice switch
                {
                    < 6 when current.IsKnown => current.WithLine(current.Line + 1),
                    6 when current.IsKnown => current.WithLine(current.Line + jump),
                    7 => SourceLocation.None,
                    _ => place switch
                    {
                        0 => new SourceLocation("ledger.csv", jump),
                        1 => new SourceLocation("extra/ledger.csv", jump),
                        _ => SourceLocation.InSheet("ledger.xlsx", "April", jump),
                    },
                };

                // One entry per kecamatan and date: kecamatan i mod 12 on day i.
                var code = Kecamatan[i % Kecamatan.Length];
                var date = Start.PlusDays(i);
                builder.Add(new LedgerEntry(date, code, LedgerEntryKind.Rerecorded, count), current);
                string at = current.IsKnown ? $"{current}: " : string.Empty;
                expected.Add($"{at}rerecorded {count} at {code} on {date:yyyy-MM-dd} pushes the re-recording backlog below zero: by the end of that date re-recordings total {count} but losses only 0.");
            }

            builder.TryBuild(out _, out var problems).Should().BeFalse();
            problems.Select(p => p.ToString()).Should().Equal(expected);
        }, iter: 200 / Cases.Divisor);
    }

    [Fact]
    public void Build_AProblemInAWorkbook_NamesItsSheetAndRow()
    {
        var builder = RecordingLedger.CreateBuilder(Kecamatan)
            .Add(new LedgerEntry(Start, Kecamatan[0], LedgerEntryKind.Recorded, 10), SourceLocation.InSheet("ledger.xlsx", "April", 2))
            .Add(new LedgerEntry(Start.PlusDays(1), Kecamatan[0], LedgerEntryKind.Lost, 11), SourceLocation.InSheet("ledger.xlsx", "April", 3));

        builder.TryBuild(out _, out var problems).Should().BeFalse();

        problems.Should().ContainSingle().Which.Location.Should().Be(SourceLocation.InSheet("ledger.xlsx", "April", 3));
    }
}
