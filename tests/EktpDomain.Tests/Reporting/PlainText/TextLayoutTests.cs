using System;
using System.IO;
using System.Linq;
using EktpDomain.Reporting.PlainText;
using FluentAssertions;
using FsCheck.Xunit;
using Xunit;

namespace EktpDomain.Tests.Reporting.PlainText;

/// <summary>Text within a width: sentences wrap at spaces with a hanging indent; a wide table wraps its headings and splits into parts that repeat the keys.</summary>
public class TextLayoutTests
{
    private static string[] Lines(int? width, Action<TextLayout> write)
    {
        using var output = new StringWriter();
        write(new TextLayout(output, width));
        return output.ToString().Split(Environment.NewLine)[..^1];
    }

    [Fact]
    public void ASentence_WrapsAtSpaces_WithAHangingIndent_AndKeepsEveryWord()
    {
        string sentence = "- [warning] long-outage 36.03.30 Sepatan Timur: Whole kecamatan site out of service (server) 9–11 April 2012: 3 working days.";

        var lines = Lines(80, layout => layout.WriteLine(sentence, indent: 2));

        lines.Should().HaveCountGreaterThan(1).And.OnlyContain(l => l.Length <= 80);
        lines.Skip(1).Should().OnlyContain(l => l.StartsWith("  ", StringComparison.Ordinal) && l[2] != ' ');
        string.Join(' ', lines.Select(l => l.Trim())).Should().Be(sentence);
    }

    [Fact]
    public void ALineThatFits_OrNoWidth_IsWrittenAsItIs()
    {
        string line = "  → " + new string('x', 200);

        Lines(null, layout => layout.WriteLine(line, indent: 4)).Should().Equal(line);
        Lines(120, layout => layout.WriteLine("  → short", indent: 4)).Should().Equal("  → short");
        Lines(80, layout => layout.WriteLine(line, indent: 4)).Should().Equal([line], "a word longer than the width is never cut, nor moved");
    }

    [Fact]
    public void AWordThatFillsAFreshLineExactly_MovesToIt()
    {
        string word = new('b', 18);

        Lines(20, layout => layout.WriteLine("aaaa " + word, indent: 2)).Should().Equal("aaaa", "  " + word);
        Lines(20, layout => layout.WriteLine("aaaa " + word + "b", indent: 2)).Should().Equal(["aaaa " + word + "b"], "a word longer than a fresh line stays where it is");
    }

    [Fact]
    public void SpacesAtTheBreak_AreDropped_AndTheNextLineStartsAtTheIndent()
    {
        Lines(10, layout => layout.WriteLine("aaaa bbbbb  cccc", indent: 2)).Should().Equal("aaaa bbbbb", "  cccc");
    }

    [Fact]
    public void AHeadingLongerThanItsValues_SplitsWhereItsLongerLineIsShortest_TheEarlierSpaceOnATie()
    {
        // One line each, the table is 46 wide; with the headings split it is 37, and fits in 40.
        TextColumn[] columns =
        [
            new("Code", false, Key: true), new("aa bb cc dd", false), new("ab cd ef", false),
            new("ab cd", false), new("ab cd", false),
        ];
        string[][] rows = [["36.03.27", "1", "2", "12345", "123456"]];

        Lines(40, layout => layout.WriteTable(columns, rows)).Should().Equal(
            "          aa bb  ab",
            "Code      cc dd  cd ef  ab cd  ab cd",
            "--------  -----  -----  -----  ------",
            "36.03.27  1      2      12345  123456");
    }

    [Fact]
    public void AWideTable_SplitsIntoParts_EachWithTheKeys_AndEveryColumnOnce()
    {
        TextColumn[] columns =
        [
            new("Rank", true, Key: true), new("Code", false, Key: true),
            .. Enumerable.Range(1, 12).Select(i => new TextColumn($"Short: part {i}", true)),
        ];
        string[][] rows = [["1", "36.03.27", .. Enumerable.Range(1, 12).Select(i => (i * 1_000).ToString("N0", System.Globalization.CultureInfo.InvariantCulture))]];

        var lines = Lines(80, layout => layout.WriteTable(columns, rows));

        lines.Should().OnlyContain(l => l.Length <= 80);
        var parts = string.Join('\n', lines).Split("\n\n");
        parts.Should().HaveCountGreaterThan(1);
        parts.Should().OnlyContain(p => p.Contains("Rank", StringComparison.Ordinal) && p.Contains("36.03.27", StringComparison.Ordinal));
        foreach (int i in Enumerable.Range(1, 12))
        {
            parts.Count(p => p.Contains($"part {i}\n", StringComparison.Ordinal) || p.Contains($"part {i} ", StringComparison.Ordinal)).Should().Be(1, $"column {i} is in one part");
        }

        lines[0].Trim().Should().StartWith("Short:", "a heading longer than its values wraps onto two lines");
    }

    [Fact]
    public void ATableThatFits_OrNoWidth_IsOnePiece_WithOneHeadingLine()
    {
        TextColumn[] columns = [new("Month", false, Key: true), .. Enumerable.Range(1, 12).Select(i => new TextColumn($"Short: part {i}", true))];
        string[][] rows = [["March 2012", .. Enumerable.Range(1, 12).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))]];

        var full = Lines(null, layout => layout.WriteTable(columns, rows));

        full.Should().HaveCount(3);
        full[0].Should().StartWith("Month").And.EndWith("Short: part 12");
        Lines(full[0].Length, layout => layout.WriteTable(columns, rows)).Should().Equal(full);
    }

    [Property(MaxTest = 200)]
    public void AnyTable_FitsAnyWidthItsKeysAndWidestColumnFitIn(int seed)
    {
        var random = new Random(seed);
        int count = random.Next(1, 20);
        var columns = Enumerable.Range(0, count).Select(i => new TextColumn(string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => new string('h', random.Next(1, 9)))), random.Next(2) == 0, Key: i < 2)).ToArray();
        var rows = Enumerable.Range(0, random.Next(0, 4)).Select(_ => columns.Select(_ => new string('v', random.Next(0, 9))).ToArray()).ToArray();
        int width = random.Next(80, 160);

        var lines = Lines(width, layout => layout.WriteTable(columns, rows));

        lines.Should().OnlyContain(l => l.Length <= width);
        lines.Count(l => l.Length > 0 && l.All(c => c is '-' or ' ')).Should().BeGreaterThan(0);
        string all = string.Join(' ', lines);
        columns.SelectMany(c => c.Heading.Split(' ')).Should().OnlyContain(word => all.Contains(word, StringComparison.Ordinal));
    }
}
