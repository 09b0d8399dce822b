using System.Globalization;
using EktpDomain.Cli.Scenario;
using EktpDomain.Reporting;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli.Scenario;

public class ScenarioNoticeTests
{
    [Fact]
    public void For_BuiltInLanguages_SaysTheFiguresAreIllustrative()
    {
        ScenarioNotice.For(ReportText.Indonesian).Should().Be(ScenarioNotice.Indonesian).And.Contain("ilustratif");
        ScenarioNotice.For(ReportText.English).Should().Be(ScenarioNotice.English).And.Contain("illustrative");
    }

    [Fact]
    public void For_AnotherLanguage_FallsBackToEnglish() =>
        ScenarioNotice.For(new Sundanese()).Should().Be(ScenarioNotice.English);

    private sealed class Sundanese : ReportText
    {
        public override CultureInfo Culture => CultureInfo.GetCultureInfo("su-ID");

        public override string LanguageCode => "su";
    }
}
