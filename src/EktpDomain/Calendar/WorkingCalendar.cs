using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Linq;
using System.Threading;
using EktpDomain.Utility;
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
/// pattern's days off. <see cref="CanQuery(DateInterval, out int)"/> tells beforehand whether a period is answered.
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
    // Queries check their arguments and the coverage here, then ask the index, built once. Its running
    // count of working days over the covered span makes national IsWorkingDay and CountWorkingDays constant-time
    // (outside the span the weekly pattern is counted arithmetically); kecamatan queries add a binary search over
    // that kecamatan's sorted closures; AddWorkingDays searches the running count, in time logarithmic in the distance.
    private static readonly Lazy<WorkingCalendar> BuiltIn = new(CreateIndonesia, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableArray<IsoDayOfWeek> workingWeekdays;
    private readonly ImmutableArray<Holiday> holidays;
    private readonly ImmutableArray<KecamatanClosure> closures;
    private readonly ImmutableArray<int> declaredYears;
    private readonly ImmutableArray<int> coveredYears;
    private readonly bool allowUncoveredYears;
    private readonly WorkingDayIndex index;

    internal WorkingCalendar(
        IEnumerable<IsoDayOfWeek> weekdays,
        IEnumerable<Holiday> holidayItems,
        IEnumerable<KecamatanClosure> closureItems,
        IEnumerable<int> declared,
        bool allowUncovered)
    {
        workingWeekdays = [.. weekdays.Distinct().Order()];
        holidays = [.. holidayItems.Distinct().Order()];
        declaredYears = [.. declared.Distinct().Order()];
        coveredYears = [.. declaredYears.Concat(holidays.Select(h => h.Date.Year)).Distinct().Order()];
        allowUncoveredYears = allowUncovered;
        closures = [.. closureItems.Distinct()
            .OrderBy(c => c.Kecamatan)
            .ThenBy(c => c.Date)
            .ThenBy(c => c.Reason, StringComparer.Ordinal)];
        index = new WorkingDayIndex(workingWeekdays, holidays, coveredYears, closures);
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

    /// <summary>The tables queries are answered from, for fast paths inside the library that count by day number.</summary>
    internal WorkingDayIndex Index => index;

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
    public bool IsCovered(int year) => index.IsCovered(year);

    /// <summary>
    /// Whether queries over <paramref name="interval"/> are answered rather than rejected for a year without holiday
    /// data: every year the interval touches is covered, or uncovered years are allowed. Check a period with this
    /// before querying it, to report a missing year as bad input instead of catching the exception.
    /// </summary>
    /// <param name="interval">The dates, in the ISO calendar.</param>
    /// <param name="uncoveredYear">When the queries are rejected, the first year of the interval that is not covered; otherwise 0.</param>
    /// <returns>True when the queries are answered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    public bool CanQuery(DateInterval interval, out int uncoveredYear)
    {
        ArgumentNullException.ThrowIfNull(interval);
        Preconditions.CheckIso(interval.Start, "interval's first day", nameof(interval));
        int? rejected = FirstRejectedYear(interval);
        uncoveredYear = rejected ?? 0;
        return rejected is null;
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
        return index.IsWorkingDay(CheckedDayNumber(date, nameof(date)));
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
        Preconditions.CheckKecamatan(kecamatan, "a working-day query", nameof(kecamatan));
        return index.IsWorkingDay(CheckedDayNumber(date, nameof(date)), index.ClosedDays(kecamatan));
    }

    /// <summary>Counts the national working days in <paramref name="interval"/> (both ends included).</summary>
    /// <param name="interval">The dates, in the ISO calendar.</param>
    /// <returns>The number of national working days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval touches an uncovered year and uncovered years are not allowed.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    public int CountWorkingDays(DateInterval interval)
    {
        (int first, int last) = CheckedInterval(interval, nameof(interval));
        return index.Count(first, last, []);
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
        Preconditions.CheckKecamatan(kecamatan, "a working-day query", nameof(kecamatan));
        (int first, int last) = CheckedInterval(interval, nameof(interval));
        return index.Count(first, last, index.ClosedDays(kecamatan));
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
        Preconditions.CheckKecamatan(kecamatan, "a working-day query", nameof(kecamatan));
        (int first, int last) = CheckedInterval(interval, nameof(interval));
        return EnumerateWorkingDays(interval.Start, first, last, index.ClosedDays(kecamatan));
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
        Preconditions.CheckKecamatan(kecamatan, "a working-day query", nameof(kecamatan));
        return AddWorkingDaysCore(date, workingDays, index.ClosedDays(kecamatan));
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
        int first = index.HolidaysBefore(day);
        if (first < index.HolidaysBefore(day + 1))
        {
            holiday = holidays[first];
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
        int from = index.HolidaysBefore(first);
        int to = index.HolidaysBefore(last + 1);
        return holidays.Slice(from, to - from);
    }

    /// <summary>
    /// Describes the calendar, such as
    /// <c>WorkingCalendar: Monday, Tuesday, Wednesday, Thursday, Friday; 478 holidays; covers 2005 to 2026; 0 kecamatan closures</c>.
    /// </summary>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"WorkingCalendar: {string.Join(", ", workingWeekdays)}; {holidays.Length} holidays; covers {CalendarText.DescribeCoverage(coveredYears)}; {closures.Length} kecamatan closures{(allowUncoveredYears ? "; uncovered years allowed" : string.Empty)}");

    private static WorkingCalendar CreateIndonesia() =>
        CreateBuilder()
            .AddHolidays(BuiltInHolidays.Load())
            .CoverYears(BuiltInHolidays.FirstYear, BuiltInHolidays.LastYear)
            .Build();

    private IEnumerable<LocalDate> EnumerateWorkingDays(LocalDate start, int first, int last, int[] closed)
    {
        LocalDate date = start;
        for (int day = first; ; day++)
        {
            if (index.IsWorkingDay(day, closed))
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

    /// <summary>
    /// As <see cref="AddWorkingDays(LocalDate, int)"/>, or with <paramref name="kecamatan"/> as
    /// <see cref="AddWorkingDays(LocalDate, int, RegionCode)"/>, but false instead of an exception when the move runs
    /// past the calendar's holiday data or past the dates NodaTime supports; for the forecast, where that is an answer.
    /// </summary>
    internal bool TryAddWorkingDays(LocalDate date, int workingDays, RegionCode? kecamatan, out LocalDate reached) =>
        TryAddWorkingDaysCore(date, workingDays, kecamatan is RegionCode code ? index.ClosedDays(code) : [], out reached, out _);

    private LocalDate AddWorkingDaysCore(LocalDate date, int workingDays, int[] closed)
    {
        if (TryAddWorkingDaysCore(date, workingDays, closed, out var reached, out int boundary))
        {
            return reached;
        }

        if (boundary == (workingDays > 0 ? WorkingDayIndex.MaxDay : WorkingDayIndex.MinDay))
        {
            throw CalendarText.BeyondNodaTime(date, workingDays, DayNumber.ToDate(boundary), nameof(workingDays));
        }

        LocalDate past = DayNumber.ToDate(workingDays > 0 ? boundary + 1 : boundary - 1);
        throw CalendarText.UncoveredDate(past, nameof(workingDays), CalendarText.MoveReaches(date, workingDays), coveredYears);
    }

    /// <summary>The move of <see cref="AddWorkingDaysCore"/>; when it fails, <paramref name="boundary"/> is the last day it could search.</summary>
    private bool TryAddWorkingDaysCore(LocalDate date, int workingDays, int[] closed, out LocalDate reached, out int boundary)
    {
        int start = CheckedDayNumber(date, nameof(date));
        reached = date;
        boundary = start;
        if (workingDays == 0)
        {
            return true;
        }

        // Search only within the run of consecutive covered years around the start, unless uncovered years are allowed.
        (int low, int high) = allowUncoveredYears ? (WorkingDayIndex.MinDay, WorkingDayIndex.MaxDay) : index.CoveredRun(date.Year);
        if (index.Move(start, workingDays, closed, low, high) is int found)
        {
            reached = DayNumber.ToDate(found);
            return true;
        }

        boundary = workingDays > 0 ? high : low;
        return false;
    }

    private int CheckedDayNumber(LocalDate date, string paramName)
    {
        Preconditions.CheckIso(date, "date", paramName);
        if (!allowUncoveredYears && !index.IsCovered(date.Year))
        {
            throw CalendarText.UncoveredDate(date, paramName, string.Empty, coveredYears);
        }

        return DayNumber.Of(date);
    }

    /// <summary>Checks an interval as every query over one does; returns the day numbers of its first and last day.</summary>
    internal (int First, int Last) CheckedInterval(DateInterval interval, string paramName)
    {
        ArgumentNullException.ThrowIfNull(interval, paramName);
        Preconditions.CheckIso(interval.Start, "interval's first day", paramName);
        if (FirstRejectedYear(interval) is int year)
        {
            LocalDate reached = year == interval.Start.Year ? interval.Start : new LocalDate(year, 1, 1);
            throw CalendarText.UncoveredDate(reached, paramName, CalendarText.IntervalReaches(interval), coveredYears);
        }

        return (DayNumber.Of(interval.Start), DayNumber.Of(interval.End));
    }

    /// <summary>The first year of the interval that queries reject for want of holiday data, or null when there is none.</summary>
    private int? FirstRejectedYear(DateInterval interval)
    {
        int startYear = interval.Start.Year;
        if (allowUncoveredYears || index.AreCovered(startYear, interval.End.Year))
        {
            return null;
        }

        int year = startYear;
        while (index.IsCovered(year))
        {
            year++;
        }

        return year;
    }
}
