using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Regions;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Regions;

/// <summary>
/// R24 in the coverage: retired codes are not counted and the region is where they roll up; and coverage counted in
/// kabupaten/kota for data kept per kabupaten/kota.
/// </summary>
public class KecamatanCoverageCodeChangeTests
{
    private static readonly RegionCode Banten = new(36);
    private static readonly RegionCode KabTangerang = new(36, 3);
    private static readonly RegionCode KotaTangerang = new(36, 71);
    private static readonly RegionCode KotaTangsel = new(36, 74);
    private static readonly RegionCode KabBogor = new(32, 1);
    private static readonly RegionCode Cisoka = new(36, 3, 5);
    private static readonly RegionCode Kresek = new(36, 3, 6);
    private static readonly RegionCode SindangJaya = new(36, 3, 29);
    private static readonly RegionCode MekarBaru = new(36, 3, 33);
    private static readonly RegionCode Serpong = new(36, 74, 1);
    private static readonly RegionCode SerpongUtara = new(36, 74, 2);
    private static readonly RegionCode Setu = new(36, 74, 7);
    private static readonly RegionCode Tenjolaya = new(32, 1, 40);

    private static readonly LocalDate From = new(2008, 12, 26);
    private static readonly LocalDate ReportEnd = new(2012, 4, 30);

    private static RegionCodeChanges Renamed(RegionCode old, RegionCode @new) =>
        RegionCodeChanges.CreateBuilder().Add(new RegionCodeChange(old, @new, From, RegionCodeChangeKind.Rename)).Build();

    private static RegionCodeChanges Split(RegionCode old, params RegionCode[] parts)
    {
        var builder = RegionCodeChanges.CreateBuilder();
        foreach (var part in parts)
        {
            builder.Add(new RegionCodeChange(old, part, From, RegionCodeChangeKind.Split));
        }

        return builder.Build();
    }

    [Fact]
    public void Of_NoChanges_IsTheSameAsOfTheCodes()
    {
        RegionCode[] codes = [Cisoka, Kresek, Serpong];
        RegionCode[] regencies = [KabTangerang, KotaTangsel];

        KecamatanCoverage.Of(codes, RegionCodeChanges.None, ReportEnd).Should().Be(KecamatanCoverage.Of(codes));
        KecamatanCoverage.Of(codes, RegionCodeChanges.None, ReportEnd).Should().Be(new KecamatanCoverage(Banten, 3, 155));
        KecamatanCoverage.Of(codes, RegionCodeChanges.CreateBuilder().Build(), ReportEnd).Should().Be(new KecamatanCoverage(Banten, 3, 155));
        KecamatanCoverage.Of(regencies, RegionCodeChanges.None, ReportEnd).Should().Be(new KecamatanCoverage(Banten, 2, 8) { Level = RegionLevel.Regency });
        KecamatanCoverage.Of([], RegionCodeChanges.None, ReportEnd).Should().Be(new KecamatanCoverage(RegionCode.Nation, 0, 7_285));
    }

    [Fact]
    public void Of_ChangesOfOtherCodes_AreTheSameAsOfTheCodes()
    {
        var changes = Renamed(Kresek, SindangJaya);

        KecamatanCoverage.Of([Serpong, SerpongUtara], changes, ReportEnd).Should().Be(new KecamatanCoverage(KotaTangsel, 2, 7));
    }

    [Fact]
    public void Of_RetiredCodeBesideItsSuccessor_IsNotCounted()
    {
        // 36.03.05 renamed 36.74.01: today's kecamatan are 36.74.01 and 36.74.02, both of Kota Tangerang Selatan.
        var changes = Renamed(Cisoka, Serpong);

        KecamatanCoverage.Of([Cisoka, Serpong, SerpongUtara], changes, ReportEnd).Should().Be(new KecamatanCoverage(KotaTangsel, 2, 7));
        KecamatanCoverage.Of([Cisoka, Serpong, SerpongUtara], changes, From).Should().Be(new KecamatanCoverage(KotaTangsel, 2, 7));
    }

    [Fact]
    public void Of_BeforeTheRetirement_NothingChanges()
    {
        var changes = Renamed(Cisoka, Serpong);
        RegionCode[] codes = [Cisoka, Serpong, SerpongUtara];

        KecamatanCoverage.Of(codes, changes, From.PlusDays(-1)).Should().Be(KecamatanCoverage.Of(codes));
        KecamatanCoverage.Of(codes, changes, From.PlusDays(-1)).Should().Be(new KecamatanCoverage(Banten, 3, 155));
        KecamatanCoverage.Of([Cisoka], changes, From.PlusDays(-1)).Should().Be(new KecamatanCoverage(Cisoka, 1, 1));
    }

    [Fact]
    public void Of_RetiredCodeRollingUpElsewhere_WidensTheRegion_ButIsNotCounted()
    {
        // Kresek stays in Kabupaten Tangerang; Cisoka's history rolls up with Serpong, in Kota Tangerang Selatan.
        var changes = Renamed(Cisoka, Serpong);

        KecamatanCoverage.Of([Cisoka, Kresek], changes, ReportEnd).Should().Be(new KecamatanCoverage(Banten, 1, 155));
    }

    [Fact]
    public void Of_OnlyRetiredCodes_IsTheirRollUpRegion_WithNoneCounted()
    {
        KecamatanCoverage.Of([Cisoka], Renamed(Cisoka, Serpong), ReportEnd).Should().Be(new KecamatanCoverage(Serpong, 0, 1));
        KecamatanCoverage.Of([Cisoka], Split(Cisoka, MekarBaru, Setu), ReportEnd).Should().Be(new KecamatanCoverage(Banten, 0, 155));
    }

    [Fact]
    public void Of_SplitWithinTheRegency_KeepsTheRegency()
    {
        var changes = Split(Cisoka, MekarBaru, SindangJaya);

        KecamatanCoverage.Of([Cisoka, Kresek], changes, ReportEnd).Should().Be(new KecamatanCoverage(KabTangerang, 1, 29));
    }

    [Fact]
    public void Of_SplitAcrossRegencies_IsTheProvince()
    {
        var changes = Split(Cisoka, MekarBaru, Setu);

        KecamatanCoverage.Of([Cisoka, Kresek], changes, ReportEnd).Should().Be(new KecamatanCoverage(Banten, 1, 155));
        KecamatanCoverage.Of([Cisoka, Kresek], changes, From.PlusDays(-1)).Should().Be(new KecamatanCoverage(KabTangerang, 2, 29));
    }

    [Fact]
    public void Of_SplitAcrossProvinces_IsTheNation()
    {
        var changes = Split(Cisoka, MekarBaru, Tenjolaya);

        KecamatanCoverage.Of([Cisoka, Kresek], changes, ReportEnd).Should().Be(new KecamatanCoverage(RegionCode.Nation, 1, 7_285));
    }

    [Fact]
    public void Of_ChainOfChanges_FollowsItToTheReportsEnd()
    {
        // Cisoka renamed 36.03.33 in 2008, then 36.03.33 renamed 36.74.07 in 2015.
        var changes = RegionCodeChanges.CreateBuilder()
            .Add(new RegionCodeChange(Cisoka, MekarBaru, From, RegionCodeChangeKind.Rename))
            .Add(new RegionCodeChange(MekarBaru, Setu, new LocalDate(2015, 7, 1), RegionCodeChangeKind.Rename))
            .Build();

        KecamatanCoverage.Of([Cisoka, Kresek], changes, ReportEnd).Should().Be(new KecamatanCoverage(KabTangerang, 1, 29));
        KecamatanCoverage.Of([Cisoka, SerpongUtara], changes, ReportEnd).Should().Be(new KecamatanCoverage(Banten, 1, 155));
        KecamatanCoverage.Of([Cisoka, SerpongUtara], changes, new LocalDate(2015, 7, 1)).Should().Be(new KecamatanCoverage(KotaTangsel, 1, 7));
    }

    [Fact]
    public void Of_Null_Throws()
    {
        FluentActions.Invoking(() => KecamatanCoverage.Of(null!, RegionCodeChanges.None, ReportEnd))
            .Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("kecamatan");
        FluentActions.Invoking(() => KecamatanCoverage.Of([Cisoka], null!, ReportEnd))
            .Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("changes");
        FluentActions.Invoking(() => KecamatanCoverage.Of((IReadOnlyCollection<RegionCode>)null!))
            .Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("kecamatan");
        FluentActions.Invoking(() => KecamatanCoverage.Of(Banten, -1))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("covered");
    }

    [Fact]
    public void Of_NoCodes_WithChanges_IsTheNationWithNoneCounted()
    {
        KecamatanCoverage.Of([], Renamed(Cisoka, Serpong), ReportEnd).Should().Be(KecamatanCoverage.Of([]));
    }

    [Fact]
    public void Of_KabupatenCodes_CountsKabupatenKota()
    {
        var coverage = KecamatanCoverage.Of([KabTangerang, KotaTangsel]);

        coverage.Should().Be(new KecamatanCoverage(Banten, 2, 8) { Level = RegionLevel.Regency });
        coverage.Level.Should().Be(RegionLevel.Regency);
        coverage.IsPartial.Should().BeTrue();
        coverage.ToString().Should().Be("36: 2 of 8 kabupaten/kota");
        KecamatanCoverage.Of([KotaTangsel]).Should().Be(new KecamatanCoverage(KotaTangsel, 1, 1) { Level = RegionLevel.Regency });
        KecamatanCoverage.Of([KabTangerang, KabBogor]).ToString().Should().Be("0: 2 of 514 kabupaten/kota");
    }

    [Fact]
    public void Of_KabupatenCodes_WithChanges_CountsOnlyTodaysKabupatenKota()
    {
        // A hypothetical: Kabupaten Tangerang renamed 36.74 from 26 December 2008.
        var changes = Renamed(KabTangerang, KotaTangsel);
        var regency = (KecamatanCoverage c) => c with { Level = RegionLevel.Regency };

        KecamatanCoverage.Of([KabTangerang, KotaTangsel, KotaTangerang], changes, ReportEnd).Should().Be(regency(new KecamatanCoverage(Banten, 2, 8)));
        KecamatanCoverage.Of([KabTangerang, KotaTangsel], changes, ReportEnd).Should().Be(regency(new KecamatanCoverage(KotaTangsel, 1, 1)));
        KecamatanCoverage.Of([KabTangerang, KotaTangsel], changes, From.PlusDays(-1)).Should().Be(regency(new KecamatanCoverage(Banten, 2, 8)));
        KecamatanCoverage.Of([KabTangerang, KotaTangerang], Split(KabTangerang, KotaTangsel, KabBogor), ReportEnd)
            .Should().Be(regency(new KecamatanCoverage(RegionCode.Nation, 1, 514)));
    }

    [Fact]
    public void Of_OnlyRetiredKabupatenCodes_StillCountsKabupatenKota()
    {
        var coverage = KecamatanCoverage.Of([KabTangerang], Renamed(KabTangerang, KotaTangsel), ReportEnd);

        coverage.Should().Be(new KecamatanCoverage(KotaTangsel, 0, 1) { Level = RegionLevel.Regency });
        coverage.ToString().Should().Be("36.74: 0 of 1 kabupaten/kota");
    }

    [Fact]
    public void OfRegionAtLevel_CountsAgainstTheCatalogue()
    {
        KecamatanCoverage.Of(Banten, 8, RegionLevel.Regency).Should().Be(new KecamatanCoverage(Banten, 8, 8) { Level = RegionLevel.Regency });
        KecamatanCoverage.Of(Banten, 8, RegionLevel.Regency).IsPartial.Should().BeFalse();
        KecamatanCoverage.Of(Banten, 3, RegionLevel.Regency).IsPartial.Should().BeTrue();
        KecamatanCoverage.Of(RegionCode.Nation, 2, RegionLevel.Regency).Should().Be(new KecamatanCoverage(RegionCode.Nation, 2, 514) { Level = RegionLevel.Regency });
        KecamatanCoverage.Of(KotaTangsel, 1, RegionLevel.Regency).Should().Be(new KecamatanCoverage(KotaTangsel, 1, 1) { Level = RegionLevel.Regency });
        KecamatanCoverage.Of(new RegionCode(36, 69), 1, RegionLevel.Regency).Catalogued.Should().BeNull();
        KecamatanCoverage.Of(new RegionCode(36, 69), 1, RegionLevel.Regency).IsPartial.Should().BeFalse();
        KecamatanCoverage.Of(Banten, 3, RegionLevel.Kecamatan).Should().Be(KecamatanCoverage.Of(Banten, 3));
        KecamatanCoverage.Of(Banten, 3, RegionLevel.Kecamatan).Should().Be(new KecamatanCoverage(Banten, 3, 155));
    }

    [Fact]
    public void OfRegionAtLevel_OtherLevelsNegativeCountsAndSmallRegions_Throw()
    {
        FluentActions.Invoking(() => KecamatanCoverage.Of(Banten, 1, RegionLevel.Province))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("level");
        FluentActions.Invoking(() => KecamatanCoverage.Of(Banten, 1, RegionLevel.Village))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("A coverage counts kecamatan or kabupaten/kota.*");
        FluentActions.Invoking(() => KecamatanCoverage.Of(Banten, -1, RegionLevel.Regency))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("covered");
        FluentActions.Invoking(() => KecamatanCoverage.Of(Cisoka, 1, RegionLevel.Regency))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("Region code '36.03.05' is a Kecamatan code; kabupaten/kota are counted in a province or the nation.*")
            .Which.ParamName.Should().Be("region");
    }

    [Fact]
    public void Level_IsKecamatanByDefault_AndPartOfEquality()
    {
        default(KecamatanCoverage).Level.Should().Be(RegionLevel.Kecamatan);
        new KecamatanCoverage(Banten, 8, 8).Level.Should().Be(RegionLevel.Kecamatan);
        new KecamatanCoverage(Banten, 8, 8) { Level = RegionLevel.Kecamatan }.Should().Be(new KecamatanCoverage(Banten, 8, 8));
        new KecamatanCoverage(Banten, 8, 8) { Level = RegionLevel.Regency }.Should().NotBe(new KecamatanCoverage(Banten, 8, 8));
        (new KecamatanCoverage(Banten, 8, 8) { Level = RegionLevel.Regency } with { Covered = 7 }).Level.Should().Be(RegionLevel.Regency);
    }

    [Theory]
    [InlineData(RegionLevel.Nation)]
    [InlineData(RegionLevel.Province)]
    [InlineData(RegionLevel.Village)]
    [InlineData((RegionLevel)9)]
    public void Level_OtherLevels_AreRejected(RegionLevel level)
    {
        var act = () => new KecamatanCoverage(Banten, 1, 8) { Level = level };

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithMessage("A coverage counts kecamatan or kabupaten/kota.*")
            .Which.ActualValue.Should().Be(level);
    }

    [Fact]
    public void ToString_NamesWhatIsCounted()
    {
        new KecamatanCoverage(Banten, 8, 8) { Level = RegionLevel.Regency }.ToString().Should().Be("36: 8 of 8 kabupaten/kota");
        new KecamatanCoverage(new RegionCode(36, 69), 1, null) { Level = RegionLevel.Regency }.ToString().Should().Be("36.69: 1 kabupaten/kota");
        KecamatanCoverage.Of(new RegionCode(36, 69), 1, RegionLevel.Regency).ToString().Should().Be("36.69: 1 kabupaten/kota");
        new KecamatanCoverage(Serpong, 0, 1).ToString().Should().Be("36.74.01: 0 of 1 kecamatan");
        new KecamatanCoverage(KabTangerang, 3, null).ToString().Should().Be("36.03: 3 kecamatan");
    }

    [Fact]
    public void Catalogue_CountsRegencies_AsTheSourceListsThem()
    {
        var catalogue = RegionCatalogue.Kemendagri2025;
        var sourceRegencies = RegionCatalogueGenerator.ReadCsv(RegionCatalogueGenerator.SourceCsvPath)
            .Select(r => RegionCode.Parse(r.Code))
            .Where(c => c.Level == RegionLevel.Regency)
            .ToList();

        catalogue.CountRegencies(Banten).Should().Be(8);
        catalogue.CountRegencies(Banten).Should().Be(sourceRegencies.Count(c => c.Province == Banten));
        catalogue.GetChildren(Banten).Should().Equal(
            new RegionCode(36, 1), new RegionCode(36, 2), KabTangerang, new RegionCode(36, 4), KotaTangerang, new RegionCode(36, 72), new RegionCode(36, 73), KotaTangsel);
        catalogue.CountRegencies(RegionCode.Nation).Should().Be(514);
        catalogue.CountRegencies(RegionCode.Nation).Should().Be(sourceRegencies.Count);
        catalogue.CountRegencies(RegionCode.Nation).Should().Be(catalogue.GetCodes(RegionLevel.Province).Sum(p => catalogue.CountRegencies(p)));
        catalogue.CountRegencies(new RegionCode(32)).Should().Be(sourceRegencies.Count(c => c.ProvincePart == 32)).And.Be(27);
        catalogue.CountRegencies(KabTangerang).Should().Be(1);
        catalogue.CountRegencies(new RegionCode(36, 69)).Should().Be(0);
        catalogue.CountRegencies(new RegionCode(69)).Should().Be(0);
    }

    [Theory]
    [InlineData("36.03.05", "Kecamatan")]
    [InlineData("36.03.05.2001", "Village")]
    public void Catalogue_CountRegencies_BelowTheRegencyLevel_Throws(string code, string level)
    {
        var act = () => RegionCatalogue.Kemendagri2025.CountRegencies(RegionCode.Parse(code));

        act.Should().ThrowExactly<ArgumentException>()
            .WithMessage($"Region code '{code}' is a {level} code; kabupaten/kota are counted in a province or the nation.*")
            .Which.ParamName.Should().Be("region");
    }
}
