using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using EktpDomain.Calendar;
using EktpDomain.Recording;
using EktpDomain.Regions;
using NodaTime;

namespace EktpDomain.Benchmarks;

/// <summary>The scale of a benchmark: one district, a province, or the nation.</summary>
public enum Scale
{
    /// <summary>Kabupaten Tangerang (36.03): 29 kecamatan.</summary>
    District,

    /// <summary>Jawa Barat (32): 627 kecamatan, the province with the most.</summary>
    Province,

    /// <summary>Every kecamatan of the Kemendagri 2025 catalogue: 7,285.</summary>
    Nation,
}

/// <summary>
/// Deterministic synthetic tally rows, column-wise and sorted by kecamatan then day, with realistic distributions:
/// tallies only on working days (weekends, national holidays and cuti bersama excluded) from August 2011 to June
/// 2026; 2 or 3 recording sets per kecamatan; kecamatan sizes skewed (log-normal, as real kecamatan populations are:
/// a city kecamatan has tens of times the residents of a remote one), so their row counts are too; counts high in
/// the 2011–2013 mass-recording years and low after; about 0.3 % of rows are losses and 0.6 % re-recordings. At
/// national scale there are 100 million rows.
/// </summary>
public sealed class SyntheticLedger
{
    /// <summary>The rows of the whole nation (7,285 kecamatan); smaller scales keep the same rows per kecamatan.</summary>
    public const long NationalRows = 100_000_000;

    public static readonly DateInterval FullSpan = new(new LocalDate(2011, 8, 1), new LocalDate(2026, 6, 30));

    private const double SizeSigma = 0.8;

    private SyntheticLedger(RegionCode[] kecamatan, LocalDate[] dates, int[] kecamatanStart, ushort[] kecamatanIndex, ushort[] day, byte[] kind, byte[] set, long[] count, string[][] deviceIds)
    {
        Kecamatan = kecamatan;
        Dates = dates;
        KecamatanStart = kecamatanStart;
        KecamatanIndex = kecamatanIndex;
        Day = day;
        Kind = kind;
        Set = set;
        Count = count;
        DeviceIds = deviceIds;
    }

    public RegionCode[] Kecamatan { get; }

    /// <summary>The working days; <see cref="Day"/> indexes this table.</summary>
    public LocalDate[] Dates { get; }

    /// <summary>Row range of each kecamatan: [KecamatanStart[k], KecamatanStart[k + 1]).</summary>
    public int[] KecamatanStart { get; }

    public ushort[] KecamatanIndex { get; }

    public ushort[] Day { get; }

    public byte[] Kind { get; }

    public byte[] Set { get; }

    public long[] Count { get; }

    /// <summary>The recording-set id of each kecamatan's sets, such as <c>360330-2</c>.</summary>
    public string[][] DeviceIds { get; }

    public int Rows => Count.Length;

    public static RegionCode[] KecamatanOf(Scale scale)
    {
        var all = RegionCatalogue.Kemendagri2025.GetCodes(RegionLevel.Kecamatan);
        RegionCode parent = scale switch
        {
            Scale.District => new RegionCode(36, 3),
            Scale.Province => new RegionCode(32),
            _ => RegionCode.Nation,
        };
        return [.. all.Where(parent.Contains)];
    }

    /// <summary>The number of rows <see cref="Generate"/> makes, without making them.</summary>
    public static int RowCount(Scale scale, int seed) => Plan(scale, seed).KecamatanStart[^1];

    public static SyntheticLedger Generate(Scale scale, int seed)
    {
        var (kecamatan, dates, sets, rowsPerSetDay, kecamatanStart) = Plan(scale, seed);
        int k0 = kecamatan.Length;
        int rows = kecamatanStart[k0];
        var kecamatanIndex = new ushort[rows];
        var day = new ushort[rows];
        var kind = new byte[rows];
        var set = new byte[rows];
        var count = new long[rows];
        var deviceIds = new string[k0][];
        int massEnd = Array.BinarySearch(dates, new LocalDate(2014, 1, 1)) is int i && i >= 0 ? i : ~i;

        Parallel.For(0, k0, k =>
        {
            deviceIds[k] = [.. Enumerable.Range(1, sets[k]).Select(s => $"{kecamatan[k].ToString("N", null)}-{s}")];
            var random = new Random(unchecked((int)(seed ^ (kecamatan[k].SortKey * 2_654_435_761L))));
            int row = kecamatanStart[k];
            long coverage = 0, backlog = 0;
            double rate = rowsPerSetDay[k];
            for (int d = 0; d < dates.Length; d++)
            {
                // Bresenham spacing: a set with 0.4 tallies a day reports on 2 days in 5.
                int perSet = (int)Math.Floor((d + 1) * rate) - (int)Math.Floor(d * rate);
                for (int s = 0; s < sets[k]; s++)
                {
                    for (int t = 0; t < perSet; t++)
                    {
                        byte entryKind = 0;
                        long entryCount;
                        double roll = random.NextDouble();
                        if (roll < 0.003 && coverage > 0)
                        {
                            entryKind = 1;
                            entryCount = Math.Min(coverage, random.Next(1, 400));
                            coverage -= entryCount;
                            backlog += entryCount;
                        }
                        else if (roll < 0.009 && backlog > 0)
                        {
                            entryKind = 2;
                            entryCount = Math.Min(backlog, random.Next(1, 300));
                            coverage += entryCount;
                            backlog -= entryCount;
                        }
                        else
                        {
                            entryCount = d < massEnd ? random.Next(40, 220) : random.Next(0, 30);
                            coverage += entryCount;
                        }

                        kecamatanIndex[row] = (ushort)k;
                        day[row] = (ushort)d;
                        kind[row] = entryKind;
                        set[row] = (byte)s;
                        count[row] = entryCount;
                        row++;
                    }
                }
            }
        });

        return new SyntheticLedger(kecamatan, dates, kecamatanStart, kecamatanIndex, day, kind, set, count, deviceIds);
    }

    private static (RegionCode[] Kecamatan, LocalDate[] Dates, int[] Sets, double[] RowsPerSetDay, int[] KecamatanStart) Plan(Scale scale, int seed)
    {
        RegionCode[] kecamatan = KecamatanOf(scale);
        int nationCount = RegionCatalogue.Kemendagri2025.CountAt(RegionLevel.Kecamatan);
        double meanRows = (double)NationalRows / nationCount;
        LocalDate[] dates = [.. WorkingCalendar.Indonesia.GetWorkingDays(FullSpan)];

        // Sizes: log-normal weights with mean 1, drawn in national code order so that a kecamatan has the same size
        // at every scale; sets: 2, or 3 for the larger half.
        var sizeRandom = new Random(seed);
        var weightOf = new Dictionary<RegionCode, double>();
        foreach (var code in RegionCatalogue.Kemendagri2025.GetCodes(RegionLevel.Kecamatan))
        {
            weightOf[code] = Math.Exp((SizeSigma * Gaussian(sizeRandom)) - (SizeSigma * SizeSigma / 2));
        }

        int k0 = kecamatan.Length;
        var rowsPerSetDay = new double[k0];
        var sets = new int[k0];
        var kecamatanStart = new int[k0 + 1];
        for (int k = 0; k < k0; k++)
        {
            double weight = weightOf[kecamatan[k]];
            sets[k] = weight >= 1 ? 3 : 2;
            rowsPerSetDay[k] = meanRows * weight / (dates.Length * sets[k]);
            kecamatanStart[k + 1] = checked(kecamatanStart[k] + (sets[k] * RowsOfSet(rowsPerSetDay[k], dates.Length)));
        }

        return (kecamatan, dates, sets, rowsPerSetDay, kecamatanStart);
    }

    /// <summary>Builds the library's ledger from the rows, through the public builder.</summary>
    public RecordingLedger BuildLedger()
    {
        var builder = RecordingLedger.CreateBuilder(Kecamatan);
        for (int k = 0; k < Kecamatan.Length; k++)
        {
            RegionCode code = Kecamatan[k];
            string[] devices = DeviceIds[k];
            for (int r = KecamatanStart[k]; r < KecamatanStart[k + 1]; r++)
            {
                builder.Add(Dates[Day[r]], code, (LedgerEntryKind)Kind[r], Count[r], devices[Set[r]], SourceLocation.None);
            }
        }

        return builder.Build();
    }

    private static int RowsOfSet(double rate, int days) => (int)Math.Floor(days * rate);

    private static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
