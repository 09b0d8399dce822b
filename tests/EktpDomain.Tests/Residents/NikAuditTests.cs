using System;
using System.Collections.Generic;
using System.Text;
using EktpDomain.Recording;
using EktpDomain.Residents;
using EktpDomain.Tests.Cli;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Residents;

/// <summary>
/// R11 audit: generated NIKs are pushed through every public output (ToString, exception messages, findings, the text
/// and JSON reports, allocations and forecasts), and none of them may show the 16 digits of any of those NIKs.
/// </summary>
public class NikAuditTests
{
    private static List<Nik> GenerateNiks(int count, int seed)
    {
        var random = new Random(seed);
        var niks = new List<Nik>();
        while (niks.Count < count)
        {
            var code = new RegionCode(36, 3, random.Next(1, 34));
            var birth = new LocalDate(random.Next(1930, 2012), random.Next(1, 13), random.Next(1, 29));
            niks.Add(new Nik(code, birth, random.Next(2) == 0 ? Sex.Male : Sex.Female, random.Next(1, 10_000)));
        }

        return niks;
    }

    private static void AssertNoNik(string output, IEnumerable<Nik> niks, string where)
    {
        foreach (var nik in niks)
        {
            output.Should().NotContain(nik.RevealDigits(), $"{where} must never show a NIK in full");
        }
    }

    [Fact]
    public void Library_ToStringsAndExceptionMessages_NeverShowTheDigits()
    {
        var niks = GenerateNiks(300, 11);
        var text = new StringBuilder();
        foreach (var nik in niks)
        {
            string digits = nik.RevealDigits();
            text.AppendLine(nik.ToString()).AppendLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", nik)).AppendLine(nik.ToString("G", null));
            text.AppendLine(new Resident(nik.GetBirthDate()!.Value, Citizenship.Citizen, MaritalStatus.Married, nik).ToString());
            foreach (string bad in new[] { digits + "7", digits[..15], digits[..6] + "32" + digits[8..], digits[..12] + "0000", "x" + digits })
            {
                text.AppendLine(Record.Exception(() => Nik.Parse(bad, AsOf))?.Message);
                text.AppendLine(Record.Exception(() => RegionCode.Parse(bad))?.Message);
                Nik.TryParse(bad.AsSpan(), AsOf, NikParseMode.Lenient, out _, out var error, out var warning);
                text.AppendLine(error).AppendLine(warning);
            }

            text.AppendLine(Record.Exception(() => new LedgerEntry(AsOf, new RegionCode(36, 3, 1), LedgerEntryKind.Recorded, -long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)))?.Message);
            text.AppendLine(new DataProblem(new SourceLocation("ledger.csv", 2), $"count {digits} is odd").ToString());
        }

        AssertNoNik(text.ToString(), niks, "a ToString or an exception message");
    }

    [Fact]
    public void Cli_NiksInEveryFieldOfAFolder_NeverReachAnyOutput()
    {
        var niks = GenerateNiks(12, 23);
        string N(int i) => niks[i].RevealDigits();

        // A valid folder that carries NIKs in free-text fields (names, device and incident ids)...
        using var valid = new CliHarness();
        valid.Write("kecamatan.csv", $"code,name,eligible\n36.03.06,Kresek {N(0)},40000\n36.03.30,{N(1)},52000\n");
        valid.Write("ledger.csv", $"date,kecamatan,device,kind,count\n2012-03-30,36.03.30,,recorded,20000\n2012-04-10,36.03.06,{N(2)},recorded,3000\n2012-04-16,36.03.30,,lost,900\n");
        valid.Write("devices.csv", $"device,kind,funding,kecamatan,from,to\n{N(2)},static,apbn,36.03.06,2011-10-03,\n{N(3)},static,apbn,36.03.06,2011-10-03,\nK-30-1,static,apbn,36.03.30,2011-10-03,\n");
        valid.Write("incidents.csv", $"id,kecamatan,device,component,cause,start,end\n{N(4)},36.03.06,{N(3)},fingerprint,lightning,2012-04-03,2012-04-17\nINC-2,36.03.30,,software,credential-change,2012-04-16,2012-04-16\n");

        var outputs = new StringBuilder();
        foreach (var args in new[]
        {
            new[] { "report", "--month", "2012-04" },
            ["report", "--month", "2012-04", "--lang", "en", "--format", "json"],
            ["allocate", "--month", "2012-04", "--devices", "3", "--lang", "en"],
            ["allocate", "--month", "2012-04", "--devices", "3", "--format", "json"],
            ["forecast", "--as-of", "2012-04-30"],
            ["forecast", "--as-of", "2012-04-30", "--format", "json"],
        })
        {
            var result = valid.RunOnFolder(args[0], args[1..]);
            result.ExitCode.Should().Be(0, result.Stderr);
            outputs.AppendLine(result.Stdout).AppendLine(result.Stderr);
        }

        outputs.ToString().Should().Contain("long-outage").And.Contain("lightning");

        // ...and an invalid folder with NIKs where numbers, codes, dates and kinds belong.
        using var invalid = new CliHarness();
        invalid.Write("kecamatan.csv", $"code,name,eligible\n{N(5)},A,1\n36.03.06,B,{N(6)}\n");
        invalid.Write("ledger.csv", $"date,kecamatan,device,kind,count\n{N(7)},36.03.06,,recorded,1\n2012-04-02,36.03.06,,{N(8)},1\n2012-04-02,36.03.06,,recorded,-{N(9)}\n2012-04-03,36.03.06,,lost,{N(10)}\n");
        invalid.Write("devices.csv", $"device,kind,funding,kecamatan,from,to\nD1,static,apbn,36.03.06,{N(11)},\n");
        var failed = invalid.RunOnFolder("report", "--month", "2012-04");
        failed.ExitCode.Should().Be(2);
        outputs.AppendLine(failed.Stdout).AppendLine(failed.Stderr);
        var arguments = CliHarness.Invoke(["report", "--month", N(5), "--data", N(6)]);
        outputs.AppendLine(arguments.Stderr);

        AssertNoNik(outputs.ToString(), niks, "ektp's output");
    }
}
