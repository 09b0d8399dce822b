using System;
using EktpDomain.Residents;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests;

/// <summary>The one copy of message escaping, as the region code and NIK parsers show bad input.</summary>
public class PrintableTests
{
    [Theory]
    [InlineData("no control", "no control")]
    [InlineData("a\r\nb\u0085", "a\\u000D\\u000Ab\\u0085")]
    public void Escape_ShowsControlCharactersAsCodePoints(string text, string expected)
    {
        Printable.Escape(text).Should().Be(expected);
        if (text == expected)
        {
            Printable.Escape(text).Should().BeSameAs(text, "text without control characters is not copied");
        }
    }

    [Fact]
    public void RegionCodeMessages_EchoTheInputAsDataProblemEchoDoes()
    {
        string text = "36.0\u00003.😀";

        RegionCode.TryParse(text, out _, out string? error).Should().BeFalse();

        error.Should().StartWith($"'{DataProblem.Echo(text)}' is not a region code").And.StartWith("'36.0\\u00003.\\uD83D\\uDE00'");
    }

    [Fact]
    public void RegionCodeMessages_NameAnInvisibleCharacterByItsCodePoint()
    {
        RegionCode.TryParse("36.0 ", out _, out string? error).Should().BeFalse();

        error.Should().Contain("contains 'U+0020'");
        Printable.CodePoint('\u00A0').Should().Be("U+00A0");
        Printable.IsInvisible('\u00A0').Should().BeTrue();
        Printable.IsInvisible('x').Should().BeFalse();
    }

    [Fact]
    public void NikMessages_EscapeControlCharactersInsideTheMaskedText()
    {
        var act = () => Nik.Parse("3603\n74107950001", new LocalDate(2012, 4, 30));

        act.Should().ThrowExactly<FormatException>().WithMessage("'3603\\u000A7******0001' is not a NIK: character 5 is U+000A,*");
    }
}
