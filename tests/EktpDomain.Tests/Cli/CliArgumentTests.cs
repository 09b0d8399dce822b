using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>
/// The command line's own errors: one <c>argument NAME: message</c> line each, with the parser's sentence in full and
/// only the user's token cut or masked.
/// </summary>
public class CliArgumentTests
{
    private const string CommandRequired = "argument COMMAND: required; use report, allocate, forecast or trend.";

    private static void ExpectArgumentErrors(string[] args, params string[] lines)
    {
        var result = CliHarness.Invoke(args);
        result.ExitCode.Should().Be(2, result.Stderr);
        result.Stdout.Should().BeEmpty();
        result.ErrorLines.Should().Equal(lines);
    }

    [Fact]
    public void NoCommand_NamesTheCommands() =>
        ExpectArgumentErrors([], CommandRequired);

    [Fact]
    public void UnknownCommand_KeepsTheParsersSentenceWhole() =>
        ExpectArgumentErrors(["frobnicate"], CommandRequired, "argument frobnicate: Unrecognized command or argument 'frobnicate'.");

    [Fact]
    public void LongToken_IsCutOnlyWhereItIsQuoted()
    {
        string token = "frobnicate" + new string('x', 60);
        string shown = token[..40] + "…";

        ExpectArgumentErrors(["report", token], $"argument {shown}: Unrecognized command or argument '{shown}'.");
    }

    [Fact]
    public void TokenLikeANik_IsMaskedInTheSentenceToo() =>
        ExpectArgumentErrors(["report", "3603301204120001"], "argument 360330******0001: Unrecognized command or argument '360330******0001'.");

    [Fact]
    public void OptionWithoutValue_KeepsTheParsersSentenceWhole() =>
        ExpectArgumentErrors(["report", "--month"], "argument --month: Required argument missing for option: '--month'.");

    [Fact]
    public void RepeatedOption_KeepsTheParsersSentenceWhole() =>
        ExpectArgumentErrors(["report", "--month", "2012-04", "--month", "2012-05"], "argument --month: Option '--month' expects a single argument but 2 were provided.");

    [Fact]
    public void UnknownOptionBeforeTheCommand_PointsAtTheGeneralHelp() =>
        ExpectArgumentErrors(["--colour"], CommandRequired, "argument --colour: not an option of this command; see ektp --help.");
}
