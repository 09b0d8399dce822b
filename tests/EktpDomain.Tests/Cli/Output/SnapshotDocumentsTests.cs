using System.IO;
using System.Linq;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli.Output;

/// <summary>The workbook and the page of a report from snapshots (R21): the adjustment, the edges and their lags, and the notes.</summary>
public class SnapshotDocumentsTests
{
    private const string Snapshots =
        "tanggal,kode_kecamatan,nama_kecamatan,jumlah_wajib_ktp,jumlah_sudah_rekam\n" +
        "2012-03-20,360327,Sukamulya,41000,20000\n" +
        "2012-04-10,360327,Sukamulya,41000,19500\n" +
        "2012-04-25,360327,Sukamulya,41000,26300\n" +
        "2012-04-30,360306,Kresek,40000,30000\n";

    [Fact]
    public void Workbook_KecamatanSheet_HasTheSnapshotColumns_SummaryTheNotes()
    {
        using var cli = new CliHarness();
        cli.Write("snapshots.csv", Snapshots);
        string path = cli.PathOf("report.xlsx");

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--lang", "en", "--format", "xlsx", "--output", path);

        result.ExitCode.Should().Be(0, result.Stderr);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var kecamatan = new SheetReader(document.WorkbookPart!, "Kecamatan");
        kecamatan.Header.Should().ContainInConsecutiveOrder("Backlog", "Eligible at the end", "Adjustment", "Snapshot status", "Snapshot before", "Days before the start", "Snapshot at the end", "Days before the end");
        int sukamulya = kecamatan.Find(("Code", "36.03.27"));
        kecamatan.Number(sukamulya, "Realised").Should().Be(6_800, "from 19,500 to 26,300");
        kecamatan.Number(sukamulya, "Adjustment").Should().Be(500);
        kecamatan.Text(sukamulya, "Source").Should().Be("snapshots");
        kecamatan.Text(sukamulya, "Snapshot status").Should().Be("known");
        kecamatan.Date(sukamulya, "Snapshot before").Should().Be(new System.DateTime(2012, 3, 20));
        kecamatan.Number(sukamulya, "Days before the start").Should().Be(11);
        kecamatan.Date(sukamulya, "Snapshot at the end").Should().Be(new System.DateTime(2012, 4, 25));
        kecamatan.Number(sukamulya, "Days before the end").Should().Be(5);
        int kresek = kecamatan.Find(("Code", "36.03.06"));
        kecamatan.IsEmpty(kresek, "Realised").Should().BeTrue("its realisation is not known");
        kecamatan.Text(kresek, "Band").Should().Be("unknown");
        kecamatan.IsEmpty(kresek, "Snapshot before").Should().BeTrue();
        kecamatan.Text(kresek, "Snapshot status").Should().Be("no snapshot before the start");

        var summary = new SheetReader(document.WorkbookPart!, "Summary");
        summary.Number(1, "Realisation unknown").Should().Be(1);
        summary.IsEmpty(1, "Realised").Should().BeTrue("the total is not known while one kecamatan's is not");
        summary.Text(1, "Notes").Should().Be(
            "Realisation unknown for 1 kecamatan: no snapshot dated on or before 31 March 2012 (36.03.06 Kresek) " +
            "From snapshots: the coverage before the period is taken up to 11 days earlier, and the coverage at its end up to 5 days before its last day, so the realisation spans other days than the period");
    }

    [Fact]
    public void Page_PrintsTheNotesUnderTheHeadline()
    {
        using var cli = new CliHarness();
        cli.Write("snapshots.csv", Snapshots);
        string path = cli.PathOf("report.html");

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--lang", "id", "--format", "html", "--output", path);

        result.ExitCode.Should().Be(0, result.Stderr);
        var page = XDocument.Parse(File.ReadAllText(path));
        var notes = page.Descendants().Where(e => e.Name.LocalName == "p" && (string?)e.Attribute("class") == "note").Select(e => e.Value).ToList();
        notes.Should().Equal(
            "Realisasi tidak diketahui untuk 1 kecamatan: tidak ada snapshot bertanggal 31 Maret 2012 atau sebelumnya (36.03.06 Kresek)",
            "Dari snapshot: cakupan sebelum periode diambil hingga 11 hari lebih awal, dan cakupan di akhir periode hingga 5 hari sebelum hari terakhirnya, sehingga realisasi mencakup hari-hari yang lain dari periode");
        var headline = page.Descendants().Single(e => e.Name.LocalName == "p" && (string?)e.Attribute("class") == "headline");
        headline.ElementsAfterSelf().First().Attribute("class")!.Value.Should().Be("note", "the notes follow the headline");
    }
}
