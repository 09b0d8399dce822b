using System;
using System.Linq;
using EktpDomain.Regions;
using EktpDomain.Tests.Support;
using FluentAssertions;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Regions;

/// <summary>
/// R24 for a report of a region (<see cref="RegionCodeChanges.RollsUpInto"/>): a code counts inside a region when the
/// region contains where the code's history rolls up on the date; a code in effect rolls up where it is.
/// </summary>
public class RegionCodeChangesRollsUpIntoTests
{
    // Kabupaten Tangerang (36.03), Kota Tangerang Selatan (36.74), Banten (36); Kabupaten Bogor (32.01), Jawa Barat (32).
    private static readonly RegionCode Banten = new(36);
    private static readonly RegionCode Tangerang = new(36, 3);
    private static readonly RegionCode Tangsel = new(36, 74);
    private static readonly RegionCode Cisoka = new(36, 3, 5);
    private static readonly RegionCode Kresek = new(36, 3, 6);
    private static readonly RegionCode MekarBaru = new(36, 3, 33);
    private static readonly RegionCode Serpong = new(36, 74, 1);
    private static readonly RegionCode SerpongUtara = new(36, 74, 2);
    private static readonly RegionCode Setu = new(36, 74, 7);
    private static readonly RegionCode Tenjolaya = new(32, 1, 40);

    private static readonly LocalDate From = new(2008, 12, 26);
    private static readonly LocalDate DayBefore = From.PlusDays(-1);
    private static readonly LocalDate Later = new(2012, 4, 30);

    private static RegionCodeChanges Changes(RegionCodeChangeKind kind, RegionCode old, params RegionCode[] codes)
    {
        var builder = RegionCodeChanges.CreateBuilder();
        foreach (var code in codes)
        {
            builder.Add(new RegionCodeChange(old, code, From, kind));
        }

        return builder.Build();
    }

    /// <summary>Every region from the nation down to <paramref name="code"/> itself.</summary>
    private static RegionCode[] AncestorsOf(RegionCode code) =>
        [.. Enum.GetValues<RegionLevel>().Where(l => l <= code.Level).Select(code.AncestorAt)];

    [Fact]
    public void RollsUpInto_WithoutChanges_IsWhetherTheRegionContainsTheCode()
    {
        var none = RegionCodeChanges.None;

        foreach (var region in AncestorsOf(Kresek))
        {
            none.RollsUpInto(Kresek, region, Later).Should().BeTrue(region.ToString());
        }

        none.RollsUpInto(Kresek, Tangsel, Later).Should().BeFalse();
        none.RollsUpInto(Kresek, Cisoka, Later).Should().BeFalse("a kecamatan does not contain its neighbour");
        none.RollsUpInto(Kresek, new RegionCode(32), Later).Should().BeFalse();
        none.RollsUpInto(Tangerang, Tangerang, Later).Should().BeTrue("a kabupaten/kota of data kept per kabupaten/kota is inside itself");
        none.RollsUpInto(Tangerang, Kresek, Later).Should().BeFalse("a kabupaten/kota is not inside one of its kecamatan");
    }

    [Fact]
    public void RollsUpInto_TheNation_HoldsEveryCode_RetiredOrNot()
    {
        var changes = Changes(RegionCodeChangeKind.Split, Cisoka, Setu, Tenjolaya);

        changes.RollsUpInto(Cisoka, RegionCode.Nation, Later).Should().BeTrue();
        changes.RollsUpInto(Kresek, RegionCode.Nation, Later).Should().BeTrue();
        RegionCodeChanges.None.RollsUpInto(new RegionCode(11, 1, 1), RegionCode.Nation, Later).Should().BeTrue();
    }

    [Fact]
    public void RollsUpInto_ARename_BeforeItsDateUnderItsOwnRegions_FromItsDateUnderItsSuccessors()
    {
        var changes = Changes(RegionCodeChangeKind.Rename, Cisoka, Serpong);

        foreach (var region in AncestorsOf(Cisoka))
        {
            changes.RollsUpInto(Cisoka, region, DayBefore).Should().BeTrue($"{region} on the day before");
        }

        changes.RollsUpInto(Cisoka, Tangsel, DayBefore).Should().BeFalse();
        changes.RollsUpInto(Cisoka, Tangerang, From).Should().BeFalse("from its retirement it no longer counts in its old regency");
        changes.RollsUpInto(Cisoka, Cisoka, From).Should().BeFalse("nor in its own retired code");
        changes.RollsUpInto(Cisoka, Tangsel, From).Should().BeTrue();
        changes.RollsUpInto(Cisoka, Serpong, From).Should().BeTrue("its history rolls up into its successor");
        changes.RollsUpInto(Cisoka, SerpongUtara, From).Should().BeFalse();
        changes.RollsUpInto(Cisoka, Banten, From).Should().BeTrue();
        changes.RollsUpInto(Serpong, Tangsel, DayBefore).Should().BeTrue("the successor's own code is not retired");
        changes.RollsUpInto(Kresek, Tangerang, From).Should().BeTrue("a code that never changed stays where it is");
    }

    [Fact]
    public void RollsUpInto_ASplitWithinARegency_IntoTheRegency_NotIntoEitherPart()
    {
        var changes = Changes(RegionCodeChangeKind.Split, Cisoka, Kresek, MekarBaru);

        changes.RollsUpInto(Cisoka, Tangerang, Later).Should().BeTrue();
        changes.RollsUpInto(Cisoka, Kresek, Later).Should().BeFalse("the past of a split is not divided between its parts");
        changes.RollsUpInto(Cisoka, MekarBaru, Later).Should().BeFalse();
        changes.RollsUpInto(Cisoka, Cisoka, Later).Should().BeFalse();
    }

    [Fact]
    public void RollsUpInto_ASplitBetweenRegencies_IntoTheirProvince_NotIntoEitherRegency()
    {
        var changes = Changes(RegionCodeChangeKind.Split, Cisoka, MekarBaru, Setu);

        changes.RollsUpInto(Cisoka, Banten, Later).Should().BeTrue();
        changes.RollsUpInto(Cisoka, Tangerang, Later).Should().BeFalse();
        changes.RollsUpInto(Cisoka, Tangsel, Later).Should().BeFalse();
    }

    [Fact]
    public void RollsUpInto_ASplitBetweenProvinces_OnlyIntoTheNation()
    {
        var changes = Changes(RegionCodeChangeKind.Split, Cisoka, Setu, Tenjolaya);

        changes.RollsUpInto(Cisoka, Banten, Later).Should().BeFalse();
        changes.RollsUpInto(Cisoka, new RegionCode(32), Later).Should().BeFalse();
        changes.RollsUpInto(Cisoka, RegionCode.Nation, Later).Should().BeTrue();
    }

    [Fact]
    public void RollsUpInto_AChainOfChanges_FollowsEveryLink()
    {
        // Cisoka renamed Serpong in 2008, Serpong merged into Serpong Utara in 2010.
        var changes = RegionCodeChanges.CreateBuilder()
            .Add(new RegionCodeChange(Cisoka, Serpong, From, RegionCodeChangeKind.Rename))
            .Add(new RegionCodeChange(Serpong, SerpongUtara, new LocalDate(2010, 3, 1), RegionCodeChangeKind.Merge))
            .Build();

        changes.RollsUpInto(Cisoka, Serpong, new LocalDate(2009, 1, 1)).Should().BeTrue();
        changes.RollsUpInto(Cisoka, Serpong, Later).Should().BeFalse();
        changes.RollsUpInto(Cisoka, SerpongUtara, Later).Should().BeTrue();
        changes.RollsUpInto(Serpong, SerpongUtara, Later).Should().BeTrue();
    }

    /// <summary>
    /// For any code, region and date: a code that counts inside a region counts inside every region containing it;
    /// a code that is not retired counts exactly where its code lies; and every code counts inside the nation.
    /// </summary>
    [Property(MaxTest = 300 / Cases.Divisor)]
    public bool Property_RollsUpInto_IsClosedUpwards_AndIsContainmentForCodesInEffect(byte kecamatan, byte regency, byte province, short days, byte kind)
    {
        RegionCode[] pool = [Cisoka, Kresek, MekarBaru, Serpong, SerpongUtara, Setu, Tenjolaya];
        var old = pool[kecamatan % 3];
        // A rename to one of the last four codes, or a split into two different ones of them: never the old code.
        int first = regency % 4;
        var changes = kind % 2 == 0
            ? Changes(RegionCodeChangeKind.Rename, old, pool[3 + first])
            : Changes(RegionCodeChangeKind.Split, old, pool[3 + first], pool[3 + ((first + 1 + (province % 3)) % 4)]);
        var date = From.PlusDays(days % 400);
        var code = pool[(kecamatan / 3) % pool.Length];

        return AncestorsOf(code).Concat(pool).All(region =>
            !changes.RollsUpInto(code, region, date)
            || AncestorsOf(region).All(above => changes.RollsUpInto(code, above, date)))
            && (changes.IsRetired(code, date) || pool.Concat(AncestorsOf(code)).All(region => changes.RollsUpInto(code, region, date) == region.Contains(code)))
            && changes.RollsUpInto(code, RegionCode.Nation, date);
    }
}
