using System;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Forecasting;
using EktpDomain.Incidents;
using EktpDomain.Reporting;
using EktpDomain.Reporting.PlainText;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Reporting.PlainText;

/// <summary>Findings and forecasts carry the kecamatan's name beside its code, and the texts show it.</summary>
public class KecamatanNameTests
{
    [Fact]
    public void Findings_CarryTheName_AndTheTextShowsItAfterTheCode()
    {
        var report = AttainmentReport.Calculate(
            new ScenarioBuilder
            {
                Inventory = Static(1, Kresek),
                Incidents = Log(Device("INC-1", Kresek, "K-06-1", DeviceComponent.Fingerprint, IncidentCause.Hardware, Apr(3), Apr(17))),
            }.Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(10), 4_000).Build(),
            April);

        var finding = report.Findings.Single(f => f.RuleId == "long-outage");
        finding.KecamatanName.Should().Be("Kresek");
        PlainTextReport.Format(report, ReportText.English, notice: null).Split(Environment.NewLine)
            .Should().Contain(l => l.StartsWith("- [warning] long-outage 36.03.06 Kresek K-06-1: Recording set K-06-1", StringComparison.Ordinal));
    }

    [Fact]
    public void AFindingMadeOutsideARuleSet_HasNoName_UnlessGivenOne()
    {
        var details = new CustomFindingDetails(new FindingText("en", "Check.", "Check."));

        new Finding("custom", FindingSeverity.Info, Kresek, null, details).KecamatanName.Should().BeNull();
        new Finding("custom", FindingSeverity.Info, Kresek, null, details) { KecamatanName = "Kresek lama" }.KecamatanName.Should().Be("Kresek lama");
    }

    [Fact]
    public void Forecasts_CarryTheName()
    {
        var data = new ScenarioBuilder()
            .Kecamatan(Sukamulya, 41_000).Recorded(Sukamulya, Apr(10), 6_300)
            .Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(10), 4_000)
            .Build();

        var forecasts = ForecastReport.Calculate(data, AsOf);

        forecasts.Rows.Select(f => f.Name).Should().Equal("Kresek", "Sukamulya");
        forecasts.Total.Name.Should().Be("Kabupaten Tangerang");
        CompletionForecast.Calculate(data, Kresek, AsOf).Name.Should().Be("Kresek");
    }
}
