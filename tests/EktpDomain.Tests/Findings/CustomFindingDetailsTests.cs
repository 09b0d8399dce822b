using System;
using System.Linq;
using EktpDomain.Findings;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Findings;

/// <summary>A custom rule's own texts (R8, R10): one per language, English required, English for any other language.</summary>
public class CustomFindingDetailsTests
{
    private static readonly FindingText Indonesian = new("id", "Periksa kecamatan ini.", "Periksa.");
    private static readonly FindingText English = new("en", "Check this kecamatan.", "Check.");

    [Fact]
    public void GetText_TheLanguagesOwn_ElseEnglish()
    {
        var details = new CustomFindingDetails(Indonesian, English);

        details.Texts.Should().Equal(Indonesian, English);
        details.GetText("id").Should().BeSameAs(Indonesian);
        details.GetText("ID").Should().BeSameAs(Indonesian, "language codes compare case-insensitively");
        details.GetText("en").Should().BeSameAs(English);
        details.GetText("jv").Should().BeSameAs(English);
        new CustomFindingDetails(English).GetText("id").Should().BeSameAs(English);
        FluentActions.Invoking(() => details.GetText(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithMessage("Value cannot be null. (Parameter 'languageCode')");
    }

    [Fact]
    public void Constructor_AcceptsAnyEnumerable()
    {
        var details = new CustomFindingDetails(new[] { English, Indonesian }.AsEnumerable());
        details.Texts.Should().Equal(English, Indonesian);
    }

    [Fact]
    public void Constructor_NoEnglish_ThrowsListingTheLanguages()
    {
        FluentActions.Invoking(() => new CustomFindingDetails(Indonesian))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("A custom finding needs an English ('en') text, which reports in other languages fall back to; it has: id. (Parameter 'texts')");
        FluentActions.Invoking(() => new CustomFindingDetails())
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("A custom finding needs an English ('en') text, which reports in other languages fall back to; it has: none. (Parameter 'texts')");
    }

    [Fact]
    public void Constructor_TwoTextsInOneLanguage_Throws() =>
        FluentActions.Invoking(() => new CustomFindingDetails(English, Indonesian, new FindingText("ID", "Lagi.", "Lagi.")))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("A custom finding has more than one text in language 'id'; give one per language. (Parameter 'texts')");

    [Fact]
    public void Constructor_Nulls_Throw()
    {
        FluentActions.Invoking(() => new CustomFindingDetails((FindingText[])null!))
            .Should().ThrowExactly<ArgumentNullException>().WithMessage("Value cannot be null. (Parameter 'texts')");
        FluentActions.Invoking(() => new CustomFindingDetails(English, null!))
            .Should().ThrowExactly<ArgumentNullException>().WithMessage("The texts of a custom finding contain a null item. (Parameter 'texts')");
    }

    [Fact]
    public void FindingText_KeepsItsTexts_CodeInLowerCase()
    {
        var text = new FindingText("JV", "Pesen.", "Tumindak.");
        (text.LanguageCode, text.Message, text.Action).Should().Be(("jv", "Pesen.", "Tumindak."));
        new FindingText("bew", "m", "a").LanguageCode.Should().Be("bew", "ISO 639-3 codes have three letters");
    }

    [Theory]
    [InlineData("e")]
    [InlineData("engl")]
    [InlineData("e1")]
    [InlineData("en-US")]
    [InlineData("")]
    public void FindingText_BadLanguageCode_ThrowsNamingIt(string code) =>
        FluentActions.Invoking(() => new FindingText(code, "m", "a"))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"The language code of a finding text must be two or three letters, such as 'id' or 'en', but is '{code}'. (Parameter 'languageCode')");

    [Fact]
    public void FindingText_BlankOrNullTexts_Throw()
    {
        FluentActions.Invoking(() => new FindingText(null!, "m", "a"))
            .Should().ThrowExactly<ArgumentNullException>().WithMessage("Value cannot be null. (Parameter 'languageCode')");
        FluentActions.Invoking(() => new FindingText("en", " ", "a"))
            .Should().ThrowExactly<ArgumentException>().WithMessage("The value cannot be an empty string or composed entirely of whitespace. (Parameter 'message')");
        FluentActions.Invoking(() => new FindingText("en", "m", null!))
            .Should().ThrowExactly<ArgumentNullException>().WithMessage("Value cannot be null. (Parameter 'action')");
    }
}
