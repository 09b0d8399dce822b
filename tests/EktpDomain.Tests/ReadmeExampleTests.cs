using System;
using System.IO;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests;

/// <summary>The README's code example, run as a test; a second test keeps the README's copy identical to it.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Example_PrintsWhatTheReadmeSays()
    {
        var console = new StringWriter();
        var saved = Console.Out;
        Console.SetOut(console);
        try
        {
            // README:start
            var sukamulya = RegionCode.Parse("36.03.27");                           // Sukamulya
            var population = EligiblePopulation.CreateBuilder().Add(sukamulya, 41_000).Build();
            var ledger = RecordingLedger.CreateBuilder(population.KecamatanCodes)
                .Add(new LedgerEntry(new LocalDate(2012, 4, 10), sukamulya, LedgerEntryKind.Recorded, 6_300))
                .Build();
            var april = new DateInterval(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30));
            var report = AttainmentReport.Calculate(new RecordingData(population, ledger), april);

            var row = report[sukamulya];                // target 6,150: 15 % of 41,000, rounded up (R2)
            Console.WriteLine($"{row.Name}: {row.Realised} of {row.Target}, {row.Band}, rank {row.Rank}");
            Console.WriteLine(ReportText.Indonesian.Headline(report.Summary));
            // README:end
        }
        finally
        {
            Console.SetOut(saved);
        }

        var expected = ReadmeBlock("```text", afterExample: true);
        console.ToString().ReplaceLineEndings("\n").Should().Be(expected + "\n");
    }

    [Fact]
    public void Readme_ShowsTheExampleExactly()
    {
        var source = File.ReadAllLines(RepositoryPaths.Combine("tests", "EktpDomain.Tests", "ReadmeExampleTests.cs"));
        int start = Array.FindIndex(source, l => l.Trim() == "// README:start") + 1;
        int end = Array.FindIndex(source, l => l.Trim() == "// README:end");
        var code = source[start..end].Select(l => l.Length >= 12 ? l[12..] : l.Trim());

        ReadmeBlock("```csharp", afterExample: false).Should().Be(string.Join("\n", code));
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
