using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Reporting;
using EktpDomain.Reporting.PlainText;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.TwoProvinces;

namespace EktpDomain.Tests.Reporting.PlainText;

/// <summary>
/// The text of a report at a level (<see cref="PlainTextReport.Format(LevelReport, ReportText, string?, int?, int?)"/>):
/// the title with the region and the level, one table row per region with how much of it the data covers, the
/// headline that counts regions, a line for each region held in part, and the findings grouped under the region each
/// kecamatan counts in, cut to the most severe with a line saying how many more there are.
/// </summary>
public class PlainTextLevelReportTests
{
    private static readonly AttainmentReport Kecamatan = Report();

    public static TheoryData<string> Languages => ["id", "en"];

    private static string[] Lines(string text) => text.Split(Environment.NewLine);

    private static string Format(LevelReport report, ReportText text, int? findings = null) => PlainTextReport.Format(report, text, notice: null, width: null, findings);

    /// <summary>The lines under the findings heading, up to the end.</summary>
    private static List<string> FindingLines(string[] lines, ReportText text) =>
        [.. lines.SkipWhile(l => l != text.FindingsHeading).Skip(1).TakeWhile(l => l.Length > 0)];

    /// <summary>"36.03 Kabupaten Tangerang", as a group heading names a region.</summary>
    private static string Label(RegionCode code) => $"{code} {Kecamatan.NameOf(code)}";

    [Theory]
    [MemberData(nameof(Languages))]
    public void Format_ByRegency_TitleThenOneTableRowPerRegionInReportOrder(string language)
    {
        var text = ReportText.FromCode(language);
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Regency);

        var lines = Lines(Format(rolled, text));

        lines[0].Should().Be(text.Title(rolled));
        lines[1].Should().BeEmpty();
        lines[2].Should().Contain(text.Heading(ReportColumn.Region)).And.Contain(text.Heading(ReportColumn.DataCoverage)).And.Contain(text.Heading(ReportColumn.Capacity));
        lines[3].Should().MatchRegex("^[- ]+$");
        for (int i = 0; i < rolled.Rows.Length; i++)
        {
            var row = rolled.Rows[i];
            var cells = lines[4 + i].Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            cells[..5].Should().Equal(text.FormatCount(row.Rank!.Value), row.Code.ToString(), row.Name, text.CoverageLabel(row.KecamatanCoverage), text.FormatCount(row.Target));
            cells.Should().Contain(text.FormatCount(row.Realised!.Value)).And.Contain(text.BandName(row.Band)).And.Contain(text.FormatCount(row.Capacity!.Value));
        }

        lines[4 + rolled.Rows.Length].Should().BeEmpty();
        lines[5 + rolled.Rows.Length].Should().Be(text.Headline(rolled.Summary));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Format_ByRegency_ALineForTheWholeAndForEachRegionHeldInPart(string language)
    {
        var text = ReportText.FromCode(language);
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Regency);

        var lines = Lines(Format(rolled, text));

        int headline = Array.IndexOf(lines, text.Headline(rolled.Summary));
        var whole = Kecamatan.Summary.KecamatanCoverage;
        whole.IsPartial.Should().BeTrue("seven kecamatan of the nation");
        string[] partial = [text.PartialCoverageNote(whole, Kecamatan.NameOf(whole.Region)), .. rolled.Rows.Where(r => r.KecamatanCoverage.IsPartial).Select(r => text.PartialCoverageNote(r.KecamatanCoverage, r.Name))];
        partial.Should().HaveCount(1 + rolled.Rows.Length, "every kabupaten/kota of the fixture is held in part");
        lines[(headline + 1)..(headline + 1 + partial.Length)].Should().Equal(partial);
    }

    [Fact]
    public void Format_Nation_TheOnlyRowIsTheWhole_SoItsPartialLineIsNotRepeated()
    {
        var text = ReportText.English;
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Nation);

        var lines = Lines(Format(rolled, text));

        lines[0].Should().EndWith($" — {text.LevelPhrase(RegionLevel.Nation)}");
        lines[4].Should().Contain(RegionCode.Nation.ToString()).And.Contain("Indonesia");
        lines.Should().Contain("The nation did not meet the 15% recording target");
        lines.Count(l => l.StartsWith("Partial data: ", StringComparison.Ordinal)).Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Format_ByRegency_FindingsGroupedUnderTheRegionOfTheirKecamatan(string language)
    {
        var text = ReportText.FromCode(language);
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Regency);
        var groups = Kecamatan.Findings.GroupBy(f => f.Kecamatan.Regency).OrderBy(g => g.Key).ToList();
        groups.Should().HaveCountGreaterThan(1, "the fixture has findings in several kabupaten/kota");

        var found = FindingLines(Lines(Format(rolled, text)), text);

        var expected = new List<string>();
        foreach (var group in groups)
        {
            expected.Add(text.FindingsGroupHeading(Label(group.Key), group.Count(), group.Count()));
            foreach (var finding in group)
            {
                expected.Add($"  - [{text.SeverityName(finding.Severity)}] {finding.RuleId} {finding.Kecamatan} {Kecamatan.NameOf(finding.Kecamatan)}{(finding.Device is null ? string.Empty : $" {finding.Device}")}: {text.FindingMessage(finding)}");
                expected.Add($"    → {text.FindingAction(finding)}");
            }
        }

        found.Should().Equal(expected);
    }

    [Theory]
    [InlineData("en", 1)]
    [InlineData("en", 2)]
    [InlineData("id", 3)]
    public void Format_FindingsCut_ShowsTheMostSevere_SaysHowManyOfEachGroup_AndHowManyMore(string language, int most)
    {
        var text = ReportText.FromCode(language);
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Province);
        var all = Kecamatan.Findings;
        all.Length.Should().BeGreaterThan(most);
        var shown = all.Take(most).ToList();

        var found = FindingLines(Lines(Format(rolled, text, most)), text);

        var headings = shown.GroupBy(f => f.Kecamatan.Province).OrderBy(g => g.Key)
            .Select(g => text.FindingsGroupHeading(Label(g.Key), g.Count(), all.Count(f => f.Kecamatan.Province == g.Key)));
        found.Where(l => !l.StartsWith(' ')).Should().Equal([.. headings, text.MoreFindings(all.Length - most, all.Length)]);
        found.Where(l => l.StartsWith("  - [", StringComparison.Ordinal)).Select(l => l.Split(' ')[5]).Should().BeEquivalentTo(shown.Select(f => f.Kecamatan.ToString()));
    }

    [Fact]
    public void Format_FindingsAtLeastAsManyAsThereAre_ShowsThemAll_WithoutAMoreLine()
    {
        var text = ReportText.English;
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Regency);

        string cut = Format(rolled, text, Kecamatan.Findings.Length);

        cut.Should().Be(Format(rolled, text));
        Lines(cut).Should().NotContain(l => l.StartsWith("… and", StringComparison.Ordinal));
    }

    [Fact]
    public void Format_AtTheDataLevel_FindingsAreNotGrouped()
    {
        var text = ReportText.English;
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Kecamatan);

        var found = FindingLines(Lines(Format(rolled, text)), text);

        found.Where(l => l.StartsWith("- [", StringComparison.Ordinal)).Should().HaveCount(Kecamatan.Findings.Length);
        found.Should().OnlyContain(l => l.StartsWith("- [", StringComparison.Ordinal) || l.StartsWith("  → ", StringComparison.Ordinal));
    }

    [Fact]
    public void Format_WithoutFindings_SaysSo()
    {
        var text = ReportText.Indonesian;
        var quiet = Kecamatan.Within(KotaTangerang);
        quiet.Findings.Should().BeEmpty();

        var found = FindingLines(Lines(Format(LevelReport.Create(quiet, RegionLevel.Regency), text, 1)), text);

        found.Should().Equal(text.NoFindings);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Format_FewerThanOneFinding_Throws(int findings) =>
        ExactArgumentErrors.Throws<ArgumentOutOfRangeException>(
            () => PlainTextReport.Format(LevelReport.Create(Kecamatan, RegionLevel.Regency), ReportText.English, null, null, findings),
            "findings",
            ExactArgumentErrors.WithValue("Show at least 1 finding; give null for all.", "findings", findings));

    [Fact]
    public void Format_NarrowerThanTheMinimum_Throws() =>
        ExactArgumentErrors.Throws<ArgumentOutOfRangeException>(
            () => PlainTextReport.Format(LevelReport.Create(Kecamatan, RegionLevel.Regency), ReportText.English, null, PlainTextReport.MinimumWidth - 1, null),
            "width",
            ExactArgumentErrors.WithValue("A text report needs at least 80 characters a line; give null for no limit.", "width", 79));

    [Fact]
    public void Format_NullArguments_Throw()
    {
        ExactArgumentErrors.Throws<ArgumentNullException>(() => PlainTextReport.Format((LevelReport)null!, ReportText.English, null, null, null), "report", "Value cannot be null. (Parameter 'report')");
        ExactArgumentErrors.Throws<ArgumentNullException>(() => PlainTextReport.Format(LevelReport.Create(Kecamatan, RegionLevel.Regency), null!, null, null, null), "text", "Value cannot be null. (Parameter 'text')");
    }

    [Fact]
    public void Format_WithinAWidth_EveryLineFits()
    {
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Regency);

        var lines = Lines(PlainTextReport.Format(rolled, ReportText.Indonesian, "Sumber: contoh", PlainTextReport.MinimumWidth, 2));

        lines.Should().OnlyContain(l => l.Length <= PlainTextReport.MinimumWidth);
        lines.Should().Contain("Sumber: contoh");
    }
}
