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
        where T : IComparisonOperators<T, T, bool> =>
        LowerBound<T, T, Itself<T>>(sorted, value);

    /// <summary>
    /// The index of the first element whose key (<typeparamref name="TSortKey"/>) is not less than
    /// <paramref name="value"/>, or the length when every key is less. The elements are sorted by that key.
    /// </summary>
    public static int LowerBound<T, TKey, TSortKey>(ReadOnlySpan<T> sorted, TKey value)
        where TKey : IComparisonOperators<TKey, TKey, bool>
        where TSortKey : ISortKey<T, TKey>
    {
        // The key is a static interface member rather than a delegate, so that the JIT can inline it into the loop.
        int low = 0;
        int high = sorted.Length;
        while (low < high)
        {
            int middle = low + ((high - low) >> 1);
            if (TSortKey.Of(sorted[middle]) < value)
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

    private readonly struct Itself<T> : ISortKey<T, T>
    {
        public static T Of(T item) => item;
    }
}
