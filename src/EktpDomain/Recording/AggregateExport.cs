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

        // Each problem with the input position of its row, so that every problem comes in input order.
        var found = new List<(int Order, DataProblem Problem)>();
        var byRegion = new Dictionary<RegionCode, AggregateRow>();
        var order = new Dictionary<RegionCode, int>();
        int index = 0;
        foreach (var row in rows)
        {
            index++;
            if (row.Region.Level is not (RegionLevel.Regency or RegionLevel.Kecamatan or RegionLevel.Village))
            {
                found.Add((index, new DataProblem(row.Source, $"'{row.Region}' is a {CoverageSnapshot.LevelName(row.Region.Level)} code; an aggregate row is of a kabupaten/kota, a kecamatan or a desa/kelurahan.")));
            }
            else if (Negative(row) is string negative)
            {
                found.Add((index, new DataProblem(row.Source, negative)));
            }
            else if (!byRegion.TryAdd(row.Region, row))
            {
                var first = byRegion[row.Region].Source;
                found.Add((index, new DataProblem(row.Source, $"a second row of {row.Region}{(first.IsKnown ? $" ({first} has the first)" : string.Empty)}; give one row per region.")));
            }
            else
            {
                order[row.Region] = index;
            }
        }

        // Kecamatan rows are the data; a kecamatan with desa rows but no row of its own is made of its desa; without
        // either, the kabupaten/kota rows are.
        var kecamatanRows = byRegion.Values.Where(r => r.Region.Level == RegionLevel.Kecamatan).ToList();
        var orphans = byRegion.Values.Where(r => r.Region.Level == RegionLevel.Village && !byRegion.ContainsKey(r.Region.Kecamatan)).ToList();
        var level = kecamatanRows.Count > 0 || orphans.Count > 0 ? RegionLevel.Kecamatan : RegionLevel.Regency;
        var data = level == RegionLevel.Kecamatan ? kecamatanRows : [.. byRegion.Values.Where(r => r.Region.Level == level)];
        foreach (var (sum, problem) in SumVillages(orphans, order))
        {
            if (problem is not null)
            {
                found.Add(problem.Value);
            }
            else
            {
                data.Add(sum!);
                order[sum!.Region] = orphans.Where(o => o.Region.Kecamatan == sum.Region).Min(o => order[o.Region]);
            }
        }

        if (data.Count == 0 && found.Count == 0)
        {
            found.Add((0, new DataProblem(SourceLocation.None, "the export has no kabupaten/kota, kecamatan or desa/kelurahan row.")));
        }

        var snapshots = new List<CoverageSnapshot>();
        foreach (var row in data.OrderBy(r => r.Region))
        {
            long? notRecorded = row.NotRecorded?.Total;
            if (CoverageSnapshot.Problem(row.Region, row.Eligible.Total, row.Recorded.Total, notRecorded, out _) is string problem)
            {
                found.Add((order.GetValueOrDefault(row.Region), new DataProblem(row.Source, problem)));
            }
            else
            {
                snapshots.Add(new CoverageSnapshot(row.Region, date, row.Eligible.Total, row.Recorded.Total, notRecorded));
            }
        }

        if (found.Count > 0)
        {
            export = null;
            problems = [.. found.OrderBy(f => f.Order).Select(f => f.Problem)];
            return false;
        }

        var issues = new List<DataQualityIssue>();
        var children = byRegion.Values.Where(r => r.Region.Level == RegionLevel.Village).ToLookup(r => r.Region.Kecamatan);
        foreach (var row in byRegion.Values.OrderBy(r => r.Region))
        {
            AddSexSplits(issues, row, date);

            // The rows above the level reported, and a kecamatan's desa below it, against the sum of their parts.
            if (row.Region.Level == RegionLevel.Regency && level == RegionLevel.Kecamatan)
            {
                AddChildrenSums(issues, row, [.. data.Where(d => row.Region.Contains(d.Region))], date);
            }
            else if (row.Region.Level == RegionLevel.Kecamatan && children[row.Region].Any())
            {
                AddChildrenSums(issues, row, [.. children[row.Region]], date);
            }
        }

        var names = data.Where(r => r.Name is not null).ToImmutableDictionary(r => r.Region, r => r.Name!);
        export = new AggregateExport(date, level, [.. snapshots], [.. issues.OrderBy(i => i.Region)], names);
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
            // Compared only when every part gives the measure and their sum fits in 64 bits.
            long? sum = 0;
            foreach (var part in parts)
            {
                var own = Measures(part).FirstOrDefault(m => m.Measure == measure);
                if (own.Measure is null)
                {
                    sum = null;
                    break;
                }

                long total = sum!.Value;
                if (!CheckedMath.TryAdd(ref total, own.Counts.Total))
                {
                    sum = null;
                    break;
                }

                sum = total;
            }

            if (sum is long computed && computed != counts.Total)
            {
                issues.Add(new DataQualityIssue(parent.Region, date, DataQualityKind.ChildrenSum, measure, counts.Total, computed) { Name = parent.Name, Source = parent.Source });
            }
        }
    }

    /// <summary>
    /// Desa/kelurahan rows of kecamatan that have no row of their own: the kecamatan they make up, their counts summed
    /// (R25); or, for a kecamatan whose desa sum beyond 64 bits, a problem at the desa that passes the limit.
    /// </summary>
    private static List<(AggregateRow? Sum, (int Order, DataProblem Problem)? Problem)> SumVillages(List<AggregateRow> rows, Dictionary<RegionCode, int> order)
    {
        var result = new List<(AggregateRow?, (int, DataProblem)?)>();
        foreach (var group in rows.GroupBy(r => r.Region.Kecamatan))
        {
            long eligible = 0, recorded = 0, notRecorded = 0;
            bool allNotRecorded = true;
            AggregateRow? beyond = null;
            foreach (var row in group)
            {
                bool fits = CheckedMath.TryAdd(ref eligible, row.Eligible.Total) && CheckedMath.TryAdd(ref recorded, row.Recorded.Total);
                allNotRecorded &= row.NotRecorded is not null;
                fits &= row.NotRecorded is not SexCounts n || CheckedMath.TryAdd(ref notRecorded, n.Total);
                if (!fits)
                {
                    beyond = row;
                    break;
                }
            }

            result.Add(beyond is null
                ? (new AggregateRow(group.Key, SexCounts.OfTotal(eligible), SexCounts.OfTotal(recorded), allNotRecorded ? SexCounts.OfTotal(notRecorded) : null) { Source = group.First().Source }, null)
                : (null, (order[beyond.Region], new DataProblem(beyond.Source, $"the desa/kelurahan of {group.Key} sum beyond the 64-bit limit of about 9.2 × 10^18 with {beyond.Region}; check for a corrupt count."))));
        }

        return result;
    }
}
