using System;
using System.Globalization;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Utility;

namespace EktpDomain.Attainment;

/// <summary>
/// An attainment report rolled up the region hierarchy: kecamatan → regency/city → province → nation.
/// </summary>
/// <remarks>
/// <para>
/// A parent's eligible count (R1), target (R2) and ledger totals (R3) are the sums of its children's; they are
/// never recomputed from the parent's own figures. The met and applicable counts are counts of kecamatan.
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class RegionRollup
{
    private RegionRollup(
        RegionCode code,
        string name,
        long eligible,
        long target,
        LedgerTotals? totals,
        int kecamatan,
        int applicable,
        int met,
        int realisationUnknown,
        ImmutableArray<RegionRollup> children,
        RegionLevel unitLevel = RegionLevel.Kecamatan)
    {
        Code = code;
        Name = name;
        Eligible = eligible;
        Target = target;
        Totals = totals;
        KecamatanCount = kecamatan;
        Applicable = applicable;
        Met = met;
        RealisationUnknown = realisationUnknown;
        Children = children;
        UnitLevel = unitLevel;
    }

    /// <summary>The region's code; <see cref="RegionCode.Nation"/> at the root.</summary>
    public RegionCode Code { get; }

    /// <summary>The region's level.</summary>
    public RegionLevel Level => Code.Level;

    /// <summary>
    /// The region's name, as the catalogue or the data gives it. It stays the name also when the data holds only
    /// some of the region's kecamatan: <see cref="KecamatanCoverage"/> says so (<c>IsPartial</c>), and
    /// <see cref="ToString"/> and the report texts add "(3 of 29 kecamatan)".
    /// </summary>
    public string Name { get; }

    /// <summary>The sum of the kecamatan's eligible residents (R1).</summary>
    public long Eligible { get; }

    /// <summary>The sum of the kecamatan's targets (R2).</summary>
    public long Target { get; }

    /// <summary>
    /// The sum of the kecamatan's recorded, lost and re-recorded counts in the window (R3); null when the realisation of
    /// any kecamatan inside is not known (R21), since the sum would then leave it out.
    /// </summary>
    public LedgerTotals? Totals { get; }

    /// <summary>The net realisation: the sum of the kecamatan's (R3, R21); null when any of them is not known.</summary>
    public long? Realised => Totals?.Net;

    /// <summary>The number of kecamatan inside (of kabupaten/kota, for data kept per kabupaten/kota: <see cref="UnitLevel"/>).</summary>
    public int KecamatanCount { get; }

    /// <summary>The level of the report's rows, the leaves of this tree: <see cref="RegionLevel.Kecamatan"/>, or <see cref="RegionLevel.Regency"/> for data kept per kabupaten/kota.</summary>
    public RegionLevel UnitLevel { get; }

    /// <summary>
    /// How many of the region's kecamatan the report covers against the region catalogue, such as "3 of 29
    /// kecamatan" for a report on 3 of Kabupaten Tangerang's kecamatan: a roll-up of partial data is not the whole
    /// region (<see cref="KecamatanCoverage.IsPartial"/>).
    /// </summary>
    public KecamatanCoverage KecamatanCoverage => KecamatanCoverage.Of(Code, KecamatanCount, UnitLevel);

    /// <summary>The number of kecamatan inside whose target applies.</summary>
    public int Applicable { get; }

    /// <summary>The number of kecamatan inside that met their target.</summary>
    public int Met { get; }

    /// <summary>The number of kecamatan inside with a target whose realisation is not known (R21).</summary>
    public int RealisationUnknown { get; }

    /// <summary>Realised ÷ target of the region, exact; null when the target is 0 or the realisation is not known.</summary>
    public Ratio? AttainmentRatio => Target == 0 || Realised is not long realised ? null : new Ratio(realised, Target);

    /// <summary>Realised ÷ eligible × 100 of the region; null when eligible is 0 or the realisation is not known.</summary>
    public decimal? RealisedPercent => Eligible == 0 || Realised is not long realised ? null : KecamatanAttainment.Percent(realised, Eligible);

    /// <summary>The child regions, in code order; empty for a kecamatan.</summary>
    public ImmutableArray<RegionRollup> Children { get; }

    /// <summary>Rolls a report up to the nation.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The nation, with provinces, regencies and kecamatan below it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="OverflowException">A sum does not fit in a <see cref="long"/>.</exception>
    public static RegionRollup Create(AttainmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var unit = report.Rows.IsEmpty ? RegionLevel.Kecamatan : report.Rows[0].Code.Level;
        var changes = report.CodeChanges;
        var end = report.Window.End;

        // A retired code keeps its row, is not counted as one of today's kecamatan, and rolls up where its successors
        // are (R24).
        var leaves = report.Rows
            .OrderBy(r => r.Code)
            .Select(r => (Target: changes.GetRollUpRegion(r.Code, end), Node: new RegionRollup(
                r.Code, r.Name, r.Eligible, r.Target, r.Totals, changes.IsRetired(r.Code, end) ? 0 : 1, r.IsApplicable ? 1 : 0, r.Met ? 1 : 0,
                r.Target > 0 && !r.IsRealisationKnown ? 1 : 0, [], unit)))
            .ToList();

        // Rows of kabupaten/kota are their own regency level: they group into provinces directly.
        var regencies = unit == RegionLevel.Regency ? leaves : Group(leaves, RegionLevel.Regency, report.NameOf, unit);
        var provinces = Group(regencies, RegionLevel.Province, report.NameOf, unit);
        return Group(provinces, RegionLevel.Nation, report.NameOf, unit).SingleOrDefault().Node
            ?? new RegionRollup(RegionCode.Nation, report.NameOf(RegionCode.Nation), 0, 0, LedgerTotals.Zero, 0, 0, 0, 0, [], unit);
    }

    /// <summary>Finds a region in this tree.</summary>
    /// <param name="code">The region's code.</param>
    /// <returns>The region, or null when it is not in the tree.</returns>
    public RegionRollup? Find(RegionCode code)
    {
        if (code == Code)
        {
            return this;
        }

        // The child whose code contains it first; a retired code can sit elsewhere, with its successors (R24).
        foreach (var child in Children.OrderBy(c => c.Code.Contains(code) ? 0 : 1))
        {
            if (child.Find(code) is RegionRollup found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Every region of this tree at one level, in code order.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The regions.</returns>
    public IEnumerable<RegionRollup> GetRegions(RegionLevel level) => Collect(level).OrderBy(r => r.Code);

    private IEnumerable<RegionRollup> Collect(RegionLevel level)
    {
        if (Level == level)
        {
            yield return this;
            yield break;
        }

        foreach (var child in Children)
        {
            foreach (var region in child.Collect(level))
            {
                yield return region;
            }
        }
    }

    /// <summary>
    /// Describes the roll-up in invariant English, for debugging: <c>36.03 Kabupaten Tangerang (3 of 29 kecamatan):
    /// 2 of 3 met</c>; the part in brackets only when the data holds some of the region's kecamatan.
    /// </summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Code} {Name}{(KecamatanCoverage is { IsPartial: true, Catalogued: int all } ? $" ({KecamatanCount} of {all} {(UnitLevel == RegionLevel.Regency ? "kabupaten/kota" : "kecamatan")})" : string.Empty)}: {Met} of {Applicable} met");

    /// <summary>
    /// Groups nodes into their regions at <paramref name="level"/> by where they roll up (their own code, or for a
    /// retired code its successors' region); a node that rolls up above that level passes through to the next.
    /// </summary>
    private static List<(RegionCode Target, RegionRollup Node)> Group(List<(RegionCode Target, RegionRollup Node)> nodes, RegionLevel level, Func<RegionCode, string> nameOf, RegionLevel unit)
    {
        var parents = new List<(RegionCode Target, RegionRollup Node)>();
        parents.AddRange(nodes.Where(n => n.Target.Level < level));
        foreach (var group in nodes.Where(n => n.Target.Level >= level).GroupBy(n => n.Target.AncestorAt(level), n => n.Node))
        {
            long eligible = 0, target = 0;
            LedgerTotals? totals = LedgerTotals.Zero;
            int kecamatan = 0, applicable = 0, met = 0, unknown = 0;
            foreach (var child in group)
            {
                eligible = CheckedMath.Add(eligible, child.Eligible, $"eligible count of {group.Key}");
                target = CheckedMath.Add(target, child.Target, $"target of {group.Key}");
                totals = totals is LedgerTotals sum && child.Totals is LedgerTotals own ? sum + own : null;
                kecamatan += child.KecamatanCount;
                applicable += child.Applicable;
                met += child.Met;
                unknown += child.RealisationUnknown;
            }

            parents.Add((group.Key, new RegionRollup(group.Key, nameOf(group.Key), eligible, target, totals, kecamatan, applicable, met, unknown, [.. group.OrderBy(c => c.Code)], unit)));
        }

        return parents;
    }
}
