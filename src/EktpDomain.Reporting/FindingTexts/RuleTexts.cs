using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using EktpDomain.Findings;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>
/// The one list of the built-in rules' texts, by details type. A new built-in details type adds its text here, one
/// line; a type missing here fails <c>FindingRenderingTests</c>.
/// </summary>
internal static class RuleTexts
{
    private static readonly FrozenDictionary<Type, RuleText> ByDetailsType = new RuleText[]
    {
        new LongOutageText(),
        new NoWorkingDeviceText(),
        new DataLossText(),
        new MobileUnitRecommendedText(),
        new CredentialChangeText(),
        new LightningText(),
        new RepeatedFailureText(),
        new LowTurnoutText(),
        new UnsentRecordsText(),
        new UnsentAtRiskText(),
        new OverCoverageText(),
        new DataQualityText(),
    }.ToFrozenDictionary(text => text.DetailsType);

    /// <summary>Every built-in text.</summary>
    public static IEnumerable<RuleText> All => ByDetailsType.Values;

    /// <summary>The text of a built-in details type, or null for a <see cref="CustomFindingDetails"/>.</summary>
    /// <param name="details">The details.</param>
    /// <returns>The text, or null.</returns>
    public static RuleText? For(FindingDetails details) => ByDetailsType.GetValueOrDefault(details.GetType());
}
