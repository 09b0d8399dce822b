namespace EktpDomain.Utility;

/// <summary>The key by which elements are sorted, for <see cref="SortedArray.LowerBound{T, TKey, TSortKey}"/>.</summary>
/// <typeparam name="T">The element.</typeparam>
/// <typeparam name="TKey">Its key.</typeparam>
internal interface ISortKey<in T, out TKey>
{
    /// <summary>The key of <paramref name="item"/>.</summary>
    static abstract TKey Of(T item);
}

/// <summary>A predicate over integers that is false, then true, as they grow, for <see cref="SortedArray.FirstTrue{TPredicate}"/>.</summary>
internal interface IMonotonePredicate
{
    /// <summary>Whether the predicate holds at <paramref name="x"/>.</summary>
    bool Holds(int x);
}
