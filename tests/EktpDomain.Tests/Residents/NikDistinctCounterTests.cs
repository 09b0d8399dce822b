using System;
using System.Linq;
using EktpDomain.Residents;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Residents;

public class NikDistinctCounterTests
{
    [Fact]
    public void CountDistinct_Empty_IsZero()
    {
        Nik.CountDistinct([]).Should().Be(0);
        NikDistinctCounter.CountDistinct([], workers: 2, partitionBits: 3, vectorized: true).Should().Be(0);
    }

    [Fact]
    public void CountDistinct_ReRecordedResident_CountsOnce()
    {
        var ani = new Nik(SepatanTimur, new LocalDate(1990, 5, 1), Sex.Female, 1);
        var budi = new Nik(SepatanTimur, new LocalDate(1990, 5, 1), Sex.Male, 1);

        Nik.CountDistinct([ani, budi, ani, ani]).Should().Be(2);
    }

    [Fact]
    public void CountDistinct_SameDigitsReadWithDifferentCenturies_CountOnce()
    {
        // 010112: 1 January 2012 when read on 30 April 2012, 1 January 1912 when read in 1950. The same person.
        var recent = Nik.Parse("3603270101120001", new LocalDate(2012, 4, 30));
        var old = Nik.Parse("3603270101120001", new LocalDate(1950, 1, 1));
        recent.GetBirthDate().Should().NotBe(old.GetBirthDate());

        Nik.CountDistinct([recent, old]).Should().Be(1);
        NikDistinctCounter.CountDistinct([recent, old], workers: 2, partitionBits: 2, vectorized: true).Should().Be(1);
    }

    [Fact]
    public void CountDistinct_DefaultAndLargestNiks_AreCounted()
    {
        // default(Nik) is stored as all-zero bits; the largest NIK has every digit part at its maximum.
        var largest = new Nik(new RegionCode(99, 99, 99), new LocalDate(1999, 12, 31), Sex.Female, 9999);
        Nik[] niks = [default, largest, default, largest, new Nik(SepatanTimur, new LocalDate(1980, 1, 1), Sex.Male, 1)];

        foreach (bool vectorized in new[] { true, false })
        {
            NikDistinctCounter.CountDistinct(niks, workers: 1, partitionBits: 0, vectorized).Should().Be(3);
            NikDistinctCounter.CountDistinct(niks, workers: 2, partitionBits: 1, vectorized).Should().Be(3);
        }
    }

    [Fact]
    public void CountDistinct_LargeInput_TakesThePartitionedPathAndIsExact()
    {
        // Above the parallel threshold (2^20), with 1 % repeats as with re-recordings.
        var random = new Random(2012);
        var distinct = RandomNiks.Generate(random, 1_100_000, regions: 80, days: 20_000, serials: 60).Distinct().ToArray();
        var events = distinct.Concat(Enumerable.Range(0, distinct.Length / 100).Select(_ => distinct[random.Next(distinct.Length)])).ToArray();
        random.Shuffle(events);

        Nik.CountDistinct(events).Should().Be(distinct.Length);
    }

    /// <summary>
    /// Regions are first sized for evenly spread NIKs; thousands of repeats of one NIK overflow one region, and the
    /// count falls back to exactly counted regions.
    /// </summary>
    [Fact]
    public void CountDistinct_ManyRepeatsOfOneNik_IsExact()
    {
        var random = new Random(11);
        var others = RandomNiks.Generate(random, 2_000, regions: 5, days: 300, serials: 9);
        var same = new Nik(SepatanTimur, new LocalDate(1990, 5, 1), Sex.Female, 1);
        var niks = Enumerable.Repeat(same, 20_000).Concat(others).ToArray();
        random.Shuffle(niks);
        long expected = RandomNiks.DistinctReference(niks);

        NikDistinctCounter.CountDistinct(niks, workers: 2, partitionBits: 4, vectorized: true).Should().Be(expected);
        NikDistinctCounter.CountDistinct(niks, workers: 3, partitionBits: 9, vectorized: false).Should().Be(expected);
        Nik.CountDistinct(Enumerable.Repeat(same, 1 << 21).ToArray()).Should().Be(1);
    }

    /// <summary>Full buckets: many keys in few partitions with a tiny table force probing past full buckets.</summary>
    [Fact]
    public void CountDistinct_DenseKeys_ProbesPastFullBucketsExactly()
    {
        var random = new Random(7);
        var niks = RandomNiks.Generate(random, 50_000, regions: 9, days: 400, serials: 30);
        long expected = RandomNiks.DistinctReference(niks);

        NikDistinctCounter.CountDistinct(niks, workers: 2, partitionBits: 1, vectorized: true).Should().Be(expected);
        NikDistinctCounter.CountDistinct(niks, workers: 3, partitionBits: 13, vectorized: true).Should().Be(expected);
        NikDistinctCounter.CountDistinct(niks, workers: 1, partitionBits: 0, vectorized: false).Should().Be(expected);
    }
}
