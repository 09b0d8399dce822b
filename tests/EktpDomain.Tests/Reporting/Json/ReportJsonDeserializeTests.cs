using System;
using System.Linq;
using System.Text.Json;
using EktpDomain.Reporting.Json;
using EktpDomain.Tests.Cli;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Reporting.Json;

/// <summary>An app reads back what <c>ektp --format json</c> writes, with the contract's own types.</summary>
public class ReportJsonDeserializeTests
{
    [Fact]
    public void DeserializeReport_ReadsWhatEktpWrites()
    {
        var report = ReportJson.DeserializeReport(CliHarness.Invoke(["report", "--format", "json", "--lang", "en"]).Stdout);

        report.Period.From.Should().Be(new LocalDate(2012, 4, 2));
        report.Period.WorkingDays.Should().Be(20);
        report.TargetPercent.Should().Be(15m);
        report.Rows.Should().HaveCount(29);
        var sukamulya = report.Rows.Single(k => k.Code == RegionCode.Parse("36.03.27"));
        (sukamulya.Name, sukamulya.Target, sukamulya.Realised, sukamulya.Band, sukamulya.Rank).Should().Be(("Sukamulya", 6_150L, 6_300L, "met", (int?)1));
        report.Summary.Met.Should().Be(1);
        report.Summary.Headline.Should().Be("Only 1 of 29 kecamatan met the 15% recording target");
        report.Findings.Should().Contain(f => f.Rule == "credential-change" && f.KecamatanCode == RegionCode.Parse("36.03.30") && f.Device == null);
    }

    [Fact]
    public void DeserializeForecast_AndAllocation_ReadWhatEktpWrites()
    {
        var forecast = ReportJson.DeserializeForecast(CliHarness.Invoke(["forecast", "--format", "json"]).Stdout);
        forecast.Total.Code.Should().Be(RegionCode.Parse("36.03"));
        forecast.Rows.Should().HaveCount(29).And.OnlyContain(k => k.Remaining == k.Eligible - k.Coverage);

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

    [Fact]
    public void ADto_WrittenAgainWithPlainSystemTextJson_KeepsTheContractsNames_AndReadsBackTheSame()
    {
        string json = CliHarness.Invoke(["report", "--format", "json", "--lang", "en"]).Stdout;
        var report = ReportJson.DeserializeReport(json);

        string again = JsonSerializer.Serialize(report);

        using var original = JsonDocument.Parse(json);
        using var rewritten = JsonDocument.Parse(again);
        Names(rewritten.RootElement).Should().Equal(Names(original.RootElement));
        Names(rewritten.RootElement.GetProperty("summary")).Should().Equal(Names(original.RootElement.GetProperty("summary")));
        Names(rewritten.RootElement.GetProperty("kecamatan")[0]).Should().Equal(Names(original.RootElement.GetProperty("kecamatan")[0]));
        rewritten.RootElement.GetProperty("period").GetProperty("from").GetString().Should().Be("2012-04-02");
        rewritten.RootElement.GetProperty("kecamatan")[0].GetProperty("code").GetString().Should().Be("36.03.27");
        ReportJson.DeserializeReport(again).Should().BeEquivalentTo(report);
    }

    [Fact]
    public void CodesAndDates_AreTyped()
    {
        var report = ReportJson.DeserializeReport(CliHarness.Invoke(["report", "--format", "json", "--lang", "en"]).Stdout);
        var forecast = ReportJson.DeserializeForecast(CliHarness.Invoke(["forecast", "--format", "json"]).Stdout);

        report.Version.Should().Be(ReportJson.ContractVersion);
        (report.Period.From, report.Period.To).Should().Be((new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30)));
        report.Rows[0].Code.Level.Should().Be(RegionLevel.Kecamatan);
        report.Findings.Should().OnlyContain(f => f.KecamatanCode.Level == RegionLevel.Kecamatan);
        report.Summary.DataCoverage.Region.Should().Be(RegionCode.Parse("36.03"));
        forecast.AsOf.Should().Be(new LocalDate(2012, 4, 30));
        forecast.Rows.Should().OnlyContain(f => f.PaceFrom < forecast.AsOf);
    }

    [Theory]
    [InlineData("\"2012-13-01\"", "Expected a date (YYYY-MM-DD), not \"2012-13-01\".")]
    [InlineData("20120401", "Expected a date (YYYY-MM-DD), not Number.")]
    public void ABadDate_IsAJsonExceptionNamingIt(string from, string message)
    {
        string json = $"{{\"version\":2,\"period\":{{\"from\":{from},\"to\":\"2012-04-30\",\"working_days\":20}},\"kecamatan\":[],\"summary\":null,\"findings\":[]}}";

        var act = () => ReportJson.DeserializeReport(json);

        act.Should().Throw<JsonException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void ADocumentBeforeVersions_ReadsWithVersion0()
    {
        string json = CliHarness.Invoke(["report", "--format", "json", "--lang", "en"]).Stdout.Replace($"\"version\": {ReportJson.ContractVersion},", "", StringComparison.Ordinal);

        ReportJson.DeserializeReport(json).Version.Should().Be(0);
    }

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
