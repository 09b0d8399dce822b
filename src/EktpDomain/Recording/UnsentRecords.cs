using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>
/// The records each recording set holds that have not yet been sent to the central server (R13), day by day: what a
/// software or credential failure at the site would lose.
/// </summary>
/// <remarks>
/// <para>
/// <b>R13.</b> Only the sets a <see cref="SyncLog"/> names are tracked, each per kecamatan it recorded in. At the end
/// of each day, in this order: the set's gross recordings of the day (recorded + re-recorded, from the ledger entries
/// that name it) join its unsent records; the records it sent that day leave them, oldest first; then the day's
/// losses (R3) take unsent records, oldest first: a lost entry that names a tracked set from that set, a lost entry
/// without a set from every tracked set of the kecamatan together. A loss larger than what is unsent takes all of
/// it: the rest were records of no tracked set.
/// </para>
/// <para>
/// So the unsent count is gross recorded so far − sent so far − lost from the unsent so far, and is never negative:
/// a set that sends more than was waiting is invalid input, reported at the sync row's <c>FILE:LINE</c>. The oldest
/// unsent record's age (first in, first out) is the number of working days of its kecamatan after the day it was
/// recorded, up to the day asked about.
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class UnsentRecords
{
    private readonly KecamatanIndex index;
    private readonly ImmutableArray<string>[] devices;
    private readonly UnsentTimeline[][] timelines;

    private UnsentRecords(KecamatanIndex index, ImmutableArray<string>[] devices, UnsentTimeline[][] timelines)
    {
        this.index = index;
        this.devices = devices;
        this.timelines = timelines;
    }

    /// <summary>The codes of the kecamatan of the sync log, in code order.</summary>
    public ImmutableArray<RegionCode> KecamatanCodes => index.Codes;

    /// <summary>Replays the ledger and the sync log (R13).</summary>
    /// <param name="ledger">The ledger: what each set recorded, and what was lost.</param>
    /// <param name="sync">What each set sent.</param>
    /// <returns>The unsent records.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataValidationException">A set sent more than was waiting; every such row is listed at its source.</exception>
    public static UnsentRecords Calculate(RecordingLedger ledger, SyncLog sync) =>
        TryCalculate(ledger, sync, out var unsent, out var problems) ? unsent : throw new DataValidationException(problems);

    /// <summary>Replays the ledger and the sync log (R13), or returns every row that sent more than was waiting.</summary>
    /// <param name="ledger">The ledger: what each set recorded, and what was lost.</param>
    /// <param name="sync">What each set sent.</param>
    /// <param name="unsent">The unsent records, or null when there are problems.</param>
    /// <param name="problems">Every problem, in input order (empty on success).</param>
    /// <returns>Whether the log fits the ledger.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryCalculate(RecordingLedger ledger, SyncLog sync, [NotNullWhen(true)] out UnsentRecords? unsent, out ImmutableArray<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(sync);

        // A loader checks the log against the ledger, then RecordingData.Sync asks for the same result: it is kept
        // with the log, for the ledger it was replayed against, so that the replay runs once.
        if (sync.Unsent is { } kept && ReferenceEquals(kept.Ledger, ledger))
        {
            unsent = kept.Unsent;
            problems = [];
            return true;
        }

        var index = sync.Index;
        var devices = new ImmutableArray<string>[index.Count];
        var timelines = new UnsentTimeline[index.Count][];
        var rows = sync.Rows;
        var starts = new int[index.Count + 1];
        for (int k = 0, r = 0; k < index.Count; k++)
        {
            while (r < rows.Length && rows[r].Kecamatan == k)
            {
                r++;
            }

            starts[k + 1] = r;
        }

        // Each kecamatan's sets are replayed on their own, on every core; their problems are merged in kecamatan
        // order, as one pass would find them.
        var local = new List<(SourceLocation Source, int Order, DataProblem Problem)>?[index.Count];
        Parallel.For(0, index.Count, k =>
        {
            var own = rows.AsSpan(starts[k], starts[k + 1] - starts[k]);
            var tracked = Tracked(own);
            devices[k] = tracked;
            var found = new List<(SourceLocation Source, int Order, DataProblem Problem)>();
            timelines[k] = tracked.IsEmpty ? [] : Replay(index.Codes[k], tracked, ledger, own, found);
            local[k] = found.Count > 0 ? found : null;
        });

        var all = new List<(SourceLocation Source, int Order, DataProblem Problem)>();
        foreach (var found in local)
        {
            // Each kecamatan numbered its problems from 0: they follow the earlier kecamatan's, as in one pass.
            int offset = all.Count;
            all.AddRange(found?.Select(p => (p.Source, offset + p.Order, p.Problem)) ?? []);
        }

        if (all.Count > 0)
        {
            unsent = null;
            problems = [.. all
                .OrderBy(p => p.Source.File ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(p => p.Source.Line)
                .ThenBy(p => p.Order)
                .Select(p => p.Problem)];
            return false;
        }

        unsent = new UnsentRecords(index, devices, timelines);
        sync.Unsent = (ledger, unsent);
        problems = [];
        return true;
    }

    /// <summary>The sets a kecamatan's sync rows name, each once, by id (ordinal).</summary>
    private static ImmutableArray<string> Tracked(ReadOnlySpan<SyncRow> rows)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            ids.Add(row.Device);
        }

        return [.. ids];
    }

    /// <summary>The sets tracked in a kecamatan (those the sync log names there), by id (ordinal).</summary>
    /// <param name="kecamatan">A kecamatan code.</param>
    /// <returns>The ids; empty when the sync log has no row for the kecamatan.</returns>
    public ImmutableArray<string> GetDevices(RegionCode kecamatan)
    {
        int k = index.IndexOf(kecamatan);
        return k < 0 ? [] : devices[k];
    }

    /// <summary>The records a set holds unsent in a kecamatan at the end of a date.</summary>
    /// <param name="kecamatan">A kecamatan code.</param>
    /// <param name="device">The set's id (ordinal).</param>
    /// <param name="asOf">The date; its end counts.</param>
    /// <returns>The unsent records; 0 for a set that is not tracked there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    public long GetUnsent(RegionCode kecamatan, string device, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(device);
        return Find(kecamatan, device)?.StateAt(DayNumber.Of(asOf)).Count ?? 0;
    }

    /// <summary>The records all tracked sets of a kecamatan hold unsent at the end of a date: what the whole site holds.</summary>
    /// <param name="kecamatan">A kecamatan code.</param>
    /// <param name="asOf">The date; its end counts.</param>
    /// <returns>The unsent records.</returns>
    public long GetUnsent(RegionCode kecamatan, LocalDate asOf)
    {
        int k = index.IndexOf(kecamatan);
        if (k < 0)
        {
            return 0;
        }

        int day = DayNumber.Of(asOf);
        long total = 0;
        foreach (var timeline in timelines[k])
        {
            total = CheckedMath.Add(total, timeline.StateAt(day).Count, "unsent records", kecamatan);
        }

        return total;
    }

    /// <summary>The day on which a set's oldest unsent record in a kecamatan was recorded, at the end of a date.</summary>
    /// <param name="kecamatan">A kecamatan code.</param>
    /// <param name="device">The set's id (ordinal).</param>
    /// <param name="asOf">The date; its end counts.</param>
    /// <returns>The day, or null when the set holds nothing unsent then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    public LocalDate? GetOldestUnsent(RegionCode kecamatan, string device, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(device);
        var state = Find(kecamatan, device)?.StateAt(DayNumber.Of(asOf));
        return state is { Count: > 0 } s ? DayNumber.ToDate(s.Oldest) : null;
    }

    /// <summary>Formats as <c>UnsentRecords: 59 sets</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"UnsentRecords: {devices.Sum(d => d.Length)} sets");

    /// <summary>Every tracked set with its timeline, by kecamatan code and then set id.</summary>
    internal IEnumerable<(RegionCode Kecamatan, string Device, UnsentTimeline Timeline)> Timelines()
    {
        for (int k = 0; k < devices.Length; k++)
        {
            for (int d = 0; d < devices[k].Length; d++)
            {
                yield return (index.Codes[k], devices[k][d], timelines[k][d]);
            }
        }
    }

    private UnsentTimeline? Find(RegionCode kecamatan, string device)
    {
        int k = index.IndexOf(kecamatan);
        if (k < 0)
        {
            return null;
        }

        int d = devices[k].BinarySearch(device, StringComparer.Ordinal);
        return d >= 0 ? timelines[k][d] : null;
    }

    /// <summary>Replays one kecamatan day by day (R13): gross in, sends out, then losses out, oldest first.</summary>
    private static UnsentTimeline[] Replay(
        RegionCode code,
        ImmutableArray<string> tracked,
        RecordingLedger ledger,
        ReadOnlySpan<SyncRow> rows,
        List<(SourceLocation Source, int Order, DataProblem Problem)> found)
    {
        var queues = new UnsentQueue[tracked.Length];
        for (int d = 0; d < queues.Length; d++)
        {
            queues[d] = new UnsentQueue();
        }

        int DeviceOf(string? id) => id is null ? -1 : tracked.BinarySearch(id, StringComparer.Ordinal);

        var entries = new List<(int Day, LedgerEntryKind Kind, int Device, long Count)>();
        if (ledger.Contains(code))
        {
            foreach (var entry in ledger.GetEntries(code))
            {
                int device = DeviceOf(entry.Device);
                // Recordings of untracked sets never wait here; a loss without a set takes from every tracked set.
                if (device >= 0 || (entry.Kind == LedgerEntryKind.Lost && entry.Device is null))
                {
                    entries.Add((DayNumber.Of(entry.Date), entry.Kind, device, entry.Count));
                }
            }
        }

        entries.Sort((a, b) => a.Day.CompareTo(b.Day));
        int e = 0, s = 0;
        while (e < entries.Count || s < rows.Length)
        {
            int day = Math.Min(e < entries.Count ? entries[e].Day : int.MaxValue, s < rows.Length ? rows[s].Day : int.MaxValue);
            int dayStart = e;
            for (; e < entries.Count && entries[e].Day == day; e++)
            {
                var (_, kind, device, count) = entries[e];
                if (kind != LedgerEntryKind.Lost)
                {
                    if (!queues[device].Add(day, count))
                    {
                        // Typed locals, not a tuple literal in the call, so that Stryker's mutants of its parts still
                        // compile (a conditional inside a tuple literal has no type of its own).
                        DataProblem overflow = new(SourceLocation.None, $"set {tracked[device]} at {RecordingLedger.Describe(code, DayNumber.ToDate(day))}: its records sum beyond the 64-bit limit of about 9.2 × 10^18; check for a corrupt count.");
                        (SourceLocation Source, int Order, DataProblem Problem) item = (SourceLocation.None, found.Count, overflow);
                        found.Add(item);
                        return [];
                    }
                }
            }

            for (; s < rows.Length && rows[s].Day == day; s++)
            {
                var row = rows[s];
                var queue = queues[DeviceOf(row.Device)];
                if (row.Sent > queue.Count)
                {
                    string lostPart = queue.Lost > 0 ? string.Create(CultureInfo.InvariantCulture, $", and {queue.Lost} of them were lost before they were sent") : string.Empty;
                    DataProblem oversend = new(row.Source, string.Create(
                        CultureInfo.InvariantCulture,
                        $"sent {row.Sent} at {RecordingLedger.Describe(code, DayNumber.ToDate(day))} from set {row.Device}, but only {queue.Count} of its records were waiting to be sent: up to that date it recorded {queue.Gross} there and sent {queue.Sent}{lostPart}; a set cannot send more than it recorded."));
                    (SourceLocation Source, int Order, DataProblem Problem) item = (row.Source, found.Count, oversend);
                    found.Add(item);
                }

                // The excess is set aside, so one bad row is reported once, not again on every later send.
                queue.Send(Math.Min(row.Sent, queue.Count));
            }

            // Losses that name a set come first, whatever the order of the day's rows: they say which records went.
            // The losses that name no set then take what the sets still hold, oldest first, together; neither order
            // within a day nor the split of a day's loss into rows changes the result.
            long siteWide = 0;
            for (int i = dayStart; i < e; i++)
            {
                var (_, kind, device, count) = entries[i];
                if (kind == LedgerEntryKind.Lost)
                {
                    if (device >= 0)
                    {
                        queues[device].Lose(count);
                    }
                    else
                    {
                        siteWide = siteWide > long.MaxValue - count ? long.MaxValue : siteWide + count;
                    }
                }
            }

            if (siteWide > 0)
            {
                UnsentQueue.LoseOldestFirst(queues, siteWide);
            }

            foreach (var queue in queues)
            {
                queue.Record(day);
            }
        }

        return [.. queues.Select(q => q.ToTimeline())];
    }
}
