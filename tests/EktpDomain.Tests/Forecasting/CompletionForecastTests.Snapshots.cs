using EktpDomain.Calendar;
using EktpDomain.Forecasting;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Forecasting;

/// <summary>R7 from cumulative snapshots (R21): coverage from the last snapshot, pace from its change over about a year.</summary>
public partial class CompletionForecastTests
{
    private static RecordingData Series(params (RegionCode Code, LocalDate Date, long Eligible, long Recorded)[] rows)
    {
        var builder = CoverageSeries.CreateBuilder();
        foreach (var (code, date, eligible, recorded) in rows)
        {
            builder.Add(date, code, eligible, recorded);
        }

        return RecordingData.FromSnapshots(builder.Build());
    }

    [Fact]
    public void FromSnapshots_PaceOverTheYearBefore_FromTheLastSnapshotBeforeTheWindow()
    {
        // Semester figures: 30,000 recorded between the end of 2010 and the end of 2011.
        var data = Series(
            (Kresek, new LocalDate(2010, 6, 30), 90_000, 5_000),
            (Kresek, new LocalDate(2010, 12, 31), 90_000, 10_000),
            (Kresek, new LocalDate(2011, 6, 30), 90_000, 25_000),
            (Kresek, new LocalDate(2011, 12, 31), 90_000, 40_000));
        var asOf = new LocalDate(2011, 12, 31);

        var forecast = CompletionForecast.Calculate(data, Kresek, asOf);

        CompletionForecast.DefaultTrailingWorkingDaysFor(data).Should().Be(240);
        var window = CompletionForecast.TrailingWindow(data.Calendar, Kresek, asOf, 240);
        forecast.PaceWindow.Should().Equal(window);
        window.Start.Should().BeGreaterThan(new LocalDate(2010, 12, 31)).And.BeLessThan(new LocalDate(2011, 6, 30));
        forecast.Coverage.Should().Be(40_000);
        forecast.PaceRealised.Should().Be(30_000, "40,000 at the end less 10,000 at the end of 2010, the last snapshot before the window");
        forecast.PaceWorkingDays.Should().Be(240);
        forecast.PacePerWorkingDay.Should().Be(new Ratio(30_000, 240));
        forecast.Remaining.Should().Be(50_000);
        forecast.WorkingDaysNeeded.Should().Be(400, "50,000 ÷ 125 a day");
        forecast.CompletionDate.Should().Be(data.Calendar.AddWorkingDays(asOf, 400, Kresek));
    }

    [Fact]
    public void FromSnapshots_StartingInsideTheWindow_PaceFromTheFirstDateEveryKecamatanHasOne()
    {
        var data = Series(
            (Sukamulya, new LocalDate(2011, 12, 31), 41_000, 10_000),
            (Sukamulya, new LocalDate(2012, 3, 31), 41_000, 20_000),
            (Sukamulya, AsOf, 41_000, 26_300),
            (Kresek, new LocalDate(2012, 1, 31), 40_000, 5_000),
            (Kresek, AsOf, 40_000, 9_000));

        var sukamulya = CompletionForecast.Calculate(data, Sukamulya, AsOf);
        var regency = CompletionForecast.Calculate(data, Regency, AsOf);

        sukamulya.PaceWindow.Should().Equal(new DateInterval(new LocalDate(2012, 1, 1), AsOf));
        sukamulya.PaceRealised.Should().Be(16_300);
        sukamulya.PaceWorkingDays.Should().Be(data.Calendar.CountWorkingDays(sukamulya.PaceWindow, Sukamulya));

        regency.PaceWindow.Should().Equal(new DateInterval(new LocalDate(2012, 2, 1), AsOf), "Kresek's first snapshot is of 31 January");
        regency.Coverage.Should().Be(26_300 + 9_000);
        regency.PaceRealised.Should().Be((26_300 - 10_000) + (9_000 - 5_000), "Sukamulya's coverage on 31 January is still its 31 December snapshot");
        regency.PaceWorkingDays.Should().Be(data.Calendar.CountWorkingDays(regency.PaceWindow));
        regency.Status.Should().Be(ForecastStatus.Forecast);
    }

    [Fact]
    public void FromSnapshots_NothingOnOrBeforeTheAsOfDate_CoverageUnknown()
    {
        var data = Series((Sukamulya, new LocalDate(2012, 5, 31), 41_000, 10_000));

        var forecast = CompletionForecast.Calculate(data, Sukamulya, AsOf);

        forecast.Status.Should().Be(ForecastStatus.CoverageUnknown);
        forecast.Coverage.Should().BeNull();
        forecast.Remaining.Should().BeNull();
        forecast.PaceRealised.Should().BeNull();
        forecast.PacePerWorkingDay.Should().BeNull();
        forecast.HasForecast.Should().BeFalse();
        ReportText.English.ForecastLine(forecast).Should().Be("no forecast: the snapshots give no coverage on or before 30 April 2012");
        ReportText.Indonesian.ForecastLine(forecast).Should().Be("tidak dapat diperkirakan: snapshot tidak memberi cakupan pada 30 April 2012 atau sebelumnya");
        forecast.ToString().Should().Be("36.03.27: coverage unknown; no forecast");
    }

    [Fact]
    public void FromSnapshots_OneSnapshotUpToTheAsOfDate_NoPaceButTheRemainingIsKnown()
    {
        var data = Series((Sukamulya, AsOf, 41_000, 30_000), (Sukamulya, new LocalDate(2012, 5, 31), 41_000, 31_000));

        var forecast = CompletionForecast.Calculate(data, Sukamulya, AsOf);

        forecast.Status.Should().Be(ForecastStatus.CoverageUnknown);
        forecast.Coverage.Should().Be(30_000);
        forecast.Remaining.Should().Be(11_000);
        forecast.PaceRealised.Should().BeNull();
        ReportText.English.ForecastLine(forecast).Should().Be("11,000 remaining; no forecast: no earlier snapshot to measure the pace against");
        ReportText.Indonesian.ForecastLine(forecast).Should().Be("sisa 11.000; tidak dapat diperkirakan: tidak ada snapshot sebelumnya untuk mengukur laju");
    }

    [Fact]
    public void FromSnapshots_EveryoneRecordedInTheOnlySnapshot_IsCompleteThoughNoPaceIsKnown()
    {
        var data = Series((Sukamulya, AsOf, 41_000, 41_000));

        var forecast = CompletionForecast.Calculate(data, Sukamulya, AsOf);

        forecast.Status.Should().Be(ForecastStatus.AlreadyComplete, "remaining 0 is complete whatever the pace");
        forecast.Remaining.Should().Be(0);
        forecast.PaceRealised.Should().BeNull();
        forecast.WorkingDaysNeeded.Should().Be(0);
        forecast.CompletionDate.Should().Be(AsOf);
    }

    [Fact]
    public void FromSnapshots_StartingInsideTheWindow_AKecamatanPaceSkipsItsOwnClosures()
    {
        // The window runs from the day after the first snapshot (31 March) to 30 April: April's 20 national working
        // days, less Kresek's closure on 10 April.
        var calendar = WorkingCalendar.Indonesia.ToBuilder().AddClosure(new KecamatanClosure(Kresek, Apr(10), "banjir")).Build();
        var series = CoverageSeries.CreateBuilder().Add(new LocalDate(2012, 3, 30), Kresek, 40_000, 5_000).Add(AsOf, Kresek, 40_000, 6_900).Build();

        var forecast = CompletionForecast.Calculate(RecordingData.FromSnapshots(series, calendar), Kresek, AsOf);

        forecast.PaceWindow.Should().Equal(new DateInterval(new LocalDate(2012, 3, 31), AsOf));
        forecast.PaceWorkingDays.Should().Be(19);
        forecast.PacePerWorkingDay.Should().Be(new Ratio(1_900, 19));
    }

    [Fact]
    public void FromSnapshots_AForecastOverTheKecamatanOfARegion_StartsWhereTheLastOfThemBegins()
    {
        // Kresek's snapshots begin on 30 December, Sukamulya's on 30 March: the pace of both together can only be
        // measured from 31 March, as for the regency they make up.
        var data = Series(
            (Kresek, new LocalDate(2011, 12, 30), 40_000, 5_000),
            (Kresek, AsOf, 40_000, 9_000),
            (Sukamulya, new LocalDate(2012, 3, 30), 41_000, 20_000),
            (Sukamulya, AsOf, 41_000, 22_000));

        var over = CompletionForecast.CalculateOver(data, Regency, [Kresek, Sukamulya], AsOf, 240);
        var regency = CompletionForecast.Calculate(data, Regency, AsOf, 240);

        over.PaceWindow.Should().Equal(new DateInterval(new LocalDate(2012, 3, 31), AsOf));
        (over.PaceRealised, over.PaceWorkingDays, over.Status, over.CompletionDate)
            .Should().Be((regency.PaceRealised, regency.PaceWorkingDays, regency.Status, regency.CompletionDate));
        over.PaceRealised.Should().Be((9_000 - 5_000) + (22_000 - 20_000));
    }

    [Fact]
    public void FromSnapshots_AGivenTrailingWindow_IsUsed_AndAFallWithinItIsNegativePace()
    {
        var data = Series((Sukamulya, new LocalDate(2012, 3, 31), 41_000, 21_000), (Sukamulya, AsOf, 41_000, 20_000));

        var forecast = CompletionForecast.Calculate(data, Sukamulya, AsOf, trailingWorkingDays: 20);

        forecast.PaceWindow.Start.Should().Be(new LocalDate(2012, 4, 2));
        forecast.PaceRealised.Should().Be(-1_000, "cleansing took coverage down: the pace of R7 is net");
        forecast.Status.Should().Be(ForecastStatus.NoProgress);
    }

    [Fact]
    public void ForecastReport_WithSnapshots_UsesTheLongWindowForEveryRow_AndLedgerDataKeepsTwenty()
    {
        var snapshots = Series((Sukamulya, new LocalDate(2011, 4, 30), 41_000, 1_000), (Sukamulya, AsOf, 41_000, 21_000));
        var ledger = DailyRecordings(10_000, 200).Build();

        ForecastReport.Calculate(snapshots, AsOf).TrailingWorkingDays.Should().Be(240);
        ForecastReport.Calculate(ledger, AsOf).TrailingWorkingDays.Should().Be(20);
        CompletionForecast.DefaultTrailingWorkingDaysFor(ledger).Should().Be(20);
        ForecastReport.TrailingWindow(snapshots, AsOf).Should().Equal(CompletionForecast.TrailingWindow(snapshots.Calendar, Sukamulya, AsOf, 240));
    }
}
