using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using NodaTime;

namespace EktpDomain.Calendar;

/// <summary>
/// Indonesia's working-day calendar: which days recording offices work, nationally and per kecamatan.
/// Implements the working days of the calculation rules: R2 pro-rates targets by <em>national</em> working days
/// (Monday to Friday minus national holidays and <em>cuti bersama</em>); R5 counts device-days over the
/// <em>kecamatan's</em> working days (also minus its own closures); R7 dates a forecast by working days.
/// </summary>
/// <remarks>
/// <para>
/// <b>Coverage.</b> Holidays are set by decree each year, so a year with no holiday data is unknown, not a year
/// without holidays. The covered years are those declared with <see cref="WorkingCalendarBuilder.CoverYears"/> plus
/// every year that has at least one holiday. Every query that touches a date in an uncovered year throws
/// <see cref="ArgumentOutOfRangeException"/> naming the date, the covered years and the opt-in
/// <see cref="WorkingCalendarBuilder.AllowUncoveredYears"/>; with the opt-in, an uncovered year has only the weekly
/// pattern's days off.
/// </para>
/// <para>
/// <b>Performance.</b> <see cref="WorkingCalendarBuilder.Build"/> precomputes the running count of working days over the covered span, so
/// national <see cref="IsWorkingDay(LocalDate)"/> and <see cref="CountWorkingDays(DateInterval)"/> take constant
/// time; outside the span the weekly pattern is counted arithmetically. Kecamatan queries add a binary search over
/// that kecamatan's sorted closures. <see cref="AddWorkingDays(LocalDate, int)"/> searches the running count, in time
/// logarithmic in the distance.
/// </para>
/// <para>
/// <b>Dates.</b> All dates are in the ISO calendar; other calendars are rejected with <see cref="ArgumentException"/>.
/// </para>
/// <para>
/// <see cref="Indonesia"/> holds the national holidays and <em>cuti bersama</em> of 2005–2026, generated from the
/// holiday rules of the vacanza/holidays project (<c>holidays/countries/indonesia.py</c>, commit c382fdec, MIT licence,
/// copyright the vacanza/holidays authors; see THIRD-PARTY-NOTICES.md). The 2012 dates were checked against joint
/// decree SKB 3 Menteri No. 7/2011, with 31 December 2012 added later. Islamic dates of future years may be estimates.
/// </para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class WorkingCalendar
{
    // Day numbers count days since 1970-01-01 (a Thursday). Running counts ("F") count working days before a day
    // number, from an arbitrary origin; only their differences matter.
    private const int DaysPerWeek = 7;
    private static readonly Lazy<WorkingCalendar> BuiltIn = new(CreateIndonesia, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly int MinDay = DayNumber(LocalDate.MinIsoValue);
    private static readonly int MaxDay = DayNumber(LocalDate.MaxIsoValue);
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    private readonly ImmutableArray<IsoDayOfWeek> workingWeekdays;
    private readonly ImmutableArray<Holiday> holidays;
    private readonly int[] holidayDays;
    private readonly ImmutableArray<KecamatanClosure> closures;
    private readonly FrozenDictionary<RegionCode, int[]> closedWorkingDays;
    private readonly ImmutableArray<int> declaredYears;
    private readonly ImmutableArray<int> coveredYears;
    private readonly bool allowUncoveredYears;

    // Weekly pattern: weekPrefix[i] = working days among the first i days of an ISO week (Monday first).
    private readonly int[] weekPrefix;
    private readonly int perWeek;

    // The span runs from 1 January of the first covered year to 31 December of the last (day numbers
    // spanStart .. spanEnd - 1). spanPrefix[i] = working days among its first i days.
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

    internal WorkingCalendar(
        IEnumerable<IsoDayOfWeek> weekdays,
        IEnumerable<Holiday> holidayItems,
        IEnumerable<KecamatanClosure> closureItems,
        IEnumerable<int> declared,
        bool allowUncovered)
    {
        workingWeekdays = [.. weekdays.Distinct().Order()];
        holidays = [.. holidayItems.Distinct().Order()];
        holidayDays = [.. holidays.Select(h => DayNumber(h.Date))];
        declaredYears = [.. declared.Distinct().Order()];
        coveredYears = [.. declaredYears.Concat(holidays.Select(h => h.Date.Year)).Distinct().Order()];
        allowUncoveredYears = allowUncovered;

        weekPrefix = new int[DaysPerWeek + 1];
        for (int i = 0; i < DaysPerWeek; i++)
        {
            weekPrefix[i + 1] = weekPrefix[i] + (workingWeekdays.Contains((IsoDayOfWeek)(i + 1)) ? 1 : 0);
        }

        perWeek = weekPrefix[DaysPerWeek];

        if (coveredYears.IsEmpty)
        {
            firstYear = 0;
            spanStart = 0;
            spanEnd = 0;
            spanPrefix = [0];
            coveredYearPrefix = [0];
            runFirstYear = [];
            runLastYear = [];
        }
        else
        {
            firstYear = coveredYears[0];
            int lastYear = coveredYears[^1];
            spanStart = DayNumber(new LocalDate(firstYear, 1, 1));
            spanEnd = checked(DayNumber(new LocalDate(lastYear, 12, 31)) + 1);
            spanPrefix = BuildSpanPrefix();
            (coveredYearPrefix, runFirstYear, runLastYear) = BuildYearTables(lastYear);
        }

        countAtSpanStart = WeeklyCount(spanStart);
        offsetAfterSpan = countAtSpanStart + spanPrefix[^1] - WeeklyCount(spanEnd);

        closures = [.. closureItems.Distinct()
            .OrderBy(c => c.Kecamatan)
            .ThenBy(c => c.Date)
            .ThenBy(c => c.Reason, StringComparer.Ordinal)];
        closedWorkingDays = closures
            .GroupBy(c => c.Kecamatan)
            .Select(g => (g.Key, Days: g.Select(c => DayNumber(c.Date)).Where(IsNationalWorkingDayNumber).Distinct().Order().ToArray()))
            .Where(x => x.Days.Length > 0)
            .ToFrozenDictionary(x => x.Key, x => x.Days);
    }

    /// <summary>
    /// Indonesia's national calendar: Monday to Friday, minus the national holidays and <em>cuti bersama</em> of
    /// 2005–2026 (covered years 2005 to 2026), no closures, uncovered years not allowed. The embedded data is parsed
    /// on first use.
    /// </summary>
    /// <remarks>
    /// Holiday data: generated from the vacanza/holidays project (MIT licence); see the type remarks and
    /// THIRD-PARTY-NOTICES.md.
    /// </remarks>
    public static WorkingCalendar Indonesia => BuiltIn.Value;

    /// <summary>
    /// The weekdays on which offices work, Monday first. At least one.
    /// </summary>
    public IReadOnlyList<IsoDayOfWeek> WorkingWeekdays => workingWeekdays;

    /// <summary>
    /// Every holiday, sorted by date (then kind, then name). Different holidays on the same date are all kept.
    /// </summary>
    public IReadOnlyList<Holiday> Holidays => holidays;

    /// <summary>Every kecamatan closure, sorted by kecamatan, date and reason.</summary>
    public IReadOnlyList<KecamatanClosure> Closures => closures;

    /// <summary>The years whose holiday data is complete, in increasing order; possibly with gaps.</summary>
    public IReadOnlyList<int> CoveredYears => coveredYears;

    /// <summary>The first covered year, or null when no year is covered.</summary>
    public int? FirstCoveredYear => coveredYears.IsEmpty ? null : coveredYears[0];

    /// <summary>The last covered year, or null when no year is covered.</summary>
    public int? LastCoveredYear => coveredYears.IsEmpty ? null : coveredYears[^1];

    /// <summary>
    /// Whether queries may touch years without holiday data, which then have only the weekly pattern's days off.
    /// </summary>
    public bool AllowsUncoveredYears => allowUncoveredYears;

    /// <summary>Starts a builder with Monday to Friday, no holidays, no closures and no covered years.</summary>
    /// <returns>A new builder.</returns>
    public static WorkingCalendarBuilder CreateBuilder() => new();

    /// <summary>
    /// Starts a builder pre-filled with this calendar's weekdays, holidays, closures, declared covered years and
    /// opt-in, for example to add Saturday service or a kecamatan's closures to <see cref="Indonesia"/>.
    /// </summary>
    /// <returns>A new builder; changing it does not change this calendar.</returns>
    [Pure]
    public WorkingCalendarBuilder ToBuilder() =>
        new(workingWeekdays, holidays, closures, declaredYears, allowUncoveredYears);

    /// <summary>Whether the holiday data for <paramref name="year"/> is complete.</summary>
    /// <param name="year">The year.</param>
    /// <returns>True when the year was declared covered or has at least one holiday.</returns>
    public bool IsCovered(int year)
    {
        long index = (long)year - firstYear;
        return index >= 0 && index < coveredYearPrefix.Length - 1
            && coveredYearPrefix[index + 1] != coveredYearPrefix[index];
    }

    /// <summary>
    /// Whether <paramref name="date"/> is a national working day: a working weekday that is not a holiday. This is
    /// the working day of R2 (target pro-rating) and R7 (forecast).
    /// </summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <returns>True for a national working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date's year is not covered and uncovered years are not allowed.</exception>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        int day = CheckedDayNumber(date, nameof(date));
        return IsNationalWorkingDayNumber(day);
    }

    /// <summary>
    /// Whether <paramref name="date"/> is a working day for <paramref name="kecamatan"/>: a national working day that
    /// is not one of the kecamatan's closures. This is the working day of R5 (device-days).
    /// </summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <param name="kecamatan">A kecamatan-level code.</param>
    /// <returns>True for a working day of that kecamatan.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date's year is not covered and uncovered years are not allowed.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="kecamatan"/> is not a kecamatan-level code, or the date is not in the ISO calendar.
    /// </exception>
    public bool IsWorkingDay(LocalDate date, RegionCode kecamatan)
    {
        KecamatanClosure.EnsureKecamatan(kecamatan, nameof(kecamatan));
        int day = CheckedDayNumber(date, nameof(date));
        return IsNationalWorkingDayNumber(day)
            && !(closedWorkingDays.TryGetValue(kecamatan, out int[]? closed) && Array.BinarySearch(closed, day) >= 0);
    }

    /// <summary>Counts the national working days in <paramref name="interval"/> (both ends included), in constant time.</summary>
    /// <param name="interval">The dates, in the ISO calendar.</param>
    /// <returns>The number of national working days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval touches an uncovered year and uncovered years are not allowed.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    public int CountWorkingDays(DateInterval interval)
    {
        (int first, int last) = CheckedInterval(interval, nameof(interval));
        return (int)(RunningCount(last + 1) - RunningCount(first));
    }

    /// <summary>
    /// Counts the working days of <paramref name="kecamatan"/> in <paramref name="interval"/> (both ends included):
    /// the national count minus the kecamatan's closures on national working days inside the interval.
    /// </summary>
    /// <param name="interval">The dates, in the ISO calendar.</param>
    /// <param name="kecamatan">A kecamatan-level code.</param>
    /// <returns>The number of working days of that kecamatan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval touches an uncovered year and uncovered years are not allowed.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="kecamatan"/> is not a kecamatan-level code, or the interval is not in the ISO calendar.
    /// </exception>
    public int CountWorkingDays(DateInterval interval, RegionCode kecamatan)
    {
        KecamatanClosure.EnsureKecamatan(kecamatan, nameof(kecamatan));
        (int first, int last) = CheckedInterval(interval, nameof(interval));
        int[] closed = ClosedDays(kecamatan);
        return (int)(RunningCount(last + 1, closed) - RunningCount(first, closed));
    }

    /// <summary>Lists the national working days in <paramref name="interval"/>, in order.</summary>
    /// <param name="interval">The dates, in the ISO calendar.</param>
    /// <returns>The working days, produced lazily; the arguments and coverage are checked at once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval touches an uncovered year and uncovered years are not allowed.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    public IEnumerable<LocalDate> GetWorkingDays(DateInterval interval)
    {
        (int first, int last) = CheckedInterval(interval, nameof(interval));
        return EnumerateWorkingDays(interval.Start, first, last, []);
    }

    /// <summary>Lists the working days of <paramref name="kecamatan"/> in <paramref name="interval"/>, in order.</summary>
    /// <param name="interval">The dates, in the ISO calendar.</param>
    /// <param name="kecamatan">A kecamatan-level code.</param>
    /// <returns>The working days, produced lazily; the arguments and coverage are checked at once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval touches an uncovered year and uncovered years are not allowed.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="kecamatan"/> is not a kecamatan-level code, or the interval is not in the ISO calendar.
    /// </exception>
    public IEnumerable<LocalDate> GetWorkingDays(DateInterval interval, RegionCode kecamatan)
    {
        KecamatanClosure.EnsureKecamatan(kecamatan, nameof(kecamatan));
        (int first, int last) = CheckedInterval(interval, nameof(interval));
        return EnumerateWorkingDays(interval.Start, first, last, ClosedDays(kecamatan));
    }

    /// <summary>
    /// The national working day on which <paramref name="workingDays"/> working days have passed after
    /// <paramref name="date"/>: for a positive count the date <c>r</c> after <paramref name="date"/> such that
    /// <c>r</c> is a working day and <c>CountWorkingDays(date + 1 .. r) == workingDays</c>; for a negative count the
    /// working day <c>r</c> before <paramref name="date"/> with <c>CountWorkingDays(r .. date - 1) == -workingDays</c>;
    /// for 0, <paramref name="date"/> itself (even if it is not a working day). This dates the R7 forecast.
    /// </summary>
    /// <param name="date">The starting date, in the ISO calendar; it is not itself counted.</param>
    /// <param name="workingDays">How many working days to move; negative moves back.</param>
    /// <returns>The date reached.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Uncovered years are not allowed and <paramref name="date"/> or a date on the way is in an uncovered year;
    /// or the result would be outside the dates NodaTime supports.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int workingDays) => AddWorkingDaysCore(date, workingDays, []);

    /// <summary>
    /// The working day of <paramref name="kecamatan"/> on which <paramref name="workingDays"/> of its working days
    /// have passed after <paramref name="date"/>; as <see cref="AddWorkingDays(LocalDate, int)"/>, but skipping the
    /// kecamatan's closures too.
    /// </summary>
    /// <param name="date">The starting date, in the ISO calendar; it is not itself counted.</param>
    /// <param name="workingDays">How many working days to move; negative moves back.</param>
    /// <param name="kecamatan">A kecamatan-level code.</param>
    /// <returns>The date reached.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Uncovered years are not allowed and <paramref name="date"/> or a date on the way is in an uncovered year;
    /// or the result would be outside the dates NodaTime supports.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="kecamatan"/> is not a kecamatan-level code, or <paramref name="date"/> is not in the ISO calendar.
    /// </exception>
    public LocalDate AddWorkingDays(LocalDate date, int workingDays, RegionCode kecamatan)
    {
        KecamatanClosure.EnsureKecamatan(kecamatan, nameof(kecamatan));
        return AddWorkingDaysCore(date, workingDays, ClosedDays(kecamatan));
    }

    /// <summary>
    /// Finds the holiday on <paramref name="date"/>. When several holidays share the date, this returns the first in
    /// <see cref="Holidays"/> order (national holiday before collective leave before regional, then by name); use
    /// <see cref="GetHolidays"/> for all of them.
    /// </summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <param name="holiday">The holiday, or <c>default</c> when there is none.</param>
    /// <returns>True when <paramref name="date"/> is a holiday.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The date's year is not covered and uncovered years are not allowed: "no holiday" would not be known.
    /// </exception>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public bool TryGetHoliday(LocalDate date, out Holiday holiday)
    {
        int day = CheckedDayNumber(date, nameof(date));
        int index = LowerBound(holidayDays, day);
        if (index < holidayDays.Length && holidayDays[index] == day)
        {
            holiday = holidays[index];
            return true;
        }

        holiday = default;
        return false;
    }

    /// <summary>The holidays in <paramref name="interval"/>, sorted as in <see cref="Holidays"/>.</summary>
    /// <param name="interval">The dates, in the ISO calendar.</param>
    /// <returns>The holidays in the interval; possibly several on one date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval touches an uncovered year and uncovered years are not allowed.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    public IReadOnlyList<Holiday> GetHolidays(DateInterval interval)
    {
        (int first, int last) = CheckedInterval(interval, nameof(interval));
        int from = LowerBound(holidayDays, first);
        int to = LowerBound(holidayDays, last + 1);
        return holidays.Slice(from, to - from);
    }

    /// <summary>
    /// Describes the calendar, such as
    /// <c>WorkingCalendar: Monday, Tuesday, Wednesday, Thursday, Friday; 478 holidays; covers 2005 to 2026; 0 kecamatan closures</c>.
    /// </summary>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"WorkingCalendar: {string.Join(", ", workingWeekdays)}; {holidays.Length} holidays; covers {DescribeCoverage()}; {closures.Length} kecamatan closures{(allowUncoveredYears ? "; uncovered years allowed" : string.Empty)}");

    private static WorkingCalendar CreateIndonesia() =>
        CreateBuilder()
            .AddHolidays(BuiltInHolidays.Load())
            .CoverYears(BuiltInHolidays.FirstYear, BuiltInHolidays.LastYear)
            .Build();

    /// <summary>Days since 1970-01-01 of an ISO date (proleptic Gregorian; H. Hinnant's days_from_civil).</summary>
    private static int DayNumber(LocalDate date)
    {
        int year = date.Year;
        int month = date.Month;
        int day = date.Day;
        year -= month <= 2 ? 1 : 0;
        int era = (year >= 0 ? year : year - 399) / 400;
        int yearOfEra = year - (era * 400);
        int dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int index = Array.BinarySearch(sorted, value);
        if (index < 0)
        {
            return ~index;
        }

        // Several holidays may share a day: move to the first.
        while (index > 0 && sorted[index - 1] == value)
        {
            index--;
        }

        return index;
    }

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

    private (int[] CoveredPrefix, int[] RunFirst, int[] RunLast) BuildYearTables(int lastYear)
    {
        int years = lastYear - firstYear + 1;
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
        long weekIndex = FloorDiv((long)day + 3, DaysPerWeek);
        int dayInWeek = (int)((long)day + 3 - (weekIndex * DaysPerWeek));
        return weekPrefix[dayInWeek + 1] != weekPrefix[dayInWeek];
    }

    /// <summary>Working days of the weekly pattern alone before <paramref name="day"/> (from the Monday 1969-12-29).</summary>
    private long WeeklyCount(int day)
    {
        long shifted = (long)day + 3;
        long weeks = FloorDiv(shifted, DaysPerWeek);
        return (weeks * perWeek) + weekPrefix[(int)(shifted - (weeks * DaysPerWeek))];
    }

    /// <summary>National working days before <paramref name="day"/>, from a fixed origin; steps by 1 after each working day.</summary>
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
        closed.Length == 0 ? RunningCount(day) : RunningCount(day) - LowerBound(closed, day);

    private bool IsNationalWorkingDayNumber(int day)
    {
        int index = day - spanStart;
        return index >= 0 && day < spanEnd
            ? spanPrefix[index + 1] != spanPrefix[index]
            : IsWorkingWeekday(day);
    }

    private int[] ClosedDays(RegionCode kecamatan) =>
        closedWorkingDays.TryGetValue(kecamatan, out int[]? closed) ? closed : [];

    private IEnumerable<LocalDate> EnumerateWorkingDays(LocalDate start, int first, int last, int[] closed)
    {
        LocalDate date = start;
        for (int day = first; ; day++)
        {
            if (IsNationalWorkingDayNumber(day) && (closed.Length == 0 || Array.BinarySearch(closed, day) < 0))
            {
                yield return date;
            }

            if (day == last)
            {
                yield break;
            }

            date = date.PlusDays(1);
        }
    }

    private LocalDate AddWorkingDaysCore(LocalDate date, int workingDays, int[] closed)
    {
        int start = CheckedDayNumber(date, nameof(date));
        if (workingDays == 0)
        {
            return date;
        }

        // Search only within the run of consecutive covered years around the start, unless uncovered years are allowed.
        int low = MinDay;
        int high = MaxDay;
        if (!allowUncoveredYears)
        {
            int index = date.Year - firstYear;
            low = DayNumber(new LocalDate(runFirstYear[index], 1, 1));
            high = DayNumber(new LocalDate(runLastYear[index], 12, 31));
        }

        int? result = workingDays > 0
            ? SearchForward(start, workingDays, closed, high)
            : SearchBackward(start, workingDays, closed, low);
        if (result is int found)
        {
            return Epoch.PlusDays(found);
        }

        string direction = workingDays > 0 ? "after" : "before";
        int boundary = workingDays > 0 ? high : low;
        bool outOfNodaRange = workingDays > 0 ? boundary == MaxDay : boundary == MinDay;
        if (outOfNodaRange)
        {
            throw new ArgumentOutOfRangeException(
                nameof(workingDays),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Moving {workingDays} working days from {CalendarText.Format(date)} goes {direction} {CalendarText.Format(Epoch.PlusDays(boundary))}, the {(workingDays > 0 ? "last" : "first")} date NodaTime supports."));
        }

        LocalDate reached = Epoch.PlusDays(workingDays > 0 ? boundary + 1 : boundary - 1);
        throw UncoveredDate(
            reached,
            nameof(workingDays),
            string.Create(CultureInfo.InvariantCulture, $"Moving {workingDays} working days from {CalendarText.Format(date)} reaches "));
    }

    /// <summary>The smallest day r in (start, high] with RunningCount(r + 1) = RunningCount(start + 1) + n, or null.</summary>
    private int? SearchForward(int start, int workingDays, int[] closed, int high)
    {
        if (start >= high)
        {
            return null;
        }

        long target = RunningCount(start + 1, closed) + workingDays;
        int below = start; // RunningCount(below + 1) < target holds for below = start.
        int above;
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

        while (above - below > 1)
        {
            int middle = below + ((above - below) / 2);
            if (RunningCount(middle + 1, closed) >= target)
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

    /// <summary>The largest day r in [low, start) with RunningCount(r) = RunningCount(start) + n (n negative), or null.</summary>
    private int? SearchBackward(int start, int workingDays, int[] closed, int low)
    {
        if (start <= low)
        {
            return null;
        }

        long target = RunningCount(start, closed) + workingDays;
        int above = start; // RunningCount(above) > target holds for above = start.
        int below;
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

        while (above - below > 1)
        {
            int middle = below + ((above - below) / 2);
            if (RunningCount(middle, closed) <= target)
            {
                below = middle;
            }
            else
            {
                above = middle;
            }
        }

        return below;
    }

    private int CheckedDayNumber(LocalDate date, string paramName)
    {
        CalendarText.EnsureIso(date, paramName);
        if (!allowUncoveredYears && !IsCovered(date.Year))
        {
            throw UncoveredDate(date, paramName, string.Empty);
        }

        return DayNumber(date);
    }

    private (int First, int Last) CheckedInterval(DateInterval interval, string paramName)
    {
        ArgumentNullException.ThrowIfNull(interval, paramName);
        CalendarText.EnsureIso(interval.Start, paramName);
        if (!allowUncoveredYears)
        {
            int startYear = interval.Start.Year;
            int endYear = interval.End.Year;
            long from = (long)startYear - firstYear;
            long to = (long)endYear - firstYear;
            bool allCovered = from >= 0 && to < coveredYearPrefix.Length - 1
                && coveredYearPrefix[to + 1] - coveredYearPrefix[from] == endYear - startYear + 1;
            if (!allCovered)
            {
                int year = startYear;
                while (IsCovered(year))
                {
                    year++;
                }

                LocalDate reached = year == startYear ? interval.Start : new LocalDate(year, 1, 1);
                throw UncoveredDate(
                    reached,
                    paramName,
                    $"The interval {CalendarText.Format(interval.Start)} to {CalendarText.Format(interval.End)} includes ");
            }
        }

        return (DayNumber(interval.Start), DayNumber(interval.End));
    }

    private ArgumentOutOfRangeException UncoveredDate(LocalDate date, string paramName, string context)
    {
        string subject = context.Length == 0 ? "The date " : context;
        return new ArgumentOutOfRangeException(
            paramName,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{subject}{CalendarText.Format(date)}, in {date.Year}, a year without holiday data in this working calendar (covered years: {DescribeCoverage()}). A year without holiday data is not assumed to have no holidays (R2, R5, R7). Add that year's holidays or declare it complete with WorkingCalendarBuilder.CoverYears, or opt in with WorkingCalendarBuilder.AllowUncoveredYears() to count only the weekly pattern there."));
    }

    private string DescribeCoverage()
    {
        if (coveredYears.IsEmpty)
        {
            return "none";
        }

        var text = new StringBuilder();
        int runStart = coveredYears[0];
        for (int i = 1; i <= coveredYears.Length; i++)
        {
            if (i < coveredYears.Length && coveredYears[i] == coveredYears[i - 1] + 1)
            {
                continue;
            }

            int runEnd = coveredYears[i - 1];
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(runStart.ToString(CultureInfo.InvariantCulture));
            if (runEnd != runStart)
            {
                text.Append(" to ").Append(runEnd.ToString(CultureInfo.InvariantCulture));
            }

            if (i < coveredYears.Length)
            {
                runStart = coveredYears[i];
            }
        }

        return text.ToString();
    }
}
