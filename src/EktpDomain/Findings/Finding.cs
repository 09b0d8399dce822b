using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EktpDomain.Reporting;
using NodaTime;

namespace EktpDomain.Findings;

/// <summary>
/// One finding of an incident rule (R8): the rule's id, a severity, the kecamatan, the recording set if there is one,
/// and a message and a recommended action in any report language (R10).
/// </summary>
/// <remarks>
/// <para>
/// The text is rendered on demand for a <see cref="ReportText"/>, so numbers and dates follow its culture: 1.738 in
/// Indonesian, 1,738 in English. The built-in rules take their words from <see cref="ReportText"/>, so a third
/// language only needs a third <see cref="ReportText"/>. A custom rule can pass its own functions, or fixed
/// Indonesian and English strings through <see cref="Bilingual(string, string)"/>.
/// </para>
/// <para>
/// Findings are reported in <see cref="ReportOrder"/>: by severity (critical first), then kecamatan code, then rule
/// id, then set (site-wide first), then date.
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe, provided the text functions are.</para>
/// </remarks>
public sealed class Finding
{
    private readonly Func<ReportText, string> message;
    private readonly Func<ReportText, string> action;

    /// <summary>Creates a finding.</summary>
    /// <param name="ruleId">The id of the rule that found it, such as <c>long-outage</c>; not blank.</param>
    /// <param name="severity">Its severity.</param>
    /// <param name="kecamatan">The kecamatan, a <see cref="RegionLevel.Kecamatan"/> code.</param>
    /// <param name="device">The recording set, or null (or blank) when the finding is not about one set.</param>
    /// <param name="message">The message in a given language.</param>
    /// <param name="action">The recommended action in a given language.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/>, <paramref name="message"/> or <paramref name="action"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is blank, or <paramref name="kecamatan"/> is not a kecamatan code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is undefined.</exception>
    public Finding(
        string ruleId,
        FindingSeverity severity,
        RegionCode kecamatan,
        string? device,
        Func<ReportText, string> message,
        Func<ReportText, string> action)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(action);
        if (severity is < FindingSeverity.Info or > FindingSeverity.Critical)
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, $"The severity of a '{ruleId}' finding must be Info, Warning or Critical (R8).");
        }

        if (kecamatan.Level != RegionLevel.Kecamatan)
        {
            throw new ArgumentException($"A finding belongs to a kecamatan (PP.KK.CC), but '{kecamatan}' is a {kecamatan.Level} code (R8).", nameof(kecamatan));
        }

        RuleId = ruleId;
        Severity = severity;
        Kecamatan = kecamatan;
        Device = string.IsNullOrWhiteSpace(device) ? null : device.Trim();
        this.message = message;
        this.action = action;
    }

    /// <summary>
    /// The report order (R8): severity (critical first), kecamatan code, rule id (ordinal), set (none first, then
    /// ordinal), date (none first). Findings equal on all of these keep their order (the sort is stable).
    /// </summary>
    public static IComparer<Finding> ReportOrder { get; } = Comparer<Finding>.Create(Compare);

    /// <summary>The id of the rule that found it, such as <c>long-outage</c>.</summary>
    public string RuleId { get; }

    /// <summary>The severity.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The kecamatan.</summary>
    public RegionCode Kecamatan { get; }

    /// <summary>The recording set, or null when the finding is not about one set (for example a site-wide outage).</summary>
    public string? Device { get; }

    /// <summary>The date the finding is about, if any: an outage's start, the first day without a set, an incident's start.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>The ids of the incidents behind the finding, if any.</summary>
    public ImmutableArray<string> Incidents
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>The message in Bahasa Indonesia.</summary>
    public string MessageIndonesian => GetMessage(ReportText.Indonesian);

    /// <summary>The message in English.</summary>
    public string MessageEnglish => GetMessage(ReportText.English);

    /// <summary>The recommended action in Bahasa Indonesia.</summary>
    public string ActionIndonesian => GetAction(ReportText.Indonesian);

    /// <summary>The recommended action in English.</summary>
    public string ActionEnglish => GetAction(ReportText.English);

    /// <summary>
    /// A text function for fixed strings: the Indonesian one for a language whose code is <c>id</c>, the English one
    /// for any other language.
    /// </summary>
    /// <param name="indonesian">The Indonesian text.</param>
    /// <param name="english">The English text.</param>
    /// <returns>The function, for the <see cref="Finding"/> constructor.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public static Func<ReportText, string> Bilingual(string indonesian, string english)
    {
        ArgumentNullException.ThrowIfNull(indonesian);
        ArgumentNullException.ThrowIfNull(english);
        return text => string.Equals(text.LanguageCode, "id", StringComparison.OrdinalIgnoreCase) ? indonesian : english;
    }

    /// <summary>The message in a language.</summary>
    /// <param name="text">The language.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string GetMessage(ReportText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PersonalData.Redact(message(text));
    }

    /// <summary>The recommended action in a language.</summary>
    /// <param name="text">The language.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string GetAction(ReportText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PersonalData.Redact(action(text));
    }

    /// <summary>Formats as <c>critical 36.03.30 credential-change: message</c>, in English.</summary>
    public override string ToString() =>
        PersonalData.Redact(string.Create(CultureInfo.InvariantCulture, $"{ReportText.English.SeverityName(Severity)} {Kecamatan} {RuleId}{(Device is null ? string.Empty : " " + Device)}: {MessageEnglish}"));

    private static int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int c = ((int)y.Severity).CompareTo((int)x.Severity);
        if (c == 0)
        {
            c = x.Kecamatan.CompareTo(y.Kecamatan);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.RuleId, y.RuleId);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Device, y.Device);
        }

        if (c == 0)
        {
            c = Nullable.Compare(x.Date, y.Date);
        }

        return c;
    }
}
