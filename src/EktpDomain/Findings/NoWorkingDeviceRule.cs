using System;
using System.Collections.Generic;
using EktpDomain.Capacity;

namespace EktpDomain.Findings;

/// <summary>
/// R8 <c>no-working-device</c>: a working day on which the kecamatan has no available recording set is critical.
/// Recommended action: lend a set or a mobile unit.
/// </summary>
/// <remarks>
/// <para>
/// At most one finding per kecamatan; its details carry the number of such working days and the first of them
/// (<see cref="KecamatanCapacity.DaysWithoutDevice"/>). A day counts when no set is assigned there, or every assigned
/// set is touched by an outage. A device rule: without an inventory it finds nothing. With an inventory, a kecamatan
/// that has no set at all in the window has no available set on any working day, and is reported.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class NoWorkingDeviceRule : IIncidentRule
{
    /// <summary>The rule's id, <c>no-working-device</c>.</summary>
    public const string RuleId = "no-working-device";

    /// <summary>Creates the rule.</summary>
    /// <param name="minimumWorkingDays">The number of working days without a set from which it reports; at least 1. Default 1 (R8).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumWorkingDays"/> is below 1.</exception>
    public NoWorkingDeviceRule(int minimumWorkingDays = 1)
    {
        Preconditions.AtLeast(minimumWorkingDays, 1, nameof(minimumWorkingDays), $"{nameof(minimumWorkingDays)} of '{RuleId}'", "working day");
        MinimumWorkingDays = minimumWorkingDays;
    }

    /// <inheritdoc />
    public string Id => RuleId;

    /// <summary>The number of working days without a set from which the rule reports (default 1).</summary>
    public int MinimumWorkingDays { get; }

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(IncidentRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = new List<Finding>();
        if (context.Capacity is null)
        {
            return result;
        }

        foreach (var code in context.KecamatanCodes)
        {
            var row = context.Capacity[code];
            if (row.DaysWithoutDevice >= MinimumWorkingDays)
            {
                result.Add(new Finding(RuleId, FindingSeverity.Critical, code, null, new NoWorkingDeviceDetails(row.DaysWithoutDevice, row.FirstDayWithoutDevice))
                {
                    Date = row.FirstDayWithoutDevice,
                });
            }
        }

        return result;
    }
}
