using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EktpDomain.Cli.Data;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli.Data;

/// <summary>The lines stderr shows for a folder's problems: at most 50 per file, then one line counting the rest.</summary>
public class ProblemLinesTests
{
    private static IEnumerable<DataProblem> Rows(string file, int count) =>
        Enumerable.Range(2, count).Select(line => new DataProblem(new SourceLocation(file, line), "bad."));

    [Fact]
    public void FilesKeepTheirOrder_AndEachIsCappedOnItsOwn()
    {
        var lines = ProblemLines.Of([.. Rows("b.csv", 52), .. Rows("a.xlsx", 1), .. Rows("c.csv", 50)]).ToList();

        lines.Should().HaveCount(50 + 1 + 1 + 50);
        lines[0].Should().Be("b.csv:2: bad.");
        lines[49].Should().Be("b.csv:51: bad.");
        lines[50].Should().Be("b.csv: 2 more problems not shown (52 in all); fix the first ones and run again.");
        lines[51].Should().Be("a.xlsx:2: bad.");
        lines[^1].Should().Be("c.csv:51: bad.");
    }

    [Fact]
    public void LargeCounts_AreWrittenWithThousandsSeparators_InEveryCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("id-ID");
        try
        {
            ProblemLines.Of(Rows("ledger.csv", 2931)).Last().Should().Be("ledger.csv: 2,881 more problems not shown (2,931 in all); fix the first ones and run again.");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ProblemsWithoutAFile_AreCappedToo()
    {
        var problems = Enumerable.Range(0, 51).Select(_ => new DataProblem(SourceLocation.None, "bad."));

        ProblemLines.Of(problems).Should().HaveCount(51).And.EndWith("1 more problem not shown (51 in all); fix the first ones and run again.");
    }
}
