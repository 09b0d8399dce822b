using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Incidents;
using NodaTime;

namespace EktpDomain.Findings;

/// <summary>
/// R8 <c>repeated-failure</c>: at least 3 incidents on one recording set whose start dates fall within any 90 days,
/// the last of them in the window, is a warning. Recommended action: replace the set.
/// </summary>
/// <remarks>
/// <para>
/// "Incidents on one set" are the incidents that name the set; site-wide incidents are not failures of a set.
/// "Within 90 days" means the first and the last start date are at most 89 days apart (all of them fall inside one
/// run of 90 consecutive days). At most one finding per set: for the latest start date in the window that completes
/// such a run, with every incident that started in the 90 days up to it. The finding's kecamatan is that last
/// incident's. A device rule: without an inventory it finds nothing.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class RepeatedFailureRule : IIncidentRule
{
    /// <summary>The rule's id, <c>repeated-failure</c>.</summary>
    public const string RuleId = "repeated-failure";

    /// <summary>Creates the rule.</summary>
    /// <param name="minimumIncidents">The number of incidents from which a set is reported; at least 2. Default 3 (R8).</param>
    /// <param name="withinDays">The length of the run of days they must start in; at least 1. Default 90 (R8).</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of range.</exception>
    public RepeatedFailureRule(int minimumIncidents = 3, int withinDays = 90)
    {
        Preconditions.AtLeast(minimumIncidents, 2, nameof(minimumIncidents), $"{nameof(minimumIncidents)} of '{RuleId}'", "incidents");
        Preconditions.AtLeast(withinDays, 1, nameof(withinDays), $"{nameof(withinDays)} of '{RuleId}'", "day");
        MinimumIncidents = minimumIncidents;
        WithinDays = withinDays;
    }

    /// <inheritdoc />
    public string Id => RuleId;

    /// <summary>The number of incidents from which a set is reported (default 3).</summary>
    public int MinimumIncidents { get; }

    /// <summary>The length, in calendar days, of the run their start dates must fall in (default 90).</summary>
    public int WithinDays { get; }

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(IncidentRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = new List<Finding>();
        if (context.Inventory is null || context.Incidents is null)
        {
            return result;
        }

        var window = context.Window;
        foreach (var group in context.Incidents.Incidents.Where(i => i.Device is not null).GroupBy(i => i.Device!, StringComparer.Ordinal))
        {
            var starts = group.OrderBy(i => i.Start).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
            for (int last = starts.Count - 1; last >= MinimumIncidents - 1; last--)
            {
                var end = starts[last];
                if (!window.Contains(end.Start))
                {
                    continue;
                }

                int first = last;
                while (first > 0 && Period.DaysBetween(starts[first - 1].Start, end.Start) < WithinDays)
                {
                    first--;
                }

                if (last - first + 1 >= MinimumIncidents)
                {
                    var run = starts.GetRange(first, last - first + 1);
                    result.Add(Create(group.Key, run));
                    break;
                }
            }
        }

        return result.Where(f => context.Contains(f.Kecamatan));
    }

    private Finding Create(string device, List<Incident> run)
    {
        LocalDate last = run[^1].Start;
        return new Finding(RuleId, FindingSeverity.Warning, run[^1].Kecamatan, device, new RepeatedFailureDetails(device, run.Count, run[0].Start, last, WithinDays))
        {
            Date = last,
            Incidents = [.. run.Select(i => i.Id)],
        };
    }
}
