using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace EktpDomain.Attainment;

/// <summary>
/// An attainment report at one level of the region hierarchy: one row per kabupaten/kota, province or the nation,
/// rolled up from the kecamatan of an <see cref="AttainmentReport"/> by <see cref="RegionRollup"/> (R1–R6 summed),
/// ranked and banded among themselves (R4), with a summary that counts regions: "3 of 8 kabupaten/kota met".
/// </summary>
/// <remarks>
/// <para>
/// The findings stay those of the kecamatan report (<see cref="Report"/>); <see cref="RowOf"/> says which row each
/// kecamatan, and so each finding, belongs to.
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class LevelReport
{
    private readonly Dictionary<RegionCode, RegionRollup> rowOf;

    private LevelReport(AttainmentReport report, RegionLevel level, RegionRollup root, ImmutableArray<RegionRollup> rows, DistrictSummary summary)
    {
        Report = report;
        Level = level;
        RollUp = root;
        Rows = rows;
        Summary = summary;
        rowOf = rows.SelectMany(r => Leaves(r).Select(leaf => (leaf.Code, Row: r))).ToDictionary(p => p.Code, p => p.Row);
    }

    /// <summary>The kecamatan report rolled up: its window, options, region and findings.</summary>
    public AttainmentReport Report { get; }

    /// <summary>The level of the rows.</summary>
    public RegionLevel Level { get; }

    /// <summary>The whole roll-up, the nation at the root (<see cref="AttainmentReport.RollUp"/>).</summary>
    public RegionRollup RollUp { get; }

    /// <summary>One row per region of <see cref="Level"/> holding kecamatan of the report, in report order: by rank, then code; regions without a rank last, by code.</summary>
    public ImmutableArray<RegionRollup> Rows { get; }

    /// <summary>The summary of the rows (R4): how many regions met their target, of how many applicable, and their sums.</summary>
    public DistrictSummary Summary { get; }

    /// <summary>
    /// Rolls a report up to one level (R4 over <see cref="RegionRollup"/>). At the report's own level (kecamatan, or
    /// kabupaten/kota for data kept per kabupaten/kota) the rows are its rows as roll-up leaves.
    /// </summary>
    /// <param name="report">The kecamatan report, such as one of a region (<see cref="AttainmentReport.Within"/>).</param>
    /// <param name="level">The level: from the nation down to the report's own level, and not above the report's region.</param>
    /// <returns>The report at that level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is below the report's own level or above its region's.</exception>
    /// <exception cref="OverflowException">A sum does not fit in a <see cref="long"/>.</exception>
    public static LevelReport Create(AttainmentReport report, RegionLevel level)
    {
        ArgumentNullException.ThrowIfNull(report);
        var unit = report.Rows.IsEmpty ? RegionLevel.Kecamatan : report.Rows[0].Code.Level;
        if (level > unit || level < (report.Region?.Level ?? RegionLevel.Nation) || !Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"A report of {report.Region?.ToString() ?? "the nation"} with rows of level {unit} rolls up to the levels from {report.Region?.Level ?? RegionLevel.Nation} to {unit}.");
        }

        var root = report.RollUp();
        var regions = root.GetRegions(level).ToList();
        var rows = regions
            .OrderBy(r => r.Rank is null ? 1 : 0)
            .ThenBy(r => r.Rank ?? 0)
            .ThenBy(r => r.Code)
            .ToImmutableArray();
        return new LevelReport(report, level, root, rows, Summarize(rows, report, level));
    }

    /// <summary>The row a kecamatan of the report counts in: the region of <see cref="Level"/> its history rolls up into (R24).</summary>
    /// <param name="kecamatan">A kecamatan (or kabupaten/kota) code of the report.</param>
    /// <returns>The row, or null when the code is not in the report.</returns>
    public RegionRollup? RowOf(RegionCode kecamatan) => rowOf.GetValueOrDefault(kecamatan);

    private static IEnumerable<RegionRollup> Leaves(RegionRollup region) =>
        region.Children.IsEmpty ? [region] : region.Children.SelectMany(Leaves);

    private static DistrictSummary Summarize(ImmutableArray<RegionRollup> rows, AttainmentReport report, RegionLevel level) =>
        DistrictSummary.Of(rows, r => (r.Target, r.Realised, r.IsApplicable, r.IsMet, r.RealisedPercent), report.Summary.TargetPercent, report.Summary.KecamatanCoverage, level);
}
