using System;
using System.Collections.Generic;
using EktpDomain.Calendar;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Findings;

/// <summary>
/// R13 <c>unsent-records</c>: records captured at a site but not yet sent to the central server. A set that holds at
/// least 500 unsent records, or an unsent record older than 3 working days, is a warning; a <c>software</c> or
/// <c>credential-change</c> incident that starts while records are unsent there is critical. Recommended actions:
/// send the waiting records every day; after such an incident, check what survived and re-record the rest.
/// </summary>
/// <remarks>
/// <para>
/// The unsent records come from <see cref="RecordingData.Unsent"/>; without a sync log the rule finds nothing.
/// </para>
/// <para>
/// Warnings: at most one per tracked set and kecamatan, over the end of each day of the window, with the peak count
/// (and its first day), the oldest age in working days of the kecamatan (and the day that record was recorded), and
/// the finding's date the first day a threshold was reached.
/// </para>
/// <para>
/// Critical: one per incident that starts in the window with the component <see cref="DeviceComponent.Software"/> or
/// the cause <see cref="IncidentCause.CredentialChange"/>, when records were unsent at the end of the day before it
/// started: of the set it names, or, for a site-wide incident, of every tracked set of its kecamatan. The finding
/// names how many records were at risk.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class UnsentRecordsRule : IIncidentRule
{
    /// <summary>The rule's id, <c>unsent-records</c>.</summary>
    public const string RuleId = "unsent-records";

    /// <summary>Creates the rule with its thresholds.</summary>
    /// <param name="countThreshold">The unsent records from which a set is reported; at least 1. Default 500 (R13).</param>
    /// <param name="ageWorkingDays">The age in working days that an unsent record must exceed for its set to be reported; at least 0. Default 3 (R13).</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of range.</exception>
    public UnsentRecordsRule(long countThreshold = 500, int ageWorkingDays = 3)
    {
        Preconditions.AtLeast(countThreshold, 1, nameof(countThreshold), $"{nameof(countThreshold)} of '{RuleId}'", "unsent record");
        Preconditions.AtLeast(ageWorkingDays, 0, nameof(ageWorkingDays), $"{nameof(ageWorkingDays)} of '{RuleId}'", "working days");
        CountThreshold = countThreshold;
        AgeWorkingDays = ageWorkingDays;
    }

    /// <inheritdoc />
    public string Id => RuleId;

    /// <summary>The unsent records from which a set is reported (default 500).</summary>
    public long CountThreshold { get; }

    /// <summary>The age in working days an unsent record must exceed for its set to be reported (default 3).</summary>
    public int AgeWorkingDays { get; }

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(IncidentRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = new List<Finding>();
        var unsent = context.Data.Unsent;
        if (unsent is null)
        {
            return result;
        }

        foreach (var (kecamatan, device, timeline) in unsent.Timelines())
        {
            if (context.Contains(kecamatan) && Analyse(timeline, kecamatan, device, context.Window, context.Data.Calendar) is var (details, first))
            {
                result.Add(new Finding(RuleId, FindingSeverity.Warning, kecamatan, device, details) { Date = first });
            }
        }

        foreach (var incident in context.Incidents?.Incidents ?? [])
        {
            if ((incident.Component == DeviceComponent.Software || incident.Cause == IncidentCause.CredentialChange)
                && context.Window.Contains(incident.Start)
                && context.Contains(incident.Kecamatan))
            {
                var dayBefore = incident.Start.PlusDays(-1);
                long atRisk = incident.Device is string set
                    ? unsent.GetUnsent(incident.Kecamatan, set, dayBefore)
                    : unsent.GetUnsent(incident.Kecamatan, dayBefore);
                if (atRisk > 0)
                {
                    result.Add(new Finding(RuleId, FindingSeverity.Critical, incident.Kecamatan, incident.Device, new UnsentAtRiskDetails(incident, atRisk))
                    {
                        Date = incident.Start,
                        Incidents = [incident.Id],
                    });
                }
            }
        }

        return result;
    }

    /// <summary>
    /// One set's warning over the window, or null: its states are constant between changes, so each stretch is
    /// judged by its count and by its oldest record's age on its last day.
    /// </summary>
    private (UnsentRecordsDetails Details, LocalDate First)? Analyse(UnsentTimeline timeline, RegionCode kecamatan, string device, DateInterval window, WorkingCalendar calendar)
    {
        int windowStart = DayNumber.Of(window.Start), windowEnd = DayNumber.Of(window.End);
        int[] closed = calendar.Index.ClosedDays(kecamatan);
        long peak = 0;
        int peakDay = 0, maxAge = -1, maxAgeOldest = 0, first = int.MaxValue;
        int i = Math.Max(timeline.IndexAt(windowStart), 0);
        for (; i < timeline.Length && timeline.Day(i) <= windowEnd; i++)
        {
            long count = timeline.Count(i);
            if (count == 0)
            {
                continue;
            }

            int from = Math.Max(timeline.Day(i), windowStart);
            int to = i + 1 < timeline.Length ? Math.Min(timeline.Day(i + 1) - 1, windowEnd) : windowEnd;
            if (to < from)
            {
                continue;
            }

            int oldest = timeline.Oldest(i);
            if (count > peak)
            {
                peak = count;
                peakDay = from;
            }

            int age = WorkingDaysAfter(calendar, closed, kecamatan, oldest, to);
            if (age > maxAge)
            {
                maxAge = age;
                maxAgeOldest = oldest;
            }

            if (first == int.MaxValue)
            {
                if (count >= CountThreshold)
                {
                    first = from;
                }
                else if (age > AgeWorkingDays)
                {
                    int ageAtFrom = WorkingDaysAfter(calendar, closed, kecamatan, oldest, from);
                    first = ageAtFrom > AgeWorkingDays
                        ? from
                        : DayNumber.Of(calendar.AddWorkingDays(DayNumber.ToDate(from), AgeWorkingDays + 1 - ageAtFrom, kecamatan));
                }
            }
        }

        if (first == int.MaxValue)
        {
            return null;
        }

        var details = new UnsentRecordsDetails(device, peak, DayNumber.ToDate(peakDay), maxAge, DayNumber.ToDate(maxAgeOldest), CountThreshold, AgeWorkingDays);
        return (details, DayNumber.ToDate(first));
    }

    /// <summary>
    /// The kecamatan's working days after <paramref name="recorded"/> up to and including <paramref name="asOf"/>;
    /// years the calendar cannot answer for are left out rather than guessed.
    /// </summary>
    /// <remarks>
    /// Called for every stretch of every set: when the calendar covers the whole span (nearly always), the count is
    /// two lookups in the calendar's index, without an interval or its checks.
    /// </remarks>
    private static int WorkingDaysAfter(WorkingCalendar calendar, int[] closed, RegionCode kecamatan, int recorded, int asOf)
    {
        if (asOf <= recorded)
        {
            return 0;
        }

        var index = calendar.Index;
        if (calendar.AllowsUncoveredYears || index.AreCovered(DayNumber.ToDate(recorded + 1).Year, DayNumber.ToDate(asOf).Year))
        {
            return index.Count(recorded + 1, asOf, closed);
        }

        var interval = new DateInterval(DayNumber.ToDate(recorded + 1), DayNumber.ToDate(asOf));
        while (!calendar.CanQuery(interval, out int year))
        {
            if (year >= interval.End.Year)
            {
                return 0;
            }

            interval = new DateInterval(new LocalDate(year + 1, 1, 1), interval.End);
        }

        return calendar.CountWorkingDays(interval, kecamatan);
    }
}
