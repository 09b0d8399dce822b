using System;
using EktpDomain.Calendar;
using EktpDomain.Forecasting;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Forecasting;

/// <summary>
/// Forecasts at their edges (R7): null data, regions without kecamatan, kecamatan missing from the ledger, no progress,
/// everyone recorded, a need beyond a 64-bit count and a kecamatan's own closures.
/// </summary>
public partial class CompletionForecastTests
{
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
    public void NullData_WithTheTrailingDaysGiven_ThrowsArgumentNullNamingData()
    {
        // With the days given, no default is looked up in the data, so the null check itself must name it.
        FluentActions.Invoking(() => CompletionForecast.Calculate(null!, Kresek, AsOf, 20))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("data");
        FluentActions.Invoking(() => ForecastReport.Calculate(null!, AsOf, 20))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("data");
        FluentActions.Invoking(() => ForecastReport.TrailingWindow(null!, AsOf, 20))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("data");
        FluentActions.Invoking(() => CompletionForecast.DefaultTrailingWorkingDaysFor(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("data");
    }

    [Fact]
    public void CompletionForecastCalculate_ZeroTrailingDaysAndAnUnknownRegion_NamesTheDaysFirst()
    {
        var data = DailyRecordings(10, 1).Build();

        FluentActions.Invoking(() => CompletionForecast.Calculate(data, new RegionCode(36, 3, 8), AsOf, 0))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("trailingWorkingDays");
    }

    [Fact]
    public void CompletionForecastCalculate_NeedPastNodaTimesLastDate_WithUncoveredYearsAllowed_IsBeyondCalendar()
    {
        // 10 a working day and nearly a billion remaining: about 100 million working days, far past 9999-12-31, the
        // last date NodaTime has. A calendar that allows uncovered years cannot give a date there either: no date,
        // and no exception.
        var builder = DailyRecordings(1_000_000_000, 10);
        builder.Calendar = WorkingCalendar.Indonesia.ToBuilder().AllowUncoveredYears().Build();

        var data = builder.Build();

        var kecamatan = CompletionForecast.Calculate(data, Kresek, AsOf);
        var regency = CompletionForecast.Calculate(data, Regency, AsOf);

        foreach (var forecast in new[] { kecamatan, regency })
        {
            forecast.Status.Should().Be(ForecastStatus.BeyondCalendar);
            forecast.WorkingDaysNeeded.Should().Be((1_000_000_000 - 200) / 10);
            forecast.CompletionDate.Should().BeNull();
        }
    }

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
}
