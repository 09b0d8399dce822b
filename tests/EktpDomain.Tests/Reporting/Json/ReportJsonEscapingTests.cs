using System.Text.Json;
using EktpDomain.Tests.Cli;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Reporting.Json;

/// <summary>The JSON keeps non-ASCII text readable and still escapes what must be escaped.</summary>
public class ReportJsonEscapingTests
{
    [Fact]
    public void Allocation_WritesArrowsAndMinusSignsAsThemselves()
    {
        var result = CliHarness.Invoke(["allocate", "--devices", "2", "--format", "json", "--lang", "en"]);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain(" → ").And.Contain("(−").And.NotContain("\\u2192").And.NotContain("\\u2212");
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("placements")[0].GetProperty("explanation").GetString().Should().Contain("→");
    }

    [Fact]
    public void Report_WritesEnDashesButStillEscapesHtmlSensitiveCharacters()
    {
        // The findings of the scenario speak of "the site's surge protection": the apostrophe stays escaped.
        var result = CliHarness.Invoke(["report", "--format", "json", "--lang", "en"]);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("–").And.NotContain("\\u2013");
        result.Stdout.Should().NotContain("'").And.NotContain("<").And.NotContain("&");
        result.Stdout.Should().Contain("\\u0027");
    }
}
