using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using EktpDomain.Cli.Data;
using EktpDomain.Import;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Tests.Cli.Scenario;

/// <summary>
/// Generates the built-in snapshot series of <c>ektp trend</c>: month-end rekapitulasi of the 29 kecamatan of
/// Kabupaten Tangerang from 31 December 2011 to 31 December 2013, written as a regency's open-data page writes them
/// (Indonesian headings, undotted codes, a percentage column). The file src/EktpDomain.Cli/Scenario/Series/snapshots.csv
/// is this generator's output; a test checks that it still is. To regenerate it: <c>EKTP_WRITE_SCENARIO=1 dotnet test -c Release</c>.
/// </summary>
/// <remarks>
/// <para>
/// **Illustrative, invented figures**, built to agree with the built-in April 2012 scenario (itself illustrative): each
/// kecamatan's coverage on 31 March and 30 April 2012 is the scenario ledger's, so the series' April realisation is
/// the scenario report's, kecamatan by kecamatan. Before March, coverage is 70, 80 and 90 % of March's at the ends of
/// December, January and February. After April each month realises the April amount × 0.93 per month since April,
/// until the kecamatan reaches 95–99 % of its eligible residents (by its code), where it stays.
/// </para>
/// <para>
/// The eligible count is published per semester and grows 0.6 % each semester from 30 June 2012 (R22). Three cases
/// show the rules on real data: Sepatan Timur (36.03.30) paused recording in August 2012 while 1.5 % duplicates were
/// removed (an adjustment, R21); Solear (36.03.31) has no snapshot for July 2012 (July not known, August's start edge 31
/// days early); Gunung Kaler (36.03.32) ends above its eligible count, at 101.5 % (over-coverage, R23).
/// </para>
/// </remarks>
public static class SeriesGenerator
{
    public const string Header = "tanggal,kode_kecamatan,nama_kecamatan,jumlah_wajib_ktp,jumlah_sudah_rekam,jumlah_belum_rekam,persentase_rekam";

    public static readonly LocalDate March31 = new(2012, 3, 31);
    public static readonly LocalDate April30 = new(2012, 4, 30);
    public static readonly RegionCode Cleansed = new(36, 3, 30);
    public static readonly LocalDate CleansingMonthEnd = new(2012, 8, 31);
    public static readonly RegionCode Gap = new(36, 3, 31);
    public static readonly LocalDate GapMonthEnd = new(2012, 7, 31);
    public static readonly RegionCode OverCovered = new(36, 3, 32);

    private static readonly LocalDate[] Semesters = [new(2012, 6, 30), new(2012, 12, 31), new(2013, 6, 30), new(2013, 12, 31)];

    /// <summary>The month ends of the series, 31 December 2011 to 31 December 2013.</summary>
    public static IReadOnlyList<LocalDate> MonthEnds { get; } =
        [.. Enumerable.Range(0, 25).Select(i => new YearMonth(2011, 12).PlusMonths(i).ToDateInterval().End)];

    public static string Generate()
    {
        if (!DataFolder.TryLoad(BuiltInSources.Scenario, out var folder, out var problems))
        {
            throw new InvalidOperationException("The built-in scenario does not load: " + string.Join("; ", problems));
        }

        var data = folder!.Data;
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var code in data.KecamatanCodes)
        {
            long baseEligible = data.Population.GetEligible(code, March31);
            long march = data.GetCoverage(code, March31)!.Value;
            long april = data.GetCoverage(code, April30)!.Value;
            decimal finalShare = code == OverCovered ? 1.015m : 0.95m + (code.KecamatanPart % 5 * 0.01m);
            long coverage = 0;
            decimal pace = april - march;
            foreach (var end in MonthEnds)
            {
                long eligible = Round(baseEligible * (1 + (0.006m * Semesters.Count(s => s <= end))));
                if (end < March31)
                {
                    coverage = Round(march * (end.Year == 2011 ? 0.7m : end.Month == 1 ? 0.8m : 0.9m));
                }
                else if (end == March31 || end == April30)
                {
                    coverage = end == March31 ? march : april;
                }
                else if (code == Cleansed && end == CleansingMonthEnd)
                {
                    coverage -= Round(coverage * 0.015m);
                    pace *= 0.93m;
                }
                else
                {
                    pace *= 0.93m;
                    coverage = Math.Max(coverage, Math.Min(coverage + Round(pace), Round(eligible * finalShare)));
                }

                if (code == Gap && end == GapMonthEnd)
                {
                    continue;
                }

                string notRecorded = coverage <= eligible ? (eligible - coverage).ToString(CultureInfo.InvariantCulture) : string.Empty;
                decimal percent = Math.Round(coverage * 100m / eligible, 2, MidpointRounding.AwayFromZero);
                csv.Append(CultureInfo.InvariantCulture, $"{LocalDatePattern.Iso.Format(end)},{code.ToString("N", null)},{data.GetName(code)},{eligible},{coverage},{notRecorded},{percent:0.00}\n");
            }
        }

        return csv.ToString();
    }

    private static long Round(decimal value) => (long)Math.Round(value, MidpointRounding.AwayFromZero);
}
