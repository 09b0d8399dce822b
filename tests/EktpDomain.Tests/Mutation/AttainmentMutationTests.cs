using System;
using EktpDomain.Attainment;
using EktpDomain.Calendar;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Forecasting;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Mutation;

/// <summary>Tests that kill surviving mutants in src/EktpDomain/Attainment (Stryker run of 2026-11-29).</summary>
public class AttainmentMutationTests
{
    private static readonly LocalDate AsOf = new(2012, 4, 30);

    // ---- Null arguments: the exception names the parameter (not a NullReferenceException from inside). ----

    [Fact]
    public void AttainmentReportCalculate_NullData_ThrowsArgumentNullNamingData()
    {
        var act = () => AttainmentReport.Calculate(null!, April);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("data");
    }

    [Fact]
    public void CompletionForecastCalculate_NullData_ThrowsArgumentNullNamingData()
    {
        var act = () => CompletionForecast.Calculate(null!, Kresek, AsOf);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("data");
    }

    [Fact]
    public void ForecastReportCalculate_NullData_ThrowsArgumentNullNamingData()
    {
        var act = () => ForecastReport.Calculate(null!, AsOf);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("data");
    }

    [Fact]
    public void RegionRollupCreate_NullReport_ThrowsArgumentNullNamingReport()
    {
        var act = () => RegionRollup.Create(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("report");
    }

    [Fact]
    public void Headline_NullSummary_ThrowsArgumentNullNamingSummary()
    {
        var act = () => ReportText.Indonesian.Headline(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("summary");
    }

    // ---- CompletionForecast (R7). ----

    [Fact]
    public void CompletionForecastCalculate_KecamatanMissingFromTheLedger_HasNoRealisationAndNoCoverage()
    {
        // The ledger covers Kronjo only; Kresek has an eligible count but no ledger row: its pace and coverage are 0.
        var population = EligiblePopulation.CreateBuilder().Add(Kresek, 10_000).Add(Kronjo, 5_000).Build();
        var ledger = RecordingLedger.CreateBuilder([Kronjo]).Add(new LedgerEntry(Apr(10), Kronjo, LedgerEntryKind.Recorded, 100)).Build();
        var data = new RecordingData(population, ledger);

        var forecast = CompletionForecast.Calculate(data, Kresek, AsOf);

        forecast.PaceRealised.Should().Be(0);
        forecast.Coverage.Should().Be(0);
        forecast.Eligible.Should().Be(10_000);
        forecast.Remaining.Should().Be(10_000);
        forecast.Status.Should().Be(ForecastStatus.NoProgress);
        forecast.CompletionDate.Should().BeNull();
    }

    [Fact]
    public void CompletionForecastCalculate_WorkingDaysNeededBeyondLong_IsCappedAndBeyondCalendar()
    {
        // Pace 1 per 20 working days; remaining long.MaxValue − 1: (long.MaxValue − 1) × 20 working days does not
        // fit in a long, so the need is reported as long.MaxValue, with no date.
        var data = new ScenarioBuilder().Kecamatan(Kresek, long.MaxValue).Recorded(Kresek, AsOf, 1).Build();

        var forecast = CompletionForecast.Calculate(data, Kresek, AsOf);

        forecast.PaceWorkingDays.Should().Be(20);
        forecast.PaceRealised.Should().Be(1);
        forecast.Remaining.Should().Be(long.MaxValue - 1);
        forecast.Status.Should().Be(ForecastStatus.BeyondCalendar);
        forecast.WorkingDaysNeeded.Should().Be(long.MaxValue);
        forecast.CompletionDate.Should().BeNull();
    }

    [Fact]
    public void CompletionForecastCalculate_KecamatanClosureAfterAsOf_PushesTheDateByOneWorkingDay()
    {
        // As in CompletionForecastTests: pace 200 a working day, 2,000 remaining: 10 working days after 30 April,
        // nationally 14 May 2012. Kresek is closed on Wednesday 2 May, so its own 10th working day is 15 May (R7:
        // a kecamatan uses its own working days for the date).
        var calendar = WorkingCalendar.Indonesia.ToBuilder().AddClosure(new KecamatanClosure(Kresek, new LocalDate(2012, 5, 2), "banjir")).Build();
        var builder = new ScenarioBuilder { Calendar = calendar }.Kecamatan(Kresek, 10_000).Recorded(Kresek, new LocalDate(2012, 1, 2), 4_000);
        foreach (var day in WorkingCalendar.Indonesia.GetWorkingDays(April))
        {
            builder.Recorded(Kresek, day, 200);
        }

        var forecast = CompletionForecast.Calculate(builder.Build(), Kresek, AsOf);

        forecast.PaceWorkingDays.Should().Be(20);
        forecast.WorkingDaysNeeded.Should().Be(10);
        forecast.CompletionDate.Should().Be(new LocalDate(2012, 5, 15));
    }

    // ---- RegionRollup. ----

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

    // ---- ShortfallAttribution (R6). ----

    [Fact]
    public void ShortfallAttributionEquals_SameDemandButDifferentShortfallAndDataLoss_AreNotEqual()
    {
        // Target 10, nothing recorded: shortfall 10, data loss 0, demand 10.
        var a = ShortfallAttribution.Calculate(10, LedgerTotals.Zero, null);

        // Target 20, 10 recorded and 10 lost: shortfall 20, data loss 10, demand 10.
        var b = ShortfallAttribution.Calculate(20, new LedgerTotals(10, 10, 0), null);

        a.Demand.Should().Be(b.Demand);
        a.Outage.Should().Be(b.Outage);
        a.Equals(b).Should().BeFalse();
        (a == b).Should().BeFalse();
        (a != b).Should().BeTrue();
        a.Equals((object)b).Should().BeFalse();
    }

    [Fact]
    public void ShortfallAttributionCalculate_ShortfallOverflowsLong_ThrowsOverflow()
    {
        // Realised −1 (one record lost): long.MaxValue − (−1) does not fit.
        var act = () => ShortfallAttribution.Calculate(long.MaxValue, new LedgerTotals(0, 1, 0), null);

        act.Should().Throw<OverflowException>();
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
}
