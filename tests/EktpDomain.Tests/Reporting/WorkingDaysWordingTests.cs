using EktpDomain.Forecasting;
using EktpDomain.Reporting;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Reporting;

/// <summary>"1 working day", never "1 working days", in the English lines that count working days; Indonesian has no plural.</summary>
public class WorkingDaysWordingTests
{
    private static readonly LocalDate Monday = new(2012, 4, 2);
    private static readonly LocalDate Tuesday = new(2012, 4, 3);

    /// <summary>200 recorded on the Monday, with <paramref name="remaining"/> left of the eligible residents.</summary>
    private static CompletionForecast Forecast(long remaining, LocalDate asOf) =>
        CompletionForecast.Calculate(
            new ScenarioBuilder().Kecamatan(Kresek, 200 + remaining).Recorded(Kresek, Monday, 200).Build(),
            Kresek,
            asOf,
            trailingWorkingDays: 1);

    [Theory]
    [InlineData(200, "200 remaining at 200.0 per working day: complete on 3 April 2012 (1 working day)")]
    [InlineData(400, "400 remaining at 200.0 per working day: complete on 4 April 2012 (2 working days)")]
    public void CompletionLine(long remaining, string expected) =>
        ReportText.English.ForecastLine(Forecast(remaining, Monday)).Should().Be(expected);

    [Fact]
    public void NoProgressLine() =>
        ReportText.English.ForecastLine(Forecast(200, Tuesday)).Should().Be("200 remaining, no progress in the last 1 working day: no forecast");

    [Theory]
    [InlineData(1, "e-KTP recording report, 2 April 2012 (1 working day)")]
    [InlineData(2, "e-KTP recording report, 2 April 2012 (2 working days)")]
    public void ReportTitle(int workingDays, string expected) =>
        ReportText.English.ReportTitle(new DateInterval(Monday, Monday), workingDays, null).Should().Be(expected);

    [Fact]
    public void Indonesian_HasNoPlural() =>
        ReportText.Indonesian.ForecastLine(Forecast(200, Monday)).Should().EndWith("(1 hari kerja)");
}
