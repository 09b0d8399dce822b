using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Forecasting;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using EktpDomain.Trends;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Cli.Output;

/// <summary>
/// Lays each command's results out as a <see cref="ReportDocument"/>: which tables, which columns, which charts.
/// Every figure comes from the library's results and every word from <see cref="ReportText"/>; nothing is computed
/// here but the points of the coverage curve, which the ledger answers date by date.
/// </summary>
internal static class ReportDocuments
{
    /// <summary>The most points of a coverage curve: enough for a smooth line, few enough for a small page.</summary>
    private const int MaxCurvePoints = 120;

    /// <summary>The <c>report</c> command: the kecamatan, the summary and the findings; the realised and shortfall charts.</summary>
    public static ReportDocument ForReport(AttainmentReport report, ReportText text, string? notice)
    {
        var notes = ReportNotes.For(report, text).Select(PersonalData.Redact).ToList();
        return new(
            text,
            text.Title(report),
            notice,
            text.Headline(report.Summary),
            [RealisedChart(report, text), ShortfallChart(report, text)],
            [KecamatanTable(report, text), SummaryTable(report, report.Summary, ScopeOf(report.Region, report.Summary.Level, report.Summary.Level, text), text, notes), FindingsTable(report, text, null)],
            notes);
    }

    /// <summary>
    /// The <c>report</c> command at a level above the kecamatan: the regions, the summary (with the level) and the
    /// findings (with the region each counts in); the realised and shortfall charts of the regions.
    /// </summary>
    public static ReportDocument ForReport(LevelReport report, ReportText text, string? notice)
    {
        var kecamatan = report.Report;
        var notes = ReportNotes.For(kecamatan, text).Select(PersonalData.Redact).ToList();
        var rows = report.Rows;
        return new(
            text,
            text.Title(report),
            notice,
            text.Headline(report.Summary),
            [
                RealisedChart([.. rows.Select(r => (r.Code, r.Name, r.RealisedPercent, r.Band))], report.Summary, text),
                ShortfallChart([.. rows.Where(r => r.Shortfall.Shortfall > 0).Select(r => (r.Code, r.Name, r.Shortfall.Shortfall, (decimal)r.Shortfall.DataLoss, (decimal)(r.Shortfall.Outage ?? 0), (decimal)r.Shortfall.Demand))], text),
            ],
            [RegionTable(report, text), SummaryTable(kecamatan, report.Summary, ScopeOf(kecamatan.Region, kecamatan.Summary.Level, report.Level, text), text, notes), FindingsTable(kecamatan, text, report)],
            notes);
    }

    /// <summary>The <c>allocate</c> command: the placements and their totals; the realised chart of the report they come from.</summary>
    public static ReportDocument ForAllocation(DeviceAllocation allocation, AttainmentReport report, ReportText text, string? notice)
    {
        var placements = new DocumentTable(
            text.PartName(ReportPart.Placements),
            Columns(text, (ReportColumn.PlacementNumber, CellKind.Count), (ReportColumn.Code, CellKind.Text), (ReportColumn.Kecamatan, CellKind.Text), (ReportColumn.AddedCapacity, CellKind.Count), (ReportColumn.CapacityGapBefore, CellKind.Count), (ReportColumn.CapacityGapAfter, CellKind.Count), (ReportColumn.Reduction, CellKind.Count), (ReportColumn.Reason, CellKind.Text), (ReportColumn.Explanation, CellKind.Text)),
            [.. allocation.Placements.Select(p => new object?[] { p.Number, p.Kecamatan.ToString(), PersonalData.Redact(p.Name), p.AddedCapacity, p.CapacityGapBefore, p.CapacityGapAfter, p.Reduction, text.AllocationReasonName(p.Reason), PersonalData.Redact(text.AllocationExplanation(p)) })]);
        var summary = new DocumentTable(
            text.PartName(ReportPart.Summary),
            Columns(text, (ReportColumn.PeriodFrom, CellKind.Date), (ReportColumn.PeriodTo, CellKind.Date), (ReportColumn.WorkingDays, CellKind.Count), (ReportColumn.Sets, CellKind.Count), (ReportColumn.Throughput, CellKind.Count), (ReportColumn.CapacityGapBefore, CellKind.Count), (ReportColumn.CapacityGapAfter, CellKind.Count)),
            [[report.Window.Start, report.Window.End, report.WorkingDays, allocation.Placements.Length, report.Options.Throughput, allocation.TotalCapacityGapBefore, allocation.TotalCapacityGapAfter]]);
        return new ReportDocument(
            text,
            text.Title(allocation, report),
            notice,
            text.AllocationSummary(allocation),
            [RealisedChart(report, text)],
            [placements, summary]);
    }

    /// <summary>
    /// The <c>forecast</c> command: one row per kecamatan, the total as the summary, with the fields of the JSON's
    /// forecasts (the realised of the pace window included, so the page needs no coverage % to fit A4: the chart
    /// shows it); the total's coverage curve.
    /// </summary>
    public static ReportDocument ForForecast(ForecastReport forecasts, RecordingData data, ReportText text, string? notice)
    {
        var columns = Columns(text, (ReportColumn.Code, CellKind.Text), (ReportColumn.Region, CellKind.Text), (ReportColumn.Eligible, CellKind.Count), (ReportColumn.Coverage, CellKind.Count), (ReportColumn.Remaining, CellKind.Count), (ReportColumn.PaceFrom, CellKind.Date), (ReportColumn.PaceWorkingDays, CellKind.Count), (ReportColumn.PaceRealised, CellKind.Count), (ReportColumn.Pace, CellKind.Decimal), (ReportColumn.Status, CellKind.Text), (ReportColumn.WorkingDaysNeeded, CellKind.Count), (ReportColumn.CompletionDate, CellKind.Date), (ReportColumn.Message, CellKind.Text));
        object?[] Row(CompletionForecast f) =>
        [
            f.Region.ToString(), PersonalData.Redact(forecasts.GetName(f.Region)), f.Eligible, f.Coverage, f.Remaining, f.PaceWindow.Start, f.PaceWorkingDays,
            f.PaceRealised, f.PacePerWorkingDay?.ToDecimal(), text.ForecastStatusName(f.Status), f.WorkingDaysNeeded, f.CompletionDate, text.ForecastLine(f),
        ];
        string total = PersonalData.Redact(forecasts.GetName(forecasts.Total.Region));
        return new ReportDocument(
            text,
            text.Title(forecasts),
            notice,
            $"{forecasts.Total.Region} {total}: {text.ForecastLine(forecasts.Total)}",
            [CoverageChart(forecasts.Total, total, data, text)],
            [
                new DocumentTable(text.PartName(forecasts.Level < forecasts.KecamatanCoverage.Level ? ReportPart.Regions : ReportPart.Kecamatan), columns, [.. forecasts.Rows.Select(Row)]),
                WithScope(new DocumentTable(text.PartName(ReportPart.Summary), columns, [Row(forecasts.Total)]), ScopeOf(forecasts.Region, forecasts.KecamatanCoverage.Level, forecasts.Level, text), text),
            ]);
    }

    /// <summary>
    /// The <c>trend</c> command: the total region month by month (the summary), every kecamatan month by month (one
    /// row per kecamatan and month); the total's coverage curve.
    /// </summary>
    public static ReportDocument ForTrend(CoverageTrend trend, ReportText text, string? notice)
    {
        var notes = ReportNotes.For(trend, text).Select(PersonalData.Redact).ToList();
        var months = Columns(text, (ReportColumn.Month, CellKind.Text), (ReportColumn.Eligible, CellKind.Count), (ReportColumn.Coverage, CellKind.Count), (ReportColumn.CoveragePercent, CellKind.Percent), (ReportColumn.Realised, CellKind.Count), (ReportColumn.Adjustment, CellKind.Count));
        var rows = Columns(
            text,
            (ReportColumn.Code, CellKind.Text), (Unit(trend.Level), CellKind.Text), (ReportColumn.Month, CellKind.Text), (ReportColumn.Eligible, CellKind.Count), (ReportColumn.Coverage, CellKind.Count),
            (ReportColumn.CoveragePercent, CellKind.Percent), (ReportColumn.Realised, CellKind.Count), (ReportColumn.Adjustment, CellKind.Count),
            (ReportColumn.SnapshotStart, CellKind.Date), (ReportColumn.SnapshotStartLag, CellKind.Count), (ReportColumn.SnapshotEnd, CellKind.Date), (ReportColumn.SnapshotEndLag, CellKind.Count));
        string Month(YearMonth month) => YearMonthPattern.Iso.Format(month);
        string total = PersonalData.Redact(trend.Total.Name);
        var points = trend.Total.Months
            .Where(m => m.CoveragePercent is not null)
            .Select(m => new CurvePoint(m.Month.ToDateInterval().End, m.CoveragePercent!.Value))
            .ToList();
        return new ReportDocument(
            text,
            text.Title(trend),
            notice,
            $"{trend.Total.Region} {total}: {text.TrendLine(trend.Total)}",
            [new LineChart(text.CoverageChartTitle(total), text.TrendChartDescription(trend.Total), points, null, null, [new LegendEntry("history", text.CoverageHistoryLabel)])],
            [
                WithScope(new DocumentTable(text.PartName(ReportPart.Summary), months, [.. trend.Total.Months.Select(m => new object?[] { Month(m.Month), m.Eligible, m.Coverage, m.CoveragePercent, m.Realised, m.Adjustment })]), ScopeOf(trend.Region, trend.KecamatanCoverage.Level, trend.Level, text), text),
                new DocumentTable(
                    text.PartName(trend.Level < trend.KecamatanCoverage.Level ? ReportPart.Regions : ReportPart.Kecamatan),
                    rows,
                    [.. trend.Rows.SelectMany(r => r.Months.Select(m => new object?[]
                    {
                        r.Region.ToString(), PersonalData.Redact(r.Name), Month(m.Month), m.Eligible, m.Coverage, m.CoveragePercent, m.Realised, m.Adjustment,
                        m.Snapshots?.Start?.Date, m.Snapshots?.StartLagDays, m.Snapshots?.End?.Date, m.Snapshots?.EndLagDays,
                    }))]),
            ],
            notes);
    }

    private static DocumentTable KecamatanTable(AttainmentReport report, ReportText text)
    {
        // Every field of the JSON's kecamatan, in the JSON's order as far as a flat table allows; the columns of the
        // turnout, devices and snapshots only when the data has them, as the JSON leaves them out or null.
        bool devices = report.Capacity is not null;
        bool invitations = report.Rows.Any(r => r.Invitations is not null);
        bool snapshots = report.Rows.Any(r => r.Snapshots is not null);
        var columns = new List<(ReportColumn, CellKind)>
        {
            (ReportColumn.Rank, CellKind.Count), (ReportColumn.Code, CellKind.Text), (Unit(report.Summary.KecamatanCoverage.Level), CellKind.Text), (ReportColumn.Source, CellKind.Text),
            (ReportColumn.Eligible, CellKind.Count), (ReportColumn.Target, CellKind.Count), (ReportColumn.Recorded, CellKind.Count),
            (ReportColumn.Lost, CellKind.Count), (ReportColumn.Rerecorded, CellKind.Count), (ReportColumn.Realised, CellKind.Count),
            (ReportColumn.RealisedPercent, CellKind.Percent), (ReportColumn.Attainment, CellKind.Percent), (ReportColumn.Band, CellKind.Text),
            (ReportColumn.Met, CellKind.Flag), (ReportColumn.Coverage, CellKind.Count), (ReportColumn.CoveragePercent, CellKind.Percent),
            (ReportColumn.Backlog, CellKind.Count), (ReportColumn.EligibleAtEnd, CellKind.Count), (ReportColumn.Adjustment, CellKind.Count),
        };
        if (snapshots)
        {
            columns.AddRange([(ReportColumn.SnapshotStatus, CellKind.Text), (ReportColumn.SnapshotStart, CellKind.Date), (ReportColumn.SnapshotStartLag, CellKind.Count), (ReportColumn.SnapshotEnd, CellKind.Date), (ReportColumn.SnapshotEndLag, CellKind.Count)]);
        }

        if (devices)
        {
            columns.AddRange([(ReportColumn.DeviceDays, CellKind.Count), (ReportColumn.OutageDeviceDays, CellKind.Count), (ReportColumn.Capacity, CellKind.Count), (ReportColumn.Utilisation, CellKind.Percent)]);
        }

        if (invitations)
        {
            columns.AddRange([(ReportColumn.Invited, CellKind.Count), (ReportColumn.Attended, CellKind.Count), (ReportColumn.TurnoutPercent, CellKind.Percent)]);
        }

        columns.AddRange([(ReportColumn.ShortfallDataLoss, CellKind.Count), (ReportColumn.ShortfallOutage, CellKind.Decimal), (ReportColumn.ShortfallDemand, CellKind.Decimal)]);
        if (invitations)
        {
            columns.AddRange([(ReportColumn.ShortfallService, CellKind.Decimal), (ReportColumn.ShortfallNoShow, CellKind.Decimal), (ReportColumn.ShortfallNotInvited, CellKind.Decimal)]);
        }

        var rows = report.Rows.Select(r =>
        {
            var shortfall = r.ShortfallAttribution;
            var cells = new List<object?>
            {
                r.Rank, r.Code.ToString(), PersonalData.Redact(r.Name), text.RealisationSourceName(r.Snapshots), r.Eligible, r.Target, r.Totals?.Recorded, r.Totals?.Lost,
                r.Totals?.Rerecorded, r.Realised, r.RealisedPercent, r.AttainmentPercent, text.BandName(r.Band), r.Met, r.Coverage,
                r.CoveragePercent, r.Backlog, r.EligibleAtEnd, r.Adjustment,
            };
            if (snapshots)
            {
                var edges = r.Snapshots;
                cells.AddRange([edges is null ? null : text.SnapshotStatusName(edges.Status), edges?.Start?.Date, edges?.StartLagDays, edges?.End?.Date, edges?.EndLagDays]);
            }

            if (devices)
            {
                cells.AddRange([r.DeviceDays, r.OutageDeviceDays, r.Capacity, r.UtilisationPercent]);
            }

            if (invitations)
            {
                cells.AddRange([r.Invitations?.Invited, r.Invitations?.Attended, r.Invitations?.TurnoutPercent]);
            }

            // As in the JSON: a kecamatan that missed its target without device data has no outage part; otherwise 0.
            cells.AddRange([shortfall.DataLoss, shortfall.HasShortfall ? shortfall.Outage?.ToDecimal() : 0m, shortfall.Demand.ToDecimal()]);
            if (invitations)
            {
                // As in the JSON: with invitations, a kecamatan that met its target has parts of 0.
                cells.AddRange([Part(shortfall, shortfall.Service), Part(shortfall, shortfall.NoShow), Part(shortfall, shortfall.NotInvited)]);
            }

            return cells.ToArray();
        });
        return new DocumentTable(text.PartName(ReportPart.Kecamatan), Columns(text, [.. columns]), [.. rows]);
    }

    private static decimal? Part(ShortfallAttribution shortfall, Ratio? part) => shortfall.HasShortfall ? part?.ToDecimal() : 0m;

    /// <summary>
    /// The region and the level of a report, as cells of its summary: none for a report of all the data at its own
    /// level (the columns it always had), the region when one was asked for, the level when it is above the data's.
    /// </summary>
    private static List<(ReportColumn Column, object? Value)> ScopeOf(RegionCode? region, RegionLevel unit, RegionLevel level, ReportText text)
    {
        var cells = new List<(ReportColumn, object?)>();
        if (region is RegionCode code)
        {
            cells.Add((ReportColumn.ReportRegion, code.ToString()));
        }

        if (level < unit)
        {
            cells.Add((ReportColumn.Level, text.UnitName(level)));
        }

        return cells;
    }

    /// <summary>A summary table with the region and the level of its result, in every row; the table itself when there are none.</summary>
    private static DocumentTable WithScope(DocumentTable table, List<(ReportColumn Column, object? Value)> scope, ReportText text) => scope.Count == 0 ? table : table with
    {
        Columns = [.. table.Columns, .. Columns(text, [.. scope.Select(c => (c.Column, CellKind.Text))])],
        Rows = [.. table.Rows.Select(r => (object?[])[.. r, .. scope.Select(c => c.Value)])],
    };

    private static DocumentTable SummaryTable(AttainmentReport report, DistrictSummary s, List<(ReportColumn Column, object? Value)> scope, ReportText text, List<string> notes)
    {
        var columns = new List<(ReportColumn, CellKind)>
        {
            (ReportColumn.PeriodFrom, CellKind.Date), (ReportColumn.PeriodTo, CellKind.Date), (ReportColumn.WorkingDays, CellKind.Count), (ReportColumn.TargetPercent, CellKind.Percent),
            (ReportColumn.KecamatanCount, CellKind.Count), (ReportColumn.Applicable, CellKind.Count), (ReportColumn.MetCount, CellKind.Count), (ReportColumn.RealisationUnknown, CellKind.Count),
            (ReportColumn.Target, CellKind.Count), (ReportColumn.Realised, CellKind.Count), (ReportColumn.MinRealisedPercent, CellKind.Percent), (ReportColumn.MaxRealisedPercent, CellKind.Percent), (ReportColumn.Headline, CellKind.Text), (ReportColumn.DataCoverage, CellKind.Text),
        };
        var row = new List<object?> { report.Window.Start, report.Window.End, report.WorkingDays, s.TargetPercent, s.KecamatanCount, s.Applicable, s.Met, s.RealisationUnknown, s.Target, s.Realised, s.MinRealisedPercent, s.MaxRealisedPercent, text.Headline(s), $"{text.CoverageLabel(s.KecamatanCoverage)} ({s.KecamatanCoverage.Region})" };
        if (s.Level != report.Summary.Level)
        {
            // A summary of regions: its count is of regions, and the kecamatan they hold follow it.
            columns[4] = (ReportColumn.RegionCount, CellKind.Count);
            columns.Insert(5, (ReportColumn.KecamatanCount, CellKind.Count));
            row.Insert(5, report.Summary.KecamatanCount);
        }

        if (notes.Count > 0)
        {
            columns.Add((ReportColumn.Notes, CellKind.Text));
            row.Add(string.Join(" ", notes));
        }

        return WithScope(new DocumentTable(text.PartName(ReportPart.Summary), Columns(text, [.. columns]), [[.. row]]), scope, text);
    }

    /// <summary>The findings; with a level, each with the region its kecamatan counts in (as the JSON's <c>region</c>).</summary>
    private static DocumentTable FindingsTable(AttainmentReport report, ReportText text, LevelReport? level)
    {
        var columns = new List<(ReportColumn, CellKind)> { (ReportColumn.Severity, CellKind.Text), (ReportColumn.Rule, CellKind.Text), (ReportColumn.Code, CellKind.Text) };
        if (level is not null)
        {
            columns.Add((ReportColumn.Region, CellKind.Text));
        }

        columns.AddRange([(ReportColumn.Device, CellKind.Text), (ReportColumn.Message, CellKind.Text), (ReportColumn.Action, CellKind.Text)]);
        return new(
            text.PartName(ReportPart.Findings),
            Columns(text, [.. columns]),
            [.. report.Findings.Select(f => (object?[])[
                text.SeverityName(f.Severity), f.RuleId, f.Kecamatan.ToString(), .. level is null ? Array.Empty<object?>() : [level.RowOf(f.Kecamatan)?.Code.ToString()],
                f.Device is null ? null : PersonalData.Redact(f.Device), text.FindingMessage(f), text.FindingAction(f)])],
            text.NoFindings);
    }

    private static BarChart RealisedChart(AttainmentReport report, ReportText text) =>
        RealisedChart([.. report.Rows.Select(r => (r.Code, r.Name, r.RealisedPercent, r.Band))], report.Summary, text);

    private static BarChart RealisedChart(List<(RegionCode Code, string Name, decimal? RealisedPercent, AttainmentBand Band)> rows, DistrictSummary summary, ReportText text) => new(
        text.RealisedChartTitle,
        text.RealisedChartDescription(summary),
        [.. rows.Select(r => new Bar($"{r.Code} {PersonalData.Redact(r.Name)}", r.RealisedPercent, BandStyle(r.Band), r.RealisedPercent is decimal p ? text.FormatPercent(p) + "%" : text.NotApplicable))],
        summary.TargetPercent,
        summary.TargetPercent is decimal target ? text.TargetLineLabel(target) : null,
        [.. Enum.GetValues<AttainmentBand>().Select(b => new LegendEntry(BandStyle(b), text.BandName(b)))]);

    private static StackedBarChart ShortfallChart(AttainmentReport report, ReportText text) =>
        ShortfallChart([.. report.Rows.Where(r => r.ShortfallAttribution.HasShortfall).Select(r => (r.Code, r.Name, r.ShortfallAttribution.Shortfall, (decimal)r.ShortfallAttribution.DataLoss, r.ShortfallAttribution.Outage?.ToDecimal() ?? 0m, r.ShortfallAttribution.Demand.ToDecimal()))], text);

    private static StackedBarChart ShortfallChart(List<(RegionCode Code, string Name, long Shortfall, decimal DataLoss, decimal Outage, decimal Demand)> rows, ReportText text) => new(
        text.ShortfallChartTitle,
        text.ShortfallChartDescription,
        [new LegendEntry("data-loss", text.Heading(ReportColumn.ShortfallDataLoss)), new LegendEntry("outage", text.Heading(ReportColumn.ShortfallOutage)), new LegendEntry("demand", text.Heading(ReportColumn.ShortfallDemand))],
        [.. rows.Select(r => new StackedBar($"{r.Code} {PersonalData.Redact(r.Name)}", [r.DataLoss, r.Outage, r.Demand], text.FormatCount(r.Shortfall)))],
        text.NoShortfall);

    /// <summary>The regions of a report at a level: the sums of their kecamatan, in the order of the JSON's <c>regions</c>.</summary>
    private static DocumentTable RegionTable(LevelReport report, ReportText text)
    {
        var kecamatan = report.Report;
        bool devices = kecamatan.Capacity is not null;
        bool invitations = kecamatan.Rows.Any(r => r.Invitations is not null);
        var columns = new List<(ReportColumn, CellKind)>
        {
            (ReportColumn.Rank, CellKind.Count), (ReportColumn.Code, CellKind.Text), (ReportColumn.Region, CellKind.Text), (ReportColumn.DataCoverage, CellKind.Text),
            (ReportColumn.Eligible, CellKind.Count), (ReportColumn.Target, CellKind.Count), (ReportColumn.Recorded, CellKind.Count),
            (ReportColumn.Lost, CellKind.Count), (ReportColumn.Rerecorded, CellKind.Count), (ReportColumn.Realised, CellKind.Count),
            (ReportColumn.RealisedPercent, CellKind.Percent), (ReportColumn.Attainment, CellKind.Percent), (ReportColumn.Band, CellKind.Text),
            (ReportColumn.Met, CellKind.Flag), (ReportColumn.KecamatanMet, CellKind.Count), (ReportColumn.Coverage, CellKind.Count), (ReportColumn.CoveragePercent, CellKind.Percent),
            (ReportColumn.Backlog, CellKind.Count), (ReportColumn.EligibleAtEnd, CellKind.Count), (ReportColumn.Adjustment, CellKind.Count),
        };
        if (devices)
        {
            columns.AddRange([(ReportColumn.DeviceDays, CellKind.Count), (ReportColumn.OutageDeviceDays, CellKind.Count), (ReportColumn.Capacity, CellKind.Count)]);
        }

        if (invitations)
        {
            columns.AddRange([(ReportColumn.Invited, CellKind.Count), (ReportColumn.Attended, CellKind.Count), (ReportColumn.TurnoutPercent, CellKind.Percent)]);
        }

        columns.AddRange([(ReportColumn.ShortfallDataLoss, CellKind.Count), (ReportColumn.ShortfallOutage, CellKind.Count), (ReportColumn.ShortfallDemand, CellKind.Count)]);
        if (invitations)
        {
            columns.AddRange([(ReportColumn.ShortfallService, CellKind.Count), (ReportColumn.ShortfallNoShow, CellKind.Count), (ReportColumn.ShortfallNotInvited, CellKind.Count)]);
        }

        var rows = report.Rows.Select(r =>
        {
            var cells = new List<object?>
            {
                r.Rank, r.Code.ToString(), PersonalData.Redact(r.Name), text.CoverageLabel(r.KecamatanCoverage), r.Eligible, r.Target, r.Totals?.Recorded, r.Totals?.Lost,
                r.Totals?.Rerecorded, r.Realised, r.RealisedPercent, r.AttainmentRatio is Ratio ratio ? (ratio * 100).ToDecimal() : null, text.BandName(r.Band), r.IsMet, r.Met,
                r.Coverage, r.CoveragePercent, r.Backlog, r.EligibleAtEnd, r.Adjustment,
            };
            if (devices)
            {
                cells.AddRange([r.DeviceDays, r.OutageDeviceDays, r.Capacity]);
            }

            if (invitations)
            {
                cells.AddRange([r.Invitations?.Invited, r.Invitations?.Attended, r.Invitations?.TurnoutPercent]);
            }

            cells.AddRange([r.Shortfall.DataLoss, r.Shortfall.Outage, r.Shortfall.Demand]);
            if (invitations)
            {
                cells.AddRange([r.Shortfall.Service, r.Shortfall.NoShow, r.Shortfall.NotInvited]);
            }

            return cells.ToArray();
        });
        return new DocumentTable(text.PartName(ReportPart.Regions), Columns(text, [.. columns]), [.. rows]);
    }

    /// <summary>
    /// The region's coverage as a share of its eligible residents at the as-of date, from the ledger's first date to the
    /// as-of date (at most <see cref="MaxCurvePoints"/> dates, evenly spread, both ends included).
    /// </summary>
    private static LineChart CoverageChart(CompletionForecast forecast, string name, RecordingData data, ReportText text)
    {
        var points = new List<CurvePoint>();
        var starts = new[] { data.Ledger.Span?.Start, data.Snapshots?.Span?.Start }.Where(d => d is not null).Select(d => d!.Value).ToList();
        if (forecast.Eligible > 0 && starts.Count > 0 && starts.Min() is var first && first <= forecast.AsOf)
        {
            int days = Period.Between(first, forecast.AsOf, PeriodUnits.Days).Days;
            int step = Math.Max(1, (days + MaxCurvePoints - 1) / MaxCurvePoints);
            for (int offset = 0; ; offset = Math.Min(offset + step, days))
            {
                // Before a snapshot kecamatan's first snapshot the region's coverage is not known: no point there.
                var date = first.PlusDays(offset);
                if (data.GetCoverage(forecast.Region, date) is long coverage)
                {
                    points.Add(new CurvePoint(date, coverage * 100m / forecast.Eligible));
                }

                if (offset == days)
                {
                    break;
                }
            }
        }

        var projected = forecast.Status == ForecastStatus.Forecast ? forecast.CompletionDate : null;
        return new LineChart(
            text.CoverageChartTitle(name),
            text.CoverageChartDescription(forecast),
            points,
            projected,
            projected is LocalDate completion ? text.ForecastDateLabel(completion) : null,
            [new LegendEntry("history", text.CoverageHistoryLabel), new LegendEntry("projection", text.CoverageProjectionLabel)]);
    }

    /// <summary>The style name of a band on a page: its JSON code.</summary>
    private static string BandStyle(AttainmentBand band) =>
        AttainmentNames.Band.Format(band is AttainmentBand.Met or AttainmentBand.Near or AttainmentBand.Behind or AttainmentBand.Critical ? band : AttainmentBand.NotApplicable);

    /// <summary>The column of a row's name: kecamatan, or region for rows of kabupaten/kota, provinces or the nation.</summary>
    private static ReportColumn Unit(RegionLevel level) => level == RegionLevel.Kecamatan ? ReportColumn.Kecamatan : ReportColumn.Region;

    private static DocumentColumn[] Columns(ReportText text, params (ReportColumn Column, CellKind Kind)[] columns) =>
        [.. columns.Select(c => new DocumentColumn(text.Heading(c.Column), c.Kind))];
}
