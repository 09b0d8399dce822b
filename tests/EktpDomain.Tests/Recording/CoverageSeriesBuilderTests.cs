using System;
using System.Linq;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Recording;

/// <summary>R20: the coverage series builder collects every bad row at its source, in input order, and is used once.</summary>
public class CoverageSeriesBuilderTests
{
    private const string LevelRule = "; a snapshot is of a kecamatan (PP.KK.CC) or a kabupaten/kota (PP.KK).";
    private const string Beyond64Bits = "this snapshot makes the counts, summed over the regions, go beyond the 64-bit limit of about 9.2 × 10^18; check for a corrupt count.";
    private const string Used = "This builder has already built its coverage series; create a new builder.";

    private static readonly RegionCode KotaTangerang = new(36, 71);

    private static SourceLocation Line(int line) => new("snapshots.csv", line);

    [Fact]
    public void Build_CollectsEveryRowProblem_AtItsSource_InInputOrder()
    {
        var builder = CoverageSeries.CreateBuilder([Sukamulya, SepatanTimur])
            .Add(Apr(30), Sukamulya, 100, 10, 90, Line(2))
            .Add(Apr(30), new RegionCode(36, 3, 27, 2001), 100, 10, null, Line(3))
            .Add(Apr(30), Kresek, 100, 10, null, Line(4))
            .Add(Apr(30), Sukamulya, 100, 20, null, Line(5))
            .Add(Apr(29), Sukamulya, -1, 0, null, Line(6))
            .Add(Apr(28), Sukamulya, 10, -2, null, Line(7))
            .Add(Apr(27), Sukamulya, 100, 10, 80, Line(8))
            .Add(Apr(1), SepatanTimur, 50, 5, null, Line(9))
            .Add(Apr(1), Regency, 50, 5, null, Line(10))
            .Add(Apr(1), new RegionCode(36), 50, 5, null, Line(11))
            .Add(Apr(1), RegionCode.Nation, 50, 5, null, Line(12));

        builder.Count.Should().Be(11, "Count counts every row added, valid or not");
        builder.TryBuild(out var series, out var problems).Should().BeFalse();

        series.Should().BeNull();
        problems.Select(p => p.Location).Should().Equal(Line(3), Line(4), Line(5), Line(6), Line(7), Line(8), Line(10), Line(11), Line(12));
        problems.Select(p => p.ToString()).Should().Equal(
            "snapshots.csv:3: '36.03.27.2001' is a village code" + LevelRule,
            "snapshots.csv:4: unknown kecamatan '36.03.06': it is not in the list of regions.",
            "snapshots.csv:5: a second snapshot of 36.03.27 on 2012-04-30 (snapshots.csv:2 has the first); give one per region and date.",
            "snapshots.csv:6: eligible -1 is negative; it must be 0 or more.",
            "snapshots.csv:7: recorded -2 is negative; it must be 0 or more.",
            "snapshots.csv:8: eligible 100 is not recorded 10 + not recorded 80; the three figures must agree (eligible = recorded + not recorded).",
            "snapshots.csv:10: unknown kabupaten/kota '36.03': it is not in the list of regions.",
            "snapshots.csv:11: '36' is a province code" + LevelRule,
            "snapshots.csv:12: '0' is a nation code" + LevelRule);
    }

    [Fact]
    public void Build_Throws_DataValidationException_ListingEveryProblem()
    {
        var builder = CoverageSeries.CreateBuilder()
            .Add(Apr(30), Sukamulya, 100, 110, -5, Line(2))
            .Add(Apr(30), Sukamulya, 100, 110, -10, Line(3))
            .Add(Apr(30), Sukamulya, 100, 110, null, Line(4));

        var thrown = FluentActions.Invoking(() => builder.Build()).Should().ThrowExactly<DataValidationException>().Which;

        thrown.Problems.Select(p => p.ToString()).Should().Equal(
            "snapshots.csv:2: eligible 100 is not recorded 110 + not recorded -5; the three figures must agree (eligible = recorded + not recorded).",
            "snapshots.csv:4: a second snapshot of 36.03.27 on 2012-04-30 (snapshots.csv:3 has the first); give one per region and date.");
        thrown.Message.Should().Be(string.Join(Environment.NewLine, thrown.Problems.Select(p => p.ToString())));
    }

    [Fact]
    public void Add_WithoutSource_NamesNoLocation()
    {
        var builder = CoverageSeries.CreateBuilder()
            .Add(Apr(30), Sukamulya, 100, 10)
            .Add(Apr(30), Sukamulya, 100, 10, 90)
            .Add(Apr(30), Regency, 100, 10);

        builder.TryBuild(out _, out var problems).Should().BeFalse();
        problems.Select(p => p.ToString()).Should().Equal(
            "a second snapshot of 36.03.27 on 2012-04-30; give one per region and date.",
            "'36.03' is a kabupaten/kota, but the series holds kecamatan snapshots; one series holds one level.");
        problems.Should().OnlyContain(p => p.Location == SourceLocation.None);
    }

    [Fact]
    public void Add_SecondLevel_IsAProblem_NamingWhereTheFirstLevelCameFrom()
    {
        var builder = CoverageSeries.CreateBuilder()
            .Add(Apr(1), new RegionCode(36, 3, 27, 2001), 10, 1, null, Line(2))   // refused: it does not set the level
            .Add(Apr(1), Regency, 1_000, 100, null, Line(3))
            .Add(Apr(1), Sukamulya, 10, 1, null, Line(4))
            .Add(Apr(2), KotaTangerang, 1_000, 100, null, Line(5))
            .Add(Apr(3), SepatanTimur, 10, 1, null, Line(6));

        builder.TryBuild(out _, out var problems).Should().BeFalse();
        problems.Select(p => p.ToString()).Should().Equal(
            "snapshots.csv:2: '36.03.27.2001' is a village code" + LevelRule,
            "snapshots.csv:4: '36.03.27' is a kecamatan, but the series holds kabupaten/kota snapshots (from snapshots.csv:3); one series holds one level.",
            "snapshots.csv:6: '36.03.30' is a kecamatan, but the series holds kabupaten/kota snapshots (from snapshots.csv:3); one series holds one level.");
    }

    [Fact]
    public void Add_KabupatenAfterKecamatan_IsAProblem()
    {
        var builder = CoverageSeries.CreateBuilder()
            .Add(Apr(1), Sukamulya, 10, 1, null, Line(2))
            .Add(Apr(1), Regency, 1_000, 100, null, Line(3));

        FluentActions.Invoking(() => builder.Build()).Should().Throw<DataValidationException>().Which.Problems.Should().ContainSingle()
            .Which.ToString().Should().Be("snapshots.csv:3: '36.03' is a kabupaten/kota, but the series holds kecamatan snapshots (from snapshots.csv:2); one series holds one level.");
    }

    [Fact]
    public void Add_SameRegionOnAnotherDate_AndAnotherRegionOnTheSameDate_AreNotDuplicates()
    {
        var series = CoverageSeries.CreateBuilder()
            .Add(Apr(30), Sukamulya, 100, 10, null, Line(2))
            .Add(Apr(29), Sukamulya, 100, 10, null, Line(3))
            .Add(Apr(30), SepatanTimur, 100, 10, null, Line(4))
            .Build();

        series.Count.Should().Be(3);
    }

    [Fact]
    public void Add_DuplicateOfARefusedRow_IsNotReportedAsASecondSnapshot()
    {
        // The first row is refused, so the second is the region's only snapshot on that date.
        var builder = CoverageSeries.CreateBuilder()
            .Add(Apr(30), Sukamulya, -1, 10, null, Line(2))
            .Add(Apr(30), Sukamulya, 100, 10, null, Line(3));

        builder.TryBuild(out _, out var problems).Should().BeFalse();
        problems.Select(p => p.ToString()).Should().Equal("snapshots.csv:2: eligible -1 is negative; it must be 0 or more.");
    }

    [Fact]
    public void Build_EligibleSummedOverRegionsBeyond64Bits_IsAProblem_NotAnOverflow()
    {
        var builder = CoverageSeries.CreateBuilder()
            .Add(Apr(1), Sukamulya, long.MaxValue, 0, null, Line(2))
            .Add(Apr(1), SepatanTimur, 1, 0, null, Line(3));

        builder.TryBuild(out var series, out var problems).Should().BeFalse();

        series.Should().BeNull();
        problems.Should().ContainSingle();
        problems[0].Location.Should().Be(Line(3), "the row that pushes the sum over the limit is named");
        problems[0].ToString().Should().Be("snapshots.csv:3: " + Beyond64Bits);
    }

    [Fact]
    public void Build_RecordedSummedOverRegionsBeyond64Bits_IsAProblem()
    {
        // Eligible sums to 2; recorded (over-coverage) sums beyond the limit. Regions on different dates still count:
        // the check is on each region's largest count.
        var builder = CoverageSeries.CreateBuilder()
            .Add(Apr(1), Sukamulya, 1, long.MaxValue, null, Line(2))
            .Add(Apr(2), SepatanTimur, 1, 1, null, Line(3));

        FluentActions.Invoking(() => builder.Build()).Should().Throw<DataValidationException>()
            .Which.Problems.Select(p => p.ToString()).Should().Equal("snapshots.csv:3: " + Beyond64Bits);
    }

    [Fact]
    public void Build_SumsOverRegions_AreProblemsOfTheirRows_InInputOrder()
    {
        var builder = CoverageSeries.CreateBuilder()
            .Add(Apr(1), Sukamulya, long.MaxValue, 0, null, Line(2))
            .Add(Apr(1), SepatanTimur, 1, 0, null, Line(3))
            .Add(Apr(1), Kresek, -1, 0, null, Line(4));

        builder.TryBuild(out _, out var problems).Should().BeFalse();
        problems.Select(p => p.ToString()).Should().Equal("snapshots.csv:3: " + Beyond64Bits, "snapshots.csv:4: eligible -1 is negative; it must be 0 or more.");
    }

    [Fact]
    public void Build_LargestCountsPerRegionUpToTheLimit_AreFine_ARegionsCountsAreNeverSummedOverDates()
    {
        var series = CoverageSeries.CreateBuilder()
            .Add(Apr(1), Sukamulya, long.MaxValue - 1, long.MaxValue - 1, null, Line(2))
            .Add(Apr(2), Sukamulya, long.MaxValue - 1, long.MaxValue - 1, null, Line(3))
            .Add(Apr(1), SepatanTimur, 1, 1, null, Line(4))
            .Build();

        series.Count.Should().Be(3);
        series.GetLatest(Sukamulya, Apr(30))!.Value.Recorded.Should().Be(long.MaxValue - 1);
    }

    [Fact]
    public void Build_RowsOutOfOrder_AreSortedByRegionAndDate()
    {
        var series = CoverageSeries.CreateBuilder([Sukamulya, SepatanTimur, Kresek])
            .Add(Apr(30), SepatanTimur, 100, 30, null, Line(2))
            .Add(Apr(30), Sukamulya, 100, 50, null, Line(3))
            .Add(Apr(1), Sukamulya, 100, 10, null, Line(4))
            .Add(Apr(15), Sukamulya, 100, 20, null, Line(5))
            .Add(Apr(10), SepatanTimur, 100, 20, null, Line(6))
            .Build();

        series.RegionCodes.Should().Equal(Sukamulya, SepatanTimur);
        series.GetSnapshots(Sukamulya).Select(s => s.Date).Should().Equal(Apr(1), Apr(15), Apr(30));
        series.GetSnapshots(Sukamulya).Select(s => s.Recorded).Should().Equal(10, 20, 50);
        series.GetSnapshots(SepatanTimur).Select(s => s.Date).Should().Equal(Apr(10), Apr(30));
        series.Contains(Kresek).Should().BeFalse("a region given to the builder without snapshots is not part of the series");
    }

    [Fact]
    public void Build_KeepsTheFiguresOfEachRow()
    {
        var series = CoverageSeries.CreateBuilder([Regency, KotaTangerang])
            .Add(Apr(30), KotaTangerang, 900_000, 950_000, -50_000, Line(2))
            .Add(Apr(30), Regency, 2_000_000, 1_250_000, null, Line(3))
            .Build();

        series.Level.Should().Be(RegionLevel.Regency);
        series.GetSnapshots(KotaTangerang).Should().Equal(new CoverageSnapshot(KotaTangerang, Apr(30), 900_000, 950_000, -50_000));
        series.GetSnapshots(Regency).Should().Equal(new CoverageSnapshot(Regency, Apr(30), 2_000_000, 1_250_000));
    }

    [Fact]
    public void EmptyBuilder_BuildsAnEmptyKecamatanSeries()
    {
        var builder = CoverageSeries.CreateBuilder();
        builder.Count.Should().Be(0);

        var series = builder.Build();

        series.Level.Should().Be(RegionLevel.Kecamatan);
        series.Count.Should().Be(0);
        series.RegionCodes.Should().BeEmpty();
        series.Span.Should().BeNull();
        series.ToString().Should().Be("CoverageSeries: 0 kecamatan, 0 snapshots");
    }

    [Fact]
    public void Builder_IsUsedOnce_AfterBuild()
    {
        var builder = CoverageSeries.CreateBuilder().Add(Apr(1), Sukamulya, 10, 1);
        builder.Build();

        FluentActions.Invoking(() => builder.Build()).Should().ThrowExactly<InvalidOperationException>().WithMessage(Used);
        FluentActions.Invoking(() => builder.TryBuild(out _, out _)).Should().ThrowExactly<InvalidOperationException>().WithMessage(Used);
        FluentActions.Invoking(() => builder.Add(Apr(2), Sukamulya, 10, 1)).Should().ThrowExactly<InvalidOperationException>().WithMessage(Used);
        FluentActions.Invoking(() => builder.Add(Apr(2), Sukamulya, 10, 1, 9)).Should().ThrowExactly<InvalidOperationException>().WithMessage(Used);
        FluentActions.Invoking(() => builder.Add(Apr(2), Sukamulya, 10, 1, 9, Line(3))).Should().ThrowExactly<InvalidOperationException>().WithMessage(Used);
        builder.Count.Should().Be(1, "a refused Add does not count");
    }

    [Fact]
    public void Builder_IsUsedOnce_AlsoAfterAFailedBuild()
    {
        var builder = CoverageSeries.CreateBuilder().Add(Apr(1), Sukamulya, -1, 1);
        builder.TryBuild(out _, out _).Should().BeFalse();

        FluentActions.Invoking(() => builder.Build()).Should().ThrowExactly<InvalidOperationException>().WithMessage(Used);
        FluentActions.Invoking(() => builder.Add(Apr(2), Sukamulya, 10, 1)).Should().ThrowExactly<InvalidOperationException>().WithMessage(Used);
    }

    [Fact]
    public void TryBuild_Succeeds_WithNoProblems()
    {
        CoverageSeries.CreateBuilder([Sukamulya]).Add(Apr(1), Sukamulya, 10, 1).TryBuild(out var series, out var problems).Should().BeTrue();

        series!.Count.Should().Be(1);
        problems.Should().BeEmpty();
    }

    public static TheoryData<RegionCode[], string> MixedOrInvalidRegions => new()
    {
        { [Sukamulya, Regency], "'36.03' is a kabupaten/kota code" },
        { [Regency, KotaTangerang, Sukamulya], "'36.03.27' is a kecamatan code" },
        { [Sukamulya, new RegionCode(36, 3, 27, 2001)], "'36.03.27.2001' is a village code" },
        { [new RegionCode(36)], "'36' is a province code" },
        { [RegionCode.Nation], "'0' is a nation code" },
    };

    [Theory]
    [MemberData(nameof(MixedOrInvalidRegions))]
    public void CreateBuilder_RegionsOfTwoLevelsOrNeither_ThrowsArgumentException(RegionCode[] regions, string start) =>
        ExactArgumentErrors.Throws<ArgumentException>(
            () => CoverageSeries.CreateBuilder(regions),
            "regions",
            start + "; the regions of a series are all kecamatan (PP.KK.CC) or all kabupaten/kota (PP.KK). (Parameter 'regions')");

    [Fact]
    public void CreateBuilder_NullRegions_Throws() =>
        FluentActions.Invoking(() => CoverageSeries.CreateBuilder(null!)).Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("regions");

    [Fact]
    public void CreateBuilder_NoRegions_RefusesEverySnapshot()
    {
        var builder = CoverageSeries.CreateBuilder([]).Add(Apr(1), Sukamulya, 10, 1, null, Line(2));

        builder.TryBuild(out _, out var problems).Should().BeFalse();
        problems.Select(p => p.ToString()).Should().Equal("snapshots.csv:2: unknown kecamatan '36.03.27': it is not in the list of regions.");
    }

    [Fact]
    public void Problems_MaskANikUsedAsACount()
    {
        var builder = CoverageSeries.CreateBuilder().Add(Apr(1), Sukamulya, 10, 3603274107950001, -5, Line(2));

        builder.TryBuild(out _, out var problems).Should().BeFalse();
        problems.Select(p => p.ToString()).Should().Equal(
            "snapshots.csv:2: eligible 10 is not recorded 360327******0001 + not recorded -5; the three figures must agree (eligible = recorded + not recorded).");
    }

    [Fact]
    public void Build_OneDate_SpanIsThatDay()
    {
        var series = CoverageSeries.CreateBuilder().Add(new LocalDate(2011, 12, 31), Regency, 10, 1).Build();

        series.Span!.Start.Should().Be(new LocalDate(2011, 12, 31));
        series.Span.End.Should().Be(new LocalDate(2011, 12, 31));
        series.Level.Should().Be(RegionLevel.Regency);
    }
}
