using EktpDomain.Findings;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>The words of R8 <c>credential-change</c>: the incident, its part, its set and the records lost, if any; restore the credentials.</summary>
internal sealed class CredentialChangeText : RuleText<CredentialChangeDetails>
{
    protected override string EnglishMessage(IFindingLanguage language, CredentialChangeDetails details)
    {
        var incident = details.Incident;
        string text = $"Incident {incident.Id}, {language.FormatDate(incident.Start)}: the system failed after an unauthorised change of the centrally managed password ({language.ComponentName(incident.Component)})";
        if (incident.Device is string device)
        {
            text += $"; recording set {device}";
        }

        if (incident.RecordsLost is long lost)
        {
            text += $"; {language.FormatCount(lost)} {(lost == 1 ? "recording" : "recordings")} lost";
        }

        return text + ".";
    }

    protected override string EnglishAction =>
        "Restore the centrally managed credentials and train operators not to change them.";

    protected override string IndonesianMessage(IFindingLanguage language, CredentialChangeDetails details)
    {
        var incident = details.Incident;
        string text = $"Insiden {incident.Id}, {language.FormatDate(incident.Start)}: sistem gagal setelah kata sandi yang dikelola pusat diubah tanpa izin ({language.ComponentName(incident.Component)})";
        if (incident.Device is string device)
        {
            text += $"; alat perekaman {device}";
        }

        if (incident.RecordsLost is long lost)
        {
            text += $"; {language.FormatCount(lost)} data rekaman hilang";
        }

        return text + ".";
    }

    protected override string IndonesianAction =>
        "Pulihkan kata sandi yang dikelola pusat dan latih operator agar tidak mengubahnya.";
}
