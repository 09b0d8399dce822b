using System;
using System.Collections.Generic;

namespace EktpDomain.Findings;

/// <summary>
/// R23 <c>over-coverage</c>: more residents recorded than are eligible at the end of the window is an info finding,
/// never an error. Recommended action: check the wajib-KTP count against the latest population data, and look for
/// residents recorded here but registered elsewhere.
/// </summary>
/// <remarks>
/// <para>
/// Published coverage passes 100 % for real reasons: residents recorded at 16 who turn 17 later, residents recorded
/// here but registered in another region, and an eligible count that lags behind the recordings. At most one finding
/// per kecamatan whose coverage at the end of the window (R3 from the ledger, R21 from snapshots) is known and above
/// its eligible count then (R22), unless its code was retired by then (R24). Evaluated with or without an inventory.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class OverCoverageRule : IIncidentRule
{
    /// <summary>The rule's id, <c>over-coverage</c>.</summary>
    public const string RuleId = "over-coverage";

    /// <inheritdoc />
    public string Id => RuleId;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(IncidentRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = new List<Finding>();
        foreach (var code in context.KecamatanCodes)
        {
            // A retired code has no eligible residents of its own any more: its coverage is history (R24).
            if (context.Data.CodeChanges.IsRetired(code, context.Window.End))
            {
                continue;
            }

            long eligible = context.GetEligibleAtEnd(code);
            if (context.GetCoverage(code) is long coverage && coverage > eligible)
            {
                result.Add(new Finding(RuleId, FindingSeverity.Info, code, null, new OverCoverageDetails(coverage, eligible))
                {
                    Date = context.Window.End,
                });
            }
        }

        return result;
    }
}
