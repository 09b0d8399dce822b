using System;
using System.Collections.Generic;
using EktpDomain.Recording;
using NodaTime;

namespace EktpDomain.Tests.Support;

/// <summary>Generates valid random ledgers (backlog and coverage never below zero) from a seed, for property tests.</summary>
public static class RandomLedgers
{
    public static readonly LocalDate Start = new(2012, 1, 1);

    public static RegionCode[] Kecamatan(Random random, int max = 6)
    {
        int n = random.Next(1, max + 1);
        var codes = new SortedSet<RegionCode>();
        while (codes.Count < n)
        {
            codes.Add(new RegionCode(random.Next(35, 37), random.Next(1, 4), random.Next(1, 40)));
        }

        return [.. codes];
    }

    /// <summary>Entries over <paramref name="days"/> days, in shuffled order, each kecamatan kept valid day by day.</summary>
    public static List<LedgerEntry> Entries(Random random, IReadOnlyList<RegionCode> kecamatan, int days = 120, int maxCount = 400)
    {
        var entries = new List<LedgerEntry>();
        foreach (var code in kecamatan)
        {
            long coverage = 0, backlog = 0;
            for (int d = 0; d < days; d++)
            {
                if (random.Next(3) == 0)
                {
                    continue;
                }

                var date = Start.PlusDays(d);
                long recorded = random.Next(0, maxCount);
                entries.Add(new LedgerEntry(date, code, LedgerEntryKind.Recorded, recorded, random.Next(2) == 0 ? null : $"D{random.Next(3)}"));
                coverage += recorded;
                LoseAndRerecord(random, entries, date, code, ref coverage, ref backlog, lossOneIn: 5, rerecordOneIn: 3, least: 0);
            }
        }

        // Shuffle whole days' worth of entries is unnecessary: the builder orders by date and checks at the end of a date.
        for (int i = entries.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (entries[i], entries[j]) = (entries[j], entries[i]);
        }

        return entries;
    }

    /// <summary>
    /// Now and then loses some of a kecamatan's coverage and re-records some of its backlog on <paramref name="date"/>,
    /// never more than there is, so that the ledger stays valid.
    /// </summary>
    public static void LoseAndRerecord(Random random, List<LedgerEntry> entries, LocalDate date, RegionCode code, ref long coverage, ref long backlog, int lossOneIn, int rerecordOneIn, long least)
    {
        if (random.Next(lossOneIn) == 0 && coverage > 0)
        {
            long lost = random.NextInt64(least, coverage + 1);
            entries.Add(new LedgerEntry(date, code, LedgerEntryKind.Lost, lost));
            coverage -= lost;
            backlog += lost;
        }

        if (random.Next(rerecordOneIn) == 0 && backlog > 0)
        {
            long again = random.NextInt64(least, backlog + 1);
            entries.Add(new LedgerEntry(date, code, LedgerEntryKind.Rerecorded, again));
            coverage += again;
            backlog -= again;
        }
    }
}
