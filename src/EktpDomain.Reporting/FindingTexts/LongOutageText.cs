using System.Linq;
using EktpDomain.Findings;
using EktpDomain.Incidents;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>The words of R8 <c>long-outage</c>: the set or site, the parts, the dates and the working days; escalate and request a replacement part.</summary>
internal sealed class LongOutageText : RuleText<LongOutageDetails>
{
    protected override string EnglishMessage(IFindingLanguage language, LongOutageDetails details)
    {
        var outage = details.Outage;
        return Message(
            language,
            outage,
            outage.Device is string device ? $"Recording set {device} out of service" : "Whole kecamatan site out of service",
            WorkingDays(language, outage.WorkingDays),
            outage.Device is null ? "; no set could record." : ".",
            " The outage began before the window.",
            " It was still going on at the end of the window.");
    }

    protected override string EnglishAction =>
        "Escalate to the regency office (Disdukcapil) and request a replacement component.";

    protected override string IndonesianMessage(IFindingLanguage language, LongOutageDetails details)
    {
        var outage = details.Outage;
        return Message(
            language,
            outage,
            outage.Device is string device ? $"Alat perekaman {device} tidak berfungsi" : "Seluruh lokasi kecamatan tidak berfungsi",
            $"{language.FormatCount(outage.WorkingDays)} hari kerja",
            outage.Device is null ? "; semua alat perekaman terhenti." : ".",
            " Gangguan sudah dimulai sebelum periode ini.",
            " Gangguan masih berlangsung di akhir periode.");
    }

    protected override string IndonesianAction =>
        "Laporkan ke Disdukcapil kabupaten dan minta penggantian komponen.";

    /// <summary>
    /// The message in one language's words: "subject (parts) dates: days" and its end, then the sentences for an
    /// outage that began before the window and one that goes on after it, when it did.
    /// </summary>
    private static string Message(IFindingLanguage language, Outage outage, string subject, string days, string end, string startedBefore, string continuesAfter)
    {
        string parts = string.Join(", ", outage.Components.Select(language.ComponentName));
        return $"{subject} ({parts}) {language.FormatDates(outage.Interval)}: {days}{end}"
            + (outage.StartedBeforeWindow ? startedBefore : string.Empty)
            + (outage.ContinuesAfterWindow ? continuesAfter : string.Empty);
    }
}
