using System;
using System.Globalization;
using EktpDomain.Recording;

namespace EktpDomain.Findings;

/// <summary>The facts of an R12 <c>low-turnout</c> finding: the invitations over the window and the threshold the turnout fell below.</summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class LowTurnoutDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="invitations">The invitations over the window; at least 1 invited.</param>
    /// <param name="thresholdPercent">The rule's threshold in percent; above 0, at most 100, and above the turnout.</param>
    /// <exception cref="ArgumentOutOfRangeException">Nobody was invited, or the threshold is out of range or not above the turnout.</exception>
    public LowTurnoutDetails(InvitationTotals invitations, decimal thresholdPercent)
    {
        if (invitations.Invited < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(invitations), invitations, "A low-turnout finding needs at least 1 invited resident.");
        }

        if (thresholdPercent is <= 0 or > 100 || invitations.TurnoutRatio >= Ratio.FromPercent(thresholdPercent))
        {
            throw new ArgumentOutOfRangeException(
                nameof(thresholdPercent),
                thresholdPercent,
                string.Create(CultureInfo.InvariantCulture, $"A low-turnout finding needs a threshold above 0, at most 100 and above the turnout ({invitations}), but has {thresholdPercent}."));
        }

        Invitations = invitations;
        ThresholdPercent = thresholdPercent;
    }

    /// <summary>The residents invited over the window, and how many came.</summary>
    public InvitationTotals Invitations { get; }

    /// <summary>The turnout, attended ÷ invited, exact.</summary>
    public Ratio TurnoutRatio => Invitations.TurnoutRatio!.Value;

    /// <summary>The rule's threshold, in percent.</summary>
    public decimal ThresholdPercent { get; }
}
