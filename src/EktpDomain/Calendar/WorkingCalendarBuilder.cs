using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Calendar;

/// <summary>
/// Builds an immutable <see cref="WorkingCalendar"/>: the working weekdays, the holidays, the kecamatan closures, the
/// years whose holiday data is complete, and whether years without holiday data may be used.
/// </summary>
/// <remarks>
/// <para>
/// A new builder (<see cref="WorkingCalendar.CreateBuilder"/>) starts from Monday to Friday, no holidays, no
/// closures, no covered years, and uncovered years not allowed. <see cref="WorkingCalendar.ToBuilder"/> starts from
/// an existing calendar.
/// </para>
/// <para>
/// Holidays and closures behave as sets: adding an equal value twice keeps one. Several different holidays may share
/// a date (in 2021 Idul Fitri and Ascension Day both fell on 13 May); the date is simply not a working day.
/// </para>
/// <para>Every method except <see cref="Build"/> returns this builder, for chaining.</para>
/// <para>This type is mutable and not thread-safe. The calendars it builds are immutable and thread-safe.</para>
/// </remarks>
public sealed class WorkingCalendarBuilder
{
    private readonly HashSet<Holiday> holidays;
    private readonly HashSet<KecamatanClosure> closures;
    private readonly List<(KecamatanClosure Closure, SourceLocation Source)> closureSources = [];
    private readonly SortedSet<int> declaredYears;
    private IsoDayOfWeek[] workingWeekdays;
    private bool allowUncoveredYears;

    internal WorkingCalendarBuilder()
    {
        holidays = [];
        closures = [];
        declaredYears = [];
        workingWeekdays =
        [
            IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday,
        ];
    }

    internal WorkingCalendarBuilder(
        IEnumerable<IsoDayOfWeek> workingWeekdays,
        IEnumerable<Holiday> holidays,
        IEnumerable<KecamatanClosure> closures,
        IEnumerable<int> declaredYears,
        bool allowUncoveredYears)
    {
        this.workingWeekdays = [.. workingWeekdays];
        this.holidays = [.. holidays];
        this.closures = [.. closures];
        this.declaredYears = [.. declaredYears];
        this.allowUncoveredYears = allowUncoveredYears;
    }

    /// <summary>
    /// Replaces the working weekdays, for example Monday to Saturday for an office with Saturday service. Repeated
    /// days count once.
    /// </summary>
    /// <param name="days">The weekdays on which offices work; at least one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="days"/> is empty: a calendar without working weekdays could never reach a forecast date (R7),
    /// so it is an error rather than a calendar with no working days.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A day is <see cref="IsoDayOfWeek.None"/> or undefined.</exception>
    public WorkingCalendarBuilder WithWorkingWeekdays(params IsoDayOfWeek[] days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Length == 0)
        {
            throw new ArgumentException(
                "A working calendar needs at least one working weekday; with none, no working day and no forecast date could ever be reached.",
                nameof(days));
        }

        foreach (IsoDayOfWeek day in days)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(days),
                    string.Create(CultureInfo.InvariantCulture, $"The working weekday {(int)day} ({day}) is not a day of the week; use Monday to Sunday."));
            }
        }

        workingWeekdays = [.. days];
        return this;
    }

    /// <summary>Adds a holiday. An equal holiday already present is kept once.</summary>
    /// <param name="holiday">The holiday; not the <c>default</c> value, which has no name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="holiday"/> is the <c>default</c> value.</exception>
    public WorkingCalendarBuilder AddHoliday(Holiday holiday)
    {
        EnsureNamed(holiday, nameof(holiday));
        holidays.Add(holiday);
        return this;
    }

    /// <summary>
    /// Adds holidays. Every year that has at least one holiday becomes covered when the calendar is built, so a
    /// user's list that replaces the built-in one (after <see cref="ClearHolidays"/>) covers exactly the years it names.
    /// Either all holidays are added or, if one is invalid, none.
    /// </summary>
    /// <param name="holidays">The holidays.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is null.</exception>
    /// <exception cref="ArgumentException">One of the holidays is the <c>default</c> value.</exception>
    public WorkingCalendarBuilder AddHolidays(IEnumerable<Holiday> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        var list = new List<Holiday>(holidays);
        foreach (Holiday holiday in list)
        {
            EnsureNamed(holiday, nameof(holidays));
        }

        this.holidays.UnionWith(list);
        return this;
    }

    /// <summary>
    /// Removes every holiday <em>and every year declared with <see cref="CoverYears"/></em>, so that the coverage of
    /// the built calendar comes only from what is added afterwards. This is how a user's <c>holidays.csv</c> replaces
    /// the built-in list: the built-in years do not stay covered with no holidays in them.
    /// </summary>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder ClearHolidays()
    {
        holidays.Clear();
        declaredYears.Clear();
        return this;
    }

    /// <summary>Adds a kecamatan closure. An equal closure already present is kept once.</summary>
    /// <param name="closure">The closure.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="closure"/> is null.</exception>
    public WorkingCalendarBuilder AddClosure(KecamatanClosure closure)
    {
        ArgumentNullException.ThrowIfNull(closure);
        closures.Add(closure);
        return this;
    }

    /// <summary>
    /// Adds a kecamatan closure read from bulk input, such as a line of a file. An equal closure already present is
    /// kept once; <see cref="TryBuild"/> reports the closure at <paramref name="source"/> when its kecamatan is not
    /// one of the data's.
    /// </summary>
    /// <param name="closure">The closure.</param>
    /// <param name="source">Where the closure came from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="closure"/> is null.</exception>
    public WorkingCalendarBuilder AddClosure(KecamatanClosure closure, SourceLocation source)
    {
        AddClosure(closure);
        closureSources.Add((closure, source));
        return this;
    }

    /// <summary>Adds kecamatan closures. Either all are added or, if one is null, none.</summary>
    /// <param name="closures">The closures.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="closures"/> or one of its items is null.</exception>
    public WorkingCalendarBuilder AddClosures(IEnumerable<KecamatanClosure> closures)
    {
        ArgumentNullException.ThrowIfNull(closures);
        var list = new List<KecamatanClosure>(closures);
        if (list.Contains(null!))
        {
            throw new ArgumentNullException(nameof(closures), "The closures contain a null item.");
        }

        this.closures.UnionWith(list);
        return this;
    }

    /// <summary>Removes every kecamatan closure.</summary>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder ClearClosures()
    {
        closures.Clear();
        closureSources.Clear();
        return this;
    }

    /// <summary>
    /// Declares that the holiday data for the years <paramref name="first"/> to <paramref name="last"/> is complete,
    /// even for a year with no holiday at all. Queries in these years then count only the weekly pattern minus the
    /// holidays added.
    /// </summary>
    /// <param name="first">The first covered year.</param>
    /// <param name="last">The last covered year; not before <paramref name="first"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A year is outside the ISO years NodaTime supports (-9998 to 9999), or <paramref name="last"/> is before
    /// <paramref name="first"/>.
    /// </exception>
    public WorkingCalendarBuilder CoverYears(int first, int last)
    {
        int minYear = CalendarSystem.Iso.MinYear;
        int maxYear = CalendarSystem.Iso.MaxYear;
        if (first < minYear || first > maxYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(first),
                string.Create(CultureInfo.InvariantCulture, $"The first covered year {first} is outside the ISO years {minYear} to {maxYear}."));
        }

        if (last < first || last > maxYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(last),
                string.Create(CultureInfo.InvariantCulture, $"The last covered year {last} must be from the first covered year {first} to {maxYear}."));
        }

        for (int year = first; year <= last; year++)
        {
            declaredYears.Add(year);
        }

        return this;
    }

    /// <summary>
    /// Opts in to (or back out of) using years without holiday data. When allowed, such a year has only the weekly
    /// pattern's days off; when not allowed (the default), any query touching such a year throws
    /// <see cref="ArgumentOutOfRangeException"/>, because a year with no data must never silently mean "no holidays".
    /// </summary>
    /// <param name="allow">Whether uncovered years may be used.</param>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder AllowUncoveredYears(bool allow = true)
    {
        allowUncoveredYears = allow;
        return this;
    }

    /// <summary>
    /// Builds the calendar. Its covered years are those declared with <see cref="CoverYears"/> plus every year that
    /// has at least one holiday.
    /// </summary>
    /// <returns>A new immutable calendar; later changes to this builder do not affect it.</returns>
    public WorkingCalendar Build() =>
        new(workingWeekdays, holidays, closures, declaredYears, allowUncoveredYears);

    /// <summary>
    /// Builds the calendar after checking that every closure is of a kecamatan in <paramref name="kecamatan"/>, as
    /// for bulk input whose closures must name kecamatan of the data (R5). Each closure of another kecamatan is a
    /// problem, reported at every source it was added with (<see cref="AddClosure(KecamatanClosure, SourceLocation)"/>),
    /// or once without a location when it was added without one.
    /// </summary>
    /// <param name="kecamatan">The kecamatan the closures may name, such as those of the eligible population.</param>
    /// <param name="calendar">The calendar, as <see cref="Build"/> makes it; null when there are problems.</param>
    /// <param name="problems">The problems, in the order the closures were added; empty when the calendar is built.</param>
    /// <returns>Whether the calendar was built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kecamatan"/> is null.</exception>
    /// <exception cref="ArgumentException">A code in <paramref name="kecamatan"/> is not a kecamatan code.</exception>
    public bool TryBuild(
        IEnumerable<RegionCode> kecamatan,
        [NotNullWhen(true)] out WorkingCalendar? calendar,
        out ImmutableArray<DataProblem> problems)
    {
        var known = new KecamatanIndex(kecamatan, nameof(kecamatan));
        var found = ImmutableArray.CreateBuilder<DataProblem>();
        var located = new HashSet<KecamatanClosure>();
        foreach (var (closure, source) in closureSources)
        {
            located.Add(closure);
            if (known.IndexOf(closure.Kecamatan) < 0)
            {
                found.Add(new DataProblem(source, UnknownKecamatan(closure)));
            }
        }

        foreach (var closure in closures)
        {
            if (!located.Contains(closure) && known.IndexOf(closure.Kecamatan) < 0)
            {
                found.Add(new DataProblem(SourceLocation.None, UnknownKecamatan(closure)));
            }
        }

        problems = found.ToImmutable();
        calendar = problems.IsEmpty ? Build() : null;
        return calendar is not null;
    }

    private static string UnknownKecamatan(KecamatanClosure closure) =>
        $"unknown kecamatan '{closure.Kecamatan}': it is not in the kecamatan list.";

    private static void EnsureNamed(Holiday holiday, string paramName)
    {
        if (holiday.Name.Length == 0)
        {
            throw new ArgumentException(
                "default(Holiday) has no name and cannot be added to a working calendar; create holidays with new Holiday(date, name, kind).",
                paramName);
        }
    }
}
