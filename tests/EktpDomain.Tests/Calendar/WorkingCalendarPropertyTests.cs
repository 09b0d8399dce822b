using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Calendar;
using EktpDomain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace EktpDomain.Tests.Calendar;

/// <summary>
/// Invariants of <see cref="WorkingCalendar"/>, checked against an independent day-by-day model built from the
/// calendar's public lists (weekdays, holidays, closures).
/// </summary>
public class WorkingCalendarPropertyTests
{
    [FsCheck.Xunit.Property(Arbitrary = [typeof(CalendarGenerators)], MaxTest = 200 / Cases.Divisor)]
    public bool Property_CountOverAnySplit_IsTheSumOfTheParts(CalendarCase c)
    {
        var whole = new DateInterval(c.Start, c.End);
        var left = new DateInterval(c.Start, c.Split);
        var right = new DateInterval(c.Split.PlusDays(1), c.End);

        return c.Calendar.CountWorkingDays(whole) == c.Calendar.CountWorkingDays(left) + c.Calendar.CountWorkingDays(right)
            && c.Calendar.CountWorkingDays(whole, c.Kecamatan)
                == c.Calendar.CountWorkingDays(left, c.Kecamatan) + c.Calendar.CountWorkingDays(right, c.Kecamatan);
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(CalendarGenerators)], MaxTest = 200 / Cases.Divisor)]
    public bool Property_Count_EqualsDaysThatAreWorkingDays(CalendarCase c)
    {
        var interval = new DateInterval(c.Start, c.End);
        var days = Enumerable.Range(0, interval.Length).Select(i => c.Start.PlusDays(i)).ToList();

        return c.Calendar.CountWorkingDays(interval) == days.Count(d => c.Calendar.IsWorkingDay(d))
            && c.Calendar.CountWorkingDays(interval, c.Kecamatan) == days.Count(d => c.Calendar.IsWorkingDay(d, c.Kecamatan))
            && c.Calendar.GetWorkingDays(interval).SequenceEqual(days.Where(d => c.Calendar.IsWorkingDay(d)))
            && c.Calendar.GetWorkingDays(interval, c.Kecamatan).SequenceEqual(days.Where(d => c.Calendar.IsWorkingDay(d, c.Kecamatan)));
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(CalendarGenerators)], MaxTest = 200 / Cases.Divisor)]
    public bool Property_IsWorkingDay_MatchesTheDefinition(CalendarCase c)
    {
        var holidayDates = c.Calendar.Holidays.Select(h => h.Date).ToHashSet();
        var closed = c.Calendar.Closures.Where(x => x.Kecamatan == c.Kecamatan).Select(x => x.Date).ToHashSet();
        var interval = new DateInterval(c.Start, c.End);

        return interval.All(d =>
        {
            bool national = c.Calendar.WorkingWeekdays.Contains(d.DayOfWeek) && !holidayDates.Contains(d);
            return c.Calendar.IsWorkingDay(d) == national
                && c.Calendar.IsWorkingDay(d, c.Kecamatan) == (national && !closed.Contains(d))
                && c.Calendar.IsWorkingDay(d, c.OtherKecamatan) == national;
        });
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(CalendarGenerators)], MaxTest = 300 / Cases.Divisor)]
    public bool Property_AddWorkingDays_LandsOnAWorkingDayAfterExactlyN(CalendarCase c)
    {
        int n = c.WorkingDays;
        LocalDate national = c.Calendar.AddWorkingDays(c.Start, n);
        LocalDate local = c.Calendar.AddWorkingDays(c.Start, n, c.Kecamatan);

        if (n == 0)
        {
            return national == c.Start && local == c.Start;
        }

        if (n > 0)
        {
            return national > c.Start && c.Calendar.IsWorkingDay(national)
                && c.Calendar.CountWorkingDays(new DateInterval(c.Start.PlusDays(1), national)) == n
                && local > c.Start && c.Calendar.IsWorkingDay(local, c.Kecamatan)
                && c.Calendar.CountWorkingDays(new DateInterval(c.Start.PlusDays(1), local), c.Kecamatan) == n;
        }

        return national < c.Start && c.Calendar.IsWorkingDay(national)
            && c.Calendar.CountWorkingDays(new DateInterval(national, c.Start.PlusDays(-1))) == -n
            && local < c.Start && c.Calendar.IsWorkingDay(local, c.Kecamatan)
            && c.Calendar.CountWorkingDays(new DateInterval(local, c.Start.PlusDays(-1)), c.Kecamatan) == -n;
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(CalendarGenerators)], MaxTest = 200 / Cases.Divisor)]
    public bool Property_AddWorkingDays_ThereAndBackReturnsToAWorkingStart(CalendarCase c)
    {
        var start = c.Calendar.IsWorkingDay(c.Start) ? c.Start : c.Calendar.AddWorkingDays(c.Start, 1);
        var there = c.Calendar.AddWorkingDays(start, c.WorkingDays);

        return c.Calendar.AddWorkingDays(there, -c.WorkingDays) == start;
    }
}

/// <summary>One generated calendar with an interval, a split point, a kecamatan with closures and a step count.</summary>
public sealed record CalendarCase(
    string Description,
    WorkingCalendar Calendar,
    LocalDate Start,
    LocalDate End,
    LocalDate Split,
    RegionCode Kecamatan,
    RegionCode OtherKecamatan,
    int WorkingDays)
{
    public override string ToString() =>
        $"{Description}; {Start:uuuu-MM-dd}..{End:uuuu-MM-dd} split after {Split:uuuu-MM-dd}; n = {WorkingDays}; {Calendar}";
}

/// <summary>FsCheck generators for <see cref="CalendarCase"/>.</summary>
public static class CalendarGenerators
{
    private static readonly RegionCode Kecamatan = new(36, 3, 27);
    private static readonly RegionCode Other = new(36, 3, 1);

    public static Arbitrary<CalendarCase> Cases()
    {
        var gen =
            from variant in Gen.Choose(0, 3)
            from seed in Gen.Choose(0, int.MaxValue - 1)
            from startFraction in Gen.Choose(0, 10_000)
            from length in Gen.Choose(1, 800)
            from splitFraction in Gen.Choose(0, 10_000)
            from workingDays in Gen.Choose(-250, 250)
            select Create(variant, seed, startFraction, length, splitFraction, workingDays);
        return gen.ToArbitrary();
    }

    private static CalendarCase Create(int variant, int seed, int startFraction, int length, int splitFraction, int workingDays)
    {
        var random = new Random(seed);
        WorkingCalendarBuilder builder;
        int firstYear;
        int lastYear;
        string description;
        switch (variant)
        {
            case 0:
                builder = WorkingCalendar.Indonesia.ToBuilder();
                (firstYear, lastYear, description) = (2005, 2026, "Indonesia");
                break;
            case 1:
                builder = WorkingCalendar.Indonesia.ToBuilder().WithWorkingWeekdays(RandomWeekdays(random));
                (firstYear, lastYear, description) = (2005, 2026, "Indonesia with other weekdays");
                break;
            case 2:
                builder = WorkingCalendar.CreateBuilder().WithWorkingWeekdays(RandomWeekdays(random)).CoverYears(2010, 2014);
                builder.AddHolidays(RandomDates(random, new LocalDate(2010, 1, 1), 5 * 365, random.Next(0, 120))
                    .Select(d => new Holiday(d, "Libur " + random.Next(3), (HolidayKind)random.Next(3))));
                (firstYear, lastYear, description) = (2010, 2014, "user holidays 2010-2014");
                break;
            default:
                builder = WorkingCalendar.CreateBuilder().WithWorkingWeekdays(RandomWeekdays(random)).AllowUncoveredYears();
                (firstYear, lastYear, description) = (1990, 2030, "weekly pattern only, uncovered years allowed");
                break;
        }

        var rangeStart = new LocalDate(firstYear, 1, 1);
        int rangeDays = Period.Between(rangeStart, new LocalDate(lastYear, 12, 31), PeriodUnits.Days).Days + 1;
        foreach (var date in RandomDates(random, rangeStart, rangeDays, random.Next(0, 60)))
        {
            builder.AddClosure(new KecamatanClosure(Kecamatan, date, "Tutup " + random.Next(2)));
        }

        // A far-away kecamatan with closures must not disturb the ones under test.
        builder.AddClosure(new KecamatanClosure(new RegionCode(91, 1, 1), rangeStart.PlusDays(random.Next(rangeDays)), "Lain"));

        // Covered calendars: start at least 550 days from the ends of the range, so that AddWorkingDays stays inside it.
        int margin = variant == 3 ? 0 : Math.Min(rangeDays / 3, 550);
        int usable = rangeDays - (2 * margin);
        var start = rangeStart.PlusDays(margin + (int)((long)startFraction * (usable - 1) / 10_000));
        int maxLength = Period.Between(start, new LocalDate(lastYear, 12, 31), PeriodUnits.Days).Days + 1;
        int actualLength = Math.Max(2, Math.Min(length, maxLength));
        var end = start.PlusDays(actualLength - 1);
        var split = start.PlusDays((int)((long)splitFraction * (actualLength - 2) / 10_000));
        var calendar = builder.Build();

        // Scale the step by the working weekdays, so that at most about 250 calendar days are crossed (plus holidays).
        int steps = variant == 3 ? workingDays : workingDays * calendar.WorkingWeekdays.Count / 7;
        return new CalendarCase($"{description}, seed {seed}", calendar, start, end, split, Kecamatan, Other, steps);
    }

    private static IsoDayOfWeek[] RandomWeekdays(Random random)
    {
        var days = Enumerable.Range(1, 7).Where(_ => random.Next(3) > 0).Select(d => (IsoDayOfWeek)d).ToArray();
        return days.Length > 0 ? days : [(IsoDayOfWeek)random.Next(1, 8)];
    }

    private static List<LocalDate> RandomDates(Random random, LocalDate first, int days, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => first.PlusDays(random.Next(days)))];
}
