using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Regions;

public partial class RegionCatalogueTests
{
    [Fact]
    public void FindByName_EveryKecamatanOfTheSourceCsv_FindsExactlyTheCodesWithThatName()
    {
        // The reference is the source file itself: every kecamatan name, and all codes that carry it.
        var byName = SourceRows.Value
            .Where(r => r.Code.Count(c => c == '.') == 2)
            .GroupBy(r => r.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToList();

        foreach (var group in byName.Take(400))
        {
            Catalogue.FindByName(RegionLevel.Kecamatan, group.Key)
                .Select(c => c.ToString())
                .Should().Equal(group.Select(r => r.Code).Order(StringComparer.Ordinal), "for the name {0}", group.Key);
        }

        byName.Max(g => g.Count()).Should().BeGreaterThan(1, "the catalogue has kecamatan names used more than once");
    }

    [Fact]
    public void FindByName_CaseAndWhiteSpaceDiffer_StillMatches()
    {
        var expected = RegionCode.Parse("36.03.30");
        Catalogue.GetName(expected).Should().Be("Sepatan Timur");

        Catalogue.FindByName(RegionLevel.Kecamatan, "  sepatan   TIMUR ").Should().Equal(expected);
    }

    [Fact]
    public void FindByName_Within_KeepsOnlyRegionsInside()
    {
        var all = Catalogue.FindByName(RegionLevel.Kecamatan, "Karanganyar");
        all.Should().HaveCountGreaterThan(1);
        var regency = all[0].Regency;

        Catalogue.FindByName(RegionLevel.Kecamatan, "Karanganyar", regency)
            .Should().Equal(all.Where(regency.Contains));
        Catalogue.FindByName(RegionLevel.Kecamatan, "Karanganyar", RegionCode.Nation).Should().Equal(all);
    }

    [Fact]
    public void FindByName_UnknownNameOrOtherLevel_IsEmpty()
    {
        Catalogue.FindByName(RegionLevel.Kecamatan, "Atlantis").Should().BeEmpty();
        Catalogue.FindByName(RegionLevel.Province, "Sepatan Timur").Should().BeEmpty();
        Catalogue.FindByName(RegionLevel.Province, "banten").Should().Equal(new RegionCode(36));
    }

    [Fact]
    public void FindByName_BadArguments_Throw()
    {
        var nullName = () => Catalogue.FindByName(RegionLevel.Kecamatan, null!);
        var badLevel = () => Catalogue.FindByName((RegionLevel)9, "Sepatan");

        nullName.Should().Throw<ArgumentNullException>().WithParameterName("name");
        badLevel.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
    }
}
