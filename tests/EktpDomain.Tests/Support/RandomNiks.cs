using System;
using System.Linq;
using EktpDomain.Residents;
using NodaTime;

namespace EktpDomain.Tests.Support;

/// <summary>Random NIKs with controlled repetition, and the reference distinct count (LINQ over the revealed digits).</summary>
public static class RandomNiks
{
    /// <summary>NIKs from a small space (few regions, dates and serials), so that random draws repeat often.</summary>
    public static Nik[] Generate(Random random, int count, int regions = 3, int days = 20, int serials = 5)
    {
        var niks = new Nik[count];
        for (int i = 0; i < niks.Length; i++)
        {
            var kecamatan = new RegionCode(random.Next(11, 11 + regions), random.Next(1, 3), random.Next(1, 3));
            var birthDate = new LocalDate(1990, 1, 1).PlusDays(random.Next(days));
            var sex = random.Next(2) == 0 ? Sex.Male : Sex.Female;
            niks[i] = new Nik(kecamatan, birthDate, sex, random.Next(1, serials + 1));
        }

        return niks;
    }

    public static long DistinctReference(Nik[] niks) => niks.Select(n => n.RevealDigits()).Distinct(StringComparer.Ordinal).LongCount();
}
