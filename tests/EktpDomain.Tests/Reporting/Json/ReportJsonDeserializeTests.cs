using System.Linq;
using System.Text.Json;
using EktpDomain.Reporting.Json;
using EktpDomain.Tests.Cli;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Reporting.Json;

/// <summary>An app reads back what <c>ektp --format json</c> writes, with the contract's own types.</summary>
public class ReportJsonDeserializeTests
{
    [Fact]
    public void DeserializeReport_ReadsWhatEktpWrites()
    {
        var report = ReportJson.DeserializeReport(CliHarness.Invoke(["report", "--format", "json", "--lang", "en"]).Stdout);

        report.Period.From.Should().Be("2012-04-02");
        report.Period.WorkingDays.Should().Be(20);
        report.TargetPercent.Should().Be(15m);
        report.Kecamatan.Should().HaveCount(29);
        var sukamulya = report.Kecamatan.Single(k => k.Code == "36.03.27");
        (sukamulya.Name, sukamulya.Target, sukamulya.Realised, sukamulya.Band, sukamulya.Rank).Should().Be(("Sukamulya", 6_150L, 6_300L, "met", (int?)1));
        report.Summary.Met.Should().Be(1);
        report.Summary.Headline.Should().Be("Only 1 of 29 kecamatan met the 15% recording target");
        report.Findings.Should().Contain(f => f.Rule == "credential-change" && f.Kecamatan == "36.03.30" && f.Device == null);
    }

    [Fact]
    public void DeserializeForecast_AndAllocation_ReadWhatEktpWrites()
    {
        var forecast = ReportJson.DeserializeForecast(CliHarness.Invoke(["forecast", "--format", "json"]).Stdout);
        forecast.Total.Code.Should().Be("36.03");
        forecast.Kecamatan.Should().HaveCount(29).And.OnlyContain(k => k.Remaining == k.Eligible - k.Coverage);

        var allocation = ReportJson.DeserializeAllocation(CliHarness.Invoke(["allocate", "--devices", "5", "--format", "json"]).Stdout);
        allocation.Sets.Should().Be(5);
        allocation.Placements.Select(p => p.Number).Should().Equal(1, 2, 3, 4, 5);
    }

    [Theory]
    [InlineData("null", "*null*")]
    [InlineData("{\"period\":{\"from\":\"2012-04-02\",\"to\":\"2012-04-30\",\"working_days\":20}}", "*missing required properties*kecamatan*")]
    [InlineData("[1]", "*")]
    public void DeserializeReport_NotAReport_IsAJsonException(string json, string message)
    {
        var act = () => ReportJson.DeserializeReport(json);

        act.Should().Throw<JsonException>().WithMessage(message);
    }
}
