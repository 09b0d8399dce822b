using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>The text output fits 120 columns, or <c>--width</c>, or <c>$COLUMNS</c> (at least 80); <c>--width full</c> is the whole table in one piece.</summary>
public class CliTextWidthTests
{
    private static string[] Lines(CliResult result)
    {
        result.ExitCode.Should().Be(0, result.Stderr);
        return result.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    [Theory]
    [InlineData("report", "en")]
    [InlineData("report", "id")]
    [InlineData("allocate", "en")]
    [InlineData("allocate", "id")]
    [InlineData("forecast", "en")]
    [InlineData("forecast", "id")]
    [InlineData("trend", "en")]
    [InlineData("trend", "id")]
    public void EveryCommand_Fits120Columns_TheDefaultWithoutColumns(string command, string lang)
    {
        string[] args = command == "allocate" ? [command, "--devices", "3", "--lang", lang, "--width", "120"] : [command, "--lang", lang, "--width", "120"];

        var lines = Lines(CliHarness.Invoke(args));

        lines.Should().OnlyContain(l => l.Length <= 120);
        lines.Should().Contain(l => l.Length > 100, "the width is used, not wasted");
    }

    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    public void TheReport_FitsTheWidthGiven_AndKeepsEveryFinding(int width)
    {
        var full = Lines(CliHarness.Invoke(["report", "--lang", "en", "--width", "full"]));
        var narrow = Lines(CliHarness.Invoke(["report", "--lang", "en", "--width", width.ToString(System.Globalization.CultureInfo.InvariantCulture)]));

        narrow.Should().OnlyContain(l => l.Length <= width);
        narrow.Count(l => l.StartsWith("- [", StringComparison.Ordinal)).Should().Be(full.Count(l => l.StartsWith("- [", StringComparison.Ordinal)));
        full.Should().Contain(l => l.Length > 200, "the full table is one piece");
        full.Count(l => l.StartsWith("Rank", StringComparison.Ordinal)).Should().Be(1);
    }

    [Theory]
    [InlineData("79")]
    [InlineData("0")]
    [InlineData("wide")]
    [InlineData("-100")]
    public void AWidthBelow80_OrNotANumber_IsAnError(string width)
    {
        var result = CliHarness.Invoke(["report", "--width", width]);

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal($"argument --width: '{width}' is not a width; give a whole number of characters, at least 80, or full.");
    }

    [Theory]
    [InlineData(null, 120)]
    [InlineData("", 120)]
    [InlineData("200", 200)]
    [InlineData("100", 100)]
    [InlineData("50", 80)]
    [InlineData("0", 120)]
    [InlineData("abc", 120)]
    public void TheTerminalsColumns_SetTheDefaultWidth_AtLeast80(string? columns, int width) =>
        EktpDomain.Cli.EktpCommand.WidthOfTerminal(columns).Should().Be(width);
}
