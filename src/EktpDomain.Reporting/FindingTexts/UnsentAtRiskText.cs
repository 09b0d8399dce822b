using EktpDomain.Findings;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>The words of an R13 <c>unsent-records</c> critical finding: the incident, and how many unsent records were at risk; check what survived.</summary>
internal sealed class UnsentAtRiskText : RuleText<UnsentAtRiskDetails>
{
    protected override string EnglishMessage(IFindingLanguage language, UnsentAtRiskDetails details)
    {
        var incident = details.Incident;
        string holder = incident.Device is string device ? $"recording set {device}" : "the whole site";
        return $"Incident {incident.Id}, {language.FormatDate(incident.Start)} ({language.ComponentName(incident.Component)}, {language.CauseName(incident.Cause)}), began while {language.FormatCount(details.Records)} {(details.Records == 1 ? "record" : "records")} of {holder} had not been sent to the central server: all of them were at risk.";
    }

    protected override string EnglishAction =>
        "Check which unsent records survived, schedule re-recording of those lost, and send records to the central server every day.";

    protected override string IndonesianMessage(IFindingLanguage language, UnsentAtRiskDetails details)
    {
        var incident = details.Incident;
        string holder = incident.Device is string device ? $"alat perekaman {device}" : "seluruh lokasi";
        return $"Insiden {incident.Id}, {language.FormatDate(incident.Start)} ({language.ComponentName(incident.Component)}, {language.CauseName(incident.Cause)}), terjadi saat {language.FormatCount(details.Records)} data rekaman {holder} belum dikirim ke server pusat: semuanya terancam hilang.";
    }

    protected override string IndonesianAction =>
        "Periksa data belum terkirim yang masih selamat, jadwalkan perekaman ulang yang hilang, dan kirim data ke server pusat setiap hari.";
}
