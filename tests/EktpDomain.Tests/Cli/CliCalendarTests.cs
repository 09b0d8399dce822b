using System.Linq;
using EktpDomain.Calendar;
using EktpDomain.Forecasting;
using FluentAssertions;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>The CLI checks the calendar with the library: the period's years, and the forecast's own trailing window.</summary>
public class CliCalendarTests
{
    private const string BeforeBuiltInData =
        "argument --as-of: the period reaches 2004, but the built-in holiday data covers only 2005–2026; add that year's holidays and cuti bersama to holidays.csv.";

    private static readonly WorkingCalendar Indonesia = WorkingCalendar.Indonesia;

    /// <summary>The first working day of 2005, and the date by which the 20 national working days from it have passed.</summary>
    private static (LocalDate First, LocalDate AsOf) FirstTwentyWorkingDaysOf2005()
    {
        var first = Indonesia.GetWorkingDays(new DateInterval(new LocalDate(2005, 1, 1), new LocalDate(2005, 1, 31))).First();
        return (first, Indonesia.AddWorkingDays(first, CompletionForecast.DefaultTrailingWorkingDays - 1));
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    [Fact]
    public void Forecast_TrailingWindowBeforeTheBuiltInData_IsAnArgumentErrorNamingTheYear()
    {
        using var cli = new CliHarness().WithValidBasics();

        var result = cli.RunOnFolder("forecast", "--as-of", "2005-01-10");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.ErrorLines.Should().Equal(BeforeBuiltInData);
    }

    [Fact]
    public void Forecast_ChecksTheForecastsWindow_NotAFixedMargin()
    {
        // The trailing window is the first 20 working days of 2005: the forecast needs no 2004 data, although
        // 60 days before the as-of date lie in 2004.
        var (first, asOf) = FirstTwentyWorkingDaysOf2005();
        CompletionForecast.TrailingWindow(Indonesia, RegionCode.Nation, asOf).Start.Should().Be(first);
        asOf.PlusDays(-60).Year.Should().Be(2004);
        using var cli = new CliHarness().WithValidBasics();

        var result = cli.RunOnFolder("forecast", "--as-of", Iso(asOf));

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().NotBeEmpty();
    }

    [Fact]
    public void Forecast_AKecamatansClosureInTheWindow_ReachesFurtherBack_AndIsChecked()
    {
        // A closure costs Sukamulya one of those 20 working days, so its own window reaches into 2004.
        var (first, asOf) = FirstTwentyWorkingDaysOf2005();
        using var cli = new CliHarness().WithValidBasics();
        cli.Write("closures.csv", $"kecamatan,date,reason\n36.03.27,{Iso(first)},banjir\n");

        var result = cli.RunOnFolder("forecast", "--as-of", Iso(asOf));

        result.ExitCode.Should().Be(2, "forecasting would otherwise fail on 2004, which has no holiday data");
        result.ErrorLines.Should().Equal(BeforeBuiltInData);
    }

    [Fact]
    public void Report_PeriodAfterTheBuiltInData_NamesTheCoveredYearsFromTheCalendar()
    {
        using var cli = new CliHarness().WithValidBasics();

        var result = cli.RunOnFolder("report", "--month", "2027-01");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal(
            $"argument --month: the period reaches 2027, but the built-in holiday data covers only {Indonesia.FirstCoveredYear}–{Indonesia.LastCoveredYear}; add that year's holidays and cuti bersama to holidays.csv.");
    }
}
