using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Incidents;

namespace EktpDomain.Findings;

/// <summary>
/// R8 <c>credential-change</c>: an incident caused by an unauthorised credential (password) change is critical.
/// Recommended action: restore centrally managed credentials; train operators.
/// </summary>
/// <remarks>
/// <para>
/// One finding per such incident that overlaps the window (an ongoing one runs to the window's end), with the
/// incident's set if it names one. Evaluated with or without an inventory.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class CredentialChangeRule : IIncidentRule
{
    /// <summary>The rule's id, <c>credential-change</c>.</summary>
    public const string RuleId = "credential-change";

    /// <inheritdoc />
    public string Id => RuleId;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(IncidentRuleContext context) =>
        CauseRule.Evaluate(context, IncidentCause.CredentialChange, RuleId, FindingSeverity.Critical, i => new CredentialChangeDetails(i));
}

/// <summary>
/// R8 <c>lightning</c>: an incident caused by lightning is a warning. Recommended action: check the site's surge and
/// grounding protection.
/// </summary>
/// <remarks>
/// <para>
/// One finding per such incident that overlaps the window (an ongoing one runs to the window's end), with the
/// incident's set if it names one. Evaluated with or without an inventory.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class LightningRule : IIncidentRule
{
    /// <summary>The rule's id, <c>lightning</c>.</summary>
    public const string RuleId = "lightning";

    /// <inheritdoc />
    public string Id => RuleId;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(IncidentRuleContext context) =>
        CauseRule.Evaluate(context, IncidentCause.Lightning, RuleId, FindingSeverity.Warning, i => new LightningDetails(i));
}

/// <summary>One finding per incident of a cause overlapping the window (R8).</summary>
internal static class CauseRule
{
    public static IEnumerable<Finding> Evaluate(
        IncidentRuleContext context,
        IncidentCause cause,
        string ruleId,
        FindingSeverity severity,
        Func<Incident, FindingDetails> details)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Incidents is null)
        {
            return [];
        }

        return context.Incidents.Incidents
            .Where(i => i.Cause == cause && i.Overlaps(context.Window) && context.Contains(i.Kecamatan))
            .Select(i => new Finding(ruleId, severity, i.Kecamatan, i.Device, details(i))
            {
                Date = i.Start,
                Incidents = [i.Id],
            })
            .ToList();
    }
}
