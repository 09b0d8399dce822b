using System;
using System.Collections.Generic;
using EktpDomain.Recording;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Recording;

/// <summary>The searches over a sorted run of day offsets, against a linear scan, on every key and every start.</summary>
public class DaySearchTests
{
    // Lengths around the 32-day line and the vector widths, with repeated days and gaps.
    public static TheoryData<int, int> Runs() => new()
    {
        { 3, 1 }, { 31, 2 }, { 32, 3 }, { 33, 4 }, { 63, 5 }, { 64, 6 }, { 65, 7 }, { 100, 8 }, { 257, 9 },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    [InlineData(1, 10)]
    public void FirstAtOrAfter_EveryKey_IsTheFirstDayNotBelowIt(int length, int seed)
    {
        ushort[] run = SortedRun(length, seed);
        var wrong = new List<string>();

        for (int key = 0; key <= run[^1] + 2; key++)
        {
            Check(wrong, DaySearch.FirstAtOrAfter(run, key), Linear(run, key), $"key {key}");
        }

        wrong.Should().BeEmpty();
        DaySearch.FirstAtOrAfter([], 5).Should().Be(0);
    }

    [Fact]
    public void FirstAtOrAfter_DaysAtTheTopOfTheRange_KeysUpToOnePastTheLastOffset()
    {
        // The ledger searches for day offsets up to 65,536 (one past the largest 16-bit offset) in runs that may reach
        // 65,535.
        ushort[] run = [65_530, 65_531, 65_531, 65_533, 65_535, 65_535];
        var wrong = new List<string>();

        for (int key = 65_528; key <= ushort.MaxValue + 1; key++)
        {
            Check(wrong, DaySearch.FirstAtOrAfter(run, key), Linear(run, key), $"key {key}");
        }

        wrong.Should().BeEmpty();
        DaySearch.FirstAtOrAfter(run, ushort.MaxValue + 1).Should().Be(run.Length);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void AdvanceAndSettle_EveryStartAndKey_FindTheFirstDayNotBelowTheKey(int length, int seed)
    {
        ushort[] run = SortedRun(length, seed);
        var wrong = new List<string>();
        int searches = 0;

        // Both need run[0] < key <= run[^1]; Advance starts below the key, Settle from any guess in [1, length - 1].
        for (int key = run[0] + 1; key <= run[^1]; key++)
        {
            int expected = Linear(run, key);
            for (int pos = 0; pos < expected; pos++)
            {
                Check(wrong, DaySearch.Advance(run, pos, key), expected, $"Advance to key {key} from {pos}");
                searches++;
            }

            for (int guess = 1; guess < run.Length; guess++)
            {
                Check(wrong, DaySearch.Settle(run, guess, key), expected, $"Settle on key {key} from guess {guess}");
                searches++;
            }
        }

        wrong.Should().BeEmpty();
        searches.Should().BeGreaterThan(length, "every run spans several days");
    }

    private static void Check(List<string> wrong, int actual, int expected, string what)
    {
        if (actual != expected)
        {
            wrong.Add($"{what}: {actual}, expected {expected}");
        }
    }

    private static int Linear(ushort[] run, int key)
    {
        int i = Array.FindIndex(run, day => day >= key);
        return i < 0 ? run.Length : i;
    }

    private static ushort[] SortedRun(int length, int seed)
    {
        var random = new Random(seed);
        var run = new ushort[length];
        int day = random.Next(0, 3);
        for (int i = 0; i < length; i++)
        {
            // About one day in three repeats the one before, as when several sets report on one date; the second
            // day is always later than the first, so that every run has keys between its first and last days.
            day += i == 1 || random.Next(3) != 0 ? random.Next(1, 4) : 0;
            run[i] = (ushort)day;
        }

        return run;
    }
}
