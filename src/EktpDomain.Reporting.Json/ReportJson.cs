using System;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Serialization.Metadata;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Findings;
using EktpDomain.Forecasting;
using EktpDomain.Recording;
using EktpDomain.Trends;
using EktpDomain.Regions;

namespace EktpDomain.Reporting.Json;

/// <summary>
/// The JSON of docs/data-folder.md for an <see cref="AttainmentReport"/> and a <see cref="ForecastReport"/>, produced with
/// a source-generated, AOT-safe System.Text.Json context. Apps that reference the package get exactly the JSON the
/// <c>ektp</c> command prints for the same results.
/// </summary>
/// <remarks>
/// Field names are snake_case and come in the contract's order. Numbers are JSON numbers, unrounded (exact ratios are
/// written as 28-digit decimals); a figure that is not applicable is <c>null</c>. Dates are ISO 8601 strings
/// (YYYY-MM-DD). Words (the headline, finding messages, band names are fixed codes) come in the chosen language
/// (R10). Text is written as it is, non-ASCII letters and symbols such as "→" included, for UTF-8 output; quotes,
/// backslashes and control characters are escaped as JSON requires, and so are the HTML-sensitive characters
/// <c>&lt; &gt; &amp; ' + `</c> and characters outside the Basic Multilingual Plane (as <c>\uXXXX</c>). The output is
/// culture-invariant. Thread-safe.
/// </remarks>
public static class ReportJson
{
    // Letters of every language are written as they are (UTF-8), so that "→" or "é" stays readable. The encoder still
    // escapes what JSON requires (quotes, backslashes, control characters) and, as System.Text.Json always does, the
    // HTML-sensitive characters < > & ' + ` and characters outside the Basic Multilingual Plane: the JSON can then be
    // pasted into an HTML page or a script unchanged, and the only difference from earlier versions is non-ASCII text.
    private static readonly JsonSerializerOptions Options = new(EktpJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        TypeInfoResolver = EktpJsonContext.Default.WithAddedModifier(TurnoutWhenInvitationsAreGiven),
    };

    /// <summary>
    /// The version of the JSON contract this library writes, as the <c>version</c> field of every document. Version 2
    /// renamed <c>kecamatan_coverage</c> to <c>data_coverage</c> (whose <c>kecamatan</c> count became
    /// <c>kecamatan_count</c>); a document without <c>version</c> is of version 1 and reads back with a
    /// <c>Version</c> of 0. Version 3 added the level and the region (<c>--level</c>, <c>--region</c>): <c>level</c>
    /// and <c>region</c> on every document (<c>region</c> only on an allocation), <c>regions</c> (the rows, when the
    /// level is above the data's own; <c>kecamatan</c> is then empty), <c>level</c> and <c>region_count</c> in a
    /// report's summary, and <c>region</c> on a finding of a report by region.
    /// </summary>
    public const int ContractVersion = 3;

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>
    /// A kecamatan's <c>turnout</c> is left out only without invitations: with invitations but nobody invited in the
    /// period it is written as <c>null</c>, so the two cases keep their shapes (docs/data-folder.md, R12).
    /// </summary>
    private static void TurnoutWhenInvitationsAreGiven(JsonTypeInfo info)
    {
        if (info.Type != typeof(KecamatanDto))
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.Name == "turnout")
            {
                property.ShouldSerialize = (owner, _) => ((KecamatanDto)owner).Invited is not null;
            }
        }
    }

    /// <summary>Serializes an attainment report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="text">The language of the headline and the finding messages.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Serialize(AttainmentReport report, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        return JsonSerializer.Serialize(ToDto(report, text), Info<ReportDto>());
    }

    /// <summary>Serializes completion forecasts (R7).</summary>
    /// <param name="forecasts">The forecasts.</param>
    /// <param name="text">The language of the region names' descriptions (names themselves are data).</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Serialize(ForecastReport forecasts, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(text);
        bool above = forecasts.Level < forecasts.KecamatanCoverage.Level;
        var rows = forecasts.Rows.Select(f => ToDto(f, forecasts.GetName(f.Region), text)).ToList();
        var dto = new ForecastReportDto
        {
            Version = ContractVersion,
            Level = LevelCode(forecasts.Level),
            Region = RegionRef(forecasts.Region, forecasts.GetName),
            AsOf = forecasts.AsOf,
            TrailingWorkingDays = forecasts.TrailingWorkingDays,
            Total = ToDto(forecasts.Total, forecasts.GetName(forecasts.Total.Region), text),
            DataCoverage = ToDto(forecasts.KecamatanCoverage, forecasts.GetName(forecasts.KecamatanCoverage.Region), text),
            Rows = above ? [] : rows,
            Regions = above ? rows : null,
        };
        return JsonSerializer.Serialize(dto, Info<ForecastReportDto>());
    }

    /// <summary>Serializes a coverage trend (R3, R21).</summary>
    /// <param name="trend">The trend.</param>
    /// <param name="text">The language of the notes.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Serialize(CoverageTrend trend, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(text);
        bool above = trend.Level < trend.KecamatanCoverage.Level;
        var rows = trend.Rows.Select(r => ToDto(r, kecamatan: !above)).ToList();
        var dto = new TrendDto
        {
            Version = ContractVersion,
            Level = LevelCode(trend.Level),
            Region = RegionRef(trend.Region, trend.GetName),
            From = trend.Months[0],
            To = trend.Months[^1],
            Total = ToDto(trend.Total, trend.Total == trend.Rows[0] && trend.Rows.Length == 1),
            DataCoverage = ToDto(trend.KecamatanCoverage, trend.GetName(trend.KecamatanCoverage.Region), text),
            Rows = above ? [] : rows,
            Regions = above ? rows : null,
            Notes = [.. ReportNotes.For(trend, text).Select(PersonalData.Redact)],
        };
        return JsonSerializer.Serialize(dto, Info<TrendDto>());
    }

    /// <summary>
    /// Reads back the JSON of a coverage trend, as written by <see cref="Serialize(CoverageTrend, ReportText)"/> or by
    /// <c>ektp trend --format json</c>.
    /// </summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The trend's fields.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not the JSON of a trend.</exception>
    public static TrendDto DeserializeTrend(string json) => Deserialize(json, EktpJsonContext.Default.TrendDto, "a coverage trend");

    private static RegionTrendDto ToDto(RegionTrend trend, bool kecamatan) => new()
    {
        Code = trend.Region,
        Name = PersonalData.Redact(trend.Name),
        Source = !kecamatan ? null : trend.Months.Any(m => m.Snapshots is not null) ? "snapshots" : "ledger",
        Realised = trend.Realised,
        Adjustment = trend.Adjustment,
        MonthsUnknown = trend.MonthsUnknown,
        Months = [.. trend.Months.Select(m => new TrendMonthDto
        {
            Month = m.Month,
            Eligible = m.Eligible,
            Coverage = m.Coverage,
            CoveragePercent = m.CoveragePercent,
            Realised = m.Realised,
            Adjustment = m.Adjustment,
            Snapshots = m.Snapshots is SnapshotRealisation s ? ToDto(s) : null,
        })],
    };

    /// <summary>Serializes an allocation of new sets (R9), with the report it was computed from.</summary>
    /// <param name="allocation">The allocation.</param>
    /// <param name="report">The report whose targets and capacity the allocation projected.</param>
    /// <param name="text">The language of the explanations.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="report"/> is of another window or throughput than the allocation.</exception>
    public static string Serialize(DeviceAllocation allocation, AttainmentReport report, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        allocation.CheckReport(report, nameof(report));
        return JsonSerializer.Serialize(ToDto(allocation, text, RegionRef(report.Region, report.GetName)), Info<AllocationDto>());
    }

    /// <summary>Serializes an allocation of new sets (R9) on its own, with the window and throughput it was placed for.</summary>
    /// <param name="allocation">The allocation, such as a plan for next month (<see cref="DeviceAllocation.Plan"/>).</param>
    /// <param name="text">The language of the explanations.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Serialize(DeviceAllocation allocation, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        ArgumentNullException.ThrowIfNull(text);
        return JsonSerializer.Serialize(ToDto(allocation, text, null), Info<AllocationDto>());
    }

    private static AllocationDto ToDto(DeviceAllocation allocation, ReportText text, RegionRefDto? region) => new()
    {
        Version = ContractVersion,
        Region = region,
        Period = new PeriodDto
        {
            From = allocation.Window.Start,
            To = allocation.Window.End,
            WorkingDays = allocation.WorkingDays,
        },
        Sets = allocation.Placements.Length,
        Throughput = allocation.Throughput,
        TotalCapacityGapBefore = allocation.TotalCapacityGapBefore,
        TotalCapacityGapAfter = allocation.TotalCapacityGapAfter,
        Placements = [.. allocation.Placements.Select(p => new PlacementDto
        {
            Number = p.Number,
            KecamatanCode = p.Kecamatan,
            Name = PersonalData.Redact(p.Name),
            AddedCapacity = p.AddedCapacity,
            CapacityGapBefore = p.CapacityGapBefore,
            CapacityGapAfter = p.CapacityGapAfter,
            Reduction = p.Reduction,
            Reason = ReasonCode(p.Reason),
            Explanation = PersonalData.Redact(text.AllocationExplanation(p)),
        })],
    };

    private static PeriodDto Period(AttainmentReport report) => new()
    {
        From = report.Window.Start,
        To = report.Window.End,
        WorkingDays = report.WorkingDays,
    };

    private static DataCoverageDto ToDto(KecamatanCoverage coverage, string name, ReportText text) => new()
    {
        Region = coverage.Region,
        Name = PersonalData.Redact(name),
        KecamatanCount = coverage.Covered,
        Catalogued = coverage.Catalogued,
        Partial = coverage.IsPartial,
        Label = text.CoverageLabel(coverage),
    };

    /// <summary>
    /// Serializes an attainment report at a level (<see cref="LevelReport"/>): its regions, with the findings of their
    /// kecamatan. At the data's own level the rows are the kecamatan, and the document is the kecamatan report's
    /// (<see cref="Serialize(AttainmentReport, ReportText)"/>), without <c>regions</c>.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="text">The language of the headline and the finding messages.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Serialize(LevelReport report, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var kecamatan = report.Report;
        if (report.Level >= kecamatan.Summary.KecamatanCoverage.Level)
        {
            // The contract writes regions, and each finding's region, only for a level above the data's own.
            return Serialize(kecamatan, text);
        }

        return JsonSerializer.Serialize(ToDto(kecamatan, text, report), Info<ReportDto>());
    }

    private static RegionDto ToDto(RegionRollup row, Func<RegionCode, string> nameOf, ReportText text) => new()
    {
        Code = row.Code,
        Name = PersonalData.Redact(row.Name),
        DataCoverage = ToDto(row.KecamatanCoverage, nameOf(row.Code), text),
        Eligible = row.Eligible,
        EligibleAtEnd = row.EligibleAtEnd,
        Target = row.Target,
        Recorded = row.Totals?.Recorded,
        Lost = row.Totals?.Lost,
        Rerecorded = row.Totals?.Rerecorded,
        Realised = row.Realised,
        Adjustment = row.Adjustment,
        RealisedPercent = row.RealisedPercent,
        Attainment = row.AttainmentRatio?.ToDecimal(),
        Band = BandCode(row.Band),
        Met = row.IsMet,
        Rank = row.Rank,
        KecamatanMet = row.Met,
        KecamatanApplicable = row.Applicable,
        Coverage = row.Coverage,
        CoveragePercent = row.CoveragePercent,
        RerecordingBacklog = row.Backlog,
        DeviceDays = row.DeviceDays,
        OutageDeviceDays = row.OutageDeviceDays,
        Capacity = row.Capacity,
        Invited = row.Invitations?.Invited,
        Attended = row.Invitations?.Attended,
        Shortfall = row.Shortfall.Shortfall,
        ShortfallParts = new ShortfallDto
        {
            DataLoss = row.Shortfall.DataLoss,
            Outage = row.Shortfall.Outage,
            Demand = row.Shortfall.Demand,
            Service = row.Invitations is null ? null : row.Shortfall.Service,
            NoShow = row.Invitations is null ? null : row.Shortfall.NoShow,
            NotInvited = row.Invitations is null ? null : row.Shortfall.NotInvited,
        },
    };

    private static FindingDto ToDto(Finding f, ReportText text, RegionCode? region) => new()
    {
        Rule = f.RuleId,
        Severity = SeverityCode(f.Severity),
        KecamatanCode = f.Kecamatan,
        Region = region,
        Device = f.Device is null ? null : PersonalData.Redact(f.Device),
        Message = text.FindingMessage(f),
        Action = text.FindingAction(f),
    };

    /// <summary>The contract's code for a level: kecamatan, kabupaten, provinsi, nasional (the words of <c>--level</c>).</summary>
    internal static string LevelCode(RegionLevel level) => RegionNames.Level.Format(level < RegionLevel.Kecamatan ? level : RegionLevel.Kecamatan);

    private static RegionRefDto? RegionRef(RegionCode? region, Func<RegionCode, string> nameOf) =>
        region is RegionCode code ? new RegionRefDto { Code = code, Name = PersonalData.Redact(nameOf(code)) } : null;

    /// <summary>
    /// The document of a kecamatan report, or with <paramref name="level"/> (above the data's own level) the document of
    /// its regions: the region rows, the regions' counts and headline, and each finding's region. The target and
    /// realised of the summary are the kecamatan's sums either way: a kecamatan split between two rows' regions counts
    /// in neither of them (R24), so the rows' sums can leave it out.
    /// </summary>
    private static ReportDto ToDto(AttainmentReport report, ReportText text, LevelReport? level = null)
    {
        var summary = level?.Summary ?? report.Summary;
        string levelCode = LevelCode(level?.Level ?? report.Summary.Level);
        return new()
        {
            Version = ContractVersion,
            Level = levelCode,
            Region = RegionRef(report.Region, report.GetName),
            Period = Period(report),
            TargetPercent = report.Summary.TargetPercent,
            Rows = level is null ? [.. report.Rows.Select(ToDto)] : [],
            Regions = level is null ? null : [.. level.Rows.Select(r => ToDto(r, report.GetName, text))],
            Summary = new SummaryDto
            {
                KecamatanCount = report.Summary.KecamatanCount,
                Level = levelCode,
                RegionCount = summary.KecamatanCount,
                Applicable = summary.Applicable,
                Met = summary.Met,
                RealisationUnknown = summary.RealisationUnknown,
                Target = report.Summary.Target,
                Realised = report.Summary.Realised,
                MinRealisedPercent = summary.MinRealisedPercent,
                MaxRealisedPercent = summary.MaxRealisedPercent,
                Headline = text.Headline(summary),
                DataCoverage = ToDto(report.Summary.KecamatanCoverage, report.GetName(report.Summary.KecamatanCoverage.Region), text),
                Notes = [.. ReportNotes.For(report, text).Select(PersonalData.Redact)],
            },
            Findings = [.. report.Findings.Select(f => ToDto(f, text, level?.RowOf(f.Kecamatan)?.Code))],
        };
    }

    private static KecamatanDto ToDto(KecamatanAttainment row) => new()
    {
        Code = row.Code,
        Name = PersonalData.Redact(row.Name),
        Source = row.Snapshots is null ? "ledger" : "snapshots",
        Eligible = row.Eligible,
        EligibleAtEnd = row.EligibleAtEnd,
        Target = row.Target,
        Recorded = row.Totals?.Recorded,
        Lost = row.Totals?.Lost,
        Rerecorded = row.Totals?.Rerecorded,
        Realised = row.Realised,
        Adjustment = row.Adjustment,
        RealisedPercent = row.RealisedPercent,
        Attainment = row.AttainmentRatio?.ToDecimal(),
        Band = BandCode(row.Band),
        Met = row.Met,
        Rank = row.Rank,
        Coverage = row.Coverage,
        CoveragePercent = row.CoveragePercent,
        RerecordingBacklog = row.Backlog,
        DeviceDays = row.DeviceDays,
        OutageDeviceDays = row.OutageDeviceDays,
        Capacity = row.Capacity,
        Utilisation = row.UtilisationRatio?.ToDecimal(),
        Invited = row.Invitations?.Invited,
        Attended = row.Invitations?.Attended,
        Turnout = row.TurnoutRatio?.ToDecimal(),
        Shortfall = row.ShortfallAttribution.HasShortfall
            ? new ShortfallDto
            {
                DataLoss = row.ShortfallAttribution.DataLoss,
                Outage = row.ShortfallAttribution.Outage?.ToDecimal(),
                Demand = row.ShortfallAttribution.Demand.ToDecimal(),
                Service = row.ShortfallAttribution.Service?.ToDecimal(),
                NoShow = row.ShortfallAttribution.NoShow?.ToDecimal(),
                NotInvited = row.ShortfallAttribution.NotInvited?.ToDecimal(),
            }
            : new ShortfallDto
            {
                DataLoss = 0,
                Outage = 0,
                Demand = 0,
                Service = row.Invitations is null ? null : 0,
                NoShow = row.Invitations is null ? null : 0,
                NotInvited = row.Invitations is null ? null : 0,
            },
        Snapshots = row.Snapshots is SnapshotRealisation snapshots ? ToDto(snapshots) : null,
    };

    private static SnapshotEdgesDto ToDto(SnapshotRealisation snapshots) => new()
    {
        Status = SnapshotStatusCode(snapshots.Status),
        StartDate = snapshots.Start?.Date,
        StartLagDays = snapshots.StartLagDays,
        EndDate = snapshots.End?.Date,
        EndLagDays = snapshots.EndLagDays,
    };

    /// <summary>The JSON code of a snapshot realisation's status (R21).</summary>
    internal static string SnapshotStatusCode(SnapshotRealisationStatus status) => status switch
    {
        SnapshotRealisationStatus.Known => "known",
        SnapshotRealisationStatus.NoSnapshotBeforeStart => "no-snapshot-before-start",
        _ => "no-snapshot-in-period",
    };

    private static ForecastDto ToDto(CompletionForecast forecast, string name, ReportText text) => new()
    {
        Code = forecast.Region,
        Name = PersonalData.Redact(name),
        Eligible = forecast.Eligible,
        Coverage = forecast.Coverage,
        Remaining = forecast.Remaining,
        PaceFrom = forecast.PaceWindow.Start,
        PaceWorkingDays = forecast.PaceWorkingDays,
        PaceRealised = forecast.PaceRealised,
        Pace = forecast.PacePerWorkingDay?.ToDecimal(),
        Status = StatusCode(forecast.Status),
        WorkingDaysNeeded = forecast.WorkingDaysNeeded,
        CompletionDate = forecast.CompletionDate,
        Message = text.ForecastLine(forecast),
    };

    /// <summary>
    /// Reads back the JSON of an attainment report, as written by <see cref="Serialize(AttainmentReport, ReportText)"/>
    /// or by <c>ektp report --format json</c>.
    /// </summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The report's fields.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not the JSON of a report: malformed, a required field missing, or a value of the wrong type.</exception>
    public static ReportDto DeserializeReport(string json) => Deserialize(json, EktpJsonContext.Default.ReportDto, "an attainment report");

    /// <summary>
    /// Reads back the JSON of completion forecasts, as written by <see cref="Serialize(ForecastReport, ReportText)"/>
    /// or by <c>ektp forecast --format json</c>.
    /// </summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The forecasts' fields.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not the JSON of forecasts.</exception>
    public static ForecastReportDto DeserializeForecast(string json) => Deserialize(json, EktpJsonContext.Default.ForecastReportDto, "completion forecasts");

    /// <summary>
    /// Reads back the JSON of an allocation, as written by
    /// <see cref="Serialize(DeviceAllocation, AttainmentReport, ReportText)"/> or by <c>ektp allocate --format json</c>.
    /// </summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The allocation's fields.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not the JSON of an allocation.</exception>
    public static AllocationDto DeserializeAllocation(string json) => Deserialize(json, EktpJsonContext.Default.AllocationDto, "an allocation");

    private static T Deserialize<T>(string json, JsonTypeInfo<T> type, string what)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, type) ?? throw new JsonException($"The JSON is null, not {what}.");
    }

    /// <summary>The contract's code for a band: met, near, behind, critical, not-applicable.</summary>
    /// <param name="band">The band.</param>
    /// <returns>The code.</returns>
    internal static string BandCode(AttainmentBand band) => AttainmentNames.Band.Format(band);

    /// <summary>The contract's code for a severity: info, warning, critical.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The code.</returns>
    internal static string SeverityCode(FindingSeverity severity) => FindingNames.Severity.Format(severity);

    private static string ReasonCode(AllocationReason reason) => reason switch
    {
        AllocationReason.LargestReduction => "largest-reduction",
        AllocationReason.LowerAttainment => "lower-attainment",
        AllocationReason.LowerCode => "lower-code",
        AllocationReason.NoReduction => "no-reduction",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown allocation reason."),
    };

    private static string StatusCode(ForecastStatus status) => status switch
    {
        ForecastStatus.Forecast => "forecast",
        ForecastStatus.AlreadyComplete => "complete",
        ForecastStatus.NoProgress => "no-progress",
        ForecastStatus.BeyondCalendar => "beyond-calendar",
        ForecastStatus.CoverageUnknown => "coverage-unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown forecast status."),
    };
}
