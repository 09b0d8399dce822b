using System.IO;
using EktpDomain.Cli.Progress;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>Progress shows on stderr only when it is the process's own and a terminal: never in logs, pipes or tests.</summary>
public class LoadProgressDisplayTests
{
    [Theory]
    [InlineData(true, false, "xterm-256color", true)]
    [InlineData(true, false, null, true)]
    [InlineData(true, true, "xterm-256color", false)]
    [InlineData(false, false, "xterm-256color", false)]
    [InlineData(false, true, null, false)]
    [InlineData(true, false, "dumb", false)]
    public void ShouldShow_OnlyForTheConsolesOwnTerminal(bool stderrIsTheConsole, bool redirected, string? term, bool expected) =>
        LoadProgressDisplay.ShouldShow(stderrIsTheConsole, redirected, term).Should().Be(expected);

    [Fact]
    public void Start_WithAWriterOfItsOwn_NeverShows_AndStillCountsProgress()
    {
        using var stderr = new StringWriter();

        using (var display = LoadProgressDisplay.Start(stderr))
        {
            display.Enabled.Should().BeFalse();
            display.Progress.TotalBytes = 100;
            display.Progress.Advance(40);
            display.Progress.Rows(3);
            display.Progress.BytesRead.Should().Be(40);
            display.Progress.RowsRead.Should().Be(3);
        }

        stderr.ToString().Should().BeEmpty();
    }
}
