using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using EktpDomain.Capacity;
using EktpDomain.Incidents;

namespace EktpDomain.Findings;

/// <summary>
/// R8 <c>long-outage</c>: one merged outage of at least 3 working days is a warning, of at least 14 a critical
/// finding. Recommended action: escalate to the regency office and request a replacement component.
/// </summary>
/// <remarks>
/// <para>
/// One finding per merged outage interval (<see cref="CapacityAnalysis.Outages"/>), for a set or for a whole site; a
/// site-wide finding has no device. The duration is <see cref="Outage.WorkingDays"/>: the working days of the
/// outage's kecamatan, counted inside the window (R8). A device rule: without an inventory it finds nothing.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class LongOutageRule : IIncidentRule
{
    /// <summary>The rule's id, <c>long-outage</c>.</summary>
    public const string RuleId = "long-outage";

    /// <summary>Creates the rule with its thresholds.</summary>
    /// <param name="warningWorkingDays">The working days from which an outage is a warning; at least 1. Default 3 (R8).</param>
    /// <param name="criticalWorkingDays">The working days from which it is critical; at least <paramref name="warningWorkingDays"/>. Default 14 (R8).</param>
    /// <exception cref="ArgumentOutOfRangeException">The thresholds are not 1 ≤ warning ≤ critical.</exception>
    public LongOutageRule(int warningWorkingDays = 3, int criticalWorkingDays = 14)
    {
        Preconditions.AtLeast(warningWorkingDays, 1, nameof(warningWorkingDays), $"{nameof(warningWorkingDays)} of '{RuleId}'", "working day");
        if (criticalWorkingDays < warningWorkingDays)
        {
            throw new ArgumentOutOfRangeException(
                nameof(criticalWorkingDays),
                criticalWorkingDays,
                string.Create(CultureInfo.InvariantCulture, $"The critical threshold of '{RuleId}' ({criticalWorkingDays} working days) must be at least its warning threshold ({warningWorkingDays})."));
        }

        WarningWorkingDays = warningWorkingDays;
        CriticalWorkingDays = criticalWorkingDays;
    }

    /// <inheritdoc />
    public string Id => RuleId;

    /// <summary>The working days from which an outage is a warning (default 3).</summary>
    public int WarningWorkingDays { get; }

    /// <summary>The working days from which an outage is critical (default 14).</summary>
    public int CriticalWorkingDays { get; }

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(IncidentRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Capacity is null)
        {
            return [];
        }

        return context.Capacity.Outages
            .Where(o => o.WorkingDays >= WarningWorkingDays && context.Contains(o.Kecamatan))
            .Select(o => new Finding(
                RuleId,
                o.WorkingDays >= CriticalWorkingDays ? FindingSeverity.Critical : FindingSeverity.Warning,
                o.Kecamatan,
                o.Device,
                new LongOutageDetails(o))
            {
                Date = o.Interval.Start,
                Incidents = [.. o.Incidents.Select(i => i.Id)],
            })
            .ToImmutableArray();
    }
}
