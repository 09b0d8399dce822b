using System;
using System.Linq;
using System.Text.Json;
using EktpDomain.Tests.Cli;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.TestWorkbook;

namespace EktpDomain.Import.Tests;

/// <summary>
/// <c>snapshots.csv</c> (R20–R23): cumulative figures as offices publish them, with their Indonesian headings and
/// undotted codes, instead of or beside the ledger; every bad row at <c>FILE:LINE</c>.
/// </summary>
public class DataFolderSnapshotsTests
{
    /// <summary>A rekapitulasi as a regency's open-data page writes it: Indonesian headings, undotted codes, a percentage column.</summary>
    private const string Published =
        "Tanggal,Kode Kecamatan,Nama Kecamatan,Jumlah Wajib KTP,Jumlah Sudah Rekam,Jumlah Belum Rekam,Persentase Rekam\n" +
        "2012-03-31,360327,Sukamulya,41000,20000,21000,48.78\n" +
        "2012-04-30,360327,Sukamulya,41000,26300,14700,64.15\n" +
        "2012-03-31,360306,Kresek,40000,10000,30000,25.00\n" +
        "2012-04-30,360306,Kresek,40000,13520,26480,33.80\n" +
        "2012-04-30,360307,Kronjo,30000,31000,,103.33\n";

    [Fact]
    public void PublishedSnapshots_Alone_ReportRealisationFromTheirDifferences()
    {
        using var cli = new CliHarness();
        cli.Write("snapshots.csv", Published);

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--lang", "en");

        result.ExitCode.Should().Be(0, result.Stderr);
        var lines = result.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines.Should().Contain(l => l.Contains("36.03.27  Sukamulya", StringComparison.Ordinal) && l.Contains("6,300", StringComparison.Ordinal) && l.Contains(" met", StringComparison.Ordinal));
        lines.Should().Contain(l => l.Contains("36.03.06  Kresek", StringComparison.Ordinal) && l.Contains("3,520", StringComparison.Ordinal));
        lines.Should().Contain(l => l.Contains("36.03.07  Kronjo", StringComparison.Ordinal) && l.Contains("unknown", StringComparison.Ordinal) && l.Contains("103.3", StringComparison.Ordinal));
        lines.Should().Contain("Only 1 of 2 kecamatan met the 15% recording target (1 not assessed: realisation unknown)");
        lines.Should().Contain("Realisation unknown for 1 kecamatan: no snapshot dated on or before 31 March 2012 (36.03.07 Kronjo)");
        lines.Should().Contain(l => l.StartsWith("- [info] over-coverage 36.03.07 Kronjo: Coverage is 103.3%", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.Contains("All ", StringComparison.Ordinal), "nothing may claim that every target was met");
    }

    [Fact]
    public void PublishedSnapshots_Json_CarriesTheSourceAndTheEdges()
    {
        using var cli = new CliHarness();
        cli.Write("snapshots.csv", Published);

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var sukamulya = json.RootElement.GetProperty("kecamatan").EnumerateArray().Single(k => k.GetProperty("code").GetString() == "36.03.27");
        sukamulya.GetProperty("name").GetString().Should().Be("Sukamulya");
        sukamulya.GetProperty("source").GetString().Should().Be("snapshots");
        sukamulya.GetProperty("realised").GetInt64().Should().Be(6_300);
        sukamulya.GetProperty("snapshots").GetProperty("start_lag_days").GetInt32().Should().Be(0);
        json.RootElement.GetProperty("summary").GetProperty("realisation_unknown").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Workbook_WithSpacedHeadingsAndNumberCodes_ReadsLikeTheCsvFile()
    {
        using var cli = new CliHarness();
        Write(cli.PathOf("snapshots.xlsx"),
        [
            [T("TANGGAL"), T("KODE"), T("NAMA"), T("WAJIB KTP"), T("SUDAH REKAM"), T("BELUM REKAM")],
            [D(2012, 3, 31), N(360327), T("Sukamulya"), N(41000), N(20000), N(21000)],
            [D(2012, 4, 30), N(360327), T("Sukamulya"), N(41000), N(26300), N(14700)],
        ]);

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--lang", "en");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("The only kecamatan met the 15% recording target");
    }

    [Fact]
    public void BesideTheLedger_EachKecamatanFromItsOwnSource_NamesFromKecamatanCsvFirst()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", "code,name,eligible\n36.03.27,Sukamulya (kecamatan.csv),41000\n36.03.30,Sepatan Timur,52000\n");
        cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n2012-04-02,36.03.30,,recorded,4000\n");
        cli.Write("snapshots.csv", "date,kecamatan,name,eligible,recorded\n2012-03-31,36.03.27,Sukamulya (snapshots),41000,100\n2012-04-30,36.03.27,Sukamulya (snapshots),41000,6400\n");

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var rows = json.RootElement.GetProperty("kecamatan").EnumerateArray().ToDictionary(k => k.GetProperty("code").GetString()!);
        rows["36.03.27"].GetProperty("source").GetString().Should().Be("snapshots");
        rows["36.03.27"].GetProperty("realised").GetInt64().Should().Be(6_300);
        rows["36.03.27"].GetProperty("name").GetString().Should().Be("Sukamulya (kecamatan.csv)");
        rows["36.03.30"].GetProperty("source").GetString().Should().Be("ledger");
        rows["36.03.30"].GetProperty("realised").GetInt64().Should().Be(4_000);
    }

    [Fact]
    public void AKecamatanInTheLedgerAndTheSnapshots_IsAProblem()
    {
        using var cli = new CliHarness();
        cli.WithValidBasics();
        string snapshots = cli.Write("snapshots.csv", "date,kecamatan,eligible,recorded\n2012-04-30,36.03.27,41000,6300\n");

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.ErrorLines.Should().Equal($"{snapshots}: kecamatan 36.03.27 has both ledger entries and snapshots; each kecamatan takes its realisation from one source, so give either its ledger entries or its snapshots.");
    }

    [Fact]
    public void EveryBadRow_IsReportedAtItsLine()
    {
        using var cli = new CliHarness();
        string path = cli.Write("snapshots.csv",
            "date,kecamatan,eligible,recorded,not_recorded\n" +
            "2012-04-30,36.03.27,41000,26300,14000\n" +
            "2012-04-30,36.03.27,41000,26300,\n" +
            "2012-04-30,36.03.06,-5,0,\n" +
            "2012-04-31,36.03.07,10,5,\n" +
            "2012-04-30,36,10,5,\n" +
            "2012-04-30,36.03,10,5,\n" +
            "2012-04-30,36.03.x,10,5,\n" +
            "2012-04-30,36.03.09,ten,5,\n");

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.ErrorLines.Should().Equal(
            $"{path}:2: eligible 41000 is not recorded 26300 + not recorded 14000; the three figures must agree (eligible = recorded + not recorded).",
            $"{path}:4: eligible -5 is negative; it must be 0 or more.",
            $"{path}:5: malformed date '2012-04-31' in column 'date': expected a real date as YYYY-MM-DD.",
            $"{path}:6: '36' is a province code; a snapshot is of a kecamatan (PP.KK.CC) or a kabupaten/kota (PP.KK).",
            $"{path}:7: '36.03' is a kabupaten/kota, but the series holds kecamatan snapshots (from {path}:3); one series holds one level.",
            result.ErrorLines[5],
            $"{path}:9: malformed number 'ten' in column 'eligible': expected a whole number written with the digits 0-9.");
        result.ErrorLines[5].Should().StartWith($"{path}:8: malformed code in column 'kecamatan':");
    }

    [Fact]
    public void ASecondSnapshotOfOneRegionAndDate_NamesTheFirst()
    {
        using var cli = new CliHarness();
        string path = cli.Write("snapshots.csv", "date,kecamatan,eligible,recorded\n2012-04-30,36.03.27,41000,6300\n2012-04-30,360327,41000,6400\n");

        var result = cli.RunOnFolder("report");

        result.ErrorLines.Should().Equal($"{path}:3: a second snapshot of 36.03.27 on 2012-04-30 ({path}:2 has the first); give one per region and date.");
    }

    [Theory]
    [InlineData("date,eligible,recorded\n2012-04-30,41000,6300\n", "missing column 'kecamatan' (or kode_kecamatan, kode) or 'kabupaten' (or kode_kabupaten, kode_kab_kota): each row needs its region's code.")]
    [InlineData("date,kecamatan,eligible,recorded\n", "the file has no snapshot rows; give at least one, or remove the file.")]
    [InlineData("tanggal,kode,wajib_ktp\n2012-04-30,360327,41000\n", "missing column 'recorded' (or jumlah_sudah_rekam, sudah_rekam); the header has tanggal, kode, wajib_ktp.")]
    [InlineData("tanggal,kode_kecamatan,kode,wajib_ktp,sudah_rekam\n2012-04-30,360327,360327,41000,6300\n", null)]
    public void AFileWithoutWhatASnapshotNeeds_IsAProblemOfTheFile(string content, string? message)
    {
        using var cli = new CliHarness();
        string path = cli.Write("snapshots.csv", content);

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().Be(message is null
            ? $"{path}:1: column 'kode_kecamatan' and column 'kode' both give the column 'kecamatan'; keep one."
            : $"{path}: {message}");
    }

    /// <summary>A provincial office's table: one row per kabupaten/kota and semester, some above 100 %.</summary>
    private const string Provincial =
        "Tanggal,Kode Kab Kota,Nama Kab Kota,Jumlah Wajib KTP,Jumlah Sudah Rekam,Jumlah Belum Rekam,Persentase\n" +
        "2021-06-30,3601,Kabupaten Pandeglang,900000,870000,30000,96.67\n" +
        "2021-12-31,3601,Kabupaten Pandeglang,905000,880000,25000,97.24\n" +
        "2021-06-30,3603,Kabupaten Tangerang,2400000,2380000,20000,99.17\n" +
        "2021-12-31,3603,Kabupaten Tangerang,2420000,2435000,,100.62\n" +
        "2021-06-30,3671,Kota Tangerang,1400000,1440000,,102.86\n" +
        "2021-12-31,3671,Kota Tangerang,1410000,1477000,,104.75\n";

    [Fact]
    public void AProvincialTable_IsReportedPerKabupatenKota_OverCoverageIncluded()
    {
        using var cli = new CliHarness();
        cli.Write("snapshots.csv", Provincial);

        var result = cli.RunOnFolder("report", "--from", "2021-07-01", "--to", "2021-12-31", "--lang", "en", "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var rows = json.RootElement.GetProperty("kecamatan").EnumerateArray().ToDictionary(k => k.GetProperty("code").GetString()!);
        rows.Keys.Should().BeEquivalentTo("36.01", "36.03", "36.71");
        rows["36.71"].GetProperty("name").GetString().Should().Be("Kota Tangerang");
        rows["36.71"].GetProperty("realised").GetInt64().Should().Be(37_000);
        rows["36.71"].GetProperty("coverage").GetInt64().Should().Be(1_477_000);
        rows["36.71"].GetProperty("coverage_percent").GetDecimal().Should().Be(1_477_000m * 100 / 1_410_000);
        rows["36.71"].GetProperty("eligible").GetInt64().Should().Be(1_400_000, "the count of 30 June is in effect on 1 July");
        rows["36.71"].GetProperty("eligible_at_end").GetInt64().Should().Be(1_410_000);
        rows["36.71"].GetProperty("target").GetInt64().Should().Be(6 * 210_000, "six months of 15 % of 1,400,000");
        rows["36.03"].GetProperty("realised").GetInt64().Should().Be(55_000);
        rows["36.01"].GetProperty("realised").GetInt64().Should().Be(10_000);
        var summary = json.RootElement.GetProperty("summary");
        summary.GetProperty("headline").GetString().Should().Be("None of the 3 kabupaten/kota met the 15% recording target");
        summary.GetProperty("data_coverage").GetProperty("label").GetString().Should().Be("3 of 8 kabupaten/kota");
        summary.GetProperty("realised").GetInt64().Should().Be(102_000);
        json.RootElement.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("rule").GetString(), f.GetProperty("kecamatan").GetString()))
            .Should().Equal(("over-coverage", "36.03"), ("over-coverage", "36.71"));
    }

    [Fact]
    public void AProvincialTable_Text_TrendAndForecast()
    {
        using var cli = new CliHarness();
        cli.Write("snapshots.csv", Provincial);

        var report = cli.RunOnFolder("report", "--from", "2021-07-01", "--to", "2021-12-31", "--lang", "en");
        var trend = CliHarness.Invoke(["trend", "--data", cli.Folder, "--lang", "en"]);
        var forecast = CliHarness.Invoke(["forecast", "--data", cli.Folder, "--lang", "en", "--format", "json"]);

        report.ExitCode.Should().Be(0, report.Stderr);
        report.Stdout.Should().Contain("Region").And.Contain("Partial data: 3 of 8 kabupaten/kota of Banten").And.Contain("104.8");
        trend.ExitCode.Should().Be(0, trend.Stderr);
        trend.Stdout.Should().Contain("36 Banten (3 of 8 kabupaten/kota)").And.Contain("36.71  Kota Tangerang");
        forecast.ExitCode.Should().Be(0, forecast.Stderr);
        using var json = JsonDocument.Parse(forecast.Stdout);
        json.RootElement.GetProperty("total").GetProperty("code").GetString().Should().Be("36");
        var kota = json.RootElement.GetProperty("kecamatan").EnumerateArray().Single(k => k.GetProperty("code").GetString() == "36.71");
        kota.GetProperty("status").GetString().Should().Be("complete");
    }

    [Fact]
    public void AProvincialTable_TakesNoKecamatanFile()
    {
        using var cli = new CliHarness();
        cli.Write("snapshots.csv", Provincial);
        string ledger = cli.Write("ledger.csv", CliHarness.ValidLedger);

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal($"{ledger}: snapshots.csv is a table of kabupaten/kota, so the data is kept per kabupaten/kota and a kecamatan file cannot join it; remove ledger.csv, or give snapshots.csv one row per kecamatan.");
    }

    [Fact]
    public void Forecast_OnSnapshotsAlone_AsOfTheLastSnapshot_PaceOverTheirSpan()
    {
        using var cli = new CliHarness();
        cli.Write("snapshots.csv", Published);

        var result = CliHarness.Invoke(["forecast", "--data", cli.Folder, "--lang", "en", "--format", "json"]);

        result.ExitCode.Should().Be(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("as_of").GetString().Should().Be("2012-04-30");
        json.RootElement.GetProperty("trailing_working_days").GetInt32().Should().Be(240);
        var rows = json.RootElement.GetProperty("kecamatan").EnumerateArray().ToDictionary(k => k.GetProperty("code").GetString()!);
        rows["36.03.27"].GetProperty("coverage").GetInt64().Should().Be(26_300);
        rows["36.03.27"].GetProperty("pace_from").GetString().Should().Be("2012-04-01", "the snapshots begin on 31 March");
        rows["36.03.27"].GetProperty("pace_realised").GetInt64().Should().Be(6_300);
        rows["36.03.27"].GetProperty("status").GetString().Should().Be("forecast");
        rows["36.03.07"].GetProperty("status").GetString().Should().Be("complete", "Kronjo is over-covered: complete whatever the pace");
        rows["36.03.07"].GetProperty("pace").ValueKind.Should().Be(JsonValueKind.Null, "one snapshot gives no pace");
        rows["36.03.07"].GetProperty("remaining").GetInt64().Should().Be(-1_000);
    }
}
