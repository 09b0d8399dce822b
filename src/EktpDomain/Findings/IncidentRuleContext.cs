using System;
using System.Collections.Immutable;
using EktpDomain.Capacity;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using NodaTime;

namespace EktpDomain.Findings;

/// <summary>
/// What the incident rules (R8) look at: the data, the window, and the outages and capacity computed for it once
/// (R5), shared by every rule.
/// </summary>
/// <remarks>
/// <para>
/// Findings are only made for the kecamatan of <see cref="Data"/>. When the data has no device inventory,
/// <see cref="Capacity"/> is null and the device rules (<c>long-outage</c>, <c>no-working-device</c>,
/// <c>repeated-failure</c>) find nothing (R8).
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class IncidentRuleContext
{
    private readonly LedgerTotals[] totals;
    private readonly long[] backlogs;
    private readonly long?[] coverage;
    private readonly long[] eligibleAtEnd;

    /// <summary>Creates the context, computing outages and capacity when the data has an inventory (R5).</summary>
    /// <param name="data">The data.</param>
    /// <param name="window">The window, inclusive.</param>
    /// <param name="throughput">Recordings per available device-day; at least 1. Default 100 (R5).</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="throughput"/> is below 1, or the calendar does not cover the window.</exception>
    public IncidentRuleContext(RecordingData data, DateInterval window, long throughput = CapacityAnalysis.DefaultThroughput)
        : this(
            data ?? throw new ArgumentNullException(nameof(data)),
            window ?? throw new ArgumentNullException(nameof(window)),
            CheckThroughput(throughput) && data.Inventory is not null
                ? CapacityAnalysis.Calculate(data.Inventory, data.Incidents, data.Calendar, window, throughput, data.KecamatanCodes)
                : null)
    {
    }

    private static bool CheckThroughput(long throughput)
    {
        CapacityAnalysis.CheckThroughput(throughput, nameof(throughput), nameof(throughput));
        return true;
    }

    /// <summary>Creates the context from figures already computed, aligned with <see cref="RecordingData.KecamatanCodes"/>.</summary>
    internal IncidentRuleContext(RecordingData data, DateInterval window, CapacityAnalysis? capacity, LedgerTotals[] totals, long[] backlogs, long?[] coverage, long[] eligibleAtEnd)
    {
        Data = data;
        Window = window;
        Capacity = capacity;
        this.totals = totals;
        this.backlogs = backlogs;
        this.coverage = coverage;
        this.eligibleAtEnd = eligibleAtEnd;
    }

    private IncidentRuleContext(RecordingData data, DateInterval window, CapacityAnalysis? capacity)
    {
        Data = data;
        Window = window;
        Capacity = capacity;
        var codes = data.KecamatanCodes;
        totals = new LedgerTotals[codes.Length];
        backlogs = new long[codes.Length];
        coverage = new long?[codes.Length];
        eligibleAtEnd = [.. data.Population.GetEligibleByKecamatan(window.End)];
        for (int k = 0; k < codes.Length; k++)
        {
            if (data.Snapshots?.Contains(codes[k]) == true)
            {
                coverage[k] = data.Snapshots.GetLatest(codes[k], window.End)?.Recorded;
            }
            else if (data.Ledger.Contains(codes[k]))
            {
                var upToEnd = data.Ledger.GetTotalsUpTo(codes[k], window.End);
                totals[k] = data.Ledger.GetTotals(codes[k], window);
                backlogs[k] = upToEnd.BacklogChange;
                coverage[k] = upToEnd.Net;
            }
            else
            {
                coverage[k] = 0;
            }
        }
    }

    /// <summary>The data: kecamatan, ledger, calendar, inventory and incidents.</summary>
    public RecordingData Data { get; }

    /// <summary>The window, inclusive.</summary>
    public DateInterval Window { get; }

    /// <summary>The kecamatan findings are made for, in code order.</summary>
    public ImmutableArray<RegionCode> KecamatanCodes => Data.KecamatanCodes;

    /// <summary>The device inventory, or null when there is none.</summary>
    public DeviceInventory? Inventory => Data.Inventory;

    /// <summary>The incidents, or null when there are none.</summary>
    public IncidentLog? Incidents => Data.Incidents;

    /// <summary>Who was invited and who came (R12), or null when there are no invitations.</summary>
    public InvitationLog? Invitations => Data.Invitations;

    /// <summary>The records each set holds unsent (R13), or null when there is no sync log.</summary>
    public UnsentRecords? Unsent => Data.Unsent;

    /// <summary>The merged outages, device-days and capacity over the window (R5); null without an inventory.</summary>
    public CapacityAnalysis? Capacity { get; }

    /// <summary>Whether findings are made for <paramref name="kecamatan"/>: it is one of <see cref="KecamatanCodes"/>.</summary>
    /// <param name="kecamatan">A region code.</param>
    /// <returns>True for a kecamatan of the data.</returns>
    public bool Contains(RegionCode kecamatan) => IndexOf(kecamatan) >= 0;

    /// <summary>The ledger totals of a kecamatan over the window (R3); zero when the ledger does not cover it, or the kecamatan's realisation comes from snapshots.</summary>
    /// <param name="kecamatan">A kecamatan of <see cref="KecamatanCodes"/>.</param>
    /// <returns>The totals.</returns>
    /// <exception cref="ArgumentException">The kecamatan is not one of <see cref="KecamatanCodes"/>.</exception>
    public LedgerTotals GetTotals(RegionCode kecamatan) => totals[IndexOrThrow(kecamatan)];

    /// <summary>The re-recording backlog of a kecamatan at the end of the window (R3).</summary>
    /// <param name="kecamatan">A kecamatan of <see cref="KecamatanCodes"/>.</param>
    /// <returns>The backlog.</returns>
    /// <exception cref="ArgumentException">The kecamatan is not one of <see cref="KecamatanCodes"/>.</exception>
    public long GetBacklog(RegionCode kecamatan) => backlogs[IndexOrThrow(kecamatan)];

    /// <summary>
    /// The coverage of a kecamatan at the end of the window: from the ledger (R3), or the last snapshot on or before the
    /// window's last day (R21); null when the kecamatan's snapshots all come later.
    /// </summary>
    /// <param name="kecamatan">A kecamatan of <see cref="KecamatanCodes"/>.</param>
    /// <returns>The coverage, or null when not known.</returns>
    /// <exception cref="ArgumentException">The kecamatan is not one of <see cref="KecamatanCodes"/>.</exception>
    public long? GetCoverage(RegionCode kecamatan) => coverage[IndexOrThrow(kecamatan)];

    /// <summary>The eligible residents of a kecamatan at the end of the window (R1, R22).</summary>
    /// <param name="kecamatan">A kecamatan of <see cref="KecamatanCodes"/>.</param>
    /// <returns>The eligible count in effect on the window's last day.</returns>
    /// <exception cref="ArgumentException">The kecamatan is not one of <see cref="KecamatanCodes"/>.</exception>
    public long GetEligibleAtEnd(RegionCode kecamatan) => eligibleAtEnd[IndexOrThrow(kecamatan)];

    private int IndexOf(RegionCode kecamatan)
    {
        int k = Data.KecamatanCodes.BinarySearch(kecamatan);
        return k >= 0 ? k : -1;
    }

    private int IndexOrThrow(RegionCode kecamatan)
    {
        int k = IndexOf(kecamatan);
        return k >= 0 ? k : throw new ArgumentException($"Kecamatan '{kecamatan}' is not in the data of this rule context.", nameof(kecamatan));
    }
}
