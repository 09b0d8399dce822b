using EktpDomain.Devices;
using EktpDomain.Incidents;
using NodaTime;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>
/// The report language a built-in rule's text is written for: its code, which picks the words, and the formats and
/// names the words are filled in with. The report language, <c>ReportText</c>, implements it, so that a text file
/// needs nothing else of it and this namespace does not depend on <c>EktpDomain.Reporting</c>.
/// </summary>
internal interface IFindingLanguage
{
    /// <summary>The two-letter language code: <c>id</c> picks the Indonesian words, any other the English ones.</summary>
    string LanguageCode { get; }

    /// <summary>What is shown for a figure that is not applicable.</summary>
    string NotApplicable { get; }

    /// <summary>A count with the culture's digit grouping.</summary>
    string FormatCount(long value);

    /// <summary>A percentage with up to <paramref name="decimals"/> decimals, without the % sign.</summary>
    string FormatPercent(decimal? percent, int decimals = 1);

    /// <summary>A share such as 15 or 12.5 with no trailing zeros.</summary>
    string FormatShare(decimal percent);

    /// <summary>A date with the culture's month names.</summary>
    string FormatDate(LocalDate day);

    /// <summary>An inclusive range of dates, compactly.</summary>
    string FormatDates(DateInterval dates);

    /// <summary>The name of a device component.</summary>
    string ComponentName(DeviceComponent component);

    /// <summary>The name of an incident cause.</summary>
    string CauseName(IncidentCause cause);
}
