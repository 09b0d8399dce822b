using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Forecasting;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Reporting.FindingTexts;
using EktpDomain.Trends;
using NodaTime;

namespace EktpDomain.Reporting;

/// <summary>
/// Every word the library puts in front of a person, in one language (R10): headlines, band names, column
/// headings, and finding messages and recommended actions. Numbers are formatted in the language's culture: 14,5 in
/// <c>id-ID</c>, 14.5 in <c>en-US</c>.
/// </summary>
/// <remarks>
/// <para>
/// The library ships <see cref="Indonesian"/> and <see cref="English"/>. Every member that says something is virtual
/// and says it in English, so a third language is one more subclass in one file: override <see cref="Culture"/> and
/// <see cref="LanguageCode"/>, and whichever members it translates; the rest stay English, and a member added to a
/// later version of the library shows in English until the language translates it. Pass the instance wherever a
/// <see cref="ReportText"/> is accepted.
/// </para>
/// <para>
/// The words of the built-in finding rules are kept by the library, one file per rule, in Bahasa Indonesia and
/// English. A third language shows them in English (in Indonesian if its <see cref="LanguageCode"/> is <c>id</c>),
/// with its own numbers, dates, component and cause names, unless it overrides <see cref="WordFindingMessage"/> and
/// <see cref="WordFindingAction"/> for the details types it translates (switching on <see cref="Finding.Details"/> and
/// falling back to the base for the rest). A custom rule's <see cref="CustomFindingDetails"/> can carry its text in
/// any language.
/// </para>
/// <para>
/// <see cref="Culture"/> and <see cref="LanguageCode"/> stay abstract because they say which language a subclass is:
/// an English default would make a translation that forgot them format numbers and dates as English and pick the
/// English text of a <see cref="CustomFindingDetails"/>, silently.
/// </para>
/// <para>Equality is reference equality. Implementations must be immutable and thread-safe.</para>
/// </remarks>
public abstract partial class ReportText : IFindingLanguage
{
    /// <summary>Bahasa Indonesia, culture <c>id-ID</c>.</summary>
    public static ReportText Indonesian { get; } = new IndonesianReportText();

    /// <summary>English, culture <c>en-US</c>.</summary>
    public static ReportText English { get; } = new EnglishReportText();

    /// <summary>The built-in languages.</summary>
    public static ImmutableArray<ReportText> BuiltIn { get; } = [Indonesian, English];

    /// <summary>The culture used for numbers.</summary>
    public abstract CultureInfo Culture { get; }

    /// <summary>The two-letter ISO 639-1 language code, such as <c>id</c> or <c>en</c>.</summary>
    public abstract string LanguageCode { get; }

    /// <summary>What is shown for a figure that is not applicable, such as "t/a" or "n/a".</summary>
    public virtual string NotApplicable => "n/a";

    /// <summary>Finds a built-in language by its code (<c>id</c>, <c>en</c>) or culture name (<c>id-ID</c>, <c>en-US</c>).</summary>
    /// <param name="code">The language code or culture name, case-insensitive.</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentException">No built-in language has that code.</exception>
    public static ReportText FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryFromCode(code, out var text)
            ? text
            : throw new ArgumentException($"'{code}' is not a built-in report language; use 'id' (Bahasa Indonesia) or 'en' (English).", nameof(code));
    }

    /// <summary>Finds a built-in language by its code or culture name.</summary>
    /// <param name="code">The language code or culture name, case-insensitive.</param>
    /// <param name="text">The language, or null.</param>
    /// <returns>Whether a built-in language has that code.</returns>
    public static bool TryFromCode(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportText? text)
    {
        foreach (var candidate in BuiltIn)
        {
            if (string.Equals(code, candidate.LanguageCode, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(code, candidate.Culture.Name, StringComparison.OrdinalIgnoreCase))
            {
                text = candidate;
                return true;
            }
        }

        text = null;
        return false;
    }

    /// <summary>Formats a count with the culture's digit grouping: 6.150 in Indonesian, 6,150 in English.</summary>
    /// <param name="value">The count.</param>
    /// <returns>The formatted count.</returns>
    public virtual string FormatCount(long value) => value.ToString("N0", Culture);

    /// <summary>Formats a percentage with up to <paramref name="decimals"/> decimals, without the % sign: 14,5 or 14.5.</summary>
    /// <param name="percent">The percentage, or null for not applicable.</param>
    /// <param name="decimals">The number of decimals, 0 to 6.</param>
    /// <returns>The formatted number, or <see cref="NotApplicable"/>.</returns>
    public virtual string FormatPercent(decimal? percent, int decimals = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 6);
        return percent is decimal p ? Math.Round(p, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), Culture) : NotApplicable;
    }

    /// <summary>Formats a target share such as 15 or 12.5 with no trailing zeros: 15, 12,5.</summary>
    /// <param name="percent">The share.</param>
    /// <returns>The formatted number.</returns>
    public virtual string FormatShare(decimal percent) => percent.ToString("0.######", Culture);

    /// <summary>Formats an exact rate such as a pace per working day with one decimal: 212,5 or 212.5.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The formatted rate.</returns>
    public virtual string FormatRate(Ratio rate) => Math.Round(rate.ToDecimal(), 1, MidpointRounding.AwayFromZero).ToString("N1", Culture);

    /// <summary>The name of a band, such as "tercapai" or "met".</summary>
    /// <param name="band">The band.</param>
    /// <returns>The name.</returns>
    public virtual string BandName(AttainmentBand band) => band == AttainmentBand.NotApplicable ? "n/a" : AttainmentNames.Band.Format(band);

    /// <summary>The headline of a district summary (R4), such as "Only 1 of 29 kecamatan met the 15% recording target".</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The headline.</returns>
    public virtual string Headline(DistrictSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        string unit = UnitName(summary.Level);
        string target = summary.TargetPercent is decimal p ? $"the {FormatShare(p)}% recording target"
            : summary.Applicable == 1 || summary.Level == RegionLevel.Nation ? "its recording target" : "their recording target";
        int withoutTarget = summary.KecamatanCount - summary.Applicable - summary.RealisationUnknown;
        var notes = new List<string>();
        if (withoutTarget > 0)
        {
            notes.Add($"{FormatCount(withoutTarget)} without a target");
        }

        if (summary.RealisationUnknown > 0 && summary.Applicable > 0)
        {
            notes.Add($"{FormatCount(summary.RealisationUnknown)} not assessed: realisation unknown");
        }

        string rest = notes.Count == 0 ? string.Empty : $" ({string.Join("; ", notes)})";
        if (summary.Level == RegionLevel.Nation && summary.Applicable == 0)
        {
            // One row, the nation: "nasional" is not a noun to count.
            return summary.RealisationUnknown > 0
                ? $"The nation cannot be assessed against {target}: the data gives no realisation for the period for some of its {UnitName(summary.KecamatanCoverage.Level)}"
                : "The nation has no recording target";
        }

        if (summary.Applicable == 0 && summary.RealisationUnknown > 0)
        {
            return $"No {unit} can be assessed against {target}: the data gives no realisation for the period for {(summary.RealisationUnknown == 1 ? $"the only {unit} with a target" : $"any of the {FormatCount(summary.RealisationUnknown)} {unit} with a target")}{rest}";
        }

        if (summary.Applicable == 0)
        {
            return $"No {unit} has a recording target{rest}";
        }

        string headline = summary.Level == RegionLevel.Nation && summary.Applicable == 1
            ? summary.Met == 1 ? $"The nation met {target}" : $"The nation did not meet {target}"
            : summary.Applicable == 1
            ? summary.Met == 1 ? $"The only {unit} met {target}" : $"The only {unit} did not meet {target}"
            : summary.Met == 0
            ? $"None of the {FormatCount(summary.Applicable)} {unit} met {target}"
            : summary.Met == summary.Applicable
                ? $"All {FormatCount(summary.Applicable)} {unit} met {target}"
                : $"Only {FormatCount(summary.Met)} of {FormatCount(summary.Applicable)} {unit} met {target}";
        return headline + rest;
    }

    /// <summary>
    /// The note that some kecamatan have no realisation from their snapshots (R21), and why, such as "Realisation
    /// unknown for 2 kecamatan: no snapshot dated on or before 31 March 2012 (36.03.01 Balaraja, 36.03.02 Jayanti)".
    /// </summary>
    /// <param name="status">Why: <see cref="SnapshotRealisationStatus.NoSnapshotBeforeStart"/> or <see cref="SnapshotRealisationStatus.NoSnapshotInWindow"/>.</param>
    /// <param name="window">The report's window.</param>
    /// <param name="regions">The kecamatan, as code and name; the first five are named.</param>
    /// <param name="level">The level of the regions: kecamatan, or kabupaten/kota for data kept per kabupaten/kota.</param>
    /// <returns>The note.</returns>
    public virtual string RealisationUnknownNote(SnapshotRealisationStatus status, DateInterval window, IReadOnlyList<string> regions, RegionLevel level = RegionLevel.Kecamatan)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(regions);
        string why = status == SnapshotRealisationStatus.NoSnapshotBeforeStart
            ? $"no snapshot dated on or before {FormatDate(window.Start.PlusDays(-1))}"
            : "no snapshot dated in the period";
        return $"Realisation unknown for {FormatCount(regions.Count)} {UnitName(level)}: {why} ({NameSome(regions, "and {0} more")})";
    }

    /// <summary>
    /// The note that the snapshots at a period's edges lie away from its edges (R21), so that the realisation spans
    /// other days than the period's.
    /// </summary>
    /// <param name="startLagDays">The largest number of days from a start edge's snapshot to the day before the period.</param>
    /// <param name="endLagDays">The largest number of days from an end edge's snapshot to the period's last day.</param>
    /// <returns>The note.</returns>
    public virtual string SnapshotLagNote(int startLagDays, int endLagDays)
    {
        string start = $"the coverage before the period is taken up to {FormatCount(startLagDays)} {(startLagDays == 1 ? "day" : "days")} earlier";
        string end = $"the coverage at its end up to {FormatCount(endLagDays)} {(endLagDays == 1 ? "day" : "days")} before its last day";
        return endLagDays == 0 ? $"From snapshots: {start}, so the realisation can span more days than the period"
            : startLagDays == 0 ? $"From snapshots: the coverage at the period's end is taken up to {FormatCount(endLagDays)} {(endLagDays == 1 ? "day" : "days")} before its last day, so the realisation can span fewer days than the period"
            : $"From snapshots: {start}, and {end}, so the realisation spans other days than the period";
    }

    /// <summary>The title line of a coverage trend, such as "e-KTP recording coverage by month, January 2012 – December 2013".</summary>
    /// <param name="first">The first month.</param>
    /// <param name="last">The last month.</param>
    /// <returns>The title.</returns>
    public virtual string TrendTitle(YearMonth first, YearMonth last) =>
        $"e-KTP recording coverage by month, {FormatMonths(first, last)}";

    /// <summary>A month with the culture's month name: "Januari 2012", "January 2012".</summary>
    /// <param name="month">The month.</param>
    /// <returns>The formatted month.</returns>
    public virtual string FormatMonth(YearMonth month) => month.ToString("MMMM uuuu", Culture);

    /// <summary>
    /// One kecamatan's trend in a line, such as "38.0% at the end of January 2012 → 95.0% at the end of December 2013;
    /// realised 38,000, adjustments 0", with how many months' realisation is not known.
    /// </summary>
    /// <param name="trend">The region's trend.</param>
    /// <returns>The line, without the region's name.</returns>
    public virtual string TrendLine(RegionTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var first = trend.Months.FirstOrDefault(m => m.CoveragePercent is not null);
        var last = trend.Months.LastOrDefault(m => m.CoveragePercent is not null);
        string coverage = first is null || last is null
            ? "coverage not known in any month"
            : $"{FormatPercent(first.CoveragePercent)}% at the end of {FormatMonth(first.Month)} → {FormatPercent(last.CoveragePercent)}% at the end of {FormatMonth(last.Month)}";
        string realised = trend.MonthsUnknown == 0
            ? $"realised {FormatCount(trend.Realised ?? 0)}, adjustments {FormatCount(trend.Adjustment ?? 0)}"
            : $"realisation not known in {FormatCount(trend.MonthsUnknown)} of {FormatCount(trend.Months.Length)} {(trend.Months.Length == 1 ? "month" : "months")}";
        return $"{coverage}; {realised}";
    }

    /// <summary>A range of months: "January – December 2012", "January 2012 – December 2013", or one month.</summary>
    private protected string FormatMonths(YearMonth from, YearMonth to) =>
        from == to ? FormatMonth(from)
        : from.Year == to.Year ? $"{from.ToString("MMMM", Culture)} – {FormatMonth(to)}"
        : $"{FormatMonth(from)} – {FormatMonth(to)}";

    /// <summary>
    /// The note on a row whose code was retired (R24), such as "36.03.05 Serpong was renamed 36.74.01 from 26 December
    /// 2008; its figures roll up into 36.74 Kota Tangerang Selatan".
    /// </summary>
    /// <param name="region">The row's code and name.</param>
    /// <param name="kind">The kind of change.</param>
    /// <param name="successors">The codes that replaced it.</param>
    /// <param name="from">The first day of the new codes.</param>
    /// <param name="rollsUpInto">The code and name of the region its figures roll up into.</param>
    /// <returns>The note.</returns>
    public virtual string CodeChangeNote(string region, RegionCodeChangeKind kind, IReadOnlyList<RegionCode> successors, LocalDate from, string rollsUpInto)
    {
        ArgumentNullException.ThrowIfNull(successors);
        string codes = string.Join(", ", successors);
        string change = kind switch
        {
            RegionCodeChangeKind.Merge => $"was merged into {codes}",
            RegionCodeChangeKind.Split => $"was split into {codes}",
            _ => $"was renamed {codes}",
        };
        return $"{region} {change} from {FormatDate(from)}; its figures roll up into {rollsUpInto}";
    }

    /// <summary>
    /// The name of the regions a report counts: "kecamatan", "kabupaten/kota" (for data kept per kabupaten/kota, or a
    /// report by kabupaten/kota), "provinsi" or "nasional"; both languages use these Indonesian words, as Kemendagri does.
    /// </summary>
    /// <param name="level">The level.</param>
    /// <returns>The name.</returns>
    public virtual string UnitName(RegionLevel level) => level switch
    {
        RegionLevel.Regency => "kabupaten/kota",
        RegionLevel.Province => "provinsi",
        RegionLevel.Nation => "nasional",
        _ => "kecamatan",
    };

    /// <summary>The first five names, then "and N more" in the language's words (<paramref name="more"/> has {0}).</summary>
    private protected string NameSome(IReadOnlyList<string> names, string more)
    {
        const int shown = 5;
        string list = string.Join(", ", names.Take(shown));
        return names.Count <= shown ? list : $"{list}, {string.Format(Culture, more, FormatCount(names.Count - shown))}";
    }

    /// <summary>How many of a region's kecamatan some data covers, such as "3 of 29 kecamatan" (or "3 kecamatan" when the catalogue does not list the region).</summary>
    /// <param name="coverage">The coverage.</param>
    /// <returns>The label.</returns>
    public virtual string CoverageLabel(KecamatanCoverage coverage) =>
        coverage.Catalogued is int catalogued
            ? $"{FormatCount(coverage.Covered)} of {FormatCount(catalogued)} {UnitName(coverage.Level)}"
            : $"{FormatCount(coverage.Covered)} {UnitName(coverage.Level)}";

    /// <summary>
    /// The line that says a report covers only part of its region, such as "Partial data: 3 of 29 kecamatan of
    /// Kabupaten Tangerang"; reports print it when <see cref="KecamatanCoverage.IsPartial"/>.
    /// </summary>
    /// <param name="coverage">The coverage.</param>
    /// <param name="regionName">The region's name.</param>
    /// <returns>The line.</returns>
    public virtual string PartialCoverageNote(KecamatanCoverage coverage, string regionName) =>
        $"Partial data: {CoverageLabel(coverage)} of {regionName}";

    /// <summary>A column heading of the report table.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The heading.</returns>
    public virtual string Heading(ReportColumn column) => column switch
    {
        ReportColumn.Rank => "Rank",
        ReportColumn.Code => "Code",
        ReportColumn.Kecamatan => "Kecamatan",
        ReportColumn.Eligible => "Eligible",
        ReportColumn.Target => "Target",
        ReportColumn.Realised => "Realised",
        ReportColumn.RealisedPercent => "%",
        ReportColumn.Attainment => "Attainment",
        ReportColumn.Band => "Band",
        ReportColumn.CoveragePercent => "Coverage %",
        ReportColumn.Backlog => "Backlog",
        ReportColumn.Capacity => "Capacity",
        ReportColumn.ShortfallDataLoss => "Short: data loss",
        ReportColumn.ShortfallOutage => "Short: outage",
        ReportColumn.ShortfallDemand => "Short: demand",
        ReportColumn.DeviceDays => "Device-days",
        ReportColumn.OutageDeviceDays => "Outage device-days",
        ReportColumn.Utilisation => "Utilisation",
        ReportColumn.TurnoutPercent => "Turnout %",
        ReportColumn.ShortfallService => "Short: service",
        ReportColumn.ShortfallNoShow => "Short: no-show",
        ReportColumn.ShortfallNotInvited => "Short: not invited",
        ReportColumn.Adjustment => "Adjustment",
        _ => DocumentHeading(column),
    };

    /// <summary>
    /// The title line of an attainment report, such as "e-KTP recording report, 2–30 April 2012 (20 working days),
    /// target 15% of eligible residents per month".
    /// </summary>
    /// <param name="window">The window.</param>
    /// <param name="workingDays">The national working days in the window.</param>
    /// <param name="targetPercent">The monthly share of the target policy, or null.</param>
    /// <returns>The title.</returns>
    public virtual string ReportTitle(DateInterval window, int workingDays, decimal? targetPercent) =>
        $"e-KTP recording report, {FormatDates(window)} ({WorkingDays(workingDays)})"
        + (targetPercent is decimal p ? $", target {FormatShare(p)}% of eligible residents per month" : string.Empty);

    /// <summary>
    /// A title with the region and the level a report was asked for, such as "e-KTP recording report, 1–30 April 2012
    /// … — 36 Banten, by kabupaten/kota"; the title unchanged with neither.
    /// </summary>
    /// <param name="title">The title, such as <see cref="ReportTitle"/>'s.</param>
    /// <param name="region">The region's code and name, such as "36 Banten"; null for all the data.</param>
    /// <param name="level">The level of the rows when it is above the data's own; null for the data's own (kecamatan).</param>
    /// <returns>The title.</returns>
    public virtual string ScopedTitle(string title, string? region, RegionLevel? level)
    {
        ArgumentNullException.ThrowIfNull(title);
        string?[] parts = [region, level is RegionLevel l ? LevelPhrase(l) : null];
        string scope = string.Join(", ", parts.Where(p => p is not null));
        return scope.Length == 0 ? title : $"{title} — {scope}";
    }

    /// <summary>The title of an attainment report: <see cref="ReportTitle"/>, with its region when it has one (<see cref="AttainmentReport.Within"/>).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The title.</returns>
    public string Title(AttainmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ScopedTitle(ReportTitle(report.Window, report.WorkingDays, report.Summary.TargetPercent), RegionLabel(report.Region, report.GetName), null);
    }

    /// <summary>The title of an allocation: <see cref="AllocationTitle"/>, with the region of the report it was made from.</summary>
    /// <param name="allocation">The allocation.</param>
    /// <param name="report">The report it was made from.</param>
    /// <returns>The title.</returns>
    public string Title(DeviceAllocation allocation, AttainmentReport report)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        ArgumentNullException.ThrowIfNull(report);
        return ScopedTitle(AllocationTitle(allocation.Placements.Length, report.Window, report.Options.Throughput), RegionLabel(report.Region, report.GetName), null);
    }

    /// <summary>The title of completion forecasts: <see cref="ForecastTitle"/>, with their region and level.</summary>
    /// <param name="forecasts">The forecasts.</param>
    /// <returns>The title.</returns>
    public string Title(ForecastReport forecasts)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        return ScopedTitle(ForecastTitle(forecasts.AsOf), RegionLabel(forecasts.Region, forecasts.GetName), LevelAbove(forecasts.Level, forecasts.KecamatanCoverage.Level));
    }

    /// <summary>The title of a coverage trend: <see cref="TrendTitle"/>, with its region and level.</summary>
    /// <param name="trend">The trend.</param>
    /// <returns>The title.</returns>
    public string Title(CoverageTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        return ScopedTitle(TrendTitle(trend.Months[0], trend.Months[^1]), RegionLabel(trend.Region, trend.GetName), LevelAbove(trend.Level, trend.KecamatanCoverage.Level));
    }

    /// <summary>The title of a report at a level: <see cref="ReportTitle"/>, with its region and level, "… — 36 Banten, by kabupaten/kota".</summary>
    /// <param name="report">The report.</param>
    /// <returns>The title.</returns>
    public string Title(LevelReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var kecamatan = report.Report;
        return ScopedTitle(ReportTitle(kecamatan.Window, kecamatan.WorkingDays, kecamatan.Summary.TargetPercent), RegionLabel(kecamatan.Region, kecamatan.GetName), LevelAbove(report.Level, kecamatan.Summary.KecamatanCoverage.Level));
    }

    /// <summary>The line over the findings of one region in a report by region, such as "36.03 Kabupaten Tangerang: 4 findings" or "…: 2 of 4 findings".</summary>
    /// <param name="region">The region's code and name.</param>
    /// <param name="shown">How many of its findings are shown.</param>
    /// <param name="all">How many it has.</param>
    /// <returns>The line.</returns>
    public virtual string FindingsGroupHeading(string region, int shown, int all) =>
        shown == all ? $"{region}: {FormatCount(all)} {(all == 1 ? "finding" : "findings")}" : $"{region}: {FormatCount(shown)} of {FormatCount(all)} findings";

    /// <summary>The line under findings cut to the most severe: "… and 12 more findings (20 in all); show them with --findings".</summary>
    /// <param name="more">How many are not shown.</param>
    /// <param name="all">How many there are.</param>
    /// <returns>The line.</returns>
    public virtual string MoreFindings(int more, int all) =>
        $"… and {FormatCount(more)} more {(more == 1 ? "finding" : "findings")} ({FormatCount(all)} in all), less severe or of later kecamatan codes";

    /// <summary>A level for <see cref="ScopedTitle"/>: null when it is the data's own.</summary>
    private protected static RegionLevel? LevelAbove(RegionLevel level, RegionLevel unit) => level < unit ? level : null;

    /// <summary>A region as a title names it, "36 Banten"; null for none.</summary>
    private protected static string? RegionLabel(RegionCode? region, Func<RegionCode, string> nameOf) =>
        region is RegionCode code ? $"{code} {PersonalData.Redact(nameOf(code))}" : null;

    /// <summary>How a report's rows are grouped, such as "by kabupaten/kota", "by provinsi" or "for the nation as a whole".</summary>
    /// <param name="level">The level of the rows.</param>
    /// <returns>The phrase.</returns>
    public virtual string LevelPhrase(RegionLevel level) => level == RegionLevel.Nation ? "for the nation as a whole" : $"by {UnitName(level)}";

    /// <summary>The title line of a completion forecast (R7).</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The title.</returns>
    public virtual string ForecastTitle(LocalDate asOf) => $"e-KTP recording completion forecast, as of {FormatDate(asOf)}";

    /// <summary>
    /// One line of a completion forecast (R7), such as "2,000 remaining at 200 per working day: complete on 14 May 2012
    /// (10 working days)".
    /// </summary>
    /// <param name="forecast">The forecast.</param>
    /// <returns>The line, without the region's name, which is <see cref="CompletionForecast.Name"/>.</returns>
    public virtual string ForecastLine(CompletionForecast forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        return forecast.Status switch
        {
            ForecastStatus.AlreadyComplete => "every eligible resident is recorded",
            ForecastStatus.CoverageUnknown => forecast.Remaining is long left
                ? $"{FormatCount(left)} remaining; no forecast: no earlier snapshot to measure the pace against"
                : $"no forecast: the snapshots give no coverage on or before {FormatDate(forecast.AsOf)}",
            ForecastStatus.NoProgress => $"{FormatCount(forecast.Remaining!.Value)} remaining, no progress in the last {WorkingDays(forecast.PaceWorkingDays)}: no forecast",
            ForecastStatus.BeyondCalendar => $"{FormatCount(forecast.Remaining!.Value)} remaining at {FormatRate(forecast.PacePerWorkingDay!.Value)} per working day: {FormatCount(forecast.WorkingDaysNeeded ?? 0)} more {WorkingDayNoun(forecast.WorkingDaysNeeded ?? 0)}, beyond the holiday data",
            _ => $"{FormatCount(forecast.Remaining!.Value)} remaining at {FormatRate(forecast.PacePerWorkingDay!.Value)} per working day: complete on {FormatDate(forecast.CompletionDate!.Value)} ({WorkingDays(forecast.WorkingDaysNeeded ?? 0)})",
        };
    }

    /// <summary>Formats a date with the culture's month names: "5 Februari 2012", "5 February 2012".</summary>
    /// <param name="day">The date.</param>
    /// <returns>The formatted date.</returns>
    public virtual string FormatDate(LocalDate day) => day.ToString("d MMMM uuuu", Culture);

    /// <summary>
    /// Formats an inclusive range of dates compactly: "2 April 2012" for one day, "2–16 April 2012" within a month,
    /// "28 March – 5 April 2012" within a year, otherwise both dates in full.
    /// </summary>
    /// <param name="dates">The dates.</param>
    /// <returns>The formatted range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public virtual string FormatDates(DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        LocalDate start = dates.Start, end = dates.End;
        if (start == end)
        {
            return FormatDate(start);
        }

        if (start.Year == end.Year && start.Month == end.Month)
        {
            return start.Day.ToString(Culture) + "–" + FormatDate(end);
        }

        return start.Year == end.Year
            ? start.ToString("d MMMM", Culture) + " – " + FormatDate(end)
            : FormatDate(start) + " – " + FormatDate(end);
    }

    /// <summary>The name of a finding severity (R8), such as "kritis" or "critical".</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The name.</returns>
    public virtual string SeverityName(FindingSeverity severity) => FindingNames.Severity.Format(severity);

    /// <summary>The name of a device component, such as "pemindai sidik jari" or "fingerprint scanner".</summary>
    /// <param name="component">The component.</param>
    /// <returns>The name.</returns>
    public virtual string ComponentName(DeviceComponent component) => component switch
    {
        DeviceComponent.Server => "server",
        DeviceComponent.Pc => "PC or laptop",
        DeviceComponent.Fingerprint => "fingerprint scanner",
        DeviceComponent.Iris => "iris scanner",
        DeviceComponent.Camera => "camera",
        DeviceComponent.SignaturePad => "signature pad",
        DeviceComponent.Network => "network",
        DeviceComponent.Power => "power supply",
        DeviceComponent.Software => "software",
        _ => component.ToString(),
    };

    /// <summary>The name of an incident cause, such as "sambaran petir" or "lightning".</summary>
    /// <param name="cause">The cause.</param>
    /// <returns>The name.</returns>
    public virtual string CauseName(IncidentCause cause) => cause switch
    {
        IncidentCause.Hardware => "hardware fault",
        IncidentCause.Lightning => "lightning",
        IncidentCause.Theft => "theft",
        IncidentCause.Power => "power failure",
        IncidentCause.Network => "network failure",
        IncidentCause.HumanError => "human error",
        IncidentCause.CredentialChange => "unauthorised password change",
        IncidentCause.Malware => "malware",
        IncidentCause.Unknown => "unknown cause",
        _ => cause.ToString(),
    };

    /// <summary>
    /// The message of a finding (R8) in this language: a built-in rule's words for its <see cref="Finding.Details"/>,
    /// or a <see cref="CustomFindingDetails"/>' text in this language (else its English one).
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The message, with long digit runs masked (<see cref="PersonalData"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    /// <remarks>
    /// The built-in rules are worded in Bahasa Indonesia (for <see cref="LanguageCode"/> <c>id</c>) and in English (for
    /// any other code), filled in with this language's <see cref="FormatCount"/>, <see cref="FormatPercent"/>,
    /// <see cref="FormatShare"/>, <see cref="FormatDate"/>, <see cref="FormatDates"/>, <see cref="ComponentName"/>,
    /// <see cref="CauseName"/> and <see cref="NotApplicable"/>; a language translates them by overriding
    /// <see cref="WordFindingMessage"/>. Not virtual, so that every message is masked whatever a language overrides.
    /// </remarks>
    public string FindingMessage(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return PersonalData.Redact(WordFindingMessage(finding));
    }

    /// <summary>
    /// The recommended action of a finding (R8) in this language: a built-in rule's action for its
    /// <see cref="Finding.Details"/>' type, or a <see cref="CustomFindingDetails"/>' text in this language (else its
    /// English one).
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The action, with long digit runs masked (<see cref="PersonalData"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    /// <remarks>
    /// The built-in rules' actions are in Bahasa Indonesia (for <see cref="LanguageCode"/> <c>id</c>) and in English (for
    /// any other code); a language translates them by overriding <see cref="WordFindingAction"/>. Not virtual, so that
    /// every action is masked whatever a language overrides.
    /// </remarks>
    public string FindingAction(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return PersonalData.Redact(WordFindingAction(finding));
    }

    /// <summary>
    /// Words the message of a finding, before <see cref="FindingMessage"/> masks it: the library's words for a
    /// built-in rule (Bahasa Indonesia for <see cref="LanguageCode"/> <c>id</c>, else English), or a
    /// <see cref="CustomFindingDetails"/>' text in this language. A third language overrides it for the details types
    /// it translates and calls the base for the others.
    /// </summary>
    /// <param name="finding">The finding; not null.</param>
    /// <returns>The message, unmasked.</returns>
    protected virtual string WordFindingMessage(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var details = finding.Details;
        return RuleTexts.For(details) is RuleText text
            ? text.Message(this, details)
            // FindingDetails cannot be subclassed outside the library: what is left is the custom details.
            : ((CustomFindingDetails)details).GetText(LanguageCode).Message;
    }

    /// <summary>
    /// Words the recommended action of a finding, before <see cref="FindingAction"/> masks it, as
    /// <see cref="WordFindingMessage"/> words its message.
    /// </summary>
    /// <param name="finding">The finding; not null.</param>
    /// <returns>The action, unmasked.</returns>
    protected virtual string WordFindingAction(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var details = finding.Details;
        return RuleTexts.For(details) is RuleText text
            ? text.Action(this)
            : ((CustomFindingDetails)details).GetText(LanguageCode).Action;
    }

    /// <summary>The explanation of one R9 placement: where the set goes, the capacity gap before and after, and why.</summary>
    /// <param name="placement">The placement.</param>
    /// <returns>The explanation.</returns>
    public virtual string AllocationExplanation(AllocationPlacement placement)
    {
        ArgumentNullException.ThrowIfNull(placement);
        string why = placement.Reason switch
        {
            AllocationReason.LargestReduction => "the largest reduction",
            AllocationReason.LowerAttainment => $"tied on reduction with another kecamatan; lower attainment ({FormatAttainment(placement.AttainmentRatio)})",
            AllocationReason.LowerCode => "tied on reduction and attainment with another kecamatan; lower code",
            _ => $"no capacity gap can be reduced any more; lowest attainment ({FormatAttainment(placement.AttainmentRatio)})",
        };
        string here = placement.SetsHere > 1 ? $" (its new set no. {FormatCount(placement.SetsHere)})" : string.Empty;
        return $"New set {FormatCount(placement.Number)} → {placement.Kecamatan} {placement.Name}{here}: capacity gap {FormatCount(placement.CapacityGapBefore)} → {FormatCount(placement.CapacityGapAfter)}{(placement.Reduction > 0 ? $" (−{FormatCount(placement.Reduction)})" : string.Empty)}; {why}.";
    }

    /// <summary>The heading above the findings of a report (R8), such as "Temuan" or "Findings".</summary>
    public virtual string FindingsHeading => "Findings";

    /// <summary>What a report says when no rule found anything (R8).</summary>
    public virtual string NoFindings => "No findings.";

    /// <summary>The title line of an allocation (R9).</summary>
    /// <param name="sets">The number of new sets.</param>
    /// <param name="window">The window whose targets and capacity are projected.</param>
    /// <param name="throughput">Recordings per set per working day.</param>
    /// <returns>The title.</returns>
    public virtual string AllocationTitle(int sets, DateInterval window, long throughput) =>
        $"Placing {FormatCount(sets)} new APBD-funded recording set{(sets == 1 ? string.Empty : "s")}, {FormatDates(window)}, at {FormatCount(throughput)} recordings per set per working day";

    /// <summary>The closing line of an allocation (R9): the total capacity gap before and after.</summary>
    /// <param name="allocation">The allocation.</param>
    /// <returns>The line.</returns>
    public virtual string AllocationSummary(DeviceAllocation allocation)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        return $"Total capacity gap: {FormatCount(allocation.TotalCapacityGapBefore)} → {FormatCount(allocation.TotalCapacityGapAfter)}";
    }

    /// <summary>An attainment as a percentage with one decimal and the % sign, or <see cref="NotApplicable"/>.</summary>
    private protected string FormatAttainment(Ratio? attainment) =>
        attainment is Ratio a ? FormatPercent(a.ToDecimal() * 100) + "%" : NotApplicable;

    private string WorkingDays(long days) => $"{FormatCount(days)} {WorkingDayNoun(days)}";

    private static string WorkingDayNoun(long days) => days == 1 ? "working day" : "working days";
}
