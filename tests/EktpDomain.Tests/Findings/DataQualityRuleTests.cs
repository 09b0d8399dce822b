using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Findings;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Findings;

/// <summary>
/// R25 <c>data-quality</c>: an issue of an aggregate export dated in the window, or on a start edge of the window
/// (the last snapshot on or before the day before it), is a finding: L + P ≠ JML info, a parent ≠ its children warning.
/// </summary>
public class DataQualityRuleTests
{
    private static readonly RegionCode Sukamulya1 = new(36, 3, 27, 2001);
    private static readonly RegionCode SepatanTimur1 = new(36, 3, 30, 2001);

    private static Finding[] Evaluate(RecordingData data, DateInterval? window = null) =>
        [.. new DataQualityRule().Evaluate(new IncidentRuleContext(data, window ?? April))];

    /// <summary>Data from the exports' snapshots, with their issues.</summary>
    private static RecordingData Data(params AggregateExport[] exports)
    {
        var builder = CoverageSeries.CreateBuilder();
        foreach (var snapshot in exports.SelectMany(e => e.Snapshots))
        {
            builder.Add(snapshot.Date, snapshot.Region, snapshot.Eligible, snapshot.Recorded, snapshot.NotRecorded);
        }

        return RecordingData.FromSnapshots(builder.Build()) with { DataQuality = [.. exports.SelectMany(e => e.Issues)] };
    }

    /// <summary>An export of Sukamulya whose eligible men and women (500 + 480) do not add up to its total (1,000).</summary>
    private static AggregateExport SexSplit(LocalDate date, params RegionCode[] others)
    {
        var rows = new List<AggregateRow>
        {
            new(Sukamulya, new SexCounts(500, 480, 1_000), SexCounts.OfTotal(600), SexCounts.OfTotal(400)) { Name = "SUKAMULYA" },
        };
        rows.AddRange(others.Select(o => new AggregateRow(o, new SexCounts(10, 10, 30), SexCounts.OfTotal(5), null)));
        return AggregateExport.Read(date, rows);
    }

    private static DataQualityIssue IssueOf(Finding finding) => finding.Details.Should().BeOfType<DataQualityDetails>().Subject.Issue;

    /// <summary>Data of Sukamulya and Sepatan Timur with one snapshot each on <paramref name="snapshot"/>, and the hand-made issues.</summary>
    private static RecordingData HandMade(LocalDate snapshot, params DataQualityIssue[] issues)
    {
        var series = CoverageSeries.CreateBuilder().Add(snapshot, Sukamulya, 41_000, 26_300).Add(snapshot, SepatanTimur, 20_000, 8_000).Build();
        return RecordingData.FromSnapshots(series) with { DataQuality = [.. issues] };
    }

    [Fact]
    public void IssuesDatedInTheWindow_OrOnItsStartEdge_AreFindings_OthersAreNot()
    {
        // April is 2–30 April: the start edge is the last snapshot on or before 1 April, 31 March; 15 March is before it.
        var data = Data(SexSplit(D(3, 15)), SexSplit(D(3, 31)), SexSplit(Apr(2)), SexSplit(Apr(30)), SexSplit(D(5, 1)));

        var findings = Evaluate(data);

        findings.Select(f => f.Date).Should().Equal(D(3, 31), Apr(2), Apr(30));
        findings.Select(IssueOf).Should().Equal(data.DataQuality[1], data.DataQuality[2], data.DataQuality[3]);
    }

    [Fact]
    public void ASnapshotOnTheDayBeforeTheWindow_IsTheStartEdge()
    {
        var data = Data(SexSplit(D(3, 31)), SexSplit(Apr(1)));

        Evaluate(data).Select(f => f.Date).Should().Equal(Apr(1));
    }

    [Fact]
    public void TheStartEdgeOfAnyKecamatan_ReportsEveryIssueOfThatDate()
    {
        // Sepatan Timur's last snapshot before April is of 15 March, Sukamulya's of 31 March: both dates are start edges.
        var data = Data(SexSplit(D(3, 1), SepatanTimur), SexSplit(D(3, 15), SepatanTimur), SexSplit(D(3, 31)));

        var findings = Evaluate(data);

        findings.Select(f => (f.Date, IssueOf(f).Region)).Should().Equal(
            (D(3, 15), Sukamulya),
            (D(3, 15), SepatanTimur),
            (D(3, 31), Sukamulya));
    }

    [Fact]
    public void AnIssueOfADateWithoutASnapshot_BeforeTheWindow_IsNotAFinding()
    {
        var inWindow = new DataQualityIssue(Sukamulya, Apr(15), DataQualityKind.SexSplit, "eligible", 10, 9);
        var before = new DataQualityIssue(Sukamulya, D(3, 31), DataQualityKind.SexSplit, "eligible", 10, 9);

        var findings = Evaluate(HandMade(Apr(10), before, inWindow));

        findings.Select(IssueOf).Should().Equal(inWindow);
    }

    [Fact]
    public void DataWithoutSnapshots_ReportsTheIssuesInTheWindowOnly()
    {
        var population = EligiblePopulation.CreateBuilder().Add(Sukamulya, 41_000).Build();
        var issues = new[]
        {
            new DataQualityIssue(Sukamulya, D(3, 31), DataQualityKind.SexSplit, "eligible", 10, 9),
            new DataQualityIssue(Sukamulya, Apr(2), DataQualityKind.ChildrenSum, "recorded", 10, 9),
            new DataQualityIssue(Sukamulya, D(5, 1), DataQualityKind.SexSplit, "eligible", 10, 9),
        };
        var data = new RecordingData(population, RecordingLedger.CreateBuilder([Sukamulya]).Build()) with { DataQuality = [.. issues] };

        Evaluate(data).Select(IssueOf).Should().Equal(issues[1]);
    }

    [Fact]
    public void SeverityAndRegion_SexSplitIsInfo_ChildrenSumWarning_ADesaBelongsToItsKecamatan()
    {
        // 36.03: recorded 1,600 ≠ 500 + 1,000, not recorded 1,400 ≠ 600 + 900. 36.03.27: 550 + 540 ≠ 1,100; its desa
        // 36.03.27.2001: 300 + 300 ≠ 500; its desa add up to it. 36.03.30: its desa give 1,800 of 1,900 eligible, 800 of 900.
        var export = AggregateExport.Read(Apr(15), [
            new AggregateRow(Regency, SexCounts.OfTotal(3_000), SexCounts.OfTotal(1_600), SexCounts.OfTotal(1_400)) { Name = "KAB. TANGERANG" },
            new AggregateRow(Sukamulya, new SexCounts(550, 540, 1_100), SexCounts.OfTotal(500), SexCounts.OfTotal(600)),
            new AggregateRow(SepatanTimur, SexCounts.OfTotal(1_900), SexCounts.OfTotal(1_000), SexCounts.OfTotal(900)),
            new AggregateRow(Sukamulya1, new SexCounts(300, 300, 500), SexCounts.OfTotal(200), SexCounts.OfTotal(300)) { Name = "BENDA" },
            new AggregateRow(new RegionCode(36, 3, 27, 2002), SexCounts.OfTotal(600), SexCounts.OfTotal(300), SexCounts.OfTotal(300)),
            new AggregateRow(SepatanTimur1, SexCounts.OfTotal(1_800), SexCounts.OfTotal(1_000), SexCounts.OfTotal(800)),
        ]);

        var findings = Evaluate(Data(export));

        findings.Select(f => (f.Severity, f.Kecamatan, IssueOf(f).Region, IssueOf(f).Kind, IssueOf(f).Measure, IssueOf(f).Stated, IssueOf(f).Computed)).Should().BeEquivalentTo(new[]
        {
            (FindingSeverity.Info, Sukamulya, Sukamulya, DataQualityKind.SexSplit, "eligible", 1_100L, 1_090L),
            (FindingSeverity.Info, Sukamulya, Sukamulya1, DataQualityKind.SexSplit, "eligible", 500L, 600L),
            (FindingSeverity.Warning, Regency, Regency, DataQualityKind.ChildrenSum, "recorded", 1_600L, 1_500L),
            (FindingSeverity.Warning, Regency, Regency, DataQualityKind.ChildrenSum, "not recorded", 1_400L, 1_500L),
            (FindingSeverity.Warning, SepatanTimur, SepatanTimur, DataQualityKind.ChildrenSum, "eligible", 1_900L, 1_800L),
            (FindingSeverity.Warning, SepatanTimur, SepatanTimur, DataQualityKind.ChildrenSum, "not recorded", 900L, 800L),
        });
        findings.Should().OnlyContain(f => f.RuleId == "data-quality" && f.Device == null && f.Date == Apr(15));
        var desa = findings.Single(f => IssueOf(f).Region == Sukamulya1);
        desa.Kecamatan.Should().Be(Sukamulya);
        IssueOf(desa).Name.Should().Be("BENDA", "the details name the desa");
        findings.Zip(export.Issues).Should().OnlyContain(p => ReferenceEquals(IssueOf(p.First), p.Second));
    }

    [Fact]
    public void DataKeptPerKabupatenKota_GetsItsFindingsForTheKabupatenKota()
    {
        var export = AggregateExport.Read(Apr(15), [
            new AggregateRow(Regency, new SexCounts(1_000, 1_000, 2_100), SexCounts.OfTotal(1_500), null) { Name = "KAB. TANGERANG" },
            new AggregateRow(new RegionCode(36, 71), SexCounts.OfTotal(500), SexCounts.OfTotal(450), null),
        ]);

        var findings = Evaluate(Data(export));

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Kecamatan == Regency && f.Severity == FindingSeverity.Info && f.Date == Apr(15) && ((DataQualityDetails)f.Details).Issue == export.Issues[0]);
    }

    [Fact]
    public void AnIssueOfARegionWithoutAKecamatanOfTheData_IsNotAFinding()
    {
        // The data is Sukamulya and Sepatan Timur of 36.03; an issue of Kota Tangerang (36.71) or of one of its kecamatan
        // belongs to another plan. Issues of 36.03 and of the nation's regions above the data remain.
        var kotaTangerang = new RegionCode(36, 71);
        var data = HandMade(Apr(15),
            new DataQualityIssue(kotaTangerang, Apr(15), DataQualityKind.ChildrenSum, "recorded", 100, 90),
            new DataQualityIssue(new RegionCode(36, 71, 1, 1001), Apr(15), DataQualityKind.SexSplit, "eligible", 10, 9),
            new DataQualityIssue(Regency, Apr(15), DataQualityKind.ChildrenSum, "recorded", 100, 90),
            new DataQualityIssue(Sukamulya1, Apr(15), DataQualityKind.SexSplit, "eligible", 10, 9));

        Evaluate(data).Select(f => f.Kecamatan).Should().Equal(Regency, Sukamulya);
    }

    [Fact]
    public void NoIssues_NoFindings()
    {
        var data = RecordingData.FromSnapshots(CoverageSeries.CreateBuilder().Add(Apr(15), Sukamulya, 41_000, 26_300).Build());

        data.DataQuality.Should().BeEmpty();
        Evaluate(data).Should().BeEmpty();
        Evaluate(Data(AggregateExport.Read(Apr(15), [new AggregateRow(Sukamulya, new SexCounts(1, 2, 3), SexCounts.OfTotal(3), null)]))).Should().BeEmpty();
    }

    [Fact]
    public void Words_SexSplit_InBothLanguages()
    {
        var named = new DataQualityIssue(Sukamulya, Apr(15), DataQualityKind.SexSplit, "eligible", 41_000, 40_990) { Name = "SUKAMULYA" };
        var desa = new DataQualityIssue(Sukamulya1, Apr(15), DataQualityKind.SexSplit, "recorded", 26_300, 26_310);

        var findings = Evaluate(HandMade(Apr(15), named, desa));

        ReportText.English.FindingMessage(findings[0]).Should().Be(
            "In the export of 15 April 2012, 36.03.27 SUKAMULYA: eligible men + women = 40,990, but the total says 41,000 (a difference of 10); the total is used.");
        ReportText.Indonesian.FindingMessage(findings[0]).Should().Be(
            "Dalam unduhan 15 April 2012, 36.03.27 SUKAMULYA: wajib KTP laki-laki + perempuan = 40.990, tetapi jumlahnya 41.000 (selisih 10); yang dipakai jumlahnya.");
        findings[1].Kecamatan.Should().Be(Sukamulya);
        ReportText.English.FindingMessage(findings[1]).Should().Be(
            "In the export of 15 April 2012, 36.03.27.2001: recorded men + women = 26,310, but the total says 26,300 (a difference of -10); the total is used.");
        ReportText.Indonesian.FindingMessage(findings[1]).Should().Be(
            "Dalam unduhan 15 April 2012, 36.03.27.2001: sudah rekam laki-laki + perempuan = 26.310, tetapi jumlahnya 26.300 (selisih -10); yang dipakai jumlahnya.");
    }

    [Fact]
    public void Words_ChildrenSum_InBothLanguages()
    {
        var regency = new DataQualityIssue(Regency, D(3, 20), DataQualityKind.ChildrenSum, "not recorded", 1_234_567, 1_234_000) { Name = "KAB. TANGERANG" };
        var kecamatan = new DataQualityIssue(SepatanTimur, D(3, 20), DataQualityKind.ChildrenSum, "eligible", 950, 1_000);
        var march = new DateInterval(D(3, 1), D(3, 31));

        var findings = Evaluate(HandMade(D(3, 20), regency, kecamatan), march);

        findings.Select(f => f.Severity).Should().Equal(FindingSeverity.Warning, FindingSeverity.Warning);
        findings.Select(f => f.Kecamatan).Should().Equal(Regency, SepatanTimur);
        ReportText.English.FindingMessage(findings[0]).Should().Be(
            "In the export of 20 March 2012, 36.03 KAB. TANGERANG: not recorded 1,234,567 on its own row, but the rows below it add up to 1,234,000 (a difference of 567); the rows of the level reported are used.");
        ReportText.Indonesian.FindingMessage(findings[0]).Should().Be(
            "Dalam unduhan 20 Maret 2012, 36.03 KAB. TANGERANG: belum rekam 1.234.567 di barisnya sendiri, tetapi baris di bawahnya berjumlah 1.234.000 (selisih 567); yang dipakai baris tingkat yang dilaporkan.");
        ReportText.English.FindingMessage(findings[1]).Should().Be(
            "In the export of 20 March 2012, 36.03.30: eligible 950 on its own row, but the rows below it add up to 1,000 (a difference of -50); the rows of the level reported are used.");
        ReportText.Indonesian.FindingMessage(findings[1]).Should().Be(
            "Dalam unduhan 20 Maret 2012, 36.03.30: wajib KTP 950 di barisnya sendiri, tetapi baris di bawahnya berjumlah 1.000 (selisih -50); yang dipakai baris tingkat yang dilaporkan.");
    }

    [Fact]
    public void Words_TheActionInBothLanguages_AndTheMessageOfAnIssueRead()
    {
        var export = AggregateExport.Read(Apr(15), [
            new AggregateRow(Sukamulya, SexCounts.OfTotal(1_000), SexCounts.OfTotal(600), new SexCounts(200, 160, 400)) { Name = "SUKAMULYA" },
        ]);

        var finding = Evaluate(Data(export)).Should().ContainSingle().Subject;

        ReportText.English.FindingMessage(finding).Should().Be(
            "In the export of 15 April 2012, 36.03.27 SUKAMULYA: not recorded men + women = 360, but the total says 400 (a difference of 40); the total is used.");
        ReportText.Indonesian.FindingMessage(finding).Should().Be(
            "Dalam unduhan 15 April 2012, 36.03.27 SUKAMULYA: belum rekam laki-laki + perempuan = 360, tetapi jumlahnya 400 (selisih 40); yang dipakai jumlahnya.");
        ReportText.English.FindingAction(finding).Should().Be("Ask the Disdukcapil data officer to check this region's aggregate in SIAK and download it again.");
        ReportText.Indonesian.FindingAction(finding).Should().Be("Minta petugas data Disdukcapil memeriksa agregat wilayah ini di SIAK dan mengunduhnya kembali.");
    }

    [Fact]
    public void TheRule_IsInTheDefaultSet_AndItsFindingsCarryTheKecamatanName()
    {
        var data = Data(SexSplit(Apr(15)));

        DataQualityRule.RuleId.Should().Be("data-quality");
        new DataQualityRule().Id.Should().Be("data-quality");
        IncidentRuleSet.Default[DataQualityRule.RuleId].Should().BeOfType<DataQualityRule>();
        var finding = IncidentRuleSet.Default.Evaluate(new IncidentRuleContext(data, April)).Should().ContainSingle(f => f.RuleId == "data-quality").Subject;
        finding.KecamatanName.Should().Be("Sukamulya", "the data names no region, so the catalogue does");
        finding.Severity.Should().Be(FindingSeverity.Info);
        IncidentRuleSet.Default.Without(DataQualityRule.RuleId).Evaluate(new IncidentRuleContext(data, April)).Should().NotContain(f => f.RuleId == "data-quality");
    }

    [Fact]
    public void NullArguments_Throw()
    {
        FluentActions.Invoking(() => new DataQualityRule().Evaluate(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("context");
        FluentActions.Invoking(() => new DataQualityDetails(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("issue");
    }
}
