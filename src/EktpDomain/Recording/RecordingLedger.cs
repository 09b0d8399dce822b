using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading.Tasks;
using EktpDomain.Internal;
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
/// The ledger is stored column-wise (struct of arrays): entries are sorted by kecamatan and date, kecamatan are
/// implicit in per-kecamatan segments, dates are 16-bit day offsets, kinds are bytes and counts are 64-bit. A
/// window query is a binary search and a sequential scan of two narrow columns, so aggregation runs at memory speed.
/// </para>
/// <para>Equality is reference equality. A built ledger is immutable and thread-safe.</para>
/// </remarks>
public sealed class RecordingLedger
{
    private readonly KecamatanIndex index;
    private readonly int[] segmentStart;   // per kecamatan index, plus one sentinel
    private readonly ushort[] days;        // day offset from baseDay
    private readonly byte[] kinds;
    private readonly long[] counts;
    private readonly int[]? devices;       // index into deviceIds, −1 for none; null when no entry names a device
    private readonly ImmutableArray<string> deviceIds;
    private readonly int baseDay;

    internal RecordingLedger(
        KecamatanIndex index,
        int[] segmentStart,
        ushort[] days,
        byte[] kinds,
        long[] counts,
        int[]? devices,
        ImmutableArray<string> deviceIds,
        int baseDay)
    {
        this.index = index;
        this.segmentStart = segmentStart;
        this.days = days;
        this.kinds = kinds;
        this.counts = counts;
        this.devices = devices;
        this.deviceIds = deviceIds;
        this.baseDay = baseDay;
    }

    /// <summary>Starts building a ledger for the given kecamatan.</summary>
    /// <param name="kecamatan">Every kecamatan the ledger may name (kecamatan-level codes; duplicates are ignored).</param>
    /// <returns>An empty builder.</returns>
    /// <exception cref="ArgumentException">A code is not a kecamatan code.</exception>
    public static RecordingLedgerBuilder CreateBuilder(IEnumerable<RegionCode> kecamatan) => new(new KecamatanIndex(kecamatan, nameof(kecamatan)));

    /// <summary>The kecamatan this ledger covers, in code order, including those without entries.</summary>
    public ImmutableArray<RegionCode> Kecamatan => index.Codes;

    /// <summary>The number of entries.</summary>
    public int Count => counts.Length;

    /// <summary>The recording-set ids named by entries, in first-seen order.</summary>
    public ImmutableArray<string> Devices => deviceIds;

    /// <summary>The first and last dates of any entry, or null for an empty ledger.</summary>
    public DateInterval? Span
    {
        get
        {
            if (counts.Length == 0)
            {
                return null;
            }

            int min = int.MaxValue, max = int.MinValue;
            for (int k = 0; k < index.Count; k++)
            {
                int s = segmentStart[k], e = segmentStart[k + 1];
                if (s < e)
                {
                    min = Math.Min(min, days[s]);
                    max = Math.Max(max, days[e - 1]);
                }
            }

            return new DateInterval(DayNumber.ToDate(baseDay + min), DayNumber.ToDate(baseDay + max));
        }
    }

    /// <summary>Whether the ledger covers <paramref name="kecamatan"/>.</summary>
    /// <param name="kecamatan">A region code.</param>
    /// <returns>True when it is one of <see cref="Kecamatan"/>.</returns>
    public bool Contains(RegionCode kecamatan) => index.IndexOf(kecamatan) >= 0;

    /// <summary>
    /// The totals of the entries dated inside <paramref name="window"/> (R3), for a kecamatan or for every kecamatan
    /// of this ledger inside a larger region (a regency, a province, or <see cref="RegionCode.Nation"/>).
    /// </summary>
    /// <param name="region">A kecamatan of this ledger, or a region containing some.</param>
    /// <param name="window">The window, inclusive.</param>
    /// <returns>Recorded, lost and re-recorded sums; <see cref="LedgerTotals.Net"/> is the realisation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="region"/> is a kecamatan this ledger does not cover, or a village.</exception>
    public LedgerTotals GetTotals(RegionCode region, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        (int start, int end) = RangeOf(region);
        (int from, int to) = DayRange(window.Start, window.End);
        LedgerTotals total = LedgerTotals.Zero;
        for (int k = start; k < end; k++)
        {
            total += SumSegment(k, from, to);
        }

        return total;
    }

    /// <summary>
    /// The totals of every kecamatan over <paramref name="window"/>, aligned with <see cref="Kecamatan"/>. This is the
    /// fast path for whole-district and national reports: it scans each kecamatan's segment once, in parallel.
    /// </summary>
    /// <param name="window">The window, inclusive.</param>
    /// <returns>One <see cref="LedgerTotals"/> per kecamatan, in the order of <see cref="Kecamatan"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public ImmutableArray<LedgerTotals> GetTotalsByKecamatan(DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        (int from, int to) = DayRange(window.Start, window.End);
        var result = new LedgerTotals[index.Count];
        if (counts.Length < ParallelThreshold)
        {
            for (int k = 0; k < result.Length; k++)
            {
                result[k] = SumSegment(k, from, to);
            }
        }
        else
        {
            Parallel.For(0, result.Length, k => result[k] = SumSegment(k, from, to));
        }

        return ImmutableArray.Create(result);
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
    public LedgerTotals GetTotalsUpTo(RegionCode region, LocalDate asOf)
    {
        (int start, int end) = RangeOf(region);
        (int from, int to) = DayRange(null, asOf);
        LedgerTotals total = LedgerTotals.Zero;
        for (int k = start; k < end; k++)
        {
            total += SumSegment(k, from, to);
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

    private const int ParallelThreshold = 1 << 16;

    internal KecamatanIndex Index => index;

    private IEnumerable<LedgerEntry> Enumerate(int startKecamatan, int endKecamatan)
    {
        for (int k = startKecamatan; k < endKecamatan; k++)
        {
            RegionCode code = index.Codes[k];
            for (int i = segmentStart[k]; i < segmentStart[k + 1]; i++)
            {
                string? device = devices is null || devices[i] < 0 ? null : deviceIds[devices[i]];
                yield return new LedgerEntry(DayNumber.ToDate(baseDay + days[i]), code, (LedgerEntryKind)kinds[i], counts[i], device);
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

    /// <summary>Converts an inclusive date range to an inclusive day-offset range, clamped to the stored span.</summary>
    private (int From, int To) DayRange(LocalDate? start, LocalDate end)
    {
        long from = start is null ? 0 : (long)DayNumber.Of(start.Value) - baseDay;
        long to = (long)DayNumber.Of(end) - baseDay;
        return ((int)Math.Clamp(from, int.MinValue, int.MaxValue), (int)Math.Clamp(to, int.MinValue, int.MaxValue));
    }

    /// <summary>Sums one kecamatan's entries with day offsets in [from, to].</summary>
    /// <remarks>
    /// Unchecked additions are safe here: building the ledger verified that each kecamatan's totals per kind fit
    /// in a <see cref="long"/>, and every window sum is bounded by those totals.
    /// </remarks>
    private LedgerTotals SumSegment(int k, int from, int to)
    {
        int s = segmentStart[k], e = segmentStart[k + 1];
        if (s == e || to < from || to < days[s] || from > days[e - 1])
        {
            return LedgerTotals.Zero;
        }

        int lo = from <= days[s] ? s : LowerBound(s, e, from);
        int hi = to >= days[e - 1] ? e : LowerBound(lo, e, to + 1);
        long recorded = 0, lost = 0, rerecorded = 0;
        ReadOnlySpan<byte> kindSpan = kinds.AsSpan(lo, hi - lo);
        ReadOnlySpan<long> countSpan = counts.AsSpan(lo, hi - lo);
        unchecked
        {
            for (int i = 0; i < kindSpan.Length; i++)
            {
                long c = countSpan[i];
                switch (kindSpan[i])
                {
                    case (byte)LedgerEntryKind.Recorded:
                        recorded += c;
                        break;
                    case (byte)LedgerEntryKind.Lost:
                        lost += c;
                        break;
                    default:
                        rerecorded += c;
                        break;
                }
            }
        }

        return new LedgerTotals(recorded, lost, rerecorded);
    }

    private int LowerBound(int start, int end, int day)
    {
        int lo = start, hi = end;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (days[mid] < day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    internal static string Describe(RegionCode kecamatan, LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{kecamatan} on {NodaTime.Text.LocalDatePattern.Iso.Format(date)}");
}
