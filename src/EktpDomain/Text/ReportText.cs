using System;
using System.Collections.Immutable;
using System.Globalization;
using EktpDomain.Attainment;

namespace EktpDomain.Text;

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

    /// <summary>Formats a date as ISO 8601, YYYY-MM-DD, the same in every language so that it sorts and reads unambiguously.</summary>
    /// <param name="day">The date.</param>
    /// <returns>The formatted date.</returns>
    public virtual string FormatDate(NodaTime.LocalDate day) => NodaTime.Text.LocalDatePattern.Iso.Format(day);

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
}
