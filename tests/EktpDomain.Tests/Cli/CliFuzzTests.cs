using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using EktpDomain.Tests.Support;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>
/// Feeds corrupted data folders to the whole <c>ektp</c> pipeline. The outcome must always be either a result
/// (exit 0, stdout, empty stderr) or exit 2 with only <c>FILE:LINE: message</c>, <c>FILE: message</c> or
/// <c>argument --x: message</c> lines on stderr and nothing on stdout: never a crash (exit 1), a stack trace or a hang.
/// </summary>
/// <remarks>
/// The suite runs a fixed seed. A long run is a command (README, "Reliability"):
/// <c>EKTP_FUZZ_CASES=10000 EKTP_FUZZ_SEED=random dotnet test -c Release -- --filter-class "*CliFuzzTests"</c>.
/// </remarks>
public class CliFuzzTests
{
    private static readonly Dictionary<string, string> ValidFolder = new()
    {
        ["kecamatan.csv"] = "code,name,eligible\n36.03.06,Kresek,40000\n36.03.27,Sukamulya,41000\n36.03.30,Sepatan Timur,52000\n",
        ["ledger.csv"] =
            "date,kecamatan,device,kind,count\n" +
            "2012-03-30,36.03.30,,recorded,18000\n" +
            "2012-04-02,36.03.27,K-27-1,recorded,320\n" +
            "2012-04-02,36.03.27,K-27-2,recorded,300\n" +
            "2012-04-03,36.03.06,K-06-1,recorded,150\n" +
            "2012-04-04,36.03.30,K-30-1,recorded,210\n" +
            "2012-04-16,36.03.30,,lost,1738\n" +
            "2012-04-26,36.03.30,M-01,rerecorded,80\n" +
            "2012-04-27,36.03.30,M-01,rerecorded,80\n",
        ["devices.csv"] =
            "device,kind,funding,kecamatan,from,to\n" +
            "K-06-1,static,apbn,36.03.06,2011-10-03,\n" +
            "K-06-2,static,apbn,36.03.06,2011-10-03,\n" +
            "K-27-1,static,apbn,36.03.27,2011-10-03,\n" +
            "K-27-2,static,apbn,36.03.27,2011-10-03,\n" +
            "K-30-1,static,apbn,36.03.30,2011-10-03,\n" +
            "M-01,mobile,apbn,36.03.30,2012-04-25,2012-05-31\n",
        ["incidents.csv"] =
            "id,kecamatan,device,component,cause,start,end\n" +
            "INC-1,36.03.06,K-06-2,fingerprint,hardware,2012-04-03,2012-04-17\n" +
            "INC-2,36.03.30,,software,credential-change,2012-04-16,2012-04-16\n" +
            "INC-3,36.03.30,,server,lightning,2012-04-19,\n",
        ["closures.csv"] = "kecamatan,date,reason\n36.03.27,2012-04-11,banjir\n",
        ["holidays.csv"] = "date,name\n2012-04-06,Wafat Yesus Kristus\n2012-05-17,Kenaikan Yesus Kristus\n",
    };

    private static readonly Regex ProblemLine = new(
        @"^(argument --[a-z-]+: .+|.+\.csv(:\d+)?: .+)$",
        RegexOptions.CultureInvariant);

    private static readonly string[] Junk =
    [
        "", " ", "2012-02-30", "36.03.001", "３６.０３.３０", "１２３", "\0", "abc\0def", "99999999999999999999", "-1",
        "-9223372036854775808", "9223372036854775807", "1e5", "1,000", "0x1F", "NaN", "\"", "\"unterminated", "36.03",
        "36.03.30.2001", "0", "2012-04-31", "12/04/2012", "2012-4-2", "recorded", "LOST", "mobile", "apbd", "server",
        "\u202Eevil", "😀", "3603274107950001", "\t", "\r", "36..03", "+5", "00.00.00", "9999-12-31", "0001-01-01",
    ];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        int baseSeed = Cases.Seed(20120402);
        // Cases are grouped into batches so that a long run stays one test per batch, not thousands.
        for (int b = 0; b < Batches; b++)
        {
            data.Add(baseSeed + (b * 1_000_003));
        }

        return data;
    }

    private const int Batches = 20;

    /// <summary>200 cases in the normal suite (20 in a mutation run); EKTP_FUZZ_CASES sets another total.</summary>
    private static readonly int CasesPerBatch = Math.Max(1, Cases.FromEnvironment(200) / Batches);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CorruptedFolders_GiveAResultOrFileLineErrors_NeverACrash(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < CasesPerBatch; i++)
        {
            var files = Corrupt(random, new Dictionary<string, string>(ValidFolder));
            string command = random.Next(5) == 0 ? "forecast" : "report";
            string[] extra = random.Next(4) switch
            {
                0 => ["--format", "json"],
                1 when command == "report" => ["--lang", "en", "--prorate", "working-days"],
                1 => ["--lang", "en"],
                _ => [],
            };
            RunAndCheck(files, EncodeWithInvalidBytes(random, files), command, extra, $"seed {seed}, case {i}");
        }
    }

    /// <summary>
    /// The bytes of each file: UTF-8, with a lone surrogate (a cut emoji) written as U+FFFD as an editor would, and in
    /// about 1 case in 8 a sequence that is not UTF-8 at all (a Windows-1252 byte, an overlong form, an encoded
    /// surrogate, a BOM in the middle) inserted into one file.
    /// </summary>
    private static Dictionary<string, byte[]> EncodeWithInvalidBytes(Random random, Dictionary<string, string> files)
    {
        var bytes = files.ToDictionary(f => f.Key, f => Lenient.GetBytes(f.Value));
        if (bytes.Count > 0 && random.Next(8) == 0)
        {
            string name = bytes.Keys.OrderBy(k => k, StringComparer.Ordinal).ElementAt(random.Next(bytes.Count));
            byte[] invalid = InvalidUtf8[random.Next(InvalidUtf8.Length)];
            int at = random.Next(bytes[name].Length + 1);
            bytes[name] = [.. bytes[name][..at], .. invalid, .. bytes[name][at..]];
        }

        return bytes;
    }

    private static readonly Encoding Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xE9], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBB, 0xBF], [0xC3],
    ];

    private static void RunAndCheck(Dictionary<string, string> files, Dictionary<string, byte[]> bytes, string command, string[] extra, string label)
    {
        using var cli = new CliHarness();
        foreach (var (name, content) in bytes)
        {
            System.IO.File.WriteAllBytes(cli.PathOf(name), content);
        }

        string[] args = command == "forecast"
            ? ["forecast", "--data", cli.Folder, "--as-of", "2012-04-30", .. extra]
            : ["report", "--data", cli.Folder, "--month", "2012-04", .. extra];
        var run = Task.Run(() => CliHarness.Invoke(args));
        if (!run.Wait(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException($"{label}: ektp did not finish within 30 s.\n{Describe(files)}");
        }

        var result = run.Result;
        string context = $"{label}: exit {result.ExitCode}\nstderr:\n{result.Stderr}\nfiles:\n{Describe(files)}";
        if (result.Stderr.Contains("   at ", StringComparison.Ordinal) || result.ExitCode == 1)
        {
            throw new Xunit.Sdk.XunitException("ektp crashed on bad input. " + context);
        }

        if (result.ExitCode == 0)
        {
            Assert.True(result.Stdout.Length > 0, context);
            Assert.True(result.Stderr.Length == 0, context);
        }
        else
        {
            Assert.True(result.ExitCode == 2, context);
            Assert.True(result.Stdout.Length == 0, "stdout must be empty on exit 2. " + context);
            Assert.True(result.ErrorLines.Count > 0, context);
            foreach (var line in result.ErrorLines)
            {
                Assert.True(ProblemLine.IsMatch(line), $"'{line}' is not FILE:LINE: message. {context}");
                Assert.False(Regex.IsMatch(line.Replace(cli.Folder, "DIR", StringComparison.Ordinal), @"\d{16}"), $"'{line}' shows 16 consecutive digits. {context}");
            }
        }
    }

    private static Dictionary<string, string> Corrupt(Random random, Dictionary<string, string> files)
    {
        int mutations = 1 + random.Next(3);
        for (int m = 0; m < mutations; m++)
        {
            string name = files.Keys.OrderBy(k => k, StringComparer.Ordinal).ElementAt(random.Next(files.Count));
            var lines = files[name].Split('\n').ToList();
            if (lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            if (lines.Count == 0)
            {
                lines.Add(Junk[random.Next(Junk.Length)]);
            }

            int row = lines.Count > 1 ? 1 + random.Next(lines.Count - 1) : 0;
            switch (random.Next(14))
            {
                case 0: // truncated row
                    lines[row] = lines[row][..random.Next(lines[row].Length + 1)];
                    break;
                case 1: // extra field
                    lines[row] += "," + Junk[random.Next(Junk.Length)];
                    break;
                case 2: // a junk value in one field
                {
                    var fields = lines[row].Split(',');
                    fields[random.Next(fields.Length)] = Junk[random.Next(Junk.Length)];
                    lines[row] = string.Join(',', fields);
                    break;
                }

                case 3: // header only
                    lines = [lines[0]];
                    break;
                case 4: // the file is missing
                    files.Remove(name);
                    continue;
                case 5: // empty file
                    lines = [];
                    break;
                case 6: // a duplicated row
                    lines.Insert(row, lines[row]);
                    break;
                case 7: // a broken header
                {
                    var fields = lines[0].Split(',');
                    fields[random.Next(fields.Length)] = Junk[random.Next(Junk.Length)];
                    lines[0] = string.Join(',', fields);
                    break;
                }

                case 8: // random bytes in the middle of the file
                {
                    string text = string.Join('\n', lines);
                    int at = random.Next(text.Length + 1);
                    var noise = new StringBuilder();
                    for (int k = random.Next(1, 8); k > 0; k--)
                    {
                        noise.Append((char)random.Next(0, 0x3000));
                    }

                    lines = (text[..at] + noise + text[at..]).Split('\n').ToList();
                    break;
                }

                case 9: // a huge count or eligible figure
                {
                    var fields = lines[row].Split(',');
                    fields[^1] = random.Next(2) == 0 ? "9223372036854775807" : "4611686018427387904";
                    lines[row] = string.Join(',', fields);
                    break;
                }

                case 10: // blank lines and CRLF
                    lines.Insert(row, string.Empty);
                    lines = lines.Select(l => l + (random.Next(2) == 0 ? "\r" : string.Empty)).ToList();
                    break;
                case 11: // a deleted row
                    if (lines.Count > 1)
                    {
                        lines.RemoveAt(row);
                    }

                    break;
                case 12: // columns in another order and case
                {
                    var header = lines[0].Split(',');
                    var order = Enumerable.Range(0, header.Length).OrderBy(_ => random.Next()).ToArray();
                    lines = lines.Select((l, idx) =>
                    {
                        var f = l.Split(',');
                        return f.Length != header.Length ? l : string.Join(',', order.Select(o => idx == 0 ? f[o].ToUpperInvariant() : f[o]));
                    }).ToList();
                    break;
                }

                default: // a quoted field with a separator or a newline inside
                {
                    var fields = lines[row].Split(',');
                    fields[random.Next(fields.Length)] = random.Next(2) == 0 ? "\"a,b\"" : "\"x\ny\"";
                    lines[row] = string.Join(',', fields);
                    break;
                }
            }

            files[name] = string.Join('\n', lines) + (lines.Count > 0 ? "\n" : string.Empty);
        }

        return files;
    }

    private static string Describe(Dictionary<string, string> files) =>
        string.Join("\n", files.Select(f => $"--- {f.Key}\n{f.Value}"));
}
