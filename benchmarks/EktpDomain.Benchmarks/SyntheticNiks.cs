using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using EktpDomain.Regions;
using EktpDomain.Residents;
using NodaTime;

namespace EktpDomain.Benchmarks;

/// <summary>
/// Deterministic synthetic recording events, one NIK each: every resident of the scale's kecamatan once, plus about
/// 1 % re-recordings of residents already recorded, in shuffled order (events from all kecamatan interleave). NIKs
/// are realistic: issued in the resident's kecamatan, with a birth date for ages 17 to 80 in 2012, 40 added to the
/// day for women, and serials counting up per kecamatan, birth date and sex. At national scale there are 190 million
/// events. Kecamatan sizes are the same skewed sizes as <see cref="SyntheticLedger"/>.
/// </summary>
public static class SyntheticNiks
{
    public const long NationalEvents = 190_000_000;
    public const double RerecordedShare = 0.01;

    private const int FirstBirthYear = 1932;
    private const int BirthYears = 64;

    /// <summary>The number of events <see cref="Generate"/> makes, without making them.</summary>
    public static long EventCount(Scale scale, int seed)
    {
        long residents = Plan(scale, seed).Start[^1];
        return residents + (long)Math.Round(residents * RerecordedShare);
    }

    /// <summary>Generates the events; <paramref name="residents"/> is the exact number of distinct NIKs among them.</summary>
    public static Nik[] Generate(Scale scale, int seed, out long residents)
    {
        var (kecamatan, start) = Plan(scale, seed);
        residents = start[^1];
        long events = residents + (long)Math.Round(residents * RerecordedShare);
        var niks = new Nik[events];

        Parallel.For(0, kecamatan.Length, () => new ushort[BirthYears * 372 * 2], (k, _, serials) =>
        {
            Array.Clear(serials);
            var random = new Random(unchecked((int)(seed ^ (kecamatan[k].SortKey * 2_654_435_761L))));
            for (long i = start[k]; i < start[k + 1]; i++)
            {
                // Younger residents are more numerous: skew the birth year towards 1995.
                int yearIndex = BirthYears - 1 - (int)(BirthYears * Math.Pow(random.NextDouble(), 1.6));
                int month = random.Next(1, 13);
                int day = random.Next(1, 29);
                var sex = random.Next(2) == 0 ? Sex.Male : Sex.Female;
                int slot = (((yearIndex * 372) + ((month - 1) * 31) + (day - 1)) * 2) + (int)sex;
                int serial = ++serials[slot];
                niks[i] = new Nik(kecamatan[k], new LocalDate(FirstBirthYear + yearIndex, month, day), sex, serial);
            }

            return serials;
        }, _ => { });

        // Re-recordings repeat earlier residents; then shuffle everything (Fisher–Yates, fixed seed).
        var rng = new Random(seed + 1);
        for (long i = residents; i < events; i++)
        {
            niks[i] = niks[rng.NextInt64(residents)];
        }

        for (long i = events - 1; i > 0; i--)
        {
            long j = rng.NextInt64(i + 1);
            (niks[i], niks[j]) = (niks[j], niks[i]);
        }

        return niks;
    }

    private static (RegionCode[] Kecamatan, long[] Start) Plan(Scale scale, int seed)
    {
        RegionCode[] kecamatan = SyntheticLedger.KecamatanOf(scale);
        var all = RegionCatalogue.Kemendagri2025.GetCodes(RegionLevel.Kecamatan);
        var sizeRandom = new Random(seed);
        var weightOf = new Dictionary<RegionCode, double>();
        double totalWeight = 0;
        foreach (var code in all)
        {
            double u1 = 1.0 - sizeRandom.NextDouble(), u2 = sizeRandom.NextDouble();
            double gaussian = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
            weightOf[code] = Math.Exp(0.8 * gaussian);
            totalWeight += weightOf[code];
        }

        double nationalResidents = NationalEvents / (1 + RerecordedShare);
        var start = new long[kecamatan.Length + 1];
        for (int k = 0; k < kecamatan.Length; k++)
        {
            start[k + 1] = start[k] + (long)Math.Round(nationalResidents * weightOf[kecamatan[k]] / totalWeight);
        }

        return (kecamatan, start);
    }
}
