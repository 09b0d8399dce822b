using System.Linq;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>Every class of invalid input: exit 2, nothing on stdout, every problem on stderr as FILE:LINE: message.</summary>
public class CliErrorTests
{
    internal static void ShouldFailWith(CliResult result, params string[] lines)
    {
        result.ExitCode.Should().Be(2, result.Stderr);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().NotContain("   at ", "no stack trace for bad input");
        result.ErrorLines.Should().Equal(lines);
    }

    [Fact]
    public void MalformedValues_EachReportedWithFileAndLine()
    {
        using var cli = new CliHarness();
        string kecamatan = cli.Write("kecamatan.csv", "code,name,eligible\n36.03.001,Sukamulya,41000\n36.03.30,Sepatan Timur,lots\n36.03.31,Solear,１２\n");
        string ledger = cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n2012-02-30,36.03.30,,recorded,5\n2012-04-02,36.03.30,,recorded,5\n");

        // 36.03.30's row has a malformed count but a readable code, so the ledger's rows naming it are not "unknown".
        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{kecamatan}:2: malformed code in column 'code': '36.03.001' is not a region code: the kecamatan part '001' must have exactly 2 digits. Expected PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD (Kemendagri), the undotted NIK form such as PPKKCC, or 0 for the nation.",
            $"{kecamatan}:3: malformed number 'lots' in column 'eligible': expected a whole number written with the digits 0-9.",
            $"{kecamatan}:4: malformed number '１２' in column 'eligible': expected a whole number written with the digits 0-9.",
            $"{ledger}:2: malformed date '2012-02-30' in column 'date': expected a real date as YYYY-MM-DD.");
    }

    [Fact]
    public void UnknownKindAndCode_AndNegatives()
    {
        using var cli = new CliHarness();
        string kecamatan = cli.Write("kecamatan.csv", "code,name,eligible\n36.03.27,Sukamulya,-41000\n36.03.30,Sepatan Timur,52000\n");
        string ledger = cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n2012-04-02,36.03.99,,recorded,5\n2012-04-02,36.03.30,,printed,5\n2012-04-02,36.03.30,,recorded,-5\n2012-04-02,36.03,,recorded,5\n");

        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{kecamatan}:2: eligible count -41000 for 36.03.27 is negative; it must be 0 or more.",
            $"{ledger}:2: unknown kecamatan '36.03.99': it is not in the kecamatan list.",
            $"{ledger}:3: unknown kind 'printed': use recorded, lost, rerecorded.",
            $"{ledger}:4: count -5 is negative; a ledger count must be 0 or more.",
            $"{ledger}:5: '36.03' in column 'kecamatan' is a Regency code; a kecamatan code has the form PP.KK.CC.");
    }

    [Fact]
    public void DuplicateKecamatan()
    {
        using var cli = new CliHarness();
        string kecamatan = cli.Write("kecamatan.csv", CliHarness.ValidKecamatan + "36.03.27,Sukamulya lagi,1\n");
        cli.Write("ledger.csv", CliHarness.ValidLedger);

        ShouldFailWith(cli.RunOnFolder("report"), $"{kecamatan}:4: duplicate kecamatan 36.03.27: it already has an undated count at {kecamatan}:2.");
    }

    [Fact]
    public void BacklogAndCoverageBelowZero()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", CliHarness.ValidKecamatan);
        string ledger = cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n2012-04-02,36.03.27,,recorded,100\n2012-04-03,36.03.27,,lost,150\n2012-04-03,36.03.30,,recorded,100\n2012-04-04,36.03.30,,lost,10\n2012-04-05,36.03.30,,rerecorded,11\n");

        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{ledger}:3: lost 150 at 36.03.27 on 2012-04-03 pushes coverage below zero: by the end of that date losses total 150 but only 100 were ever recorded.",
            $"{ledger}:6: rerecorded 11 at 36.03.30 on 2012-04-05 pushes the re-recording backlog below zero: by the end of that date re-recordings total 11 but losses only 10.");
    }

    [Fact]
    public void MissingFilesAndColumns()
    {
        using var cli = new CliHarness();
        string kecamatan = cli.Write("kecamatan.csv", "code,name\n36.03.27,Sukamulya\n");

        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{kecamatan}: missing column 'eligible'; the header has code, name.",
            $"{cli.PathOf("ledger.csv")}: missing file: the data folder needs ledger.csv (or ledger.xlsx).");
    }

    [Fact]
    public void WrongFieldCounts_AndBlankLinesIgnored()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", CliHarness.ValidKecamatan);
        string ledger = cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n\n2012-04-02,36.03.27,,recorded\n2012-04-02,36.03.27,,recorded,5,extra\n\n");

        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{ledger}:3: the row has 4 fields, but the header has 5.",
            $"{ledger}:4: the row has 6 fields, but the header has 5.");
    }

    [Fact]
    public void NumbersTooLargeForACount()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", CliHarness.ValidKecamatan);
        string ledger = cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n2012-04-02,36.03.27,,recorded,99999999999999999999\n");

        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{ledger}:2: number '999999**********9999' in column 'count' is too large for a count; the limit is about 9.2 × 10^18.");
    }

    [Fact]
    public void EmptyAndHeaderOnlyFiles()
    {
        using var cli = new CliHarness();
        string kecamatan = cli.Write("kecamatan.csv", "code,name,eligible\n");
        string ledger = cli.Write("ledger.csv", "");

        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{kecamatan}: the file has no kecamatan rows; at least one kecamatan is needed.",
            $"{ledger}: the file is empty; it needs a header row with the columns date, kecamatan, device, kind, count.");
    }

    [Fact]
    public void HeaderOnlyLedger_IsAValidEmptyLedger()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", CliHarness.ValidKecamatan);
        cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n");

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().Contain("Belum ada dari 2 kecamatan yang mencapai target perekaman 15%");
    }

    [Fact]
    public void ColumnsInAnyOrderAndCase()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", "ELIGIBLE,Name,code\n41000,Sukamulya,36.03.27\n");
        cli.Write("ledger.csv", "count,kind,device,kecamatan,date\n6300,Recorded,,36.03.27,2012-04-10\n");

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--lang", "en");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("The only kecamatan met the 15% recording target");
    }

    [Fact]
    public void ControlCharactersAndNulAreReportedPrintably()
    {
        using var cli = new CliHarness();
        string kecamatan = cli.Write("kecamatan.csv", "code,name,eligible\n36.03.27,Suka\0mulya,41000\n");
        cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n");

        ShouldFailWith(cli.RunOnFolder("report"), $"{kecamatan}:2: column 'name' contains a control character: 'Suka\\u0000mulya'.");
    }

    [Fact]
    public void ClosuresAndHolidaysFiles_AreCheckedToo()
    {
        using var cli = new CliHarness().WithValidBasics();
        string holidays = cli.Write("holidays.csv", "date,name\n2012-04-06,Wafat Yesus Kristus\n2012-04-31,Bad\n");
        string closures = cli.Write("closures.csv", "kecamatan,date,reason\n36.03.01,2012-04-10,banjir\n36.03.27,2012-04-11,\n");

        ShouldFailWith(
            cli.RunOnFolder("report"),
            $"{holidays}:3: malformed date '2012-04-31' in column 'date': expected a real date as YYYY-MM-DD.",
            $"{closures}:2: unknown kecamatan '36.03.01': it is not in the kecamatan list.",
            $"{closures}:3: column 'reason' is blank.");
    }

    [Fact]
    public void HolidaysFileWithoutThePeriodsYear_IsAnArgumentError()
    {
        using var cli = new CliHarness().WithValidBasics();
        cli.Write("holidays.csv", "date,name\n2011-12-25,Natal\n");

        ShouldFailWith(
            cli.RunOnFolder("report"),
            "argument --month: the period reaches 2012, but holidays.csv has no holiday for that year; add that year's holidays and cuti bersama to holidays.csv.");
    }

    [Theory]
    [InlineData(new[] { "report", "--month", "2012-13" }, "argument --month: '2012-13' is not a month; use YYYY-MM, such as 2012-04.")]
    [InlineData(new[] { "report", "--from", "2012-04-02" }, "argument --to: --from and --to go together; give both.")]
    [InlineData(new[] { "report", "--from", "2012-04-30", "--to", "2012-04-02" }, "argument --to: 2012-04-02 is before --from 2012-04-30.")]
    [InlineData(new[] { "report", "--month", "2012-04", "--from", "2012-04-01", "--to", "2012-04-02" }, "argument --month: give either --month or --from and --to, not both.")]
    [InlineData(new[] { "report", "--target-percent", "0" }, "argument --target-percent: '0' is not a share; use a number above 0 and at most 100, such as 15 or 12.5.")]
    [InlineData(new[] { "report", "--target-percent", "100.5" }, "argument --target-percent: '100.5' is not a share; use a number above 0 and at most 100, such as 15 or 12.5.")]
    [InlineData(new[] { "report", "--prorate", "days" }, "argument --prorate: 'days' is not a pro-rating; use none or working-days.")]
    [InlineData(new[] { "report", "--throughput", "-1" }, "argument --throughput: '-1' is not a throughput; use a whole number of recordings per device per working day above 0.")]
    [InlineData(new[] { "report", "--throughput", "0" }, "argument --throughput: '0' is not a throughput; use a whole number of recordings per device per working day above 0.")]
    [InlineData(new[] { "report", "--format", "xml" }, "argument --format: 'xml' is not a format; use text, json, xlsx or html.")]
    [InlineData(new[] { "report", "--lang", "fr" }, "argument --lang: 'fr' is not a language; use id or en.")]
    [InlineData(new[] { "report", "--data", "/no/such/folder", "--month", "2012-04" }, "argument --data: the folder '/no/such/folder' does not exist.")]
    [InlineData(new[] { "forecast", "--as-of", "2012-02-30" }, "argument --as-of: '2012-02-30' is not a date; use YYYY-MM-DD, such as 2012-04-30.")]
    [InlineData(new[] { "allocate" }, "argument --devices: give the number of new sets to place, such as --devices 5.")]
    [InlineData(new[] { "allocate", "--devices", "many" }, "argument --devices: 'many' is not a number of sets; use a whole number from 1 to 100000.")]
    public void BadArguments(string[] args, string message) => ShouldFailWith(CliHarness.Invoke(args), message);

    [Fact]
    public void UnknownOption_IsAnArgumentError()
    {
        var result = CliHarness.Invoke(["report", "--colour", "red"]);
        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.ErrorLines.Should().OnlyContain(l => l.StartsWith("argument", System.StringComparison.Ordinal));
        result.Stderr.Should().Contain("--colour");
    }

    [Fact]
    public void DataFolderWithoutPeriod_IsAnArgumentError()
    {
        using var cli = new CliHarness().WithValidBasics();
        var result = CliHarness.Invoke(["report", "--data", cli.Folder]);
        ShouldFailWith(result, "argument --month: give the period with --month YYYY-MM, or with --from YYYY-MM-DD and --to YYYY-MM-DD.");
    }

    [Fact]
    public void ManyProblems_AreAllReported()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", CliHarness.ValidKecamatan);
        string rows = string.Concat(Enumerable.Range(0, 50).Select(i => "2012-04-02,36.03.27,,recorded,x\n"));
        cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n" + rows);

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().HaveCount(50);
        result.ErrorLines.Select(l => l.Split(':')[1]).Should().BeEquivalentTo(Enumerable.Range(2, 50).Select(i => $"{i}"));
    }
}
