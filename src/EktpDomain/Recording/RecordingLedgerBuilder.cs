using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using EktpDomain.Utility;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Recording;

/// <summary>
/// Collects ledger entries, then checks them all and builds an immutable <see cref="RecordingLedger"/> (R3).
/// </summary>
/// <remarks>
/// <para>
/// Entries can come in any order. Every problem is collected, each with the <see cref="SourceLocation"/> of its
/// entry, and <see cref="Build"/> reports them all at once in a <see cref="DataValidationException"/>:
/// </para>
/// <list type="bullet">
/// <item>an entry for a kecamatan the ledger does not cover, or a negative count;</item>
/// <item>a date at whose end a kecamatan's re-recordings so far exceed its losses so far (backlog below zero);</item>
/// <item>a date at whose end a kecamatan's losses so far exceed what it had recorded (coverage below zero);</item>
/// <item>counts of one kind that sum, over the whole ledger, beyond the range of a 64-bit count (so that no region's
/// total can overflow), or dates more than 179 years apart.</item>
/// </list>
/// <para>A builder is not thread-safe. It can be used once: <see cref="Build"/> or <see cref="TryBuild"/> ends it.</para>
/// </remarks>
public sealed class RecordingLedgerBuilder
{
    private const int MaxSpanDays = ushort.MaxValue;

    private readonly KecamatanIndex index;
    private readonly BuildState state = new("recording ledger");
    private readonly Dictionary<string, int> deviceIndex = new(StringComparer.Ordinal);
    private readonly List<string> deviceIds = [];
    private int[] dayNumbers = new int[16];
    // Each entry's kecamatan is kept only once the entries stop coming in kecamatan order (null until then): in order,
    // the entries of kecamatan k are the next kecamatanCounts[k] after those of the ones before it.
    private int[]? kecamatanIndices;
    private readonly int[] kecamatanCounts;
    private byte[] kinds = new byte[16];
    // Counts take 32 bits until one does not fit: then every count moves to wideCounts, and counts is let go.
    private int[] counts = new int[16];
    private long[]? wideCounts;
    private int[] devices = new int[16];
    private int count;

    // Where the entries came from, as runs rather than a column: bulk input adds line after line of a file, so
    // millions of entries keep a handful of runs. Run r starts at entry locationStarts[r], which came from
    // sources[locationSources[r]] (−1 for none) at line locationLines[r]; each next entry of the run came from the
    // next line.
    private readonly List<int> locationStarts = [];
    private readonly List<int> locationSources = [];
    private readonly List<int> locationLines = [];
    private readonly List<SourceLocation> sources = [];
    private readonly Dictionary<(string File, string? Sheet), int> sourceIndex = [];
    private int nextLine;
    private bool anyDevice;
    // Whether some kecamatan's total of some kind needs 64 bits; set by the checks, on any of their threads.
    private bool wideTotal;

    // Bulk input names the same kecamatan, set and file row after row: the last of each is looked up once.
    private long lastKey = -1;
    private int lastIndex;
    private string? lastDevice;
    private int lastDeviceIndex;
    private SourceLocation lastSource;
    private int lastSourceIndex = -1;

    // Whether the entries so far came by kecamatan, then date, as exports write them: then building sorts nothing.
    private bool inOrder = true;
    private int lastKecamatan;
    private int lastDay = int.MinValue;

    internal RecordingLedgerBuilder(KecamatanIndex index)
    {
        this.index = index;
        kecamatanCounts = new int[index.Count];
    }

    /// <summary>The number of entries added so far, valid or not.</summary>
    public int Count => count;

    /// <summary>
    /// Makes room for at least <paramref name="capacity"/> entries in all, so that a bulk load whose size is known
    /// (or estimated) does not grow the builder's storage step by step.
    /// </summary>
    /// <param name="capacity">The number of entries to make room for.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its ledger.</exception>
    public RecordingLedgerBuilder EnsureCapacity(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        state.ThrowIfBuilt();
        if (capacity > dayNumbers.Length)
        {
            Resize(capacity);
        }

        return this;
    }

    /// <summary>Adds an entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>This builder.</returns>
    public RecordingLedgerBuilder Add(LedgerEntry entry) => Add(entry, SourceLocation.None);

    /// <summary>Adds an entry that came from bulk input.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="source">Where the entry came from, for error messages.</param>
    /// <returns>This builder.</returns>
    public RecordingLedgerBuilder Add(LedgerEntry entry, SourceLocation source) =>
        Add(entry.Date, entry.Kecamatan, entry.Kind, entry.Count, entry.Device, source);

    /// <summary>Adds several entries without source locations.</summary>
    /// <param name="entries">The entries.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    public RecordingLedgerBuilder AddRange(IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            Add(entry);
        }

        return this;
    }

    /// <summary>
    /// Adds an entry from its fields, as read from bulk input. Unlike the <see cref="LedgerEntry"/> constructor, this
    /// never throws for bad values: a negative count or an unknown kecamatan is collected as a problem at
    /// <paramref name="source"/>, and reported by <see cref="Build"/>.
    /// </summary>
    /// <param name="date">The day of the entry.</param>
    /// <param name="kecamatan">The kecamatan; must be one the ledger covers.</param>
    /// <param name="kind">Recorded, lost or re-recorded.</param>
    /// <param name="count">The number of residents; zero or more.</param>
    /// <param name="device">The recording set's id, or null or blank for none.</param>
    /// <param name="source">Where the entry came from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its ledger.</exception>
    // Bulk loads call this for every row, from loops compiled optimised at once: so is this.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RecordingLedgerBuilder Add(LocalDate date, RegionCode kecamatan, LedgerEntryKind kind, long count, string? device, SourceLocation source)
    {
        state.ThrowIfBuilt();
        int k;
        if (kecamatan.SortKey == lastKey)
        {
            k = lastIndex;
        }
        else
        {
            k = index.IndexOf(kecamatan);
            if (k >= 0)
            {
                (lastKey, lastIndex) = (kecamatan.SortKey, k);
            }
        }

        bool valid = true;
        if (k < 0)
        {
            state.Add(source, kecamatan.Level == RegionLevel.Kecamatan
                ? $"unknown kecamatan '{kecamatan}': it is not in the kecamatan list."
                : Preconditions.NotKecamatanMessage(kecamatan, "a ledger entry"));
            valid = false;
        }

        if (!LedgerNames.Kind.IsDefined(kind))
        {
            state.Add(source, $"unknown entry kind {(int)kind}; use recorded, lost or rerecorded.");
            valid = false;
        }

        if (count < 0)
        {
            state.Add(source, string.Create(CultureInfo.InvariantCulture, $"count {count} is negative; a ledger count must be 0 or more."));
            valid = false;
        }

        if (!valid)
        {
            return this;
        }

        MakeRoom();
        int i = this.count++;
        int day = DayNumber.Of(date);
        inOrder &= k > lastKecamatan || (k == lastKecamatan && day >= lastDay);
        (lastKecamatan, lastDay) = (k, day);
        if (!inOrder)
        {
            (kecamatanIndices ??= KecamatanIndicesSoFar())[i] = k;
        }

        kecamatanCounts[k]++;
        dayNumbers[i] = day;
        kinds[i] = (byte)kind;
        SetCount(i, count);
        devices[i] = DeviceIndex(device);
        AddLocation(i, source);
        return this;
    }

    /// <summary>Checks every entry and builds the ledger.</summary>
    /// <returns>The immutable ledger.</returns>
    /// <exception cref="DataValidationException">The entries are invalid; <see cref="DataValidationException.Problems"/> lists every problem.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its ledger.</exception>
    public RecordingLedger Build() => state.Finish(Check, Layout);

    /// <summary>Checks every entry and builds the ledger, or returns every problem found.</summary>
    /// <param name="ledger">The ledger, or null when there are problems.</param>
    /// <param name="problemsFound">Every problem, in input order (empty on success).</param>
    /// <returns>Whether the ledger was built.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its ledger.</exception>
    public bool TryBuild([NotNullWhen(true)] out RecordingLedger? ledger, out ImmutableArray<DataProblem> problemsFound) =>
        state.TryFinish(Check, Layout, out ledger, out problemsFound);

    /// <summary>
    /// Orders the entries and checks what only the whole ledger shows: its span of dates, and each kecamatan's backlog,
    /// coverage and totals (R3).
    /// </summary>
    private (int[]? Order, int[] SegmentStart, int BaseDay, int MaxDay) Check()
    {
        int[]? order = SortByKecamatanAndDate(out int[] segmentStart);
        var found = new List<(int Order, DataProblem Problem)>();
        int baseDay = count == 0 ? 0 : int.MaxValue;
        int maxDay = int.MinValue;
        int earliest = -1, latest = -1;
        for (int i = 0; i < count; i++)
        {
            if (dayNumbers[i] < baseDay)
            {
                baseDay = dayNumbers[i];
                earliest = i;
            }

            if (dayNumbers[i] > maxDay)
            {
                maxDay = dayNumbers[i];
                latest = i;
            }
        }

        if (count > 0 && maxDay - baseDay > MaxSpanDays)
        {
            // Blame the earliest entry (an old or mistyped date is the usual cause) and name where the latest one is.
            var latestAt = Location(latest);
            found.Add((earliest, new DataProblem(
                Location(earliest),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"date {IsoDate(baseDay)} makes the ledger span {IsoDate(baseDay)} to {IsoDate(maxDay)}{(latestAt.IsKnown ? $" ({latestAt})" : string.Empty)}, more than {MaxSpanDays} days; check the date, or split the data into separate ledgers."))));
        }

        if (!CheckSegmentsInParallel(order, segmentStart, found))
        {
            var ledgerTotals = new long[LedgerRuns.KindCount];
            for (int k = 0; k < index.Count; k++)
            {
                if (!CheckSegment(k, order, segmentStart, ledgerTotals, found))
                {
                    break;
                }
            }
        }

        // Problems found while adding come first, in input order; then the ledger-wide checks, in input order.
        found.Sort((a, b) => a.Order.CompareTo(b.Order));
        foreach (var (_, problem) in found)
        {
            state.Add(problem);
        }

        return (order, segmentStart, baseDay, maxDay);
    }

    private RecordingLedger Layout((int[]? Order, int[] SegmentStart, int BaseDay, int MaxDay) input)
    {
        var (order, segmentStart, baseDay, maxDay) = input;

        // The builder is used up: its columns go to the layout (the kecamatan column, which the layout does not read,
        // is let go first). For entries that came in order, the layout keeps the kinds and sets columns, and the
        // counts column for 32-bit totals, as its own, so that a large load is not held twice.
        var (days, entryKinds, entryCounts, entryWideCounts, entryDevices) = (dayNumbers, kinds, counts, wideCounts, devices);
        kecamatanIndices = null;
        (dayNumbers, kinds, counts, wideCounts, devices) = ([], [], [], null, []);
        var runs = LedgerRuns.Layout(
            index.Count, count, order, segmentStart, days, entryKinds, entryCounts, entryWideCounts, anyDevice ? entryDevices : null, [.. deviceIds], baseDay, count == 0 ? -1 : maxDay - baseDay, wideTotal);
        return new RecordingLedger(index, runs);
    }

    /// <summary>
    /// Orders entries by kecamatan, then date, then input order (a stable counting sort then per-segment sorts), or
    /// gives null when they came in that order: an export's rows are laid out in one linear pass, without a sort.
    /// </summary>
    private int[]? SortByKecamatanAndDate(out int[] segmentStart)
    {
        segmentStart = new int[index.Count + 1];
        for (int k = 0; k < index.Count; k++)
        {
            segmentStart[k + 1] = segmentStart[k] + kecamatanCounts[k];
        }

        if (inOrder)
        {
            return null;
        }

        var next = (int[])segmentStart.Clone();
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[next[kecamatanIndices![i]]++] = i;
        }

        for (int k = 0; k < index.Count; k++)
        {
            int s = segmentStart[k], e = segmentStart[k + 1];
            bool sorted = true;
            for (int p = s + 1; p < e && sorted; p++)
            {
                sorted = dayNumbers[order[p - 1]] <= dayNumbers[order[p]];
            }

            if (!sorted)
            {
                var keys = new long[e - s];
                for (int p = s; p < e; p++)
                {
                    keys[p - s] = ((long)dayNumbers[order[p]] << 32) | (uint)order[p];
                }

                keys.AsSpan().Sort(order.AsSpan(s, e - s));
            }
        }

        return order;
    }

    /// <summary>
    /// Checks the kecamatan in chunks on every core, each chunk with its own totals. The ledger-wide totals only
    /// matter when they overflow, and then the problem names the entry at which the running sum in kecamatan order
    /// overflowed; so when a chunk's or the ledger's totals go beyond 64 bits, this adds nothing and returns false,
    /// and the caller checks again one kecamatan after another.
    /// </summary>
    private bool CheckSegmentsInParallel(int[]? order, int[] segmentStart, List<(int Order, DataProblem Problem)> found)
    {
        var chunks = new List<(long[] Totals, List<(int Order, DataProblem Problem)> Found, bool Whole)>();
        LedgerRuns.ForEachChunk(index.Count, segmentStart, (from, to) =>
        {
            var totals = new long[LedgerRuns.KindCount];
            var chunkFound = new List<(int Order, DataProblem Problem)>();
            bool whole = true;
            for (int k = from; k < to && whole; k++)
            {
                whole = CheckSegment(k, order, segmentStart, totals, chunkFound);
            }

            lock (chunks)
            {
                chunks.Add((totals, chunkFound, whole));
            }
        });

        for (int kind = 0; kind < LedgerRuns.KindCount; kind++)
        {
            Int128 sum = 0;
            foreach (var chunk in chunks)
            {
                sum += chunk.Totals[kind];
            }

            if (sum > long.MaxValue)
            {
                return false;
            }
        }

        foreach (var chunk in chunks)
        {
            if (!chunk.Whole)
            {
                return false;
            }
        }

        foreach (var chunk in chunks)
        {
            found.AddRange(chunk.Found);
        }

        return true;
    }

    /// <summary>Walks one kecamatan by date, checking backlog and coverage at the end of each date (R3).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool CheckSegment(int k, int[]? order, int[] segmentStart, long[] ledgerTotals, List<(int Order, DataProblem Problem)> found)
    {
        long recorded = 0, lost = 0, rerecorded = 0;
        int s = segmentStart[k], e = segmentStart[k + 1];
        int p = s;
        while (p < e)
        {
            int day = dayNumbers[order is null ? p : order[p]];
            int lastLost = -1, lastRerecorded = -1;
            for (; p < e && dayNumbers[order is null ? p : order[p]] == day; p++)
            {
                int i = order is null ? p : order[p];
                long c = CountAt(i);
                // The ledger-wide totals bound every kecamatan's and every region's sums, so checking them is enough
                // for no query, down to the nation, to overflow.
                int kind = kinds[i];
                if (!CheckedMath.TryAdd(ref ledgerTotals[kind], c))
                {
                    found.Add((i, new DataProblem(Location(i), string.Create(
                        CultureInfo.InvariantCulture,
                        $"this count makes the ledger's {LedgerNames.Kind.Format((LedgerEntryKind)kind)} counts (up to {RecordingLedger.Describe(index.Codes[k], DayNumber.ToDate(day))}) sum beyond the 64-bit limit of about 9.2 × 10^18; check for a corrupt count."))));
                    return false;
                }

                switch ((LedgerEntryKind)kind)
                {
                    case LedgerEntryKind.Recorded:
                        recorded += c;
                        break;
                    case LedgerEntryKind.Lost:
                        lost += c;
                        lastLost = i;
                        break;
                    default:
                        rerecorded += c;
                        lastRerecorded = i;
                        break;
                }
            }

            LocalDate date = DayNumber.ToDate(day);
            long backlog = lost - rerecorded;
            if (backlog < 0)
            {
                found.Add((lastRerecorded, new DataProblem(Location(lastRerecorded), string.Create(
                    CultureInfo.InvariantCulture,
                    $"rerecorded {CountAt(lastRerecorded)} at {RecordingLedger.Describe(index.Codes[k], date)} pushes the re-recording backlog below zero: by the end of that date re-recordings total {rerecorded} but losses only {lost}."))));

                // Count the excess as if it had not happened, so one bad entry is reported once, not on every later date.
                rerecorded = lost;
            }

            // Recorded and re-recorded residents minus losses; computed as (recorded − backlog), which cannot overflow.
            long coverage = recorded - (lost - rerecorded);
            if (coverage < 0)
            {
                found.Add((lastLost, new DataProblem(Location(lastLost), string.Create(
                    CultureInfo.InvariantCulture,
                    $"lost {CountAt(lastLost)} at {RecordingLedger.Describe(index.Codes[k], date)} pushes coverage below zero: by the end of that date losses total {lost} but only {(Int128)recorded + rerecorded} were ever recorded."))));
                lost = (long)Int128.Min((Int128)recorded + rerecorded, long.MaxValue);
            }
        }

        // Once per kecamatan, at its end: its sums are then its runs' totals (a problem above changes them, but then
        // nothing is built).
        if (recorded > int.MaxValue || lost > int.MaxValue || rerecorded > int.MaxValue)
        {
            wideTotal = true;
        }

        return true;
    }

    /// <summary>Where entry <paramref name="i"/> came from, or <see cref="SourceLocation.None"/>.</summary>
    private SourceLocation Location(int i)
    {
        if (i < 0 || i >= count)
        {
            return SourceLocation.None;
        }

        // The last run that starts at or before i.
        int r = SortedArray.LowerBound(CollectionsMarshal.AsSpan(locationStarts), i + 1) - 1;
        if (r < 0 || locationSources[r] < 0)
        {
            return SourceLocation.None;
        }

        return sources[locationSources[r]].WithLine(locationLines[r] + (i - locationStarts[r]));
    }

    /// <summary>Records that entry <paramref name="i"/> came from <paramref name="source"/>: a new run unless it is the line after the last entry's.</summary>
    private void AddLocation(int i, SourceLocation source)
    {
        int s = SourceIndex(source);
        int last = locationSources.Count == 0 ? -1 : locationSources[^1];
        if (s != last || (s >= 0 && source.Line != nextLine))
        {
            locationStarts.Add(i);
            locationSources.Add(s);
            locationLines.Add(source.Line);
        }

        nextLine = source.Line + 1;
    }

    private int SourceIndex(SourceLocation source)
    {
        if (!source.IsKnown)
        {
            return -1;
        }

        if (ReferenceEquals(source.File, lastSource.File) && ReferenceEquals(source.Sheet, lastSource.Sheet))
        {
            return lastSourceIndex;
        }

        if (!sourceIndex.TryGetValue((source.File, source.Sheet), out int s))
        {
            s = sources.Count;
            sources.Add(source);
            sourceIndex.Add((source.File, source.Sheet), s);
        }

        (lastSource, lastSourceIndex) = (source, s);
        return s;
    }

    private long CountAt(int i) => wideCounts is null ? counts[i] : wideCounts[i];

    private void SetCount(int i, long value)
    {
        if (wideCounts is null && value > int.MaxValue)
        {
            // The first count beyond 32 bits: from now on every count takes 64.
            wideCounts = new long[counts.Length];
            for (int j = 0; j < i; j++)
            {
                wideCounts[j] = counts[j];
            }

            counts = [];
        }

        if (wideCounts is null)
        {
            counts[i] = (int)value;
        }
        else
        {
            wideCounts[i] = value;
        }
    }

    private static string IsoDate(int dayNumber) => LocalDatePattern.Iso.Format(DayNumber.ToDate(dayNumber));

    private int DeviceIndex(string? device)
    {
        if (string.IsNullOrWhiteSpace(device))
        {
            return -1;
        }

        anyDevice = true;
        if (ReferenceEquals(device, lastDevice))
        {
            return lastDeviceIndex;
        }

        if (!deviceIndex.TryGetValue(device, out int d))
        {
            d = deviceIds.Count;
            deviceIds.Add(device);
            deviceIndex.Add(device, d);
        }

        (lastDevice, lastDeviceIndex) = (device, d);
        return d;
    }

    /// <summary>The kecamatan of the entries added so far, which came in kecamatan order, as a column with room for more.</summary>
    private int[] KecamatanIndicesSoFar()
    {
        var column = new int[dayNumbers.Length];
        int start = 0;
        for (int k = 0; k < index.Count; k++)
        {
            column.AsSpan(start, kecamatanCounts[k]).Fill(k);
            start += kecamatanCounts[k];
        }

        return column;
    }

    private void MakeRoom()
    {
        if (count == dayNumbers.Length)
        {
            Resize(checked(dayNumbers.Length * 2));
        }
    }

    private void Resize(int size)
    {
        Array.Resize(ref dayNumbers, size);
        if (kecamatanIndices is not null)
        {
            Array.Resize(ref kecamatanIndices, size);
        }

        Array.Resize(ref kinds, size);
        if (wideCounts is null)
        {
            Array.Resize(ref counts, size);
        }
        else
        {
            Array.Resize(ref wideCounts, size);
        }

        Array.Resize(ref devices, size);
    }
}
