using System;
using System.Linq;
using EktpDomain.Reporting.Json;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>
/// <c>--region CODE</c> for every command: only the kecamatan inside the region, as if the data held only them, with
/// the region in the title; bad codes are exit 2 with one line naming the value.
/// </summary>
public sealed class CliRegionTests : IDisposable
{
    private readonly CliHarness folder = MultiProvinceFolder.Write(new CliHarness());

    public void Dispose() => folder.Dispose();

    private CliResult Run(string command, params string[] args) => folder.Succeed(command, args);

    private void ExpectError(string command, string[] args, string line) => folder.ExpectError(command, args, line);

    [Fact]
    public void Report_RegionProvince_HoldsItsKecamatanOnly_RankedAmongThem_WithTheirSums()
    {
        var all = ReportJson.DeserializeReport(Run("report", "--month", "2012-04", "--format", "json").Stdout);
        var banten = ReportJson.DeserializeReport(Run("report", "--month", "2012-04", "--region", "36", "--format", "json").Stdout);

        var inside = all.Rows.Where(r => r.Code.Province == new RegionCode(36)).ToList();
        banten.Rows.Select(r => r.Code).Should().BeEquivalentTo(inside.Select(r => r.Code));
        banten.Rows.Where(r => r.Rank is not null).Select(r => r.Rank!.Value).Order().Should().Equal(Enumerable.Range(1, inside.Count(r => r.Rank is not null)));
        banten.Summary.Target.Should().Be(inside.Sum(r => r.Target));
        banten.Summary.Realised.Should().Be(inside.Sum(r => r.Realised!.Value));
        banten.Summary.KecamatanCount.Should().Be(inside.Count);
        banten.Summary.Met.Should().Be(inside.Count(r => r.Met));
        banten.Summary.DataCoverage.Region.Should().Be(new RegionCode(36));
        banten.Summary.DataCoverage.KecamatanCount.Should().Be(inside.Count);
        banten.Summary.DataCoverage.Partial.Should().BeTrue();
        banten.Findings.Should().OnlyContain(f => f.KecamatanCode.Province == new RegionCode(36))
            .And.HaveCount(all.Findings.Count(f => f.KecamatanCode.Province == new RegionCode(36)));
    }

    [Theory]
    [InlineData("en", "e-KTP recording report, 1–30 April 2012 (20 working days), target 15% of eligible residents per month — 36.03 Kabupaten Tangerang", "Partial data: 3 of 29 kecamatan of Kabupaten Tangerang")]
    [InlineData("id", "Laporan perekaman e-KTP, 1–30 April 2012 (20 hari kerja), target 15% wajib KTP per bulan — 36.03 Kabupaten Tangerang", "Data sebagian: 3 dari 29 kecamatan di Kabupaten Tangerang")]
    public void Report_RegionRegency_NamesItInTheTitle_AndSaysTheDataIsPartial(string lang, string title, string partial)
    {
        var lines = Run("report", "--month", "2012-04", "--region", "36.03", "--lang", lang).Stdout.Split('\n');

        lines[0].Should().Be(title);
        lines.Should().Contain(partial);
        lines.Where(l => l.Contains("36.71.", StringComparison.Ordinal) || l.Contains("32.", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void Forecast_Region_ForecastsItsKecamatan_AndTheRegionAsTheTotal()
    {
        var forecast = ReportJson.DeserializeForecast(Run("forecast", "--region", "32", "--format", "json").Stdout);

        forecast.Rows.Select(r => r.Code.ToString()).Should().Equal("32.04.05", "32.04.06", "32.04.07", "32.73.01");
        forecast.Total.Code.Should().Be(new RegionCode(32));
        forecast.Total.Eligible.Should().Be(forecast.Rows.Sum(r => r.Eligible));
        forecast.Total.Coverage.Should().Be(forecast.Rows.Sum(r => r.Coverage!.Value));
        forecast.DataCoverage.Partial.Should().BeTrue();
    }

    [Fact]
    public void Trend_Region_FollowsItsKecamatan_AndTheRegionAsTheTotal()
    {
        var trend = ReportJson.DeserializeTrend(Run("trend", "--region", "36.71", "--format", "json").Stdout);

        trend.Rows.Select(r => r.Code.ToString()).Should().Equal("36.71.01", "36.71.02");
        trend.Total.Code.Should().Be(new RegionCode(36, 71));
        trend.Total.Realised.Should().Be(trend.Rows.Sum(r => r.Realised!.Value));
        Run("trend", "--region", "36.71", "--lang", "en").Stdout.Split('\n')[0].Should().EndWith(" — 36.71 Kota Tangerang");
    }

    [Fact]
    public void Allocate_Region_PlacesTheSetsAmongItsKecamatanOnly()
    {
        var allocation = ReportJson.DeserializeAllocation(Run("allocate", "--devices", "4", "--month", "2012-04", "--region", "32.04", "--format", "json").Stdout);

        allocation.Placements.Should().HaveCount(4).And.OnlyContain(p => p.KecamatanCode.Regency == new RegionCode(32, 4));
        Run("allocate", "--devices", "4", "--month", "2012-04", "--region", "32.04", "--lang", "en").Stdout.Split('\n')[0]
            .Should().EndWith(" — 32.04 Kabupaten Bandung");
    }

    [Theory]
    [InlineData("report")]
    [InlineData("allocate")]
    [InlineData("forecast")]
    [InlineData("trend")]
    public void EveryCommand_RegionWithoutKecamatanInTheData_IsExit2NamingIt(string command)
    {
        string[] args = command switch
        {
            "report" => ["--month", "2012-04", "--region", "36.04"],
            "allocate" => ["--devices", "1", "--month", "2012-04", "--region", "36.04"],
            _ => ["--region", "36.04"],
        };

        ExpectError(command, args, "argument --region: 36.04 Kabupaten Serang has no kecamatan in the data; the data's kecamatan lie in 2 provinces (32, 36).");
    }

    [Theory]
    [InlineData("99", "argument --region: 99 is not a region of the Kemendagri 2025 catalogue, and no kecamatan of the data lies in it; the data's kecamatan lie in 2 provinces (32, 36).")]
    [InlineData("3x", "argument --region: '3x' is not a region code; use a Kemendagri code: a province (36), a kabupaten/kota (36.03) or a kecamatan (36.03.01).")]
    [InlineData("36.03.", "argument --region: '36.03.' is not a region code; use a Kemendagri code: a province (36), a kabupaten/kota (36.03) or a kecamatan (36.03.01).")]
    [InlineData("36.03.01.2001", "argument --region: 36.03.01.2001 is a village (desa/kelurahan); give a province (36), a kabupaten/kota (36.03) or a kecamatan (36.03.01).")]
    [InlineData("0", "argument --region: '0' is the nation; leave out --region for all the data.")]
    public void Report_BadRegion_IsExit2NamingTheValue(string region, string line) =>
        ExpectError("report", ["--month", "2012-04", "--region", region], line);

    [Fact]
    public void Report_RegionOneKecamatan_IsThatKecamatanAlone() =>
        ReportJson.DeserializeReport(Run("report", "--month", "2012-04", "--region", "36.03.02", "--format", "json").Stdout)
            .Rows.Should().ContainSingle().Which.Rank.Should().Be(1);

    [Fact]
    public void EveryCommand_ARegionWhoseOnlyKecamatanIsARetiredCodeRenamedIntoIt_HoldsThatHistory()
    {
        // Jayanti (36.03.02) becomes 36.74.01 in Kota Tangerang Selatan from May 2012 (R24); the data holds no 36.74 code.
        folder.Write("codes.csv", "old,new,from,kind\n36.03.02,36.74.01,2012-05-01,rename\n");
        var all = ReportJson.DeserializeForecast(Run("forecast", "--as-of", "2012-06-29", "--format", "json").Stdout);

        var forecast = ReportJson.DeserializeForecast(Run("forecast", "--as-of", "2012-06-29", "--region", "36.74", "--format", "json").Stdout);
        var trend = ReportJson.DeserializeTrend(Run("trend", "--to", "2012-06", "--region", "36.74", "--format", "json").Stdout);
        var report = ReportJson.DeserializeReport(Run("report", "--month", "2012-06", "--region", "36.74", "--format", "json").Stdout);

        var jayanti = all.Rows.Single(r => r.Code == new RegionCode(36, 3, 2));
        forecast.Rows.Select(r => r.Code).Should().Equal(jayanti.Code);
        (forecast.Total.Code, forecast.Total.Eligible, forecast.Total.Coverage).Should().Be((new RegionCode(36, 74), 0, jayanti.Coverage), "a retired code has no residents of its own; its history counts where it rolls up");
        trend.Total.Code.Should().Be(new RegionCode(36, 74));
        trend.Rows.Select(r => r.Code).Should().Equal(jayanti.Code);
        report.Rows.Select(r => r.Code).Should().Equal(jayanti.Code);
        (forecast.DataCoverage.KecamatanCount, trend.DataCoverage.KecamatanCount, report.Summary.DataCoverage.KecamatanCount).Should().Be((0, 0, 0), "a retired code is none of the region's kecamatan");
    }
}
