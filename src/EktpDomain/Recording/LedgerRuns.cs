using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>
/// The entries of a <see cref="RecordingLedger"/> as the ledger keeps them, and the sums over them: per kecamatan
/// and kind, one run of day offsets sorted by date with the running total of its counts. Kecamatan are positions in
/// the ledger's kecamatan index.
/// </summary>
/// <remarks>Immutable and thread-safe once laid out.</remarks>
internal sealed class LedgerRuns
{
    internal const int KindCount = 3;

    // Below this much work (entries touched plus boundaries searched), a query runs on the calling thread.
    private const long ParallelThreshold = 1 << 16;

    // Runs with at least this many entries per boundary are searched by interpolation rather than walked.
    private const int DenseRun = 8;

    // Past every stored day offset (offsets are 16-bit), so a search for it lands at the end of a run.
    private const int PastLastDay = ushort.MaxValue + 1;

    // Column-wise (struct of arrays), 7 bytes an entry (11 when a run's total needs 64 bits), plus 4 when entries name
    // recording sets. Each kecamatan's entries are split into three runs, one per kind, each sorted by date; a run
    // keeps 16-bit day offsets and the running total of its counts instead of the counts themselves. The sum of a kind
    // over any window is then two binary searches and one subtraction, so window totals, coverage and backlog cost
    // O(log n) per kecamatan, and an aggregate over many periods walks each run once, touching only the entries at
    // period boundaries. The running totals take 32 bits when every run's total fits in them (a kecamatan's residents
    // always do), and otherwise 64, which is enough because building checks that every kecamatan's totals per kind fit.

    // runStart[KindCount * k + kind] is where kecamatan k's run of that kind starts; runStart[^1] is Count. A
    // kecamatan's runs are adjacent, so its entries are [runStart[3k], runStart[3k + 3]).
    private readonly int[] runStart;

    private readonly ushort[] days;        // by run, then date, then input order: day offset from baseDay
    private readonly int[]? narrowTotals;  // aligned with days: the sum of the counts of the run up to this entry, when every run's fits in 32 bits
    private readonly long[]? wideTotals;   // the same in 64 bits, when some run's total does not fit in 32 (then narrowTotals is null)
    private readonly int[]? devices;       // aligned with days: index into deviceIds, −1 for none; null when no entry names a device
    private readonly byte[] kinds;         // by kecamatan, then date, then input order (not split by kind): for enumeration only
    private readonly ImmutableArray<string> deviceIds;
    private readonly int baseDay;
    private readonly int lastDay;          // the largest day offset, or −1 for an empty ledger

    private LedgerRuns(
        int[] runStart,
        ushort[] days,
        int[]? narrowTotals,
        long[]? wideTotals,
        int[]? devices,
        byte[] kinds,
        ImmutableArray<string> deviceIds,
        int baseDay,
        int lastDay)
    {
        this.runStart = runStart;
        this.days = days;
        this.narrowTotals = narrowTotals;
        this.wideTotals = wideTotals;
        this.devices = devices;
        this.kinds = kinds;
        this.deviceIds = deviceIds;
        this.baseDay = baseDay;
        this.lastDay = lastDay;
    }

    /// <summary>The number of entries.</summary>
    internal int Count => days.Length;

    /// <summary>The recording-set ids named by entries, in first-seen order.</summary>
    internal ImmutableArray<string> DeviceIds => deviceIds;

    /// <summary>The first and last dates of any entry, or null when there are none.</summary>
    internal DateInterval? Span => days.Length == 0
        ? null
        : new DateInterval(DayNumber.ToDate(baseDay), DayNumber.ToDate(baseDay + lastDay));

    private int KecamatanCount => (runStart.Length - 1) / KindCount;

    /// <summary>
    /// Lays out checked entries: per kecamatan, one run per kind in (date, input) order holding day offsets and
    /// running totals, plus the kinds in (date, input) order across kinds so that enumeration gives back the entries
    /// as they were ordered before the split. When the entries are in order (<paramref name="order"/> null), the
    /// layout takes over <paramref name="kinds"/>, <paramref name="devices"/> and, for 32-bit totals,
    /// <paramref name="counts"/> as its own columns, rewriting each kecamatan's range in place, so that a large
    /// ledger is not held twice while it is laid out: the caller must not use them afterwards. The columns may be
    /// longer than <paramref name="count"/>.
    /// </summary>
    /// <param name="kecamatanCount">The number of kecamatan.</param>
    /// <param name="count">The number of entries.</param>
    /// <param name="order">The entries' positions in the columns below, by kecamatan, then date, then input order; null when the columns are in that order.</param>
    /// <param name="segmentStart">Where each kecamatan's entries start in <paramref name="order"/>; the last item is the count.</param>
    /// <param name="dayNumbers">The entries' day numbers (at least as long as <paramref name="order"/>).</param>
    /// <param name="kinds">The entries' kinds.</param>
    /// <param name="counts">The entries' counts when each fits in 32 bits (<paramref name="wideCounts"/> null); every kind's total per kecamatan fits in a <see cref="long"/>.</param>
    /// <param name="wideCounts">The entries' counts when some do not fit in 32 bits, or null.</param>
    /// <param name="devices">The entries' indices into <paramref name="deviceIds"/> (−1 for none), or null when no entry names a set.</param>
    /// <param name="deviceIds">The recording-set ids, in first-seen order.</param>
    /// <param name="baseDay">The smallest day number.</param>
    /// <param name="lastDay">The largest day number less <paramref name="baseDay"/> (at most 65,535), or −1 when there are no entries.</param>
    /// <param name="wideTotal">Whether some kecamatan's total of some kind does not fit in 32 bits.</param>
    internal static LedgerRuns Layout(
        int kecamatanCount,
        int count,
        int[]? order,
        int[] segmentStart,
        int[] dayNumbers,
        byte[] kinds,
        int[] counts,
        long[]? wideCounts,
        int[]? devices,
        ImmutableArray<string> deviceIds,
        int baseDay,
        int lastDay,
        bool wideTotal)
    {
        // In order, each kecamatan's entries already occupy the range its runs will: its columns are rewritten there.
        // A kind column in (date, input) order is then the input's own.
        bool inPlace = order is null;
        var runStart = new int[(KindCount * kecamatanCount) + 1];
        var days = new ushort[count];
        // A count beyond 32 bits makes its run's total so too; checked here as well, so that the counts column is
        // never taken over for totals when the counts are in wideCounts.
        wideTotal |= wideCounts is not null;
        int[]? narrowTotals = wideTotal ? null : inPlace ? counts : new int[count];
        long[]? wideTotals = wideTotal ? new long[count] : null;
        var sortedKinds = inPlace ? kinds : new byte[count];
        int[]? sortedDevices = devices is null ? null : inPlace ? devices : new int[count];

        // Kecamatan are laid out independently, into their own ranges: in chunks of about equal entries, in parallel.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void LayOut(int from, int to)
        {
            Span<int> next = stackalloc int[KindCount];
            Span<long> running = stackalloc long[KindCount];

            // In place, a kecamatan's counts and sets are copied aside before its range is rewritten.
            int longest = 0;
            for (int k = from; inPlace && k < to; k++)
            {
                longest = Math.Max(longest, segmentStart[k + 1] - segmentStart[k]);
            }

            long[] segmentCounts = new long[longest];
            int[] segmentDevices = new int[devices is null ? 0 : longest];
            for (int k = from; k < to; k++)
            {
                int s = segmentStart[k], e = segmentStart[k + 1];
                next.Clear();
                for (int p = s; p < e; p++)
                {
                    int i = order is null ? p : order[p];
                    sortedKinds[p] = kinds[i];
                    next[kinds[i]]++;
                    if (inPlace)
                    {
                        segmentCounts[p - s] = wideCounts is null ? counts[i] : wideCounts[i];
                        if (devices is not null)
                        {
                            segmentDevices[p - s] = devices[i];
                        }
                    }
                }

                // Turn the per-kind sizes into run starts.
                int start = s;
                for (int kind = 0; kind < KindCount; kind++)
                {
                    int size = next[kind];
                    runStart[(KindCount * k) + kind] = start;
                    next[kind] = start;
                    start += size;
                }

                running.Clear();
                for (int p = s; p < e; p++)
                {
                    int i = order is null ? p : order[p];
                    int kind = kinds[i];
                    int q = next[kind]++;

                    // Cannot overflow: checking the segment verified that every kind's total fits in a long, and in an
                    // int unless wideTotal.
                    long c = inPlace ? segmentCounts[p - s] : wideCounts is null ? counts[i] : wideCounts[i];
                    running[kind] = unchecked(running[kind] + c);
                    days[q] = (ushort)(dayNumbers[i] - baseDay);
                    if (narrowTotals is not null)
                    {
                        narrowTotals[q] = unchecked((int)running[kind]);
                    }
                    else
                    {
                        wideTotals![q] = running[kind];
                    }

                    if (sortedDevices is not null)
                    {
                        sortedDevices[q] = inPlace ? segmentDevices[p - s] : devices![i];
                    }
                }
            }
        }

        ForEachChunk(kecamatanCount, segmentStart, LayOut);
        runStart[^1] = count;
        return new LedgerRuns(runStart, days, narrowTotals, wideTotals, sortedDevices, sortedKinds, deviceIds, baseDay, lastDay);
    }

    /// <summary>
    /// Converts an inclusive window to a half-open range of day offsets [from, past), each clamped to
    /// [0, <see cref="PastLastDay"/>] so that searches for them behave as for the unclamped dates.
    /// </summary>
    internal (int From, int Past) DayRange(DateInterval window) => (Offset(window.Start), PastOffset(window.End));

    /// <summary>The day offset just past <paramref name="date"/>, clamped as in <see cref="DayRange"/>.</summary>
    internal int PastOffset(LocalDate date) => (int)Math.Clamp((long)DayNumber.Of(date) - baseDay + 1, 0, PastLastDay);

    /// <summary>The totals of kecamatan [start, end) over the day offsets [from, past).</summary>
    /// <exception cref="OverflowException">A sum of a kind does not fit in a <see cref="long"/>.</exception>
    internal LedgerTotals WindowTotals(int start, int end, int from, int past)
    {
        LedgerTotals total = LedgerTotals.Zero;
        for (int k = start; k < end; k++)
        {
            total += WindowTotals(k, from, past);
        }

        return total;
    }

    /// <summary>
    /// The totals of kecamatan [start, end) over the day offsets [from, past), and before <paramref name="past"/>,
    /// from one search per run.
    /// </summary>
    /// <exception cref="OverflowException">A sum of a kind does not fit in a <see cref="long"/>.</exception>
    internal (LedgerTotals Window, LedgerTotals UpTo) WindowAndUpToTotals(int start, int end, int from, int past)
    {
        LedgerTotals inWindow = LedgerTotals.Zero, upTo = LedgerTotals.Zero;
        for (int k = start; k < end; k++)
        {
            (LedgerTotals w, LedgerTotals u) = WindowAndUpToTotals(k, from, past);
            inWindow += w;
            upTo += u;
        }

        return (inWindow, upTo);
    }

    /// <summary>Each kecamatan's totals over the day offsets [from, past), in kecamatan order.</summary>
    internal LedgerTotals[] WindowTotalsByKecamatan(int from, int past)
    {
        var result = new LedgerTotals[KecamatanCount];
        ForEachKecamatanChunk(perKecamatanWork: 64, perEntryWork: 0, (start, end) =>
        {
            for (int k = start; k < end; k++)
            {
                result[k] = WindowTotals(k, from, past);
            }
        });

        return result;
    }

    /// <summary><see cref="WindowAndUpToTotals(int, int, int, int)"/> for each kecamatan, in kecamatan order.</summary>
    internal (LedgerTotals[] Window, LedgerTotals[] UpTo) WindowAndUpToTotalsByKecamatan(int from, int past)
    {
        var inWindow = new LedgerTotals[KecamatanCount];
        var upTo = new LedgerTotals[KecamatanCount];
        ForEachKecamatanChunk(perKecamatanWork: 64, perEntryWork: 0, (start, end) =>
        {
            for (int k = start; k < end; k++)
            {
                (inWindow[k], upTo[k]) = WindowAndUpToTotals(k, from, past);
            }
        });

        return (inWindow, upTo);
    }

    /// <summary>
    /// The totals of every kecamatan in each of <paramref name="periods"/>, row by row: kecamatan k's totals in period
    /// p are at <c>k × periods.Length + p</c>. The caller has checked that the table fits in an array.
    /// </summary>
    internal LedgerTotals[] Aggregate(ImmutableArray<DateInterval> periods)
    {
        int periodCount = periods.Length;

        // Every period [a, b] needs the running total before day a and before day b + 1; search each distinct
        // boundary once, in ascending order, so that one forward walk per run finds them all.
        var boundaries = new int[2 * periodCount];
        for (int p = 0; p < periodCount; p++)
        {
            (boundaries[2 * p], boundaries[(2 * p) + 1]) = DayRange(periods[p]);
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
        var totals = GC.AllocateUninitializedArray<LedgerTotals>(KecamatanCount * periodCount);
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

        return totals;
    }

    /// <summary>The entries of kecamatan [start, end), by kecamatan then date; entries of one date keep their input order.</summary>
    /// <param name="startKecamatan">The first kecamatan.</param>
    /// <param name="endKecamatan">Past the last kecamatan.</param>
    /// <param name="codes">The codes of all the kecamatan, by position.</param>
    internal IEnumerable<LedgerEntry> Entries(int startKecamatan, int endKecamatan, ImmutableArray<RegionCode> codes)
    {
        // kinds[] is in (date, input) order across kinds; each kind's next entry is the next one of its run.
        int[] cursor = new int[KindCount];
        for (int k = startKecamatan; k < endKecamatan; k++)
        {
            RegionCode code = codes[k];
            int first = runStart[KindCount * k];
            for (int kind = 0; kind < KindCount; kind++)
            {
                cursor[kind] = runStart[(KindCount * k) + kind];
            }

            for (int i = first; i < runStart[KindCount * (k + 1)]; i++)
            {
                int kind = kinds[i];
                int q = cursor[kind]++;
                long count = Total(q) - (q > runStart[(KindCount * k) + kind] ? Total(q - 1) : 0);
                string? device = devices is null || devices[q] < 0 ? null : deviceIds[devices[q]];
                yield return new LedgerEntry(DayNumber.ToDate(baseDay + days[q]), code, (LedgerEntryKind)kind, count, device);
            }
        }
    }

    private int Offset(LocalDate date) => (int)Math.Clamp((long)DayNumber.Of(date) - baseDay, 0, PastLastDay);

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
        int hi = run[^1] < past ? run.Length : DaySearch.FirstAtOrAfter(run, past);
        if (hi == 0)
        {
            return (0, 0);
        }

        long upTo = Total(s + hi - 1);
        int lo = run[0] >= from ? 0 : DaySearch.FirstAtOrAfter(run[..hi], from);
        return (upTo - (lo > 0 ? Total(s + lo - 1) : 0), upTo);
    }

    private long TotalBefore(int s, int e, int past)
    {
        int hi = DaySearch.FirstAtOrAfter(days.AsSpan(s, e - s), past);
        return hi > 0 ? Total(s + hi - 1) : 0;
    }

    /// <summary>The running total of its run at entry <paramref name="q"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Total(int q) => narrowTotals is not null ? narrowTotals[q] : wideTotals![q];

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
                // At most run.Length - 1, as points[t] <= last. Unchecked, because the project's overflow checks would
                // convert the double through a helper call, once for every boundary of every run.
                int guess = unchecked((int)((points[t] - first) * density));
                positions[t] = Math.Clamp(guess, 1, run.Length - 1);
            }

            for (int t = t0; t < t1; t++)
            {
                positions[t] = DaySearch.Settle(run, positions[t], points[t]);
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
                    pos = DaySearch.Advance(run, pos, key);
                }

                positions[t] = pos;
            }
        }

        destination[..t0].Clear();
        for (int t = t0; t < t1; t++)
        {
            destination[t] = Total(s + positions[t] - 1);
        }

        destination[t1..].Fill(Total(e - 1));
    }

    /// <summary>
    /// Runs <paramref name="body"/> over kecamatan [0, <paramref name="kecamatanCount"/>) in chunks of about equal
    /// entries (<paramref name="segmentStart"/> gives each kecamatan's first), in parallel when there are enough.
    /// </summary>
    internal static void ForEachChunk(int kecamatanCount, int[] segmentStart, Action<int, int> body)
    {
        int workers = Environment.ProcessorCount;
        long total = segmentStart[kecamatanCount];
        if (total < ParallelThreshold || workers == 1 || kecamatanCount < 2)
        {
            body(0, kecamatanCount);
            return;
        }

        long target = Math.Max(1, total / (workers * 8L));
        var starts = new List<int> { 0 };
        for (int k = 1; k < kecamatanCount; k++)
        {
            if (segmentStart[k] - segmentStart[starts[^1]] >= target)
            {
                starts.Add(k);
            }
        }

        starts.Add(kecamatanCount);
        Parallel.For(0, starts.Count - 1, c => body(starts[c], starts[c + 1]));
    }

    /// <summary>
    /// Runs <paramref name="body"/> over consecutive ranges of kecamatan of about equal work, in parallel when there
    /// is enough work. Kecamatan sizes are skewed (a city kecamatan has many times the entries of a rural one), so
    /// ranges are cut by entries as well as by kecamatan.
    /// </summary>
    private void ForEachKecamatanChunk(int perKecamatanWork, int perEntryWork, Action<int, int> body)
    {
        int kecamatanCount = KecamatanCount;
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
}
