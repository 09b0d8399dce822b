using System;
using System.Collections.Generic;
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

/// <summary>The report at its edges: null data, the indexer and summary, a kecamatan with no available device-day.</summary>
public partial class AttainmentReportTests
{
    [Fact]
    public void AttainmentReportCalculate_NullData_ThrowsArgumentNullNamingData()
    {
        var act = () => AttainmentReport.Calculate(null!, April);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("data");
    }

    [Fact]
    public void AttainmentReportCalculate_NoAvailableDeviceDays_OutageUsesTheOptionsThroughput()
    {
        // Kresek's only set is down for the whole of 2–30 April (20 outage device-days, 0 available), nothing
        // recorded: target ceil(40,000 × 15 %) = 6,000 is all shortfall. With no available device-days the
        // productivity is the throughput (R5, R6): 20 × 250 = 5,000 outage, 1,000 demand.
        var data = new ScenarioBuilder
        {
            Inventory = Static(1, Kresek),
            Incidents = Log(Device("IN-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Lightning, Apr(2), Apr(30))),
        }.Kecamatan(Kresek, 40_000).Build();

        var row = AttainmentReport.Calculate(data, April, new AttainmentOptions { Throughput = 250, Rules = IncidentRuleSet.Empty })[Kresek];

        row.DeviceDays.Should().Be(0);
        row.OutageDeviceDays.Should().Be(20);
        row.ShortfallAttribution.Shortfall.Should().Be(6_000);
        row.ShortfallAttribution.DataLoss.Should().Be(0);
        row.ShortfallAttribution.Outage.Should().Be(new Ratio(5_000, 1));
        row.ShortfallAttribution.Demand.Should().Be(new Ratio(1_000, 1));
    }

    [Fact]
    public void Report_IndexerAndSummary_AddUpTheRows()
    {
        // Kresek records 20 % of its eligible residents (over the 15 % monthly target); Kronjo records nothing.
        var data = new ScenarioBuilder()
            .Kecamatan(Kresek, 10_000)
            .Kecamatan(Kronjo, 20_000)
            .Recorded(Kresek, new LocalDate(2012, 4, 10), 2_000)
            .Build();

        var report = AttainmentReport.Calculate(data, April);

        var kresek = report[Kresek];
        var kronjo = report[Kronjo];
        kresek.Code.Should().Be(Kresek);
        kronjo.Code.Should().Be(Kronjo);
        var summary = report.Summary;
        summary.KecamatanCount.Should().Be(2);
        summary.Applicable.Should().Be(2);
        summary.Met.Should().Be(1);
        summary.Target.Should().Be(kresek.Target + kronjo.Target).And.BePositive();
        summary.Realised.Should().Be(2_000);
        summary.MinRealisedPercent.Should().Be(0m);
        summary.MaxRealisedPercent.Should().Be(20m);
        summary.TargetPercent.Should().Be(15m);
        var missing = () => report[KabupatenTangerang.Pagedangan.Code];
        missing.Should().ThrowExactly<KeyNotFoundException>()
            .Which.Message.Should().Be($"Kecamatan '{KabupatenTangerang.Pagedangan.Code}' is not in this report.");
    }
}
