using System.Collections.Generic;
using System.Linq;

namespace EktpDomain.Tests.Support;

/// <summary>
/// R4's ranks worked out the plain way, to check the library's against: a row is ranked when its target is above 0, its
/// realisation is known and it has eligible residents; its rank is 1 + the number of ranked rows with a strictly higher
/// realised ÷ eligible (exact), so ties share a rank and the next rank skips (1, 2, 2, 4).
/// </summary>
public static class CompetitionRanks
{
    public static int?[] Of(IReadOnlyList<(long Target, long? Realised, long Eligible)> rows)
    {
        Ratio? RatioOf((long Target, long? Realised, long Eligible) row) =>
            row.Target > 0 && row.Realised is long realised && row.Eligible > 0 ? new Ratio(realised, row.Eligible) : null;

        var ratios = rows.Select(RatioOf).ToList();
        return [.. ratios.Select(r => r is Ratio mine ? 1 + ratios.Count(o => o is Ratio other && other.CompareTo(mine) > 0) : (int?)null)];
    }
}
