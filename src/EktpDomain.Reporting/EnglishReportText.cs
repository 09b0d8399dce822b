using System.Globalization;

namespace EktpDomain.Reporting;

/// <summary>English (R10): the words of <see cref="ReportText"/> itself, in the <c>en-US</c> culture.</summary>
internal sealed class EnglishReportText : ReportText
{
    private static readonly CultureInfo EnUs = CultureInfo.GetCultureInfo("en-US");

    public override CultureInfo Culture => EnUs;

    public override string LanguageCode => "en";
}
