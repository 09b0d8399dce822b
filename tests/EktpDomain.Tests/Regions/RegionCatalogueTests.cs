using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Regions;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Regions;

public partial class RegionCatalogueTests
{
    private static RegionCatalogue Catalogue => RegionCatalogue.Kemendagri2025;

    private static readonly Lazy<IReadOnlyList<(string Code, string Name)>> SourceRows =
        new(() => RegionCatalogueGenerator.ReadCsv(RegionCatalogueGenerator.SourceCsvPath));

    [Theory]
    [InlineData(RegionLevel.Nation, 1)]
    [InlineData(RegionLevel.Province, 38)]
    [InlineData(RegionLevel.Regency, 514)]
    [InlineData(RegionLevel.Kecamatan, 7_285)]
    [InlineData(RegionLevel.Village, 83_762)]
    public void CountAt_EachLevel_GivesTheNationalCount(RegionLevel level, int expected)
    {
        Catalogue.CountAt(level).Should().Be(expected);
        Catalogue.GetCodes(level).Should().HaveCount(expected);
    }

    [Fact]
    public void Count_IsEveryCodeOfTheSourceFileWithoutTheNation()
    {
        Catalogue.Count.Should().Be(91_599);
        Catalogue.Count.Should().Be(SourceRows.Value.Count);
    }

    [Theory]
    [InlineData("0", "Indonesia")]
    [InlineData("36", "Banten")]
    [InlineData("36.03", "Kabupaten Tangerang")]
    [InlineData("36.03.27", "Sukamulya")]
    [InlineData("36.03.30", "Sepatan Timur")]
    [InlineData("36.03.27.2002", "Sukamulya")]
    [InlineData("36.71", "Kota Tangerang")]
    [InlineData("11.01.01.2001", "Keude Bakongan")]
    [InlineData("53.07.01.2021", "Regapu’u")]
    [InlineData("12.07.28.1007", "Lubuk Pakam I,II")]
    [InlineData("96", "Papua Barat Daya")]
    public void GetName_KnownCode_GivesOfficialName(string code, string expected)
    {
        var region = RegionCode.Parse(code);

        Catalogue.GetName(region).Should().Be(expected);
        Catalogue.TryGetName(region, out var name).Should().BeTrue();
        name.Should().Be(expected);
        Catalogue.Contains(region).Should().BeTrue();
    }

    [Fact]
    public void GetName_SourceNameWithTrailingSpace_IsTrimmed()
    {
        Catalogue.GetName(RegionCode.Parse("31.72")).Should().Be("Kota Administrasi Jakarta Utara");
    }

    [Fact]
    public void GetName_EveryRowOfTheSourceCsv_GivesItsTrimmedName()
    {
        foreach (var (code, name) in SourceRows.Value)
        {
            string actual = Catalogue.GetName(RegionCode.Parse(code));
            if (actual != name.Trim())
            {
                actual.Should().Be(name.Trim(), $"the name of {code}");
            }
        }
    }

    [Theory]
    [InlineData("36.03.21", "Region code '36.03.21' is not in the Kemendagri 2025 region catalogue (Kepmendagri 300.2.2-2138 Tahun 2025). Its nearest known ancestor is '36.03' (Kabupaten Tangerang), which has 29 kecamatan. Check the code, or whether the region was created or renumbered after that decree.")]
    [InlineData("36.03.27.2009", "Region code '36.03.27.2009' is not in the Kemendagri 2025 region catalogue (Kepmendagri 300.2.2-2138 Tahun 2025). Its nearest known ancestor is '36.03.27' (Sukamulya), which has 8 villages. Check the code, or whether the region was created or renumbered after that decree.")]
    [InlineData("36.05.01.2001", "Region code '36.05.01.2001' is not in the Kemendagri 2025 region catalogue (Kepmendagri 300.2.2-2138 Tahun 2025). Its nearest known ancestor is '36' (Banten), which has 8 regencies and cities. Check the code, or whether the region was created or renumbered after that decree.")]
    [InlineData("99", "Region code '99' is not in the Kemendagri 2025 region catalogue (Kepmendagri 300.2.2-2138 Tahun 2025). Its nearest known ancestor is '0' (Indonesia), which has 38 provinces. Check the code, or whether the region was created or renumbered after that decree.")]
    public void GetName_UnknownCode_ThrowsKeyNotFoundNamingCodeAndNearestAncestor(string code, string message)
    {
        var region = RegionCode.Parse(code);

        var act = () => Catalogue.GetName(region);

        act.Should().Throw<KeyNotFoundException>().WithMessage(message);
        Catalogue.TryGetName(region, out var name).Should().BeFalse();
        name.Should().BeNull();
        Catalogue.Contains(region).Should().BeFalse();
        Catalogue.GetChildren(region).Should().BeEmpty();
    }

    [Fact]
    public void GetChildren_KabupatenTangerang_AreItsTwentyNineKecamatanInCodeOrder()
    {
        var children = Catalogue.GetChildren(RegionCode.Parse("36.03"));

        children.Select(code => code.ToString()).Should().Equal(
            "36.03.01", "36.03.02", "36.03.03", "36.03.04", "36.03.05", "36.03.06", "36.03.07", "36.03.08", "36.03.09",
            "36.03.10", "36.03.11", "36.03.12", "36.03.13", "36.03.14", "36.03.15", "36.03.16", "36.03.17", "36.03.18",
            "36.03.19", "36.03.20", "36.03.22", "36.03.23", "36.03.27", "36.03.28", "36.03.29", "36.03.30", "36.03.31",
            "36.03.32", "36.03.33");
    }

    [Fact]
    public void GetChildren_Nation_AreThe38Provinces()
    {
        var provinces = Catalogue.GetChildren(RegionCode.Nation);

        provinces.Should().HaveCount(38);
        provinces.Should().OnlyContain(code => code.Level == RegionLevel.Province);
        provinces[0].Should().Be(new RegionCode(11));
        provinces[^1].Should().Be(new RegionCode(96));
    }

    [Fact]
    public void GetChildren_Sukamulya_AreItsEightDesa()
    {
        var villages = Catalogue.GetChildren(RegionCode.Parse("36.03.27"));

        villages.Select(code => Catalogue.GetName(code)).Should().Equal(
            "Benda", "Sukamulya", "Kaliasin", "Buniayu", "Parahu", "Merak", "Bunar", "Kubang");
        villages.Should().OnlyContain(code => code.VillageKind == VillageKind.Desa);
    }

    [Fact]
    public void GetChildren_Village_IsEmpty()
    {
        Catalogue.GetChildren(RegionCode.Parse("36.03.27.2001")).Should().BeEmpty();
    }

    [Fact]
    public void GetChildren_View_CannotBeIndexedOutsideItsRange()
    {
        var children = Catalogue.GetChildren(RegionCode.Parse("36.03"));

        var before = () => children[-1];
        var after = () => children[29];

        before.Should().Throw<ArgumentOutOfRangeException>();
        after.Should().Throw<ArgumentOutOfRangeException>();
        children.Should().NotBeAssignableTo<RegionCode[]>().And.NotBeAssignableTo<IList<RegionCode>>();
    }

    [Theory]
    [InlineData(RegionLevel.Nation)]
    [InlineData(RegionLevel.Province)]
    [InlineData(RegionLevel.Regency)]
    [InlineData(RegionLevel.Kecamatan)]
    [InlineData(RegionLevel.Village)]
    public void GetCodes_EachLevel_AreThatLevelInStrictCodeOrder(RegionLevel level)
    {
        var codes = Catalogue.GetCodes(level);

        codes.Should().OnlyContain(code => code.Level == level);
        codes.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void GetCodes_AllLevels_AreExactlyTheSourceCodes()
    {
        var all = Enumerable.Range(1, 4).SelectMany(level => Catalogue.GetCodes((RegionLevel)level)).Order().Select(code => code.ToString());

        all.Should().Equal(SourceRows.Value.Select(row => row.Code));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void CountAtAndGetCodes_UndefinedLevel_ThrowArgumentOutOfRange(int level)
    {
        var count = () => Catalogue.CountAt((RegionLevel)level);
        var codes = () => Catalogue.GetCodes((RegionLevel)level);

        count.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level")
            .WithMessage("The level must be Nation, Province, Regency, Kecamatan or Village.*");
        codes.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level")
            .WithMessage("The level must be Nation, Province, Regency, Kecamatan or Village.*");
    }

    [Fact]
    public void EveryCode_ParentIsInTheCatalogue()
    {
        foreach (var level in new[] { RegionLevel.Province, RegionLevel.Regency, RegionLevel.Kecamatan, RegionLevel.Village })
        {
            foreach (var code in Catalogue.GetCodes(level))
            {
                if (!Catalogue.Contains(code.Parent))
                {
                    Catalogue.Contains(code.Parent).Should().BeTrue($"{code} needs its parent {code.Parent}");
                }
            }
        }
    }

    [Fact]
    public void GetChildren_OfEveryCodeAtALevel_PartitionTheLevelBelow()
    {
        foreach (var level in new[] { RegionLevel.Nation, RegionLevel.Province, RegionLevel.Regency, RegionLevel.Kecamatan })
        {
            // Plain loops and one assertion per level: asserting per parent made this test take seconds.
            var below = new List<RegionCode>();
            var strays = new List<RegionCode>();
            foreach (var parent in Catalogue.GetCodes(level))
            {
                foreach (var child in Catalogue.GetChildren(parent))
                {
                    below.Add(child);
                    if (child.Parent != parent)
                    {
                        strays.Add(child);
                    }
                }
            }

            strays.Should().BeEmpty($"every child of a {level} has it as its parent");
            below.SequenceEqual(Catalogue.GetCodes(level + 1)).Should().BeTrue($"the children of every {level} make up the level below, in order");
        }
    }

    [Fact]
    public void Kemendagri2025_RepeatedAccess_IsTheSameInstance()
    {
        RegionCatalogue.Kemendagri2025.Should().BeSameAs(RegionCatalogue.Kemendagri2025);
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(RegionCodeGenerators)])]
    public bool Property_LookupsAgree(RegionCode code)
    {
        bool known = Catalogue.Contains(code);
        bool found = Catalogue.TryGetName(code, out var name);
        bool throws;
        try
        {
            _ = Catalogue.GetName(code);
            throws = false;
        }
        catch (KeyNotFoundException)
        {
            throws = true;
        }

        var children = Catalogue.GetChildren(code);
        return known == found
            && throws == !known
            && (name is null) == !known
            && (known || children.Count == 0)
            && children.All(child => child.Parent == code && Catalogue.Contains(child))
            && (!known || code.IsNation || Catalogue.Contains(code.Parent));
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(RegionCodeGenerators)])]
    public bool Property_ContainsAgreesWithTheSourceList(RegionCode code) =>
        Catalogue.Contains(code) == (code.IsNation || SourceCodes.Value.Contains(code.ToString()));

    private static readonly Lazy<HashSet<string>> SourceCodes =
        new(() => SourceRows.Value.Select(row => row.Code).ToHashSet(StringComparer.Ordinal));
}
