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

    /// <summary>
    /// The smallest x in (<paramref name="below"/>, <paramref name="above"/>] for which a monotone predicate holds,
    /// given that it does not hold at <paramref name="below"/> (or <paramref name="below"/> lies just before the
    /// range) and holds at <paramref name="above"/>: the one bisection that the day searches share.
    /// </summary>
    /// <typeparam name="TPredicate">The predicate, false then true as x grows; a struct, so that the JIT inlines it into the loop.</typeparam>
    public static int FirstTrue<TPredicate>(int below, int above, in TPredicate predicate)
        where TPredicate : struct, IMonotonePredicate
    {
        while (above - below > 1)
        {
            int middle = below + ((above - below) / 2);
            if (predicate.Holds(middle))
            {
                above = middle;
            }
            else
            {
                below = middle;
            }
        }

        return above;
    }

    private readonly struct Itself<T> : ISortKey<T, T>
    {
        public static T Of(T item) => item;
    }
}
