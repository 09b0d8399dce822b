using System.Globalization;
using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Cli.CliErrorTests;

namespace EktpDomain.Tests.Cli;

/// <summary>
/// At most 50 problems of one file are shown, in order, then one line naming the file, how many are not shown and how
/// many there are in all, so that a file with thousands of problems does not scroll the first ones away (issue 23).
/// </summary>
public class CliProblemCapTests
{
    private const string LedgerHeader = "date,kecamatan,device,kind,count\n";

    /// <summary>A ledger of <paramref name="rows"/> rows, each with a malformed count (line N has the count 'xN').</summary>
    private static string BadCounts(int rows, string header = LedgerHeader)
    {
        var text = new StringBuilder(header);
        for (int i = 0; i < rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"2012-04-02,36.03.27,,recorded,x{i + 2}\n");
        }

        return text.ToString();
    }

    private static string BadCount(string ledger, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"{ledger}:{line}: malformed number 'x{line}' in column 'count': expected a whole number written with the digits 0-9.");

    [Fact]
    public void ABadHeaderInABigFile_ShowsFiftyProblems_ThenHowManyMore()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", CliHarness.ValidKecamatan);
        var rows = new StringBuilder("date,kecamatan,device,kind,count,note\n");
        for (int i = 0; i < 3931; i++)
        {
            rows.Append("2012-04-02,36.03.27,,recorded,5\n");
        }

        string ledger = cli.Write("ledger.csv", rows.ToString());

        var result = cli.RunOnFolder("report");

        ShouldFailWith(
            result,
            [
                .. Enumerable.Range(2, 50).Select(line => string.Create(CultureInfo.InvariantCulture, $"{ledger}:{line}: the row has 5 fields, but the header has 6.")),
                $"{ledger}: 3,881 more problems not shown (3,931 in all); fix the first ones and run again.",
            ]);
        result.ErrorLines.Count(l => l.StartsWith(ledger, System.StringComparison.Ordinal)).Should().BeLessThanOrEqualTo(51);
    }

    [Fact]
    public void ExactlyFiftyProblems_AreAllShown_WithoutACapLine()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", CliHarness.ValidKecamatan);
        string ledger = cli.Write("ledger.csv", BadCounts(50));

        ShouldFailWith(cli.RunOnFolder("report"), [.. Enumerable.Range(2, 50).Select(line => BadCount(ledger, line))]);
    }

    [Fact]
    public void FiftyOneProblems_AreFiftyAndACapLine()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", CliHarness.ValidKecamatan);
        string ledger = cli.Write("ledger.csv", BadCounts(51));

        ShouldFailWith(
            cli.RunOnFolder("report"),
            [
                .. Enumerable.Range(2, 50).Select(line => BadCount(ledger, line)),
                $"{ledger}: 1 more problem not shown (51 in all); fix the first ones and run again.",
            ]);
    }

    [Fact]
    public void TheCapIsPerFile_EachFileShowsItsFirstProblems()
    {
        using var cli = new CliHarness();
        string kecamatan = cli.Write("kecamatan.csv", CliHarness.ValidKecamatan + "36.03.31,Solear,lots\n");
        string ledger = cli.Write("ledger.csv", BadCounts(60));
        var closures = new StringBuilder("kecamatan,date,reason\n");
        for (int i = 0; i < 70; i++)
        {
            closures.Append("36.03.27,2012-04-31,banjir\n");
        }

        string closuresPath = cli.Write("closures.csv", closures.ToString());

        ShouldFailWith(
            cli.RunOnFolder("report"),
            [
                $"{kecamatan}:4: malformed number 'lots' in column 'eligible': expected a whole number written with the digits 0-9.",
                .. Enumerable.Range(2, 50).Select(line => BadCount(ledger, line)),
                $"{ledger}: 10 more problems not shown (60 in all); fix the first ones and run again.",
                .. Enumerable.Range(2, 50).Select(line => string.Create(CultureInfo.InvariantCulture, $"{closuresPath}:{line}: malformed date '2012-04-31' in column 'date': expected a real date as YYYY-MM-DD.")),
                $"{closuresPath}: 20 more problems not shown (70 in all); fix the first ones and run again.",
            ]);
    }

    [Fact]
    public void TheLineForRowsThatCouldNotBeChecked_ComesFirst_SoTheCapNeverHidesIt()
    {
        using var cli = new CliHarness();
        string kecamatan = cli.Write("kecamatan.csv", "code,eligible\n36.03.27,41000\n");
        string ledger = cli.Write("ledger.csv", BadCounts(3931));

        ShouldFailWith(
            cli.RunOnFolder("report"),
            [
                $"{kecamatan}: missing column 'name'; the header has code, eligible.",
                $"{ledger}: 3,931 rows name a kecamatan that could not be checked, because kecamatan.csv could not be read in full (see its problems above).",
                .. Enumerable.Range(2, 49).Select(line => BadCount(ledger, line)),
                $"{ledger}: 3,882 more problems not shown (3,932 in all); fix the first ones and run again.",
            ]);
    }
}
