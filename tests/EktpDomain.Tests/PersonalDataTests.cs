using System;
using EktpDomain.Recording;
using FluentAssertions;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests;

public partial class PersonalDataTests
{
    [Theory]
    [InlineData("NIK 3603274107950001 given", "NIK 360327******0001 given")]
    [InlineData("12345678901", "12345678901")]
    [InlineData("123456789012", "123456**9012")]
    [InlineData("a9223372036854775807b", "a922337*********5807b")]
    [InlineData("no digits", "no digits")]
    [InlineData("", "")]
    public void Redact_MasksLongDigitRunsOnly(string text, string expected)
    {
        PersonalData.Redact(text).Should().Be(expected);
        PersonalData.Redact(text.AsSpan()).Should().Be(expected);
    }

    [Property]
    public bool Redact_NeverLeavesTwelveDigitsInARow(string? text)
    {
        var redacted = PersonalData.Redact(text ?? string.Empty);
        return !System.Text.RegularExpressions.Regex.IsMatch(redacted, @"\d{12}");
    }

    [Theory]
    [InlineData("unknown device 'x\ny'", "unknown device 'x\\u000Ay'")]
    [InlineData("a\r\nb\tc\0d\u0085e\u007Ff", "a\\u000D\\u000Ab\\u0009c\\u0000d\\u0085e\\u007Ff")]
    [InlineData("edges \u001F\u0020\u007E\u0080\u009F\u00A0", "edges \\u001F\u0020\u007E\\u0080\\u009F\u00A0")]
    [InlineData("plain text, ünïcödé ✓", "plain text, ünïcödé ✓")]
    public void DataProblem_ShowsControlCharactersAsCodePoints_SoItStaysOneLine(string message, string expected)
    {
        var problem = new DataProblem(new SourceLocation("incidents.csv", 4), message);

        problem.Message.Should().Be(expected);
        problem.ToString().Should().Be("incidents.csv:4: " + expected);
    }

    [Fact]
    public void DataProblemsAndLedgerErrors_MaskANikUsedAsACount()
    {
        new DataProblem(SourceLocation.None, "count 3603274107950001").Message.Should().Be("count 360327******0001");
        var act = () => new LedgerEntry(new LocalDate(2012, 4, 2), new RegionCode(36, 3, 27), LedgerEntryKind.Recorded, -3603274107950001);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().NotContain("3603274107950001");
    }
}
