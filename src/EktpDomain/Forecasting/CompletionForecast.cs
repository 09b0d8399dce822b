using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using EktpDomain.Calendar;
using EktpDomain.Recording;
using EktpDomain.Utility;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Forecasting;

/// <summary>
/// When will everyone be recorded? A completion forecast for a kecamatan or a larger region (R7).
/// </summary>
/// <remarks>
/// <para>
/// Implements R7 of the calculation rules. The pace is the net realisation per working day over a trailing window:
/// by default the last 20 working days up to and including the as-of date. Remaining = eligible − coverage at the
/// as-of date. The forecast completion date is the working day on which ceil(remaining ÷ pace) working days have
/// passed after the as-of date. When the pace is 0 or less there is no forecast, and <see cref="Status"/> says so.
/// </para>
/// <para>
/// Choices where R7 is silent: a kecamatan uses its own working days (national calendar minus its closures) for the
/// trailing window and the date; a larger region uses national working days. When remaining ≤ 0 the region is
/// already complete, whatever the pace. A forecast that would run past the calendar's holiday data gives no date
/// (<see cref="ForecastStatus.BeyondCalendar"/>) unless the calendar allows uncovered years; past 9999-12-31, the
/// last date NodaTime has, it gives none either way.
/// </para>
/// <para>
/// From cumulative snapshots (R21), the coverage at a date is the last snapshot on or before it, and the pace is the
/// change of that coverage over the trailing window: coverage at the as-of date − coverage at the end of the day before
/// the window, which is the net realisation of R3 when the coverage comes from a ledger. Snapshots come monthly or per
/// semester, so the window defaults to <see cref="DefaultSnapshotTrailingWorkingDays"/> (about a year) when any
/// kecamatan of the data takes its realisation from snapshots. When the snapshots begin inside that window, it starts
/// the day after the first date on which every snapshot kecamatan of the region has one. When a snapshot kecamatan has
/// no snapshot on or before the as-of date, or none before it, there is no forecast (<see cref="ForecastStatus.CoverageUnknown"/>).
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class CompletionForecast
{
    /// <summary>The default trailing window of R7: 20 working days.</summary>
    public const int DefaultTrailingWorkingDays = 20;

    /// <summary>The default trailing window of R7 for data with snapshots (R21): 240 working days, about a year.</summary>
    public const int DefaultSnapshotTrailingWorkingDays = 240;

    private CompletionForecast(
        RegionCode region,
        string name,
        LocalDate asOf,
        DateInterval paceWindow,
        int paceWorkingDays,
        long? paceRealised,
        long eligible,
        long? coverage,
        ForecastStatus status,
        long? workingDaysNeeded,
        LocalDate? completionDate)
    {
        Region = region;
        Name = name;
        AsOf = asOf;
        PaceWindow = paceWindow;
        PaceWorkingDays = paceWorkingDays;
        PaceRealised = paceRealised;
        Eligible = eligible;
        Coverage = coverage;
        Status = status;
        WorkingDaysNeeded = workingDaysNeeded;
        CompletionDate = completionDate;
    }

    /// <summary>The region forecast.</summary>
    public RegionCode Region { get; }

    /// <summary>The region's name, as the data gives it (<see cref="RecordingData.GetName"/>), such as "Kresek".</summary>
    public string Name { get; }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The trailing window the pace was measured over.</summary>
    public DateInterval PaceWindow { get; }

    /// <summary>The working days in <see cref="PaceWindow"/>.</summary>
    public int PaceWorkingDays { get; }

    /// <summary>
    /// The net realisation over <see cref="PaceWindow"/>: the change in coverage from the end of the day before it to the
    /// end of the as-of date; null when the snapshots do not give both (<see cref="ForecastStatus.CoverageUnknown"/>).
    /// </summary>
    public long? PaceRealised { get; }

    /// <summary>The pace: net realisation per working day, exact; null when <see cref="PaceRealised"/> is.</summary>
    public Ratio? PacePerWorkingDay => PaceRealised is not long realised ? null : PaceWorkingDays == 0 ? Ratio.Zero : new Ratio(realised, PaceWorkingDays);

    /// <summary>The eligible residents at the as-of date (R1).</summary>
    public long Eligible { get; }

    /// <summary>
    /// The coverage at the end of the as-of date (R3), from snapshots the last ones on or before it (R21); null when a
    /// snapshot kecamatan has none that early.
    /// </summary>
    public long? Coverage { get; }

    /// <summary>Eligible − coverage; 0 or less means everyone is recorded; null when the coverage is not known.</summary>
    public long? Remaining => Eligible - Coverage;

    /// <summary>Whether there is a forecast, and if not, why.</summary>
    public ForecastStatus Status { get; }

    /// <summary>Whether <see cref="CompletionDate"/> has a value.</summary>
    public bool HasForecast => CompletionDate is not null;

    /// <summary>ceil(remaining ÷ pace): the working days still needed; 0 when complete; null with no progress.</summary>
    public long? WorkingDaysNeeded { get; }

    /// <summary>The forecast completion date, or null when there is no forecast.</summary>
    public LocalDate? CompletionDate { get; }

    /// <summary>Forecasts completion of a kecamatan or a larger region (R7).</summary>
    /// <param name="data">The eligible residents, ledger and calendar.</param>
    /// <param name="region">A kecamatan of the data, or a region containing some.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="trailingWorkingDays">
    /// The working days of the trailing window; 1 or more. Default (null): <see cref="DefaultTrailingWorkingDays"/>, or
    /// <see cref="DefaultSnapshotTrailingWorkingDays"/> when the data has snapshots (<see cref="DefaultTrailingWorkingDaysFor"/>).
    /// </param>
    /// <returns>The forecast.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trailingWorkingDays"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The region has no kecamatan in the data.</exception>
    public static CompletionForecast Calculate(RecordingData data, RegionCode region, LocalDate asOf, int? trailingWorkingDays = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        int days = trailingWorkingDays ?? DefaultTrailingWorkingDaysFor(data);
        CheckTrailingWorkingDays(days);
        bool kecamatan = region.Level == RegionLevel.Kecamatan;
        if (kecamatan ? !data.Population.Contains(region) : !HasKecamatanIn(data, region))
        {
            throw new ArgumentException($"Region '{region}' has no kecamatan with an eligible count in this data.", nameof(region));
        }

        return Forecast(
            data,
            region,
            asOf,
            days,
            date => data.Population.GetEligible(region, date),
            date => data.GetCoverage(region, date),
            data.Snapshots?.FirstCoverageDateIn(region));
    }

    /// <summary>
    /// Forecasts completion of a region above the kecamatan from the kecamatan of the data whose history counts inside
    /// it (R7 with R24): their eligible residents, coverage and pace together, which differ from those of the codes
    /// the region holds when a retired code rolls up into it from another region.
    /// </summary>
    /// <param name="data">The data.</param>
    /// <param name="region">The region, above the kecamatan.</param>
    /// <param name="kecamatan">The kecamatan of the data that count inside it; one or more.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="trailingWorkingDays">The working days of the trailing window; 1 or more.</param>
    /// <returns>The forecast.</returns>
    internal static CompletionForecast CalculateOver(RecordingData data, RegionCode region, IReadOnlyList<RegionCode> kecamatan, LocalDate asOf, int trailingWorkingDays)
    {
        LocalDate? first = null;
        foreach (var code in kecamatan)
        {
            first = data.Snapshots?.FirstCoverageDateIn(code) is LocalDate own && (first is null || own > first) ? own : first;
        }

        return Forecast(
            data,
            region,
            asOf,
            trailingWorkingDays,
            date => SumOver(kecamatan, k => data.Population.GetEligible(k, date), region, "eligible count")!.Value,
            date => SumOver(kecamatan, k => data.GetCoverage(k, date), region, "coverage"),
            first);
    }

    /// <summary>The sum of a figure over kecamatan; null when the figure of one of them is not known.</summary>
    private static long? SumOver(IReadOnlyList<RegionCode> kecamatan, Func<RegionCode, long?> figure, RegionCode region, string what)
    {
        long sum = 0;
        foreach (var code in kecamatan)
        {
            if (figure(code) is not long own)
            {
                return null;
            }

            sum = CheckedMath.Add(sum, own, what, region);
        }

        return sum;
    }

    /// <summary>R7 from a region's eligible residents and coverage at any date, and the first date its snapshots all cover.</summary>
    private static CompletionForecast Forecast(RecordingData data, RegionCode region, LocalDate asOf, int days, Func<LocalDate, long> eligibleAt, Func<LocalDate, long?> coverageAt, LocalDate? firstSnapshot)
    {
        bool kecamatan = region.Level == RegionLevel.Kecamatan;
        var calendar = data.Calendar;
        string name = data.GetName(region);
        var paceWindow = TrailingWindow(calendar, region, asOf, days);
        int found = kecamatan ? calendar.CountWorkingDays(paceWindow, region) : calendar.CountWorkingDays(paceWindow);
        long eligible = eligibleAt(asOf);
        long? coverage = coverageAt(asOf);
        long? before = coverageAt(paceWindow.Start.PlusDays(-1));
        if (coverage is not null && before is null && firstSnapshot is LocalDate first && first < asOf)
        {
            // The snapshots begin inside the trailing window: the pace is measured from the first date on which
            // every snapshot kecamatan of the region has one.
            paceWindow = new DateInterval(first.PlusDays(1), asOf);
            found = kecamatan ? calendar.CountWorkingDays(paceWindow, region) : calendar.CountWorkingDays(paceWindow);
            before = coverageAt(first);
        }

        if (coverage is long known && eligible - known <= 0)
        {
            // Remaining ≤ 0: complete whatever the pace, even one the snapshots cannot give.
            long? pace = before is long b ? CheckedMath.Subtract(known, b, $"pace of {region}") : null;
            return new(region, name, asOf, paceWindow, found, pace, eligible, coverage, ForecastStatus.AlreadyComplete, 0, asOf);
        }

        if (coverage is null || before is null)
        {
            return new(region, name, asOf, paceWindow, found, null, eligible, coverage, ForecastStatus.CoverageUnknown, null, null);
        }

        long paceRealised = CheckedMath.Subtract(coverage.Value, before.Value, $"pace of {region}");
        long remaining = CheckedMath.Subtract(eligible, coverage.Value, $"remaining residents of {region}");

        Debug.Assert(remaining > 0, "A remaining of 0 or less returned as already complete above.");
        if (paceRealised <= 0)
        {
            return new(region, name, asOf, paceWindow, found, paceRealised, eligible, coverage, ForecastStatus.NoProgress, null, null);
        }

        // ceil(remaining ÷ (paceRealised ÷ found)) = ceil(remaining × found ÷ paceRealised), exactly.
        Int128 product = (Int128)remaining * found;
        Int128 quotient = Int128.DivRem(product, paceRealised) is var (q, r) && r > 0 ? q + 1 : product / paceRealised;
        long needed = quotient > long.MaxValue ? long.MaxValue : (long)quotient;
        if (needed > int.MaxValue)
        {
            return new(region, name, asOf, paceWindow, found, paceRealised, eligible, coverage, ForecastStatus.BeyondCalendar, needed, null);
        }

        // Past the calendar's holiday data, or, when uncovered years are allowed, past NodaTime's last date: no date.
        return calendar.TryAddWorkingDays(asOf, (int)needed, kecamatan ? region : null, out var date)
            ? new(region, name, asOf, paceWindow, found, paceRealised, eligible, coverage, ForecastStatus.Forecast, needed, date)
            : new(region, name, asOf, paceWindow, found, paceRealised, eligible, coverage, ForecastStatus.BeyondCalendar, needed, null);
    }

    /// <summary>
    /// The trailing window of R7 that <see cref="Calculate"/> measures the pace of <paramref name="region"/> over:
    /// back from <paramref name="asOf"/> (included) until it holds <paramref name="trailingWorkingDays"/> working
    /// days, of the kecamatan itself for a kecamatan (national working days minus its closures), national working
    /// days for a larger region.
    /// </summary>
    /// <remarks>
    /// When the walk back reaches a date in a year without holiday data and the calendar does not allow uncovered
    /// years, the window starts on that date, with fewer working days, so that
    /// <see cref="WorkingCalendar.CanQuery(DateInterval, out int)"/> names the year that is missing; a forecast as of
    /// <paramref name="asOf"/> would be rejected.
    /// </remarks>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="region">A kecamatan, or a larger region.</param>
    /// <param name="asOf">The as-of date, in the ISO calendar.</param>
    /// <param name="trailingWorkingDays">The working days of the window; 1 or more. Default 20.</param>
    /// <returns>The window, ending on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trailingWorkingDays"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public static DateInterval TrailingWindow(WorkingCalendar calendar, RegionCode region, LocalDate asOf, int trailingWorkingDays = DefaultTrailingWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        CheckTrailingWorkingDays(trailingWorkingDays);
        Preconditions.CheckIso(asOf, "as-of date", nameof(asOf));

        bool kecamatan = region.Level == RegionLevel.Kecamatan;
        var start = asOf;
        int found = 0;
        while (calendar.AllowsUncoveredYears || calendar.IsCovered(start.Year))
        {
            found += (kecamatan ? calendar.IsWorkingDay(start, region) : calendar.IsWorkingDay(start)) ? 1 : 0;
            if (found == trailingWorkingDays)
            {
                break;
            }

            start = start.PlusDays(-1);
        }

        return new DateInterval(start, asOf);
    }

    /// <summary>Describes the forecast in invariant English, for debugging.</summary>
    public override string ToString() => Status switch
    {
        ForecastStatus.Forecast => string.Create(CultureInfo.InvariantCulture, $"{Region}: {Remaining} remaining at {PacePerWorkingDay!.Value.ToDecimal():0.##}/working day; complete on {LocalDatePattern.Iso.Format(CompletionDate!.Value)}"),
        ForecastStatus.AlreadyComplete => $"{Region}: complete",
        ForecastStatus.NoProgress => string.Create(CultureInfo.InvariantCulture, $"{Region}: {Remaining} remaining, no progress; no forecast"),
        ForecastStatus.CoverageUnknown => $"{Region}: coverage unknown; no forecast",
        _ => string.Create(CultureInfo.InvariantCulture, $"{Region}: {WorkingDaysNeeded} working days needed, beyond the calendar's holiday data"),
    };

    private static void CheckTrailingWorkingDays(int days) =>
        Preconditions.AtLeast(days, 1, "trailingWorkingDays", "trailingWorkingDays", "working day");

    private static bool HasKecamatanIn(RecordingData data, RegionCode region)
    {
        foreach (var code in data.KecamatanCodes)
        {
            if (region.Contains(code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The trailing window's default length for a data set: <see cref="DefaultSnapshotTrailingWorkingDays"/> when any
    /// kecamatan takes its realisation from snapshots, else <see cref="DefaultTrailingWorkingDays"/>.
    /// </summary>
    /// <param name="data">The data.</param>
    /// <returns>The working days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static int DefaultTrailingWorkingDaysFor(RecordingData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Snapshots is { Count: > 0 } ? DefaultSnapshotTrailingWorkingDays : DefaultTrailingWorkingDays;
    }
}
