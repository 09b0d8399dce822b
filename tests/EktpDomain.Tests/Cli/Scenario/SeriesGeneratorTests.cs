using System;
using System.IO;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Cli.Data;
using EktpDomain.Import;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using EktpDomain.Trends;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Cli.Scenario;

/// <summary>The built-in snapshot series: the generator's output, and what it was built to show.</summary>
public class SeriesGeneratorTests
{
    private static RecordingData Load(DataSource source)
    {
        DataFolder.TryLoad(source, out var folder, out var problems).Should().BeTrue(string.Join("; ", problems));
        return folder!.Data;
    }

    [Fact]
    public void EmbeddedSeries_IsTheGeneratorsOutput()
    {
        string generated = SeriesGenerator.Generate();
        string path = RepositoryPaths.Combine("src", "EktpDomain.Cli", "Scenario", "Series", "snapshots.csv");
        if (Environment.GetEnvironmentVariable("EKTP_WRITE_SCENARIO") == "1")
        {
            File.WriteAllText(path, generated);
        }

        using var stream = typeof(EktpDomain.Cli.EktpCommand).Assembly.GetManifestResourceStream("Series/snapshots.csv");
        stream.Should().NotBeNull("the series is embedded in the ektp assembly");
        using var reader = new StreamReader(stream!);
        reader.ReadToEnd().Should().Be(generated, "the series is regenerated with EKTP_WRITE_SCENARIO=1 dotnet test");
    }

    [Fact]
    public void Series_AprilRealisation_IsTheScenarioReportsKecamatanByKecamatan()
    {
        var series = Load(BuiltInSources.Series);
        var scenario = Load(BuiltInSources.Scenario);
        var april = new DateInterval(new LocalDate(2012, 4, 1), new LocalDate(2012, 4, 30));

        var fromSnapshots = AttainmentReport.Calculate(series, april);
        var fromLedger = AttainmentReport.Calculate(scenario, april);

        fromSnapshots.Rows.Select(r => (r.Code, r.Realised, r.Target, r.Met)).Should().BeEquivalentTo(fromLedger.Rows.Select(r => (r.Code, r.Realised, r.Target, r.Met)));
        fromSnapshots.Summary.Met.Should().Be(1, "only Sukamulya met the target, as in the article");
    }

    [Fact]
    public void Series_ShowsAnAdjustment_AGap_AndOverCoverage()
    {
        var data = Load(BuiltInSources.Series);

        var trend = CoverageTrend.Calculate(data, new YearMonth(2012, 1), new YearMonth(2013, 12));

        var cleansed = trend.Rows.Single(r => r.Region == SeriesGenerator.Cleansed).Months.Single(m => m.Month == new YearMonth(2012, 8));
        cleansed.Realised.Should().Be(0);
        cleansed.Adjustment.Should().BePositive();
        var gap = trend.Rows.Single(r => r.Region == SeriesGenerator.Gap);
        gap.Months.Single(m => m.Month == new YearMonth(2012, 7)).Realised.Should().BeNull();
        gap.Months.Single(m => m.Month == new YearMonth(2012, 8)).Snapshots!.StartLagDays.Should().Be(31);
        gap.MonthsUnknown.Should().Be(1);
        trend.Rows.Single(r => r.Region == SeriesGenerator.OverCovered).Months[^1].CoveragePercent.Should().BeGreaterThan(100);
        trend.Total.Months.Select(m => m.Eligible).Distinct().Should().HaveCount(5, "the first count, then a new one at the end of each semester of 2012 and 2013");
        AttainmentReport.Calculate(data, new YearMonth(2013, 12).ToDateInterval()).Findings.Should().ContainSingle(f => f.RuleId == "over-coverage");
    }
}
