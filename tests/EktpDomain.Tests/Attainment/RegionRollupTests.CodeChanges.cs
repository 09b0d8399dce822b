using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Reporting;
using EktpDomain.Tests.Support;
using FluentAssertions;
using FluentAssertions.Execution;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Attainment;

/// <summary>
/// R24 in the roll-up: a row under a retired code stays a row of the report, and from the retirement on it rolls up
/// where its successors are, summed there but not counted among today's kecamatan.
/// </summary>
public partial class RegionRollupTests
{
    // Kabupaten Tangerang (36.03, DeviceFixtures.Regency) and Kota Tangerang Selatan (36.74), in Banten (36).
    private static readonly RegionCode Banten = new(36);
    private static readonly RegionCode KotaTangsel = new(36, 74);
    private static readonly RegionCode Jambe = new(36, 3, 4);
    private static readonly RegionCode Cisoka = new(36, 3, 5);
    private static readonly RegionCode SindangJaya = new(36, 3, 29);
    private static readonly RegionCode MekarBaru = new(36, 3, 33);
    private static readonly RegionCode Serpong = new(36, 74, 1);
    private static readonly RegionCode SerpongUtara = new(36, 74, 2);
    private static readonly RegionCode Setu = new(36, 74, 7);
    private static readonly RegionCode Tenjolaya = new(32, 1, 40);

    /// <summary>The day Kota Tangerang Selatan's codes took effect.</summary>
    private static readonly LocalDate Retired = new(2008, 12, 26);

    /// <summary>1–30 April 2008, before the change.</summary>
    private static readonly DateInterval April2008 = new(new LocalDate(2008, 4, 1), new LocalDate(2008, 4, 30));

    /// <summary>
    /// Cisoka 10,000 eligible (target 1,500 in April 2012), Kresek 8,000 (1,200), Serpong 20,000 (3,000), Serpong Utara
    /// 4,000 (600); recorded in April 2012 1,000, 400, 3,500 and 600, and in April 2008 700, 100, 200 and 50.
    /// </summary>
    private static RecordingData BeforeAndAfter(RegionCodeChanges changes) => new ScenarioBuilder()
        .Kecamatan(Cisoka, 10_000).Recorded(Cisoka, Apr(10), 1_000).Recorded(Cisoka, new LocalDate(2008, 4, 10), 700)
        .Kecamatan(Kresek, 8_000).Recorded(Kresek, Apr(10), 400).Recorded(Kresek, new LocalDate(2008, 4, 10), 100)
        .Kecamatan(Serpong, 20_000).Recorded(Serpong, Apr(10), 3_500).Recorded(Serpong, new LocalDate(2008, 4, 10), 200)
        .Kecamatan(SerpongUtara, 4_000).Recorded(SerpongUtara, Apr(10), 600).Recorded(SerpongUtara, new LocalDate(2008, 4, 10), 50)
        .Build() with { CodeChanges = changes };

    private static RegionCodeChanges Change(RegionCodeChangeKind kind, RegionCode old, params RegionCode[] codes)
    {
        var builder = RegionCodeChanges.CreateBuilder();
        foreach (var code in codes)
        {
            builder.Add(new RegionCodeChange(old, code, Retired, kind));
        }

        return builder.Build();
    }

    private static RegionCodeChanges CisokaRenamedSerpong => Change(RegionCodeChangeKind.Rename, Cisoka, Serpong);

    [Fact]
    public void CodeChanges_RenamedKecamatan_KeepsItsRow_AndRollsUpUnderItsSuccessorsRegency()
    {
        var data = BeforeAndAfter(CisokaRenamedSerpong);
        var report = AttainmentReport.Calculate(data, April);

        report.CodeChanges.Should().BeSameAs(data.CodeChanges);
        report.Rows.Select(r => r.Code).Should().BeEquivalentTo([Cisoka, Kresek, Serpong, SerpongUtara]);
        (report[Cisoka].Name, report[Cisoka].Eligible, report[Cisoka].Target, report[Cisoka].Realised).Should().Be(("Cisoka", 0L, 0L, (long?)1_000), "from its retirement a code has no eligible residents of its own, so no target");

        var nation = report.RollUp();
        nation.Children.Select(c => c.Code).Should().Equal(Banten);
        var banten = nation.Children.Single();
        banten.Children.Select(c => c.Code).Should().Equal(Regency, KotaTangsel);

        var tangerang = banten.Children[0];
        tangerang.Children.Select(c => c.Code).Should().Equal(Kresek);
        (tangerang.Eligible, tangerang.Target, tangerang.Realised, tangerang.KecamatanCount).Should().Be((8_000L, 1_200L, (long?)400, 1));

        var tangsel = banten.Children[1];
        tangsel.Name.Should().Be("Kota Tangerang Selatan");
        tangsel.Children.Select(c => c.Code).Should().Equal(Cisoka, Serpong, SerpongUtara);
        tangsel.Eligible.Should().Be(0 + 20_000 + 4_000);
        tangsel.Target.Should().Be(0 + 3_000 + 600);
        tangsel.Realised.Should().Be(1_000 + 3_500 + 600);
        tangsel.KecamatanCount.Should().Be(2, "Cisoka's code is retired: Serpong and Serpong Utara are today's kecamatan");
        tangsel.KecamatanCoverage.Should().Be(new KecamatanCoverage(KotaTangsel, 2, 7));

        var cisoka = tangsel.Children[0];
        (cisoka.Code, cisoka.Name, cisoka.Level).Should().Be((Cisoka, "Cisoka", RegionLevel.Kecamatan));
        (cisoka.Eligible, cisoka.Target, cisoka.Realised, cisoka.KecamatanCount).Should().Be((0L, 0L, (long?)1_000, 0));
        cisoka.Children.Should().BeEmpty();

        (banten.Eligible, banten.Target, banten.Realised, banten.KecamatanCount).Should().Be((32_000L, 4_800L, (long?)5_500, 3));
        (nation.Eligible, nation.Target, nation.Realised, nation.KecamatanCount).Should().Be((32_000L, 4_800L, (long?)5_500, 3));
        nation.Find(KotaTangsel).Should().BeSameAs(tangsel);
        nation.Find(Regency).Should().BeSameAs(tangerang);
    }

    [Fact]
    public void CodeChanges_BeforeTheRetirement_RowRollsUpUnderItsOwnRegency()
    {
        var report = AttainmentReport.Calculate(BeforeAndAfter(CisokaRenamedSerpong), April2008);

        var nation = report.RollUp();
        var tangerang = nation.Find(Regency)!;
        var tangsel = nation.Find(KotaTangsel)!;
        tangerang.Children.Select(c => c.Code).Should().Equal(Cisoka, Kresek);
        (tangerang.Eligible, tangerang.Realised, tangerang.KecamatanCount).Should().Be((18_000L, (long?)800, 2));
        tangerang.Target.Should().Be(report[Cisoka].Target + report[Kresek].Target);
        tangsel.Children.Select(c => c.Code).Should().Equal(Serpong, SerpongUtara);
        (tangsel.Eligible, tangsel.Realised, tangsel.KecamatanCount).Should().Be((24_000L, (long?)250, 2));
        nation.Find(Cisoka)!.KecamatanCount.Should().Be(1);
        nation.KecamatanCount.Should().Be(4);
        report.Summary.KecamatanCoverage.Should().Be(new KecamatanCoverage(Banten, 4, 155));
        ReportNotes.For(report, ReportText.English).Should().BeEmpty();
        ReportNotes.For(report, ReportText.Indonesian).Should().BeEmpty();
    }

    [Theory]
    [InlineData(2008, 12, 25, "36.03")]
    [InlineData(2008, 12, 26, "36.74")]
    [InlineData(2008, 12, 27, "36.74")]
    public void CodeChanges_WindowEndingOnOrAfterTheRetirement_RollsUpWithTheSuccessor(int year, int month, int day, string parent)
    {
        // Each window starts before the retirement: only its last day counts.
        var window = new DateInterval(new LocalDate(2008, 12, 1), new LocalDate(year, month, day));

        var nation = AttainmentReport.Calculate(BeforeAndAfter(CisokaRenamedSerpong), window).RollUp();

        nation.Find(RegionCode.Parse(parent))!.Children.Select(c => c.Code).Should().Contain(Cisoka);
        nation.GetRegions(RegionLevel.Regency).Where(r => r.Children.Any(c => c.Code == Cisoka)).Should().ContainSingle();
    }

    [Fact]
    public void CodeChanges_SeveralKecamatanMergedIntoOne_AllRollUpWithIt()
    {
        var changes = RegionCodeChanges.CreateBuilder()
            .Add(new RegionCodeChange(Cisoka, Serpong, Retired, RegionCodeChangeKind.Merge))
            .Add(new RegionCodeChange(Jambe, Serpong, Retired, RegionCodeChangeKind.Merge))
            .Build();
        var data = new ScenarioBuilder()
            .Kecamatan(Jambe, 2_000).Recorded(Jambe, Apr(10), 100)
            .Kecamatan(Cisoka, 10_000).Recorded(Cisoka, Apr(10), 1_000)
            .Kecamatan(Kresek, 8_000).Recorded(Kresek, Apr(10), 400)
            .Kecamatan(Serpong, 20_000).Recorded(Serpong, Apr(10), 3_500)
            .Build() with { CodeChanges = changes };

        var report = AttainmentReport.Calculate(data, April);
        var nation = report.RollUp();

        var tangsel = nation.Find(KotaTangsel)!;
        tangsel.Children.Select(c => c.Code).Should().Equal(Jambe, Cisoka, Serpong);
        (tangsel.Eligible, tangsel.Target, tangsel.Realised, tangsel.KecamatanCount).Should().Be((20_000L, 3_000L, (long?)4_600, 1), "the merged codes have no eligible residents of their own from the merger");
        nation.Find(Regency)!.Children.Select(c => c.Code).Should().Equal(Kresek);
        nation.KecamatanCount.Should().Be(2);
        report.Summary.KecamatanCoverage.Should().Be(new KecamatanCoverage(Banten, 2, 155));
        ReportNotes.For(report, ReportText.English).Select(n => n[..n.IndexOf(';', System.StringComparison.Ordinal)]).Should().Equal(
            "36.03.04 Jambe was merged into 36.74.01 from 26 December 2008",
            "36.03.05 Cisoka was merged into 36.74.01 from 26 December 2008");
    }

    [Fact]
    public void CodeChanges_SplitWithinOneRegency_RollsUpUnderThatRegency()
    {
        var report = AttainmentReport.Calculate(BeforeAndAfter(Change(RegionCodeChangeKind.Split, Cisoka, MekarBaru, SindangJaya)), April);

        var nation = report.RollUp();
        var tangerang = nation.Find(Regency)!;
        tangerang.Children.Select(c => c.Code).Should().Equal(Cisoka, Kresek);
        (tangerang.Eligible, tangerang.Target, tangerang.Realised, tangerang.KecamatanCount).Should().Be((8_000L, 1_200L, (long?)1_400, 1));
        tangerang.Children[0].KecamatanCount.Should().Be(0);
        nation.Find(KotaTangsel)!.Children.Select(c => c.Code).Should().Equal(Serpong, SerpongUtara);
        report.Summary.KecamatanCoverage.Should().Be(new KecamatanCoverage(Banten, 3, 155));
        ReportNotes.For(report, ReportText.English).Should().Equal(
            "36.03.05 Cisoka was split into 36.03.29, 36.03.33 from 26 December 2008; its figures roll up into 36.03 Kabupaten Tangerang");
        ReportNotes.For(report, ReportText.Indonesian).Should().Equal(
            "36.03.05 Cisoka dimekarkan menjadi 36.03.29, 36.03.33 sejak 26 Desember 2008; angkanya dijumlahkan ke 36.03 Kabupaten Tangerang");
    }

    [Fact]
    public void CodeChanges_SplitAcrossTwoRegencies_RollsUpDirectlyUnderTheProvince()
    {
        var report = AttainmentReport.Calculate(BeforeAndAfter(Change(RegionCodeChangeKind.Split, Cisoka, Setu, MekarBaru)), April);

        var nation = report.RollUp();
        var banten = nation.Children.Should().ContainSingle().Which;
        banten.Children.Select(c => c.Code).Should().Equal(Regency, Cisoka, KotaTangsel);
        var cisoka = banten.Children[1];
        (cisoka.Level, cisoka.Eligible, cisoka.Target, cisoka.Realised, cisoka.KecamatanCount).Should().Be((RegionLevel.Kecamatan, 0L, 0L, (long?)1_000, 0));
        var tangerang = banten.Children[0];
        tangerang.Children.Select(c => c.Code).Should().Equal(Kresek);
        (tangerang.Eligible, tangerang.Target, tangerang.Realised, tangerang.KecamatanCount).Should().Be((8_000L, 1_200L, (long?)400, 1));
        var tangsel = banten.Children[2];
        tangsel.Children.Select(c => c.Code).Should().Equal(Serpong, SerpongUtara);
        (tangsel.Eligible, tangsel.Target, tangsel.Realised, tangsel.KecamatanCount).Should().Be((24_000L, 3_600L, (long?)4_100, 2));

        (banten.Eligible, banten.Target, banten.Realised, banten.KecamatanCount).Should().Be((32_000L, 4_800L, (long?)5_500, 3));
        banten.Eligible.Should().Be(report.Rows.Sum(r => r.Eligible));
        banten.Target.Should().Be(report.Rows.Sum(r => r.Target));
        banten.Realised.Should().Be(report.Rows.Sum(r => r.Realised!.Value));
        banten.Eligible.Should().Be(banten.Children.Sum(c => c.Eligible));
        nation.GetRegions(RegionLevel.Regency).Select(r => r.Code).Should().Equal(Regency, KotaTangsel);
        report.Summary.KecamatanCoverage.Should().Be(new KecamatanCoverage(Banten, 3, 155));
        report.Summary.Target.Should().Be(4_800);
        report.Summary.Realised.Should().Be(5_500);
        ReportNotes.For(report, ReportText.English).Should().Equal(
            "36.03.05 Cisoka was split into 36.03.33, 36.74.07 from 26 December 2008; its figures roll up into 36 Banten");
        ReportNotes.For(report, ReportText.Indonesian).Should().Equal(
            "36.03.05 Cisoka dimekarkan menjadi 36.03.33, 36.74.07 sejak 26 Desember 2008; angkanya dijumlahkan ke 36 Banten");
    }

    [Fact]
    public void CodeChanges_SplitAcrossProvinces_RollsUpDirectlyUnderTheNation()
    {
        var report = AttainmentReport.Calculate(BeforeAndAfter(Change(RegionCodeChangeKind.Split, Cisoka, MekarBaru, Tenjolaya)), April);

        var nation = report.RollUp();
        nation.Children.Select(c => c.Code).Should().Equal(Banten, Cisoka);
        nation.Children[1].KecamatanCount.Should().Be(0);
        var banten = nation.Children[0];
        banten.Children.Select(c => c.Code).Should().Equal(Regency, KotaTangsel);
        (banten.Eligible, banten.Target, banten.Realised, banten.KecamatanCount).Should().Be((32_000L, 4_800L, (long?)4_500, 3));
        (nation.Eligible, nation.Target, nation.Realised, nation.KecamatanCount).Should().Be((32_000L, 4_800L, (long?)5_500, 3));
        report.Summary.KecamatanCoverage.Should().Be(new KecamatanCoverage(RegionCode.Nation, 3, 7_285));
    }

    [Fact]
    public void CodeChanges_ChainOfRenames_RollsUpWhereTheChainStandsAtTheWindowsEnd()
    {
        // Cisoka renamed 36.03.33 from 2008 (still Kabupaten Tangerang), then 36.03.33 renamed 36.74.07 from July 2015.
        var changes = RegionCodeChanges.CreateBuilder()
            .Add(new RegionCodeChange(Cisoka, MekarBaru, Retired, RegionCodeChangeKind.Rename))
            .Add(new RegionCodeChange(MekarBaru, Setu, new LocalDate(2015, 7, 1), RegionCodeChangeKind.Rename))
            .Build();
        var data = BeforeAndAfter(changes);

        var in2012 = AttainmentReport.Calculate(data, April);
        var in2015 = AttainmentReport.Calculate(data, new DateInterval(new LocalDate(2015, 7, 1), new LocalDate(2015, 7, 31)));

        in2012.RollUp().Find(Regency)!.Children.Select(c => c.Code).Should().Equal(Cisoka, Kresek);
        in2012.RollUp().Find(Regency)!.KecamatanCount.Should().Be(1);
        in2015.RollUp().Find(KotaTangsel)!.Children.Select(c => c.Code).Should().Equal(Cisoka, Serpong, SerpongUtara);
        in2015.RollUp().Find(Regency)!.Children.Select(c => c.Code).Should().Equal(Kresek);
        in2015.RollUp().Find(KotaTangsel)!.KecamatanCount.Should().Be(2);
    }

    [Fact]
    public void CodeChanges_SummaryCoverage_CountsOnlyTodaysCodes_ButTotalsEveryRow()
    {
        var report = AttainmentReport.Calculate(BeforeAndAfter(CisokaRenamedSerpong), April);

        report.Rows.Should().HaveCount(4);
        report.Summary.KecamatanCoverage.Should().Be(new KecamatanCoverage(Banten, 3, 155));
        report.Summary.KecamatanCoverage.ToString().Should().Be("36: 3 of 155 kecamatan");
        report.Summary.Target.Should().Be(4_800);
        report.Summary.Realised.Should().Be(5_500);
        report.RollUp().KecamatanCoverage.Should().Be(new KecamatanCoverage(RegionCode.Nation, 3, 7_285));
    }

    [Fact]
    public void CodeChanges_OnlyTheRetiredCodesSuccessorRegion_IsTheSummaryRegion()
    {
        // Cisoka (renamed 36.74.01) beside Serpong Utara: both roll up in Kota Tangerang Selatan.
        var data = new ScenarioBuilder()
            .Kecamatan(Cisoka, 10_000).Recorded(Cisoka, Apr(10), 1_000)
            .Kecamatan(SerpongUtara, 4_000).Recorded(SerpongUtara, Apr(10), 600)
            .Build() with { CodeChanges = CisokaRenamedSerpong };

        var report = AttainmentReport.Calculate(data, April);

        report.Summary.KecamatanCoverage.Should().Be(new KecamatanCoverage(KotaTangsel, 1, 7));
        report.RollUp().Children.Single().Children.Select(c => c.Code).Should().Equal(KotaTangsel);
    }

    [Fact]
    public void CodeChanges_Notes_RenameAndMerge_NameTheRegencyTheFiguresRollUpInto()
    {
        using var scope = new AssertionScope();
        var renamed = AttainmentReport.Calculate(BeforeAndAfter(CisokaRenamedSerpong), April);
        var merged = AttainmentReport.Calculate(BeforeAndAfter(Change(RegionCodeChangeKind.Merge, Cisoka, Serpong)), April);

        ReportNotes.For(renamed, ReportText.English).Should().Equal(
            "36.03.05 Cisoka was renamed 36.74.01 from 26 December 2008; its figures roll up into 36.74 Kota Tangerang Selatan");
        ReportNotes.For(renamed, ReportText.Indonesian).Should().Equal(
            "36.03.05 Cisoka berganti kode menjadi 36.74.01 sejak 26 Desember 2008; angkanya dijumlahkan ke 36.74 Kota Tangerang Selatan");
        ReportNotes.For(merged, ReportText.English).Should().Equal(
            "36.03.05 Cisoka was merged into 36.74.01 from 26 December 2008; its figures roll up into 36.74 Kota Tangerang Selatan");
        ReportNotes.For(merged, ReportText.Indonesian).Should().Equal(
            "36.03.05 Cisoka digabung ke 36.74.01 sejak 26 Desember 2008; angkanya dijumlahkan ke 36.74 Kota Tangerang Selatan");

        // A chain: renamed 36.03.33 from 2008 (Kabupaten Tangerang), and 36.03.33 renamed 36.74.07 from July 2015.
        var chain = BeforeAndAfter(RegionCodeChanges.CreateBuilder()
            .Add(new RegionCodeChange(Cisoka, MekarBaru, Retired, RegionCodeChangeKind.Rename))
            .Add(new RegionCodeChange(MekarBaru, Setu, new LocalDate(2015, 7, 1), RegionCodeChangeKind.Rename))
            .Build());
        ReportNotes.For(AttainmentReport.Calculate(chain, April), ReportText.English).Should().Equal(
            "36.03.05 Cisoka was renamed 36.03.33 from 26 December 2008; its figures roll up into 36.03 Kabupaten Tangerang");
        ReportNotes.For(AttainmentReport.Calculate(chain, new DateInterval(new LocalDate(2015, 7, 1), new LocalDate(2015, 7, 31))), ReportText.English).Should().Equal(
            "36.03.05 Cisoka was renamed 36.03.33 from 26 December 2008; its figures roll up into 36.74 Kota Tangerang Selatan");
    }

    [Fact]
    public void CodeChanges_Notes_AreInCodeOrder_OnePerRetiredRow()
    {
        var changes = RegionCodeChanges.CreateBuilder()
            .Add(new RegionCodeChange(Kresek, MekarBaru, Retired, RegionCodeChangeKind.Split))
            .Add(new RegionCodeChange(Kresek, Setu, Retired, RegionCodeChangeKind.Split))
            .Add(new RegionCodeChange(Cisoka, MekarBaru, Retired, RegionCodeChangeKind.Split))
            .Add(new RegionCodeChange(Cisoka, SindangJaya, Retired, RegionCodeChangeKind.Split))
            .Add(new RegionCodeChange(Setu, new RegionCode(36, 74, 6), new LocalDate(2013, 1, 1), RegionCodeChangeKind.Rename))
            .Build();

        var report = AttainmentReport.Calculate(BeforeAndAfter(changes), April);

        ReportNotes.For(report, ReportText.English).Should().Equal(
            "36.03.05 Cisoka was split into 36.03.29, 36.03.33 from 26 December 2008; its figures roll up into 36.03 Kabupaten Tangerang",
            "36.03.06 Kresek was split into 36.03.33, 36.74.07 from 26 December 2008; its figures roll up into 36 Banten");
    }

    [Fact]
    public void CodeChanges_Find_FindsARetiredRowWhereItRollsUp()
    {
        var renamed = AttainmentReport.Calculate(BeforeAndAfter(CisokaRenamedSerpong), April).RollUp();
        var split = AttainmentReport.Calculate(BeforeAndAfter(Change(RegionCodeChangeKind.Split, Cisoka, Setu, MekarBaru)), April).RollUp();

        renamed.Find(Cisoka).Should().BeSameAs(renamed.Find(KotaTangsel)!.Children[0]);
        split.Find(Cisoka).Should().BeSameAs(split.Find(Banten)!.Children[1]);
    }

    [Fact]
    public void CodeChanges_GetRegions_AreInCodeOrder()
    {
        var nation = AttainmentReport.Calculate(BeforeAndAfter(CisokaRenamedSerpong), April).RollUp();

        nation.GetRegions(RegionLevel.Kecamatan).Select(r => r.Code).Should().Equal(Cisoka, Kresek, Serpong, SerpongUtara);
    }

    [Fact]
    public void CodeChanges_ReportWithoutKecamatan_IsAnEmptyNation()
    {
        var data = new ScenarioBuilder().Build() with { CodeChanges = CisokaRenamedSerpong };

        var report = AttainmentReport.Calculate(data, April);

        report.Summary.KecamatanCoverage.Should().Be(new KecamatanCoverage(RegionCode.Nation, 0, 7_285));
        report.RollUp().Children.Should().BeEmpty();
    }
}
