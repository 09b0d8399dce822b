using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests;

public class DataProblemTests
{
    [Theory]
    [InlineData("printed", "printed")]
    [InlineData("", "")]
    [InlineData("x\ny\0", "x\\u000Ay\\u0000")]
    [InlineData("emoji 😀", "emoji \\uD83D\\uDE00")]
    [InlineData("NIK 3603274107950001", "NIK 360327******0001")]
    [InlineData("abcdefghij abcdefghij abcdefghij abcdefg", "abcdefghij abcdefghij abcdefghij abcdefg")]
    [InlineData("abcdefghij abcdefghij abcdefghij abcdefgh tail", "abcdefghij abcdefghij abcdefghij abcdefg…")]
    [InlineData("\tbcdefghij abcdefghij abcdefghij abcdefg", "\\u0009bcdefghij abcdefghij abcdefghij ab…")]
    public void Echo_ShowsAValueOnOnePrintableLine_ShortAndWithoutANik(string value, string expected) =>
        DataProblem.Echo(value).Should().Be(expected);

    [Fact]
    public void Echo_InAMessage_IsNotEscapedTwice()
    {
        var problem = new DataProblem(new SourceLocation("ledger.csv", 2), $"unknown kind '{DataProblem.Echo("a\nb")}'.");

        problem.ToString().Should().Be("ledger.csv:2: unknown kind 'a\\u000Ab'.");
    }
}
