using System;
using System.Collections.Generic;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Calendar;

/// <summary>
/// The working days of one window, precomputed for fast counting over day numbers (<see cref="DayNumber"/>): a
/// prefix count of national working days, and per kecamatan the sorted closed days that fall on national working
/// days. Counting the working days of a kecamatan in any sub-interval is then two array reads and two binary searches.
/// </summary>
/// <remarks>
/// Built from the public <see cref="WorkingCalendar"/> queries, so it agrees with
/// <see cref="WorkingCalendar.CountWorkingDays(DateInterval, RegionCode)"/> by construction; building it checks that
/// the calendar covers the window (R5).
/// </remarks>
internal sealed class WindowDays
{
    private readonly int[] prefix; // prefix[i] = national working days among the window's first i days
    private readonly Dictionary<RegionCode, int[]> closed = [];

    public WindowDays(WorkingCalendar calendar, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(window);
        Window = window;
        First = DayNumber.Of(window.Start);
        Last = DayNumber.Of(window.End);
        int length = Last - First + 1;
        var working = new bool[length];
        foreach (var date in calendar.GetWorkingDays(window))
        {
            working[DayNumber.Of(date) - First] = true;
        }

        prefix = new int[length + 1];
        for (int i = 0; i < length; i++)
        {
            prefix[i + 1] = prefix[i] + (working[i] ? 1 : 0);
        }

        var lists = new Dictionary<RegionCode, List<int>>();
        foreach (var closure in calendar.Closures)
        {
            int day = DayNumber.Of(closure.Date);
            if (day >= First && day <= Last && working[day - First])
            {
                if (!lists.TryGetValue(closure.Kecamatan, out var list))
                {
                    lists[closure.Kecamatan] = list = [];
                }

                list.Add(day);
            }
        }

        foreach (var (code, list) in lists)
        {
            list.Sort();
            int n = 0;
            for (int i = 0; i < list.Count; i++)
            {
                if (i == 0 || list[i] != list[i - 1])
                {
                    list[n++] = list[i];
                }
            }

            closed[code] = list.GetRange(0, n).ToArray();
        }
    }

    public DateInterval Window { get; }

    /// <summary>The window's first day number.</summary>
    public int First { get; }

    /// <summary>The window's last day number.</summary>
    public int Last { get; }

    /// <summary>The kecamatan's closed national working days inside the window, sorted; empty when none.</summary>
    public int[] ClosedDays(RegionCode kecamatan) => closed.TryGetValue(kecamatan, out var days) ? days : [];

    /// <summary>Working days of a kecamatan (given by its closed days) in [from, to], clipped to the window.</summary>
    public int Count(int from, int to, int[] closedDays)
    {
        if (from < First)
        {
            from = First;
        }

        if (to > Last)
        {
            to = Last;
        }

        if (from > to)
        {
            return 0;
        }

        int count = prefix[to - First + 1] - prefix[from - First];
        if (closedDays.Length > 0)
        {
            count -= LowerBound(closedDays, to + 1) - LowerBound(closedDays, from);
        }

        return count;
    }

    /// <summary>
    /// Whether an outage ending on <paramref name="end"/> and one starting on <paramref name="nextStart"/> are
    /// back-to-back (R5): they overlap or touch, or only days that are not national working days lie between them.
    /// </summary>
    public bool BackToBack(int end, int nextStart) =>
        nextStart <= end + 1 || Count(end + 1, nextStart - 1, []) == 0;

    /// <summary>The first working day of a kecamatan in [from, to] (clipped to the window), or null.</summary>
    public int? FirstWorkingDay(int from, int to, int[] closedDays)
    {
        from = Math.Max(from, First);
        to = Math.Min(to, Last);
        if (Count(from, to, closedDays) == 0)
        {
            return null;
        }

        // Binary search the smallest d with Count(from, d) ≥ 1.
        int lo = from, hi = to;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (Count(from, mid, closedDays) >= 1)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
