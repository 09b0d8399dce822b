using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli.Output;

/// <summary>The page ektp writes, parsed as XML: its charts, their geometry, their words, and its independence.</summary>
public class HtmlDocumentWriterTests
{
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The page of a command, written by the CLI and parsed as XML.</summary>
    internal static XDocument Page(params string[] args)
    {
        using var cli = new CliHarness();
        string path = cli.PathOf("page.html");
        var result = CliHarness.Invoke([.. args, "--format", "html", "--output", path]);
        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().BeEmpty();
        string html = File.ReadAllText(path);
        html.Should().StartWith("<!DOCTYPE html>");
        return XDocument.Parse(html);
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void Report_RealisedChart_HasOneBarPerKecamatan_AndTheTargetLineWhereA15PercentBarWouldEnd()
    {
        var page = Page("report", "--lang", "en");

        var chart = page.Descendants(Svg + "svg").First();
        var bars = chart.Elements(Svg + "rect").Where(r => r.Attribute("class")!.Value.StartsWith("bar ", StringComparison.Ordinal)).ToList();
        bars.Should().HaveCount(29);
        bars.Select(b => b.Element(Svg + "title")!.Value).Should().Contain("36.03.27 Sukamulya: 15.4%");
        bars.Count(b => b.Attribute("class")!.Value == "bar met").Should().Be(1);
        bars.Count(b => b.Attribute("class")!.Value == "bar critical").Should().Be(1);

        // The scale, from the bars themselves: every bar's length per percent is the same, from the same left edge.
        var measured = bars.Select(b => (X: Number(b, "x"), Width: Number(b, "width"), Value: Number(b, "data-value"))).ToList();
        double perPercent = measured[0].Width / measured[0].Value;
        measured.Should().OnlyContain(m => Math.Abs(m.Width - (m.Value * perPercent)) < 0.02 && m.X == measured[0].X);
        var target = chart.Elements(Svg + "line").Single(l => l.Attribute("class")!.Value == "target");
        Number(target, "x1").Should().BeApproximately(measured[0].X + (15 * perPercent), 0.02);
        Number(target, "x2").Should().Be(Number(target, "x1"));
        chart.Elements(Svg + "text").Should().Contain(t => t.Value == "target 15%");
    }

    [Fact]
    public void Report_ChartsAreAccessible_AndSpeakTheReportsLanguage()
    {
        var indonesian = Page("report");
        var english = Page("report", "--lang", "en");

        indonesian.Root!.Attribute("lang")!.Value.Should().Be("id");
        english.Root!.Attribute("lang")!.Value.Should().Be("en");
        foreach (var (page, title) in new[] { (indonesian, "Realisasi dalam periode, % wajib KTP, per kecamatan"), (english, "Realised in the period, % of eligible residents, per kecamatan") })
        {
            var charts = page.Descendants(Svg + "svg").ToList();
            charts.Should().HaveCount(2);
            foreach (var chart in charts)
            {
                chart.Attribute("role")!.Value.Should().Be("img");
                chart.Attribute("aria-label")!.Value.Should().Be(chart.Element(Svg + "title")!.Value).And.NotBeEmpty();
                string described = chart.Attribute("aria-describedby")!.Value;
                chart.Element(Svg + "desc")!.Attribute("id")!.Value.Should().Be(described);
                chart.Element(Svg + "desc")!.Value.Should().NotBeEmpty();
            }

            charts[0].Element(Svg + "title")!.Value.Should().Be(title);
        }

        indonesian.Descendants(Svg + "text").Select(t => t.Value).Should().Contain(["tercapai", "kritis", "Kurang: gangguan"]);
        english.Descendants(Svg + "text").Select(t => t.Value).Should().Contain(["met", "critical", "Short: outage"]);
        indonesian.Descendants(Html + "p").Select(p => p.Value).Should().Contain("Baru 1 dari 29 kecamatan mencapai target perekaman 15%");

        // The figures are also a table: the text alternative of the bars.
        var table = indonesian.Descendants(Html + "table").First();
        table.Element(Html + "caption")!.Value.Should().StartWith("Kecamatan (1/", "the table is too wide for A4 portrait in one piece");
        table.Descendants(Html + "tbody").Single().Elements(Html + "tr").Should().HaveCount(29);
    }

    [Fact]
    public void Report_StackedBars_SplitEachShortfallIntoItsParts()
    {
        var page = Page("report", "--lang", "en");

        var chart = page.Descendants(Svg + "svg").ElementAt(1);
        var parts = chart.Elements(Svg + "rect").Where(r => r.Attribute("class")!.Value.StartsWith("part ", StringComparison.Ordinal)).ToList();
        parts.Should().HaveCount(28 * 3, "28 kecamatan missed the target, each bar in three parts");
        var sepatanTimur = parts.Where(p => p.Element(Svg + "title")!.Value.StartsWith("36.03.30 ", StringComparison.Ordinal)).ToList();
        sepatanTimur.Select(p => p.Attribute("class")!.Value).Should().Equal("part data-loss", "part outage", "part demand");
        sepatanTimur.Sum(p => Number(p, "data-value")).Should().BeApproximately(7800 - 4316, 1e-9);
        Number(sepatanTimur[1], "x").Should().BeApproximately(Number(sepatanTimur[0], "x") + Number(sepatanTimur[0], "width"), 0.02);
    }

    [Fact]
    public void Forecast_CoverageCurve_EndsAtTheAsOfDate_AndMarksTheForecastDate()
    {
        var page = Page("forecast", "--lang", "en");

        var chart = page.Descendants(Svg + "svg").Single();
        var history = chart.Element(Svg + "polyline")!;
        var points = history.Attribute("points")!.Value.Split(' ').Select(p => p.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        points.Should().HaveCountGreaterThan(10);
        points.Select(p => p[0]).Should().BeInAscendingOrder();
        points.Select(p => p[1]).Should().BeInDescendingOrder("coverage only grows, and y grows downwards");
        var marker = chart.Elements(Svg + "line").Single(l => l.Attribute("class")!.Value == "forecast-date");
        var projection = chart.Elements(Svg + "line").Single(l => l.Attribute("class")!.Value == "projection");
        Number(projection, "x1").Should().BeApproximately(points[^1][0], 0.02);
        Number(projection, "x2").Should().Be(Number(marker, "x1"));
        chart.Elements(Svg + "text").Select(t => t.Value).Should().Contain("forecast: 2 October 2012");
    }

    [Fact]
    public void Page_NeedsNoNetwork_AndEscapesText()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", "code,name,eligible\n36.03.27,<b>Suka & \"mulya\"</b>,41000\n");
        cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n2012-04-02,36.03.27,,recorded,6300\n");
        string path = cli.PathOf("page.html");

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--format", "html", "--output", path);

        result.ExitCode.Should().Be(0, result.Stderr);
        string html = File.ReadAllText(path);
        html.Should().NotContain("<b>").And.Contain("&lt;b&gt;Suka &amp; \"mulya\"&lt;/b&gt;");
        var page = XDocument.Parse(html);
        page.Descendants().Attributes().Where(a => a.Name.LocalName is "href" or "src").Should().BeEmpty();
        page.Descendants(Html + "script").Should().BeEmpty();
        page.Descendants(Html + "style").Single().Value.Should().Contain("@page { size: A4");
    }

    public static TheoryData<string[]> Commands => new()
    {
        new[] { "report", "--lang", "en" },
        new[] { "report" },
        new[] { "allocate", "--devices", "3", "--lang", "en" },
        new[] { "forecast", "--lang", "en" },
        new[] { "forecast" },
        new[] { "trend", "--lang", "en" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Page_FitsA4Portrait_EveryTableWithinTheTextWidth(string[] args)
    {
        var page = Page(args);

        string style = page.Descendants(Html + "style").Single().Value;
        var margins = Regex.Match(style, @"@page \{ size: A4 portrait; margin: [\d.]+mm ([\d.]+)mm");
        margins.Success.Should().BeTrue(style);
        double textWidth = 210 - (2 * Millimetres(margins.Groups[1].Value));
        textWidth.Should().BeLessThanOrEqualTo(190);
        Millimetres(Rule(style, "body", "max-width")).Should().BeLessThanOrEqualTo(textWidth, "the screen shows the page as it prints");
        Rule(style, "svg", "width").Should().Be("100%");
        double tableFont = double.Parse(Rule(style, "table", "font-size").Replace("pt", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        tableFont.Should().BeInRange(6.5, 8);
        double sentence = Millimetres(Rule(style, ".sentence", "min-width"));

        // No table needs more than the text width: every column at least as wide as its longest word of heading and
        // of text, its longest number, and a column of sentences its least width (Arial's average advance, 0.55 em).
        foreach (var table in page.Descendants(Html + "table"))
        {
            var headings = table.Descendants(Html + "th").ToList();
            var rows = table.Descendants(Html + "tbody").Single().Elements(Html + "tr").Select(r => r.Elements(Html + "td").ToList()).ToList();
            double needed = headings.Select((th, c) =>
            {
                double content = rows.Max(row => (string?)row[c].Attribute("class") == "number" ? row[c].Value.Length : LongestWord(row[c].Value)) * 0.55;
                double width = Math.Max(LongestWord(th.Value) * 0.6, content) * tableFont * 25.4 / 72;
                return ((string?)th.Attribute("class") == "sentence" ? Math.Max(width, sentence) : width) + 1;
            }).Sum();
            needed.Should().BeLessThanOrEqualTo(textWidth, "the table {0} has {1} columns", table.Element(Html + "caption")!.Value, headings.Count);
        }
    }

    [Fact]
    public void Report_KecamatanTable_IsSplitIntoParts_ThatRepeatTheColumnsNamingARow_AndHoldEveryColumnOnce()
    {
        using var cli = new CliHarness();
        string path = cli.PathOf("report.xlsx");
        CliHarness.Invoke(["report", "--lang", "en", "--format", "xlsx", "--output", path]).ExitCode.Should().Be(0);
        IReadOnlyList<string> columns;
        using (var book = SpreadsheetDocument.Open(path, isEditable: false))
        {
            columns = new SheetReader(book.WorkbookPart!, "Kecamatan").Header;
        }

        var page = Page("report", "--lang", "en");

        var parts = page.Descendants(Html + "table").Where(t => t.Element(Html + "caption")!.Value.StartsWith("Kecamatan", StringComparison.Ordinal)).ToList();
        parts.Should().HaveCountGreaterThan(1);
        parts.Select(t => t.Element(Html + "caption")!.Value).Should().Equal(Enumerable.Range(1, parts.Count).Select(i => $"Kecamatan ({i}/{parts.Count})"));
        var headings = parts.Select(t => t.Descendants(Html + "th").Select(th => th.Value).ToList()).ToList();
        string[] key = ["Rank", "Code", "Kecamatan"];
        headings.Should().OnlyContain(h => h.Take(3).SequenceEqual(key));
        headings[0].Concat(headings.Skip(1).SelectMany(h => h.Skip(3))).Should().Equal(columns, "every column of the workbook once, in its order");
        var firstRows = parts[0].Descendants(Html + "tbody").Single().Elements(Html + "tr").Select(r => string.Join("|", r.Elements(Html + "td").Take(3).Select(td => td.Value))).ToList();
        firstRows.Should().HaveCount(29);
        foreach (var part in parts.Skip(1))
        {
            part.Descendants(Html + "tbody").Single().Elements(Html + "tr").Select(r => string.Join("|", r.Elements(Html + "td").Take(3).Select(td => td.Value))).Should().Equal(firstRows);
        }
    }

    [Fact]
    public void Forecast_SentenceColumn_HasALeastWidth_AndStaysBesideItsFigures()
    {
        var page = Page("forecast", "--lang", "en");

        var tables = page.Descendants(Html + "table").ToList();
        tables.Select(t => t.Element(Html + "caption")!.Value).Should().Equal("Kecamatan", "Summary");
        var finding = tables[0].Descendants(Html + "th").Last();
        finding.Value.Should().Be("Finding");
        finding.Attribute("class")!.Value.Should().Be("sentence");
        tables[0].Descendants(Html + "td").Where(td => (string?)td.Attribute("class") == "sentence").Should().HaveCount(29);
        string style = page.Descendants(Html + "style").Single().Value;
        Millimetres(Rule(style, ".sentence", "min-width")).Should().BeGreaterThanOrEqualTo(25, "a sentence of 90 characters takes at most about six lines");
    }

    /// <summary>The value of a property in the first rule of a selector of the style sheet.</summary>
    private static string Rule(string style, string selector, string property)
    {
        var rule = Regex.Match(style, @"(^|\n)\s*" + Regex.Escape(selector) + @"\s*\{([^}]*)\}");
        rule.Success.Should().BeTrue("the style sheet has a rule for {0}", selector);
        var value = Regex.Match(rule.Groups[2].Value, @"(^|;)\s*" + Regex.Escape(property) + @":\s*([^;]+)");
        value.Success.Should().BeTrue("the rule for {0} sets {1}", selector, property);
        return value.Groups[2].Value.Trim();
    }

    private static double Millimetres(string length) =>
        double.Parse(length.EndsWith("mm", StringComparison.Ordinal) ? length[..^2] : length, CultureInfo.InvariantCulture);

    /// <summary>The number of characters of the longest part of a text between the places a line can break.</summary>
    private static int LongestWord(string text) =>
        text.Replace("-", "- ", StringComparison.Ordinal).Split(' ').Max(part => part.Length);
}
