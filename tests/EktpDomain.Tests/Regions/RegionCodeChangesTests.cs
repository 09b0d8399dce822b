using System.Collections.Immutable;
using EktpDomain.Regions;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Regions;

/// <summary>R24: when a code is retired, which codes took its place, following chains, and where its history rolls up.</summary>
public class RegionCodeChangesTests
{
    // Kabupaten Tangerang (36.03), Kota Tangerang Selatan (36.74), Kabupaten Bogor (32.01) in Jawa Barat (32).
    private static readonly RegionCode Jambe = new(36, 3, 4);
    private static readonly RegionCode Cisoka = new(36, 3, 5);
    private static readonly RegionCode Kresek = new(36, 3, 6);
    private static readonly RegionCode SindangJaya = new(36, 3, 29);
    private static readonly RegionCode MekarBaru = new(36, 3, 33);
    private static readonly RegionCode Serpong = new(36, 74, 1);
    private static readonly RegionCode SerpongUtara = new(36, 74, 2);
    private static readonly RegionCode Setu = new(36, 74, 7);
    private static readonly RegionCode Tenjolaya = new(32, 1, 40);

    private static readonly LocalDate From = new(2008, 12, 26);
    private static readonly LocalDate Later = new(2015, 7, 1);

    private static RegionCodeChanges Changes(params RegionCodeChange[] changes)
    {
        var builder = RegionCodeChanges.CreateBuilder();
        foreach (var change in changes)
        {
            builder.Add(change);
        }

        return builder.Build();
    }

    private static RegionCodeChange Row(RegionCode old, RegionCode @new, RegionCodeChangeKind kind, LocalDate? from = null) =>
        new(old, @new, from ?? From, kind);

    [Fact]
    public void IsRetired_FromItsFirstDayOn_NotTheDayBefore()
    {
        var changes = Changes(Row(Cisoka, Serpong, RegionCodeChangeKind.Rename));

        changes.IsRetired(Cisoka, new LocalDate(2008, 12, 25)).Should().BeFalse();
        changes.IsRetired(Cisoka, new LocalDate(2008, 12, 26)).Should().BeTrue();
        changes.IsRetired(Cisoka, new LocalDate(2008, 12, 27)).Should().BeTrue();
        changes.IsRetired(Cisoka, new LocalDate(2012, 4, 30)).Should().BeTrue();
        changes.IsRetired(Serpong, new LocalDate(2012, 4, 30)).Should().BeFalse("the new code is in effect, not retired");
        changes.IsRetired(Kresek, new LocalDate(2012, 4, 30)).Should().BeFalse("a code that never changed is never retired");
        changes.IsRetired(new RegionCode(36, 3), new LocalDate(2012, 4, 30)).Should().BeFalse("a kecamatan's retirement does not retire its regency");
    }

    [Fact]
    public void GetRetirement_GivesDateKindAndNewCodes_InCodeOrder()
    {
        var changes = Changes(
            Row(Cisoka, Setu, RegionCodeChangeKind.Split),
            Row(Cisoka, MekarBaru, RegionCodeChangeKind.Split),
            Row(Kresek, Serpong, RegionCodeChangeKind.Merge, new LocalDate(2010, 3, 1)),
            Row(Jambe, Serpong, RegionCodeChangeKind.Merge, new LocalDate(2010, 3, 1)));

        var split = changes.GetRetirement(Cisoka)!.Value;
        split.From.Should().Be(From);
        split.Kind.Should().Be(RegionCodeChangeKind.Split);
        split.New.Should().Equal(MekarBaru, Setu);
        var merge = changes.GetRetirement(Kresek)!.Value;
        (merge.From, merge.Kind).Should().Be((new LocalDate(2010, 3, 1), RegionCodeChangeKind.Merge));
        merge.New.Should().Equal(Serpong);
        changes.GetRetirement(Jambe)!.Value.New.Should().Equal(Serpong);
        changes.GetRetirement(Serpong).Should().BeNull("the code merged into is not retired");
        changes.GetRetirement(SerpongUtara).Should().BeNull();
    }

    [Fact]
    public void GetRetirement_OfAChain_GivesOnlyTheDirectNewCode()
    {
        var changes = Changes(
            Row(Cisoka, MekarBaru, RegionCodeChangeKind.Rename),
            Row(MekarBaru, Setu, RegionCodeChangeKind.Rename, Later));

        changes.GetRetirement(Cisoka)!.Value.New.Should().Equal(MekarBaru);
        (changes.GetRetirement(MekarBaru)!.Value.From, changes.GetRetirement(MekarBaru)!.Value.Kind).Should().Be((Later, RegionCodeChangeKind.Rename));
        changes.GetRetirement(MekarBaru)!.Value.New.Should().Equal(Setu);
    }

    [Fact]
    public void GetSuccessors_Rename_IsTheNewCode_FromItsDateOn()
    {
        var changes = Changes(Row(Cisoka, Serpong, RegionCodeChangeKind.Rename));

        changes.GetSuccessors(Cisoka, From).Should().Equal(Serpong);
        changes.GetSuccessors(Cisoka, From.PlusDays(-1)).Should().Equal(Cisoka);
    }

    [Fact]
    public void GetSuccessors_Merge_IsTheRegionMergedInto_ForEveryMergedCode()
    {
        var changes = Changes(
            Row(Cisoka, Serpong, RegionCodeChangeKind.Merge),
            Row(Kresek, Serpong, RegionCodeChangeKind.Merge));

        changes.GetSuccessors(Cisoka, Later).Should().Equal(Serpong);
        changes.GetSuccessors(Kresek, Later).Should().Equal(Serpong);
        changes.GetSuccessors(Serpong, Later).Should().Equal(Serpong);
    }

    [Fact]
    public void GetSuccessors_Split_IsEveryNewCode_InCodeOrder()
    {
        var changes = Changes(
            Row(Cisoka, Setu, RegionCodeChangeKind.Split),
            Row(Cisoka, Tenjolaya, RegionCodeChangeKind.Split),
            Row(Cisoka, MekarBaru, RegionCodeChangeKind.Split));

        changes.GetSuccessors(Cisoka, Later).Should().Equal(Tenjolaya, MekarBaru, Setu);
    }

    [Fact]
    public void GetSuccessors_ChainOfTwoRenames_FollowsEachAsItTakesEffect()
    {
        var changes = Changes(
            Row(Cisoka, MekarBaru, RegionCodeChangeKind.Rename),
            Row(MekarBaru, Setu, RegionCodeChangeKind.Rename, Later));

        changes.GetSuccessors(Cisoka, From.PlusDays(-1)).Should().Equal(Cisoka);
        changes.GetSuccessors(Cisoka, new LocalDate(2012, 4, 30)).Should().Equal([MekarBaru], "the second change is not yet in effect");
        changes.GetSuccessors(Cisoka, Later.PlusDays(-1)).Should().Equal(MekarBaru);
        changes.GetSuccessors(Cisoka, Later).Should().Equal(Setu);
        changes.GetSuccessors(MekarBaru, Later).Should().Equal(Setu);
        changes.GetSuccessors(MekarBaru, new LocalDate(2012, 4, 30)).Should().Equal(MekarBaru);
    }

    [Fact]
    public void GetSuccessors_SplitThenOnePartRenamed_FollowsThatPart()
    {
        var changes = Changes(
            Row(Cisoka, MekarBaru, RegionCodeChangeKind.Split),
            Row(Cisoka, SindangJaya, RegionCodeChangeKind.Split),
            Row(SindangJaya, Setu, RegionCodeChangeKind.Rename, Later));

        changes.GetSuccessors(Cisoka, new LocalDate(2012, 4, 30)).Should().Equal(SindangJaya, MekarBaru);
        changes.GetSuccessors(Cisoka, Later).Should().Equal(MekarBaru, Setu);
    }

    [Fact]
    public void GetSuccessors_TwoPartsMergedBackIntoOne_GiveItOnce()
    {
        var changes = Changes(
            Row(Cisoka, MekarBaru, RegionCodeChangeKind.Split),
            Row(Cisoka, SindangJaya, RegionCodeChangeKind.Split),
            Row(MekarBaru, Setu, RegionCodeChangeKind.Merge, Later),
            Row(SindangJaya, Setu, RegionCodeChangeKind.Merge, Later));

        changes.GetSuccessors(Cisoka, Later).Should().Equal(Setu);
    }

    [Fact]
    public void GetSuccessors_CodeNeverRetired_IsItself()
    {
        var changes = Changes(Row(Cisoka, Serpong, RegionCodeChangeKind.Rename));

        changes.GetSuccessors(Kresek, Later).Should().Equal(Kresek);
        changes.GetSuccessors(new RegionCode(36, 3), Later).Should().Equal(new RegionCode(36, 3));
    }

    [Fact]
    public void GetRollUpRegion_RenameWithinARegency_IsTheNewKecamatan()
    {
        var changes = Changes(Row(Cisoka, MekarBaru, RegionCodeChangeKind.Rename));

        changes.GetRollUpRegion(Cisoka, Later).Should().Be(MekarBaru);
        changes.GetRollUpRegion(Cisoka, From.PlusDays(-1)).Should().Be(Cisoka);
    }

    [Fact]
    public void GetRollUpRegion_RenameIntoAnotherRegency_IsTheNewKecamatanThere()
    {
        var changes = Changes(Row(Cisoka, Serpong, RegionCodeChangeKind.Rename));

        changes.GetRollUpRegion(Cisoka, Later).Should().Be(Serpong);
        changes.GetRollUpRegion(Cisoka, Later).Regency.Should().Be(new RegionCode(36, 74));
    }

    [Fact]
    public void GetRollUpRegion_Merge_IsTheKecamatanMergedInto()
    {
        var changes = Changes(Row(Cisoka, Serpong, RegionCodeChangeKind.Merge));

        changes.GetRollUpRegion(Cisoka, Later).Should().Be(Serpong);
    }

    [Fact]
    public void GetRollUpRegion_SplitWithinOneRegency_IsThatRegency()
    {
        var changes = Changes(
            Row(Cisoka, MekarBaru, RegionCodeChangeKind.Split),
            Row(Cisoka, SindangJaya, RegionCodeChangeKind.Split));

        changes.GetRollUpRegion(Cisoka, Later).Should().Be(new RegionCode(36, 3));
        changes.GetRollUpRegion(Cisoka, From.PlusDays(-1)).Should().Be(Cisoka);
    }

    [Fact]
    public void GetRollUpRegion_SplitAcrossRegencies_IsTheProvince()
    {
        var changes = Changes(
            Row(Cisoka, MekarBaru, RegionCodeChangeKind.Split),
            Row(Cisoka, Setu, RegionCodeChangeKind.Split));

        changes.GetRollUpRegion(Cisoka, Later).Should().Be(new RegionCode(36));
    }

    [Fact]
    public void GetRollUpRegion_SplitAcrossProvinces_IsTheNation()
    {
        var changes = Changes(
            Row(Cisoka, MekarBaru, RegionCodeChangeKind.Split),
            Row(Cisoka, Tenjolaya, RegionCodeChangeKind.Split));

        changes.GetRollUpRegion(Cisoka, Later).Should().Be(RegionCode.Nation);
    }

    [Fact]
    public void GetRollUpRegion_FollowsChains_ToTheCodesInEffectAtTheDate()
    {
        // Split within Kabupaten Tangerang in 2008; in 2015 one part moves to Kota Tangerang Selatan.
        var changes = Changes(
            Row(Cisoka, MekarBaru, RegionCodeChangeKind.Split),
            Row(Cisoka, SindangJaya, RegionCodeChangeKind.Split),
            Row(SindangJaya, Setu, RegionCodeChangeKind.Rename, Later));

        changes.GetRollUpRegion(Cisoka, new LocalDate(2012, 4, 30)).Should().Be(new RegionCode(36, 3));
        changes.GetRollUpRegion(Cisoka, Later).Should().Be(new RegionCode(36));
        changes.GetRollUpRegion(SindangJaya, Later).Should().Be(Setu);
    }

    [Fact]
    public void GetRollUpRegion_OfKabupatenCodes_IsTheirSuccessorsRegion()
    {
        var kabTangerang = new RegionCode(36, 3);
        var kotaTangsel = new RegionCode(36, 74);
        var kabBogor = new RegionCode(32, 1);
        var renamed = Changes(Row(kabTangerang, kotaTangsel, RegionCodeChangeKind.Rename));
        var split = Changes(Row(kabTangerang, kotaTangsel, RegionCodeChangeKind.Split), Row(kabTangerang, new RegionCode(36, 71), RegionCodeChangeKind.Split));
        var acrossProvinces = Changes(Row(kabTangerang, kotaTangsel, RegionCodeChangeKind.Split), Row(kabTangerang, kabBogor, RegionCodeChangeKind.Split));

        renamed.GetRollUpRegion(kabTangerang, Later).Should().Be(kotaTangsel);
        split.GetRollUpRegion(kabTangerang, Later).Should().Be(new RegionCode(36));
        acrossProvinces.GetRollUpRegion(kabTangerang, Later).Should().Be(RegionCode.Nation);
    }

    [Fact]
    public void None_HasNoChanges_AndRetiresNothing()
    {
        var none = RegionCodeChanges.None;

        none.Should().BeSameAs(RegionCodeChanges.None);
        none.Changes.Should().BeEmpty();
        none.IsRetired(Cisoka, Later).Should().BeFalse();
        none.GetRetirement(Cisoka).Should().BeNull();
        none.GetSuccessors(Cisoka, Later).Should().Equal(Cisoka);
        none.GetRollUpRegion(Cisoka, Later).Should().Be(Cisoka);
        none.GetRollUpRegion(new RegionCode(36, 3), Later).Should().Be(new RegionCode(36, 3));
        none.ToString().Should().Be("RegionCodeChanges: 0 changes");
    }

    [Fact]
    public void Changes_AreInInputOrder_AndToStringCountsRows()
    {
        var changes = Changes(
            Row(Kresek, Serpong, RegionCodeChangeKind.Merge),
            Row(Cisoka, Setu, RegionCodeChangeKind.Split),
            Row(Cisoka, MekarBaru, RegionCodeChangeKind.Split));

        changes.Changes.Should().Equal(
            ImmutableArray.Create(
                Row(Kresek, Serpong, RegionCodeChangeKind.Merge),
                Row(Cisoka, Setu, RegionCodeChangeKind.Split),
                Row(Cisoka, MekarBaru, RegionCodeChangeKind.Split)));
        changes.ToString().Should().Be("RegionCodeChanges: 3 changes");
    }
}
