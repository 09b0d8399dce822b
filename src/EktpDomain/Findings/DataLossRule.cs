using System;
using System.Collections.Generic;

namespace EktpDomain.Findings;

/// <summary>
/// R8 <c>data-loss</c>: any lost entry in the window is a warning. Recommended action: schedule re-recording of the
/// lost residents.
/// </summary>
/// <remarks>
/// <para>
/// At most one finding per kecamatan; its details carry the number of records lost in the window (the sum of its
/// <c>lost</c> entries, R3). Lost entries with a count of 0 lose nothing and are not reported. Evaluated with or
/// without an inventory.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class DataLossRule : IIncidentRule
{
    /// <summary>The rule's id, <c>data-loss</c>.</summary>
    public const string RuleId = "data-loss";

    /// <inheritdoc />
    public string Id => RuleId;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(IncidentRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = new List<Finding>();
        foreach (var code in context.KecamatanCodes)
        {
            long lost = context.GetTotals(code).Lost;
            if (lost > 0)
            {
                result.Add(new Finding(RuleId, FindingSeverity.Warning, code, null, new DataLossDetails(lost)));
            }
        }

        return result;
    }
}
