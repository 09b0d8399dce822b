using EktpDomain.Findings;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>The words of R8 <c>mobile-unit-recommended</c>: the backlog at the end of the window, and the threshold; lend an e-KTP Mobile unit.</summary>
internal sealed class MobileUnitRecommendedText : RuleText<MobileUnitRecommendedDetails>
{
    protected override string EnglishMessage(IFindingLanguage language, MobileUnitRecommendedDetails details)
    {
        long backlog = details.Backlog;
        return $"The re-recording backlog is {language.FormatCount(backlog)} {(backlog == 1 ? "resident" : "residents")} at the end of the window (threshold: {language.FormatCount(details.Threshold)}).";
    }

    protected override string EnglishAction =>
        "Lend an e-KTP Mobile unit for door-to-door re-recording (jemput bola).";

    protected override string IndonesianMessage(IFindingLanguage language, MobileUnitRecommendedDetails details) =>
        $"Tunggakan perekaman ulang {language.FormatCount(details.Backlog)} penduduk di akhir periode (ambang: {language.FormatCount(details.Threshold)}).";

    protected override string IndonesianAction =>
        "Pinjamkan unit e-KTP Mobile untuk perekaman ulang dari rumah ke rumah (jemput bola).";
}
