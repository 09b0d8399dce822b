using System;
using System.Numerics;

namespace EktpDomain.Utility;

/// <summary>Searches in sorted arrays.</summary>
internal static class SortedArray
{
    /// <summary>
    /// The index of the first element not less than <paramref name="value"/>, or the length when every element is
    /// less. Equal elements may repeat; the first of them is found.
    /// </summary>
    public static int LowerBound<T>(ReadOnlySpan<T> sorted, T value)
        where T : IComparisonOperators<T, T, bool>
    {
        int low = 0;
        int high = sorted.Length;
        while (low < high)
        {
            int middle = low + ((high - low) >> 1);
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
