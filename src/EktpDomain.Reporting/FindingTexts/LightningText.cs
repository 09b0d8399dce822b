using EktpDomain.Findings;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>The words of R8 <c>lightning</c>: the incident, and the set or part struck; check the surge and grounding protection.</summary>
internal sealed class LightningText : RuleText<LightningDetails>
{
    protected override string EnglishMessage(IFindingLanguage language, LightningDetails details)
    {
        var incident = details.Incident;
        string target = incident.Device is string device
            ? $"recording set {device} ({language.ComponentName(incident.Component)})"
            : $"the {language.ComponentName(incident.Component)}";
        return $"Incident {incident.Id}, {language.FormatDate(incident.Start)}: lightning struck {target}.";
    }

    protected override string EnglishAction =>
        "Check the site's surge protection and grounding.";

    protected override string IndonesianMessage(IFindingLanguage language, LightningDetails details)
    {
        var incident = details.Incident;
        string target = incident.Device is string device
            ? $"alat perekaman {device} ({language.ComponentName(incident.Component)})"
            : language.ComponentName(incident.Component);
        return $"Insiden {incident.Id}, {language.FormatDate(incident.Start)}: {target} tersambar petir.";
    }

    protected override string IndonesianAction =>
        "Periksa pelindung lonjakan listrik dan pembumian (grounding) di lokasi.";
}
