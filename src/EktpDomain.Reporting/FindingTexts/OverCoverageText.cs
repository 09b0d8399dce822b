using EktpDomain.Findings;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>The words of R23 <c>over-coverage</c>: coverage above the eligible residents, and why that is not an error; check the eligible count.</summary>
internal sealed class OverCoverageText : RuleText<OverCoverageDetails>
{
    protected override string EnglishMessage(IFindingLanguage language, OverCoverageDetails details) =>
        $"Coverage is {Percent(language, details)} at the end of the window: {language.FormatCount(details.Coverage)} recorded of {language.FormatCount(details.Eligible)} eligible residents. Residents recorded at 16 or registered elsewhere, or an eligible count not yet updated, can cause this; it is not an input error.";

    protected override string EnglishAction =>
        "Check the wajib-KTP count against the latest population data (DKB), and look for residents recorded here but registered elsewhere.";

    protected override string IndonesianMessage(IFindingLanguage language, OverCoverageDetails details) =>
        $"Cakupan {Percent(language, details)} di akhir periode: {language.FormatCount(details.Coverage)} terekam dari {language.FormatCount(details.Eligible)} wajib KTP. Penduduk yang direkam pada usia 16 tahun atau terdaftar di daerah lain, atau jumlah wajib KTP yang belum diperbarui, dapat menyebabkannya; ini bukan kesalahan data.";

    protected override string IndonesianAction =>
        "Cocokkan jumlah wajib KTP dengan data kependudukan terbaru (DKB), dan periksa penduduk yang direkam di sini tetapi terdaftar di daerah lain.";

    /// <summary>The coverage with one decimal and the % sign, or not applicable.</summary>
    private static string Percent(IFindingLanguage language, OverCoverageDetails details) =>
        details.CoverageRatio is Ratio ratio ? $"{language.FormatPercent((ratio * 100).ToDecimal())}%" : language.NotApplicable;
}
