using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Residents;

public class NikStatisticsTests
{
    private static readonly RegionCode SepatanTimur = new(36, 3, 30);

    /// <summary>NIKs from a small space (few regions, dates and serials), so that random draws repeat often.</summary>
    private static Nik[] RandomNiks(Random random, int count, int regions = 3, int days = 20, int serials = 5)
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

    private static long Reference(Nik[] niks) => niks.Select(n => n.RevealDigits()).Distinct(StringComparer.Ordinal).LongCount();

    [Fact]
    public void CountDistinct_Empty_IsZero()
    {
        NikStatistics.CountDistinct([]).Should().Be(0);
        NikStatistics.CountDistinct([], workers: 2, partitionBits: 3, vectorized: true).Should().Be(0);
    }

    [Fact]
    public void CountDistinct_ReRecordedResident_CountsOnce()
    {
        var ani = new Nik(SepatanTimur, new LocalDate(1990, 5, 1), Sex.Female, 1);
        var budi = new Nik(SepatanTimur, new LocalDate(1990, 5, 1), Sex.Male, 1);

        NikStatistics.CountDistinct([ani, budi, ani, ani]).Should().Be(2);
    }

    [Fact]
    public void CountDistinct_SameDigitsReadWithDifferentCenturies_CountOnce()
    {
        // 010112: 1 January 2012 when read on 30 April 2012, 1 January 1912 when read in 1950. The same person.
        var recent = Nik.Parse("3603270101120001", new LocalDate(2012, 4, 30));
        var old = Nik.Parse("3603270101120001", new LocalDate(1950, 1, 1));
        recent.BirthDate.Should().NotBe(old.BirthDate);

        NikStatistics.CountDistinct([recent, old]).Should().Be(1);
        NikStatistics.CountDistinct([recent, old], workers: 2, partitionBits: 2, vectorized: true).Should().Be(1);
    }

    [Fact]
    public void CountDistinct_DefaultAndLargestNiks_AreCounted()
    {
        // default(Nik) is stored as all-zero bits; the largest NIK has every digit part at its maximum.
        var largest = new Nik(new RegionCode(99, 99, 99), new LocalDate(1999, 12, 31), Sex.Female, 9999);
        Nik[] niks = [default, largest, default, largest, new Nik(SepatanTimur, new LocalDate(1980, 1, 1), Sex.Male, 1)];

        foreach (bool vectorized in new[] { true, false })
        {
            NikStatistics.CountDistinct(niks, workers: 1, partitionBits: 0, vectorized).Should().Be(3);
            NikStatistics.CountDistinct(niks, workers: 2, partitionBits: 1, vectorized).Should().Be(3);
        }
    }

    [Fact]
    public void CountDistinct_LargeInput_TakesThePartitionedPathAndIsExact()
    {
        // Above the parallel threshold (2^20), with 1 % repeats as with re-recordings.
        var random = new Random(2012);
        var distinct = RandomNiks(random, 1_100_000, regions: 80, days: 20_000, serials: 60).Distinct().ToArray();
        var events = distinct.Concat(Enumerable.Range(0, distinct.Length / 100).Select(_ => distinct[random.Next(distinct.Length)])).ToArray();
        random.Shuffle(events);

        NikStatistics.CountDistinct(events).Should().Be(distinct.Length);
    }

    /// <summary>Every path (one table or partitioned; vector or scalar probing) equals LINQ over the revealed digits.</summary>
    [FsCheck.Xunit.Property(MaxTest = 100)]
    public bool CountDistinct_EveryPath_EqualsLinqReference(int seed)
    {
        var random = new Random(seed);
        var niks = RandomNiks(random, random.Next(0, 3_000), regions: random.Next(1, 4), days: random.Next(1, 40), serials: random.Next(1, 9));
        long expected = Reference(niks);
        int partitionBits = random.Next(1, 9);
        int workers = random.Next(1, 4);
        return NikStatistics.CountDistinct(niks) == expected
            && NikStatistics.CountDistinct(niks, workers, partitionBits: 0, vectorized: true) == expected
            && NikStatistics.CountDistinct(niks, workers, partitionBits: 0, vectorized: false) == expected
            && NikStatistics.CountDistinct(niks, workers, partitionBits, vectorized: true) == expected
            && NikStatistics.CountDistinct(niks, workers, partitionBits, vectorized: false) == expected;
    }

    /// <summary>
    /// Regions are first sized for evenly spread NIKs; thousands of repeats of one NIK overflow one region, and the
    /// count falls back to exactly counted regions.
    /// </summary>
    [Fact]
    public void CountDistinct_ManyRepeatsOfOneNik_IsExact()
    {
        var random = new Random(11);
        var others = RandomNiks(random, 2_000, regions: 5, days: 300, serials: 9);
        var same = new Nik(SepatanTimur, new LocalDate(1990, 5, 1), Sex.Female, 1);
        var niks = Enumerable.Repeat(same, 20_000).Concat(others).ToArray();
        random.Shuffle(niks);
        long expected = Reference(niks);

        NikStatistics.CountDistinct(niks, workers: 2, partitionBits: 4, vectorized: true).Should().Be(expected);
        NikStatistics.CountDistinct(niks, workers: 3, partitionBits: 9, vectorized: false).Should().Be(expected);
        NikStatistics.CountDistinct(Enumerable.Repeat(same, 1 << 21).ToArray()).Should().Be(1);
    }

    /// <summary>Full buckets: many keys in few partitions with a tiny table force probing past full buckets.</summary>
    [Fact]
    public void CountDistinct_DenseKeys_ProbesPastFullBucketsExactly()
    {
        var random = new Random(7);
        var niks = RandomNiks(random, 50_000, regions: 9, days: 400, serials: 30);
        long expected = Reference(niks);

        NikStatistics.CountDistinct(niks, workers: 2, partitionBits: 1, vectorized: true).Should().Be(expected);
        NikStatistics.CountDistinct(niks, workers: 3, partitionBits: 13, vectorized: true).Should().Be(expected);
        NikStatistics.CountDistinct(niks, workers: 1, partitionBits: 0, vectorized: false).Should().Be(expected);
    }
}
