using System;
using EktpDomain.Attainment;
using EktpDomain.Reporting;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Reporting;

public partial class ReportTextTests
{
    [Theory]
    [InlineData("id", "14,5", "6.150")]
    [InlineData("en", "14.5", "6,150")]
    public void Numbers_FollowTheLanguagesCulture(string code, string percent, string count)
    {
        var text = ReportText.FromCode(code);
        text.FormatPercent(14.5m).Should().Be(percent);
        text.FormatCount(6_150).Should().Be(count);
    }

    [Fact]
    public void FormatPercent_RoundsHalfAwayFromZero_AndShowsNotApplicable()
    {
        ReportText.English.FormatPercent(14.25m).Should().Be("14.3");
        ReportText.English.FormatPercent(15.365853658536585m, 2).Should().Be("15.37");
        ReportText.Indonesian.FormatPercent(null).Should().Be("t/a");
        ReportText.English.FormatPercent(null).Should().Be("n/a");
        var act = () => ReportText.English.FormatPercent(1m, 7);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void FormatPercent_DoesNotDependOnCurrentCulture()
    {
        using (CultureScope.Use("tr-TR"))
        {
            ReportText.English.FormatPercent(14.5m).Should().Be("14.5");
            ReportText.Indonesian.FormatPercent(14.5m).Should().Be("14,5");
        }
    }

    [Theory]
    [InlineData("id", "id")]
    [InlineData("ID-id", "id")]
    [InlineData("en-US", "en")]
    [InlineData("EN", "en")]
    public void FromCode_AcceptsLanguageOrCultureName(string code, string expected) =>
        ReportText.FromCode(code).LanguageCode.Should().Be(expected);

    [Fact]
    public void FromCode_Unknown_Throws()
    {
        var act = () => ReportText.FromCode("fr");
        act.Should().Throw<ArgumentException>().WithMessage("'fr' is not a built-in report language; use 'id' (Bahasa Indonesia) or 'en' (English).*");
        ReportText.TryFromCode(null, out _).Should().BeFalse();
    }

    [Fact]
    public void EveryBandAndColumn_HasTextInEveryLanguage()
    {
        foreach (var text in ReportText.BuiltIn)
        {
            foreach (var band in Enum.GetValues<AttainmentBand>())
            {
                text.BandName(band).Should().NotBeNullOrWhiteSpace();
            }

            foreach (var column in Enum.GetValues<ReportColumn>())
            {
                text.Heading(column).Should().NotBeNullOrWhiteSpace();
            }

            Array.ConvertAll(Enum.GetValues<ReportColumn>(), text.Heading).Should().OnlyHaveUniqueItems();
        }

        ReportText.Indonesian.BandName(AttainmentBand.Met).Should().Be("tercapai");
        ReportText.English.BandName(AttainmentBand.Critical).Should().Be("critical");
    }
}
