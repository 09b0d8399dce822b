using System;
using System.Collections.Immutable;
using System.Globalization;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Forecasting;
using EktpDomain.Incidents;
using NodaTime;

namespace EktpDomain.Reporting;

/// <summary>
/// Every word the library puts in front of a person, in one language (R10): headlines, band names, column
/// headings and, with the device rules, finding messages and recommended actions. Numbers are formatted in the
/// language's culture: 14,5 in <c>id-ID</c>, 14.5 in <c>en-US</c>.
/// </summary>
/// <remarks>
/// <para>
/// The library ships <see cref="Indonesian"/> and <see cref="English"/>, each in a single file. A third language is
/// one more subclass in one file: override every abstract member, and pass the instance wherever a
/// <see cref="ReportText"/> is accepted.
/// </para>
/// <para>Equality is reference equality. Implementations must be immutable and thread-safe.</para>
/// </remarks>
public abstract class ReportText
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
    public abstract string NotApplicable { get; }

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
    public abstract string BandName(AttainmentBand band);

    /// <summary>The headline of a district summary (R4), such as "Only 1 of 29 kecamatan met the 15% recording target".</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The headline.</returns>
    public abstract string Headline(DistrictSummary summary);

    /// <summary>The notice shown with the built-in scenario: its per-kecamatan figures are invented.</summary>
    public abstract string IllustrativeNotice { get; }

    /// <summary>A column heading of the report table.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The heading.</returns>
    public abstract string Heading(ReportColumn column);

    /// <summary>The title line of an attainment report, such as "e-KTP recording report: 2012-04-02 to 2012-04-30 (20 working days), target 15% per month".</summary>
    /// <param name="window">The window.</param>
    /// <param name="workingDays">The national working days in the window.</param>
    /// <param name="targetPercent">The monthly share of the target policy, or null.</param>
    /// <returns>The title.</returns>
    public abstract string ReportTitle(NodaTime.DateInterval window, int workingDays, decimal? targetPercent);

    /// <summary>The title line of a completion forecast (R7).</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The title.</returns>
    public abstract string ForecastTitle(NodaTime.LocalDate asOf);

    /// <summary>One line of a completion forecast (R7), such as "2,000 remaining at 200 per working day: complete on 2012-05-14".</summary>
    /// <param name="forecast">The forecast.</param>
    /// <returns>The line, without the region's name.</returns>
    public abstract string ForecastLine(CompletionForecast forecast);

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
    public abstract string SeverityName(FindingSeverity severity);

    /// <summary>The name of a device component, such as "pemindai sidik jari" or "fingerprint scanner".</summary>
    /// <param name="component">The component.</param>
    /// <returns>The name.</returns>
    public abstract string ComponentName(DeviceComponent component);

    /// <summary>The name of an incident cause, such as "sambaran petir" or "lightning".</summary>
    /// <param name="cause">The cause.</param>
    /// <returns>The name.</returns>
    public abstract string CauseName(IncidentCause cause);

    /// <summary>The message of an R8 <c>long-outage</c> finding: the set or site, the parts, the dates and the working days.</summary>
    /// <param name="outage">The merged outage.</param>
    /// <returns>The message.</returns>
    public abstract string LongOutageMessage(Outage outage);

    /// <summary>The recommended action of R8 <c>long-outage</c>: escalate to the regency office; request a replacement component.</summary>
    public abstract string LongOutageAction { get; }

    /// <summary>The message of an R8 <c>no-working-device</c> finding.</summary>
    /// <param name="workingDays">The working days without an available set.</param>
    /// <param name="firstDay">The first of them, if known.</param>
    /// <returns>The message.</returns>
    public abstract string NoWorkingDeviceMessage(int workingDays, LocalDate? firstDay);

    /// <summary>The recommended action of R8 <c>no-working-device</c>: lend a set or a mobile unit.</summary>
    public abstract string NoWorkingDeviceAction { get; }

    /// <summary>The message of an R8 <c>data-loss</c> finding.</summary>
    /// <param name="records">The records lost in the window.</param>
    /// <returns>The message.</returns>
    public abstract string DataLossMessage(long records);

    /// <summary>The recommended action of R8 <c>data-loss</c>: schedule re-recording of the lost residents.</summary>
    public abstract string DataLossAction { get; }

    /// <summary>The message of an R8 <c>mobile-unit-recommended</c> finding.</summary>
    /// <param name="backlog">The re-recording backlog at the end of the window.</param>
    /// <param name="threshold">The rule's threshold.</param>
    /// <returns>The message.</returns>
    public abstract string MobileUnitRecommendedMessage(long backlog, long threshold);

    /// <summary>The recommended action of R8 <c>mobile-unit-recommended</c>: lend an e-KTP Mobile unit for door-to-door re-recording.</summary>
    public abstract string MobileUnitRecommendedAction { get; }

    /// <summary>The message of an R8 <c>credential-change</c> finding.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The message.</returns>
    public abstract string CredentialChangeMessage(Incident incident);

    /// <summary>The recommended action of R8 <c>credential-change</c>: restore centrally managed credentials; train operators.</summary>
    public abstract string CredentialChangeAction { get; }

    /// <summary>The message of an R8 <c>lightning</c> finding.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The message.</returns>
    public abstract string LightningMessage(Incident incident);

    /// <summary>The recommended action of R8 <c>lightning</c>: check the site's surge and grounding protection.</summary>
    public abstract string LightningAction { get; }

    /// <summary>The message of an R8 <c>repeated-failure</c> finding.</summary>
    /// <param name="device">The set.</param>
    /// <param name="incidents">How many incidents.</param>
    /// <param name="first">The first incident's start date.</param>
    /// <param name="last">The last incident's start date.</param>
    /// <param name="withinDays">The rule's run of days (90 by default).</param>
    /// <returns>The message.</returns>
    public abstract string RepeatedFailureMessage(string device, int incidents, LocalDate first, LocalDate last, int withinDays);

    /// <summary>The recommended action of R8 <c>repeated-failure</c>: replace the device.</summary>
    public abstract string RepeatedFailureAction { get; }

    /// <summary>The explanation of one R9 placement: where the set goes, the projected shortfall before and after, and why.</summary>
    /// <param name="placement">The placement.</param>
    /// <returns>The explanation.</returns>
    public abstract string AllocationExplanation(AllocationPlacement placement);

    /// <summary>The heading above the findings of a report (R8), such as "Temuan" or "Findings".</summary>
    public abstract string FindingsHeading { get; }

    /// <summary>What a report says when no rule found anything (R8).</summary>
    public abstract string NoFindings { get; }

    /// <summary>The title line of an allocation (R9).</summary>
    /// <param name="sets">The number of new sets.</param>
    /// <param name="window">The window whose targets and capacity are projected.</param>
    /// <param name="throughput">Recordings per set per working day.</param>
    /// <returns>The title.</returns>
    public abstract string AllocationTitle(int sets, NodaTime.DateInterval window, long throughput);

    /// <summary>The closing line of an allocation (R9): the total projected shortfall before and after.</summary>
    /// <param name="allocation">The allocation.</param>
    /// <returns>The line.</returns>
    public abstract string AllocationSummary(DeviceAllocation allocation);
}
