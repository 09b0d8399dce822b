using System;
using System.Collections.Generic;
using EktpDomain.Regions;
using EktpDomain.Utility;

namespace EktpDomain.Attainment;

/// <summary>
/// The summary of an attainment report (R4): how many kecamatan met their target, out of how many applicable, out of
/// how many in all; the lowest and highest realised %; and the summed target and realisation.
/// </summary>
/// <remarks>
/// <c>Reporting.ReportText.Headline</c> renders its headline in a language (R10). Equality is
/// reference equality. Immutable and thread-safe.
/// </remarks>
public sealed class DistrictSummary
{
    internal DistrictSummary(
        int kecamatan,
        int applicable,
        int met,
        int realisationUnknown,
        long target,
        long? realised,
        decimal? minRealisedPercent,
        decimal? maxRealisedPercent,
        decimal? targetPercent,
        KecamatanCoverage coverage,
        RegionLevel? level = null)
    {
        Level = level ?? coverage.Level;
        KecamatanCoverage = coverage;
        KecamatanCount = kecamatan;
        Applicable = applicable;
        Met = met;
        RealisationUnknown = realisationUnknown;
        Target = target;
        Realised = realised;
        MinRealisedPercent = minRealisedPercent;
        MaxRealisedPercent = maxRealisedPercent;
        TargetPercent = targetPercent;
    }

    /// <summary>
    /// Summarizes rows, kecamatan or regions (R4): the counts of those applicable, met and of unknown realisation, the
    /// summed target and realisation, and the lowest and highest realised % among the applicable.
    /// </summary>
    internal static DistrictSummary Of<T>(
        IReadOnlyCollection<T> rows,
        Func<T, (long Target, long? Realised, bool Applicable, bool Met, decimal? RealisedPercent)> figures,
        decimal? targetPercent,
        KecamatanCoverage coverage,
        RegionLevel? level)
    {
        long target = 0;
        long? realised = 0;
        int applicable = 0, met = 0, unknown = 0;
        decimal? min = null, max = null;
        foreach (var row in rows)
        {
            var f = figures(row);
            target = CheckedMath.Add(target, f.Target, "total target");
            realised = realised is long sum && f.Realised is long own ? CheckedMath.Add(sum, own, "total realisation") : null;
            unknown += f.Target > 0 && f.Realised is null ? 1 : 0;
            if (f.Applicable)
            {
                applicable++;
                met += f.Met ? 1 : 0;
                if (f.RealisedPercent is decimal p)
                {
                    min = min is null || p < min ? p : min;
                    max = max is null || p > max ? p : max;
                }
            }
        }

        return new DistrictSummary(rows.Count, applicable, met, unknown, target, realised, min, max, targetPercent, coverage, level);
    }

    /// <summary>
    /// The smallest region containing every kecamatan of the report, and how many of its kecamatan the report covers
    /// against the region catalogue, such as "3 of 29 kecamatan" of Kabupaten Tangerang.
    /// </summary>
    public KecamatanCoverage KecamatanCoverage { get; }

    /// <summary>
    /// The level of the rows the summary counts: <see cref="RegionLevel.Kecamatan"/>, <see cref="RegionLevel.Regency"/>
    /// for data kept per kabupaten/kota, or the level of a <see cref="LevelReport"/>, whose rows are regions.
    /// </summary>
    public RegionLevel Level { get; }

    /// <summary>The number of rows: kecamatan, or the regions of <see cref="Level"/> in a <see cref="LevelReport"/>.</summary>
    public int KecamatanCount { get; }

    /// <summary>The number whose target is above 0 and whose realisation is known (R4, R21).</summary>
    public int Applicable { get; }

    /// <summary>
    /// The number whose target is above 0 but whose realisation the snapshots cannot give (R21): they are neither met
    /// nor missed. <see cref="KecamatanCount"/> = <see cref="Applicable"/> + this + those without a target.
    /// </summary>
    public int RealisationUnknown { get; }

    /// <summary>The number that met their target (R4).</summary>
    public int Met { get; }

    /// <summary>The sum of the kecamatan's targets (R2: a parent's target is the sum of its children's).</summary>
    public long Target { get; }

    /// <summary>The sum of the kecamatan's realisations (R3, R21); null when any kecamatan's realisation is not known.</summary>
    public long? Realised { get; }

    /// <summary>
    /// The lowest realised % among applicable kecamatan with eligible residents, or null when there are none.
    /// </summary>
    public decimal? MinRealisedPercent { get; }

    /// <summary>The highest realised % among applicable kecamatan with eligible residents, or null when there are none.</summary>
    public decimal? MaxRealisedPercent { get; }

    /// <summary>The monthly share of the target policy, such as 15, or null when the policy is not a plain share.</summary>
    public decimal? TargetPercent { get; }
}
