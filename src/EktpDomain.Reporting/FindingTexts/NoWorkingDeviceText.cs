using EktpDomain.Findings;
using NodaTime;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>The words of R8 <c>no-working-device</c>: the working days without an available set, and the first; lend a set or a mobile unit.</summary>
internal sealed class NoWorkingDeviceText : RuleText<NoWorkingDeviceDetails>
{
    protected override string EnglishMessage(IFindingLanguage language, NoWorkingDeviceDetails details) =>
        $"No recording set was available on {WorkingDays(language, details.WorkingDays)}" +
        (details.FirstDay is LocalDate d ? $" (the first: {language.FormatDate(d)})." : ".");

    protected override string EnglishAction =>
        "Lend a recording set or an e-KTP Mobile unit to this kecamatan.";

    protected override string IndonesianMessage(IFindingLanguage language, NoWorkingDeviceDetails details) =>
        $"Tidak ada alat perekaman yang berfungsi pada {language.FormatCount(details.WorkingDays)} hari kerja" +
        (details.FirstDay is LocalDate d ? $" (pertama: {language.FormatDate(d)})." : ".");

    protected override string IndonesianAction =>
        "Pinjamkan alat perekaman atau unit e-KTP Mobile ke kecamatan ini.";
}
