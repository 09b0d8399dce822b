using System;
using System.Collections.Generic;

namespace EktpDomain.Findings;

/// <summary>
/// R8 <c>mobile-unit-recommended</c>: a re-recording backlog of at least 500 at the end of the window is a warning.
/// Recommended action: lend an e-KTP Mobile unit for door-to-door re-recording (<em>jemput bola</em>).
/// </summary>
/// <remarks>
/// <para>
/// At most one finding per kecamatan; the backlog is the ledger's at the end of the window's last day (R3). Evaluated
/// with or without an inventory.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class MobileUnitRecommendedRule : IIncidentRule
{
    /// <summary>The rule's id, <c>mobile-unit-recommended</c>.</summary>
    public const string RuleId = "mobile-unit-recommended";

    /// <summary>Creates the rule.</summary>
    /// <param name="backlogThreshold">The backlog from which a mobile unit is recommended; at least 1. Default 500 (R8).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="backlogThreshold"/> is below 1.</exception>
    public MobileUnitRecommendedRule(long backlogThreshold = 500)
    {
        Preconditions.AtLeast(backlogThreshold, 1, nameof(backlogThreshold), $"{nameof(backlogThreshold)} of '{RuleId}'", "resident to re-record");
        BacklogThreshold = backlogThreshold;
    }

    /// <inheritdoc />
    public string Id => RuleId;

    /// <summary>The backlog from which a mobile unit is recommended (default 500).</summary>
    public long BacklogThreshold { get; }

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(IncidentRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = new List<Finding>();
        long threshold = BacklogThreshold;
        foreach (var code in context.KecamatanCodes)
        {
            long backlog = context.GetBacklog(code);
            if (backlog >= threshold)
            {
                result.Add(new Finding(RuleId, FindingSeverity.Warning, code, null, new MobileUnitRecommendedDetails(backlog, threshold))
                {
                    Date = context.Window.End,
                });
            }
        }

        return result;
    }
}
