using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EktpDomain.Calendar;
using EktpDomain.Cli;
using EktpDomain.Tests.Support;
using FluentAssertions;
using FsCheck.Xunit;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>
/// Issue 23, "Order never matters": any permutation of the data rows of any file of a data folder gives byte-identical
/// output, in every format. Two folders are shuffled, every file at once, the header kept first:
/// <list type="bullet">
/// <item>the <b>ledger folder</b>: the built-in scenario's six files (src/EktpDomain.Cli/Scenario), its ledger with the
/// R13 case (a day's loss split into a row naming a set and a row naming none), a set assigned twice, incidents whose
/// findings tie on everything but the incident, plus eligible.csv, codes.csv (a split, a merge and a rename, two of
/// them of kecamatan added to kecamatan.csv), closures.csv (a row given twice, two reasons for one day) and
/// holidays.csv (2012–2013 of the built-in list, one day given twice and under two names); run with <c>report</c>,
/// <c>allocate --devices 3</c>, <c>forecast</c> and <c>trend</c>;</item>
/// <item>the <b>snapshot folder</b>: the built-in series' snapshots.csv with the scenario's kecamatan.csv and an
/// eligible.csv; run with <c>report</c> (April 2012, and August 2012, the month of Sepatan Timur's adjustment and
/// Solear's missing July snapshot), <c>trend</c> and <c>forecast</c>;</item>
/// </list>
/// each in <c>text</c>, <c>json</c>, <c>html</c> and <c>xlsx</c>, compared with the unshuffled folder's output.
/// Text, JSON and the page are compared byte for byte (with the exit code and stderr). A workbook is not byte-for-byte
/// reproducible even from one folder: its zip entries carry the time they were written, and MiniExcel names the
/// workbook's relationships with random ids (<c>R</c> and 32 hex digits, in xl/workbook.xml and its .rels). So each
/// entry is compared instead, in order, byte for byte, after every such id is replaced by the part it points to.
/// <para>
/// Left out of the folders, knowingly: two rows of snapshots.csv that give one kecamatan two names. Its name is the
/// last such row's in file order (docs/data-folder.md), so their order changes the output; see
/// <see cref="SnapshotRowsNamingAKecamatanTwoWays_GiveOneNameInEitherOrder"/>. The built-in series names each
/// kecamatan one way, and the snapshot folder's kecamatan.csv names them first anyway.
/// </para>
/// </summary>
public sealed partial class RowOrderTests
{
    /// <summary>
    /// A case of the ledger folder runs 16 commands, one of the snapshot folder 12: about 0.7 s each. A mutation build
    /// runs one case (<see cref="Cases.Divisor"/>): these tests reach most of the library, so Stryker runs them for
    /// most mutants.
    /// </summary>
    private const int CaseCount = 10 / Cases.Divisor;

    private static readonly string[] Formats = ["text", "json", "html", "xlsx"];

    private static readonly string[][] LedgerCommands =
    [
        ["report", "--month", "2012-04"],
        ["allocate", "--devices", "3", "--month", "2012-04"],
        ["forecast"],
        ["trend"],
    ];

    private static readonly string[][] SnapshotCommands =
    [
        ["report", "--month", "2012-04"],
        ["report", "--month", "2012-08"],
        ["trend"],
        ["forecast"],
    ];

    /// <summary>
    /// R13: Sepatan Timur's loss of 16 April (1,738 in the scenario) becomes 600 of K-30-1 and 200 of no set. K-30-1
    /// then held 904 unsent records, 171 of them from 3 April, and K-30-2 834, 122 from 3 April. Set-named losses
    /// first (the rule) leave no record of 3 April; the rows replayed in file order, the site-wide one first, would
    /// take K-30-1's 171 and 29 of K-30-2's, so that K-30-2's oldest record would wait 8 working days instead of 7, and
    /// its finding would say so.
    /// </summary>
    private const string ScenarioLoss = "2012-04-16,36.03.30,,lost,1738\n";
    private const string LossOfASet = "2012-04-16,36.03.30,K-30-1,lost,600\n";
    private const string LossOfNoSet = "2012-04-16,36.03.30,,lost,200\n";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> LedgerFolder = new(() => BuildLedgerFolder(LossOfASet + LossOfNoSet));
    private static readonly Lazy<IReadOnlyDictionary<string, string>> SnapshotFolder = new(BuildSnapshotFolder);
    private static readonly Lazy<IReadOnlyList<Captured>> LedgerBaseline = new(() => RunAll(LedgerFolder.Value, LedgerCommands));
    private static readonly Lazy<IReadOnlyList<Captured>> SnapshotBaseline = new(() => RunAll(SnapshotFolder.Value, SnapshotCommands));

    [Fact]
    public void TheUnshuffledFolders_AreValid_AndHoldTheCasesTheyAreFor()
    {
        foreach (var output in LedgerBaseline.Value.Concat(SnapshotBaseline.Value))
        {
            output.ExitCode.Should().Be(0, $"{output.Label}: {output.Stderr}");
            output.Stderr.Should().BeEmpty(output.Label);
        }

        string report = LedgerBaseline.Value.Single(o => o.Label == "report --month 2012-04 --format json").Text;
        report.Should().Contain("\"rule\": \"unsent-records\"", "sync.csv and the R13 losses are read");
        report.Should().Contain("36.03.21", "the kecamatan retired by codes.csv is in the report");
        report.Should().Contain("\"turnout\"", "invitations.csv is read");
        report.Should().Contain("INC-2012-007", "the added incidents are read");
        string text = LedgerBaseline.Value.Single(o => o.Label == "report --month 2012-04 --format text").Text;
        text.Replace("\n  ", " ", StringComparison.Ordinal).Split('\n').Single(l => l.Contains("unsent-records 36.03.30 Sepatan Timur K-30-2", StringComparison.Ordinal))
            .Should().Contain("menunggu 7 hari kerja", "the set-named loss of 16 April came first (see LossOfASet)");
        string august = SnapshotBaseline.Value.Single(o => o.Label == "report --month 2012-08 --format json").Text;
        august.Should().Contain("\"source\": \"snapshots\"");
    }

    [Property(MaxTest = CaseCount)]
    public void AnyRowOrderOfTheLedgerFolder_GivesTheSameOutput(int seed) =>
        ShouldGiveTheBaseline(Shuffle(LedgerFolder.Value, new Random(seed)), LedgerCommands, LedgerBaseline.Value);

    [Property(MaxTest = CaseCount)]
    public void AnyRowOrderOfTheSnapshotFolder_GivesTheSameOutput(int seed) =>
        ShouldGiveTheBaseline(Shuffle(SnapshotFolder.Value, new Random(seed)), SnapshotCommands, SnapshotBaseline.Value);

    /// <summary>
    /// R13 (docs/rules.md, "Order never matters"): of one day's losses, those naming a set come first, whatever the
    /// order of the rows. Here the two rows of 16 April in both orders, every other row as the scenario has it; the
    /// two orders would leave different records unsent (and so different ages in the findings) if the rows were
    /// replayed in file order. Checked: with src/EktpDomain/Recording/UnsentRecords.cs as it was before the fix
    /// (6441edc^), this test and the ledger folder's property fail on K-30-2's finding ("menunggu 8 hari kerja").
    /// </summary>
    [Fact]
    public void ALossNamingASetAndOneNamingNone_OnOneDay_GiveTheSameOutputInEitherOrder()
    {
        LedgerFolder.Value["ledger.csv"].Should().Contain(LossOfASet + LossOfNoSet);
        var swapped = BuildLedgerFolder(LossOfNoSet + LossOfASet);

        ShouldGiveTheBaseline(swapped, LedgerCommands, LedgerBaseline.Value);
    }

    [Fact]
    public void SnapshotRowsNamingAKecamatanTwoWays_GiveOneNameInEitherOrder()
    {
        // Found by this issue: DataFolder.ReadSnapshots keeps the name of the last row read (named[code] = name), as
        // docs/data-folder.md says ("from the last row of snapshots.csv that names it"). In this order the kecamatan is
        // "Sukamulia", in the reverse order "Sukamulya", in every command and format.
        const string Header = "kode,nama,tanggal,wajib_ktp,sudah_rekam\n";
        const string March = "360327,Sukamulya,2012-03-31,41000,20000\n";
        const string April = "360327,Sukamulia,2012-04-30,41000,26000\n";
        string[][] commands = [["report", "--month", "2012-04"], ["trend"], ["forecast"]];
        var inOrder = RunAll(new Dictionary<string, string> { ["snapshots.csv"] = Header + March + April }, commands);

        ShouldGiveTheBaseline(new Dictionary<string, string> { ["snapshots.csv"] = Header + April + March }, commands, inOrder);
    }

    private static void ShouldGiveTheBaseline(IReadOnlyDictionary<string, string> files, string[][] commands, IReadOnlyList<Captured> baseline)
    {
        var outputs = RunAll(files, commands);
        outputs.Select(o => o.Label).Should().Equal(baseline.Select(o => o.Label));
        foreach (var (expected, actual) in baseline.Zip(outputs))
        {
            actual.ExitCode.Should().Be(expected.ExitCode, actual.Label);
            actual.Stderr.Should().Be(expected.Stderr, actual.Label);
            if (actual.Bytes.AsSpan().SequenceEqual(expected.Bytes))
            {
                continue;
            }

            // Name the first line that differs, then fail on the whole text (or on the bytes, should the texts agree).
            string[] expectedLines = expected.Text.Split('\n');
            string[] actualLines = actual.Text.Split('\n');
            int line = 0;
            while (line < expectedLines.Length && line < actualLines.Length && string.Equals(expectedLines[line], actualLines[line], StringComparison.Ordinal))
            {
                line++;
            }

            actualLines.ElementAtOrDefault(line).Should().Be(expectedLines.ElementAtOrDefault(line), $"{actual.Label}: line {line + 1} of the output differs");
            actual.Text.Should().Be(expected.Text, actual.Label);
            actual.Bytes.Should().Equal(expected.Bytes, actual.Label);
        }
    }

    /// <summary>Every command in every format on a folder holding <paramref name="files"/>.</summary>
    private static List<Captured> RunAll(IReadOnlyDictionary<string, string> files, string[][] commands)
    {
        using var data = new CliHarness();
        using var written = new CliHarness();
        foreach (var (name, content) in files)
        {
            data.Write(name, content);
        }

        var outputs = new List<Captured>();
        foreach (string[] command in commands)
        {
            foreach (string format in Formats)
            {
                string label = string.Join(' ', command) + " --format " + format;
                string? file = format is "html" or "xlsx" ? written.PathOf("out." + format) : null;
                var result = CliHarness.Invoke([command[0], "--data", data.Folder, .. command[1..], "--format", format, .. (file is null ? Array.Empty<string>() : ["--output", file])]);
                string text = file is null || result.ExitCode != 0 ? result.Stdout
                    : format == "xlsx" ? WorkbookEntries(file)
                    : File.ReadAllText(file, Encoding.UTF8);
                byte[] bytes = file is null || result.ExitCode != 0 || format == "xlsx" ? Encoding.UTF8.GetBytes(text) : File.ReadAllBytes(file);
                outputs.Add(new Captured(label, result.ExitCode, result.Stderr, text, bytes));
                if (file is not null)
                {
                    File.Delete(file);
                }
            }
        }

        return outputs;
    }

    /// <summary>
    /// The workbook's zip entries in their order, each as its name and its text, with MiniExcel's random relationship
    /// ids replaced by the .rels file and target they stand for, so that two writes of one workbook give one text.
    /// </summary>
    private static string WorkbookEntries(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var entries = zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, Content: copy.ToArray());
        }).ToList();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, content) in entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var stream = new MemoryStream(content);
            foreach (var relationship in XDocument.Load(stream).Root!.Elements())
            {
                string id = (string?)relationship.Attribute("Id") ?? string.Empty;
                if (RandomId().IsMatch(id))
                {
                    ids.Add(id, $"[{name} → {(string?)relationship.Attribute("Target")}]");
                }
            }
        }

        var text = new StringBuilder();
        foreach (var (name, content) in entries)
        {
            // The entries are XML in UTF-8; the check below makes sure decoding lost no byte.
            string xml = Encoding.UTF8.GetString(content);
            Encoding.UTF8.GetBytes(xml).Should().Equal(content, $"{name} is UTF-8");
            text.Append("== ").Append(name).Append('\n')
                .Append(RandomId().Replace(xml, m => ids.TryGetValue(m.Value, out string? target) ? target : m.Value)).Append('\n');
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\bR[0-9a-f]{32}\b")]
    private static partial Regex RandomId();

    /// <summary>Every file with its data rows in a random order, the header first; the files are taken in name order.</summary>
    private static Dictionary<string, string> Shuffle(IReadOnlyDictionary<string, string> files, Random random)
    {
        var shuffled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            content.Should().EndWith("\n").And.NotContain("\"", "rows are one line each, so lines can be shuffled");
            string[] lines = content[..^1].Split('\n');
            string[] rows = lines[1..];
            random.Shuffle(rows);
            shuffled[name] = string.Join('\n', [lines[0], .. rows]) + "\n";
        }

        return shuffled;
    }

    private static Dictionary<string, string> BuildLedgerFolder(string losses)
    {
        string ledger = Scenario("Scenario/ledger.csv");
        ledger.Should().Contain(ScenarioLoss);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Two kecamatan retired before 2012 (codes.csv below; invented): their eligible count is 0 from then on.
            ["kecamatan.csv"] = Scenario("Scenario/kecamatan.csv") + "36.03.21,Sepatan Raya (lama),25000\n36.03.25,Legok Utara (lama),15000\n",
            ["ledger.csv"] = ledger.Replace(ScenarioLoss, losses, StringComparison.Ordinal),
            // A mobile unit lent to two kecamatan in turn: a set with two assignments.
            ["devices.csv"] = Scenario("Scenario/devices.csv") + "M-02,mobile,apbd,36.03.31,2012-04-02,2012-04-13\nM-02,mobile,apbd,36.03.22,2012-04-16,\n",
            // Findings that tie on everything but the incident: a second site-wide lightning strike at Pagedangan on
            // 19 April, and a second failure of K-06-2 starting on 3 April.
            ["incidents.csv"] = Scenario("Scenario/incidents.csv") + "INC-2012-007,36.03.22,,power,lightning,2012-04-19,2012-04-19\n" +
                "INC-2012-008,36.03.07,K-07-2,camera,hardware,2012-04-24,2012-04-25\nINC-2012-009,36.03.06,K-06-2,pc,hardware,2012-04-03,2012-04-05\n",
            ["invitations.csv"] = Scenario("Scenario/invitations.csv"),
            ["sync.csv"] = Scenario("Scenario/sync.csv"),
            ["eligible.csv"] = "kecamatan,from,eligible\n36.03.27,2012-04-16,42000\n36.03.01,2012-04-01,69000\n36.03.30,2012-03-01,52500\n36.03.31,2012-05-01,40000\n",
            ["codes.csv"] = "old,new,from,kind\n36.03.21,36.03.16,2011-01-01,split\n36.03.21,36.03.30,2011-01-01,split\n36.03.21,36.03.29,2011-01-01,split\n" +
                "36.03.25,36.03.20,2010-07-01,merge\n36.03.24,36.74.01,2008-12-26,rename\n",
            ["closures.csv"] = "kecamatan,date,reason\n36.03.27,2012-04-11,banjir\n36.03.27,2012-04-11,banjir\n36.03.27,2012-04-11,listrik padam\n" +
                "36.03.09,2012-04-20,rapat\n36.03.30,2012-04-23,pindah kantor\n36.03.09,2012-04-07,hari Sabtu\n",
            // Good Friday twice, and once more under another name.
            ["holidays.csv"] = Holidays(2012, 2013) + "2012-04-06,Wafat Yesus Kristus\n2012-04-06,Jumat Agung\n",
        };
    }

    private static Dictionary<string, string> BuildSnapshotFolder() => new(StringComparer.Ordinal)
    {
        ["snapshots.csv"] = Scenario("Series/snapshots.csv"),
        ["kecamatan.csv"] = Scenario("Scenario/kecamatan.csv"),
        // Dated counts between the month-end snapshots (a count dated on a snapshot's day would be an error).
        ["eligible.csv"] = "kecamatan,from,eligible\n36.03.27,2012-04-16,42000\n36.03.30,2012-07-15,53000\n36.03.01,2012-08-10,69000\n36.03.31,2012-04-01,40000\n",
    };

    /// <summary>A file of the built-in scenario or series, as ektp embeds it.</summary>
    private static string Scenario(string resource)
    {
        using var stream = typeof(EktpCommand).Assembly.GetManifestResourceStream(resource);
        stream.Should().NotBeNull(resource);
        using var reader = new StreamReader(stream!);
        return reader.ReadToEnd();
    }

    /// <summary>holidays.csv for the given years, from the built-in list (date, weekday, kind, name).</summary>
    private static string Holidays(int first, int last)
    {
        using var stream = typeof(WorkingCalendar).Assembly.GetManifestResourceStream("EktpDomain.Data.indonesia_holidays_2005_2026.csv");
        stream.Should().NotBeNull();
        using var reader = new StreamReader(stream!);
        var text = new StringBuilder("date,name\n");
        foreach (string line in reader.ReadToEnd().Split('\n').Skip(1).Where(l => l.Length > 0))
        {
            string[] fields = line.TrimEnd('\r').Split(',');
            int year = int.Parse(fields[0][..4], System.Globalization.CultureInfo.InvariantCulture);
            if (year >= first && year <= last)
            {
                text.Append(fields[0]).Append(',').Append(fields[3]).Append('\n');
            }
        }

        return text.ToString();
    }

    private sealed record Captured(string Label, int ExitCode, string Stderr, string Text, byte[] Bytes);
}
