using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using NodaTime;

namespace EktpDomain.Tests.Support;

/// <summary>
/// Random small data over one to three provinces from a seed, for the property tests of levels and regions: one to
/// three kabupaten/kota per province and one to three kecamatan each; some without eligible residents; most from the
/// ledger (history in March, recordings, losses and re-recordings in April), and with <c>snapshots</c> some from
/// snapshots whose realisation in April may not be known; half with a set per kecamatan and outages; two in three with
/// an invitation log (which covers every kecamatan, some of them with invitations).
/// </summary>
public sealed class RandomRegions
{
    private static readonly int[] Provinces = [31, 32, 36];
    private static readonly int[] Regencies = [1, 2, 71];

    public RandomRegions(int seed, bool snapshots = true)
    {
        var random = new Random(seed);
        var codes = new List<RegionCode>();
        foreach (int province in Provinces.Where(_ => random.Next(3) > 0).DefaultIfEmpty(36))
        {
            foreach (int regency in Regencies.Where(_ => random.Next(2) == 0).DefaultIfEmpty(Regencies[random.Next(Regencies.Length)]))
            {
                codes.AddRange(Enumerable.Range(1, 12).OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(k => new RegionCode(province, regency, k)));
            }
        }

        Kecamatan = [.. codes.Order()];
        var builder = new ScenarioBuilder();
        var series = CoverageSeries.CreateBuilder();
        bool anySnapshot = false;
        foreach (var code in Kecamatan)
        {
            long eligible = random.Next(6) == 0 ? 0 : random.Next(1_000, 60_000);
            builder.Kecamatan(code, eligible);
            if (snapshots && random.Next(4) == 0)
            {
                long recorded = random.NextInt64(0, (eligible / 2) + 1);
                foreach (var date in (LocalDate[])[new(2012, 3, 31), new(2012, 4, 15), new(2012, 4, 30)])
                {
                    if (random.Next(3) > 0)
                    {
                        // Mostly rising; now and then cleansed down (an adjustment, R21).
                        recorded = Math.Clamp(recorded + random.Next(-500, 6_000), 0, eligible);
                        series.Add(date, code, eligible, recorded);
                        anySnapshot = true;
                    }
                }

                continue;
            }

            long coverage = random.NextInt64(0, (eligible / 2) + 1);
            builder.Recorded(code, new LocalDate(2012, 3, 15), coverage);
            long april = random.NextInt64(0, (eligible / 5) + 2);
            builder.Recorded(code, new LocalDate(2012, 4, random.Next(2, 20)), april);
            coverage += april;
            long backlog = 0;
            if (random.Next(3) == 0 && coverage > 0)
            {
                backlog = random.NextInt64(1, Math.Min(coverage, 2_000) + 1);
                builder.Lost(code, new LocalDate(2012, 4, 20), backlog);
            }

            if (random.Next(3) == 0 && backlog > 0)
            {
                builder.Rerecorded(code, new LocalDate(2012, 4, 25), random.NextInt64(1, backlog + 1));
            }
        }

        if (random.Next(2) == 0)
        {
            builder.Inventory = TwoProvinces.Inventory(Kecamatan);
            builder.Incidents = IncidentLog.CreateBuilder().AddRange(Enumerable.Range(1, random.Next(0, 4)).Select(i =>
            {
                var start = new LocalDate(2012, 4, random.Next(2, 25));
                return new Incident($"IN-{i}", Kecamatan[random.Next(Kecamatan.Length)], null, DeviceComponent.Server, IncidentCause.Unknown, start, start.PlusDays(random.Next(0, 6)));
            })).Build();
        }

        Data = builder.Build();
        if (random.Next(3) > 0)
        {
            var invitations = InvitationLog.CreateBuilder(Kecamatan);
            foreach (var code in Kecamatan.Where(_ => random.Next(2) == 0))
            {
                long invited = random.Next(0, 5_000);
                invitations.Add(new LocalDate(2012, 4, 5), code, invited, random.NextInt64(0, invited + 1));
            }

            Data = Data with { Invitations = invitations.Build() };
        }

        if (anySnapshot)
        {
            Data = Data with { Snapshots = series.Build() };
        }
    }

    /// <summary>The kecamatan, in code order.</summary>
    public RegionCode[] Kecamatan { get; }

    public RecordingData Data { get; }

    /// <summary>The report of <see cref="Data"/> over <see cref="DeviceFixtures.April"/>.</summary>
    public AttainmentReport Report() => AttainmentReport.Calculate(Data, DeviceFixtures.April);

    /// <summary>Every region holding kecamatan of the data at <paramref name="level"/>, in code order.</summary>
    public RegionCode[] RegionsAt(RegionLevel level) => [.. Kecamatan.Select(k => k.AncestorAt(level)).Distinct().Order()];
}
