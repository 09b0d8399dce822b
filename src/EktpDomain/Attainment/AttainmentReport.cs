using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EktpDomain.Capacity;
using EktpDomain.Findings;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Targets;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Attainment;

/// <summary>
/// Who met the target, and by how much: one row per kecamatan for a window, ranked, with the district summary (R2–R4).
/// </summary>
/// <remarks>
/// <para>
/// Rows come in report order: by rank, then code; kecamatan without a rank (target 0, or no eligible residents) come
/// last, by code.
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class AttainmentReport
{
    private readonly ImmutableDictionary<RegionCode, KecamatanAttainment> byCode;

    private AttainmentReport(
        DateInterval window,
        int workingDays,
        AttainmentOptions options,
        ImmutableArray<KecamatanAttainment> rows,
        DistrictSummary summary,
        Func<RegionCode, string> nameOf,
        CapacityAnalysis? capacity,
        ImmutableArray<Finding> findings)
    {
        Capacity = capacity;
        Findings = findings;
        NameOf = nameOf;
        Window = window;
        WorkingDays = workingDays;
        Options = options;
        Rows = rows;
        Summary = summary;
        byCode = rows.ToImmutableDictionary(r => r.Code);
    }

    /// <summary>The window, inclusive.</summary>
    public DateInterval Window { get; }

    /// <summary>The national working days in the window.</summary>
    public int WorkingDays { get; }

    /// <summary>The options the report was computed with.</summary>
    public AttainmentOptions Options { get; }

    /// <summary>One row per kecamatan, in report order.</summary>
    public ImmutableArray<KecamatanAttainment> Rows { get; }

    /// <summary>The district summary (R4).</summary>
    public DistrictSummary Summary { get; }

    /// <summary>
    /// Device-days, merged outages and capacity over the window, per kecamatan and per set (R5); null when the data
    /// has no device inventory.
    /// </summary>
    public CapacityAnalysis? Capacity { get; }

    /// <summary>
    /// The findings of the incident rules over the window (R8), in report order: critical first, then by kecamatan
    /// code, rule id, set and date.
    /// </summary>
    public ImmutableArray<Finding> Findings { get; }

    internal Func<RegionCode, string> NameOf { get; }

    /// <summary>The name of a region of this report: a kecamatan, or a region above it such as the report's <see cref="Region"/>.</summary>
    /// <param name="region">A region code.</param>
    /// <returns>Its name.</returns>
    public string GetName(RegionCode region) => NameOf(region);

    /// <summary>The code changes of the data (R24): where rows of retired codes roll up as of <see cref="Window"/>'s last day.</summary>
    public RegionCodeChanges CodeChanges { get; private init; } = RegionCodeChanges.None;

    /// <summary>Rolls this report up to regency, province and nation (sums of the kecamatan).</summary>
    /// <returns>The nation at the root.</returns>
    public RegionRollup RollUp() => RegionRollup.Create(this);

    /// <summary>The row of one kecamatan.</summary>
    /// <param name="kecamatan">A kecamatan of the report.</param>
    /// <returns>Its row.</returns>
    /// <exception cref="KeyNotFoundException">The kecamatan is not in the report.</exception>
    public KecamatanAttainment this[RegionCode kecamatan] =>
        byCode.TryGetValue(kecamatan, out var row) ? row : throw new KeyNotFoundException($"Kecamatan '{kecamatan}' is not in this report.");

    /// <summary>
    /// Computes the report for a window (R2–R6, R8): targets, realisation, attainment, bands and ranks; with a device
    /// inventory, capacity and the outage part of each shortfall; and the findings of the incident rules.
    /// </summary>
    /// <param name="data">The kecamatan, eligible residents, ledger and calendar, and optionally the device inventory and incidents.</param>
    /// <param name="window">The window, inclusive, such as 2–30 April 2012, in the ISO calendar. A <see cref="DateInterval"/> never ends before it starts: NodaTime's constructor rejects that, before this method is called, so check dates that come from a user when you build it.</param>
    /// <param name="options">The target policy, pro-rating, bands, throughput and rules; <see cref="AttainmentOptions.Default"/> when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="window"/> is null.</exception>
    public static AttainmentReport Calculate(RecordingData data, DateInterval window, AttainmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(window);
        options ??= AttainmentOptions.Default;

        var targets = new TargetCalculator(options.TargetPolicy, options.Prorating, data.Calendar);
        var codes = data.KecamatanCodes;

        // Capacity (R5) does not depend on the ledger: at national scale it runs beside the ledger and target work.
        var (capacity, figures) = data.Inventory is not null && codes.Length >= ParallelKecamatan
            ? CalculateConcurrently(data, window, options, targets)
            : (CalculateCapacity(data, window, options), CalculateTargets(data, window, targets));

        var ranks = Ranks(figures.Targets, figures.Realisation, figures.Eligible.AsSpan());
        var rows = new KecamatanAttainment[codes.Length];
        for (int k = 0; k < codes.Length; k++)
        {
            var code = codes[k];
            var realisation = figures.Realisation[k];
            rows[k] = new KecamatanAttainment(
                code,
                data.GetName(code),
                figures.Eligible[k],
                figures.EligibleAtEnd[k],
                figures.Targets[k],
                realisation,
                figures.Coverage[k],
                figures.Backlogs[k],
                realisation is LedgerTotals known ? options.Bands.Classify(known.Net, figures.Targets[k])
                    : figures.Targets[k] > 0 ? AttainmentBand.Unknown : AttainmentBand.NotApplicable,
                ranks[k],
                capacity?[code],
                data.Invitations?.GetTotals(code, window),
                figures.Snapshots?[k]);
        }

        var ordered = InReportOrder(rows);
        var findings = options.Rules.Evaluate(new IncidentRuleContext(data, window, capacity, figures.Ledger, figures.Backlogs, figures.Coverage, figures.EligibleAtEnd));
        var changes = data.CodeChanges;
        var coverage = KecamatanCoverage.Of(ordered.Select(r => r.Code).ToList(), changes, window.End);
        return new AttainmentReport(window, data.Calendar.CountWorkingDays(window), options, ordered, Summarize(ordered, options, coverage), data.GetName, capacity, findings)
        {
            CodeChanges = changes,
        };
    }

    /// <summary>
    /// The region this report is restricted to (<see cref="Within"/>), such as <c>36</c> for Banten; null for a report
    /// of every kecamatan of the data.
    /// </summary>
    public RegionCode? Region { get; private init; }

    /// <summary>
    /// This report restricted to the kecamatan that count inside a region (those whose history rolls up into it on
    /// the window's last day, R24), as if the data held only them: ranks are among them (R4), the summary is theirs
    /// and its coverage is of the region ("29 of 155 kecamatan" of Banten), and the findings are theirs.
    /// </summary>
    /// <remarks>
    /// Capacity, targets and findings are the kecamatan's own, so they are the same as in this report; only ranks and
    /// the summary change. <see cref="Capacity"/> stays this report's (its rows of other kecamatan are not shown).
    /// </remarks>
    /// <param name="region">A province, a kabupaten/kota or a kecamatan.</param>
    /// <returns>The report of the region; with no rows when no kecamatan of the data lies in it.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is the nation or a village.</exception>
    public AttainmentReport Within(RegionCode region)
    {
        if (region.IsNation || region.Level == RegionLevel.Village)
        {
            throw new ArgumentException($"A report can be restricted to a province, a kabupaten/kota or a kecamatan, not to '{region}' ({region.Level}).", nameof(region));
        }

        var end = Window.End;
        var inside = Rows.Where(r => CodeChanges.RollsUpInto(r.Code, region, end)).OrderBy(r => r.Code).ToArray();
        var ranks = Ranks(
            [.. inside.Select(r => r.Target)],
            [.. inside.Select(r => r.Totals)],
            [.. inside.Select(r => r.Eligible)]);
        var rows = InReportOrder(inside.Select((r, i) => r.WithRank(ranks[i])));
        var level = rows.IsEmpty ? RegionLevel.Kecamatan : rows[0].Code.Level;
        int current = rows.Count(r => !CodeChanges.IsRetired(r.Code, end));
        var coverage = KecamatanCoverage.Of(region, current, level);
        var findings = Findings.Where(f => CodeChanges.RollsUpInto(f.Kecamatan, region, end)).ToImmutableArray();
        return new AttainmentReport(Window, WorkingDays, Options, rows, Summarize(rows, Options, coverage), NameOf, Capacity, findings)
        {
            CodeChanges = CodeChanges,
            Region = region,
        };
    }

    /// <summary>Report order: by rank, then code; kecamatan without a rank last, by code.</summary>
    private static ImmutableArray<KecamatanAttainment> InReportOrder(IEnumerable<KecamatanAttainment> rows) =>
        [.. rows.OrderBy(r => r.Rank is null ? 1 : 0).ThenBy(r => r.Rank ?? 0).ThenBy(r => r.Code)];

    /// <summary>From this many kecamatan on, capacity is calculated on another thread beside the ledger work.</summary>
    private const int ParallelKecamatan = 256;

    /// <summary>
    /// R4 ranks, aligned with the kecamatan: order by the exact realised ÷ eligible, highest first; ties share a rank
    /// (1, 2, 2, 4). Kecamatan whose target is 0, that have no eligible residents, or whose realisation is not known
    /// (null totals, R21) are not ranked (null).
    /// </summary>
    internal static int?[] Ranks(ReadOnlySpan<long> targets, ReadOnlySpan<LedgerTotals?> totals, ReadOnlySpan<long> eligible)
    {
        var ratios = new Ratio[targets.Length];
        var kecamatan = new int[targets.Length];
        int count = 0;
        for (int k = 0; k < targets.Length; k++)
        {
            if (targets[k] > 0 && totals[k] is LedgerTotals known && KecamatanAttainment.RealisedRatioOf(known.Net, eligible[k]) is Ratio ratio)
            {
                ratios[count] = ratio;
                kecamatan[count++] = k;
            }
        }

        // Ascending, so the i-th highest is at count - 1 - i. Ties share a rank, so the sort need not be stable.
        Array.Sort(ratios, kecamatan, 0, count);
        var ranks = new int?[targets.Length];
        for (int i = 0; i < count; i++)
        {
            int at = count - 1 - i;
            ranks[kecamatan[at]] = i > 0 && ratios[at] == ratios[at + 1] ? ranks[kecamatan[at + 1]] : i + 1;
        }

        return ranks;
    }

    private static (CapacityAnalysis? Capacity, TargetFigures Figures) CalculateConcurrently(
        RecordingData data, DateInterval window, AttainmentOptions options, TargetCalculator targets) =>
        Concurrently.Run(() => CalculateCapacity(data, window, options), () => CalculateTargets(data, window, targets));

    private static CapacityAnalysis? CalculateCapacity(RecordingData data, DateInterval window, AttainmentOptions options) =>
        data.Inventory is null ? null : CapacityAnalysis.Calculate(data.Inventory, data.Incidents, data.Calendar, window, options.Throughput, data.KecamatanCodes);

    /// <summary>
    /// Each kecamatan's eligible residents (R1), realisation and coverage (R3 from the ledger, R21 from snapshots) and
    /// target (R2) for the window.
    /// </summary>
    private static TargetFigures CalculateTargets(RecordingData data, DateInterval window, TargetCalculator targets)
    {
        var codes = data.KecamatanCodes;
        var ledger = data.Ledger;
        var snapshots = data.Snapshots;
        var eligible = data.Population.GetEligibleByKecamatan(window.Start);
        var eligibleAtEnd = data.Population.GetEligibleByKecamatan(window.End);
        var (ledgerWindow, ledgerUpToEnd) = ledger.GetTotalsAndTotalsUpToByKecamatan(window);

        // R2 needs, for each month the window touches, the eligible count and the coverage on the first day of its
        // part (R1, R3). From the ledger, the coverage at the window's start is the coverage at its end less the
        // window's net realisation; each later part adds the net of the part before it, from one aggregation over the
        // parts. From snapshots, it is the last snapshot on or before the day before the part (R21).
        var parts = TargetCalculator.MonthParts(window);
        var eligibleByPart = new ImmutableArray<long>[parts.Length];
        eligibleByPart[0] = eligible;
        for (int i = 1; i < parts.Length; i++)
        {
            eligibleByPart[i] = data.Population.GetEligibleByKecamatan(parts[i].Start);
        }

        var partTotals = parts.Length > 1 ? ledger.Aggregate(parts) : null;
        var figures = new TargetFigures(codes.Length, eligible, eligibleAtEnd, snapshots is not null);
        var partEligible = new long[parts.Length];
        var partCoverage = new long?[parts.Length];
        for (int k = 0; k < codes.Length; k++)
        {
            var code = codes[k];
            for (int i = 0; i < parts.Length; i++)
            {
                partEligible[i] = eligibleByPart[i][k];
            }

            int r = snapshots?.IndexOf(code) ?? -1;
            if (r >= 0)
            {
                var realisation = snapshots!.GetRealisation(r, window);
                figures.Snapshots![k] = realisation;
                figures.Realisation[k] = realisation.Realised is long realised ? new LedgerTotals(realised, 0, 0) : null;
                figures.Coverage[k] = realisation.Latest?.Recorded;
                for (int i = 0; i < parts.Length; i++)
                {
                    partCoverage[i] = snapshots.CoverageAt(r, DayNumber.Of(parts[i].Start) - 1);
                }
            }
            else
            {
                int l = ledger.IndexOf(code);
                var totals = l < 0 ? default : ledgerWindow[l];
                var upToEnd = l < 0 ? default : ledgerUpToEnd[l];
                figures.Ledger[k] = totals;
                figures.Realisation[k] = totals;
                figures.Coverage[k] = upToEnd.Net;
                figures.Backlogs[k] = upToEnd.BacklogChange;
                partCoverage[0] = CheckedMath.Subtract(upToEnd.Net, totals.Net, "coverage", code);
                for (int i = 1; i < parts.Length; i++)
                {
                    partCoverage[i] = l < 0 ? 0 : CheckedMath.Add(partCoverage[i - 1]!.Value, partTotals!.Totals[(l * parts.Length) + i - 1].Net, "coverage", code);
                }
            }

            figures.Targets[k] = targets.GetTarget(code, window, parts, partEligible, partCoverage);
        }

        return figures;
    }

    private static DistrictSummary Summarize(ImmutableArray<KecamatanAttainment> rows, AttainmentOptions options, KecamatanCoverage coverage) =>
        DistrictSummary.Of(rows, r => (r.Target, r.Realised, r.IsApplicable, r.Met, r.RealisedPercent), options.TargetPolicy.MonthlySharePercent, coverage, null);

    /// <summary>Per kecamatan, aligned with the data's kecamatan: what the rows of a report are made from.</summary>
    private sealed class TargetFigures(int count, ImmutableArray<long> eligible, ImmutableArray<long> eligibleAtEnd, bool hasSnapshots)
    {
        public ImmutableArray<long> Eligible { get; } = eligible;

        public long[] EligibleAtEnd { get; } = [.. eligibleAtEnd];

        /// <summary>The ledger's totals in the window (zero for a kecamatan of the snapshots): what the rules of R8 read.</summary>
        public LedgerTotals[] Ledger { get; } = new LedgerTotals[count];

        /// <summary>The window's realisation from the kecamatan's source; null when its snapshots cannot give it.</summary>
        public LedgerTotals?[] Realisation { get; } = new LedgerTotals?[count];

        public long?[] Coverage { get; } = new long?[count];

        public long[] Backlogs { get; } = new long[count];

        public SnapshotRealisation?[]? Snapshots { get; } = hasSnapshots ? new SnapshotRealisation?[count] : null;

        public long[] Targets { get; } = new long[count];
    }
}
