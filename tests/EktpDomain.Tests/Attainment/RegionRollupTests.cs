using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Attainment;

public partial class RegionRollupTests
{
    [Fact]
    public void RollUp_KecamatanToRegencyToProvinceToNation()
    {
        var tigaraksa = new RegionCode(36, 3, 3);
        var sukamulya = new RegionCode(36, 3, 27);
        var serangKota = new RegionCode(36, 73, 1);
        var bekasi = new RegionCode(32, 16, 1);
        var data = new ScenarioBuilder()
            .Kecamatan(tigaraksa, 10_000).Recorded(tigaraksa, new LocalDate(2012, 4, 5), 1_600)
            .Kecamatan(sukamulya, 20_000).Recorded(sukamulya, new LocalDate(2012, 4, 5), 1_000)
            .Kecamatan(serangKota, 4_000).Recorded(serangKota, new LocalDate(2012, 4, 5), 600)
            .Kecamatan(bekasi, 2_000)
            .Build();

        var nation = AttainmentReport.Calculate(data, April).RollUp();

        nation.Code.Should().Be(RegionCode.Nation);
        nation.Name.Should().Be("Indonesia");
        nation.Children.Select(c => c.Code).Should().Equal(new RegionCode(32), new RegionCode(36));
        var tangerang = nation.Find(new RegionCode(36, 3))!;
        tangerang.Name.Should().Be("Kabupaten Tangerang");
        tangerang.Target.Should().Be(1_500 + 3_000);
        tangerang.Realised.Should().Be(2_600);
        tangerang.Met.Should().Be(1);
        tangerang.Applicable.Should().Be(2);
        tangerang.KecamatanCount.Should().Be(2);
        tangerang.RealisedPercent.Should().Be(2_600m * 100 / 30_000);
        tangerang.AttainmentRatio.Should().Be(new Ratio(2_600, 4_500));
        var banten = nation.Find(new RegionCode(36))!;
        banten.Target.Should().Be(4_500 + 600);
        banten.Met.Should().Be(2);
        nation.Find(bekasi)!.AttainmentRatio.Should().Be(new Ratio(0, 1));
        nation.Find(new RegionCode(11))!.Should().BeNull();
        nation.Find(new RegionCode(36, 3, 30)).Should().BeNull();
        nation.GetRegions(RegionLevel.Regency).Select(r => r.Code).Should().Equal(new RegionCode(32, 16), new RegionCode(36, 3), new RegionCode(36, 73));
        nation.GetRegions(RegionLevel.Kecamatan).Should().HaveCount(4);
    }
}
