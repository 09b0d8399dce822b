using System;
using System.Linq;
using System.Numerics;
using EktpDomain.Attainment;
using EktpDomain.Recording;
using EktpDomain.Targets;
using EktpDomain.Tests.Support;
using FsCheck.Xunit;
using NodaTime;

namespace EktpDomain.Tests.Attainment;

public class AttainmentPropertyTests
{
    private static readonly DateInterval April = new(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30));

    /// <summary>R2 ceiling rule: met exactly when realised ≥ p × eligible, for any share p with up to two decimals.</summary>
    [Property(MaxTest = 500)]
    public bool CeilingRule_MetExactlyWhenRealisedAtLeastShareOfEligible(int seed)
    {
        var random = new Random(seed);
        long eligible = random.NextInt64(0, 5_000_000);
        int hundredths = random.Next(1, 10_001);          // p from 0.01 % to 100 %
        decimal percent = hundredths / 100m;
        long share = (long)Math.Floor(eligible * percent / 100m);
        long realised = Math.Max(0, share + random.Next(-2, 3));
        var code = new RegionCode(36, 3, 1);
        var data = new ScenarioBuilder().Kecamatan(code, eligible).Recorded(code, new LocalDate(2012, 4, 10), realised).Build();

        var row = AttainmentReport.Calculate(data, April, new AttainmentOptions { TargetPolicy = TargetPolicy.MonthlyShare(percent) })[code];

        // realised ≥ p × eligible  ⇔  realised × 10,000 ≥ hundredths × eligible, in exact integers.
        bool expected = eligible > 0 && new BigInteger(realised) * 10_000 >= new BigInteger(hundredths) * eligible && row.Target > 0;
        return row.Met == expected;
    }

    /// <summary>R4: ties share a rank (competition ranking 1, 2, 2, 4): a rank is one more than the number of strictly better ratios.</summary>
    [Property(MaxTest = 200)]
    public bool Ranks_AreOneMoreThanTheNumberStrictlyAhead(int seed)
    {
        var random = new Random(seed);
        var builder = new ScenarioBuilder();
        int n = random.Next(1, 30);
        for (int i = 1; i <= n; i++)
        {
            var code = new RegionCode(36, 3, i);
            long eligible = random.Next(0, 4) == 0 ? 0 : 100 * random.Next(1, 4);   // many exact ties, some zeros
            builder.Kecamatan(code, eligible).Recorded(code, new LocalDate(2012, 4, 10), 10 * random.Next(0, 5));
        }

        var rows = AttainmentReport.Calculate(builder.Build(), April).Kecamatan;
        var ranked = rows.Where(r => r.Rank is not null).ToList();
        return ranked.All(r => r.Rank == 1 + ranked.Count(o => o.RealisedRatio > r.RealisedRatio))
            && rows.Where(r => r.Rank is null).All(r => !r.IsApplicable || r.Eligible == 0)
            && rows.SkipWhile(r => r.Rank is not null).All(r => r.Rank is null)
            && ranked.Select(r => r.Rank!.Value).SequenceEqual(ranked.Select(r => r.Rank!.Value).Order());
    }

    /// <summary>Roll-up: every parent's eligible, target and ledger totals are the sums of its children's.</summary>
    [Property(MaxTest = 100)]
    public bool RollUp_ParentsAreSumsOfChildren(int seed)
    {
        var random = new Random(seed);
        var builder = new ScenarioBuilder();
        var codes = RandomLedgers.Kecamatan(random, 12);
        foreach (var code in codes)
        {
            builder.Kecamatan(code, random.Next(0, 50_000));
            builder.Recorded(code, new LocalDate(2012, 4, 1 + random.Next(0, 29)), random.Next(0, 9_000));
        }

        var report = AttainmentReport.Calculate(builder.Build(), April);
        var nation = report.RollUp();

        bool Check(RegionRollup node) =>
            node.Children.IsEmpty
                ? node.Level == RegionLevel.Kecamatan
                : node.Target == node.Children.Sum(c => c.Target)
                  && node.Eligible == node.Children.Sum(c => c.Eligible)
                  && node.Totals == node.Children.Aggregate(LedgerTotals.Zero, (t, c) => t + c.Totals)
                  && node.Met == node.Children.Sum(c => c.Met)
                  && node.KecamatanCount == node.Children.Sum(c => c.KecamatanCount)
                  && node.Children.All(c => node.Code.Contains(c.Code) && c.Level == node.Level + 1)
                  && node.Children.All(Check);

        return Check(nation)
            && nation.Target == report.Summary.Target
            && nation.Realised == report.Summary.Realised
            && nation.KecamatanCount == codes.Length;
    }
}
