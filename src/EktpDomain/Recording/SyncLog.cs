using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using EktpDomain.Devices;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>
/// What each recording set sent to the central server (R13): per date, kecamatan and set, the number of records sent
/// that day.
/// </summary>
/// <remarks>
/// <para>
/// Build a log with <see cref="CreateBuilder"/>. It is optional data (<see cref="RecordingData.Sync"/>): with it,
/// <see cref="UnsentRecords"/> tracks the records each set holds that have not been sent yet, and the
/// <c>unsent-records</c> rule runs. Whether the log fits the ledger (no set sends more than it recorded) is checked
/// by <see cref="UnsentRecords.Calculate"/>.
/// </para>
/// <para>Equality is reference equality. A built log is immutable and thread-safe.</para>
/// </remarks>
public sealed class SyncLog
{
    private readonly KecamatanIndex index;
    private Kept? unsent;

    internal SyncLog(KecamatanIndex index, ImmutableArray<SyncRow> rows)
    {
        this.index = index;
        Rows = rows;
    }

    /// <summary>The codes of the kecamatan the log may cover, in code order.</summary>
    public ImmutableArray<RegionCode> KecamatanCodes => index.Codes;

    /// <summary>The number of rows.</summary>
    public int Count => Rows.Length;

    /// <summary>The rows by kecamatan, then date, then set (ordinal).</summary>
    internal ImmutableArray<SyncRow> Rows { get; }

    internal KecamatanIndex Index => index;

    /// <summary>
    /// The unsent records last replayed from this log (R13), with the ledger they were replayed against: set once the
    /// replay succeeds, so that checking a log and then giving it to <see cref="RecordingData"/> replays it once. A
    /// race only replays twice; both results are equal.
    /// </summary>
    internal (RecordingLedger Ledger, UnsentRecords Unsent)? Unsent
    {
        get => Volatile.Read(ref unsent)?.Value;
        set => Volatile.Write(ref unsent, value is { } v ? new Kept(v) : null);
    }

    /// <summary>Starts building a log.</summary>
    /// <param name="kecamatan">The kecamatan rows may name.</param>
    /// <param name="devices">The ids of the sets rows may name (ordinal; surrounding white space ignored), or null not to check sets.</param>
    /// <returns>An empty builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kecamatan"/> or an id is null.</exception>
    /// <exception cref="ArgumentException">A code is not a kecamatan code.</exception>
    public static SyncLogBuilder CreateBuilder(IEnumerable<RegionCode> kecamatan, IEnumerable<string>? devices = null)
    {
        HashSet<string>? ids = null;
        if (devices is not null)
        {
            ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (string id in devices)
            {
                ArgumentNullException.ThrowIfNull(id, nameof(devices));
                if (DeviceText.Id(id) is string trimmed)
                {
                    ids.Add(trimmed);
                }
            }
        }

        return new SyncLogBuilder(new KecamatanIndex(kecamatan, nameof(kecamatan)), ids);
    }

    /// <summary>The records sent from a kecamatan, or from every kecamatan inside a larger region, over a window.</summary>
    /// <param name="region">A kecamatan, or a region containing kecamatan.</param>
    /// <param name="window">The window, inclusive.</param>
    /// <returns>The records sent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public long GetSent(RegionCode region, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        int first = DayNumber.Of(window.Start), last = DayNumber.Of(window.End);
        var (start, end) = index.RangeOf(region);
        long sent = 0;
        foreach (var row in Rows)
        {
            if (row.Kecamatan >= start && row.Kecamatan < end && row.Day >= first && row.Day <= last)
            {
                // The builder checked that the whole log's sum fits in 64 bits.
                sent += row.Sent;
            }
        }

        return sent;
    }

    /// <summary>Formats as <c>SyncLog: 1160 rows</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"SyncLog: {Count} rows");

    /// <summary>A replay's result, kept behind one reference so that it is read and written whole.</summary>
    private sealed record Kept((RecordingLedger Ledger, UnsentRecords Unsent) Value);
}

/// <summary>One row of a <see cref="SyncLog"/>: the kecamatan's index, the day number, the set, the records sent, and where it came from.</summary>
internal readonly record struct SyncRow(int Kecamatan, int Day, string Device, long Sent, SourceLocation Source);
