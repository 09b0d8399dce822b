using System;
using System.Collections.Generic;
using System.Globalization;

namespace EktpDomain.Findings;

/// <summary>
/// R12 <c>low-turnout</c>: a turnout below 60 % over the window, where at least 100 residents were invited, is a
/// warning. Recommended action: the camat follows up the invited residents who did not come, with new summons.
/// </summary>
/// <remarks>
/// <para>
/// At most one finding per kecamatan; turnout = attended ÷ invited over the window's invitations
/// (<see cref="Recording.InvitationLog"/>), compared exactly. Without invitations it finds nothing.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class LowTurnoutRule : IIncidentRule
{
    /// <summary>The rule's id, <c>low-turnout</c>.</summary>
    public const string RuleId = "low-turnout";

    /// <summary>Creates the rule with its thresholds.</summary>
    /// <param name="thresholdPercent">The turnout, in percent, below which a kecamatan is reported; above 0 and at most 100. Default 60 (R12).</param>
    /// <param name="minimumInvited">The residents that must have been invited for the turnout to count; at least 1. Default 100 (R12).</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of range.</exception>
    public LowTurnoutRule(decimal thresholdPercent = 60, long minimumInvited = 100)
    {
        if (thresholdPercent is <= 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(
                nameof(thresholdPercent),
                thresholdPercent,
                string.Create(CultureInfo.InvariantCulture, $"The turnout threshold of '{RuleId}' must be above 0 and at most 100 percent, but is {thresholdPercent}."));
        }

        Preconditions.AtLeast(minimumInvited, 1, nameof(minimumInvited), $"{nameof(minimumInvited)} of '{RuleId}'", "invited resident");
        ThresholdPercent = thresholdPercent;
        MinimumInvited = minimumInvited;
    }

    /// <inheritdoc />
    public string Id => RuleId;

    /// <summary>The turnout, in percent, below which a kecamatan is reported (default 60).</summary>
    public decimal ThresholdPercent { get; }

    /// <summary>The residents that must have been invited for the turnout to count (default 100).</summary>
    public long MinimumInvited { get; }

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(IncidentRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = new List<Finding>();
        if (context.Invitations is null)
        {
            return result;
        }

        var threshold = Ratio.FromPercent(ThresholdPercent);
        foreach (var code in context.KecamatanCodes)
        {
            var invitations = context.Invitations.GetTotals(code, context.Window);
            if (invitations.Invited >= MinimumInvited && invitations.TurnoutRatio < threshold)
            {
                result.Add(new Finding(RuleId, FindingSeverity.Warning, code, null, new LowTurnoutDetails(invitations, ThresholdPercent)));
            }
        }

        return result;
    }
}
