using EktpDomain.Findings;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>The words of R8 <c>data-loss</c>: the records lost in the window; schedule re-recording.</summary>
internal sealed class DataLossText : RuleText<DataLossDetails>
{
    protected override string EnglishMessage(IFindingLanguage language, DataLossDetails details)
    {
        long records = details.Records;
        return $"{language.FormatCount(records)} {(records == 1 ? "recording was" : "recordings were")} lost in the window and must be recorded again.";
    }

    protected override string EnglishAction =>
        "Schedule re-recording of the residents whose records were lost.";

    protected override string IndonesianMessage(IFindingLanguage language, DataLossDetails details) =>
        $"{language.FormatCount(details.Records)} data rekaman hilang dalam periode ini dan harus direkam ulang.";

    protected override string IndonesianAction =>
        "Jadwalkan perekaman ulang penduduk yang datanya hilang.";
}
