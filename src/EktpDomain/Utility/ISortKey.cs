namespace EktpDomain.Utility;

/// <summary>The key by which elements are sorted, for <see cref="SortedArray.LowerBound{T, TKey, TSortKey}"/>.</summary>
/// <typeparam name="T">The element.</typeparam>
/// <typeparam name="TKey">Its key.</typeparam>
internal interface ISortKey<in T, out TKey>
{
    /// <summary>The key of <paramref name="item"/>.</summary>
    static abstract TKey Of(T item);
}
