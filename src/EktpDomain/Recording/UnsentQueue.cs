using System;
using System.Collections.Generic;
using EktpDomain.Utility;

namespace EktpDomain.Recording;

/// <summary>
/// One set's unsent records while <see cref="UnsentRecords"/> replays a kecamatan: batches of (day recorded, count)
/// in the order they were recorded, left by sends and losses from the oldest (first in, first out).
/// </summary>
internal sealed class UnsentQueue
{
    private readonly List<(int Day, long Count)> batches = [];
    private readonly List<int> days = [];
    private readonly List<long> counts = [];
    private readonly List<int> oldest = [];
    private int head;

    public long Count { get; private set; }

    public long Gross { get; private set; }

    public long Sent { get; private set; }

    public long Lost { get; private set; }

    private int OldestDay => head < batches.Count ? batches[head].Day : int.MaxValue;

    public bool Add(int day, long count)
    {
        long gross = Gross;
        if (!CheckedMath.TryAdd(ref gross, count))
        {
            return false;
        }

        Gross = gross;
        if (count > 0)
        {
            batches.Add((day, count));
            Count += count;
        }

        return true;
    }

    public void Send(long count)
    {
        Sent += count;
        Take(count);
    }

    public void Lose(long count)
    {
        long taken = Math.Min(count, Count);
        Lost += taken;
        Take(taken);
    }

    /// <summary>A loss of the whole site: unsent records of every set, oldest first (ties to the set first in id order).</summary>
    public static void LoseOldestFirst(UnsentQueue[] queues, long count)
    {
        while (count > 0)
        {
            UnsentQueue? next = null;
            foreach (var queue in queues)
            {
                if (queue.Count > 0 && (next is null || queue.OldestDay < next.OldestDay))
                {
                    next = queue;
                }
            }

            if (next is null)
            {
                return;
            }

            long taken = Math.Min(count, next.batches[next.head].Count);
            next.Lose(taken);
            count -= taken;
        }
    }

    /// <summary>Notes the state at the end of <paramref name="day"/>, when it changed.</summary>
    public void Record(int day)
    {
        int first = Count > 0 ? OldestDay : 0;
        if (counts.Count > 0 && counts[^1] == Count && oldest[^1] == first)
        {
            return;
        }

        days.Add(day);
        counts.Add(Count);
        oldest.Add(first);
    }

    public UnsentTimeline ToTimeline() => new([.. days], [.. counts], [.. oldest]);

    private void Take(long count)
    {
        Count -= count;
        while (count > 0)
        {
            var (day, left) = batches[head];
            if (left > count)
            {
                batches[head] = (day, left - count);
                return;
            }

            count -= left;
            head++;
        }
    }
}

/// <summary>
/// One set's unsent records over time: the state at the end of each day on which it changed, as the count and the
/// day number of the oldest unsent record (0 when the count is 0).
/// </summary>
internal sealed class UnsentTimeline(int[] days, long[] counts, int[] oldest)
{
    public int Length => days.Length;

    public int Day(int i) => days[i];

    public long Count(int i) => counts[i];

    public int Oldest(int i) => oldest[i];

    /// <summary>The state at the end of <paramref name="day"/>: that of the last change on or before it.</summary>
    public (long Count, int Oldest) StateAt(int day)
    {
        int i = IndexAt(day);
        return i < 0 ? (0, 0) : (counts[i], oldest[i]);
    }

    /// <summary>The index of the last change on or before <paramref name="day"/>, or −1.</summary>
    public int IndexAt(int day) => SortedArray.LowerBound<int>(days, day + 1) - 1;
}
