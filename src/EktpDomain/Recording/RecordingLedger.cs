using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>
/// The recording ledger (R3): every dated count of residents recorded, lost and re-recorded, per kecamatan and
/// optionally per recording set. It answers realisation, losses, re-recordings, coverage and the re-recording
/// backlog for any window and any as-of date.
/// </summary>
/// <remarks>
/// <para>
/// Build a ledger with <see cref="CreateBuilder(IEnumerable{RegionCode})"/>. Building checks the whole ledger and
/// reports every problem at once: unknown kecamatan, negative counts, and any date at whose end the re-recording
/// backlog or the coverage of a kecamatan would be below zero (R3).
/// </para>
/// <para>Equality is reference equality. A built ledger is immutable and thread-safe.</para>
/// </remarks>
public sealed class RecordingLedger
{
    private readonly KecamatanIndex index;

    // The entries and the searches over them live in LedgerRuns; this type is the model and checks the arguments.
    private readonly LedgerRuns runs;

    internal RecordingLedger(KecamatanIndex index, LedgerRuns runs)
    {
        this.index = index;
        this.runs = runs;
    }

    /// <summary>Starts building a ledger for the given kecamatan.</summary>
    /// <param name="kecamatan">Every kecamatan the ledger may name (kecamatan-level codes; duplicates are ignored).</param>
    /// <returns>An empty builder.</returns>
    /// <exception cref="ArgumentException">A code is not a kecamatan code.</exception>
    public static RecordingLedgerBuilder CreateBuilder(IEnumerable<RegionCode> kecamatan) => new(new KecamatanIndex(kecamatan, nameof(kecamatan)));

    /// <summary>The kecamatan this ledger covers, in code order, including those without entries.</summary>
    public ImmutableArray<RegionCode> KecamatanCodes => index.Codes;

    /// <summary>The number of entries.</summary>
    public int Count => runs.Count;

    /// <summary>The recording-set ids named by entries, in first-seen order.</summary>
    public ImmutableArray<string> Devices => runs.DeviceIds;

    /// <summary>The first and last dates of any entry, or null for an empty ledger.</summary>
    public DateInterval? Span => runs.Span;

    /// <summary>Whether the ledger covers <paramref name="kecamatan"/>.</summary>
    /// <param name="kecamatan">A region code.</param>
    /// <returns>True when it is one of <see cref="KecamatanCodes"/>.</returns>
    public bool Contains(RegionCode kecamatan) => index.IndexOf(kecamatan) >= 0;

    /// <summary>The position of a kecamatan in <see cref="KecamatanCodes"/>, or -1.</summary>
    internal int IndexOf(RegionCode kecamatan) => index.IndexOf(kecamatan);

    /// <summary>
    /// The totals of the entries dated inside <paramref name="window"/> (R3), for a kecamatan or for every kecamatan
    /// of this ledger inside a larger region (a regency, a province, or <see cref="RegionCode.Nation"/>).
    /// </summary>
    /// <param name="region">A kecamatan of this ledger, or a region containing some.</param>
    /// <param name="window">The window, inclusive.</param>
    /// <returns>Recorded, lost and re-recorded sums; <see cref="LedgerTotals.Net"/> is the realisation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="region"/> is a kecamatan this ledger does not cover, or a village.</exception>
    /// <exception cref="OverflowException">The region's sum of a kind does not fit in a <see cref="long"/>.</exception>
    public LedgerTotals GetTotals(RegionCode region, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        (int start, int end) = RangeOf(region);
        (int from, int past) = runs.DayRange(window);
        return runs.WindowTotals(start, end, from, past);
    }

    /// <summary>
    /// The totals of every kecamatan over <paramref name="window"/>, aligned with <see cref="KecamatanCodes"/>: the figures
    /// of whole-district and national reports in one call.
    /// </summary>
    /// <param name="window">The window, inclusive.</param>
    /// <returns>One <see cref="LedgerTotals"/> per kecamatan, in the order of <see cref="KecamatanCodes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public ImmutableArray<LedgerTotals> GetTotalsByKecamatan(DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        (int from, int past) = runs.DayRange(window);

        // A few binary searches per kecamatan, in parallel for large ledgers.
        return ImmutableArray.Create(runs.WindowTotalsByKecamatan(from, past));
    }

    /// <summary>
    /// The totals of every kecamatan over each of <paramref name="periods"/> (R3): a kecamatan × period table that
    /// merges exactly with the aggregates of other ledgers (see <see cref="LedgerAggregate"/>).
    /// </summary>
    /// <remarks>
    /// Periods may overlap and come in any order; each is summed on its own.
    /// </remarks>
    /// <param name="periods">The periods, inclusive.</param>
    /// <returns>The totals of each kecamatan of this ledger in each period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">The table would have more cells than an array can hold.</exception>
    public LedgerAggregate Aggregate(IReadOnlyList<DateInterval> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var periodArray = LedgerAggregate.CheckPeriods(periods, nameof(periods));
        int periodCount = periodArray.Length;
        long cells = (long)index.Count * periodCount;
        if (cells > Array.MaxLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{index.Count} kecamatan × {periodCount} periods is {cells} cells, more than an array holds ({Array.MaxLength}); aggregate fewer periods at a time."),
                nameof(periods));
        }

        // One walk per kecamatan and kind over the period boundaries, in parallel over balanced chunks of kecamatan;
        // the table holds kecamatan × periods totals whatever the number of entries.
        var totals = runs.Aggregate(periodArray);
        return new LedgerAggregate(index, periodArray, totals);
    }

    /// <summary>
    /// The totals of every kecamatan in each calendar month of <paramref name="window"/> (R3); the first and last
    /// months are cut to the window. The same as <see cref="Aggregate"/> with those months as the periods.
    /// </summary>
    /// <param name="window">The window, inclusive.</param>
    /// <returns>A kecamatan × month table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public LedgerAggregate AggregateByMonth(DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return Aggregate(LedgerAggregate.MonthsOf(window));
    }

    /// <summary>
    /// Coverage at the end of <paramref name="asOf"/> (R3): the net sum of every entry up to and including that date,
    /// for a kecamatan or a larger region. Never negative in a valid ledger.
    /// </summary>
    /// <param name="region">A kecamatan of this ledger, or a region containing some.</param>
    /// <param name="asOf">The date, inclusive.</param>
    /// <returns>The number of residents recorded and not lost, up to that date.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is a kecamatan this ledger does not cover, or a village.</exception>
    public long GetCoverage(RegionCode region, LocalDate asOf) => GetTotalsUpTo(region, asOf).Net;

    /// <summary>
    /// The re-recording backlog at the end of <paramref name="asOf"/> (R3): every loss up to that date minus every
    /// re-recording up to that date. Never negative in a valid ledger.
    /// </summary>
    /// <param name="region">A kecamatan of this ledger, or a region containing some.</param>
    /// <param name="asOf">The date, inclusive.</param>
    /// <returns>The number of lost residents not yet re-recorded.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is a kecamatan this ledger does not cover, or a village.</exception>
    public long GetBacklog(RegionCode region, LocalDate asOf) => GetTotalsUpTo(region, asOf).BacklogChange;

    /// <summary>The totals of every entry up to and including <paramref name="asOf"/>, for a kecamatan or a larger region.</summary>
    /// <param name="region">A kecamatan of this ledger, or a region containing some.</param>
    /// <param name="asOf">The date, inclusive.</param>
    /// <returns>The cumulative totals; their <see cref="LedgerTotals.Net"/> is the coverage.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is a kecamatan this ledger does not cover, or a village.</exception>
    /// <exception cref="OverflowException">The region's sum of a kind does not fit in a <see cref="long"/>.</exception>
    public LedgerTotals GetTotalsUpTo(RegionCode region, LocalDate asOf)
    {
        (int start, int end) = RangeOf(region);
        return runs.WindowTotals(start, end, 0, runs.PastOffset(asOf));
    }

    /// <summary>The entries of one kecamatan, by date; entries of one date keep their input order.</summary>
    /// <param name="kecamatan">A kecamatan of this ledger.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="ArgumentException">The ledger does not cover <paramref name="kecamatan"/>.</exception>
    public IEnumerable<LedgerEntry> GetEntries(RegionCode kecamatan)
    {
        int k = IndexOrThrow(kecamatan, nameof(kecamatan));
        return runs.Entries(k, k + 1, index.Codes);
    }

    /// <summary>Every entry, by kecamatan then date.</summary>
    /// <returns>The entries.</returns>
    public IEnumerable<LedgerEntry> GetEntries() => runs.Entries(0, index.Count, index.Codes);

    /// <summary>
    /// The totals over <paramref name="window"/> and the totals of every entry up to the window's end, for a
    /// kecamatan or a larger region, from one search per run: what an attainment report needs per kecamatan
    /// (realisation in the window and coverage at its end).
    /// </summary>
    internal (LedgerTotals Window, LedgerTotals UpToEnd) GetTotalsAndTotalsUpTo(RegionCode region, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        (int start, int end) = RangeOf(region);
        (int from, int past) = runs.DayRange(window);
        return runs.WindowAndUpToTotals(start, end, from, past);
    }

    /// <summary>
    /// <see cref="GetTotalsAndTotalsUpTo"/> for every kecamatan, aligned with <see cref="KecamatanCodes"/>.
    /// </summary>
    internal (LedgerTotals[] Window, LedgerTotals[] UpToEnd) GetTotalsAndTotalsUpToByKecamatan(DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        (int from, int past) = runs.DayRange(window);
        return runs.WindowAndUpToTotalsByKecamatan(from, past);
    }

    private (int Start, int End) RangeOf(RegionCode region)
    {
        if (region.Level == RegionLevel.Kecamatan)
        {
            int k = IndexOrThrow(region, nameof(region));
            return (k, k + 1);
        }

        if (region.Level == RegionLevel.Village)
        {
            throw new ArgumentException(
                $"The ledger is kept per kecamatan; '{region}' is a village code. Use its kecamatan, {region.Kecamatan}.",
                nameof(region));
        }

        return index.RangeOf(region);
    }

    private int IndexOrThrow(RegionCode kecamatan, string paramName)
    {
        int k = index.IndexOf(kecamatan);
        return k >= 0
            ? k
            : throw new ArgumentException($"Kecamatan '{kecamatan}' is not in this ledger, which covers {index.Count} kecamatan.", paramName);
    }

    internal static string Describe(RegionCode kecamatan, LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{kecamatan} on {NodaTime.Text.LocalDatePattern.Iso.Format(date)}");
}
