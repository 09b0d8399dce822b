using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Calendar;

/// <summary>
/// How <see cref="WorkingCalendar"/> answers quickly: over day numbers (<see cref="DayNumber"/>), the running count
/// of national working days, the covered years, each kecamatan's closed working days, and the searches that move by
/// working days. The calendar checks arguments and coverage before it asks; this type trusts them.
/// </summary>
internal sealed class WorkingDayIndex
{
    // Running counts count working days before a day number, from an arbitrary origin; only their differences
    // matter. Day number 0, 0001-01-01, is a Monday, so a day's place in its ISO week is its day number modulo 7.
    private const int DaysPerWeek = 7;

    // Weekly pattern: weekPrefix[i] = working days among the first i days of an ISO week (Monday first).
    private readonly int[] weekPrefix;
    private readonly int perWeek;

    // The span runs from 1 January of the first covered year to 31 December of the last (day numbers
    // spanStart .. spanEnd - 1). spanPrefix[i] = working days among its first i days. Outside it only the weekly
    // pattern counts, computed arithmetically, so the tables stay as small as the holiday data.
    private readonly int spanStart;
    private readonly int spanEnd;
    private readonly int[] spanPrefix;
    private readonly long countAtSpanStart;
    private readonly long offsetAfterSpan;

    // Per year of the span: how many years before it are covered, and the first and last year of the run of
    // consecutive covered years it belongs to.
    private readonly int firstYear;
    private readonly int[] coveredYearPrefix;
    private readonly int[] runFirstYear;
    private readonly int[] runLastYear;

    // The holidays' day numbers, sorted (a day repeats when several holidays share it), and per kecamatan its sorted,
    // distinct closed days that are national working days.
    private readonly int[] holidayDays;
    private readonly FrozenDictionary<RegionCode, int[]> closedWorkingDays;

    /// <summary>Builds the tables of a calendar.</summary>
    /// <param name="workingWeekdays">The working weekdays.</param>
    /// <param name="holidays">The holidays, sorted by date.</param>
    /// <param name="coveredYears">The covered years, sorted and distinct.</param>
    /// <param name="closures">The kecamatan closures.</param>
    public WorkingDayIndex(
        ImmutableArray<IsoDayOfWeek> workingWeekdays,
        ImmutableArray<Holiday> holidays,
        ImmutableArray<int> coveredYears,
        ImmutableArray<KecamatanClosure> closures)
    {
        holidayDays = [.. holidays.Select(h => DayNumber.Of(h.Date))];

        weekPrefix = new int[DaysPerWeek + 1];
        for (int i = 0; i < DaysPerWeek; i++)
        {
            weekPrefix[i + 1] = weekPrefix[i] + (workingWeekdays.Contains((IsoDayOfWeek)(i + 1)) ? 1 : 0);
        }

        perWeek = weekPrefix[DaysPerWeek];

        if (coveredYears.IsEmpty)
        {
            spanPrefix = [0];
            coveredYearPrefix = [0];
            runFirstYear = [];
            runLastYear = [];
        }
        else
        {
            firstYear = coveredYears[0];
            int lastYear = coveredYears[^1];
            spanStart = DayNumber.Of(new LocalDate(firstYear, 1, 1));
            spanEnd = checked(DayNumber.Of(new LocalDate(lastYear, 12, 31)) + 1);
            spanPrefix = BuildSpanPrefix();
            (coveredYearPrefix, runFirstYear, runLastYear) = BuildYearTables(coveredYears);
        }

        countAtSpanStart = WeeklyCount(spanStart);
        offsetAfterSpan = countAtSpanStart + spanPrefix[^1] - WeeklyCount(spanEnd);

        closedWorkingDays = closures
            .GroupBy(c => c.Kecamatan)
            .Select(g => (g.Key, Days: g.Select(c => DayNumber.Of(c.Date)).Where(IsWorkingDay).Distinct().Order().ToArray()))
            .Where(x => x.Days.Length > 0)
            .ToFrozenDictionary(x => x.Key, x => x.Days);
    }

    /// <summary>The day number of the first date NodaTime supports.</summary>
    public static int MinDay { get; } = DayNumber.Of(LocalDate.MinIsoValue);

    /// <summary>The day number of the last date NodaTime supports.</summary>
    public static int MaxDay { get; } = DayNumber.Of(LocalDate.MaxIsoValue);

    /// <summary>Whether <paramref name="year"/> is covered.</summary>
    public bool IsCovered(int year)
    {
        long index = (long)year - firstYear;
        return index >= 0 && index < coveredYearPrefix.Length - 1
            && coveredYearPrefix[index + 1] != coveredYearPrefix[index];
    }

    /// <summary>Whether every year from <paramref name="first"/> to <paramref name="last"/> is covered.</summary>
    public bool AreCovered(int first, int last)
    {
        long from = (long)first - firstYear;
        long to = (long)last - firstYear;
        return from >= 0 && to < coveredYearPrefix.Length - 1
            && coveredYearPrefix[to + 1] - coveredYearPrefix[from] == last - first + 1;
    }

    /// <summary>
    /// The first and last day number of the run of consecutive covered years that holds the covered year
    /// <paramref name="year"/>.
    /// </summary>
    public (int First, int Last) CoveredRun(int year)
    {
        int index = year - firstYear;
        return (DayNumber.Of(new LocalDate(runFirstYear[index], 1, 1)), DayNumber.Of(new LocalDate(runLastYear[index], 12, 31)));
    }

    /// <summary>How many holidays fall before <paramref name="day"/>: the index of the first holiday on or after it.</summary>
    public int HolidaysBefore(int day) => SortedArray.LowerBound<int>(holidayDays, day);

    /// <summary>The kecamatan's closed days that are national working days, sorted; empty when none.</summary>
    public int[] ClosedDays(RegionCode kecamatan) =>
        closedWorkingDays.TryGetValue(kecamatan, out int[]? closed) ? closed : [];

    /// <summary>Whether a day is a national working day.</summary>
    public bool IsWorkingDay(int day)
    {
        int index = day - spanStart;
        return index >= 0 && day < spanEnd
            ? spanPrefix[index + 1] != spanPrefix[index]
            : IsWorkingWeekday(day);
    }

    /// <summary>Whether a day is a working day of the kecamatan with the closed days <paramref name="closed"/>.</summary>
    public bool IsWorkingDay(int day, int[] closed) =>
        IsWorkingDay(day) && (closed.Length == 0 || Array.BinarySearch(closed, day) < 0);

    /// <summary>The working days from <paramref name="first"/> to <paramref name="last"/> (both included) of the kecamatan with the closed days <paramref name="closed"/>.</summary>
    public int Count(int first, int last, int[] closed) =>
        (int)(RunningCount(last + 1, closed) - RunningCount(first, closed));

    /// <summary>
    /// The day <paramref name="workingDays"/> working days (of the kecamatan with the closed days
    /// <paramref name="closed"/>) from <paramref name="start"/>, searching no further than <paramref name="low"/> or
    /// <paramref name="high"/>; null when it lies beyond them. The count is not 0.
    /// </summary>
    public int? Move(int start, int workingDays, int[] closed, int low, int high) =>
        workingDays > 0
            ? SearchForward(start, workingDays, closed, high)
            : SearchBackward(start, workingDays, closed, low);

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);

    private int[] BuildSpanPrefix()
    {
        int length = spanEnd - spanStart;
        var prefix = new int[length + 1];
        var isHoliday = new bool[length];
        foreach (int day in holidayDays)
        {
            isHoliday[day - spanStart] = true;
        }

        for (int i = 0; i < length; i++)
        {
            bool working = !isHoliday[i] && IsWorkingWeekday(spanStart + i);
            prefix[i + 1] = prefix[i] + (working ? 1 : 0);
        }

        return prefix;
    }

    private (int[] CoveredPrefix, int[] RunFirst, int[] RunLast) BuildYearTables(ImmutableArray<int> coveredYears)
    {
        int years = coveredYears[^1] - firstYear + 1;
        var covered = new bool[years];
        foreach (int year in coveredYears)
        {
            covered[year - firstYear] = true;
        }

        var prefix = new int[years + 1];
        var runFirst = new int[years];
        var runLast = new int[years];
        for (int i = 0; i < years; i++)
        {
            prefix[i + 1] = prefix[i] + (covered[i] ? 1 : 0);
            runFirst[i] = covered[i] && i > 0 && covered[i - 1] ? runFirst[i - 1] : firstYear + i;
        }

        for (int i = years - 1; i >= 0; i--)
        {
            runLast[i] = covered[i] && i < years - 1 && covered[i + 1] ? runLast[i + 1] : firstYear + i;
        }

        return (prefix, runFirst, runLast);
    }

    private bool IsWorkingWeekday(int day)
    {
        long weekIndex = FloorDiv(day, DaysPerWeek);
        int dayInWeek = (int)(day - (weekIndex * DaysPerWeek));
        return weekPrefix[dayInWeek + 1] != weekPrefix[dayInWeek];
    }

    /// <summary>Working days of the weekly pattern alone before <paramref name="day"/> (from day number 0, a Monday).</summary>
    private long WeeklyCount(int day)
    {
        long weeks = FloorDiv(day, DaysPerWeek);
        return (weeks * perWeek) + weekPrefix[(int)(day - (weeks * DaysPerWeek))];
    }

    /// <summary>National working days before <paramref name="day"/>, from a fixed origin; steps by 1 after each working day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long RunningCount(int day)
    {
        if (day <= spanStart)
        {
            return WeeklyCount(day);
        }

        if (day <= spanEnd)
        {
            return countAtSpanStart + spanPrefix[day - spanStart];
        }

        return offsetAfterSpan + WeeklyCount(day);
    }

    /// <summary>Kecamatan working days before <paramref name="day"/>: the national count minus earlier closed working days.</summary>
    private long RunningCount(int day, int[] closed) =>
        closed.Length == 0 ? RunningCount(day) : RunningCount(day) - SortedArray.LowerBound<int>(closed, day);

    /// <summary>The smallest day r in (start, high] with RunningCount(r + 1) = RunningCount(start + 1) + n, or null.</summary>
    private int? SearchForward(int start, int workingDays, int[] closed, int high)
    {
        if (start >= high)
        {
            return null;
        }

        long target = RunningCount(start + 1, closed) + workingDays;
        int below = start; // RunningCount(below + 1) < target holds for below = start.
        int above = high; // set again before the loop ends; assigned here so that mutants of the loop still compile
        long step = Math.Max(1L, (long)workingDays * DaysPerWeek / perWeek);
        while (true)
        {
            int probe = (int)Math.Min(below + step, high);
            if (RunningCount(probe + 1, closed) >= target)
            {
                above = probe;
                break;
            }

            if (probe == high)
            {
                return null;
            }

            below = probe;
            step = Math.Min(step * 2, int.MaxValue);
        }

        return SortedArray.FirstTrue(below, above, new CountReaches(this, closed, target, 1));
    }

    /// <summary>The largest day r in [low, start) with RunningCount(r) = RunningCount(start) + n (n negative), or null.</summary>
    private int? SearchBackward(int start, int workingDays, int[] closed, int low)
    {
        if (start <= low)
        {
            return null;
        }

        long target = RunningCount(start, closed) + workingDays;
        int above = start; // RunningCount(above) > target holds for above = start.
        int below = low; // set again before the loop ends; assigned here so that mutants of the loop still compile
        long step = Math.Max(1L, -(long)workingDays * DaysPerWeek / perWeek);
        while (true)
        {
            int probe = (int)Math.Max(above - step, low);
            if (RunningCount(probe, closed) <= target)
            {
                below = probe;
                break;
            }

            if (probe == low)
            {
                return null;
            }

            above = probe;
            step = Math.Min(step * 2, int.MaxValue);
        }

        // The largest day with RunningCount(day) ≤ target is the one before the first with RunningCount(day) > target.
        return SortedArray.FirstTrue(below, above, new CountReaches(this, closed, target + 1, 0)) - 1;
    }

    /// <summary>Whether RunningCount(x + offset) has reached <c>target</c>: false, then true, as x grows.</summary>
    private readonly struct CountReaches(WorkingDayIndex index, int[] closed, long target, int offset) : IMonotonePredicate
    {
        public bool Holds(int x) => index.RunningCount(x + offset, closed) >= target;
    }
}
