using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Calendar;
using EktpDomain.Recording;
using EktpDomain.Regions;
using NodaTime;

namespace EktpDomain.Forecasting;

/// <summary>
/// Completion forecasts (R7) for every kecamatan of the data and for the smallest region that contains them all
/// (for a district's data, the regency).
/// </summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class ForecastReport
{
    private readonly Func<RegionCode, string> nameOf;

    private ForecastReport(LocalDate asOf, int trailingWorkingDays, ImmutableArray<CompletionForecast> kecamatan, CompletionForecast total, KecamatanCoverage coverage, Func<RegionCode, string> nameOf)
    {
        KecamatanCoverage = coverage;
        AsOf = asOf;
        TrailingWorkingDays = trailingWorkingDays;
        Rows = kecamatan;
        Total = total;
        this.nameOf = nameOf;
    }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The working days of the trailing pace window.</summary>
    public int TrailingWorkingDays { get; }

    /// <summary>One forecast per kecamatan, in code order; per region of <see cref="Level"/> when it is above the data's own level.</summary>
    public ImmutableArray<CompletionForecast> Rows { get; }

    /// <summary>
    /// The forecast for <see cref="Region"/>, or without one for the smallest region containing every kecamatan of
    /// the data.
    /// </summary>
    public CompletionForecast Total { get; }

    /// <summary>The region the forecasts are restricted to, such as <c>36</c> for Banten; null for every kecamatan of the data.</summary>
    public RegionCode? Region { get; private init; }

    /// <summary>
    /// The level of <see cref="Rows"/>: <see cref="RegionLevel.Kecamatan"/> (or <see cref="RegionLevel.Regency"/> for
    /// data kept per kabupaten/kota), or a level above it that the forecasts were asked for.
    /// </summary>
    public RegionLevel Level { get; private init; } = RegionLevel.Kecamatan;

    /// <summary>
    /// How many of <see cref="Total"/>'s kecamatan the data covers against the region catalogue, such as "3 of 29
    /// kecamatan": a total over partial data is not the whole region's (<see cref="KecamatanCoverage.IsPartial"/>).
    /// </summary>
    public KecamatanCoverage KecamatanCoverage { get; }

    /// <summary>
    /// How many of a region's kecamatan the data behind this result holds, such as "3 of 29 kecamatan" for a row of a
    /// result by kabupaten/kota: a row of partial data is not the whole region's (<see cref="KecamatanCoverage.IsPartial"/>).
    /// </summary>
    /// <param name="region">A region of <see cref="Rows"/>, or <see cref="Total"/>'s.</param>
    /// <returns>The coverage.</returns>
    public KecamatanCoverage GetCoverage(RegionCode region) =>
        region == KecamatanCoverage.Region ? KecamatanCoverage : KecamatanCoverage.Of(region, Kecamatan.Count(region.Contains), KecamatanCoverage.Level);

    /// <summary>The kecamatan (or kabupaten/kota) of the data the result holds, in code order, without retired codes (R24): what <see cref="GetCoverage"/> counts.</summary>
    private ImmutableArray<RegionCode> Kecamatan { get; init; } = [];

    /// <summary>The name of a region of this report.</summary>
    /// <param name="region">A region code.</param>
    /// <returns>Its name.</returns>
    public string GetName(RegionCode region) => nameOf(region);

    /// <summary>Forecasts every kecamatan and their common region (R7).</summary>
    /// <param name="data">The data.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="trailingWorkingDays">
    /// The working days of the trailing window; default (null) 20, or 240 when the data has snapshots
    /// (<see cref="CompletionForecast.DefaultTrailingWorkingDaysFor"/>).
    /// </param>
    /// <returns>The forecasts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">The data has no kecamatan.</exception>
    public static ForecastReport Calculate(RecordingData data, LocalDate asOf, int? trailingWorkingDays = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        int days = trailingWorkingDays ?? CompletionForecast.DefaultTrailingWorkingDaysFor(data);
        if (data.KecamatanCodes.IsEmpty)
        {
            throw new ArgumentException("The data has no kecamatan to forecast.", nameof(data));
        }

        var rows = data.KecamatanCodes.Select(k => CompletionForecast.Calculate(data, k, asOf, days)).ToImmutableArray();
        var common = data.KecamatanCodes.Aggregate(data.KecamatanCodes[0], RegionCode.CommonAncestor);
        var total = rows.Length == 1 ? rows[0] : CompletionForecast.Calculate(data, common, asOf, days);
        return new ForecastReport(asOf, days, rows, total, KecamatanCoverage.Of(data.KecamatanCodes, data.CodeChanges, asOf), data.GetName) { Level = data.Level, Kecamatan = RegionScope.Current(data.CodeChanges, data.KecamatanCodes, asOf) };
    }

    /// <summary>
    /// Forecasts the regions of one level inside a region (R7), such as the kabupaten/kota of Banten, and the region
    /// as a whole. Each region's forecast is that of the kecamatan whose history counts inside it (R24): their eligible
    /// residents, coverage and pace together, as for the total of <see cref="Calculate(RecordingData, LocalDate, int?)"/>.
    /// A retired code counts in the region it rolls up into, and in no row when that region is above
    /// <paramref name="level"/> (a kecamatan split between two kabupaten/kota).
    /// </summary>
    /// <param name="data">The data.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="region">
    /// The region: only the kecamatan of the data inside it count; <see cref="RegionCode.Nation"/> for all of them
    /// (the total is then, as without a region, the smallest region containing them all).
    /// </param>
    /// <param name="level">
    /// The level of the rows: the data's own (<see cref="RecordingData.Level"/>, one row per kecamatan) or one above
    /// it, down from <paramref name="region"/>'s level.
    /// </param>
    /// <param name="trailingWorkingDays">The working days of the trailing window; default (null) as for <see cref="Calculate(RecordingData, LocalDate, int?)"/>.</param>
    /// <returns>The forecasts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// No kecamatan of the data lies in <paramref name="region"/>, <paramref name="region"/> is a village, or
    /// <paramref name="level"/> is above <paramref name="region"/>'s level or below the data's.
    /// </exception>
    public static ForecastReport CalculateWithin(RecordingData data, LocalDate asOf, RegionCode region, RegionLevel level, int? trailingWorkingDays = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var codes = RegionScope.KecamatanInside(data, region, level, asOf);
        if (region.IsNation && level == data.Level)
        {
            return Calculate(data, asOf, trailingWorkingDays);
        }

        int days = trailingWorkingDays ?? CompletionForecast.DefaultTrailingWorkingDaysFor(data);

        // A kecamatan counts in the region of the level its history rolls up into (R24), as in the report's roll-up;
        // in no row when that region is above the level (a kecamatan split between two), but in the total.
        var changes = data.CodeChanges;
        CompletionForecast Of(RegionCode at, List<RegionCode> inside) =>
            changes.Changes.IsEmpty ? CompletionForecast.Calculate(data, at, asOf, days) : CompletionForecast.CalculateOver(data, at, inside, asOf, days);
        var rows = level == data.Level
            ? codes.Select(k => CompletionForecast.Calculate(data, k, asOf, days)).ToImmutableArray()
            : [.. codes.GroupBy(c => RegionScope.RowAt(changes, c, level, asOf)).Where(g => g.Key is not null).OrderBy(g => g.Key).Select(g => Of(g.Key!.Value, [.. g]))];
        var scope = region.IsNation ? codes.Aggregate(codes[0], RegionCode.CommonAncestor) : region;
        var total = rows.Length == 1 && rows[0].Region == scope ? rows[0] : Of(scope, codes);

        var current = RegionScope.Current(changes, codes, asOf);
        var coverage = region.IsNation ? KecamatanCoverage.Of(codes, changes, asOf) : KecamatanCoverage.Of(region, current.Length, data.Level);
        return new ForecastReport(asOf, days, rows, total, coverage, data.GetName)
        {
            Region = region.IsNation ? null : region,
            Level = level,
            Kecamatan = current,
        };
    }

    /// <summary>
    /// The dates the forecasts of <see cref="Calculate(RecordingData, LocalDate, int?)"/> measure their pace over: from the earliest start of the
    /// trailing windows of the data's kecamatan (<see cref="CompletionForecast.TrailingWindow"/>) to
    /// <paramref name="asOf"/>. A kecamatan's closures can make its window start before the national one. Check
    /// that the calendar covers it with <see cref="WorkingCalendar.CanQuery(DateInterval, out int)"/> to report a
    /// year without holiday data as bad input before forecasting.
    /// </summary>
    /// <param name="data">The data.</param>
    /// <param name="asOf">The as-of date, in the ISO calendar.</param>
    /// <param name="trailingWorkingDays">The working days of the trailing window; default (null) as for <see cref="Calculate(RecordingData, LocalDate, int?)"/>.</param>
    /// <returns>The dates, ending on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trailingWorkingDays"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public static DateInterval TrailingWindow(RecordingData data, LocalDate asOf, int? trailingWorkingDays = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        int days = trailingWorkingDays ?? CompletionForecast.DefaultTrailingWorkingDaysFor(data);

        // Kecamatan have no more working days than the nation, so their windows reach back at least as far.
        var start = CompletionForecast.TrailingWindow(data.Calendar, RegionCode.Nation, asOf, days).Start;
        foreach (var kecamatan in data.KecamatanCodes)
        {
            var window = CompletionForecast.TrailingWindow(data.Calendar, kecamatan, asOf, days);
            if (window.Start < start)
            {
                start = window.Start;
            }
        }

        return new DateInterval(start, asOf);
    }
}
