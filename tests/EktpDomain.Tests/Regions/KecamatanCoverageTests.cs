using System;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Forecasting;
using EktpDomain.Regions;
using EktpDomain.Reporting;
using EktpDomain.Reporting.Json;
using EktpDomain.Reporting.PlainText;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Regions;

/// <summary>Data on 3 of Kabupaten Tangerang's 29 kecamatan is labelled as such in roll-ups, totals, texts and JSON.</summary>
public class KecamatanCoverageTests
{
    private static EktpDomain.Recording.RecordingData ThreeOfTangerang() => new ScenarioBuilder()
        .Kecamatan(Sukamulya, 41_000).Recorded(Sukamulya, Apr(10), 6_300)
        .Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(10), 4_000)
        .Kecamatan(Solear, 48_000).Recorded(Solear, Apr(10), 3_552)
        .Build();

    [Fact]
    public void Catalogue_CountsKecamatanAtEveryLevel()
    {
        var catalogue = RegionCatalogue.Kemendagri2025;

        catalogue.CountKecamatan(Regency).Should().Be(29);
        catalogue.CountKecamatan(Sukamulya).Should().Be(1);
        catalogue.CountKecamatan(RegionCode.Nation).Should().Be(7_285);
        catalogue.CountKecamatan(new RegionCode(36)).Should().Be(catalogue.GetChildren(new RegionCode(36)).Sum(r => catalogue.GetChildren(r).Count));
        catalogue.CountKecamatan(new RegionCode(36, 69)).Should().Be(0);
        var village = () => catalogue.CountKecamatan(RegionCode.Parse("36.03.01.2003"));
        village.Should().Throw<ArgumentException>().WithMessage("*36.03.01.2003*village*");
    }

    [Fact]
    public void Coverage_OfSomeKecamatan_IsTheirSmallestRegion()
    {
        KecamatanCoverage.Of([Sukamulya, Kresek]).Should().Be(new KecamatanCoverage(Regency, 2, 29));
        KecamatanCoverage.Of([Sukamulya, Kresek]).IsPartial.Should().BeTrue();
        KecamatanCoverage.Of([Sukamulya]).Should().Be(new KecamatanCoverage(Sukamulya, 1, 1));
        KecamatanCoverage.Of([Sukamulya, new RegionCode(31, 71, 1)]).Region.Should().Be(RegionCode.Nation);
        KecamatanCoverage.Of([new RegionCode(36, 69, 1)]).Catalogued.Should().BeNull();
        KecamatanCoverage.Of([new RegionCode(36, 69, 1)]).IsPartial.Should().BeFalse();
        new KecamatanCoverage(Regency, 3, 29).ToString().Should().Be("36.03: 3 of 29 kecamatan");
    }

    [Fact]
    public void Report_Rollup_AndForecast_CarryThePartialCoverage()
    {
        var report = AttainmentReport.Calculate(ThreeOfTangerang(), April);

        report.Summary.KecamatanCoverage.Should().Be(new KecamatanCoverage(Regency, 3, 29));
        RegionRollup.Create(report).Find(Regency)!.KecamatanCoverage.IsPartial.Should().BeTrue();
        RegionRollup.Create(report).Find(Regency)!.KecamatanCoverage.Covered.Should().Be(3);
        RegionRollup.Create(report).Find(Regency)!.Name.Should().Be("Kabupaten Tangerang", "the name stays the region's");
        RegionRollup.Create(report).Find(Regency)!.ToString().Should().StartWith("36.03 Kabupaten Tangerang (3 of 29 kecamatan): ");
        RegionRollup.Create(report).Find(new RegionCode(36))!.ToString().Should().MatchRegex(@"^36 .* \(3 of \d+ kecamatan\): ");
        RegionRollup.Create(report).Find(Sukamulya)!.ToString().Should().Be("36.03.27 Sukamulya: 1 of 1 met", "a region wholly in the data is not partial");
        ForecastReport.Calculate(ThreeOfTangerang(), AsOf).KecamatanCoverage.Should().Be(new KecamatanCoverage(Regency, 3, 29));
    }

    [Fact]
    public void Texts_SayTheDataIsPartial()
    {
        var report = AttainmentReport.Calculate(ThreeOfTangerang(), April);
        var forecast = ForecastReport.Calculate(ThreeOfTangerang(), AsOf);

        PlainTextReport.Format(report, ReportText.English, notice: null).Split(Environment.NewLine)
            .Should().Contain("Partial data: 3 of 29 kecamatan of Kabupaten Tangerang");
        PlainTextReport.Format(report, ReportText.Indonesian, notice: null).Split(Environment.NewLine)
            .Should().Contain("Data sebagian: 3 dari 29 kecamatan di Kabupaten Tangerang");
        PlainTextReport.Format(forecast, ReportText.English, notice: null).Split(Environment.NewLine)
            .Should().Contain(l => l.StartsWith("36.03 Kabupaten Tangerang (3 of 29 kecamatan): ", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_SaysTheDataIsPartial()
    {
        var report = ReportJson.DeserializeReport(ReportJson.Serialize(AttainmentReport.Calculate(ThreeOfTangerang(), April), ReportText.English));
        var forecast = ReportJson.DeserializeForecast(ReportJson.Serialize(ForecastReport.Calculate(ThreeOfTangerang(), AsOf), ReportText.Indonesian));

        var coverage = report.Summary.DataCoverage;
        (coverage.Region.ToString(), coverage.Name, coverage.KecamatanCount, coverage.Catalogued, coverage.Partial, coverage.Label)
            .Should().Be(("36.03", "Kabupaten Tangerang", 3, (int?)29, true, "3 of 29 kecamatan"));
        forecast.DataCoverage.Label.Should().Be("3 dari 29 kecamatan");
    }
}
