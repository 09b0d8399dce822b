using System;
using System.Collections;
using System.Collections.Generic;

namespace EktpDomain.Utility;

/// <summary>
/// A read-only view of part of an array that the owner never changes. Unlike <see cref="ArraySegment{T}"/>, it
/// cannot be cast back to reach the array, so handing it out keeps the owner immutable.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ReadOnlyArraySlice<T> : IReadOnlyList<T>
{
    private readonly T[] array;
    private readonly int start;

    internal ReadOnlyArraySlice(T[] array, int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, array.Length - count);
        this.array = array;
        this.start = start;
        Count = count;
    }

    /// <summary>The empty slice.</summary>
    internal static ReadOnlyArraySlice<T> Empty { get; } = new([], 0, 0);

    public int Count { get; }

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return array[start + index];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return array[start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
