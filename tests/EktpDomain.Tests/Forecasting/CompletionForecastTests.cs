using System;
using EktpDomain.Calendar;
using EktpDomain.Forecasting;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Forecasting;

public partial class CompletionForecastTests
{
    private static ScenarioBuilder DailyRecordings(long eligible, long perDay, long before = 0)
    {
        var builder = new ScenarioBuilder().Kecamatan(Kresek, eligible);
        if (before > 0)
        {
            builder.Recorded(Kresek, new LocalDate(2012, 1, 2), before);
        }

        foreach (var day in WorkingCalendar.Indonesia.GetWorkingDays(new DateInterval(new LocalDate(2012, 4, 2), AsOf)))
        {
            builder.Recorded(Kresek, day, perDay);
        }

        return builder;
    }

    [Fact]
    public void Calculate_PaceOverTrailingTwentyWorkingDays_GivesAWorkingDayDate()
    {
        // 20 working days in 2–30 April 2012, 200 a day: pace 200; 10,000 − 4,000 − 4,000 = 2,000 remaining: 10 working days.
        var data = DailyRecordings(10_000, 200, before: 4_000).Build();

        var forecast = CompletionForecast.Calculate(data, Kresek, AsOf);

        forecast.PaceWindow.Start.Should().Be(new LocalDate(2012, 4, 2));
        forecast.PaceWorkingDays.Should().Be(20);
        forecast.PaceRealised.Should().Be(4_000);
        forecast.PacePerWorkingDay.Should().Be(new Ratio(200, 1));
        forecast.Remaining.Should().Be(2_000);
        forecast.WorkingDaysNeeded.Should().Be(10);
        forecast.Status.Should().Be(ForecastStatus.Forecast);
        forecast.HasForecast.Should().BeTrue();
        forecast.CompletionDate.Should().Be(new LocalDate(2012, 5, 14), "ten working days after 30 April: 1–4, 7–11, 14 May");
        forecast.ToString().Should().Be("36.03.06: 2000 remaining at 200/working day; complete on 2012-05-14");
    }

    [Fact]
    public void Calculate_RoundsTheWorkingDaysUp()
    {
        var data = DailyRecordings(10_000, 200, before: 4_001 - 1).Recorded(Kresek, new LocalDate(2012, 1, 3), 1).Build();
        var forecast = CompletionForecast.Calculate(data, Kresek, AsOf);
        forecast.Remaining.Should().Be(1_999);
        forecast.WorkingDaysNeeded.Should().Be(10);
        var exact = CompletionForecast.Calculate(DailyRecordings(10_000, 200, before: 4_200).Build(), Kresek, AsOf);
        exact.WorkingDaysNeeded.Should().Be(9);
        exact.CompletionDate.Should().Be(new LocalDate(2012, 5, 11));
    }

    [Fact]
    public void Calculate_NoPace_HasNoForecast()
    {
        var data = new ScenarioBuilder().Kecamatan(Kresek, 10_000).Recorded(Kresek, new LocalDate(2012, 1, 2), 500).Build();

        var forecast = CompletionForecast.Calculate(data, Kresek, AsOf);

        forecast.Status.Should().Be(ForecastStatus.NoProgress);
        forecast.HasForecast.Should().BeFalse();
        forecast.CompletionDate.Should().BeNull();
        forecast.WorkingDaysNeeded.Should().BeNull();
        forecast.ToString().Should().Be("36.03.06: 9500 remaining, no progress; no forecast");
    }

    [Fact]
    public void Calculate_NegativePace_HasNoForecast()
    {
        var data = new ScenarioBuilder().Kecamatan(Kresek, 10_000)
            .Recorded(Kresek, new LocalDate(2012, 1, 2), 5_000)
            .Lost(Kresek, new LocalDate(2012, 4, 20), 1_738)
            .Recorded(Kresek, new LocalDate(2012, 4, 23), 100)
            .Build();

        var forecast = CompletionForecast.Calculate(data, Kresek, AsOf);

        forecast.PaceRealised.Should().Be(-1_638);
        forecast.Status.Should().Be(ForecastStatus.NoProgress);
    }

    [Fact]
    public void Calculate_EveryoneRecorded_IsCompleteOnTheAsOfDate()
    {
        var data = new ScenarioBuilder().Kecamatan(Kresek, 1_000).Recorded(Kresek, new LocalDate(2012, 1, 2), 1_000).Build();
        var forecast = CompletionForecast.Calculate(data, Kresek, AsOf);
        forecast.Status.Should().Be(ForecastStatus.AlreadyComplete);
        forecast.CompletionDate.Should().Be(AsOf);
        forecast.WorkingDaysNeeded.Should().Be(0);
    }

    [Fact]
    public void Calculate_BeyondHolidayData_GivesNoDateButTheWorkingDaysNeeded()
    {
        var data = DailyRecordings(10_000_000, 10).Build();
        var forecast = CompletionForecast.Calculate(data, Kresek, AsOf);
        forecast.Status.Should().Be(ForecastStatus.BeyondCalendar);
        forecast.CompletionDate.Should().BeNull();
        forecast.WorkingDaysNeeded.Should().Be((10_000_000 - 200 + 9) / 10);
    }

    [Fact]
    public void Calculate_RegionUsesNationalCalendar_AndSumsKecamatan()
    {
        var other = new RegionCode(36, 3, 7);
        var data = DailyRecordings(10_000, 100).Kecamatan(other, 10_000).Recorded(other, new LocalDate(2012, 4, 27), 2_000).Build();

        var forecast = CompletionForecast.Calculate(data, new RegionCode(36, 3), AsOf);

        forecast.PaceRealised.Should().Be(4_000);
        forecast.Remaining.Should().Be(20_000 - 4_000);
        forecast.WorkingDaysNeeded.Should().Be(80);
    }

    [Fact]
    public void Calculate_TrailingWindowSkipsClosures()
    {
        var calendar = WorkingCalendar.Indonesia.ToBuilder().AddClosure(new KecamatanClosure(Kresek, new LocalDate(2012, 4, 30), "banjir")).Build();
        var builder = DailyRecordings(10_000, 100);
        builder.Calendar = calendar;

        var forecast = CompletionForecast.Calculate(builder.Build(), Kresek, AsOf, trailingWorkingDays: 5);

        forecast.PaceWindow.Start.Should().Be(new LocalDate(2012, 4, 23), "the 30th is closed, so the five working days are 23–27 April");
        forecast.PaceWorkingDays.Should().Be(5);
    }

    [Fact]
    public void Calculate_BadArguments_Throw()
    {
        var data = DailyRecordings(10, 1).Build();
        var unknown = () => CompletionForecast.Calculate(data, new RegionCode(36, 3, 8), AsOf);
        unknown.Should().Throw<ArgumentException>().WithMessage("Region '36.03.08' has no kecamatan with an eligible count in this data.*");
        var days = () => CompletionForecast.Calculate(data, Kresek, AsOf, -5);
        days.Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage("trailingWorkingDays must be at least 1 working day, not -5. (Parameter 'trailingWorkingDays')")
            .WithParameterName("trailingWorkingDays");
    }
}
