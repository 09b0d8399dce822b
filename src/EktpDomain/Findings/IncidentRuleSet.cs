using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Linq;

namespace EktpDomain.Findings;

/// <summary>
/// The incident rules to run (R8), with unique ids. <see cref="Default"/> has the eleven rules of R8, R12, R13, R23 and R25 with their default
/// thresholds; <see cref="Without(string)"/> turns one off, <see cref="With(IIncidentRule)"/> reconfigures one (a rule
/// with the same id replaces it) or adds a custom rule.
/// </summary>
/// <example>
/// <code>
/// var rules = IncidentRuleSet.Default
///     .Without(LightningRule.RuleId)
///     .With(new LongOutageRule(warningWorkingDays: 5, criticalWorkingDays: 10));
/// </code>
/// </example>
/// <remarks>Equality is reference equality. Immutable and thread-safe, provided its rules are.</remarks>
public sealed class IncidentRuleSet
{
    /// <summary>Creates a set of rules.</summary>
    /// <param name="rules">The rules, run in this order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or a rule is null.</exception>
    /// <exception cref="ArgumentException">A rule's id is blank, or two rules have the same id.</exception>
    public IncidentRuleSet(IEnumerable<IIncidentRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToImmutableArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in list)
        {
            if (rule is null)
            {
                throw new ArgumentNullException(nameof(rules), "A rule set cannot contain a null rule.");
            }

            if (string.IsNullOrWhiteSpace(rule.Id))
            {
                throw new ArgumentException($"The rule {rule.GetType().Name} has a blank id; every rule needs an id.", nameof(rules));
            }

            if (!ids.Add(rule.Id))
            {
                throw new ArgumentException($"Two rules have the id '{rule.Id}'; ids must be unique in a rule set. Use With(rule) to replace a rule.", nameof(rules));
            }
        }

        Rules = list;
    }

    /// <summary>
    /// The seven rules of R8 with their default thresholds: <c>long-outage</c> (3 and 14 working days),
    /// <c>no-working-device</c>, <c>data-loss</c>, <c>mobile-unit-recommended</c> (backlog 500),
    /// <c>credential-change</c>, <c>lightning</c>, <c>repeated-failure</c> (3 incidents within 90 days); and
    /// <c>low-turnout</c> of R12 (below 60 % of at least 100 invited), <c>unsent-records</c> of R13 (500 records, 3
    /// working days), <c>over-coverage</c> of R23 and <c>data-quality</c> of R25.
    /// </summary>
    public static IncidentRuleSet Default { get; } = new(
    [
        new LongOutageRule(),
        new NoWorkingDeviceRule(),
        new DataLossRule(),
        new MobileUnitRecommendedRule(),
        new CredentialChangeRule(),
        new LightningRule(),
        new RepeatedFailureRule(),
        new LowTurnoutRule(),
        new UnsentRecordsRule(),
        new OverCoverageRule(),
        new DataQualityRule(),
    ]);

    /// <summary>No rules: no findings.</summary>
    public static IncidentRuleSet Empty { get; } = new([]);

    /// <summary>The rules, in the order they run.</summary>
    public ImmutableArray<IIncidentRule> Rules { get; }

    /// <summary>The ids of the rules, in order.</summary>
    public IEnumerable<string> Ids => Rules.Select(r => r.Id);

    /// <summary>The rule with the given id.</summary>
    /// <param name="id">The id (ordinal).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No rule has that id.</exception>
    public IIncidentRule this[string id] =>
        Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"No rule has the id '{id}'; the rules are: {string.Join(", ", Ids)}.");

    /// <summary>Whether a rule has the given id.</summary>
    /// <param name="id">The id (ordinal).</param>
    /// <returns>True when the set has the rule.</returns>
    public bool Contains(string id) => Rules.Any(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>A copy without the rule with the given id: the rule is turned off.</summary>
    /// <param name="id">The rule's id, such as <c>lightning</c>.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No rule has that id (a misspelt id would otherwise turn nothing off).</exception>
    [Pure]
    public IncidentRuleSet Without(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Contains(id)
            ? new(Rules.Where(r => !string.Equals(r.Id, id, StringComparison.Ordinal)))
            : throw new KeyNotFoundException($"No rule has the id '{id}', so none can be turned off; the rules are: {string.Join(", ", Ids)}.");
    }

    /// <summary>A copy with <paramref name="rule"/>: it replaces the rule with the same id in place, or is added last.</summary>
    /// <param name="rule">The rule, such as <c>new LongOutageRule(5, 10)</c> or a custom rule.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The rule's id is blank.</exception>
    [Pure]
    public IncidentRuleSet With(IIncidentRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Contains(rule.Id)
            ? new(Rules.Select(r => string.Equals(r.Id, rule.Id, StringComparison.Ordinal) ? rule : r))
            : new(Rules.Add(rule));
    }

    /// <summary>
    /// Runs every rule and returns their findings in report order (<see cref="Finding.ReportOrder"/>), each with its
    /// kecamatan's name (<see cref="Finding.KecamatanName"/>) from the data when the rule gave none.
    /// </summary>
    /// <param name="context">The data and window.</param>
    /// <returns>The findings: critical first, then by kecamatan code, rule id, set and date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public ImmutableArray<Finding> Evaluate(IncidentRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();
        foreach (var rule in Rules)
        {
            foreach (var finding in rule.Evaluate(context))
            {
                var found = finding ?? throw new InvalidOperationException($"The rule '{rule.Id}' returned a null finding.");
                findings.Add(found.KecamatanName is null ? found.WithKecamatanName(context.Data.GetName(found.Kecamatan)) : found);
            }
        }

        return [.. findings.OrderBy(f => f, Finding.ReportOrder)];
    }
}
