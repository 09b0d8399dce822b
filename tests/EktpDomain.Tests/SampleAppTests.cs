using System;
using System.Collections.Generic;
using System.IO;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests;

/// <summary>The README's excerpts of the sample app (src/EktpDomain.Sample) are the app's own lines.</summary>
public class SampleAppTests
{
    [Fact]
    public void Readme_ShowsPartsOfTheSampleAppExactly()
    {
        string program = File.ReadAllText(RepositoryPaths.Combine("src", "EktpDomain.Sample", "Program.cs")).ReplaceLineEndings("\n");

        var parts = SampleParts();

        parts.Should().HaveCountGreaterThanOrEqualTo(3);
        parts.Should().OnlyContain(part => program.Contains(part + "\n", StringComparison.Ordinal), "every README excerpt is a run of whole lines of the app");
    }

    private static List<string> SampleParts()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("README.md"));
        var parts = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i] == "<!-- sample part -->")
            {
                int open = Array.FindIndex(lines, i, l => l == "```csharp");
                int close = Array.FindIndex(lines, open + 1, l => l == "```");
                parts.Add(string.Join("\n", lines[(open + 1)..close]));
            }
        }

        return parts;
    }
}
