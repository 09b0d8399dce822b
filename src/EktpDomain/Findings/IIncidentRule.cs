using System.Collections.Generic;

namespace EktpDomain.Findings;

/// <summary>
/// An incident rule (R8): a small object that turns incidents, outages and the ledger of a window into findings.
/// </summary>
/// <remarks>
/// The seven built-in rules implement this interface; an <see cref="IncidentRuleSet"/> holds the rules to run, and
/// users can remove a rule, replace it with a reconfigured one, or add their own. Implementations must be immutable
/// and thread-safe.
/// </remarks>
public interface IIncidentRule
{
    /// <summary>The rule's id, such as <c>long-outage</c>: unique within a rule set, and carried by its findings.</summary>
    string Id { get; }

    /// <summary>Evaluates the rule over a window.</summary>
    /// <param name="context">The data, the window, and the outages and capacity computed for it.</param>
    /// <returns>The findings, in any order; the rule set sorts them.</returns>
    IEnumerable<Finding> Evaluate(IncidentRuleContext context);
}
