using System;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Incidents;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Attainment;

public class AttainmentDevicesTests
{
    [Fact]
    public void Calculate_WithInventory_SukamulyaCapacityAndUtilisation()
    {
        // The shape of the JSON example in docs/data-folder.md: 2 sets × 20 working days = 40 device-days, capacity 4,000,
        // utilisation 6,300 ÷ 4,000 = 1.575 (recording also ran in the evenings and at weekends).
        var data = new ScenarioBuilder { Inventory = Static(2, Sukamulya) }
            .Kecamatan(Sukamulya, 41_000).Recorded(Sukamulya, Apr(10), 6_300)
            .Build();

        var report = AttainmentReport.Calculate(data, April);
        var row = report[Sukamulya];

        row.DeviceDays.Should().Be(40);
        row.OutageDeviceDays.Should().Be(0);
        row.Capacity.Should().Be(4_000);
        row.UtilisationRatio.Should().Be(new Ratio(63, 40));
        row.UtilisationPercent.Should().Be(157.5m);
        row.DeviceCapacity!.WorkingDays.Should().Be(20);
        row.ShortfallAttribution.Shortfall.Should().Be(0);
        row.ShortfallAttribution.Outage.Should().Be(Ratio.Zero, "met: every part is zero");
        report.Capacity.Should().NotBeNull();
        report.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Calculate_WithoutInventory_DeviceFiguresAreNotApplicableNotZero()
    {
        var data = new ScenarioBuilder()
            .Kecamatan(SepatanTimur, 20_000)
            .Recorded(SepatanTimur, new LocalDate(2012, 3, 1), 8_000)
            .Recorded(SepatanTimur, Apr(10), 1_000)
            .Lost(SepatanTimur, Apr(11), 1_738)
            .Build();

        var report = AttainmentReport.Calculate(data, April);
        var row = report[SepatanTimur];

        row.DeviceCapacity.Should().BeNull();
        row.DeviceDays.Should().BeNull();
        row.OutageDeviceDays.Should().BeNull();
        row.Capacity.Should().BeNull();
        row.UtilisationRatio.Should().BeNull();
        row.UtilisationPercent.Should().BeNull();
        report.Capacity.Should().BeNull();
        row.ShortfallAttribution.Shortfall.Should().Be(3_000 + 738);
        row.ShortfallAttribution.DataLoss.Should().Be(1_738);
        row.ShortfallAttribution.Outage.Should().BeNull();
        row.ShortfallAttribution.Demand.Should().Be(new Ratio(2_000, 1));
        report.Findings.Select(f => f.RuleId).Should().Equal("data-loss", "mobile-unit-recommended");
    }

    [Fact]
    public void Calculate_SepatanTimurServerDown_ShortfallSplitAndFindings()
    {
        var data = new ScenarioBuilder
        {
            Inventory = Static(2, SepatanTimur),
            Incidents = Log(Site("IN-1", SepatanTimur, DeviceComponent.Server, IncidentCause.Unknown, Apr(9), Apr(12))),
        }
            .Kecamatan(SepatanTimur, 20_000)
            .Recorded(SepatanTimur, new LocalDate(2012, 3, 1), 8_000)
            .Recorded(SepatanTimur, Apr(10), 1_000)
            .Lost(SepatanTimur, Apr(11), 1_738)
            .Rerecorded(SepatanTimur, Apr(20), 100)
            .Build();

        var row = AttainmentReport.Calculate(data, April)[SepatanTimur];

        row.DeviceDays.Should().Be(32);
        row.OutageDeviceDays.Should().Be(8);
        row.Capacity.Should().Be(3_200);
        row.ShortfallAttribution.DataLoss.Should().Be(1_638);
        row.ShortfallAttribution.Outage.Should().Be(new Ratio(275, 1), "8 outage device-days × (1,100 gross ÷ 32 available)");
        row.ShortfallAttribution.Demand.Should().Be(new Ratio(1_725, 1));
    }

    [Fact]
    public void Calculate_OptionsThroughputAndRules_AreUsed()
    {
        var data = new ScenarioBuilder
        {
            Inventory = Static(1, Kresek),
            Incidents = Log(Device("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Lightning, Apr(2), Apr(16))),
        }.Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(20), 1_000).Build();

        var report = AttainmentReport.Calculate(data, April, new AttainmentOptions { Throughput = 250, Rules = IncidentRuleSet.Default.Without("lightning") });

        report[Kresek].Capacity.Should().Be(10 * 250);
        report.Capacity!.Throughput.Should().Be(250);
        report.Findings.Select(f => f.RuleId).Should().Equal("no-working-device", "long-outage");
        AttainmentReport.Calculate(data, April, new AttainmentOptions { Rules = IncidentRuleSet.Empty }).Findings.Should().BeEmpty();
        AttainmentOptions.Default.Throughput.Should().Be(100);
        AttainmentOptions.Default.Rules.Should().BeSameAs(IncidentRuleSet.Default);
    }

    [Fact]
    public void Options_BadThroughputOrRules_Throw()
    {
        var zero = () => new AttainmentOptions { Throughput = 0 };
        zero.Should().Throw<ArgumentOutOfRangeException>();
        var none = () => new AttainmentOptions { Rules = null! };
        none.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Calculate_NationalInventoryWithDistrictData_OnlyTheDataKecamatanAreReported()
    {
        var data = new ScenarioBuilder
        {
            Inventory = Static(1, Kresek, new RegionCode(11, 1, 1)),
            Incidents = Log(Site("IN-1", new RegionCode(11, 1, 1), DeviceComponent.Server, IncidentCause.Lightning, Apr(2), Apr(30))),
        }.Kecamatan(Kresek, 40_000).Build();

        var report = AttainmentReport.Calculate(data, April);

        report.Capacity!.KecamatanRows.Select(k => k.Code).Should().Equal(Kresek);
        report.Findings.Should().BeEmpty("the lightning struck outside the data's kecamatan");
    }
}
