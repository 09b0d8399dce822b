using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using EktpDomain.Regions;
using NodaTime;

namespace EktpDomain.Benchmarks;

/// <summary>The window of an attainment report: one calendar month (the normal report) or a whole year.</summary>
public enum ReportWindow
{
    /// <summary>April 2012, the month of the article's report.</summary>
    Month,

    /// <summary>The whole of 2012, a mass-recording year.</summary>
    Year,
}

/// <summary>
/// Everything an attainment report reads, at one scale, deterministic from a seed: the tally rows of
/// <see cref="SyntheticLedger"/> (100 M at national scale), the kecamatan's eligible residents, their recording sets
/// (the 2 or 3 sets per kecamatan that the tally rows name, about 1 in 10 moved to another kecamatan of its regency
/// during 2012, plus e-KTP Mobile units lent for a few weeks: about 18,000 sets at national scale) and a year of
/// incidents (20,000 at national scale, in proportion below it: a fifth site-wide, 1 in 20 still open).
/// </summary>
public sealed class SyntheticReport
{
    /// <summary>Incidents in 2012 at national scale.</summary>
    public const int NationalIncidents = 20_000;

    /// <summary>e-KTP Mobile units at national scale.</summary>
    public const int NationalMobileUnits = 900;

    public static readonly DateInterval Month = new(new LocalDate(2012, 4, 1), new LocalDate(2012, 4, 30));

    public static readonly DateInterval Year = new(new LocalDate(2012, 1, 1), new LocalDate(2012, 12, 31));

    private SyntheticReport(SyntheticLedger rows, long[] eligible, DeviceInventory inventory, IncidentLog incidents)
    {
        Rows = rows;
        Eligible = eligible;
        Inventory = inventory;
        Incidents = incidents;
    }

    /// <summary>The tally rows.</summary>
    public SyntheticLedger Rows { get; }

    /// <summary>The eligible residents of each kecamatan of <see cref="SyntheticLedger.Kecamatan"/>.</summary>
    public long[] Eligible { get; }

    public DeviceInventory Inventory { get; }

    public IncidentLog Incidents { get; }

    public static DateInterval WindowOf(ReportWindow window) => window == ReportWindow.Month ? Month : Year;

    public static SyntheticReport Generate(Scale scale, int seed)
    {
        var rows = SyntheticLedger.Generate(scale, seed);
        var codes = rows.Kecamatan;
        var random = new Random(seed);

        // Eligible residents: between 4 and 10 times the month's net realisation, so that attainment against the
        // 15 % monthly share spreads over the bands (1/0.6 down to 1/1.5) and ranks are mostly distinct.
        var eligible = new long[codes.Length];
        var month = DayRange(rows, Month);
        for (int k = 0; k < codes.Length; k++)
        {
            long net = 0;
            for (int r = rows.KecamatanStart[k]; r < rows.KecamatanStart[k + 1]; r++)
            {
                if (rows.Day[r] >= month.From && rows.Day[r] < month.Past)
                {
                    net += rows.Kind[r] == 1 ? -rows.Count[r] : rows.Count[r];
                }
            }

            eligible[k] = Math.Max(1_000, (long)(Math.Max(0, net) * (4 + (6 * random.NextDouble()))));
        }

        var inventory = DeviceInventory.CreateBuilder();
        var setIds = new List<string>();
        var homeOf = new List<RegionCode>();
        var installed = new LocalDate(2011, 6, 1);
        int days = Period.DaysBetween(Year.Start, Year.End) + 1;
        for (int k = 0; k < codes.Length; k++)
        {
            foreach (string id in rows.DeviceIds[k])
            {
                setIds.Add(id);
                homeOf.Add(codes[k]);
                if (random.Next(10) == 0)
                {
                    // Moved for good to another kecamatan of the same regency (or any, if it is the only one).
                    var move = Year.Start.PlusDays(random.Next(1, days));
                    var sameRegency = codes.Where(c => c.Parent == codes[k].Parent && c != codes[k]).ToArray();
                    var to = sameRegency.Length > 0 ? sameRegency[random.Next(sameRegency.Length)] : codes[random.Next(codes.Length)];
                    inventory.AddAssignment(id, DeviceKind.Static, FundingSource.Apbn, codes[k], installed, move.PlusDays(-1), SourceLocation.None);
                    inventory.AddAssignment(id, DeviceKind.Static, FundingSource.Apbn, to, move, null, SourceLocation.None);
                }
                else
                {
                    inventory.AddAssignment(id, DeviceKind.Static, FundingSource.Apbn, codes[k], installed, null, SourceLocation.None);
                }
            }
        }

        int mobileUnits = Proportional(NationalMobileUnits, codes.Length);
        for (int n = 0; n < mobileUnits; n++)
        {
            string id = $"M-{n}";
            var code = codes[random.Next(codes.Length)];
            setIds.Add(id);
            homeOf.Add(code);
            var from = Year.Start.PlusDays(random.Next(0, days));
            inventory.AddAssignment(id, DeviceKind.Mobile, FundingSource.Apbd, code, from, random.Next(3) == 0 ? null : from.PlusDays(random.Next(5, 60)), SourceLocation.None);
        }

        var log = IncidentLog.CreateBuilder();
        int incidents = Proportional(NationalIncidents, codes.Length);
        for (int i = 0; i < incidents; i++)
        {
            var start = Year.Start.PlusDays(random.Next(-10, days));
            LocalDate? end = random.Next(20) == 0 ? null : start.PlusDays(random.Next(0, 20));
            bool site = random.Next(5) == 0;
            int set = random.Next(setIds.Count);
            log.Add(new Incident(
                $"IN-{i}",
                site ? codes[random.Next(codes.Length)] : homeOf[set],
                site ? null : setIds[set],
                site ? DeviceComponent.Server : (DeviceComponent)random.Next(1, 6),
                (IncidentCause)random.Next(0, 9),
                start,
                end));
        }

        return new SyntheticReport(rows, eligible, inventory.Build(), log.Build());
    }

    /// <summary>The library's input: population, ledger (built through the public builder), inventory and incidents.</summary>
    public RecordingData BuildData() => BuildData(Rows.BuildLedger());

    /// <summary>The library's input around an already built ledger of <see cref="Rows"/>.</summary>
    public RecordingData BuildData(RecordingLedger ledger)
    {
        var population = EligiblePopulation.CreateBuilder();
        for (int k = 0; k < Rows.Kecamatan.Length; k++)
        {
            population.Add(Rows.Kecamatan[k], Eligible[k]);
        }

        return new RecordingData(population.Build(), ledger) { Inventory = Inventory, Incidents = Incidents };
    }

    private static int Proportional(int national, int kecamatan) =>
        Math.Max(1, (int)Math.Round((double)national * kecamatan / RegionCatalogue.Kemendagri2025.CountAt(RegionLevel.Kecamatan)));

    /// <summary>The half-open range of indices into <see cref="SyntheticLedger.Dates"/> inside a window.</summary>
    internal static (int From, int Past) DayRange(SyntheticLedger rows, DateInterval window)
    {
        int from = Array.BinarySearch(rows.Dates, window.Start);
        int past = Array.BinarySearch(rows.Dates, window.End.PlusDays(1));
        return (from >= 0 ? from : ~from, past >= 0 ? past : ~past);
    }
}
