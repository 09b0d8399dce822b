using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using EktpDomain.Devices;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>
/// Collects the rows of a sync log, then checks them all and builds an immutable <see cref="SyncLog"/> (R13).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Add(LocalDate, RegionCode, string?, long, SourceLocation)"/> never throws for bad data: every problem
/// is collected with the <see cref="SourceLocation"/> of its row, and <see cref="Build"/> reports them all at once, in
/// input order, in a <see cref="DataValidationException"/>:
/// </para>
/// <list type="bullet">
/// <item>a code that is not a kecamatan of the log;</item>
/// <item>a blank set, or (with a list of set ids) a set that is not in it;</item>
/// <item>a negative number sent;</item>
/// <item>a second row for the same date, kecamatan and set (the message names the first);</item>
/// <item>counts that sum, over the whole log, beyond the range of a 64-bit count.</item>
/// </list>
/// <para>
/// Sending more than a set recorded is checked against the ledger by <see cref="UnsentRecords.Calculate"/>, also at
/// each row's source.
/// </para>
/// <para>A builder is not thread-safe. It can be used once: <see cref="Build"/> or <see cref="TryBuild"/> ends it.</para>
/// </remarks>
public sealed class SyncLogBuilder
{
    private readonly KecamatanIndex index;
    private readonly HashSet<string>? devices;
    private readonly BuildState state = new("sync log");
    private readonly Dictionary<(int Kecamatan, int Day, string Device), SourceLocation> seen = [];
    private readonly List<SyncRow> rows = [];
    private long total;

    internal SyncLogBuilder(KecamatanIndex index, HashSet<string>? devices)
    {
        this.index = index;
        this.devices = devices;
    }

    /// <summary>The number of rows added so far, valid or not.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Adds one row that comes from code, not from a file: the records a set sent to the central server on a date.
    /// Problems are reported by <c>Build</c>, as for every row.
    /// </summary>
    /// <param name="date">The day the records were sent.</param>
    /// <param name="kecamatan">The kecamatan the set recorded them in; one of the log's.</param>
    /// <param name="device">The set's id; not blank.</param>
    /// <param name="sent">The records sent; zero or more.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its log.</exception>
    public SyncLogBuilder Add(LocalDate date, RegionCode kecamatan, string device, long sent) => Add(date, kecamatan, device, sent, SourceLocation.None);

    /// <summary>
    /// Adds one row: the records a set sent to the central server on a date. Never throws for bad values: they are
    /// collected as problems at <paramref name="source"/>.
    /// </summary>
    /// <param name="date">The day the records were sent.</param>
    /// <param name="kecamatan">The kecamatan the set recorded them in; one of the log's.</param>
    /// <param name="device">The set's id; not blank.</param>
    /// <param name="sent">The records sent; zero or more.</param>
    /// <param name="source">Where the row came from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its log.</exception>
    public SyncLogBuilder Add(LocalDate date, RegionCode kecamatan, string? device, long sent, SourceLocation source)
    {
        state.ThrowIfBuilt();
        Count++;
        bool valid = true;
        int k = index.IndexOf(kecamatan);
        if (k < 0)
        {
            state.Add(source, RowText.UnknownKecamatan(kecamatan, "a sync row"));
            valid = false;
        }

        string? set = DeviceText.Id(device);
        if (set is null)
        {
            state.Add(source, "the device is blank; a sync row needs the recording set that sent the records.");
            valid = false;
        }
        else if (devices is not null && !devices.Contains(set))
        {
            state.Add(source, devices.Count == 0
                ? $"unknown device '{DataProblem.Echo(set)}': the device inventory (devices.csv) has no sets."
                : $"unknown device '{DataProblem.Echo(set)}': it is not in the device inventory.");
            valid = false;
        }

        if (sent < 0)
        {
            state.Add(source, string.Create(CultureInfo.InvariantCulture, $"sent {sent} is negative; it must be 0 or more."));
            valid = false;
        }

        if (!valid)
        {
            return this;
        }

        int day = DayNumber.Of(date);
        if (!seen.TryAdd((k, day, set!), source))
        {
            var first = seen[(k, day, set!)];
            state.Add(source, $"a second row for set {DataProblem.Echo(set)} at {RecordingLedger.Describe(kecamatan, date)}{(first.IsKnown ? $" ({first} has the first)" : string.Empty)}; give one row per date, kecamatan and set.");
            return this;
        }

        if (!CheckedMath.TryAdd(ref total, sent))
        {
            state.Add(source, "this row makes the log's sent counts sum beyond the 64-bit limit of about 9.2 × 10^18; check for a corrupt count.");
            return this;
        }

        rows.Add(new SyncRow(k, day, set!, sent, source));
        return this;
    }

    /// <summary>Checks every row and builds the log.</summary>
    /// <returns>The immutable log.</returns>
    /// <exception cref="DataValidationException">The rows are invalid; <see cref="DataValidationException.Problems"/> lists every problem.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its log.</exception>
    public SyncLog Build() => state.Finish(Create);

    /// <summary>Checks every row and builds the log, or returns every problem found.</summary>
    /// <param name="log">The log, or null when there are problems.</param>
    /// <param name="problemsFound">Every problem, in input order (empty on success).</param>
    /// <returns>Whether the log was built.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its log.</exception>
    public bool TryBuild([NotNullWhen(true)] out SyncLog? log, out ImmutableArray<DataProblem> problemsFound) =>
        state.TryFinish(Create, out log, out problemsFound);

    private SyncLog Create() =>
        new(index, [.. rows
            .OrderBy(r => r.Kecamatan)
            .ThenBy(r => r.Day)
            .ThenBy(r => r.Device, StringComparer.Ordinal)]);
}
