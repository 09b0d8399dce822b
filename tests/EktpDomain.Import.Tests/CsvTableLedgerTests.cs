using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using EktpDomain.Recording;
using EktpDomain.Tests.Cli;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Import.Tests;

/// <summary>
/// <c>ledger.csv</c> read on every core (<see cref="CsvTable.ReadLedger"/>) gives exactly what the Sep reader gives
/// (<see cref="CsvTable.Read"/>): the same entries in the same order, the same problems at the same lines, whatever
/// the rows, the line endings and the size of the blocks the file is cut into.
/// </summary>
public class CsvTableLedgerTests
{
    private static readonly string[] Columns = ["date", "kecamatan", "device", "kind", "count"];
    private static readonly RegionCode[] Known = [RegionCode.Parse("36.03.01"), RegionCode.Parse("36.03.02"), RegionCode.Parse("36.03.27")];

    private sealed record Outcome(bool Read, IReadOnlyList<string> Problems, IReadOnlyList<string> Entries);

    private static void OnRow(CsvTable.CsvRow row, RecordingLedgerBuilder ledger)
    {
        // The loader's own callback (DataFolder), field for field.
        bool ok = row.Date("date", out var date);
        ok &= row.Kecamatan("kecamatan", out var code);
        string? device = row.OptionalText("device");
        ok &= row.Choice("kind", LedgerNames.Kind, out LedgerEntryKind kind);
        ok &= row.Count("count", out long count);
        if (ok)
        {
            ledger.Add(date, code, kind, count, device, row.Location);
        }
    }

    private static Outcome Finish(bool read, List<DataProblem> problems, RecordingLedgerBuilder ledger, string path)
    {
        var entries = new List<string>();
        if (ledger.TryBuild(out var built, out var found))
        {
            entries.AddRange(built.GetEntries().Select(e => $"{e.Date:yyyy-MM-dd} {e.Kecamatan} {e.Device ?? "-"} {e.Kind} {e.Count}"));
        }

        return new Outcome(read, [.. problems.Concat(found).Select(p => p.ToString().Replace(path, "FILE", StringComparison.Ordinal))], entries);
    }

    private static Outcome WithSep(string folder)
    {
        var source = DataSource.FromDirectory(folder);
        var problems = new List<DataProblem>();
        var ledger = RecordingLedger.CreateBuilder(Known);
        bool read = CsvTable.Read(source, "ledger.csv", Columns, [], problems, row => OnRow(row, ledger));
        return Finish(read, problems, ledger, source.DisplayPath("ledger.csv"));
    }

    /// <summary>Reads the folder's ledger on every core; <paramref name="slowRow"/> is told of each row handed to the row callback.</summary>
    private static Outcome InParallel(string folder, int blockSize, Action? slowRow = null)
    {
        var source = DataSource.FromDirectory(folder);
        var problems = new List<DataProblem>();
        var ledger = RecordingLedger.CreateBuilder(Known);
        var progress = new DataFolderProgress();
        bool read = CsvTable.ReadLedger(source, "ledger.csv", Columns, problems, ledger, () => ledger = RecordingLedger.CreateBuilder(Known), row => { slowRow?.Invoke(); OnRow(row, ledger); }, progress, blockSize);
        return Finish(read, problems, ledger, source.DisplayPath("ledger.csv"));
    }

    private static (Outcome Sep, Outcome Parallel) BothWays(byte[] content, int blockSize)
    {
        using var cli = new CliHarness();
        File.WriteAllBytes(cli.PathOf("ledger.csv"), content);
        return (WithSep(cli.Folder), InParallel(cli.Folder, blockSize));
    }

    private const string Header = "date,kecamatan,device,kind,count\n";

    /// <summary>Lines in every form the fast path reads and every form it hands to the accessors.</summary>
    private static readonly string[] Lines =
    [
        "2012-04-02,36.03.01,K-01-1,recorded,185",
        "2012-04-02,36.03.01,K-01-2,recorded,209",
        "2012-04-02,36.03.01,,lost,3",
        "2012-04-03,36.03.01,K-01-1,rerecorded,2",
        "2012-04-03,360302,K-02-1,recorded,7",
        "2012-04-03,36.03.02,K 02 1,recorded,000000000000000012",
        "2012-04-03,36.03.27,K-27-1,recorded,123456789012345678",
        "2012-04-31,36.03.01,K-01-1,recorded,5",
        "2012-4-2,36.03.01,K-01-1,recorded,5",
        "2012-04-0a,36.03.01,K-01-1,recorded,5",
        "0000-04-03,36.03.01,K-01-1,recorded,5",
        "2012-04-02,36.03.99,K-01-1,recorded,5",
        "2012-04-02,36.03,K-01-1,recorded,5",
        "2012-04-02,00.03.01,K-01-1,recorded,5",
        "2012-04-02,36.0a.01,K-01-1,recorded,5",
        "2012-04-02,36-03-01,K-01-1,recorded,5",
        "2012-04-02,36.03.01,K-01-1,recorded,-5",
        "2012-04-02,36.03.01,K-01-1,recorded,+5",
        "2012-04-02,36.03.01,K-01-1,recorded,1e3",
        "2012-04-02,36.03.01,K-01-1,recorded,1234567890123456789",
        "2012-04-02,36.03.01,K-01-1,recorded,99999999999999999999",
        "2012-04-02,36.03.01,K-01-1,Recorded,5",
        "2012-04-02,36.03.01,K-01-1,LOST,5",
        "2012-04-02,36.03.01,K-01-1,found,5",
        "2012-04-02,36.03.01,K-01-1,recorded",
        "2012-04-02,36.03.01,K-01-1,recorded,5,",
        " 2012-04-02 , 36.03.01 , K-01-1 , recorded , 5 ",
        "2012-04-02,36.03.01,   ,recorded,5",
        "2012-04-02,36.03.01,K\t1,recorded,5",
        "2012-04-02,36.03.01,K-01-1\u007f,recorded,5",
        "2012-04-02,36.03.01,Kécamatan,recorded,5",
        "２０１２-04-02,36.03.01,K-01-1,recorded,5",
        "2012-04-02,36.03.01,K-01-1,recorded,1\u0000",
        "2012-04-02;36.03.01;K-01-1;recorded;5",
        ",,,,",
        "",
        "   ",
        "\t",
        "\u000b",
        "\u001f",
        "\u00a0",

        // 63, 64 and 65 bytes: a line is split by its comma bits only when its newline is within 64 bytes of its start.
        "2012-04-02,36.03.01,K-63-" + new string('x', 26) + ",recorded,63",
        "2012-04-02,36.03.01,K-64-" + new string('x', 27) + ",recorded,64",
        "2012-04-02,36.03.01,K-65-" + new string('x', 28) + ",recorded,65",
        "2012-04-02,36.03.01,K-65-" + new string('x', 24) + ",recorded,5,,",
    ];

    [Theory]
    [InlineData(8)]
    [InlineData(64)]
    [InlineData(1 << 20)]
    public void EveryFormOfLine_GivesWhatSepGives(int blockSize)
    {
        foreach (string ending in new[] { "\n", "\r\n" })
        {
            string content = Header.Replace("\n", ending, StringComparison.Ordinal) + string.Concat(Lines.Select(l => l + ending));
            var (sep, parallel) = BothWays(Encoding.UTF8.GetBytes(content), blockSize);

            parallel.Should().BeEquivalentTo(sep, o => o.WithStrictOrdering());
            sep.Problems.Should().NotBeEmpty("the lines hold problems of every kind");
            sep.Entries.Should().BeEmpty("a ledger with problems is not built");
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void LinesInTheCommonForm_AreReadWithoutTheAccessors(string ending)
    {
        // The first six lines above and those of 63 to 65 bytes, each valid: whatever their length, and wherever the
        // block ends, none is handed to the row callback, which only lines in another form reach.
        string[] common = [.. Lines.Take(7), .. Lines.Where(l => l.StartsWith("2012-04-02,36.03.01,K-6", StringComparison.Ordinal) && !l.EndsWith(',')), Lines[0]];
        string content = Header.Replace("\n", ending, StringComparison.Ordinal) + string.Concat(Enumerable.Repeat(common, 20).SelectMany(l => l).Select(l => l + ending));
        using var cli = new CliHarness();
        File.WriteAllBytes(cli.PathOf("ledger.csv"), Encoding.UTF8.GetBytes(content));
        int handedOver = 0;

        var outcome = InParallel(cli.Folder, 1 << 20, () => handedOver++);

        outcome.Read.Should().BeTrue();
        outcome.Problems.Should().BeEmpty();
        handedOver.Should().Be(0);
        outcome.Entries.Should().HaveCount(20 * common.Length);
    }

    [Theory]
    [InlineData("date,kecamatan,device,kind,count\n2012-04-02,36.03.01,\"K-01-1\",recorded,5\n")]
    [InlineData("date,kecamatan,device,kind,count\n2012-04-02,36.03.01,\"K-01\n-1\",recorded,5\n2012-04-02,36.03.01,K,recorded,x\n")]
    [InlineData("date,kecamatan,device,kind,count\n2012-04-02,36.03.01,K\r-1,recorded,5\n2012-04-02,36.03.01,K,recorded,x\n")]
    [InlineData("\"date\",kecamatan,device,kind,count\n2012-04-02,36.03.01,K,recorded,5\n")]
    [InlineData("\uFEFFdate,kecamatan,device,kind,count\n2012-04-02,36.03.01,K,recorded,5\n")]
    [InlineData("")]
    [InlineData("\n2012-04-02,36.03.01,K,recorded,5\n")]
    [InlineData("date,kecamatan,device,kind,count")]
    [InlineData("date,kecamatan,device,kind\n2012-04-02,36.03.01,K,recorded\n")]
    [InlineData("Count,KIND,Device,Kecamatan,DATE,extra\n5,recorded,K,36.03.01,2012-04-02,x\n5,recorded,K,36.03.01,2012-04-02\n")]
    [InlineData("date,kecamatan,device,kind,count,Count\n")]
    public void FilesOnlySepReads_AndHeaders_GiveWhatSepGives(string content)
    {
        foreach (int blockSize in new[] { 4, 1 << 20 })
        {
            var (sep, parallel) = BothWays(Encoding.UTF8.GetBytes(content), blockSize);

            parallel.Should().BeEquivalentTo(sep, o => o.WithStrictOrdering());
        }
    }

    [Fact]
    public void BytesThatAreNotUtf8_GiveSepsMessage()
    {
        var content = Encoding.UTF8.GetBytes(Header + "2012-04-02,36.03.01,K-01-1,recorded,5\n").Concat(new byte[] { 0xFF, (byte)'\n' }).ToArray();

        var (sep, parallel) = BothWays(content, 16);

        parallel.Should().BeEquivalentTo(sep, o => o.WithStrictOrdering());
        parallel.Read.Should().BeFalse();
        parallel.Problems.Should().ContainSingle().Which.Should().StartWith("FILE: cannot read the file as UTF-8 CSV:");
    }

    [Fact]
    public void Utf16File_IsReadAsSepReadsIt()
    {
        var content = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header + "2012-04-02,36.03.01,K-01-1,recorded,5\n")).ToArray();

        var (sep, parallel) = BothWays(content, 16);

        parallel.Should().BeEquivalentTo(sep);
        parallel.Entries.Should().Equal("2012-04-02 36.03.01 K-01-1 Recorded 5");
    }

    [Fact]
    public void LineLongerThanABlock_KeepsTheLinesAfterIt()
    {
        string content = Header + "2012-04-02,36.03.01," + new string('K', 300) + ",recorded,5\n2012-04-02,36.03.01,K,recorded,x\n";

        var (sep, parallel) = BothWays(Encoding.UTF8.GetBytes(content), 8);

        parallel.Should().BeEquivalentTo(sep, o => o.WithStrictOrdering());
        parallel.Problems.Should().Equal("FILE:3: malformed number 'x' in column 'count': expected a whole number written with the digits 0-9.");
    }

    [Fact]
    public void ValidRows_AreAllAdded_AndProgressCountsThem()
    {
        using var cli = new CliHarness();
        string content = Header + string.Concat(Enumerable.Range(0, 500).Select(i => $"2012-04-{2 + (i % 20):00},36.03.0{1 + (i % 2)},K-{i % 3},recorded,{i}\n"));
        cli.Write("ledger.csv", content);
        var ledger = RecordingLedger.CreateBuilder(Known);
        var progress = new DataFolderProgress();
        var problems = new List<DataProblem>();

        bool read = CsvTable.ReadLedger(DataSource.FromDirectory(cli.Folder), "ledger.csv", Columns, problems, ledger, () => throw new InvalidOperationException("read twice"), row => OnRow(row, ledger), progress, 100);

        read.Should().BeTrue();
        problems.Should().BeEmpty();
        ledger.Count.Should().Be(500);
        progress.RowsRead.Should().Be(500);
        progress.BytesRead.Should().Be(Encoding.UTF8.GetByteCount(content));
        progress.TotalBytes.Should().Be(Encoding.UTF8.GetByteCount(content));
        ledger.Build().GetTotals(RegionCode.Parse("36.03.01"), new DateInterval(new LocalDate(2012, 4, 1), new LocalDate(2012, 4, 30))).Recorded
            .Should().Be(Enumerable.Range(0, 500).Where(i => i % 2 == 0).Sum());
    }

    /// <summary>Any mix of the lines above, with either line ending, cut into blocks of any size.</summary>
    [Fact]
    public void AnyMixOfLines_GivesWhatSepGives()
    {
        var lines = Gen.OneOf(Gen.Int[0, Lines.Length - 1].Select(i => Lines[i]), Gen.Int[0, 6].Select(i => Lines[i])).Array[0, 40];
        Gen.Select(lines, Gen.Bool, Gen.Int[1, 200]).Sample((rows, crlf, blockSize) =>
        {
            string ending = crlf ? "\r\n" : "\n";
            string content = Header.Replace("\n", ending, StringComparison.Ordinal) + string.Join(ending, rows);
            var (sep, parallel) = BothWays(Encoding.UTF8.GetBytes(content), blockSize);
            return parallel.Read == sep.Read && parallel.Problems.SequenceEqual(sep.Problems) && parallel.Entries.SequenceEqual(sep.Entries);
        }, iter: 300);
    }
}
