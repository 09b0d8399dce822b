using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>
/// One aggregate export read as snapshots (R25): the rows of one level are the data, the rows above and below it are
/// cross-checks, and L + P = JML is checked on every row.
/// </summary>
/// <remarks>
/// <para>
/// The level reported is the kecamatan when the export has kecamatan rows; else, when it has desa/kelurahan rows, the
/// kecamatan they make up (each desa rolls up to the kecamatan its code names, and a kecamatan's not-recorded count is
/// summed only when all its desa give one); else the kabupaten/kota. A kabupaten/kota row whose totals differ from the
/// sum of its kecamatan, and a kecamatan row whose totals differ from the sum of its desa, are
/// <see cref="DataQualityKind.ChildrenSum"/> issues; a row whose men and women do not add up to its total is a
/// <see cref="DataQualityKind.SexSplit"/> issue. Issues are facts for the <c>data-quality</c> finding, not errors: the
/// totals (JML) of the level reported are used as they are.
/// </para>
/// <para>
/// Errors, collected with each row's <see cref="SourceLocation"/>: a province or nation row, a region twice, a negative
/// count, figures that break R20 (eligible ≠ recorded + not recorded), and an export with no row of a usable level.
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class AggregateExport
{
    private AggregateExport(LocalDate date, RegionLevel level, ImmutableArray<CoverageSnapshot> snapshots, ImmutableArray<DataQualityIssue> issues, ImmutableDictionary<RegionCode, string> names)
    {
        Date = date;
        Level = level;
        Snapshots = snapshots;
        Issues = issues;
        Names = names;
    }

    /// <summary>The date of the export.</summary>
    public LocalDate Date { get; }

    /// <summary>The level reported: <see cref="RegionLevel.Kecamatan"/> or <see cref="RegionLevel.Regency"/>.</summary>
    public RegionLevel Level { get; }

    /// <summary>One snapshot per region of <see cref="Level"/>, in code order.</summary>
    public ImmutableArray<CoverageSnapshot> Snapshots { get; }

    /// <summary>The figures that disagree, in code order.</summary>
    public ImmutableArray<DataQualityIssue> Issues { get; }

    /// <summary>The names the export gives the regions of <see cref="Level"/>.</summary>
    public ImmutableDictionary<RegionCode, string> Names { get; }

    /// <summary>Reads the rows of one export dated <paramref name="date"/>.</summary>
    /// <param name="date">The date of the export (the state at the end of that day).</param>
    /// <param name="rows">The rows, of any levels from the kabupaten/kota down.</param>
    /// <returns>The export.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="DataValidationException">The rows are invalid; every problem is listed.</exception>
    public static AggregateExport Read(LocalDate date, IEnumerable<AggregateRow> rows) =>
        TryRead(date, rows, out var export, out var problems) ? export : throw new DataValidationException(problems);

    /// <summary>Reads the rows of one export, or returns every problem found.</summary>
    /// <param name="date">The date of the export.</param>
    /// <param name="rows">The rows, of any levels from the kabupaten/kota down.</param>
    /// <param name="export">The export, or null when there are problems.</param>
    /// <param name="problems">Every problem, in input order (empty on success).</param>
    /// <returns>Whether the export was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static bool TryRead(LocalDate date, IEnumerable<AggregateRow> rows, [NotNullWhen(true)] out AggregateExport? export, out ImmutableArray<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var found = new List<DataProblem>();
        var byRegion = new Dictionary<RegionCode, AggregateRow>();
        foreach (var row in rows)
        {
            if (row.Region.Level is not (RegionLevel.Regency or RegionLevel.Kecamatan or RegionLevel.Village))
            {
                found.Add(new DataProblem(row.Source, $"'{row.Region}' is a {row.Region.Level} code; an aggregate row is of a kabupaten/kota, a kecamatan or a desa/kelurahan."));
            }
            else if (Negative(row) is string negative)
            {
                found.Add(new DataProblem(row.Source, negative));
            }
            else if (!byRegion.TryAdd(row.Region, row))
            {
                var first = byRegion[row.Region].Source;
                found.Add(new DataProblem(row.Source, $"a second row of {row.Region}{(first.IsKnown ? $" ({first} has the first)" : string.Empty)}; give one row per region."));
            }
        }

        var level = byRegion.Keys.Any(r => r.Level == RegionLevel.Kecamatan) ? RegionLevel.Kecamatan
            : byRegion.Keys.Any(r => r.Level == RegionLevel.Village) ? RegionLevel.Kecamatan
            : RegionLevel.Regency;
        var data = level == RegionLevel.Kecamatan && !byRegion.Keys.Any(r => r.Level == RegionLevel.Kecamatan)
            ? SumVillages(byRegion.Values)
            : byRegion.Values.Where(r => r.Region.Level == level).ToList();
        if (data.Count == 0 && found.Count == 0)
        {
            found.Add(new DataProblem(SourceLocation.None, "the export has no kabupaten/kota, kecamatan or desa/kelurahan row."));
        }

        var snapshots = new List<CoverageSnapshot>();
        foreach (var row in data.OrderBy(r => r.Region))
        {
            long? notRecorded = row.NotRecorded?.Total;
            if (CoverageSnapshot.Problem(row.Region, row.Eligible.Total, row.Recorded.Total, notRecorded, out _) is string problem)
            {
                found.Add(new DataProblem(row.Source, problem));
            }
            else
            {
                snapshots.Add(new CoverageSnapshot(row.Region, date, row.Eligible.Total, row.Recorded.Total, notRecorded));
            }
        }

        if (found.Count > 0)
        {
            export = null;
            problems = [.. found];
            return false;
        }

        var issues = new List<DataQualityIssue>();
        foreach (var row in byRegion.Values.OrderBy(r => r.Region))
        {
            AddSexSplits(issues, row, date);
        }

        // The rows above the level reported, and a kecamatan's desa below it, against the sum of their parts.
        var children = byRegion.Values.Where(r => r.Region.Level == RegionLevel.Village).ToLookup(r => r.Region.Kecamatan);
        foreach (var row in byRegion.Values.OrderBy(r => r.Region))
        {
            if (row.Region.Level == RegionLevel.Regency && level == RegionLevel.Kecamatan)
            {
                AddChildrenSums(issues, row, data.Where(d => row.Region.Contains(d.Region)).ToList(), date);
            }
            else if (row.Region.Level == RegionLevel.Kecamatan && children[row.Region].Any())
            {
                AddChildrenSums(issues, row, [.. children[row.Region]], date);
            }
        }

        var names = data.Where(r => r.Name is not null).ToImmutableDictionary(r => r.Region, r => r.Name!);
        export = new AggregateExport(date, level, [.. snapshots], [.. issues], names);
        problems = [];
        return true;
    }

    private static string? Negative(AggregateRow row)
    {
        foreach (var (measure, counts) in Measures(row))
        {
            foreach (long? value in new long?[] { counts.Men, counts.Women, counts.Total })
            {
                if (value < 0)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{measure} {value} of {row.Region} is negative; it must be 0 or more.");
                }
            }
        }

        return null;
    }

    private static IEnumerable<(string Measure, SexCounts Counts)> Measures(AggregateRow row)
    {
        yield return ("eligible", row.Eligible);
        yield return ("recorded", row.Recorded);
        if (row.NotRecorded is SexCounts notRecorded)
        {
            yield return ("not recorded", notRecorded);
        }
    }

    private static void AddSexSplits(List<DataQualityIssue> issues, AggregateRow row, LocalDate date)
    {
        foreach (var (measure, counts) in Measures(row))
        {
            if (counts.PartsDisagree)
            {
                // The parts are each below the limit: their sum is checked, and a sum beyond it is shown as the limit.
                long sum = counts.Men!.Value;
                long computed = CheckedMath.TryAdd(ref sum, counts.Women!.Value) ? sum : long.MaxValue;
                issues.Add(new DataQualityIssue(row.Region, date, DataQualityKind.SexSplit, measure, counts.Total, computed) { Name = row.Name, Source = row.Source });
            }
        }
    }

    private static void AddChildrenSums(List<DataQualityIssue> issues, AggregateRow parent, List<AggregateRow> parts, LocalDate date)
    {
        if (parts.Count == 0)
        {
            return;
        }

        foreach (var (measure, counts) in Measures(parent))
        {
            long? sum = 0;
            foreach (var part in parts)
            {
                var own = Measures(part).FirstOrDefault(m => m.Measure == measure);
                long total = sum ?? 0;
                sum = own.Measure is null || !CheckedMath.TryAdd(ref total, own.Counts.Total) ? null : total;
            }

            if (sum is long computed && computed != counts.Total)
            {
                issues.Add(new DataQualityIssue(parent.Region, date, DataQualityKind.ChildrenSum, measure, counts.Total, computed) { Name = parent.Name, Source = parent.Source });
            }
        }
    }

    /// <summary>Desa/kelurahan rows alone: the kecamatan they make up, their counts summed (R25).</summary>
    private static List<AggregateRow> SumVillages(IEnumerable<AggregateRow> rows)
    {
        var result = new List<AggregateRow>();
        foreach (var group in rows.Where(r => r.Region.Level == RegionLevel.Village).GroupBy(r => r.Region.Kecamatan))
        {
            long eligible = 0, recorded = 0, notRecorded = 0;
            bool allNotRecorded = true;
            foreach (var row in group)
            {
                eligible = CheckedMath.Add(eligible, row.Eligible.Total, $"eligible count of {group.Key}");
                recorded = CheckedMath.Add(recorded, row.Recorded.Total, $"recorded count of {group.Key}");
                allNotRecorded &= row.NotRecorded is not null;
                notRecorded = row.NotRecorded is SexCounts n ? CheckedMath.Add(notRecorded, n.Total, $"not-recorded count of {group.Key}") : notRecorded;
            }

            result.Add(new AggregateRow(group.Key, SexCounts.OfTotal(eligible), SexCounts.OfTotal(recorded), allNotRecorded ? SexCounts.OfTotal(notRecorded) : null)
            {
                Source = group.First().Source,
            });
        }

        return result;
    }
}
