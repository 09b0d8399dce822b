using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using EktpDomain.Tests.Cli;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.TestWorkbook;

namespace EktpDomain.Import.Tests;

/// <summary>
/// SIAK aggregate downloads as they come (R25): the date in the file name, mixed levels in one sheet, L/P/JML columns
/// under three header forms, numbers written as text, and every bad file with a clear error.
/// </summary>
public class SiakExportsTests
{
    /// <summary>One kecamatan's figures on a date: (code part, name, eligible, recorded).</summary>
    private static readonly Dictionary<string, (int Part, string Name, long Eligible, long Recorded)[]> Figures = new()
    {
        ["2011-12-31"] = [(27, "SUKAMULYA", 41_000, 14_000), (6, "KRESEK", 40_000, 8_000)],
        ["2012-03-31"] = [(27, "SUKAMULYA", 41_000, 20_000), (6, "KRESEK", 40_000, 10_000)],
        ["2012-04-30"] = [(27, "SUKAMULYA", 41_500, 26_300), (6, "KRESEK", 40_200, 13_520)],
    };

    /// <summary>A download as SIAK writes it: the regency's row, its kecamatan, a desa under each; L and P split the totals.</summary>
    private static List<Cell?[]> Download(string date, HeaderForm form)
    {
        var rows = new List<Cell?[]>();
        string[] measures = ["WKTP", "REKAM", "BLM_REKAM"];
        if (form == HeaderForm.Group)
        {
            rows.Add([T("KODE"), T("WILAYAH"), T("IDEM"), .. measures.SelectMany(m => new Cell?[] { T(m.Replace('_', ' ')), null, null }), T("CETAK"), null, null]);
            rows.Add([null, null, null, .. Enumerable.Repeat(new Cell?[] { T("L"), T("P"), T("JML") }, 4).SelectMany(c => c)]);
        }
        else
        {
            string join = form == HeaderForm.Underscore ? "_" : " ";
            rows.Add([T("KODE"), T("WILAYAH"), T("IDEM"), .. measures.SelectMany(m => new[] { "L", "P", "JML" }.Select(p => (Cell?)T($"{m.Replace("_", join, System.StringComparison.Ordinal)}{join}{p}"))), T("CETAK_JML"), T("PERSEN_REKAM")]);
        }

        var kecamatan = Figures[date];
        long eligible = kecamatan.Sum(k => k.Eligible), recorded = kecamatan.Sum(k => k.Recorded);
        rows.Add(Row("3603", "KAB. TANGERANG", 2, eligible, recorded));
        foreach (var (part, name, e, r) in kecamatan)
        {
            rows.Add(Row($"3603{part:D2}", name, 3, e, r));
            rows.Add(Row($"3603{part:D2}2001", $"DESA {name}", 4, e, r));
        }

        return rows;
    }

    private static Cell?[] Row(string code, string name, int level, long eligible, long recorded)
    {
        long rest = eligible - recorded;
        return [T(code), T(name), N(level), N(eligible / 2), N(eligible - (eligible / 2)), N(eligible), N(recorded / 2), N(recorded - (recorded / 2)), N(recorded), N(rest / 2), N(rest - (rest / 2)), N(rest), N(1), N(2), N(3)];
    }

    private static string Name(string isoDate) => $"agr_rekam_cetak_ektp_{isoDate[8..10]}{isoDate[5..7]}{isoDate[..4]}_3603.xlsx";

    private static string Tidy() =>
        "date,kecamatan,name,eligible,recorded,not_recorded\n" +
        string.Concat(Figures.SelectMany(d => d.Value.Select(k => $"{d.Key},36.03.{k.Part:D2},{k.Name},{k.Eligible},{k.Recorded},{k.Eligible - k.Recorded}\n")));

    public enum HeaderForm
    {
        Underscore,
        Space,
        Group,
    }

    [Theory]
    [InlineData(HeaderForm.Underscore)]
    [InlineData(HeaderForm.Space)]
    [InlineData(HeaderForm.Group)]
    public void ThreeDownloads_GiveTheFiguresOfTheSameDataAsATidySnapshotsCsv(HeaderForm form)
    {
        using var siak = new CliHarness();
        foreach (string date in Figures.Keys)
        {
            Write(siak.PathOf(Name(date)), Download(date, form), "Sheet1");
        }

        using var tidy = new CliHarness();
        tidy.Write("snapshots.csv", Tidy());

        foreach (var args in new[] { new[] { "report", "--month", "2012-04" }, ["trend"], ["forecast"] })
        {
            var fromSiak = CliHarness.Invoke([.. args, "--data", siak.Folder, "--format", "json", "--lang", "en"]);
            var fromTidy = CliHarness.Invoke([.. args, "--data", tidy.Folder, "--format", "json", "--lang", "en"]);

            fromSiak.ExitCode.Should().Be(0, fromSiak.Stderr);
            fromTidy.ExitCode.Should().Be(0, fromTidy.Stderr);
            fromSiak.Stdout.Should().Be(fromTidy.Stdout, $"{args[0]} reads the same figures from the downloads as from the tidy file");
        }

        using var json = JsonDocument.Parse(CliHarness.Invoke(["report", "--month", "2012-04", "--data", siak.Folder, "--format", "json"]).Stdout);
        var sukamulya = json.RootElement.GetProperty("kecamatan").EnumerateArray().Single(k => k.GetProperty("code").GetString() == "36.03.27");
        sukamulya.GetProperty("realised").GetInt64().Should().Be(6_300);
        sukamulya.GetProperty("eligible_at_end").GetInt64().Should().Be(41_500);
        json.RootElement.GetProperty("findings").GetArrayLength().Should().Be(0, "the downloads agree with themselves");
    }

    [Fact]
    public void Inconsistencies_AreFindings_NamingTheRegionTheFiguresAndTheDifference()
    {
        using var cli = new CliHarness();
        cli.Write("agr_rekam_cetak_ektp_31032012_3603.csv",
            "KODE,WILAYAH,IDEM,WKTP_L,WKTP_P,WKTP_JML,REKAM_L,REKAM_P,REKAM_JML\n" +
            "36.03.27,SUKAMULYA,3,20500,20500,41000,10000,10000,20000\n");
        string path = cli.Write("agr_rekam_cetak_ektp_30042012_3603.csv",
            "KODE,WILAYAH,IDEM,WKTP_L,WKTP_P,WKTP_JML,REKAM_L,REKAM_P,REKAM_JML\n" +
            "3603,KAB. TANGERANG,2,20750,20750,41500,13000,13000,26500\n" +
            "360327,SUKAMULYA,3,20750,20750,41500,13000,13000,26300\n");

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--lang", "en", "--width", "full");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("- [warning] data-quality 36.03 Kabupaten Tangerang: In the export of 30 April 2012, 36.03 KAB. TANGERANG: recorded 26,500 on its own row, but the rows below it add up to 26,300 (a difference of 200); the rows of the level reported are used.");
        result.Stdout.Should().Contain("- [info] data-quality 36.03.27 SUKAMULYA: In the export of 30 April 2012, 36.03.27 SUKAMULYA: recorded men + women = 26,000, but the total says 26,300 (a difference of 300); the total is used.");
        result.Stdout.Should().Contain("6,300", "the kecamatan's total is used");
        path.Should().EndWith(".csv");
    }

    [Fact]
    public void NumbersAsText_WithThousandsSeparators_AndBlankAsZero()
    {
        using var cli = new CliHarness();
        cli.Write("agr_rekam_cetak_ektp_31032012_3603.csv",
            "KODE,WILAYAH,WKTP_JML,REKAM_JML,BLM_REKAM_JML\n" +
            "360327,SUKAMULYA,\"41.000\",\"20,000\",\"21.000\"\n" +
            "360306,KRESEK,40000,,40000\n");
        cli.Write("agr_rekam_cetak_ektp_30042012_3603.csv",
            "KODE,WILAYAH,WKTP_JML,REKAM_JML,BLM_REKAM_JML\n" +
            "360327,SUKAMULYA,\"41,000\",\"26.300\",\"14,700\"\n" +
            "360306,KRESEK,40000,100,39900\n");

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var rows = json.RootElement.GetProperty("kecamatan").EnumerateArray().ToDictionary(k => k.GetProperty("code").GetString()!);
        rows["36.03.27"].GetProperty("realised").GetInt64().Should().Be(6_300);
        rows["36.03.06"].GetProperty("realised").GetInt64().Should().Be(100, "a blank count is 0");
    }

    [Fact]
    public void DesaRowsAlone_MakeUpTheirKecamatan()
    {
        using var cli = new CliHarness();
        cli.Write("agr_rekam_cetak_ektp_31032012_3603.csv",
            "KODE,WILAYAH,IDEM,WKTP_JML,REKAM_JML\n3603272001,DESA A,4,20000,10000\n3603272002,DESA B,4,21000,10000\n");
        cli.Write("agr_rekam_cetak_ektp_30042012_3603.csv",
            "KODE,WILAYAH,IDEM,WKTP_JML,REKAM_JML\n3603272001,DESA A,4,20000,13000\n3603272002,DESA B,4,21000,13300\n");

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var row = json.RootElement.GetProperty("kecamatan").EnumerateArray().Single();
        (row.GetProperty("code").GetString(), row.GetProperty("eligible").GetInt64(), row.GetProperty("realised").GetInt64()).Should().Be(("36.03.27", 41_000L, 6_300L));
        row.GetProperty("name").GetString().Should().Be("Sukamulya", "the kecamatan's name comes from the catalogue");
    }

    [Fact]
    public void TheDate_FromATanggalColumn_WhenTheNameHasNone()
    {
        using var cli = new CliHarness();
        cli.Write("agr_rekam_cetak_ektp_maret.csv", "TANGGAL,KODE,WKTP_JML,REKAM_JML\n2012-03-31,360327,41000,20000\n");
        cli.Write("agr_rekam_cetak_ektp_april.csv", "TANGGAL,KODE,WKTP_JML,REKAM_JML\n2012-04-30,360327,41000,26300\n");

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetProperty("kecamatan")[0].GetProperty("realised").GetInt64().Should().Be(6_300);
    }

    [Fact]
    public void EveryBadFile_GetsAClearError()
    {
        using var cli = new CliHarness();
        string noDate = cli.Write("agr_rekam_cetak_ektp_3603.csv", "KODE,WKTP_JML,REKAM_JML\n360327,41000,20000\n");
        string badDate = cli.Write("agr_rekam_cetak_ektp_31022012_3603.csv", "KODE,WKTP_JML,REKAM_JML\n360327,41000,20000\n");
        string first = cli.Write("agr_rekam_cetak_ektp_31032012_3603.csv", "KODE,WKTP_JML,REKAM_JML\n360327,41000,20000\n");
        cli.Write("agr_rekam_cetak_ektp_31032012_3603.xlsx", "not a workbook");
        string columns = cli.Write("agr_rekam_cetak_ektp_30042012_3603.csv", "KODE,WKTP_L,WKTP_P\n360327,1,2\n");
        string rows = cli.Write("agr_rekam_cetak_ektp_31052012_3603.csv",
            "KODE,WILAYAH,IDEM,WKTP_JML,REKAM_JML\n" +
            "360327,SUKAMULYA,2,41000,20000\n" +
            "360306,KRESEK,7,40000,10000\n" +
            "3603x,X,3,1,1\n" +
            "360309,KEMIRI,3,12.34,1\n" +
            ",CATATAN,,1,1\n" +
            ",JUMLAH,,81000,30000\n");

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        string xlsx = cli.PathOf("agr_rekam_cetak_ektp_31032012_3603.xlsx");
        result.ErrorLines.Should().Contain(new[]
        {
            $"{badDate}: the name's date '31022012' is not a real date DDMMYYYY; rename the file as SIAK names it, such as agr_rekam_cetak_ektp_02032026_8207.xlsx.",
            $"{noDate}: the date of the download cannot be known: its name does not carry DDMMYYYY (such as agr_rekam_cetak_ektp_02032026_8207.xlsx) and it has no TANGGAL column.",
            $"{columns}: missing columns WKTP_JML, REKAM_JML; the header has KODE, WKTP_L, WKTP_P.",
            $"{rows}:2: column 'IDEM' says level 2, but '36.03.27' is a Kecamatan code; the two must agree.",
            $"{rows}:3: unknown level '7' in column 'IDEM': use 2 (kabupaten/kota), 3 (kecamatan) or 4 (desa/kelurahan).",
            $"{rows}:5: malformed number '12.34' in column 'WKTP_JML': expected a whole number, digits grouped by thousands (12.345 or 12,345) or blank for 0.",
            $"{rows}:6: column 'KODE' is blank for 'CATATAN'; every row needs its region's code.",
        });
        result.ErrorLines.Should().Contain(l => l.StartsWith($"{rows}:4: malformed code in column 'KODE':", System.StringComparison.Ordinal));
        result.ErrorLines.Should().Contain(l => l.StartsWith($"{xlsx}: cannot read the file as an Excel workbook (.xlsx):", System.StringComparison.Ordinal));
        result.ErrorLines.Should().NotContain(l => l.Contains("JUMLAH", System.StringComparison.Ordinal), "a grand total row without a code is passed over");
        first.Should().NotBeNull();
    }

    [Fact]
    public void AnErrorInAWorkbook_NamesTheFileTheSheetAndTheRow()
    {
        using var cli = new CliHarness();
        string xlsx = cli.PathOf("agr_rekam_cetak_ektp_31032012_3603.xlsx");
        Write(xlsx, [[T("KODE"), T("WKTP_JML"), T("REKAM_JML")], [T("360327"), N(41000), N(20000)], [T("360306"), T("40.000,5"), N(1)]], sheetName: "Sheet1");

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal($"{xlsx}:Sheet1!3: malformed number '40.000,5' in column 'WKTP_JML': expected a whole number, digits grouped by thousands (12.345 or 12,345) or blank for 0.");
    }

    [Fact]
    public void TwoDownloadsOfOneRegionAndDate_AreAnError()
    {
        using var cli = new CliHarness();
        string csv = cli.Write("agr_rekam_cetak_ektp_31032012_3603.csv", "KODE,WKTP_JML,REKAM_JML\n360327,41000,20000\n");
        string xlsx = cli.PathOf("agr_rekam_cetak_ektp_31032012_3603.xlsx");
        Write(xlsx, [[T("KODE"), T("WKTP_JML"), T("REKAM_JML")], [T("360327"), N(41000), N(20000)]]);

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal($"{xlsx}: a second download of 3603 on 2012-03-31: {csv} has the same region and date; keep one.");
    }
}
