using System;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace EktpDomain.Recording;

/// <summary>
/// Searches in a run of day offsets sorted ascending (one kind of one kecamatan in <see cref="LedgerRuns"/>): the
/// index of the first day at or after a key, by bisection, by a forward walk, or from a guess.
/// </summary>
internal static class DaySearch
{
    // Days per step of a walk: one cache line of 16-bit offsets, also one 512-bit vector or two 256-bit ones.
    private const int Line = 32;

    // The project compiles with overflow checks. Everything below is arithmetic on positions inside one run and on
    // 16-bit day offsets, which cannot overflow, so it is unchecked: these searches run for every period boundary of
    // every kecamatan, and a checked step adds an overflow test to each step of their loops.

    /// <summary>
    /// The index of the first day at or after <paramref name="key"/> in a sorted run, starting from a guess, given
    /// <c>run[0] &lt; key &lt;= run[^1]</c> and <c>1 &lt;= guess &lt; run.Length</c>: back a cache line at a time
    /// while the guess is too far, forward while it is too near, then a vector count in the line that holds the answer.
    /// </summary>
    internal static int Settle(ReadOnlySpan<ushort> run, int guess, int key)
    {
        unchecked
        {
            if (run[guess - 1] >= key)
            {
                // Too far: the answer is at or before guess - 1. Step back until a day below the key is in view.
                int pos = guess - 1;
                while (pos > Line && run[pos - Line] >= key)
                {
                    pos -= Line;
                }

                int from = Math.Max(0, pos - Line);
                return from + FirstAtOrAfter(run[from..pos], key);
            }

            // run[guess - 1] < key: the answer is at or after guess.
            return run[guess] >= key ? guess : Advance(run, guess, key);
        }
    }

    /// <summary>
    /// The index of the first day offset at or after <paramref name="key"/> in a sorted run, given that
    /// <c>run[pos] &lt; key &lt;= run[^1]</c>.
    /// </summary>
    internal static int Advance(ReadOnlySpan<ushort> run, int pos, int key)
    {
        unchecked
        {
            // Period boundaries are usually a few dozen to a few hundred entries apart, so this walks forward a cache
            // line (32 days) at a time while the line's last day is below the key (a well-predicted branch over memory
            // the hardware prefetches), then counts the days below the key in the 32 that hold the answer: the run is
            // sorted, so that count is the offset. Bisection would touch fewer lines but each step waits for the
            // previous one's cache miss.
            while (pos + Line <= run.Length && run[pos + Line - 1] < key)
            {
                pos += Line;
            }

            if (pos + Line <= run.Length)
            {
                if (Vector512.IsHardwareAccelerated)
                {
                    var below = Vector512.LessThan(Vector512.Create(run.Slice(pos, Line)), Vector512.Create((ushort)key));
                    return pos + BitOperations.PopCount(below.ExtractMostSignificantBits());
                }

                int half = Vector256<ushort>.Count;
                var low = Vector256.LessThan(Vector256.Create(run.Slice(pos, half)), Vector256.Create((ushort)key));
                var high = Vector256.LessThan(Vector256.Create(run.Slice(pos + half, half)), Vector256.Create((ushort)key));
                return pos + BitOperations.PopCount(low.ExtractMostSignificantBits()) + BitOperations.PopCount(high.ExtractMostSignificantBits());
            }

            while (run[pos] < key)
            {
                pos++;
            }

            return pos;
        }
    }

    /// <summary>The index of the first day offset at or after <paramref name="key"/> in a sorted run, or its length.</summary>
    internal static int FirstAtOrAfter(ReadOnlySpan<ushort> run, int key)
    {
        unchecked
        {
            if (run.IsEmpty)
            {
                return 0;
            }

            // Not SortedArray.LowerBound on purpose: this is the ledger walk's search over 16-bit day offsets, and it
            // is branch-free (a fixed number of halvings), as the outcome of each step is a coin toss there.
            // SortedArray.LowerBound is the plain branching bisection the other searches share. The step takes the
            // upper half by the sign of day - key (both within 0..65,536, so the difference cannot overflow) rather
            // than by a conditional expression, which the JIT compiles to a branch when its profile favours one side.
            int lo = 0, n = run.Length;
            while (n > 1)
            {
                int half = n >> 1;
                lo += half & ((run[lo + half] - key) >> 31);
                n -= half;
            }

            return lo + (run[lo] < key ? 1 : 0);
        }
    }
}
