using System;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Calendar;

/// <summary>
/// The working days of one window, counted over day numbers (<see cref="DayNumber"/>) with the calendar's own
/// <see cref="WorkingDayIndex"/>: counting the working days of a kecamatan in any sub-interval is two reads of the
/// running count and two binary searches over its closed days.
/// </summary>
/// <remarks>
/// It counts with the same index as <see cref="WorkingCalendar.CountWorkingDays(DateInterval, RegionCode)"/>, so the
/// two agree by construction; creating it checks that the calendar covers the window (R5).
/// </remarks>
internal sealed class WindowDays
{
    private readonly WorkingDayIndex index;

    public WindowDays(WorkingCalendar calendar, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(window);
        (First, Last) = calendar.CheckedInterval(window, nameof(window));
        index = calendar.Index;
        Window = window;
    }

    public DateInterval Window { get; }

    /// <summary>The window's first day number.</summary>
    public int First { get; }

    /// <summary>The window's last day number.</summary>
    public int Last { get; }

    /// <summary>The kecamatan's closed national working days, sorted; empty when none.</summary>
    public int[] ClosedDays(RegionCode kecamatan) => index.ClosedDays(kecamatan);

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

        return from > to ? 0 : index.Count(from, to, closedDays);
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

        // The smallest d with Count(from, d) ≥ 1; it holds at d = to.
        return SortedArray.FirstTrue(from - 1, to, new HasWorkingDay(this, from, closedDays));
    }

    private readonly struct HasWorkingDay(WindowDays days, int from, int[] closedDays) : IMonotonePredicate
    {
        public bool Holds(int x) => days.Count(from, x, closedDays) >= 1;
    }
}
