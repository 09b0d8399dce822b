using System.Globalization;
using System.Linq;
using System.Text;
using FluentAssertions;

namespace EktpDomain.Tests.Cli;

/// <summary>
/// A small data folder over two provinces, four kabupaten/kota and nine kecamatan, for the tests of <c>--region</c>
/// and <c>--level</c>: Banten (36: Kabupaten Tangerang 36.03 with three kecamatan, Kota Tangerang 36.71 with two) and
/// Jawa Barat (32: Kabupaten Bandung 32.04 with three, Kota Bandung 32.73 with one). Its figures are drawn from a fixed
/// formula, so each test reads the kecamatan-level report for the sums it checks instead of repeating them.
/// </summary>
internal static class MultiProvinceFolder
{
    public static readonly (string Code, string Name)[] Kecamatan =
    [
        ("32.04.05", "Cileunyi"), ("32.04.06", "Cimenyan"), ("32.04.07", "Cilengkrang"), ("32.73.01", "Sukasari"),
        ("36.03.01", "Balaraja"), ("36.03.02", "Jayanti"), ("36.03.03", "Tigaraksa"), ("36.71.01", "Tangerang"), ("36.71.02", "Jatiuwung"),
    ];

    /// <summary>Writes kecamatan.csv, ledger.csv, devices.csv and incidents.csv for April 2012 (with March's history).</summary>
    public static CliHarness Write(CliHarness folder)
    {
        var kecamatan = new StringBuilder("code,name,eligible\n");
        var ledger = new StringBuilder("date,kecamatan,device,kind,count\n");
        var devices = new StringBuilder("device,kind,funding,kecamatan,from,to\n");
        foreach (var (k, (code, name)) in Kecamatan.Select((x, i) => (i, x)))
        {
            int eligible = 30_000 + (k * 7_000);
            kecamatan.Append(CultureInfo.InvariantCulture, $"{code},{name},{eligible}\n");
            ledger.Append(CultureInfo.InvariantCulture, $"2012-03-30,{code},,recorded,{eligible / 3}\n");
            string set = $"S-{k}";
            devices.Append(CultureInfo.InvariantCulture, $"{set},static,apbn,{code},2011-10-03,\n");
            for (int day = 2; day <= 27; day += 5)
            {
                ledger.Append(CultureInfo.InvariantCulture, $"2012-04-{day:00},{code},{set},recorded,{600 + (k * 137 % 500) + (day * 11)}\n");
            }

            if (k % 3 == 1)
            {
                ledger.Append(CultureInfo.InvariantCulture, $"2012-04-20,{code},{set},lost,{150 + k}\n");
            }
        }

        folder.Write("kecamatan.csv", kecamatan.ToString());
        folder.Write("ledger.csv", ledger.ToString());
        folder.Write("devices.csv", devices.ToString());
        folder.Write("incidents.csv", "id,kecamatan,device,component,cause,start,end\nINC-1,36.03.02,S-5,camera,hardware,2012-04-03,2012-04-17\nINC-2,32.04.06,S-1,fingerprint,hardware,2012-04-09,2012-04-20\nINC-3,32.73.01,,server,lightning,2012-04-19,2012-04-20\n");
        return folder;
    }

    /// <summary>Runs a command on the folder, expecting success with nothing on stderr; <c>--width full</c> for text that tests can read line by line.</summary>
    public static CliResult Succeed(this CliHarness folder, string command, params string[] args)
    {
        var result = folder.RunOnFolder(command, [.. args, "--width", "full"]);
        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stderr.Should().BeEmpty();
        return result;
    }

    /// <summary>Runs a command on the folder, expecting exit code 2, nothing on stdout and exactly one line on stderr.</summary>
    public static void ExpectError(this CliHarness folder, string command, string[] args, string line)
    {
        var result = folder.RunOnFolder(command, args);
        result.ExitCode.Should().Be(2, result.Stderr);
        result.Stdout.Should().BeEmpty();
        result.ErrorLines.Should().Equal(line);
    }
}
