using System;

namespace EktpDomain.Utility;

/// <summary>
/// Rounds exact parts to whole numbers that still sum to a given whole total (the largest-remainder method): every
/// part is rounded down, then the units still missing go, one each, to the parts with the largest fractions, the
/// earlier part first on a tie.
/// </summary>
internal static class LargestRemainder
{
    /// <summary>Rounds <paramref name="parts"/> into <paramref name="rounded"/> so that they sum to <paramref name="total"/>.</summary>
    /// <param name="parts">The exact parts, none negative.</param>
    /// <param name="total">The whole total; between the sum of the parts rounded down and that sum plus the number of parts with a fraction.</param>
    /// <param name="rounded">Receives the rounded parts; as long as <paramref name="parts"/>.</param>
    public static void Apportion(ReadOnlySpan<Ratio> parts, long total, Span<long> rounded)
    {
        long missing = total;
        for (int i = 0; i < parts.Length; i++)
        {
            rounded[i] = parts[i].Floor();
            missing = CheckedMath.Subtract(missing, rounded[i], "rounded parts");
        }

        Span<bool> raised = stackalloc bool[parts.Length];
        for (; missing > 0; missing--)
        {
            int best = -1;
            Ratio bestFraction = Ratio.Zero;
            for (int i = 0; i < parts.Length; i++)
            {
                Ratio fraction = parts[i] + (Ratio)(-rounded[i]);
                if (!raised[i] && fraction > Ratio.Zero && (best < 0 || fraction > bestFraction))
                {
                    best = i;
                    bestFraction = fraction;
                }
            }

            if (best < 0)
            {
                throw new InvalidOperationException("The parts cannot be rounded to their total: it is beyond their sum rounded up.");
            }

            rounded[best]++;
            raised[best] = true;
        }

        if (missing < 0)
        {
            throw new InvalidOperationException("The parts cannot be rounded to their total: it is below their sum rounded down.");
        }
    }
}
