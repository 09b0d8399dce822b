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
                if (random.Next(5) == 0 && coverage > 0)
                {
                    long lost = random.NextInt64(0, coverage + 1);
                    entries.Add(new LedgerEntry(date, code, LedgerEntryKind.Lost, lost));
                    coverage -= lost;
                    backlog += lost;
                }

                if (random.Next(3) == 0 && backlog > 0)
                {
                    long again = random.NextInt64(0, backlog + 1);
                    entries.Add(new LedgerEntry(date, code, LedgerEntryKind.Rerecorded, again));
                    coverage += again;
                    backlog -= again;
                }
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
}
