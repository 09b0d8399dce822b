using System;
using System.IO;
using System.Reflection;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests;

/// <summary>
/// The README's code example is the console app tests/EktpDomain.ReadmeExample, whose Program.cs is the README's block
/// exactly, usings included; it is compiled with the solution against the public API only. These tests keep the two
/// identical and run the app.
/// </summary>
public class ReadmeExampleTests
{
    private static readonly object ConsoleLock = new();

    [Fact]
    public void Readme_ShowsTheExampleAppExactly()
    {
        string program = File.ReadAllText(RepositoryPaths.Combine("tests", "EktpDomain.ReadmeExample", "Program.cs")).ReplaceLineEndings("\n");

        (ReadmeBlock("```csharp", afterExample: false) + "\n").Should().Be(program);
    }

    [Fact]
    public void ExampleApp_PrintsWhatTheReadmeSays()
    {
        var entry = Assembly.Load("EktpDomain.ReadmeExample").EntryPoint!;
        var console = new StringWriter();
        lock (ConsoleLock)
        {
            var saved = Console.Out;
            Console.SetOut(console);
            try
            {
                entry.Invoke(null, [Array.Empty<string>()]);
            }
            finally
            {
                Console.SetOut(saved);
            }
        }

        console.ToString().ReplaceLineEndings("\n").Should().Be(ReadmeBlock("```text", afterExample: true) + "\n");
    }

    private static string ReadmeBlock(string fence, bool afterExample)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("README.md"));
        int marker = Array.FindIndex(lines, l => l.StartsWith("<!-- README example", StringComparison.Ordinal));
        int codeStart = Array.FindIndex(lines, marker, l => l == "```csharp");
        int codeEnd = Array.FindIndex(lines, codeStart + 1, l => l == "```");
        int open = afterExample ? Array.FindIndex(lines, codeEnd + 1, l => l == fence) : codeStart;
        int close = Array.FindIndex(lines, open + 1, l => l == "```");
        return string.Join("\n", lines[(open + 1)..close]);
    }
}
