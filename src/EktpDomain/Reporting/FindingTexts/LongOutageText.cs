using System.Linq;
using EktpDomain.Findings;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>The words of R8 <c>long-outage</c>: the set or site, the parts, the dates and the working days; escalate and request a replacement part.</summary>
internal sealed class LongOutageText : RuleText<LongOutageDetails>
{
    protected override string EnglishMessage(IFindingLanguage language, LongOutageDetails details)
    {
        var outage = details.Outage;
        string parts = string.Join(", ", outage.Components.Select(language.ComponentName));
        string subject = outage.Device is string device
            ? $"Recording set {device} out of service ({parts})"
            : $"Whole kecamatan site out of service ({parts})";
        string text = $"{subject} {language.FormatDates(outage.Interval)}: {WorkingDays(language, outage.WorkingDays)}";
        text += outage.Device is null ? "; no set could record." : ".";
        if (outage.StartedBeforeWindow)
        {
            text += " The outage began before the window.";
        }

        if (outage.ContinuesAfterWindow)
        {
            text += " It was still going on at the end of the window.";
        }

        return text;
    }

    protected override string EnglishAction =>
        "Escalate to the regency office (Disdukcapil) and request a replacement component.";

    protected override string IndonesianMessage(IFindingLanguage language, LongOutageDetails details)
    {
        var outage = details.Outage;
        string parts = string.Join(", ", outage.Components.Select(language.ComponentName));
        string subject = outage.Device is string device
            ? $"Alat perekaman {device} tidak berfungsi ({parts})"
            : $"Seluruh lokasi kecamatan tidak berfungsi ({parts})";
        string text = $"{subject} {language.FormatDates(outage.Interval)}: {language.FormatCount(outage.WorkingDays)} hari kerja";
        text += outage.Device is null ? "; semua alat perekaman terhenti." : ".";
        if (outage.StartedBeforeWindow)
        {
            text += " Gangguan sudah dimulai sebelum periode ini.";
        }

        if (outage.ContinuesAfterWindow)
        {
            text += " Gangguan masih berlangsung di akhir periode.";
        }

        return text;
    }

    protected override string IndonesianAction =>
        "Laporkan ke Disdukcapil kabupaten dan minta penggantian komponen.";
}
