using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli.Output;

/// <summary>
/// The charts of a page, read as a reader would read one alone: axes with ticks and units, labels clear of the lines,
/// legends drawn as their marks, and their colours and fonts inside each SVG. The geometry comes from the SVG's
/// coordinates; a text's width is estimated at <see cref="CharWidth"/> em a character.
/// </summary>
public class SvgChartsTests
{
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>An average advance of a character of the page's sans-serif fonts, in em.</summary>
    private const double CharWidth = 0.6;

    public static TheoryData<string[]> Commands => new()
    {
        new[] { "report", "--lang", "en" },
        new[] { "report" },
        new[] { "allocate", "--devices", "3", "--lang", "en" },
        new[] { "forecast", "--lang", "en" },
        new[] { "trend", "--lang", "en" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryChart_CarriesItsOwnColoursAndFont_SoThatItKeepsThemCopiedOutOfThePage(string[] args)
    {
        var page = HtmlDocumentWriterTests.Page(args);

        var charts = page.Descendants(Svg + "svg").ToList();
        charts.Should().NotBeEmpty();
        foreach (var chart in charts)
        {
            chart.Attribute("font-family")!.Value.Should().Contain("sans-serif");
            chart.Attribute("font-size").Should().NotBeNull();
            chart.Attribute("viewBox").Should().NotBeNull();
            foreach (var rect in chart.Descendants(Svg + "rect"))
            {
                rect.Attribute("fill")!.Value.Should().MatchRegex("^#[0-9a-f]{6}$", "a {0} is filled by its own attribute", rect.Attribute("class")?.Value);
            }

            foreach (var line in chart.Descendants().Where(e => e.Name == Svg + "line" || e.Name == Svg + "polyline"))
            {
                line.Attribute("stroke")!.Value.Should().MatchRegex("^#[0-9a-f]{6}$", "a {0} is stroked by its own attribute", line.Attribute("class")?.Value);
                line.Attribute("stroke-width").Should().NotBeNull();
            }

            foreach (var curve in chart.Descendants(Svg + "polyline"))
            {
                curve.Attribute("fill")!.Value.Should().Be("none");
            }

            foreach (var text in chart.Descendants(Svg + "text"))
            {
                Inherited(text, "fill").Should().MatchRegex("^#[0-9a-f]{6}$", "the text \"{0}\" has its colour", text.Value);
                FontSize(text).Should().BeGreaterThan(0);
            }
        }

        // Nothing of a chart's look is left to the page's style sheet.
        string style = page.Descendants(Html + "style").Single().Value;
        style.Should().NotContainAny("fill", "stroke");
    }

    [Theory]
    [InlineData("report")]
    [InlineData("allocate")]
    public void Realised_ValueLabels_StayClearOfTheTargetLine_AndBesideTheirBars(string command)
    {
        var page = HtmlDocumentWriterTests.Page(command == "allocate" ? [command, "--devices", "3", "--lang", "en"] : [command, "--lang", "en"]);

        var chart = page.Descendants(Svg + "svg").First();
        var target = chart.Elements(Svg + "line").Single(l => Class(l) == "target");
        double x = Number(target, "x1");
        double halfStroke = Number(target, "stroke-width") / 2;
        var bars = chart.Elements(Svg + "rect").Where(r => Class(r).StartsWith("bar ", StringComparison.Ordinal)).ToList();
        var labels = chart.Elements(Svg + "text").Where(t => Class(t) == "value").ToList();
        labels.Should().HaveCount(bars.Count).And.HaveCount(29);
        for (int i = 0; i < bars.Count; i++)
        {
            var (left, right) = Box(labels[i]);
            labels[i].Value.Should().Be(bars[i].Element(Svg + "title")!.Value.Split(": ")[^1]);
            (right < x - halfStroke || left > x + halfStroke).Should().BeTrue(
                "the label {0} spans {1:0.#}–{2:0.#} and the target line is at {3:0.#}", labels[i].Value, left, right, x);
            left.Should().BeGreaterThanOrEqualTo(Number(bars[i], "x") + Number(bars[i], "width"), "a value is written past its bar's end");
            double baseline = Number(labels[i], "y");
            baseline.Should().BeInRange(Number(bars[i], "y"), Number(bars[i], "y") + Number(bars[i], "height"), "a value is on its bar's row");
        }

        // The labels that would have crossed the line are there: the check above is not vacuous.
        bars.Should().Contain(b => Number(b, "x") + Number(b, "width") < x && Number(b, "x") + Number(b, "width") + (CharWidth * 10 * 5) > x);

        // The target's own label is above the bars.
        var targetLabel = chart.Elements(Svg + "text").Single(t => Class(t) == "target-label");
        Number(targetLabel, "y").Should().BeLessThan(bars.Min(b => Number(b, "y")));
    }

    [Fact]
    public void Realised_ValueAxis_HasTicksInPercent_AtEvenSteps()
    {
        var page = HtmlDocumentWriterTests.Page("report", "--lang", "en");

        var chart = page.Descendants(Svg + "svg").First();
        var (ticks, labels) = ValueAxis(chart);
        labels.Should().OnlyContain(l => l.Value.EndsWith('%'), "the unit of a percentage axis is on every tick");
        labels.Select(l => decimal.Parse(l.Value.TrimEnd('%'), CultureInfo.InvariantCulture)).Should().Equal(0m, 5m, 10m, 15m, 20m);
        var target = chart.Elements(Svg + "line").Single(l => Class(l) == "target");
        Number(target, "x1").Should().BeApproximately(Number(ticks[3], "x1"), 0.02, "the 15% target is at the 15% tick");
    }

    [Fact]
    public void Shortfall_HasAnAxis_WithTicksInResidents_AndItsUnit()
    {
        var english = HtmlDocumentWriterTests.Page("report", "--lang", "en");
        var indonesian = HtmlDocumentWriterTests.Page("report");

        var chart = english.Descendants(Svg + "svg").ElementAt(1);
        var (ticks, labels) = ValueAxis(chart);
        var values = labels.Select(l => long.Parse(l.Value, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-GB"))).ToList();
        values.Should().Equal(0, 2000, 4000, 6000, 8000);

        // The ticks are where bars of those values would end.
        var parts = chart.Elements(Svg + "rect").Where(r => Class(r).StartsWith("part ", StringComparison.Ordinal)).ToList();
        double perResident = parts.Where(p => Number(p, "data-value") > 0).Select(p => Number(p, "width") / Number(p, "data-value")).First();
        for (int i = 0; i < ticks.Count; i++)
        {
            Number(ticks[i], "x1").Should().BeApproximately(Number(parts[0], "x") + (values[i] * perResident), 0.2);
        }

        chart.Elements(Svg + "text").Single(t => Class(t) == "axis-label").Value.Should().Be("Target − Realised");
        indonesian.Descendants(Svg + "svg").ElementAt(1).Elements(Svg + "text").Single(t => Class(t) == "axis-label").Value.Should().Be("Target − Realisasi");
    }

    [Fact]
    public void Legends_DrawEachEntryAsItsMarksAreDrawn()
    {
        var report = HtmlDocumentWriterTests.Page("report", "--lang", "en");
        var forecast = HtmlDocumentWriterTests.Page("forecast", "--lang", "en");

        foreach (var chart in report.Descendants(Svg + "svg"))
        {
            var swatches = chart.Elements(Svg + "rect").Where(r => Class(r).StartsWith("legend ", StringComparison.Ordinal)).ToList();
            swatches.Should().NotBeEmpty();
            foreach (var swatch in swatches)
            {
                string style = Class(swatch)["legend ".Length..];
                var marks = chart.Elements(Svg + "rect").Where(r => Class(r) == "bar " + style || Class(r) == "part " + style).ToList();
                marks.Select(m => m.Attribute("fill")!.Value).Distinct().Should().BeSubsetOf([swatch.Attribute("fill")!.Value], "the {0} marks are drawn as their legend", style);
            }

            swatches.Select(s => s.Attribute("fill")!.Value).Should().OnlyHaveUniqueItems("entries drawn alike are one entry");
        }

        var curve = forecast.Descendants(Svg + "svg").Single();
        var history = curve.Element(Svg + "polyline")!;
        var projection = curve.Elements(Svg + "line").Single(l => Class(l) == "projection");
        var legend = curve.Elements(Svg + "line").Where(l => Class(l).StartsWith("legend ", StringComparison.Ordinal)).ToDictionary(l => Class(l));
        legend.Keys.Should().BeEquivalentTo("legend history", "legend projection");
        foreach (var (swatch, mark) in new[] { (legend["legend history"], history), (legend["legend projection"], projection) })
        {
            foreach (string attribute in new[] { "stroke", "stroke-width", "stroke-dasharray" })
            {
                swatch.Attribute(attribute)?.Value.Should().Be(mark.Attribute(attribute)?.Value, "the legend of the {0} has its {1}", Class(mark), attribute);
            }

            Number(swatch, "y1").Should().Be(Number(swatch, "y2"), "a line's entry is a stretch of line");
            Number(swatch, "x2").Should().BeGreaterThan(Number(swatch, "x1") + 10, "long enough to show the dashes");
        }

        projection.Attribute("stroke-dasharray").Should().NotBeNull();
        history.Attribute("stroke-dasharray").Should().BeNull();
    }

    [Fact]
    public void Forecast_TimeAxis_NamesEveryMonth_AndPlacesTheDatesOnIt()
    {
        var page = HtmlDocumentWriterTests.Page("forecast", "--lang", "en");

        var chart = page.Descendants(Svg + "svg").Single();
        var months = chart.Elements(Svg + "text").Where(t => Class(t) == "month").ToList();
        months.Select(m => m.Value).Should().Equal("Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct");
        chart.Elements(Svg + "text").Where(t => Class(t) == "year").Select(t => t.Value).Should().Equal("2012");

        // A tick at the start of every month from 1 March to 1 November; each name between its month's ticks.
        double baseline = Number(chart.Elements(Svg + "line").Single(l => Class(l) == "axis" && Number(l, "y1") == Number(l, "y2")), "y1");
        var ticks = chart.Elements(Svg + "line").Where(l => Class(l) == "tick" && Number(l, "x1") == Number(l, "x2") && Number(l, "y1") == baseline).Select(l => Number(l, "x1")).Order().ToList();
        ticks.Should().HaveCount(9);
        for (int i = 0; i < months.Count; i++)
        {
            var (left, right) = Box(months[i]);
            left.Should().BeGreaterThan(ticks[i]);
            right.Should().BeLessThan(ticks[i + 1]);
        }

        // The curve ends with the coverage at the end of 30 April, on the tick of 1 May; the forecast date, the end of
        // 2 October, is 2/31 of the way through October.
        var history = chart.Element(Svg + "polyline")!.Attribute("points")!.Value.Split(' ');
        double.Parse(history[^1].Split(',')[0], CultureInfo.InvariantCulture).Should().BeApproximately(ticks[2], 0.02);
        var marker = chart.Elements(Svg + "line").Single(l => Class(l) == "forecast-date");
        Number(marker, "x1").Should().BeApproximately(ticks[7] + ((ticks[8] - ticks[7]) * 2 / 31), 0.02);
        var label = chart.Elements(Svg + "text").Single(t => Class(t) == "forecast-label");
        var (labelLeft, labelRight) = Box(label);
        (labelRight < Number(marker, "x1") || labelLeft > Number(marker, "x1")).Should().BeTrue("the forecast date's label is beside its line");

        // The value axis: 0 to 100 % in quarters, the unit on every tick.
        chart.Elements(Svg + "text").Where(t => Class(t) == "tick-label").Select(t => t.Value).Should().Equal("0%", "25%", "50%", "75%", "100%");
    }

    [Fact]
    public void Trend_TimeAxis_NamesMonthsAtARegularInterval_OverTheWholeRange()
    {
        var page = HtmlDocumentWriterTests.Page("trend", "--lang", "en");

        var chart = page.Descendants(Svg + "svg").Single();
        var months = chart.Elements(Svg + "text").Where(t => Class(t) == "month").ToList();
        string[] everyOther = ["Jan", "Mar", "May", "Jul", "Sep", "Nov"];
        months.Select(m => m.Value).Should().Equal([.. everyOther, .. everyOther], "24 months do not fit a name each; every second month has one");
        var x = months.Select(m => Number(m, "x")).ToList();
        var gaps = x.Zip(x.Skip(1), (a, b) => b - a).ToList();
        gaps.Should().OnlyContain(g => Math.Abs(g - gaps.Average()) < 3, "the names are two months apart, months differ by a few days only");
        for (int i = 1; i < months.Count; i++)
        {
            Box(months[i]).Left.Should().BeGreaterThan(Box(months[i - 1]).Right, "names do not overlap");
        }

        chart.Elements(Svg + "text").Where(t => Class(t) == "year").Select(t => t.Value).Should().Equal("2012", "2013");
    }

    private static (List<XElement> Ticks, List<XElement> Labels) ValueAxis(XElement chart)
    {
        var ticks = chart.Elements(Svg + "line").Where(l => Class(l) == "tick").ToList();
        var labels = chart.Elements(Svg + "text").Where(t => Class(t) == "tick-label").ToList();
        ticks.Should().HaveCountGreaterThanOrEqualTo(3).And.HaveSameCount(labels);
        ticks.Should().OnlyContain(t => Number(t, "x1") == Number(t, "x2") && Number(t, "y2") > Number(t, "y1"), "a tick points down from the axis");
        for (int i = 0; i < ticks.Count; i++)
        {
            Number(labels[i], "x").Should().BeApproximately(Number(ticks[i], "x1"), 0.02, "a tick's label is centred under it");
            Number(labels[i], "y").Should().BeGreaterThan(Number(ticks[i], "y2"));
        }

        var x = ticks.Select(t => Number(t, "x1")).ToList();
        var steps = x.Zip(x.Skip(1), (a, b) => b - a).ToList();
        steps.Should().OnlyContain(s => Math.Abs(s - steps[0]) < 0.05, "the ticks are evenly spaced");
        return (ticks, labels);
    }

    /// <summary>The left and right of a text, from its position, anchor, size and number of characters.</summary>
    private static (double Left, double Right) Box(XElement text)
    {
        double width = text.Value.Length * CharWidth * FontSize(text);
        double x = Number(text, "x");
        return (text.Attribute("text-anchor")?.Value) switch
        {
            "middle" => (x - (width / 2), x + (width / 2)),
            "end" => (x - width, x),
            _ => (x, x + width),
        };
    }

    private static double FontSize(XElement element) => double.Parse(Inherited(element, "font-size")!, CultureInfo.InvariantCulture);

    /// <summary>An attribute of an SVG element or of the nearest SVG element around it that has it.</summary>
    private static string? Inherited(XElement element, string name) =>
        element.AncestorsAndSelf().Where(e => e.Name.Namespace == Svg).Select(e => e.Attribute(name)?.Value).FirstOrDefault(v => v is not null);

    private static string Class(XElement element) => element.Attribute("class")?.Value ?? string.Empty;

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
}
