using System.Globalization;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>Whether a window's realisation can be taken from a region's snapshots (R21), and if not, why.</summary>
public enum SnapshotRealisationStatus
{
    /// <summary>There is a snapshot on or before the day before the window and one inside the window: realisation is known.</summary>
    Known,

    /// <summary>No snapshot is dated on or before the day before the window's first day, so the coverage at its start is unknown.</summary>
    NoSnapshotBeforeStart,

    /// <summary>No snapshot is dated inside the window, so nothing says what happened in it.</summary>
    NoSnapshotInWindow,
}

/// <summary>
/// What a region's cumulative snapshots say about one window (R21): the snapshots at its two edges, how far each lies
/// from its edge, and the realisation and adjustments between them.
/// </summary>
/// <remarks>
/// <para>
/// The start edge is the last snapshot dated on or before the day before the window (the coverage "just before" it);
/// the end edge is the last snapshot dated inside the window. Realisation is known only when both exist. It is the sum
/// of the increases of coverage from one snapshot to the next between the two edges; the sum of the decreases
/// (cleansing of duplicates, deaths, moves) is the <see cref="Adjustment"/>, never negative recording and never data
/// loss. So <see cref="Realised"/> − <see cref="Adjustment"/> = coverage at the end edge − coverage at the start edge.
/// </para>
/// <para>
/// The lags say when a "monthly" figure really spans more: a start edge 150 days before the window means the window's
/// realisation includes five months before it, and an end edge 20 days before the window's end leaves those days out.
/// </para>
/// <para>Equality compares every field. Immutable and thread-safe.</para>
/// </remarks>
public sealed record SnapshotRealisation
{
    internal SnapshotRealisation(DateInterval window, CoverageSnapshot? start, CoverageSnapshot? end, CoverageSnapshot? latest, long increases, long decreases)
    {
        Window = window;
        Start = start;
        End = end;
        Latest = latest;
        Status = start is null ? SnapshotRealisationStatus.NoSnapshotBeforeStart
            : end is null ? SnapshotRealisationStatus.NoSnapshotInWindow
            : SnapshotRealisationStatus.Known;
        Realised = Status == SnapshotRealisationStatus.Known ? increases : null;
        Adjustment = Status == SnapshotRealisationStatus.Known ? decreases : null;
    }

    /// <summary>The window.</summary>
    public DateInterval Window { get; }

    /// <summary>Whether the realisation is known, and if not, why.</summary>
    public SnapshotRealisationStatus Status { get; }

    /// <summary>The start edge: the last snapshot dated on or before the day before the window; null when there is none.</summary>
    public CoverageSnapshot? Start { get; }

    /// <summary>The end edge: the last snapshot dated inside the window; null when there is none.</summary>
    public CoverageSnapshot? End { get; }

    /// <summary>
    /// The last snapshot dated on or before the window's last day, inside the window or before it: the coverage known
    /// at the window's end. Null when the region has no snapshot that early.
    /// </summary>
    public CoverageSnapshot? Latest { get; }

    /// <summary>Days from the start edge's snapshot to the day before the window (0 when dated that day); null without a start edge.</summary>
    public int? StartLagDays => Start is CoverageSnapshot s ? Period.DaysBetween(s.Date, Window.Start.PlusDays(-1)) : null;

    /// <summary>Days from the end edge's snapshot to the window's last day (0 when dated that day); null without an end edge.</summary>
    public int? EndLagDays => End is CoverageSnapshot s ? Period.DaysBetween(s.Date, Window.End) : null;

    /// <summary>
    /// The residents recorded in the window by the snapshots: the sum of the increases of coverage from the start edge to
    /// the end edge; null when not known (<see cref="Status"/>).
    /// </summary>
    public long? Realised { get; }

    /// <summary>
    /// The sum of the decreases of coverage from the start edge to the end edge, as a count of zero or more: records
    /// removed by cleansing, not data loss; null when the realisation is not known.
    /// </summary>
    public long? Adjustment { get; }

    /// <summary>Formats as <c>2012-03-31 → 2012-04-30: realised 6300, adjustment 0</c>, or the status when not known.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Status == SnapshotRealisationStatus.Known
        ? string.Create(CultureInfo.InvariantCulture, $"{Start!.Value.Date:uuuu'-'MM'-'dd} → {End!.Value.Date:uuuu'-'MM'-'dd}: realised {Realised}, adjustment {Adjustment}")
        : Status.ToString();
}
