using System;
using System.Diagnostics;
using System.Globalization;
using EktpDomain.Calendar;
using EktpDomain.Recording;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Targets;

/// <summary>
/// Computes targets by rule R2 for any window: a window inside one month is held to that month's target, and a
/// window across several months is held to the sum of their targets, each pro-rated when pro-rating is on and the
/// month is only partly covered.
/// </summary>
/// <remarks>
/// <para>
/// Implements R2 of the calculation rules. For each calendar month the window touches, the policy gives the exact
/// requirement for the whole month (eligible × p by default). The month's target is that requirement rounded up;
/// with <see cref="TargetProrating.WorkingDays"/> and a partly covered month, it is
/// ceil(requirement × national working days in the covered part ÷ national working days in the month). A month with no
/// national working days has a pro-rated target of zero.
/// </para>
/// <para>
/// The eligible count and the coverage handed to the policy are taken on the first day of the covered part of each
/// month (R1, R3). The result for a parent region is the sum of its kecamatan's targets; it is never recomputed from
/// the parent's eligible count.
/// </para>
/// <para>Immutable and thread-safe when its policy is.</para>
/// </remarks>
public sealed class TargetCalculator
{
    /// <summary>Creates a calculator.</summary>
    /// <param name="policy">The target policy.</param>
    /// <param name="prorating">Whether partly covered months are pro-rated.</param>
    /// <param name="calendar">The calendar whose national working days pro-rate targets.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="prorating"/> is undefined.</exception>
    public TargetCalculator(ITargetPolicy policy, TargetProrating prorating, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        CheckProrating(prorating, nameof(prorating), "The pro-rating");
        Policy = policy;
        Prorating = prorating;
        Calendar = calendar;
    }

    /// <summary>The target policy.</summary>
    public ITargetPolicy Policy { get; }

    /// <summary>Whether partly covered months are pro-rated.</summary>
    public TargetProrating Prorating { get; }

    /// <summary>Returns <paramref name="value"/> when it is a defined pro-rating; otherwise throws, naming <paramref name="what"/> and the value.</summary>
    internal static TargetProrating CheckProrating(TargetProrating value, string paramName, string what) =>
        value is TargetProrating.None or TargetProrating.WorkingDays
            ? value
            : throw new ArgumentOutOfRangeException(paramName, string.Create(CultureInfo.InvariantCulture, $"{what} must be None or WorkingDays, not {(int)value}."));

    /// <summary>The calendar used for pro-rating.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The target of one kecamatan over a window (R2).</summary>
    /// <param name="kecamatan">A kecamatan of <paramref name="population"/>.</param>
    /// <param name="window">The window, inclusive, in the ISO calendar. A <see cref="DateInterval"/> never ends before it starts: NodaTime's constructor rejects that, before this method is called, so check dates that come from a user when you build it.</param>
    /// <param name="population">The eligible counts (R1).</param>
    /// <param name="ledger">The ledger, for policies that need the coverage at the start of a month; may be null when the policy does not.</param>
    /// <returns>The target: zero or more.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> or <paramref name="population"/> is null.</exception>
    /// <exception cref="ArgumentException">The kecamatan is unknown to the population, or the window is not in the ISO calendar.</exception>
    /// <exception cref="InvalidOperationException">The policy returned a negative requirement.</exception>
    /// <exception cref="OverflowException">The target does not fit in a <see cref="long"/>.</exception>
    public long GetTarget(RegionCode kecamatan, DateInterval window, EligiblePopulation population, RecordingLedger? ledger)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(population);
        Preconditions.CheckIso(window.Start, "window's first day", nameof(window));
        Preconditions.CheckKecamatan(kecamatan, "a target (a parent's target is the sum of its kecamatan's)", nameof(kecamatan));

        var parts = MonthParts(window);
        Span<long> eligible = parts.Length <= 32 ? stackalloc long[parts.Length] : new long[parts.Length];
        Span<long?> coverage = parts.Length <= 32 ? stackalloc long?[parts.Length] : new long?[parts.Length];
        bool inLedger = ledger is not null && ledger.Contains(kecamatan);
        for (int i = 0; i < parts.Length; i++)
        {
            eligible[i] = population.GetEligible(kecamatan, parts[i].Start);
            coverage[i] = inLedger ? ledger!.GetCoverage(kecamatan, parts[i].Start.PlusDays(-1)) : 0;
        }

        return GetTarget(kecamatan, window, parts, eligible, coverage);
    }

    /// <summary>
    /// The target of one kecamatan over a window (R2), with the coverage a policy sees taken from wherever the data
    /// keeps the kecamatan's realisation: its snapshots (R21) or the ledger.
    /// </summary>
    /// <param name="kecamatan">A kecamatan of <paramref name="data"/>.</param>
    /// <param name="window">The window, inclusive, in the ISO calendar. A <see cref="DateInterval"/> never ends before it starts: NodaTime's constructor rejects that, before this method is called, so check dates that come from a user when you build it.</param>
    /// <param name="data">The data.</param>
    /// <returns>The target: zero or more.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> or <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">The kecamatan is not one of the data's, or the window is not in the ISO calendar.</exception>
    /// <exception cref="InvalidOperationException">The policy returned a negative requirement, or needs a coverage the snapshots do not give.</exception>
    /// <exception cref="OverflowException">The target does not fit in a <see cref="long"/>.</exception>
    public long GetTarget(RegionCode kecamatan, DateInterval window, RecordingData data)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(data);
        Preconditions.CheckIso(window.Start, "window's first day", nameof(window));
        if (data.Snapshots is null || !data.Snapshots.Contains(kecamatan))
        {
            return GetTarget(kecamatan, window, data.Population, data.Ledger);
        }

        var parts = MonthParts(window);
        var eligible = new long[parts.Length];
        var coverage = new long?[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            eligible[i] = data.Population.GetEligible(kecamatan, parts[i].Start);
            coverage[i] = data.Snapshots.GetLatest(kecamatan, parts[i].Start.PlusDays(-1))?.Recorded;
        }

        return GetTarget(kecamatan, window, parts, eligible, coverage);
    }

    /// <summary>
    /// The part of <paramref name="window"/> inside each calendar month it touches, in order: the periods whose first
    /// day gives the eligible count and the coverage of R2.
    /// </summary>
    internal static DateInterval[] MonthParts(DateInterval window)
    {
        var first = window.Start.ToYearMonth();
        var last = window.End.ToYearMonth();
        var parts = new DateInterval[((last.Year - first.Year) * 12) + last.Month - first.Month + 1];
        var month = first;
        for (int i = 0; i < parts.Length; i++, month = month.PlusMonths(1))
        {
            var whole = month.ToDateInterval();
            parts[i] = new DateInterval(
                window.Start > whole.Start ? window.Start : whole.Start,
                window.End < whole.End ? window.End : whole.End);
        }

        return parts;
    }

    /// <summary>
    /// <see cref="GetTarget(RegionCode, DateInterval, EligiblePopulation, RecordingLedger?)"/> given what it would look
    /// up: for each part of <see cref="MonthParts"/>, the eligible count and the coverage on its first day (null when
    /// snapshots do not give it). The attainment report's bulk path; it gives exactly the same target.
    /// </summary>
    internal long GetTarget(RegionCode kecamatan, DateInterval window, DateInterval[] parts, ReadOnlySpan<long> eligible, ReadOnlySpan<long?> coverage)
    {
        long total = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            var covered = parts[i];
            var month = covered.Start.ToYearMonth();
            var context = new TargetContext(kecamatan, month, covered.Start, eligible[i], coverage[i]);
            total = CheckedMath.Add(total, MonthTarget(context, month.ToDateInterval(), covered), $"target of {kecamatan}");
        }

        Debug.Assert(parts.Length > 0 && parts[0].Start == window.Start && parts[^1].End == window.End, "The parts must be the window's.");
        return total;
    }

    private long MonthTarget(in TargetContext context, DateInterval whole, DateInterval covered)
    {
        Ratio requirement = Policy.GetMonthlyRequirement(context);
        if (requirement.IsNegative)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"The target policy {Policy} returned a negative requirement ({requirement}) for {context.Kecamatan} in {context.Month}; a requirement must be 0 or more."));
        }

        if (Prorating == TargetProrating.None || covered.Equals(whole))
        {
            return requirement.Ceiling();
        }

        int monthDays = Calendar.CountWorkingDays(whole);
        return monthDays == 0 ? 0 : (requirement * Calendar.CountWorkingDays(covered) / monthDays).Ceiling();
    }
}
