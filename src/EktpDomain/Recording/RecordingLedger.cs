using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Threading.Tasks;
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
/// <para>
/// <b>Storage.</b> The ledger is stored column-wise (struct of arrays) in 11 bytes an entry, plus 4 when entries name
/// recording sets. Each kecamatan's entries are split into three runs, one per kind, each sorted by date; a run keeps
/// 16-bit day offsets and the <em>running total</em> of its counts instead of the counts themselves. The sum of a
/// kind over any window is then two binary searches and one subtraction, so window totals, coverage and backlog cost
/// O(log n) per kecamatan, and <see cref="Aggregate"/> over many periods walks each run once, touching only the
/// entries at period boundaries. The running totals take exactly the room of the counts, and fit in 64 bits because
/// building checks that every kecamatan's totals per kind do.
/// </para>
/// <para>Equality is reference equality. A built ledger is immutable and thread-safe.</para>
/// </remarks>
public sealed class RecordingLedger
{
    internal const int KindCount = 3;

    // Below this much work (entries touched plus boundaries searched), a query runs on the calling thread.
    private const long ParallelThreshold = 1 << 16;

    // Runs with at least this many entries per boundary are searched by interpolation rather than walked.
    private const int DenseRun = 8;

    // Past every stored day offset (offsets are 16-bit), so a search for it lands at the end of a run.
    private const int PastLastDay = ushort.MaxValue + 1;

    private readonly KecamatanIndex index;

    // runStart[KindCount * k + kind] is where kecamatan k's run of that kind starts; runStart[^1] is Count. A
    // kecamatan's runs are adjacent, so its entries are [runStart[3k], runStart[3k + 3]).
    private readonly int[] runStart;

    private readonly ushort[] days;        // by run, then date, then input order: day offset from baseDay
    private readonly long[] runningTotals; // aligned with days: the sum of the counts of the run up to this entry
    private readonly int[]? devices;       // aligned with days: index into deviceIds, −1 for none; null when no entry names a device
    private readonly byte[] kinds;         // by kecamatan, then date, then input order (not split by kind): for enumeration only
    private readonly ImmutableArray<string> deviceIds;
    private readonly int baseDay;
    private readonly int lastDay;          // the largest day offset, or −1 for an empty ledger

    internal RecordingLedger(
        KecamatanIndex index,
        int[] runStart,
        ushort[] days,
        long[] runningTotals,
        int[]? devices,
        byte[] kinds,
        ImmutableArray<string> deviceIds,
        int baseDay,
        int lastDay)
    {
        this.index = index;
        this.runStart = runStart;
        this.days = days;
        this.runningTotals = runningTotals;
        this.devices = devices;
        this.kinds = kinds;
        this.deviceIds = deviceIds;
        this.baseDay = baseDay;
        this.lastDay = lastDay;
    }

    /// <summary>Starts building a ledger for the given kecamatan.</summary>
    /// <param name="kecamatan">Every kecamatan the ledger may name (kecamatan-level codes; duplicates are ignored).</param>
    /// <returns>An empty builder.</returns>
    /// <exception cref="ArgumentException">A code is not a kecamatan code.</exception>
    public static RecordingLedgerBuilder CreateBuilder(IEnumerable<RegionCode> kecamatan) => new(new KecamatanIndex(kecamatan, nameof(kecamatan)));

    /// <summary>The kecamatan this ledger covers, in code order, including those without entries.</summary>
    public ImmutableArray<RegionCode> Kecamatan => index.Codes;

    /// <summary>The number of entries.</summary>
    public int Count => days.Length;

    /// <summary>The recording-set ids named by entries, in first-seen order.</summary>
    public ImmutableArray<string> Devices => deviceIds;

    /// <summary>The first and last dates of any entry, or null for an empty ledger.</summary>
    public DateInterval? Span => days.Length == 0
        ? null
        : new DateInterval(DayNumber.ToDate(baseDay), DayNumber.ToDate(baseDay + lastDay));

    /// <summary>Whether the ledger covers <paramref name="kecamatan"/>.</summary>
    /// <param name="kecamatan">A region code.</param>
    /// <returns>True when it is one of <see cref="Kecamatan"/>.</returns>
    public bool Contains(RegionCode kecamatan) => index.IndexOf(kecamatan) >= 0;

    /// <summary>The position of a kecamatan in <see cref="Kecamatan"/>, or -1.</summary>
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
        (int from, int past) = DayRange(window);
        LedgerTotals total = LedgerTotals.Zero;
        for (int k = start; k < end; k++)
        {
            total += WindowTotals(k, from, past);
        }

        return total;
    }

    /// <summary>
    /// The totals of every kecamatan over <paramref name="window"/>, aligned with <see cref="Kecamatan"/>. This is the
    /// fast path for whole-district and national reports: a few binary searches per kecamatan, in parallel for
    /// large ledgers.
    /// </summary>
    /// <param name="window">The window, inclusive.</param>
    /// <returns>One <see cref="LedgerTotals"/> per kecamatan, in the order of <see cref="Kecamatan"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public ImmutableArray<LedgerTotals> GetTotalsByKecamatan(DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        (int from, int past) = DayRange(window);
        var result = new LedgerTotals[index.Count];
        ForEachKecamatanChunk(perKecamatanWork: 64, perEntryWork: 0, (start, end) =>
        {
            for (int k = start; k < end; k++)
            {
                result[k] = WindowTotals(k, from, past);
            }
        });

        return ImmutableArray.Create(result);
    }

    /// <summary>
    /// The totals of every kecamatan over each of <paramref name="periods"/> (R3): a kecamatan × period table that
    /// merges exactly with the aggregates of other ledgers (see <see cref="LedgerAggregate"/>).
    /// </summary>
    /// <remarks>
    /// Periods may overlap and come in any order; each is summed on its own. The work is one walk per kecamatan and
    /// kind over the period boundaries, in parallel over balanced chunks of kecamatan, and the result holds
    /// kecamatan × periods totals whatever the number of entries.
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

        // Every period [a, b] needs the running total before day a and before day b + 1; search each distinct
        // boundary once, in ascending order, so that one forward walk per run finds them all.
        var boundaries = new int[2 * periodCount];
        for (int p = 0; p < periodCount; p++)
        {
            (boundaries[2 * p], boundaries[(2 * p) + 1]) = DayRange(periodArray[p]);
        }

        int[] points = [.. new SortedSet<int>(boundaries)];
        var periodFrom = new int[periodCount];
        var periodPast = new int[periodCount];
        for (int p = 0; p < periodCount; p++)
        {
            periodFrom[p] = Array.BinarySearch(points, boundaries[2 * p]);
            periodPast[p] = Array.BinarySearch(points, boundaries[(2 * p) + 1]);
        }

        // Every cell is written below, so skip zeroing.
        var totals = GC.AllocateUninitializedArray<LedgerTotals>((int)cells);
        if (periodCount > 0)
        {
            ForEachKecamatanChunk(perKecamatanWork: KindCount * points.Length, perEntryWork: 1, (start, end) =>
            {
                var before = new long[KindCount * points.Length];
                var positions = new int[points.Length];
                for (int k = start; k < end; k++)
                {
                    AggregateKecamatan(k, points, periodFrom, periodPast, before, positions, totals.AsSpan(k * periodCount, periodCount));
                }
            });
        }

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
        int past = PastOffset(asOf);
        LedgerTotals total = LedgerTotals.Zero;
        for (int k = start; k < end; k++)
        {
            total += WindowTotals(k, 0, past);
        }

        return total;
    }

    /// <summary>The entries of one kecamatan, by date; entries of one date keep their input order.</summary>
    /// <param name="kecamatan">A kecamatan of this ledger.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="ArgumentException">The ledger does not cover <paramref name="kecamatan"/>.</exception>
    public IEnumerable<LedgerEntry> GetEntries(RegionCode kecamatan)
    {
        int k = IndexOrThrow(kecamatan, nameof(kecamatan));
        return Enumerate(k, k + 1);
    }

    /// <summary>Every entry, by kecamatan then date.</summary>
    /// <returns>The entries.</returns>
    public IEnumerable<LedgerEntry> GetEntries() => Enumerate(0, index.Count);

    internal KecamatanIndex Index => index;

    /// <summary>
    /// The totals over <paramref name="window"/> and the totals of every entry up to the window's end, for a
    /// kecamatan or a larger region, from one search per run: what an attainment report needs per kecamatan
    /// (realisation in the window and coverage at its end).
    /// </summary>
    internal (LedgerTotals Window, LedgerTotals UpToEnd) GetTotalsAndTotalsUpTo(RegionCode region, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        (int start, int end) = RangeOf(region);
        (int from, int past) = DayRange(window);
        LedgerTotals inWindow = LedgerTotals.Zero, upToEnd = LedgerTotals.Zero;
        for (int k = start; k < end; k++)
        {
            (LedgerTotals w, LedgerTotals u) = WindowAndUpToTotals(k, from, past);
            inWindow += w;
            upToEnd += u;
        }

        return (inWindow, upToEnd);
    }

    /// <summary>
    /// <see cref="GetTotalsAndTotalsUpTo"/> for every kecamatan, aligned with <see cref="Kecamatan"/>.
    /// </summary>
    internal (LedgerTotals[] Window, LedgerTotals[] UpToEnd) GetTotalsAndTotalsUpToByKecamatan(DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        (int from, int past) = DayRange(window);
        var inWindow = new LedgerTotals[index.Count];
        var upToEnd = new LedgerTotals[index.Count];
        ForEachKecamatanChunk(perKecamatanWork: 64, perEntryWork: 0, (start, end) =>
        {
            for (int k = start; k < end; k++)
            {
                (inWindow[k], upToEnd[k]) = WindowAndUpToTotals(k, from, past);
            }
        });

        return (inWindow, upToEnd);
    }

    private IEnumerable<LedgerEntry> Enumerate(int startKecamatan, int endKecamatan)
    {
        // kinds[] is in (date, input) order across kinds; each kind's next entry is the next one of its run.
        int[] cursor = new int[KindCount];
        for (int k = startKecamatan; k < endKecamatan; k++)
        {
            RegionCode code = index.Codes[k];
            int first = runStart[KindCount * k];
            for (int kind = 0; kind < KindCount; kind++)
            {
                cursor[kind] = runStart[(KindCount * k) + kind];
            }

            for (int i = first; i < runStart[KindCount * (k + 1)]; i++)
            {
                int kind = kinds[i];
                int q = cursor[kind]++;
                long count = runningTotals[q] - (q > runStart[(KindCount * k) + kind] ? runningTotals[q - 1] : 0);
                string? device = devices is null || devices[q] < 0 ? null : deviceIds[devices[q]];
                yield return new LedgerEntry(DayNumber.ToDate(baseDay + days[q]), code, (LedgerEntryKind)kind, count, device);
            }
        }
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

    /// <summary>
    /// Converts an inclusive window to a half-open range of day offsets [from, past), each clamped to
    /// [0, <see cref="PastLastDay"/>] so that searches for them behave as for the unclamped dates.
    /// </summary>
    private (int From, int Past) DayRange(DateInterval window) => (Offset(window.Start), PastOffset(window.End));

    private int Offset(LocalDate date) => (int)Math.Clamp((long)DayNumber.Of(date) - baseDay, 0, PastLastDay);

    private int PastOffset(LocalDate date) => (int)Math.Clamp((long)DayNumber.Of(date) - baseDay + 1, 0, PastLastDay);

    /// <summary>One kecamatan's totals over the day offsets [from, past).</summary>
    private LedgerTotals WindowTotals(int k, int from, int past)
    {
        int j = KindCount * k;
        return LedgerTotals.FromValidSums(RunSum(j, from, past), RunSum(j + 1, from, past), RunSum(j + 2, from, past));
    }

    private (LedgerTotals Window, LedgerTotals UpTo) WindowAndUpToTotals(int k, int from, int past)
    {
        int j = KindCount * k;
        (long recorded, long recordedUpTo) = RunSumAndUpTo(j, from, past);
        (long lost, long lostUpTo) = RunSumAndUpTo(j + 1, from, past);
        (long rerecorded, long rerecordedUpTo) = RunSumAndUpTo(j + 2, from, past);
        return (LedgerTotals.FromValidSums(recorded, lost, rerecorded), LedgerTotals.FromValidSums(recordedUpTo, lostUpTo, rerecordedUpTo));
    }

    /// <summary>The sum of run <paramref name="j"/>'s counts dated in [from, past): a difference of two running totals.</summary>
    private long RunSum(int j, int from, int past) => RunSumAndUpTo(j, from, past).Sum;

    /// <summary>The sum of run <paramref name="j"/> in [from, past), and its sum up to <paramref name="past"/>.</summary>
    private (long Sum, long UpTo) RunSumAndUpTo(int j, int from, int past)
    {
        int s = runStart[j], e = runStart[j + 1];
        if (s == e || past <= from)
        {
            return (0, s == e ? 0 : TotalBefore(s, e, past));
        }

        ReadOnlySpan<ushort> run = days.AsSpan(s, e - s);
        int hi = run[^1] < past ? run.Length : FirstAtOrAfter(run, past);
        if (hi == 0)
        {
            return (0, 0);
        }

        long upTo = runningTotals[s + hi - 1];
        int lo = run[0] >= from ? 0 : FirstAtOrAfter(run[..hi], from);
        return (upTo - (lo > 0 ? runningTotals[s + lo - 1] : 0), upTo);
    }

    private long TotalBefore(int s, int e, int past)
    {
        int hi = FirstAtOrAfter(days.AsSpan(s, e - s), past);
        return hi > 0 ? runningTotals[s + hi - 1] : 0;
    }

    /// <summary>
    /// Fills one kecamatan's row of an aggregate. For each kind, one forward walk over its run finds the running
    /// total before every boundary point (galloping, so that dense and sparse runs both cost little); each period's
    /// sum is then the difference of two of those.
    /// </summary>
    private void AggregateKecamatan(int k, int[] points, int[] periodFrom, int[] periodPast, long[] before, int[] positions, Span<LedgerTotals> row)
    {
        int m = points.Length;
        Span<long> recorded = before.AsSpan(0, m), lost = before.AsSpan(m, m), rerecorded = before.AsSpan(2 * m, m);
        int j = KindCount * k;
        TotalsBefore(j, points, recorded, positions);
        TotalsBefore(j + 1, points, lost, positions);
        TotalsBefore(j + 2, points, rerecorded, positions);
        for (int p = 0; p < row.Length; p++)
        {
            int a = periodFrom[p], b = periodPast[p];
            row[p] = LedgerTotals.FromValidSums(recorded[b] - recorded[a], lost[b] - lost[a], rerecorded[b] - rerecorded[a]);
        }
    }

    /// <summary>For each ascending day offset in <paramref name="points"/>, the sum of run <paramref name="j"/> dated before it.</summary>
    /// <remarks>
    /// <para>
    /// When boundaries are many entries apart (at least <see cref="DenseRun"/> on average): a run's entries are
    /// spread fairly evenly over its days (a recording set reports most working days), so the position of a boundary
    /// is first guessed from the run's density, and then corrected by a short vector scan in
    /// whichever direction the guess was off. The guesses do not depend on one another, so the processor overlaps
    /// their cache misses, and only the few cache lines around each boundary are read, not the whole run. A run
    /// whose days are uneven only costs longer scans; the result is exact either way. Sparse runs, such as the losses
    /// of a kecamatan, are walked forward from boundary to boundary instead.
    /// </para>
    /// <para>
    /// Then the running totals at those positions are read, again independently of one another.
    /// </para>
    /// </remarks>
    private void TotalsBefore(int j, ReadOnlySpan<int> points, Span<long> destination, Span<int> positions)
    {
        int s = runStart[j], e = runStart[j + 1];
        if (s == e)
        {
            destination.Clear();
            return;
        }

        ReadOnlySpan<ushort> run = days.AsSpan(s, e - s);
        int first = run[0], last = run[^1];

        // Points at or before the first day take nothing; points past the last day take everything.
        int t0 = 0;
        while (t0 < points.Length && points[t0] <= first)
        {
            t0++;
        }

        int t1 = t0;
        while (t1 < points.Length && points[t1] <= last)
        {
            t1++;
        }

        // first < key <= last for the points in [t0, t1): the answer is in [1, run.Length - 1].
        if (run.Length >= DenseRun * (t1 - t0))
        {
            double density = (double)(run.Length - 1) / Math.Max(1, last - first);
            for (int t = t0; t < t1; t++)
            {
                int guess = (int)((points[t] - first) * density);
                positions[t] = Math.Clamp(guess, 1, run.Length - 1);
            }

            for (int t = t0; t < t1; t++)
            {
                positions[t] = Settle(run, positions[t], points[t]);
            }
        }
        else
        {
            // Few entries between boundaries (losses and re-recordings are rare): walk forward.
            int pos = 0;
            for (int t = t0; t < t1; t++)
            {
                int key = points[t];
                if (run[pos] < key)
                {
                    pos = Advance(run, pos, key);
                }

                positions[t] = pos;
            }
        }

        ReadOnlySpan<long> totals = runningTotals.AsSpan(s, e - s);
        destination[..t0].Clear();
        for (int t = t0; t < t1; t++)
        {
            destination[t] = totals[positions[t] - 1];
        }

        destination[t1..].Fill(totals[^1]);
    }

    /// <summary>
    /// The index of the first day at or after <paramref name="key"/> in a sorted run, starting from a guess, given
    /// <c>run[0] &lt; key &lt;= run[^1]</c>: back a cache line at a time while the guess is too far, forward while it
    /// is too near, then a vector count in the line that holds the answer.
    /// </summary>
    private static int Settle(ReadOnlySpan<ushort> run, int guess, int key)
    {
        if (run[guess - 1] >= key)
        {
            // Too far: the answer is at or before guess - 1. Step back until a day below the key is in view.
            int pos = guess - 1;
            while (pos > 32 && run[pos - 32] >= key)
            {
                pos -= 32;
            }

            int from = Math.Max(0, pos - 32);
            return from + FirstAtOrAfter(run[from..pos], key);
        }

        // run[guess - 1] < key: the answer is at or after guess.
        return run[guess] >= key ? guess : Advance(run, guess, key);
    }

    /// <summary>
    /// The index of the first day offset at or after <paramref name="key"/> in a sorted run, given that
    /// <c>run[pos] &lt; key &lt;= run[^1]</c>. Period boundaries are usually a few dozen to a few hundred entries
    /// apart, so this walks forward a cache line (32 days) at a time while the line's last day is below the key (a
    /// well-predicted branch over memory the hardware prefetches), then counts the days below the key in the 32 that
    /// hold the answer: the run is sorted, so that count is the offset. Bisection would touch fewer lines but each
    /// step waits for the previous one's cache miss.
    /// </summary>
    private static int Advance(ReadOnlySpan<ushort> run, int pos, int key)
    {
        const int line = 32;
        while (pos + line <= run.Length && run[pos + line - 1] < key)
        {
            pos += line;
        }

        if (pos + line <= run.Length)
        {
            if (Vector512.IsHardwareAccelerated)
            {
                var below = Vector512.LessThan(Vector512.Create(run.Slice(pos, line)), Vector512.Create((ushort)key));
                return pos + BitOperations.PopCount(below.ExtractMostSignificantBits());
            }

            int half = Vector256<ushort>.Count;
            var low = Vector256.LessThan(Vector256.Create(run.Slice(pos, half)), Vector256.Create((ushort)key));
            var high = Vector256.LessThan(Vector256.Create(run.Slice(pos + half, half)), Vector256.Create((ushort)key));
            return pos + BitOperations.PopCount(low.ExtractMostSignificantBits()) + BitOperations.PopCount(high.ExtractMostSignificantBits());
        }

        while (run[pos] < key)
        {
            pos++;
        }

        return pos;
    }

    /// <summary>The index of the first day offset at or after <paramref name="key"/> in a sorted run, or its length.</summary>
    /// <remarks>Branch-free bisection (the comparison feeds a conditional move), as the outcome of each step is a coin toss.</remarks>
    private static int FirstAtOrAfter(ReadOnlySpan<ushort> run, int key)
    {
        if (run.IsEmpty)
        {
            return 0;
        }

        int lo = 0, n = run.Length;
        while (n > 1)
        {
            int half = n >> 1;
            lo = run[lo + half] < key ? lo + half : lo;
            n -= half;
        }

        return lo + (run[lo] < key ? 1 : 0);
    }

    /// <summary>
    /// Runs <paramref name="body"/> over consecutive ranges of kecamatan of about equal work, in parallel when there
    /// is enough work. Kecamatan sizes are skewed (a city kecamatan has many times the entries of a rural one), so
    /// ranges are cut by entries as well as by kecamatan.
    /// </summary>
    private void ForEachKecamatanChunk(int perKecamatanWork, int perEntryWork, Action<int, int> body)
    {
        int kecamatanCount = index.Count;
        long total = ((long)perKecamatanWork * kecamatanCount) + ((long)perEntryWork * days.Length);
        int workers = Environment.ProcessorCount;
        if (total < ParallelThreshold || workers == 1 || kecamatanCount < 2)
        {
            body(0, kecamatanCount);
            return;
        }

        // Several chunks per worker, so that a worker that finishes early takes over the rest.
        long target = Math.Max(1, total / (workers * 8L));
        var starts = new List<int> { 0 };
        long work = 0;
        for (int k = 0; k < kecamatanCount; k++)
        {
            work += perKecamatanWork + ((long)perEntryWork * (runStart[KindCount * (k + 1)] - runStart[KindCount * k]));
            if (work >= target && k + 1 < kecamatanCount)
            {
                starts.Add(k + 1);
                work = 0;
            }
        }

        starts.Add(kecamatanCount);
        Parallel.For(0, starts.Count - 1, c => body(starts[c], starts[c + 1]));
    }

    internal static string Describe(RegionCode kecamatan, LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{kecamatan} on {NodaTime.Text.LocalDatePattern.Iso.Format(date)}");
}
