using System;
using System.Linq;
using EktpDomain.Regions;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Regions;

/// <summary>R24: the code-change builder collects every bad row at its source, then checks the set, and is used once.</summary>
public class RegionCodeChangesBuilderTests
{
    private const string Levels = " must both be kecamatan codes (PP.KK.CC) or both kabupaten/kota codes (PP.KK).";
    private const string Once = "; a code is retired once, so all its rows share one date and one kind.";
    private const string Cycle = " replaces itself through its successors; the changes must not form a cycle.";
    private const string Used = "This builder has already built its code changes; create a new builder.";

    // Kabupaten Tangerang (36.03) and Kota Tangerang Selatan (36.74), which was carved out of it in 2008.
    private static readonly RegionCode Cisoka = new(36, 3, 5);
    private static readonly RegionCode Kresek = new(36, 3, 6);
    private static readonly RegionCode MekarBaru = new(36, 3, 33);
    private static readonly RegionCode Serpong = new(36, 74, 1);
    private static readonly RegionCode SerpongUtara = new(36, 74, 2);
    private static readonly RegionCode Setu = new(36, 74, 7);
    private static readonly RegionCode KabTangerang = new(36, 3);
    private static readonly RegionCode KotaTangsel = new(36, 74);

    private static readonly LocalDate Day = new(2008, 12, 26);

    private static SourceLocation Line(int line) => new("codes.csv", line);

    private static RegionCodeChange Rename(RegionCode old, RegionCode @new) => new(old, @new, Day, RegionCodeChangeKind.Rename);

    private static RegionCodeChange Merge(RegionCode old, RegionCode @new) => new(old, @new, Day, RegionCodeChangeKind.Merge);

    private static RegionCodeChange Split(RegionCode old, RegionCode @new) => new(old, @new, Day, RegionCodeChangeKind.Split);

    private static string[] Problems(RegionCodeChangesBuilder builder) => BuilderProblems.Of<RegionCodeChanges>(builder.TryBuild);

    [Fact]
    public void Build_ValidChanges_KeepsEveryRowInInputOrder()
    {
        var changes = RegionCodeChanges.CreateBuilder()
            .Add(Split(Cisoka, Setu), Line(2))
            .Add(Rename(KabTangerang, new RegionCode(36, 75)), Line(3))
            .Add(Split(Cisoka, MekarBaru), Line(4))
            .Add(Merge(Kresek, Serpong), Line(5))
            .Add(Merge(SerpongUtara, Serpong), Line(6))
            .Build();

        changes.Changes.Should().Equal(
            Split(Cisoka, Setu),
            Rename(KabTangerang, new RegionCode(36, 75)),
            Split(Cisoka, MekarBaru),
            Merge(Kresek, Serpong),
            Merge(SerpongUtara, Serpong));
        changes.ToString().Should().Be("RegionCodeChanges: 5 changes");
    }

    [Fact]
    public void TryBuild_ValidChanges_ReturnsTheSetAndNoProblems()
    {
        RegionCodeChanges.CreateBuilder().Add(Rename(Cisoka, Serpong)).TryBuild(out var changes, out var problems).Should().BeTrue();

        problems.Should().BeEmpty();
        changes!.Changes.Should().Equal(Rename(Cisoka, Serpong));
    }

    [Fact]
    public void Build_NoRows_IsAnEmptySet()
    {
        var changes = RegionCodeChanges.CreateBuilder().Build();

        changes.Changes.Should().BeEmpty();
        changes.Should().NotBeSameAs(RegionCodeChanges.None);
        changes.IsRetired(Cisoka, Day).Should().BeFalse();
    }

    [Theory]
    [InlineData("36.03.05", "36.74", "'36.03.05' and '36.74'")]
    [InlineData("36.03", "36.74.01", "'36.03' and '36.74.01'")]
    [InlineData("36", "32", "'36' and '32'")]
    [InlineData("36.03.05.2001", "36.03.05.2002", "'36.03.05.2001' and '36.03.05.2002'")]
    [InlineData("0", "36.03", "'0' and '36.03'")]
    [InlineData("36.03.05", "36.03.05.2001", "'36.03.05' and '36.03.05.2001'")]
    public void Add_CodesOfTwoLevels_OrNeitherKecamatanNorKabupaten_IsAProblemAtItsRow(string old, string @new, string named)
    {
        var builder = RegionCodeChanges.CreateBuilder().Add(Rename(RegionCode.Parse(old), RegionCode.Parse(@new)), Line(7));

        Problems(builder).Should().Equal("codes.csv:7: " + named + Levels);
    }

    [Fact]
    public void Add_KabupatenCodes_AreAccepted()
    {
        var changes = RegionCodeChanges.CreateBuilder().Add(Rename(KabTangerang, KotaTangsel), Line(2)).Build();

        changes.IsRetired(KabTangerang, Day).Should().BeTrue();
    }

    [Theory]
    [InlineData("36.03.05")]
    [InlineData("36.03")]
    public void Add_CodeReplacingItself_IsAProblem(string code)
    {
        var region = RegionCode.Parse(code);
        var builder = RegionCodeChanges.CreateBuilder().Add(Rename(region, region), Line(3));

        Problems(builder).Should().Equal($"codes.csv:3: '{code}' cannot replace itself; list only codes that changed.");
    }

    [Fact]
    public void Add_VillageReplacingItself_IsALevelProblem_NotASelfReplacement()
    {
        var village = new RegionCode(36, 3, 5, 2001);
        var builder = RegionCodeChanges.CreateBuilder().Add(Rename(village, village), Line(3));

        Problems(builder).Should().Equal("codes.csv:3: '36.03.05.2001' and '36.03.05.2001'" + Levels);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-1)]
    public void Add_UndefinedKind_IsAProblemListingTheKinds(int kind)
    {
        var builder = RegionCodeChanges.CreateBuilder().Add(new RegionCodeChange(Cisoka, Serpong, Day, (RegionCodeChangeKind)kind), Line(4));

        Problems(builder).Should().Equal($"codes.csv:4: unknown kind of change {kind}; use rename, merge, split.");
    }

    [Fact]
    public void Add_SameRowTwice_IsAProblemAtTheSecond()
    {
        var builder = RegionCodeChanges.CreateBuilder()
            .Add(Rename(Cisoka, Serpong), Line(2))
            .Add(Rename(Cisoka, Serpong), Line(3));

        Problems(builder).Should().Equal("codes.csv:3: the change 36.03.05 → 36.74.01 from 2008-12-26 (rename) is listed twice.");
    }

    [Fact]
    public void Add_SameSplitRowTwice_IsListedTwice_AndTheSplitHasOnlyOneCode()
    {
        var builder = RegionCodeChanges.CreateBuilder()
            .Add(Split(Cisoka, Setu), Line(2))
            .Add(Split(Cisoka, Setu), Line(3));

        Problems(builder).Should().Equal(
            "codes.csv:3: the change 36.03.05 → 36.74.07 from 2008-12-26 (split) is listed twice.",
            "codes.csv:2: '36.03.05' is split into only one code (36.74.07); a split has a row for each of at least two new codes, and a code that only changed is a rename.");
    }

    [Fact]
    public void Add_CodeRetiredOnTwoDates_IsAProblemNamingTheFirstRow()
    {
        var builder = RegionCodeChanges.CreateBuilder()
            .Add(Split(Cisoka, Setu), Line(2))
            .Add(Split(Cisoka, MekarBaru), Line(3))
            .Add(new RegionCodeChange(Cisoka, Serpong, new LocalDate(2010, 1, 1), RegionCodeChangeKind.Split), Line(4));

        Problems(builder).Should().Equal("codes.csv:4: '36.03.05' is already retired from 2008-12-26 by a split (codes.csv:2)" + Once);
    }

    [Fact]
    public void Add_CodeRetiredByTwoKinds_IsAProblemNamingTheFirstRow()
    {
        var builder = RegionCodeChanges.CreateBuilder()
            .Add(Merge(Cisoka, Serpong), Line(5))
            .Add(Rename(Cisoka, Serpong), Line(6));

        Problems(builder).Should().Equal("codes.csv:6: '36.03.05' is already retired from 2008-12-26 by a merge (codes.csv:5)" + Once);
    }

    [Fact]
    public void Add_CodeRetiredTwice_WithoutSources_NamesNoRow()
    {
        var builder = RegionCodeChanges.CreateBuilder()
            .Add(Rename(Cisoka, Serpong))
            .Add(new RegionCodeChange(Cisoka, Serpong, Day.PlusDays(1), RegionCodeChangeKind.Rename));

        builder.TryBuild(out _, out var problems).Should().BeFalse();
        problems.Select(p => p.ToString()).Should().Equal("'36.03.05' is already retired from 2008-12-26 by a rename" + Once);
        problems.Should().OnlyContain(p => p.Location == SourceLocation.None);
    }

    [Fact]
    public void Add_RowRefusedForItsLevel_DoesNotRetireItsCode()
    {
        // The first row is refused, so the second is the only retirement of 36.03.05.
        var builder = RegionCodeChanges.CreateBuilder()
            .Add(new RegionCodeChange(Cisoka, KotaTangsel, new LocalDate(2007, 1, 1), RegionCodeChangeKind.Merge), Line(2))
            .Add(Rename(Cisoka, Serpong), Line(3));

        Problems(builder).Should().Equal("codes.csv:2: '36.03.05' and '36.74'" + Levels);
    }

    [Theory]
    [InlineData(RegionCodeChangeKind.Rename, "rename")]
    [InlineData(RegionCodeChangeKind.Merge, "merge")]
    public void Build_RenameOrMergeWithTwoNewCodes_IsAProblemAtTheLastRow(RegionCodeChangeKind kind, string name)
    {
        var builder = RegionCodeChanges.CreateBuilder()
            .Add(new RegionCodeChange(Cisoka, Serpong, Day, kind), Line(2))
            .Add(new RegionCodeChange(Kresek, Serpong, Day, kind), Line(3))
            .Add(new RegionCodeChange(Cisoka, Setu, Day, kind), Line(4));

        Problems(builder).Should().Equal($"codes.csv:4: '36.03.05' has 2 new codes in a {name}; only a split has more than one.");
    }

    [Fact]
    public void Build_RenameWithThreeNewCodes_CountsThem()
    {
        var builder = RegionCodeChanges.CreateBuilder()
            .Add(Rename(Cisoka, Serpong), Line(2))
            .Add(Rename(Cisoka, Setu), Line(3))
            .Add(Rename(Cisoka, MekarBaru), Line(4));

        Problems(builder).Should().Equal("codes.csv:4: '36.03.05' has 3 new codes in a rename; only a split has more than one.");
    }

    [Fact]
    public void Build_SeveralCodesMergedIntoOne_IsValid()
    {
        var changes = RegionCodeChanges.CreateBuilder()
            .Add(Merge(Cisoka, Serpong), Line(2))
            .Add(Merge(Kresek, Serpong), Line(3))
            .Build();

        changes.GetSuccessors(Cisoka, Day).Should().Equal(Serpong);
        changes.GetSuccessors(Kresek, Day).Should().Equal(Serpong);
    }

    [Fact]
    public void Build_SplitWithOneNewCode_IsAProblemAtItsRow()
    {
        var builder = RegionCodeChanges.CreateBuilder()
            .Add(Rename(Kresek, SerpongUtara), Line(2))
            .Add(Split(Cisoka, Setu), Line(3));

        Problems(builder).Should().Equal(
            "codes.csv:3: '36.03.05' is split into only one code (36.74.07); a split has a row for each of at least two new codes, and a code that only changed is a rename.");
    }

    [Fact]
    public void Build_TwoCodeCycle_IsAProblemForEachCode_AtItsFirstRow()
    {
        var builder = RegionCodeChanges.CreateBuilder()
            .Add(Rename(Cisoka, Serpong), Line(2))
            .Add(new RegionCodeChange(Serpong, Cisoka, new LocalDate(2015, 1, 1), RegionCodeChangeKind.Rename), Line(3));

        Problems(builder).Should().Equal("codes.csv:2: '36.03.05'" + Cycle, "codes.csv:3: '36.74.01'" + Cycle);
    }

    [Fact]
    public void Build_LongerCycle_NamesEveryCodeOnIt_ButNotACodeLeadingIntoIt()
    {
        // Kresek → Cisoka leads into the cycle Cisoka → Serpong → Setu → Cisoka but is not on it.
        var builder = RegionCodeChanges.CreateBuilder()
            .Add(Rename(Kresek, Cisoka), Line(2))
            .Add(Rename(Cisoka, Serpong), Line(3))
            .Add(Rename(Serpong, Setu), Line(4))
            .Add(Rename(Setu, Cisoka), Line(5));

        Problems(builder).Should().Equal("codes.csv:3: '36.03.05'" + Cycle, "codes.csv:4: '36.74.01'" + Cycle, "codes.csv:5: '36.74.07'" + Cycle);
    }

    [Fact]
    public void Build_CycleThroughOnePartOfASplit_IsAProblem()
    {
        var builder = RegionCodeChanges.CreateBuilder()
            .Add(Split(Cisoka, MekarBaru), Line(2))
            .Add(Split(Cisoka, Setu), Line(3))
            .Add(Merge(Setu, Cisoka), Line(4));

        Problems(builder).Should().Equal("codes.csv:2: '36.03.05'" + Cycle, "codes.csv:4: '36.74.07'" + Cycle);
    }

    [Fact]
    public void Build_ChainWithoutCycle_IsValid()
    {
        var changes = RegionCodeChanges.CreateBuilder()
            .Add(Rename(Cisoka, MekarBaru), Line(2))
            .Add(new RegionCodeChange(MekarBaru, Setu, new LocalDate(2010, 1, 1), RegionCodeChangeKind.Rename), Line(3))
            .Add(Merge(Kresek, Setu), Line(4))
            .Build();

        changes.Changes.Should().HaveCount(3);
    }

    [Fact]
    public void Build_Throws_DataValidationException_ListingEveryProblem_RowsFirstThenTheSet()
    {
        var builder = RegionCodeChanges.CreateBuilder()
            .Add(Rename(Cisoka, KotaTangsel), Line(2))
            .Add(Rename(Kresek, Kresek), Line(3))
            .Add(Split(Serpong, Cisoka), Line(4))
            .Add(new RegionCodeChange(Setu, MekarBaru, Day, (RegionCodeChangeKind)9), Line(5))
            .Add(Merge(SerpongUtara, Setu), Line(6))
            .Add(Merge(SerpongUtara, Setu), Line(7))
            .Add(Merge(SerpongUtara, MekarBaru), Line(8))
            .Add(Rename(Setu, Serpong), Line(9))
            .Add(new RegionCodeChange(Setu, Serpong, Day, RegionCodeChangeKind.Merge), Line(10))
            .Add(Rename(Cisoka, Serpong), Line(11));

        var thrown = FluentActions.Invoking(() => builder.Build()).Should().ThrowExactly<DataValidationException>().Which;

        // 36.74.07 → 36.74.01 leads into the cycle 36.74.01 → 36.03.05 → 36.74.01 but is not on it.
        thrown.Problems.Select(p => p.Location).Should().Equal(Line(2), Line(3), Line(5), Line(7), Line(10), Line(4), Line(8), Line(4), Line(11));
        thrown.Problems.Select(p => p.ToString()).Should().Equal(
            "codes.csv:2: '36.03.05' and '36.74'" + Levels,
            "codes.csv:3: '36.03.06' cannot replace itself; list only codes that changed.",
            "codes.csv:5: unknown kind of change 9; use rename, merge, split.",
            "codes.csv:7: the change 36.74.02 → 36.74.07 from 2008-12-26 (merge) is listed twice.",
            "codes.csv:10: '36.74.07' is already retired from 2008-12-26 by a rename (codes.csv:9)" + Once,
            "codes.csv:4: '36.74.01' is split into only one code (36.03.05); a split has a row for each of at least two new codes, and a code that only changed is a rename.",
            "codes.csv:8: '36.74.02' has 2 new codes in a merge; only a split has more than one.",
            "codes.csv:4: '36.74.01'" + Cycle,
            "codes.csv:11: '36.03.05'" + Cycle);
        thrown.Message.Should().Be(string.Join(Environment.NewLine, thrown.Problems.Select(p => p.ToString())));
    }

    [Fact]
    public void Builder_IsUsedOnce_AfterASuccessfulBuild()
    {
        var builder = RegionCodeChanges.CreateBuilder().Add(Rename(Cisoka, Serpong));
        builder.Build();

        FluentActions.Invoking(() => builder.Build()).Should().ThrowExactly<InvalidOperationException>().WithMessage(Used);
        FluentActions.Invoking(() => builder.TryBuild(out _, out _)).Should().ThrowExactly<InvalidOperationException>().WithMessage(Used);
        FluentActions.Invoking(() => builder.Add(Rename(Kresek, Serpong))).Should().ThrowExactly<InvalidOperationException>().WithMessage(Used);
        FluentActions.Invoking(() => builder.Add(Rename(Kresek, Serpong), Line(2))).Should().ThrowExactly<InvalidOperationException>().WithMessage(Used);
    }

    [Fact]
    public void Builder_IsUsedOnce_AfterAFailedBuild()
    {
        var builder = RegionCodeChanges.CreateBuilder().Add(Rename(Cisoka, Cisoka));
        FluentActions.Invoking(() => builder.Build()).Should().Throw<DataValidationException>();

        FluentActions.Invoking(() => builder.Build()).Should().ThrowExactly<InvalidOperationException>().WithMessage(Used);
        FluentActions.Invoking(() => builder.Add(Rename(Kresek, Serpong))).Should().ThrowExactly<InvalidOperationException>().WithMessage(Used);
    }

    [Fact]
    public void KindNames_AreTheSpellingsOfCodesCsv()
    {
        RegionCodeChangeNames.Kind.All.Should().Equal("rename", "merge", "split");
        RegionCodeChangeNames.Kind.Format(RegionCodeChangeKind.Rename).Should().Be("rename");
        RegionCodeChangeNames.Kind.Format(RegionCodeChangeKind.Merge).Should().Be("merge");
        RegionCodeChangeNames.Kind.Format(RegionCodeChangeKind.Split).Should().Be("split");
        RegionCodeChangeNames.Kind.Format((RegionCodeChangeKind)7).Should().Be("7");
        RegionCodeChangeNames.Kind.TryParse("SPLIT", out var split).Should().BeTrue();
        split.Should().Be(RegionCodeChangeKind.Split);
        RegionCodeChangeNames.Kind.TryParse("Merge", out var merge).Should().BeTrue();
        merge.Should().Be(RegionCodeChangeKind.Merge);
        RegionCodeChangeNames.Kind.TryParse("renamed", out _).Should().BeFalse();
        RegionCodeChangeNames.Kind.TryParse(" rename", out _).Should().BeFalse();
        ((int)RegionCodeChangeKind.Rename, (int)RegionCodeChangeKind.Merge, (int)RegionCodeChangeKind.Split).Should().Be((0, 1, 2));
    }

    [Fact]
    public void Change_ToString_NamesCodesDateAndKind_InAnyCulture()
    {
        using var scope = CultureScope.Use("ar-SA");

        Rename(Cisoka, Serpong).ToString().Should().Be("36.03.05 → 36.74.01 from 2008-12-26 (rename)");
        new RegionCodeChange(KabTangerang, KotaTangsel, new LocalDate(2010, 1, 2), RegionCodeChangeKind.Split).ToString()
            .Should().Be("36.03 → 36.74 from 2010-01-02 (split)");
        Merge(Kresek, Serpong).ToString().Should().Be("36.03.06 → 36.74.01 from 2008-12-26 (merge)");
    }

    [Fact]
    public void Change_Equality_ComparesEveryField()
    {
        Rename(Cisoka, Serpong).Should().Be(new RegionCodeChange(Cisoka, Serpong, Day, RegionCodeChangeKind.Rename));
        Rename(Cisoka, Serpong).Should().NotBe(Merge(Cisoka, Serpong));
        Rename(Cisoka, Serpong).Should().NotBe(Rename(Cisoka, Setu));
        Rename(Cisoka, Serpong).Should().NotBe(new RegionCodeChange(Cisoka, Serpong, Day.PlusDays(1), RegionCodeChangeKind.Rename));
    }
}
