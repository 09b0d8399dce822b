using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Findings;

/// <summary>
/// One finding of an incident rule (R8): the rule's id, a severity, the kecamatan, the recording set if there is one,
/// and the facts behind it (<see cref="Details"/>), from which any report language renders a message and a
/// recommended action (R10).
/// </summary>
/// <remarks>
/// <para>
/// A finding holds data, not text: <c>Reporting.ReportText</c> renders its message and action in its own
/// language and culture (1.738 in Indonesian, 1,738 in English). The built-in rules' details are rendered with the
/// language's own words, so a third language only needs a third <c>Reporting.ReportText</c>. A custom rule can
/// reuse a built-in details type, or supply fixed texts per language with <see cref="CustomFindingDetails"/>.
/// </para>
/// <para>
/// Findings are reported in <see cref="ReportOrder"/>: by severity (critical first), then kecamatan code, then rule
/// id, then set (site-wide first), then date.
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="ruleId">The id of the rule that found it, such as <c>long-outage</c>; not blank.</param>
    /// <param name="severity">Its severity.</param>
    /// <param name="kecamatan">The kecamatan, a <see cref="RegionLevel.Kecamatan"/> code; or, for data kept per kabupaten/kota, the kabupaten/kota.</param>
    /// <param name="device">The recording set, or null (or blank) when the finding is not about one set.</param>
    /// <param name="details">The facts behind it, which a report renders as a message and a recommended action.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> or <paramref name="details"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is blank, or <paramref name="kecamatan"/> is neither a kecamatan nor a kabupaten/kota code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is undefined.</exception>
    public Finding(
        string ruleId,
        FindingSeverity severity,
        RegionCode kecamatan,
        string? device,
        FindingDetails details)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentNullException.ThrowIfNull(details);
        if (severity is < FindingSeverity.Info or > FindingSeverity.Critical)
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, $"The severity of a '{ruleId}' finding must be Info, Warning or Critical.");
        }

        if (kecamatan.Level is not (RegionLevel.Kecamatan or RegionLevel.Regency))
        {
            throw new ArgumentException($"A finding belongs to a kecamatan (PP.KK.CC), or to a kabupaten/kota (PP.KK) of data kept per kabupaten/kota, but '{kecamatan}' is a {kecamatan.Level} code.", nameof(kecamatan));
        }

        RuleId = ruleId;
        Severity = severity;
        Kecamatan = kecamatan;
        Device = string.IsNullOrWhiteSpace(device) ? null : device.Trim();
        Details = details;
    }

    /// <summary>This finding with <see cref="KecamatanName"/> set.</summary>
    internal Finding WithKecamatanName(string name) =>
        new(RuleId, Severity, Kecamatan, Device, Details) { Date = Date, Incidents = Incidents, KecamatanName = name };

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

    /// <summary>
    /// The kecamatan's name, such as "Kresek". <see cref="IncidentRuleSet.Evaluate"/> sets it from the data's names
    /// (<see cref="Recording.RecordingData.GetName"/>) when the rule did not; null on a finding made outside a rule set
    /// without one.
    /// </summary>
    public string? KecamatanName { get; init; }

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

    /// <summary>The facts behind the finding, which a report renders as its message and recommended action.</summary>
    public FindingDetails Details { get; }

    /// <summary>
    /// Formats the finding's identity, the same in every culture: <c>critical 36.03.30 credential-change K-30-2 2012-04-03</c>
    /// (severity, kecamatan, rule id, then the set and the date if it has them). Long digit runs are masked
    /// (<see cref="PersonalData"/>).
    /// </summary>
    public override string ToString() =>
        PersonalData.Redact(string.Create(
            CultureInfo.InvariantCulture,
            $"{Severity.ToString().ToLowerInvariant()} {Kecamatan} {RuleId}{(Device is null ? string.Empty : " " + Device)}{(Date is LocalDate date ? " " + LocalDatePattern.Iso.Format(date) : string.Empty)}"));

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
