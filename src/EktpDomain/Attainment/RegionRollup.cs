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
    private RegionRollup(RegionCode code, string name, Sums sums, ImmutableArray<RegionRollup> children, RegionLevel unitLevel, AttainmentBands bands)
    {
        Code = code;
        Name = name;
        Eligible = sums.Eligible;
        EligibleAtEnd = sums.EligibleAtEnd;
        Target = sums.Target;
        Totals = sums.Totals;
        Adjustment = sums.Adjustment;
        Coverage = sums.Coverage;
        Backlog = sums.Backlog;
        DeviceDays = sums.DeviceDays;
        OutageDeviceDays = sums.OutageDeviceDays;
        Capacity = sums.Capacity;
        Invitations = sums.Invitations;
        Shortfall = sums.Shortfall;
        KecamatanCount = sums.Kecamatan;
        Applicable = sums.Applicable;
        Met = sums.Met;
        RealisationUnknown = sums.Unknown;
        Children = children;
        UnitLevel = unitLevel;
        Band = Realised is long realised ? bands.Classify(realised, Target) : Target > 0 ? AttainmentBand.Unknown : AttainmentBand.NotApplicable;
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

    /// <summary>The sum of the kecamatan's eligible residents on the window's last day (R22).</summary>
    public long EligibleAtEnd { get; }

    /// <summary>The sum of the kecamatan's adjustments (R21; 0 for a kecamatan of the ledger); null when any realisation is not known.</summary>
    public long? Adjustment { get; }

    /// <summary>The sum of the kecamatan's coverage at the window's end (R3, R21); null when any of them is not known.</summary>
    public long? Coverage { get; }

    /// <summary>Coverage ÷ eligible at the end × 100 of the region; null when either is not known or eligible is 0.</summary>
    public decimal? CoveragePercent => EligibleAtEnd == 0 || Coverage is not long coverage ? null : KecamatanAttainment.Percent(coverage, EligibleAtEnd);

    /// <summary>The sum of the kecamatan's re-recording backlogs at the window's end (R3).</summary>
    public long Backlog { get; }

    /// <summary>The sum of the kecamatan's available device-days (R5); null without a device inventory.</summary>
    public long? DeviceDays { get; }

    /// <summary>The sum of the kecamatan's device-days lost to outages (R5); null without a device inventory.</summary>
    public long? OutageDeviceDays { get; }

    /// <summary>The sum of the kecamatan's capacity (R5); null without a device inventory.</summary>
    public long? Capacity { get; }

    /// <summary>The sums of the kecamatan's invited and attended residents (R12); null when none of them has invitations.</summary>
    public InvitationTotals? Invitations { get; }

    /// <summary>
    /// The sum of the shortfalls of the kecamatan that missed their targets, part by part in whole residents (R6, R12):
    /// what those kecamatan lack, and why. It is not the region's target less its realisation, since a kecamatan above
    /// its target does not make up for one below it. A part is null when it is not known for a kecamatan that missed
    /// (the outage part without a device inventory, the parts of demand without invitations).
    /// </summary>
    public RoundedShortfall Shortfall { get; }

    /// <summary>Whether the region's target applies: it is above 0 and the realisation is known (R4, R21).</summary>
    public bool IsApplicable => Target > 0 && Realised is not null;

    /// <summary>Whether the region as a whole met its target: its realisation is at least the sum of its kecamatan's targets (R4).</summary>
    public bool IsMet => IsApplicable && Realised >= Target;

    /// <summary>The region's band (R4), from its realisation against its target with the report's bands.</summary>
    public AttainmentBand Band { get; }

    /// <summary>
    /// The region's rank among the regions of its level in this roll-up (R4): by realised ÷ eligible, highest first,
    /// ties sharing a rank; null for a region without a target, without eligible residents or whose realisation is not
    /// known.
    /// </summary>
    public int? Rank { get; private set; }

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
        var bands = report.Options.Bands;
        var leaves = report.Rows
            .OrderBy(r => r.Code)
            .Select(r => (Target: changes.GetRollUpRegion(r.Code, end), Node: new RegionRollup(r.Code, r.Name, Sums.Of(r, changes.IsRetired(r.Code, end)), [], unit, bands) { Rank = r.Rank }))
            .ToList();

        // Rows of kabupaten/kota are their own regency level: they group into provinces directly.
        var regencies = unit == RegionLevel.Regency ? leaves : Group(leaves, RegionLevel.Regency, report.NameOf, unit, bands);
        var provinces = Group(regencies, RegionLevel.Province, report.NameOf, unit, bands);
        var root = Group(provinces, RegionLevel.Nation, report.NameOf, unit, bands).SingleOrDefault().Node
            ?? new RegionRollup(RegionCode.Nation, report.NameOf(RegionCode.Nation), Sums.Zero, [], unit, bands);
        // The leaves keep their rows' ranks: the report ranked the same rows by the same ratio (R4).
        foreach (var level in (ReadOnlySpan<RegionLevel>)[RegionLevel.Nation, RegionLevel.Province, RegionLevel.Regency])
        {
            if (level == unit)
            {
                continue;
            }

            var regions = root.GetRegions(level).ToList();
            var ranks = AttainmentReport.Ranks([.. regions.Select(r => r.Target)], [.. regions.Select(r => r.Totals)], [.. regions.Select(r => r.Eligible)]);
            for (int i = 0; i < regions.Count; i++)
            {
                regions[i].Rank = ranks[i];
            }
        }

        return root;
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
    private static List<(RegionCode Target, RegionRollup Node)> Group(List<(RegionCode Target, RegionRollup Node)> nodes, RegionLevel level, Func<RegionCode, string> nameOf, RegionLevel unit, AttainmentBands bands)
    {
        var parents = new List<(RegionCode Target, RegionRollup Node)>();
        parents.AddRange(nodes.Where(n => n.Target.Level < level));
        foreach (var group in nodes.Where(n => n.Target.Level >= level).GroupBy(n => n.Target.AncestorAt(level), n => n.Node))
        {
            var sums = Sums.Zero;
            foreach (var child in group)
            {
                sums = sums.Add(child, group.Key);
            }

            parents.Add((group.Key, new RegionRollup(group.Key, nameOf(group.Key), sums, [.. group.OrderBy(c => c.Code)], unit, bands)));
        }

        return parents;
    }

    /// <summary>The figures a region sums over its children; a leaf's are its kecamatan's own.</summary>
    private readonly record struct Sums(
        long Eligible,
        long EligibleAtEnd,
        long Target,
        LedgerTotals? Totals,
        long? Adjustment,
        long? Coverage,
        long Backlog,
        long? DeviceDays,
        long? OutageDeviceDays,
        long? Capacity,
        InvitationTotals? Invitations,
        RoundedShortfall Shortfall,
        int Kecamatan,
        int Applicable,
        int Met,
        int Unknown)
    {
        // Device figures are known for all or none: the report has a device inventory or not. Start from 0 and let
        // the first child without them make the sum null.
        public static Sums Zero => new(0, 0, 0, LedgerTotals.Zero, 0, 0, 0, 0, 0, 0, null, RoundedShortfall.None, 0, 0, 0, 0);

        public static Sums Of(KecamatanAttainment row, bool retired) => new(
            row.Eligible,
            row.EligibleAtEnd,
            row.Target,
            row.Totals,
            row.Adjustment,
            row.Coverage,
            row.Backlog,
            row.DeviceDays,
            row.OutageDeviceDays,
            row.Capacity,
            row.Invitations,
            row.ShortfallAttribution.HasShortfall ? row.ShortfallAttribution.Round() : RoundedShortfall.None,
            retired ? 0 : 1,
            row.IsApplicable ? 1 : 0,
            row.Met ? 1 : 0,
            row.Target > 0 && !row.IsRealisationKnown ? 1 : 0);

        public Sums Add(RegionRollup child, RegionCode region)
        {
            long? Plus(long? sum, long? own, string what) => sum is long a && own is long b ? CheckedMath.Add(a, b, what, region) : null;
            return new(
                CheckedMath.Add(Eligible, child.Eligible, "eligible count", region),
                CheckedMath.Add(EligibleAtEnd, child.EligibleAtEnd, "eligible count at the end", region),
                CheckedMath.Add(Target, child.Target, "target", region),
                Totals is LedgerTotals sum && child.Totals is LedgerTotals own ? sum + own : null,
                Plus(Adjustment, child.Adjustment, "adjustment"),
                Plus(Coverage, child.Coverage, "coverage"),
                CheckedMath.Add(Backlog, child.Backlog, "re-recording backlog", region),
                Plus(DeviceDays, child.DeviceDays, "device-days"),
                Plus(OutageDeviceDays, child.OutageDeviceDays, "outage device-days"),
                Plus(Capacity, child.Capacity, "capacity"),
                child.Invitations is not InvitationTotals invited ? Invitations
                    : Invitations is InvitationTotals known ? new InvitationTotals(CheckedMath.Add(known.Invited, invited.Invited, "invited residents", region), CheckedMath.Add(known.Attended, invited.Attended, "attended residents", region))
                    : invited,
                RoundedShortfall.Add(Shortfall, child.Shortfall, region),
                Kecamatan + child.KecamatanCount,
                Applicable + child.Applicable,
                Met + child.Met,
                Unknown + child.RealisationUnknown);
        }
    }
}
