using EktpDomain.Findings;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>The words of R8 <c>credential-change</c>: the incident, its part, its set and the records lost, if any; restore the credentials.</summary>
internal sealed class CredentialChangeText : RuleText<CredentialChangeDetails>
{
    protected override string EnglishMessage(IFindingLanguage language, CredentialChangeDetails details)
    {
        var incident = details.Incident;
        return Sentence(
            $"Incident {incident.Id}, {language.FormatDate(incident.Start)}: the system failed after an unauthorised change of the centrally managed password ({language.ComponentName(incident.Component)})",
            incident.Device is string device ? $"recording set {device}" : null,
            incident.RecordsLost is long lost ? $"{language.FormatCount(lost)} {(lost == 1 ? "recording" : "recordings")} lost" : null);
    }

    protected override string EnglishAction =>
        "Restore the centrally managed credentials and train operators not to change them.";

    protected override string IndonesianMessage(IFindingLanguage language, CredentialChangeDetails details)
    {
        var incident = details.Incident;
        return Sentence(
            $"Insiden {incident.Id}, {language.FormatDate(incident.Start)}: sistem gagal setelah kata sandi yang dikelola pusat diubah tanpa izin ({language.ComponentName(incident.Component)})",
            incident.Device is string device ? $"alat perekaman {device}" : null,
            incident.RecordsLost is long lost ? $"{language.FormatCount(lost)} data rekaman hilang" : null);
    }

    protected override string IndonesianAction =>
        "Pulihkan kata sandi yang dikelola pusat dan latih operator agar tidak mengubahnya.";

    /// <summary>What happened, then the set and the records lost when the incident names them, in one sentence.</summary>
    private static string Sentence(string incident, string? set, string? lost) =>
        incident + (set is null ? string.Empty : "; " + set) + (lost is null ? string.Empty : "; " + lost) + ".";
}
