using System;
using System.Globalization;
using System.IO;
using System.Text;
using EktpDomain.Import;
using EktpDomain.Regions;
using NodaTime;

namespace EktpDomain.Benchmarks;

/// <summary>
/// A national folder of published snapshots (R20): <c>snapshots.csv</c> with the month-end rekapitulasi of every
/// kecamatan of the Kemendagri 2025 catalogue, 31 December 2011 to 31 December 2013 (7,285 × 25 less the missing months:
/// 180,389 rows, 9.4 MB), in the headings of a real export (tanggal, kode_kecamatan undotted, nama_kecamatan, jumlah_wajib_ktp,
/// jumlah_sudah_rekam, jumlah_belum_rekam, persentase_rekam). Deterministic from <see cref="ImportBenchmarks.Seed"/>.
/// About 1 month in 100 is missing, 1 in 200 is a cleansing decrease, and some kecamatan pass 100 %, so every path of
/// R21 and R23 is exercised. Written once to the temporary folder.
/// </summary>
internal static class SyntheticSnapshots
{
    public static string EnsureFolder()
    {
        string directory = Path.Combine(Path.GetTempPath(), "ektp-import-bench", string.Create(CultureInfo.InvariantCulture, $"Snapshots-{ImportBenchmarks.Seed}"));
        string done = Path.Combine(directory, ".complete");
        if (File.Exists(done))
        {
            return directory;
        }

        Directory.CreateDirectory(directory);
        var random = new Random(ImportBenchmarks.Seed);
        var catalogue = RegionCatalogue.Kemendagri2025;
        using (var csv = new StreamWriter(Path.Combine(directory, DataFolder.SnapshotsFile), append: false, new UTF8Encoding(false), bufferSize: 1 << 20))
        {
            csv.Write("tanggal,kode_kecamatan,nama_kecamatan,jumlah_wajib_ktp,jumlah_sudah_rekam,jumlah_belum_rekam,persentase_rekam\n");
            foreach (var code in catalogue.GetCodes(RegionLevel.Kecamatan))
            {
                string name = catalogue.GetName(code).Replace(',', ' ').Replace('"', ' ');
                long eligible = random.Next(8_000, 120_000);
                long recorded = eligible * random.Next(20, 50) / 100;
                for (int month = 0; month < 25; month++)
                {
                    var end = new YearMonth(2011, 12).PlusMonths(month).ToDateInterval().End;
                    if (month > 0)
                    {
                        recorded = random.Next(200) == 0
                            ? recorded - (recorded * random.Next(1, 4) / 100)
                            : recorded + (Math.Max(0, eligible * 103 / 100 - recorded) * random.Next(2, 12) / 100);
                    }

                    if (month > 0 && random.Next(100) == 0)
                    {
                        continue;
                    }

                    string notRecorded = recorded <= eligible ? (eligible - recorded).ToString(CultureInfo.InvariantCulture) : string.Empty;
                    csv.Write(string.Create(CultureInfo.InvariantCulture, $"{end:yyyy-MM-dd},{code:N},{name},{eligible},{recorded},{notRecorded},{recorded * 100.0 / eligible:0.00}\n"));
                }
            }
        }

        File.WriteAllText(done, string.Empty);
        return directory;
    }
}
