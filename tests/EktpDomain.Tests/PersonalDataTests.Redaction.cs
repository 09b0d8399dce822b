using System;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests;

/// <summary>Redaction at its boundaries: runs just below and above the masked length, and text with nothing to mask (R11).</summary>
public partial class PersonalDataTests
{
    [Fact]
    public void Redact_Null_ThrowsNamingTheText()
    {
        var act = () => PersonalData.Redact((string)null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("text");
    }

    [Theory]
    [InlineData("1 22 123456789012 34", "1 22 123456**9012 34")]
    [InlineData("1234567890123", "123456***0123")]
    [InlineData("12345678901 x 123456789012", "12345678901 x 123456**9012")]
    [InlineData("3603274107950001/3603274107950002", "360327******0001/360327******0002")]
    [InlineData("\u0663\u0666\u0660\u0663\u0662\u0667\u0664\u0661\u0660\u0667\u0669\u0665", "\u0663\u0666\u0660\u0663\u0662\u0667**\u0660\u0667\u0669\u0665")]
    public void Redact_RunsAroundTheThreshold_KeepShortRunsAndMaskLongOnes(string text, string expected)
    {
        PersonalData.Redact(text).Should().Be(expected);
        PersonalData.Redact(text.AsSpan()).Should().Be(expected);
    }

    [Fact]
    public void Redact_NothingToMask_ReturnsTheSameText()
    {
        const string Text = "count 12345678901 of 99";

        PersonalData.Redact(Text).Should().BeSameAs(Text);
        PersonalData.MaskedRunLength.Should().Be(12);
    }
}
