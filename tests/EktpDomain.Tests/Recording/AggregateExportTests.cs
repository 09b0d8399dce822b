using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Recording;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Recording;

/// <summary>
/// R25: an aggregate export (a SIAK download) read as snapshots. The level reported, the snapshots and names it gives,
/// the data-quality issues (L + P ≠ JML, a parent ≠ the sum of its children) and the errors, each at its row's source.
/// </summary>
public class AggregateExportTests
{
    private const string R20 = "; the three figures must agree (eligible = recorded + not recorded).";
    private const string LevelRule = "; an aggregate row is of a kabupaten/kota, a kecamatan or a desa/kelurahan.";

    private static readonly LocalDate Day = Apr(30);
    private static readonly RegionCode KotaTangerang = new(36, 71);
    private static readonly RegionCode KecamatanTangerang = new(36, 71, 1);
    private static readonly RegionCode Sukamulya1 = new(36, 3, 27, 2001);
    private static readonly RegionCode Sukamulya2 = new(36, 3, 27, 2002);
    private static readonly RegionCode SepatanTimur1 = new(36, 3, 30, 2001);

    private static SourceLocation Line(int line) => new("agr.csv", line);

    /// <summary>A row of totals alone (JML), as an export without L and P columns gives it.</summary>
    private static AggregateRow Row(RegionCode region, long eligible, long recorded, long? notRecorded = null, int line = 0, string? name = null) =>
        new(region, SexCounts.OfTotal(eligible), SexCounts.OfTotal(recorded), notRecorded is long n ? SexCounts.OfTotal(n) : null)
        {
            Name = name,
            Source = line == 0 ? SourceLocation.None : Line(line),
        };

    private static SexCounts LP(long? men, long? women, long total) => new(men, women, total);

    private static DataQualityIssue Issue(RegionCode region, DataQualityKind kind, string measure, long stated, long computed, int line, string? name = null) =>
        new(region, Day, kind, measure, stated, computed) { Name = name, Source = Line(line) };

    private static string[] Problems(params AggregateRow[] rows)
    {
        AggregateExport.TryRead(Day, rows, out var export, out var problems).Should().BeFalse();
        export.Should().BeNull();
        return [.. problems.Select(p => p.ToString())];
    }

    // The level reported, the snapshots and the names

    [Fact]
    public void KecamatanRows_AreTheLevelReported_TheKabupatenAndDesaRowsOnlyCrossChecks()
    {
        var export = AggregateExport.Read(Day, [
            Row(Regency, 3_000, 1_500, 1_500, 2, "KAB. TANGERANG"),
            Row(SepatanTimur, 1_900, 1_000, 900, 3, "SEPATAN TIMUR"),
            Row(Sukamulya, 1_100, 500, 600, 4, "SUKAMULYA"),
            Row(Sukamulya1, 1_100, 500, 600, 5, "BENDA"),
        ]);

        export.Date.Should().Be(Day);
        export.Level.Should().Be(RegionLevel.Kecamatan);
        export.Snapshots.Should().Equal(
            new CoverageSnapshot(Sukamulya, Day, 1_100, 500, 600),
            new CoverageSnapshot(SepatanTimur, Day, 1_900, 1_000, 900));
        export.Issues.Should().BeEmpty("the kabupaten/kota and the desa add up");
        export.Names.OrderBy(n => n.Key).Should().Equal([Named(Sukamulya, "SUKAMULYA"), Named(SepatanTimur, "SEPATAN TIMUR")], "only the regions of the level reported are named");
    }

    [Fact]
    public void KabupatenKotaRowsAlone_AreTheLevelReported_InCodeOrder_WithTheNotRecordedCountWhenGiven()
    {
        var export = AggregateExport.Read(Day, [
            Row(KotaTangerang, 500, 450, null, 2, "KOTA TANGERANG"),
            Row(Regency, 3_000, 1_500, 1_500, 3, "KAB. TANGERANG"),
        ]);

        export.Level.Should().Be(RegionLevel.Regency);
        export.Snapshots.Should().Equal(
            new CoverageSnapshot(Regency, Day, 3_000, 1_500, 1_500),
            new CoverageSnapshot(KotaTangerang, Day, 500, 450, null));
        export.Snapshots[1].NotRecorded.Should().BeNull();
        export.Issues.Should().BeEmpty();
        export.Names.OrderBy(n => n.Key).Should().Equal([Named(Regency, "KAB. TANGERANG"), Named(KotaTangerang, "KOTA TANGERANG")]);
    }

    [Fact]
    public void KecamatanSnapshots_AreInCodeOrder_WithAndWithoutTheNotRecordedCount_AndAnUnnamedRowIsNotInNames()
    {
        var export = AggregateExport.Read(Day, [
            Row(SepatanTimur, 800, 500, 300, 2, "SEPATAN TIMUR"),
            Row(Sukamulya, 1_000, 1_100, null, 3),
            Row(Kronjo, 0, 0, 0, 4, "KRONJO"),
        ]);

        export.Snapshots.Select(s => (s.Region, s.Date, s.Eligible, s.Recorded, s.NotRecorded)).Should().Equal(
            (Kronjo, Day, 0L, 0L, (long?)0),
            (Sukamulya, Day, 1_000L, 1_100L, (long?)null),
            (SepatanTimur, Day, 800L, 500L, (long?)300));
        export.Names.OrderBy(n => n.Key).Should().Equal([Named(Kronjo, "KRONJO"), Named(SepatanTimur, "SEPATAN TIMUR")]);
    }

    [Fact]
    public void DesaRowsAlone_RollUpToTheirKecamatan_WithTheNotRecordedCount_WhenEveryDesaGivesIt()
    {
        var export = AggregateExport.Read(Day, [
            Row(SepatanTimur1, 100, 20, 80, 2, "KEDAUNG BARAT"),
            Row(Sukamulya2, 450, 300, 150, 3, "SUKAMULYA"),
            Row(Sukamulya1, 500, 300, 200, 4, "BENDA"),
        ]);

        export.Level.Should().Be(RegionLevel.Kecamatan);
        export.Snapshots.Should().Equal(
            new CoverageSnapshot(Sukamulya, Day, 950, 600, 350),
            new CoverageSnapshot(SepatanTimur, Day, 100, 20, 80));
        export.Issues.Should().BeEmpty();
        export.Names.Should().BeEmpty("the export names its desa, not the kecamatan they make up");
    }

    [Fact]
    public void DesaRowsAlone_AKecamatanWithADesaWithoutTheNotRecordedCount_HasNone()
    {
        var export = AggregateExport.Read(Day, [
            Row(Sukamulya1, 500, 300, 200, 2),
            Row(Sukamulya2, 450, 300, null, 3),
            Row(SepatanTimur1, 100, 20, 80, 4),
        ]);

        export.Snapshots.Should().Equal(
            new CoverageSnapshot(Sukamulya, Day, 950, 600, null),
            new CoverageSnapshot(SepatanTimur, Day, 100, 20, 80));
    }

    [Fact]
    public void DesaRowsAlone_TheKecamatanTakesTheFirstDesasSource_AndItsSumsAreCheckedAgainstR20()
    {
        // 950 ≠ 600 + 300: the kecamatan the desa make up breaks R20, reported at the first desa in input order.
        var problems = Problems(
            Row(Sukamulya2, 450, 300, 100, 2),
            Row(Sukamulya1, 500, 300, 200, 3),
            Row(SepatanTimur1, 100, 20, 80, 4));

        problems.Should().Equal("agr.csv:2: eligible 950 is not recorded 600 + not recorded 300" + R20);
    }

    [Fact]
    public void DesaRowsBesideKecamatanRows_OfAKecamatanWithoutItsOwnRow_MakeUpThatKecamatan()
    {
        // A desa is a cross-check of its kecamatan's row when there is one; when there is none, dropping the desa would
        // lose its residents, so its kecamatan is made of its desa as in an export of desa rows alone.
        var export = AggregateExport.Read(Day, [
            Row(Sukamulya, 100, 10, 90, 2),
            Row(SepatanTimur1, 50, 5, 45, 3),
        ]);

        export.Snapshots.Should().Equal(new CoverageSnapshot(Sukamulya, Day, 100, 10, 90), new CoverageSnapshot(SepatanTimur, Day, 50, 5, 45));
        export.Issues.Should().BeEmpty();
    }

    // Data-quality issues

    [Fact]
    public void SexSplit_EveryMeasureWhoseMenAndWomenDoNotAddUpToItsTotal_IsAnIssue_AndTheTotalIsUsed()
    {
        var export = AggregateExport.Read(Day, [
            new AggregateRow(Sukamulya, LP(500, 480, 1_000), LP(300, 320, 600), LP(200, 160, 400)) { Name = "SUKAMULYA", Source = Line(2) },
        ]);

        export.Issues.Should().Equal(
            Issue(Sukamulya, DataQualityKind.SexSplit, "eligible", 1_000, 980, 2, "SUKAMULYA"),
            Issue(Sukamulya, DataQualityKind.SexSplit, "recorded", 600, 620, 2, "SUKAMULYA"),
            Issue(Sukamulya, DataQualityKind.SexSplit, "not recorded", 400, 360, 2, "SUKAMULYA"));
        export.Issues.Select(i => i.Difference).Should().Equal(20, -20, 40);
        export.Issues[0].ToString().Should().Be("36.03.27 on 2012-04-30: eligible 1000, computed 980 (SexSplit)");
        export.Snapshots.Should().Equal(new CoverageSnapshot(Sukamulya, Day, 1_000, 600, 400));
    }

    [Fact]
    public void SexSplit_IsCheckedOnlyWhenBothPartsAreGiven()
    {
        var export = AggregateExport.Read(Day, [
            new AggregateRow(Kronjo, LP(500, null, 1_000), LP(null, 1, 600), null),
            new AggregateRow(Sukamulya, LP(null, null, 1_000), SexCounts.OfTotal(600), null),
            new AggregateRow(SepatanTimur, LP(500, 500, 1_000), LP(0, 600, 600), LP(400, 0, 400)),
        ]);

        export.Issues.Should().BeEmpty();
    }

    [Fact]
    public void SexSplit_IsCheckedOnEveryRow_KabupatenKotaAndDesaToo_InCodeOrder()
    {
        var export = AggregateExport.Read(Day, [
            new AggregateRow(Sukamulya1, LP(1_000, 1_000, 2_100), SexCounts.OfTotal(1_000), null) { Name = "BENDA", Source = Line(2) },
            new AggregateRow(Sukamulya, SexCounts.OfTotal(2_100), SexCounts.OfTotal(1_000), null) { Source = Line(3) },
            new AggregateRow(Regency, LP(1_050, 1_000, 2_100), SexCounts.OfTotal(1_000), null) { Name = "KAB. TANGERANG", Source = Line(4) },
        ]);

        export.Issues.Should().Equal(
            Issue(Regency, DataQualityKind.SexSplit, "eligible", 2_100, 2_050, 4, "KAB. TANGERANG"),
            Issue(Sukamulya1, DataQualityKind.SexSplit, "eligible", 2_100, 2_000, 2, "BENDA"));
        export.Issues.Select(i => i.Difference).Should().Equal(50, 100);
    }

    [Fact]
    public void SexSplit_WhosePartsSumBeyond64Bits_ShowsTheLimitAsComputed()
    {
        var export = AggregateExport.Read(Day, [
            new AggregateRow(Sukamulya, LP(long.MaxValue, 1, 5), SexCounts.OfTotal(5), null) { Source = Line(2) },
        ]);

        export.Issues.Should().Equal(Issue(Sukamulya, DataQualityKind.SexSplit, "eligible", 5, long.MaxValue, 2));
        export.Issues[0].Difference.Should().Be(-9_223_372_036_854_775_802);
    }

    [Fact]
    public void ChildrenSum_AKabupatenKotaRowWhoseKecamatanDoNotAddUp_IsAnIssuePerMeasure()
    {
        // 36.03: 1,000 + 1,900 = 2,900 eligible ≠ 3,000; 400 + 1,000 = 1,400 recorded ≠ 1,500; 600 + 900 = 1,500 not recorded.
        // 36.71 adds up, and has no not-recorded count to compare. The desa of 36.03.27 is not part of 36.03's sum.
        var export = AggregateExport.Read(Day, [
            Row(Regency, 3_000, 1_500, 1_500, 2, "KAB. TANGERANG"),
            Row(Sukamulya, 1_000, 400, 600, 3),
            Row(SepatanTimur, 1_900, 1_000, 900, 4),
            Row(KotaTangerang, 500, 450, null, 5),
            Row(KecamatanTangerang, 500, 450, 50, 6),
            Row(Sukamulya1, 1_000, 400, 600, 7),
        ]);

        export.Level.Should().Be(RegionLevel.Kecamatan);
        export.Issues.Should().Equal(
            Issue(Regency, DataQualityKind.ChildrenSum, "eligible", 3_000, 2_900, 2, "KAB. TANGERANG"),
            Issue(Regency, DataQualityKind.ChildrenSum, "recorded", 1_500, 1_400, 2, "KAB. TANGERANG"));
        export.Issues.Select(i => i.Difference).Should().Equal(100, 100);
        export.Snapshots.Select(s => s.Region).Should().Equal(Sukamulya, SepatanTimur, KecamatanTangerang);
    }

    [Fact]
    public void ChildrenSum_AKabupatenKotaRowWithoutKecamatanRowsInside_IsNotChecked()
    {
        var export = AggregateExport.Read(Day, [
            Row(KotaTangerang, 9_999, 9_999, null, 2),
            Row(Sukamulya, 1_000, 400, 600, 3),
        ]);

        export.Issues.Should().BeEmpty();
    }

    [Fact]
    public void ChildrenSum_TheNotRecordedCount_IsComparedOnlyWhenTheParentAndEveryPartGiveIt()
    {
        var parentWithout = AggregateExport.Read(Day, [
            Row(Regency, 3_000, 1_500, null, 2),
            Row(Sukamulya, 1_100, 500, 600, 3),
            Row(SepatanTimur, 1_900, 1_000, 900, 4),
        ]);
        var lastPartWithout = AggregateExport.Read(Day, [
            Row(Regency, 3_000, 1_500, 7, 2),
            Row(Sukamulya, 1_100, 500, 600, 3),
            Row(SepatanTimur, 1_900, 1_000, null, 4),
        ]);

        parentWithout.Issues.Should().BeEmpty();
        lastPartWithout.Issues.Should().BeEmpty();
    }

    [Fact]
    public void ChildrenSum_APartWithoutTheNotRecordedCount_BeforeOthersWithIt_IsNotComparedEither()
    {
        // SepatanTimur gives no not-recorded count, so 36.03's 1,500 cannot be checked; today it is compared with
        // Sukamulya's 600 alone: a ChildrenSum issue "not recorded 1500, computed 600".
        var export = AggregateExport.Read(Day, [
            Row(Regency, 3_000, 1_500, 1_500, 2),
            Row(SepatanTimur, 1_900, 1_000, null, 3),
            Row(Sukamulya, 1_100, 500, 600, 4),
        ]);

        export.Issues.Should().BeEmpty();
    }

    [Fact]
    public void ChildrenSum_AKecamatanRowWhoseDesaDoNotAddUp_IsAnIssue_AndTheKecamatanRowIsUsed()
    {
        // 36.03.27: 500 + 450 = 950 eligible ≠ 1,000; 300 + 300 = 600 recorded; 200 + 150 = 350 not recorded ≠ 400.
        // 36.03.30 has no desa rows beside it: nothing to compare.
        var export = AggregateExport.Read(Day, [
            Row(Sukamulya, 1_000, 600, 400, 2, "SUKAMULYA"),
            Row(Sukamulya1, 500, 300, 200, 3, "BENDA"),
            Row(Sukamulya2, 450, 300, 150, 4),
            Row(SepatanTimur, 800, 500, 300, 5),
        ]);

        export.Issues.Should().Equal(
            Issue(Sukamulya, DataQualityKind.ChildrenSum, "eligible", 1_000, 950, 2, "SUKAMULYA"),
            Issue(Sukamulya, DataQualityKind.ChildrenSum, "not recorded", 400, 350, 2, "SUKAMULYA"));
        export.Issues.Select(i => i.Difference).Should().Equal(50, 50);
        export.Issues[1].ToString().Should().Be("36.03.27 on 2012-04-30: not recorded 400, computed 350 (ChildrenSum)");
        export.Snapshots.Should().Equal(
            new CoverageSnapshot(Sukamulya, Day, 1_000, 600, 400),
            new CoverageSnapshot(SepatanTimur, Day, 800, 500, 300));
        export.Names.OrderBy(n => n.Key).Should().Equal([Named(Sukamulya, "SUKAMULYA")]);
    }

    [Fact]
    public void ChildrenSum_AKabupatenKotaRowOverDesaAlone_IsComparedWithTheKecamatanTheyMakeUp()
    {
        // The desa make up 36.03.27 (950, 600, 350) and 36.03.30 (100, 20, 80): 1,050, 620 and 430 against 1,100, 650 and 450.
        var export = AggregateExport.Read(Day, [
            Row(Regency, 1_100, 650, 450, 2, "KAB. TANGERANG"),
            Row(Sukamulya1, 500, 300, 200, 3),
            Row(Sukamulya2, 450, 300, 150, 4),
            Row(SepatanTimur1, 100, 20, 80, 5),
        ]);

        export.Level.Should().Be(RegionLevel.Kecamatan);
        export.Issues.Should().Equal(
            Issue(Regency, DataQualityKind.ChildrenSum, "eligible", 1_100, 1_050, 2, "KAB. TANGERANG"),
            Issue(Regency, DataQualityKind.ChildrenSum, "recorded", 650, 620, 2, "KAB. TANGERANG"),
            Issue(Regency, DataQualityKind.ChildrenSum, "not recorded", 450, 430, 2, "KAB. TANGERANG"));
        export.Issues.Select(i => i.Difference).Should().Equal(50, 30, 20);
        export.Snapshots.Should().Equal(
            new CoverageSnapshot(Sukamulya, Day, 950, 600, 350),
            new CoverageSnapshot(SepatanTimur, Day, 100, 20, 80));
    }

    [Fact]
    public void ChildrenSum_OfKabupatenKotaRowsAlone_IsNotChecked()
    {
        var export = AggregateExport.Read(Day, [
            Row(Regency, 3_000, 1_500, 1_500, 2),
            Row(KotaTangerang, 500, 450, 50, 3),
        ]);

        export.Level.Should().Be(RegionLevel.Regency);
        export.Issues.Should().BeEmpty();
    }

    [Fact]
    public void ChildrenSum_BeyondTheLastPart64Bits_IsNotAFigureToCompare()
    {
        // 2^63 − 1 + 1 eligible cannot be summed: the eligible measure of 36.03 is not compared, the recorded one is.
        var export = AggregateExport.Read(Day, [
            Row(Regency, 5, 3, null, 2),
            Row(Sukamulya, long.MaxValue, 0, null, 3),
            Row(SepatanTimur, 1, 0, null, 4),
        ]);

        export.Issues.Should().Equal(Issue(Regency, DataQualityKind.ChildrenSum, "recorded", 3, 0, 2));
        export.Snapshots.Select(s => s.Eligible).Should().Equal(long.MaxValue, 1);
    }

    [Fact]
    public void ChildrenSum_BeyondA64BitSumBeforeTheLastPart_IsNotComparedEither()
    {
        // 2^63 − 1 + 1 overflows before Kronjo: the sum must not restart at 0 and compare 36.03's 5 with Kronjo's 4
        // alone. A sum beyond 64 bits is not compared, wherever the part that passes the limit stands.
        var export = AggregateExport.Read(Day, [
            Row(Regency, 5, 0, null, 2),
            Row(Sukamulya, long.MaxValue, 0, null, 3),
            Row(SepatanTimur, 1, 0, null, 4),
            Row(Kronjo, 4, 0, null, 5),
        ]);

        export.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Issues_AreInCodeOrder_WhateverTheirKind()
    {
        var export = AggregateExport.Read(Day, [
            Row(Regency, 3_100, 1_500, null, 2),
            new AggregateRow(Sukamulya, LP(500, 500, 1_100), SexCounts.OfTotal(500), null) { Source = Line(3) },
            Row(SepatanTimur, 1_900, 1_000, null, 4),
        ]);

        export.Issues.Select(i => (i.Region, i.Kind)).Should().Equal(
            (Regency, DataQualityKind.ChildrenSum),
            (Sukamulya, DataQualityKind.SexSplit));
    }

    // Errors

    [Fact]
    public void TryRead_CollectsEveryProblem_AtItsRowsSource()
    {
        var problems = Problems(
            Row(Kresek, 100, 10, 80, 2),
            Row(new RegionCode(36), 100, 10, 90, 3),
            Row(RegionCode.Nation, 100, 10, 90, 4),
            Row(Sukamulya, 100, 10, 90, 5),
            Row(Sukamulya, 100, 10, 90, 6),
            new AggregateRow(SepatanTimur, LP(-1, 5, 4), SexCounts.OfTotal(4), null) { Source = Line(7) },
            new AggregateRow(Kronjo, SexCounts.OfTotal(3), LP(5, -2, 3), null) { Source = Line(8) },
            new AggregateRow(Sukamulya1, SexCounts.OfTotal(3), SexCounts.OfTotal(6), SexCounts.OfTotal(-3)) { Source = Line(9) });

        problems.Should().BeEquivalentTo(
            "agr.csv:2: eligible 100 is not recorded 10 + not recorded 80" + R20,
            "agr.csv:3: '36' is a province code" + LevelRule,
            "agr.csv:4: '0' is a nation code" + LevelRule,
            "agr.csv:6: a second row of 36.03.27 (agr.csv:5 has the first); give one row per region.",
            "agr.csv:7: eligible -1 of 36.03.30 is negative; it must be 0 or more.",
            "agr.csv:8: recorded -2 of 36.03.07 is negative; it must be 0 or more.",
            "agr.csv:9: not recorded -3 of 36.03.27.2001 is negative; it must be 0 or more.");
    }

    [Fact]
    public void TryRead_ListsTheProblemsInInputOrder()
    {
        AggregateExport.TryRead(Day, [
            Row(SepatanTimur, 100, 10, 80, 2),
            Row(Sukamulya, 100, 10, 70, 3),
            Row(new RegionCode(36), 100, 10, 90, 4),
        ], out _, out var problems).Should().BeFalse();

        problems.Select(p => p.Location).Should().Equal(Line(2), Line(3), Line(4));
    }

    [Fact]
    public void Negative_OnlyTheFirstNegativeCountOfARowIsReported_MenWomenOrTotal()
    {
        var problems = Problems(
            new AggregateRow(Sukamulya, LP(-1, -2, -3), SexCounts.OfTotal(-4), SexCounts.OfTotal(-5)) { Source = Line(2) },
            new AggregateRow(SepatanTimur, LP(1, 2, 3), LP(1, 1, -2), SexCounts.OfTotal(1)) { Source = Line(3) },
            new AggregateRow(Kronjo, LP(1, 2, 3), LP(1, 2, 3), LP(null, -7, 0)) { Source = Line(4) });

        problems.Should().Equal(
            "agr.csv:2: eligible -1 of 36.03.27 is negative; it must be 0 or more.",
            "agr.csv:3: recorded -2 of 36.03.30 is negative; it must be 0 or more.",
            "agr.csv:4: not recorded -7 of 36.03.07 is negative; it must be 0 or more.");
    }

    [Fact]
    public void ARegionTwice_WithoutASource_NamesNoLocation_EvenWithEqualFigures()
    {
        AggregateExport.TryRead(Day, [Row(Sukamulya, 100, 10, 90), Row(Sukamulya, 100, 10, 90)], out _, out var problems).Should().BeFalse();

        problems.Should().ContainSingle().Which.Should().Match<DataProblem>(p =>
            p.Location == SourceLocation.None && p.Message == "a second row of 36.03.27; give one row per region.");
    }

    [Fact]
    public void ADesaTwice_IsAProblem_NamingTheFirst()
    {
        Problems(Row(Sukamulya1, 10, 1, 9, 2), Row(Sukamulya1, 10, 1, 9, 3))
            .Should().Equal("agr.csv:3: a second row of 36.03.27.2001 (agr.csv:2 has the first); give one row per region.");
    }

    [Fact]
    public void R20_IsCheckedOnTheRowsReported_NotOnTheRowsAboveOrBelow()
    {
        // 36.03 (3,000 ≠ 1,500 + 1) and the desa (10 ≠ 1 + 1) are cross-checks only; 36.03.30's 100 ≠ 10 + 80 is an error.
        var problems = Problems(
            Row(Regency, 3_000, 1_500, 1, 2),
            Row(Sukamulya, 100, 10, 90, 3),
            Row(Sukamulya1, 10, 1, 1, 4),
            Row(SepatanTimur, 100, 10, 80, 5));

        problems.Should().Equal("agr.csv:5: eligible 100 is not recorded 10 + not recorded 80" + R20);
    }

    [Fact]
    public void AKecamatanMadeOfItsDesa_TakesItsFirstDesasPlace_AmongTheProblems()
    {
        // 36.03.27 has no row of its own: its desa (lines 2 and 6) sum to 20 ≠ 2 + 2, a problem at its first desa's place,
        // so it comes before Sepatan Timur's problem at line 4.
        AggregateExport.TryRead(Day, [
            Row(Sukamulya1, 10, 1, 1, 2),
            Row(SepatanTimur, 100, 10, 80, 4),
            Row(Sukamulya2, 10, 1, 1, 6),
        ], out _, out var problems).Should().BeFalse();

        problems.Select(p => p.Location).Should().Equal(Line(2), Line(4));
    }

    [Fact]
    public void DesaSumsBeyond64Bits_NameTheDesaThatFirstPassesTheLimit()
    {
        var problems = Problems(
            Row(Sukamulya1, long.MaxValue - 1, 0, null, 2),
            Row(Sukamulya2, 5, 0, null, 3),
            Row(new RegionCode(36, 3, 27, 2003), 5, 0, null, 4));

        problems.Should().Equal("agr.csv:3: the desa/kelurahan of 36.03.27 sum beyond the 64-bit limit of about 9.2 × 10^18 with 36.03.27.2002; check for a corrupt count.");
    }

    [Fact]
    public void NoRows_IsAProblem_WithoutALocation()
    {
        AggregateExport.TryRead(Day, [], out var export, out var problems).Should().BeFalse();

        export.Should().BeNull();
        problems.Should().ContainSingle().Which.Should().Match<DataProblem>(p =>
            p.Location == SourceLocation.None && p.Message == "the export has no kabupaten/kota, kecamatan or desa/kelurahan row.");
    }

    [Fact]
    public void OnlyRowsOfUnusableLevels_AreTheirOwnProblems_NotAlsoAnEmptyExport()
    {
        Problems(Row(new RegionCode(36), 100, 10, 90, 2))
            .Should().Equal("agr.csv:2: '36' is a province code" + LevelRule);
    }

    [Fact]
    public void Read_Throws_DataValidationException_ListingEveryProblem()
    {
        AggregateRow[] rows = [Row(Sukamulya, 100, 10, 90, 2), Row(Sukamulya, 100, 10, 80, 3), Row(SepatanTimur, 100, 10, 80, 4)];

        var thrown = FluentActions.Invoking(() => AggregateExport.Read(Day, rows)).Should().ThrowExactly<DataValidationException>().Which;

        thrown.Problems.Select(p => p.ToString()).Should().Equal(
            "agr.csv:3: a second row of 36.03.27 (agr.csv:2 has the first); give one row per region.",
            "agr.csv:4: eligible 100 is not recorded 10 + not recorded 80" + R20);
        thrown.Message.Should().Be(string.Join(Environment.NewLine, thrown.Problems.Select(p => p.ToString())));
    }

    [Fact]
    public void TryRead_OnSuccess_ReturnsNoProblems_AndNullRowsThrow()
    {
        AggregateExport.TryRead(Day, [Row(Sukamulya, 100, 10, 90)], out var export, out var problems).Should().BeTrue();

        export!.Snapshots.Should().Equal(new CoverageSnapshot(Sukamulya, Day, 100, 10, 90));
        problems.IsDefault.Should().BeFalse();
        problems.Should().BeEmpty();
        FluentActions.Invoking(() => AggregateExport.Read(Day, null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("rows");
        FluentActions.Invoking(() => AggregateExport.TryRead(Day, null!, out _, out _)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("rows");
    }

    [Fact]
    public void Issues_AreNotReported_WhenTheExportHasProblems()
    {
        AggregateExport.TryRead(Day, [
            new AggregateRow(Sukamulya, LP(1, 1, 100), SexCounts.OfTotal(10), SexCounts.OfTotal(80)) { Source = Line(2) },
        ], out var export, out var problems).Should().BeFalse();

        export.Should().BeNull();
        problems.Select(p => p.ToString()).Should().Equal("agr.csv:2: eligible 100 is not recorded 10 + not recorded 80" + R20);
    }

    [Fact]
    public void DesaSummedBeyond64Bits_IsAProblem_NotAnOverflowException()
    {
        AggregateRow[] rows = [Row(Sukamulya1, long.MaxValue, 0, null, 2), Row(Sukamulya2, 1, 0, null, 3)];

        AggregateExport.TryRead(Day, rows, out var export, out var problems).Should().BeFalse();
        export.Should().BeNull();
        problems.Should().ContainSingle().Which.Message.Should().Contain("64-bit");
        FluentActions.Invoking(() => AggregateExport.Read(Day, rows)).Should().ThrowExactly<DataValidationException>();
    }

    private static KeyValuePair<RegionCode, string> Named(RegionCode region, string name) => new(region, name);
}
