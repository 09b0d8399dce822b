using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Calendar;

/// <summary>The calendar's culture-independent date text and its error messages, in one place.</summary>
internal static class CalendarText
{
    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A query touches <paramref name="date"/>, in a year without holiday data.</summary>
    /// <param name="date">The first date of an uncovered year that the query reaches.</param>
    /// <param name="paramName">The parameter that leads there.</param>
    /// <param name="context">How the query reaches the date, such as "The interval … includes "; empty for the date itself.</param>
    /// <param name="coveredYears">The calendar's covered years.</param>
    internal static ArgumentOutOfRangeException UncoveredDate(LocalDate date, string paramName, string context, IReadOnlyList<int> coveredYears)
    {
        string subject = context.Length == 0 ? "The date " : context;
        return new ArgumentOutOfRangeException(
            paramName,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{subject}{Format(date)}, in {date.Year}, a year without holiday data in this working calendar (covered years: {DescribeCoverage(coveredYears)}). A year without holiday data is not assumed to have no holidays. Add that year's holidays or declare it complete with WorkingCalendarBuilder.CoverYears, or opt in with WorkingCalendarBuilder.AllowUncoveredYears() to count only the weekly pattern there."));
    }

    internal static string IntervalReaches(DateInterval interval) =>
        $"The interval {Format(interval.Start)} to {Format(interval.End)} includes ";

    internal static string MoveReaches(LocalDate date, int workingDays) =>
        string.Create(CultureInfo.InvariantCulture, $"Moving {workingDays} working days from {Format(date)} reaches ");

    /// <summary>Moving by working days would leave the dates NodaTime supports, which end at <paramref name="boundary"/>.</summary>
    internal static ArgumentOutOfRangeException BeyondNodaTime(LocalDate date, int workingDays, LocalDate boundary, string paramName)
    {
        string direction = workingDays > 0 ? "after" : "before";
        return new ArgumentOutOfRangeException(
            paramName,
            string.Create(
                CultureInfo.InvariantCulture,
                $"Moving {workingDays} working days from {Format(date)} goes {direction} {Format(boundary)}, the {(workingDays > 0 ? "last" : "first")} date NodaTime supports."));
    }

    /// <summary>The covered years as runs, such as <c>2005 to 2026</c> or <c>2011, 2013 to 2014</c>; <c>none</c> when there are none.</summary>
    internal static string DescribeCoverage(IReadOnlyList<int> coveredYears)
    {
        if (coveredYears.Count == 0)
        {
            return "none";
        }

        var text = new StringBuilder();
        int runStart = coveredYears[0];
        for (int i = 1; i <= coveredYears.Count; i++)
        {
            if (i < coveredYears.Count && coveredYears[i] == coveredYears[i - 1] + 1)
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

            if (i < coveredYears.Count)
            {
                runStart = coveredYears[i];
            }
        }

        return text.ToString();
    }
}
