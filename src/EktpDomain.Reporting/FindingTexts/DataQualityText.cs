using EktpDomain.Findings;
using EktpDomain.Recording;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>The words of R25 <c>data-quality</c>: which figures of which export disagree, by how much, and which is used; have the export checked.</summary>
internal sealed class DataQualityText : RuleText<DataQualityDetails>
{
    protected override string EnglishMessage(IFindingLanguage language, DataQualityDetails details)
    {
        var issue = details.Issue;
        string measure = issue.Measure switch { "eligible" => "eligible", "recorded" => "recorded", _ => "not recorded" };
        return issue.Kind == DataQualityKind.SexSplit
            ? $"In the export of {language.FormatDate(issue.Date)}, {Region(issue)}: {measure} men + women = {language.FormatCount(issue.Computed)}, but the total says {language.FormatCount(issue.Stated)} (a difference of {language.FormatCount(issue.Difference)}); the total is used."
            : $"In the export of {language.FormatDate(issue.Date)}, {Region(issue)}: {measure} {language.FormatCount(issue.Stated)} on its own row, but the rows below it add up to {language.FormatCount(issue.Computed)} (a difference of {language.FormatCount(issue.Difference)}); the rows of the level reported are used.";
    }

    protected override string EnglishAction =>
        "Ask the Disdukcapil data officer to check this region's aggregate in SIAK and download it again.";

    protected override string IndonesianMessage(IFindingLanguage language, DataQualityDetails details)
    {
        var issue = details.Issue;
        string measure = issue.Measure switch { "eligible" => "wajib KTP", "recorded" => "sudah rekam", _ => "belum rekam" };
        return issue.Kind == DataQualityKind.SexSplit
            ? $"Dalam unduhan {language.FormatDate(issue.Date)}, {Region(issue)}: {measure} laki-laki + perempuan = {language.FormatCount(issue.Computed)}, tetapi jumlahnya {language.FormatCount(issue.Stated)} (selisih {language.FormatCount(issue.Difference)}); yang dipakai jumlahnya."
            : $"Dalam unduhan {language.FormatDate(issue.Date)}, {Region(issue)}: {measure} {language.FormatCount(issue.Stated)} di barisnya sendiri, tetapi baris di bawahnya berjumlah {language.FormatCount(issue.Computed)} (selisih {language.FormatCount(issue.Difference)}); yang dipakai baris tingkat yang dilaporkan.";
    }

    protected override string IndonesianAction =>
        "Minta petugas data Disdukcapil memeriksa agregat wilayah ini di SIAK dan mengunduhnya kembali.";

    /// <summary>The region as the message names it: its code, and its name when the export gives one.</summary>
    private static string Region(DataQualityIssue issue) => issue.Name is null ? $"{issue.Region}" : $"{issue.Region} {issue.Name}";
}
