using System;
using EktpDomain.Attainment;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Attainment;

/// <summary>The roll-up at its edges: a null report, a region without eligible residents, a report without kecamatan.</summary>
public partial class RegionRollupTests
{
    [Fact]
    public void RegionRollupCreate_NullReport_ThrowsArgumentNullNamingReport()
    {
        var act = () => RegionRollup.Create(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("report");
    }

    [Fact]
    public void RegionRollup_RegionWithNoEligibleResidents_HasNoRatioNoPercentAndNoApplicableKecamatan()
    {
        // Kresek (Kabupaten Tangerang, 36.03) has 0 eligible residents, so its target is 0 and it is not applicable;
        // a kecamatan of Kota Tangerang (36.71) has 10,000 (target 1,500, realised 300).
        var kotaKecamatan = new RegionCode(36, 71, 1);
        var data = new ScenarioBuilder()
            .Kecamatan(Kresek, 0)
            .Kecamatan(kotaKecamatan, 10_000).Recorded(kotaKecamatan, Apr(10), 300)
            .Build();

        var nation = AttainmentReport.Calculate(data, April).RollUp();
        var kabupaten = nation.Find(new RegionCode(36, 3))!;
        var kota = nation.Find(new RegionCode(36, 71))!;

        kabupaten.Eligible.Should().Be(0);
        kabupaten.Target.Should().Be(0);
        kabupaten.AttainmentRatio.Should().BeNull();
        kabupaten.RealisedPercent.Should().BeNull();
        kabupaten.KecamatanCount.Should().Be(1);
        kabupaten.Applicable.Should().Be(0);
        kota.Applicable.Should().Be(1);
        kota.AttainmentRatio.Should().Be(new Ratio(300, 1_500));
        kota.RealisedPercent.Should().Be(3m);
        nation.KecamatanCount.Should().Be(2);
        nation.Applicable.Should().Be(1);
        nation.Met.Should().Be(0);
    }

    [Fact]
    public void RegionRollupCreate_ReportWithoutKecamatan_IsAnEmptyNation()
    {
        var data = new ScenarioBuilder().Build();

        var nation = AttainmentReport.Calculate(data, April).RollUp();

        nation.Code.Should().Be(RegionCode.Nation);
        nation.Eligible.Should().Be(0);
        nation.Target.Should().Be(0);
        nation.KecamatanCount.Should().Be(0);
        nation.Children.Should().BeEmpty();
    }
}
