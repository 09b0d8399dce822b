using System;
using EktpDomain.Findings;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>The words of R12 <c>low-turnout</c>: how many of the invited came, the turnout and the threshold; the camat follows up.</summary>
internal sealed class LowTurnoutText : RuleText<LowTurnoutDetails>
{
    protected override string EnglishMessage(IFindingLanguage language, LowTurnoutDetails details)
    {
        var invitations = details.Invitations;
        return $"Only {language.FormatCount(invitations.Attended)} of {language.FormatCount(invitations.Invited)} invited residents came in the window: a turnout of {FormatTurnout(language, details)}% (threshold: {language.FormatShare(details.ThresholdPercent)}%).";
    }

    protected override string EnglishAction =>
        "Ask the camat to follow up the invited residents who did not come, and send them new summons (surat panggilan).";

    protected override string IndonesianMessage(IFindingLanguage language, LowTurnoutDetails details)
    {
        var invitations = details.Invitations;
        return $"Hanya {language.FormatCount(invitations.Attended)} dari {language.FormatCount(invitations.Invited)} penduduk yang diundang datang dalam periode ini: kehadiran {FormatTurnout(language, details)}% (ambang: {language.FormatShare(details.ThresholdPercent)}%).";
    }

    protected override string IndonesianAction =>
        "Minta camat menindaklanjuti penduduk yang diundang tetapi tidak datang, dan kirim surat panggilan baru.";

    /// <summary>
    /// The turnout in percent as <see cref="IFindingLanguage.FormatPercent"/> writes it, with one decimal; with more (up
    /// to six, then rounded down) only when one would round it up to the threshold it is below: 59.96 shows as 59.96,
    /// not 60.0.
    /// </summary>
    private static string FormatTurnout(IFindingLanguage language, LowTurnoutDetails details)
    {
        decimal turnout = details.TurnoutRatio.ToDecimal() * 100;
        for (int decimals = 1; decimals <= 6; decimals++)
        {
            if (Math.Round(turnout, decimals, MidpointRounding.AwayFromZero) < details.ThresholdPercent)
            {
                return language.FormatPercent(turnout, decimals);
            }
        }

        return language.FormatPercent(Math.Floor(turnout * 1_000_000) / 1_000_000, 6);
    }
}
