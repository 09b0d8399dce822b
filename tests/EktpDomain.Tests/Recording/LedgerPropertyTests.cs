using System;
using System.Linq;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FsCheck.Xunit;
using NodaTime;

namespace EktpDomain.Tests.Recording;

public class LedgerPropertyTests
{
    /// <summary>R3 conservation: the net realisations of consecutive windows sum to the change in coverage.</summary>
    [Property(MaxTest = 200)]
    public bool Conservation_ConsecutiveWindowsSumToCoverageChange(int seed)
    {
        var random = new Random(seed);
        var kecamatan = RandomLedgers.Kecamatan(random);
        var ledger = RecordingLedger.CreateBuilder(kecamatan).AddRange(RandomLedgers.Entries(random, kecamatan)).Build();

        // Split [start, end] into consecutive windows at random cut points.
        var start = RandomLedgers.Start.PlusDays(random.Next(0, 30));
        var end = start.PlusDays(random.Next(0, 100));
        var cuts = Enumerable.Range(0, random.Next(0, 6)).Select(_ => start.PlusDays(random.Next(0, Period.DaysBetween(start, end) + 1))).Distinct().Order().ToList();
        var bounds = new[] { start }.Concat(cuts.Where(c => c > start)).Append(end.PlusDays(1)).Distinct().ToList();

        foreach (var code in kecamatan)
        {
            long sum = 0;
            for (int i = 0; i + 1 < bounds.Count; i++)
            {
                sum += ledger.GetTotals(code, new DateInterval(bounds[i], bounds[i + 1].PlusDays(-1))).Net;
            }

            long change = ledger.GetCoverage(code, end) - ledger.GetCoverage(code, start.PlusDays(-1));
            if (sum != change)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>R3: for valid input, the backlog and coverage are never below zero at the end of any date.</summary>
    [Property(MaxTest = 100)]
    public bool BacklogAndCoverage_NeverBelowZero(int seed)
    {
        var random = new Random(seed);
        var kecamatan = RandomLedgers.Kecamatan(random);
        var ledger = RecordingLedger.CreateBuilder(kecamatan).AddRange(RandomLedgers.Entries(random, kecamatan)).Build();
        return kecamatan.All(code => Enumerable.Range(-1, 125).Select(d => RandomLedgers.Start.PlusDays(d))
            .All(date => ledger.GetBacklog(code, date) >= 0 && ledger.GetCoverage(code, date) >= 0));
    }

    /// <summary>The fast path equals the simple reference path: LINQ over the entries.</summary>
    [Property(MaxTest = 200)]
    public bool GetTotalsByKecamatan_EqualsLinqReference(int seed)
    {
        var random = new Random(seed);
        var kecamatan = RandomLedgers.Kecamatan(random);
        var entries = RandomLedgers.Entries(random, kecamatan);
        var ledger = RecordingLedger.CreateBuilder(kecamatan).AddRange(entries).Build();
        var from = RandomLedgers.Start.PlusDays(random.Next(-5, 130));
        var window = new DateInterval(from, from.PlusDays(random.Next(0, 60)));

        var fast = ledger.GetTotalsByKecamatan(window);
        for (int k = 0; k < ledger.Kecamatan.Length; k++)
        {
            var inWindow = entries.Where(e => e.Kecamatan == ledger.Kecamatan[k] && window.Contains(e.Date)).ToList();
            var reference = new LedgerTotals(
                inWindow.Where(e => e.Kind == LedgerEntryKind.Recorded).Sum(e => e.Count),
                inWindow.Where(e => e.Kind == LedgerEntryKind.Lost).Sum(e => e.Count),
                inWindow.Where(e => e.Kind == LedgerEntryKind.Rerecorded).Sum(e => e.Count));
            if (fast[k] != reference || ledger.GetTotals(ledger.Kecamatan[k], window) != reference)
            {
                return false;
            }
        }

        return ledger.GetEntries().Count() == entries.Count;
    }
}
