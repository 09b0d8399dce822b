using EktpDomain.Findings;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>The words of R8 <c>repeated-failure</c>: the set, how often it failed, between which dates, within how many days; replace it.</summary>
internal sealed class RepeatedFailureText : RuleText<RepeatedFailureDetails>
{
    protected override string EnglishMessage(IFindingLanguage language, RepeatedFailureDetails details) =>
        $"Recording set {details.Device} failed {language.FormatCount(details.Incidents)} times between {language.FormatDate(details.First)} and {language.FormatDate(details.Last)}, within {language.FormatCount(details.WithinDays)} days.";

    protected override string EnglishAction =>
        "Replace the recording set.";

    protected override string IndonesianMessage(IFindingLanguage language, RepeatedFailureDetails details) =>
        $"Alat perekaman {details.Device} rusak {language.FormatCount(details.Incidents)} kali antara {language.FormatDate(details.First)} dan {language.FormatDate(details.Last)}, dalam {language.FormatCount(details.WithinDays)} hari.";

    protected override string IndonesianAction =>
        "Ganti alat perekaman tersebut.";
}
