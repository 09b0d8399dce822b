using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Recording;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Attainment;

/// <summary>The R4 ranking rule on its own: exact realised ÷ eligible, highest first, ties sharing a rank.</summary>
public class AttainmentRanksTests
{
    [Fact]
    public void Ranks_ExactRatiosHighestFirst_TiesShareARank_OthersAreUnranked()
    {
        long[] targets = [10, 0, 10, 10, 10, 10, 10];
        long[] realised = [50, 90, 25, 100, -5, 7, 60];
        long[] eligible = [100, 100, 50, 200, 100, 0, 100];

        var ranks = AttainmentReport.Ranks(targets, Totals([.. realised.Select(r => (long?)r)]), eligible);

        // 1/2 three times (50/100, 25/50, 100/200) behind 60/100; -5/100 last; target 0 and eligible 0 are not ranked.
        ranks.Should().Equal(2, null, 2, 2, 5, null, 1);
    }

    [Fact]
    public void Ranks_NothingRanked_AllNull()
    {
        var ranks = AttainmentReport.Ranks([0, 0], Totals([5, 6]), [100, 100]);
        var unknown = AttainmentReport.Ranks([10, 10], Totals([null, 6]), [100, 100]);

        ranks.Should().Equal(new int?[] { null, null });
        unknown.Should().Equal(null, 1);
        AttainmentReport.Ranks([], [], []).Should().BeEmpty();
    }

    [Fact]
    public void Ranks_RatiosThatDifferOnlyFarBelowADecimal_AreNotTied()
    {
        // 333,333,333,333 ÷ 999,999,999,999 is exactly 1/3; one more resident realised is not.
        long[] eligible = [999_999_999_999, 999_999_999_999, 3];

        var ranks = AttainmentReport.Ranks([1, 1, 1], Totals([333_333_333_333, 333_333_333_334, 1]), eligible);

        ranks.Should().Equal(2, 1, 2);
    }

    private static LedgerTotals?[] Totals(long?[] realised)
    {
        var totals = new LedgerTotals?[realised.Length];
        for (int k = 0; k < realised.Length; k++)
        {
            totals[k] = realised[k] is not long r ? null : r >= 0 ? new LedgerTotals(r, 0, 0) : new LedgerTotals(0, -r, 0);
        }

        return totals;
    }
}
