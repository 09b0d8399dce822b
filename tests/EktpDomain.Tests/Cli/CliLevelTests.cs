using System;
using System.Linq;
using EktpDomain.Reporting.Json;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>
/// <c>ektp report --level</c>: rows of kabupaten/kota, provinces or the nation, rolled up by the library from the
/// kecamatan. Each sum is checked against the kecamatan-level report of the same folder, not against numbers written
/// here, so a roll-up that drops or doubles a kecamatan fails.
/// </summary>
public sealed class CliLevelTests : IDisposable
{
    private readonly CliHarness folder = MultiProvinceFolder.Write(new CliHarness());

    public void Dispose() => folder.Dispose();

    private CliResult Run(string command, params string[] args) => folder.Succeed(command, args);

    private ReportDto Report(params string[] args) => ReportJson.DeserializeReport(Run("report", ["--month", "2012-04", "--format", "json", .. args]).Stdout);

    private void ExpectError(string command, string[] args, string line) => folder.ExpectError(command, args, line);

    private static RegionCode Ancestor(RegionCode code, string level) => level switch
    {
        "kabupaten" or "regency" => code.Regency,
        "provinsi" or "province" => code.Province,
        _ => RegionCode.Nation,
    };

    /// <summary>A kecamatan's shortfall: target − realised when it missed, else 0 (R6).</summary>
    private static long Shortfall(KecamatanDto row) => row.Met || row.Realised is not long realised || row.Target == 0 ? 0 : row.Target - realised;

    [Theory]
    [InlineData("kabupaten", 4)]
    [InlineData("regency", 4)]
    [InlineData("provinsi", 2)]
    [InlineData("province", 2)]
    [InlineData("nasional", 1)]
    [InlineData("nation", 1)]
    public void Report_Level_EachRegionIsTheSumOfItsKecamatan(string level, int regions)
    {
        var kecamatan = Report();
        var rolled = Report("--level", level);

        rolled.Version.Should().Be(3);
        rolled.Rows.Should().BeEmpty();
        rolled.Regions.Should().HaveCount(regions);
        var groups = kecamatan.Rows.GroupBy(r => Ancestor(r.Code, level)).ToDictionary(g => g.Key, g => g.ToList());
        rolled.Regions!.Select(r => r.Code).Should().BeEquivalentTo(groups.Keys);
        foreach (var region in rolled.Regions!)
        {
            var inside = groups[region.Code];
            region.Eligible.Should().Be(inside.Sum(r => r.Eligible));
            region.EligibleAtEnd.Should().Be(inside.Sum(r => r.EligibleAtEnd));
            region.Target.Should().Be(inside.Sum(r => r.Target));
            region.Recorded.Should().Be(inside.Sum(r => r.Recorded!.Value));
            region.Lost.Should().Be(inside.Sum(r => r.Lost!.Value));
            region.Rerecorded.Should().Be(inside.Sum(r => r.Rerecorded!.Value));
            region.Realised.Should().Be(inside.Sum(r => r.Realised!.Value));
            region.Coverage.Should().Be(inside.Sum(r => r.Coverage!.Value));
            region.RerecordingBacklog.Should().Be(inside.Sum(r => r.RerecordingBacklog));
            region.Capacity.Should().Be(inside.Sum(r => r.Capacity!.Value));
            region.DeviceDays.Should().Be(inside.Sum(r => r.DeviceDays!.Value));
            region.OutageDeviceDays.Should().Be(inside.Sum(r => r.OutageDeviceDays!.Value));
            region.KecamatanMet.Should().Be(inside.Count(r => r.Met));
            region.DataCoverage.KecamatanCount.Should().Be(inside.Count);
            region.Met.Should().Be(region.Realised >= region.Target);
            region.Shortfall.Should().Be(inside.Sum(Shortfall));
            (region.ShortfallParts.DataLoss + region.ShortfallParts.Outage!.Value + region.ShortfallParts.Demand).Should().Be(region.Shortfall);
        }

        rolled.Summary.Target.Should().Be(kecamatan.Summary.Target);
        rolled.Summary.Realised.Should().Be(kecamatan.Summary.Realised);
        rolled.Summary.KecamatanCount.Should().Be(kecamatan.Summary.KecamatanCount);
        rolled.Summary.RegionCount.Should().Be(regions);
        rolled.Summary.Met.Should().Be(rolled.Regions!.Count(r => r.Met));
        rolled.Findings.Should().HaveCount(kecamatan.Findings.Count)
            .And.OnlyContain(f => f.Region == Ancestor(f.KecamatanCode, level));
    }

    [Theory]
    [InlineData("kabupaten", "kabupaten")]
    [InlineData("province", "provinsi")]
    [InlineData("nation", "nasional")]
    public void Report_Level_JsonCarriesTheLevel_InTheDocumentAndTheSummary(string level, string code)
    {
        var rolled = Report("--level", level);

        rolled.Level.Should().Be(code);
        rolled.Summary.Level.Should().Be(code);
        Report().Level.Should().Be("kecamatan");
    }

    [Fact]
    public void Report_LevelKabupatenWithinAProvince_GivesItsRegencies_RankedAmongThem()
    {
        var kecamatan = Report("--region", "36");
        var rolled = Report("--region", "36", "--level", "kabupaten");

        rolled.Region!.Code.Should().Be(new RegionCode(36));
        rolled.Regions!.Select(r => r.Code.ToString()).Should().BeEquivalentTo("36.03", "36.71");
        rolled.Regions!.Select(r => r.Rank).Should().BeEquivalentTo(new int?[] { 1, 2 });
        rolled.Summary.Realised.Should().Be(kecamatan.Summary.Realised);
        rolled.Summary.DataCoverage.Region.Should().Be(new RegionCode(36));
    }

    [Theory]
    [InlineData("en", "— by kabupaten/kota", "4 kabupaten/kota met the 15% recording target", "Partial data: 3 of 29 kecamatan of Kabupaten Tangerang")]
    [InlineData("id", "— per kabupaten/kota", "dari 4 kabupaten/kota", "Data sebagian: 3 dari 29 kecamatan di Kabupaten Tangerang")]
    public void Report_LevelText_TitleHeadlineAndPartialLines_InBothLanguages(string lang, string title, string headline, string partial)
    {
        var lines = Run("report", "--month", "2012-04", "--level", "kabupaten", "--lang", lang).Stdout.Split('\n');

        lines[0].Should().EndWith(title);
        lines.Should().Contain(l => l.Contains(headline, StringComparison.Ordinal));
        lines.Should().Contain(partial);
        lines.Should().Contain(l => l.StartsWith("36.03 Kabupaten Tangerang: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "The nation did not meet the 15% recording target", "— for the nation as a whole")]
    [InlineData("id", "Secara nasional, target perekaman 15% belum tercapai", "— tingkat nasional")]
    public void Report_LevelNation_OneRow_AndAHeadlineOfTheNation(string lang, string headline, string title)
    {
        var lines = Run("report", "--month", "2012-04", "--level", "nasional", "--lang", lang).Stdout.Split('\n');

        lines[0].Should().EndWith(title);
        lines.Should().Contain(headline);
    }

    [Theory]
    [InlineData("en", "… and {0} more findings ({1} in all), less severe or of later kecamatan codes")]
    [InlineData("id", "… dan {0} temuan lainnya ({1} seluruhnya), yang kurang berat atau dari kode kecamatan berikutnya")]
    public void Report_Findings_CutsToTheMostSevere_AndSaysHowManyMore(string lang, string more)
    {
        var all = Report().Findings;
        all.Count.Should().BeGreaterThan(2, "the folder must have findings to cut");
        var lines = Run("report", "--month", "2012-04", "--level", "provinsi", "--findings", "2", "--lang", lang).Stdout.Split('\n');

        lines.Count(l => l.StartsWith("  - [", StringComparison.Ordinal)).Should().Be(2);
        lines.Should().Contain(string.Format(System.Globalization.CultureInfo.InvariantCulture, more, all.Count - 2, all.Count));
        var kecamatanLevel = Run("report", "--month", "2012-04", "--findings", "1", "--lang", lang).Stdout.Split('\n');
        kecamatanLevel.Count(l => l.StartsWith("- [", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void Report_FindingsAtLeastAsManyAsThereAre_ShowsThemAll_WithoutAMoreLine()
    {
        int count = Report().Findings.Count;
        var text = Run("report", "--month", "2012-04", "--level", "kabupaten", "--findings", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--lang", "en").Stdout;

        text.Should().NotContain("more finding");
        text.Split('\n').Count(l => l.StartsWith("  - [", StringComparison.Ordinal)).Should().Be(count);
    }

    [Theory]
    [InlineData(new[] { "--level", "kota-madya" }, "argument --level: 'kota-madya' is not a level; use kecamatan, kabupaten, provinsi or nasional (or subdistrict, regency, province, nation).")]
    [InlineData(new[] { "--level", "Provinsi" }, "argument --level: 'Provinsi' is not a level; use kecamatan, kabupaten, provinsi or nasional (or subdistrict, regency, province, nation).")]
    [InlineData(new[] { "--level", "provinsi", "--region", "36.03" }, "argument --level: provinsi is above --region 36.03, a kabupaten/kota; use kabupaten or kecamatan.")]
    [InlineData(new[] { "--level", "nation", "--region", "36" }, "argument --level: nation is above --region 36, a province; use provinsi, kabupaten or kecamatan.")]
    [InlineData(new[] { "--findings", "0" }, "argument --findings: '0' is not a number of findings; use a whole number from 1 to 2147483647, such as 20.")]
    [InlineData(new[] { "--findings", "-3" }, "argument --findings: '-3' is not a number of findings; use a whole number from 1 to 2147483647, such as 20.")]
    [InlineData(new[] { "--findings", "ten" }, "argument --findings: 'ten' is not a number of findings; use a whole number from 1 to 2147483647, such as 20.")]
    [InlineData(new[] { "--findings", "99999999999" }, "argument --findings: '99999999999' is not a number of findings; use a whole number from 1 to 2147483647, such as 20.")]
    public void Report_BadLevelOrFindings_IsExit2NamingTheValue(string[] args, string line) =>
        ExpectError("report", ["--month", "2012-04", .. args], line);

    [Fact]
    public void Report_LevelKecamatan_IsTheDefaultReport()
    {
        string[] args = ["--month", "2012-04", "--lang", "en"];
        Run("report", [.. args, "--level", "kecamatan"]).Stdout.Should().Be(Run("report", args).Stdout);
        Run("report", [.. args, "--level", "subdistrict", "--format", "json"]).Stdout.Should().Be(Run("report", [.. args, "--format", "json"]).Stdout);
    }

    [Fact]
    public void Report_Level_TextTableSumsAgree_WithTheJson()
    {
        var rolled = Report("--level", "provinsi", "--lang", "en");
        var lines = Run("report", "--month", "2012-04", "--level", "provinsi", "--lang", "en").Stdout.Split('\n');

        foreach (var region in rolled.Regions!)
        {
            string line = lines.Single(l => l.Contains($"  {region.Code}  ", StringComparison.Ordinal) && l.Contains(region.Name, StringComparison.Ordinal) && l.Contains("kecamatan", StringComparison.Ordinal));
            line.Should().Contain(region.Target.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US")))
                .And.Contain(region.Realised!.Value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US")));
        }
    }


    [Theory]
    [InlineData("kabupaten")]
    [InlineData("provinsi")]
    [InlineData("nasional")]
    public void Forecast_Level_EachRegionHoldsTheSumsOfItsKecamatan(string level)
    {
        var kecamatan = ReportJson.DeserializeForecast(Run("forecast", "--format", "json").Stdout);
        var rolled = ReportJson.DeserializeForecast(Run("forecast", "--level", level, "--format", "json").Stdout);

        rolled.Level.Should().Be(level);
        rolled.Rows.Should().BeEmpty();
        var groups = kecamatan.Rows.GroupBy(r => Ancestor(r.Code, level)).ToDictionary(g => g.Key, g => g.ToList());
        rolled.Regions!.Select(r => r.Code).Should().Equal(groups.Keys.Order());
        foreach (var region in rolled.Regions!)
        {
            region.Eligible.Should().Be(groups[region.Code].Sum(r => r.Eligible));
            region.Coverage.Should().Be(groups[region.Code].Sum(r => r.Coverage!.Value));
            region.PaceRealised.Should().Be(groups[region.Code].Sum(r => r.PaceRealised!.Value));
        }

        rolled.Total.Eligible.Should().Be(kecamatan.Total.Eligible);
        Run("forecast", "--level", level, "--lang", "en").Stdout.Split('\n')[0].Should().EndWith(level == "nasional" ? "— for the nation as a whole" : $"— by {(level == "kabupaten" ? "kabupaten/kota" : level)}");
    }

    [Theory]
    [InlineData("kabupaten")]
    [InlineData("provinsi")]
    [InlineData("nasional")]
    public void Trend_Level_EachRegionMonthIsTheSumOfItsKecamatan(string level)
    {
        var kecamatan = ReportJson.DeserializeTrend(Run("trend", "--format", "json").Stdout);
        var rolled = ReportJson.DeserializeTrend(Run("trend", "--level", level, "--format", "json").Stdout);

        rolled.Level.Should().Be(level);
        rolled.Rows.Should().BeEmpty();
        var groups = kecamatan.Rows.GroupBy(r => Ancestor(r.Code, level)).ToDictionary(g => g.Key, g => g.ToList());
        rolled.Regions!.Select(r => r.Code).Should().Equal(groups.Keys.Order());
        foreach (var region in rolled.Regions!)
        {
            for (int m = 0; m < region.Months.Count; m++)
            {
                region.Months[m].Eligible.Should().Be(groups[region.Code].Sum(r => r.Months[m].Eligible));
                region.Months[m].Coverage.Should().Be(groups[region.Code].Sum(r => r.Months[m].Coverage!.Value));
                region.Months[m].Realised.Should().Be(groups[region.Code].Sum(r => r.Months[m].Realised!.Value));
            }
        }
    }

    [Theory]
    [InlineData("forecast")]
    [InlineData("trend")]
    public void ForecastAndTrend_LevelAboveTheRegion_IsExit2(string command) =>
        ExpectError(command, ["--level", "provinsi", "--region", "36.71"], "argument --level: provinsi is above --region 36.71, a kabupaten/kota; use kabupaten or kecamatan.");

    /// <summary>A provincial office's table, kept per kabupaten/kota: Banten's three largest, two semesters.</summary>
    private const string Provincial =
        "Tanggal,Kode Kab Kota,Nama Kab Kota,Jumlah Wajib KTP,Jumlah Sudah Rekam,Jumlah Belum Rekam\n" +
        "2021-06-30,3601,Kabupaten Pandeglang,900000,870000,30000\n2021-12-31,3601,Kabupaten Pandeglang,905000,880000,25000\n" +
        "2021-06-30,3603,Kabupaten Tangerang,2400000,2380000,20000\n2021-12-31,3603,Kabupaten Tangerang,2420000,2400000,20000\n" +
        "2021-06-30,3671,Kota Tangerang,1400000,1380000,20000\n2021-12-31,3671,Kota Tangerang,1410000,1400000,10000\n";

    [Fact]
    public void Report_DataKeptPerKabupatenKota_RollsUpToTheProvince_AndHasNoKecamatanLevel()
    {
        using var provincial = new CliHarness();
        provincial.Write("snapshots.csv", Provincial);
        string[] period = ["--from", "2021-07-01", "--to", "2021-12-31", "--format", "json"];
        var regencies = ReportJson.DeserializeReport(provincial.RunOnFolder("report", period).Stdout);

        var result = provincial.RunOnFolder("report", [.. period, "--level", "provinsi"]);
        result.ExitCode.Should().Be(0, result.Stderr);
        var province = ReportJson.DeserializeReport(result.Stdout);
        province.Regions.Should().ContainSingle().Which.Realised.Should().Be(regencies.Rows.Sum(r => r.Realised!.Value));
        province.Regions![0].DataCoverage.Label.Should().Be("3 dari 8 kabupaten/kota");
        provincial.RunOnFolder("report", [.. period, "--level", "kabupaten"]).Stdout.Should().Be(provincial.RunOnFolder("report", period).Stdout);

        var kecamatan = provincial.RunOnFolder("report", [.. period, "--level", "kecamatan"]);
        kecamatan.ExitCode.Should().Be(2);
        kecamatan.ErrorLines.Should().Equal("argument --level: the data is kept per kabupaten/kota, so it has no kecamatan level; use kabupaten, provinsi or nasional.");
    }

    [Fact]
    public void AVersion2Document_ReadsBackAtTheKecamatanLevel()
    {
        string json = Run("report", "--month", "2012-04", "--format", "json").Stdout
            .Replace("\"version\": 3,", "\"version\": 2,", StringComparison.Ordinal)
            .Replace("\"level\": \"kecamatan\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"region\": null,", string.Empty, StringComparison.Ordinal);

        var report = ReportJson.DeserializeReport(json);
        report.Version.Should().Be(2);
        report.Level.Should().Be("kecamatan");
        report.Region.Should().BeNull();
        report.Regions.Should().BeNull();
    }
}
