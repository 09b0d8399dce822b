using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Recording;
using NodaTime;

namespace EktpDomain.Tests.Support;

/// <summary>The simple reference path for ledger aggregation (LINQ over the entries), and random periods to test it on.</summary>
public static class LedgerReference
{
    public static LedgerTotals Reference(IEnumerable<LedgerEntry> entries, Func<LedgerEntry, bool> include)
    {
        long recorded = 0, lost = 0, rerecorded = 0;
        foreach (var e in entries.Where(include))
        {
            switch (e.Kind)
            {
                case LedgerEntryKind.Recorded: recorded = checked(recorded + e.Count); break;
                case LedgerEntryKind.Lost: lost = checked(lost + e.Count); break;
                default: rerecorded = checked(rerecorded + e.Count); break;
            }
        }

        return new LedgerTotals(recorded, lost, rerecorded);
    }

    public static List<DateInterval> RandomPeriods(Random random, LocalDate start, int spanDays, int maxCount = 12, int maxLength = 80)
    {
        // Overlapping, unsorted, repeated, and partly or wholly outside the data.
        var periods = new List<DateInterval>();
        int count = random.Next(0, maxCount + 1);
        for (int i = 0; i < count; i++)
        {
            var from = start.PlusDays(random.Next(-20, spanDays + 20));
            periods.Add(new DateInterval(from, from.PlusDays(random.Next(0, maxLength))));
        }

        if (count > 0 && random.Next(3) == 0)
        {
            periods.Add(periods[0]);
        }

        return periods;
    }

    public static bool MatchesReference(RecordingLedger ledger, List<LedgerEntry> entries, IReadOnlyList<DateInterval> periods)
    {
        var aggregate = ledger.Aggregate(periods);
        if (!aggregate.KecamatanCodes.SequenceEqual(ledger.KecamatanCodes) || !aggregate.Periods.SequenceEqual(periods))
        {
            return false;
        }

        // The all-kecamatan answers once per period (asking them per kecamatan would cost kecamatan² × periods).
        var byKecamatan = periods.Select(ledger.GetTotalsByKecamatan).ToArray();
        var bulk = periods.Select(ledger.GetTotalsAndTotalsUpToByKecamatan).ToArray();
        var entriesOf = entries.ToLookup(e => e.Kecamatan);
        for (int k = 0; k < ledger.KecamatanCodes.Length; k++)
        {
            var code = ledger.KecamatanCodes[k];
            var own = entriesOf[code].ToList();
            for (int p = 0; p < periods.Count; p++)
            {
                var period = periods[p];
                var expected = Reference(own, e => period.Contains(e.Date));
                var upToEnd = Reference(own, e => e.Date <= period.End);
                if (aggregate.GetTotals(code, p) != expected
                    || aggregate.Totals[(k * periods.Count) + p] != expected
                    || ledger.GetTotals(code, period) != expected
                    || ledger.GetTotalsUpTo(code, period.End) != upToEnd
                    || ledger.GetTotalsAndTotalsUpTo(code, period) != (expected, upToEnd)
                    || byKecamatan[p][k] != expected
                    || bulk[p].Window[k] != expected
                    || bulk[p].UpToEnd[k] != upToEnd)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>A random aggregate over fixed monthly periods: a random ledger over some of the random kecamatan.</summary>
    public static LedgerAggregate RandomAggregate(Random random, IReadOnlyList<DateInterval> periods)
    {
        var kecamatan = RandomLedgers.Kecamatan(random, max: 5);
        var ledger = RecordingLedger.CreateBuilder(kecamatan).AddRange(RandomLedgers.Entries(random, kecamatan, days: 90)).Build();
        return ledger.Aggregate(periods);
    }

    public static DateInterval[] Months() =>
    [
        new(RandomLedgers.Start, RandomLedgers.Start.PlusDays(30)),
        new(RandomLedgers.Start.PlusDays(31), RandomLedgers.Start.PlusDays(59)),
        new(RandomLedgers.Start.PlusDays(20), RandomLedgers.Start.PlusDays(89)),
    ];
}
