using System;
using System.Collections.Generic;
using EktpDomain.Attainment;
using EktpDomain.Cli.Scenario;
using EktpDomain.Forecasting;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Mutation;

/// <summary>Attainment report, forecasts (R7) and shortfall attribution (R6): the paths no other test reaches.</summary>
public class AttainmentCoverageTests
{
    private static readonly RegionCode Kresek = KabupatenTangerang.Kresek.Code;
    private static readonly RegionCode Kronjo = KabupatenTangerang.Kronjo.Code;
    private static readonly DateInterval April = new(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30));
    private static readonly LocalDate AsOf = new(2012, 4, 30);

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
        summary.Kecamatan.Should().Be(2);
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

    [Fact]
    public void Forecast_RegionWithoutKecamatanInTheData_Throws()
    {
        var data = new ScenarioBuilder().Kecamatan(Kresek, 10_000).Build();

        var otherRegency = () => CompletionForecast.Calculate(data, new RegionCode(36, 1), AsOf);
        var thrown = otherRegency.Should().ThrowExactly<ArgumentException>().Which;
        thrown.ParamName.Should().Be("region");
        thrown.Message.Should().Be("Region '36.01' has no kecamatan with an eligible count in this data. (Parameter 'region')");

        var otherKecamatan = () => CompletionForecast.Calculate(data, Kronjo, AsOf);
        otherKecamatan.Should().ThrowExactly<ArgumentException>()
            .Which.Message.Should().Be("Region '36.03.07' has no kecamatan with an eligible count in this data. (Parameter 'region')");

        CompletionForecast.Calculate(data, new RegionCode(36, 3), AsOf).Region.Should().Be(new RegionCode(36, 3), "the regency contains Kresek");
    }

    [Fact]
    public void Forecast_EveryoneRecorded_IsAlreadyCompleteOnTheAsOfDate()
    {
        var data = new ScenarioBuilder().Kecamatan(Kresek, 500).Recorded(Kresek, new LocalDate(2012, 1, 2), 500).Build();

        var forecast = CompletionForecast.Calculate(data, Kresek, AsOf);

        forecast.Status.Should().Be(ForecastStatus.AlreadyComplete);
        forecast.Remaining.Should().Be(0);
        forecast.WorkingDaysNeeded.Should().Be(0);
        forecast.CompletionDate.Should().Be(AsOf);
        forecast.HasForecast.Should().BeTrue();
        forecast.ToString().Should().Be("36.03.06: complete");
    }

    [Fact]
    public void Forecast_NoRecordingInTheTrailingWindow_HasNoProgress()
    {
        var data = new ScenarioBuilder().Kecamatan(Kresek, 500).Recorded(Kresek, new LocalDate(2012, 1, 2), 100).Build();

        var forecast = CompletionForecast.Calculate(data, Kresek, AsOf);

        forecast.Status.Should().Be(ForecastStatus.NoProgress);
        forecast.PaceRealised.Should().Be(0);
        forecast.WorkingDaysNeeded.Should().BeNull();
        forecast.CompletionDate.Should().BeNull();
        forecast.HasForecast.Should().BeFalse();
        forecast.ToString().Should().Be("36.03.06: 400 remaining, no progress; no forecast");
    }

    [Fact]
    public void ForecastReport_DataWithoutKecamatan_Throws()
    {
        var population = EligiblePopulation.CreateBuilder().Build();
        var ledger = RecordingLedger.CreateBuilder([]).Build();
        var data = new RecordingData(population, ledger);

        var act = () => ForecastReport.Calculate(data, AsOf);

        var thrown = act.Should().ThrowExactly<ArgumentException>().Which;
        thrown.ParamName.Should().Be("data");
        thrown.Message.Should().Be("The data has no kecamatan to forecast. (Parameter 'data')");
    }

    [Fact]
    public void Shortfall_MissedTargetWithoutInventory_SplitsIntoDataLossAndDemand()
    {
        // R6: realised = 300 − 50 + 10 = 260; shortfall 1,000 − 260 = 740; data loss max(0, 50 − 10) = 40; demand the rest.
        var attribution = ShortfallAttribution.Calculate(1_000, new LedgerTotals(300, 50, 10), null);

        attribution.Shortfall.Should().Be(740);
        attribution.DataLoss.Should().Be(40);
        attribution.Outage.Should().BeNull();
        attribution.Demand.Should().Be(new Ratio(700, 1));
        attribution.HasShortfall.Should().BeTrue();
        attribution.ToString().Should().Be("shortfall 740: data loss 40, outage n/a, demand 700");
    }

    [Theory]
    [InlineData(100, 150)]
    [InlineData(100, 100)]
    [InlineData(0, 0)]
    public void Shortfall_TargetMetOrNotApplicable_IsAllZero(long target, long recorded)
    {
        var attribution = ShortfallAttribution.Calculate(target, new LedgerTotals(recorded, 0, 0), null);

        attribution.Shortfall.Should().Be(0);
        attribution.DataLoss.Should().Be(0);
        attribution.Outage.Should().BeNull();
        attribution.Demand.Should().Be(Ratio.Zero);
        attribution.HasShortfall.Should().BeFalse();
        attribution.Should().Be(default(ShortfallAttribution));
    }
}
