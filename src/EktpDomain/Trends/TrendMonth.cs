using System.Globalization;
using EktpDomain.Recording;
using NodaTime;

namespace EktpDomain.Trends;

/// <summary>
/// One region in one calendar month of a <see cref="CoverageTrend"/>: its coverage at the month's end, and what it
/// realised and adjusted in the month (R3 from the ledger, R21 from snapshots).
/// </summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class TrendMonth
{
    internal TrendMonth(YearMonth month, long eligible, long? coverage, long? realised, long? adjustment, SnapshotRealisation? snapshots)
    {
        Month = month;
        Eligible = eligible;
        Coverage = coverage;
        Realised = realised;
        Adjustment = adjustment;
        Snapshots = snapshots;
    }

    /// <summary>The calendar month.</summary>
    public YearMonth Month { get; }

    /// <summary>The eligible residents in effect on the month's last day (R1, R22).</summary>
    public long Eligible { get; }

    /// <summary>The coverage at the end of the month's last day; null when a snapshot kecamatan has no snapshot that early (R21).</summary>
    public long? Coverage { get; }

    /// <summary>Coverage ÷ eligible × 100 at the month's end; null when nobody is eligible or the coverage is not known. It can exceed 100 (R23).</summary>
    public decimal? CoveragePercent => Eligible == 0 || Coverage is not long coverage ? null : (decimal)coverage * 100 / Eligible;

    /// <summary>
    /// The realisation in the month: the ledger's net realisation (R3), which can be negative, or the increases between
    /// the snapshot before the month and the last one in it (R21); null when the snapshots cannot give it.
    /// </summary>
    public long? Realised { get; }

    /// <summary>The decreases between those snapshots (R21); 0 from the ledger; null when the realisation is not known.</summary>
    public long? Adjustment { get; }

    /// <summary>The snapshots at the month's edges and their lags (R21); null for a ledger kecamatan and for a region above the kecamatan.</summary>
    public SnapshotRealisation? Snapshots { get; }

    /// <summary>Formats as <c>2012-04: coverage 26300 of 41000, realised 6300, adjustment 0</c>, for debugging.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Month:uuuu'-'MM}: coverage {Show(Coverage)} of {Eligible}, realised {Show(Realised)}, adjustment {Show(Adjustment)}");

    private static string Show(long? value) => value is long v ? v.ToString(CultureInfo.InvariantCulture) : "n/a";
}
