using System;
using EktpDomain.Findings;

namespace EktpDomain.Reporting.FindingTexts;

/// <summary>
/// The words of one built-in details type: the message of its findings and its recommended action, in English and in
/// Bahasa Indonesia. Each details type has one subclass in one file of this folder, listed once in
/// <see cref="RuleTexts"/>; <c>ReportText.FindingMessage</c> and <c>FindingAction</c> render through it.
/// </summary>
internal abstract class RuleText
{
    /// <summary>The details type whose findings this text renders.</summary>
    public abstract Type DetailsType { get; }

    /// <summary>The message of a finding, unmasked (<c>ReportText.FindingMessage</c> masks it).</summary>
    /// <param name="language">The report language.</param>
    /// <param name="details">The finding's details, of <see cref="DetailsType"/>.</param>
    /// <returns>The message in the language's words.</returns>
    public abstract string Message(IFindingLanguage language, FindingDetails details);

    /// <summary>The recommended action, unmasked (<c>ReportText.FindingAction</c> masks it).</summary>
    /// <param name="language">The report language.</param>
    /// <returns>The action in the language's words.</returns>
    public abstract string Action(IFindingLanguage language);

    /// <summary>Whether a language reads the Indonesian words (code <c>id</c>, in any case); every other reads the English ones.</summary>
    private protected static bool IsIndonesian(IFindingLanguage language) =>
        string.Equals(language.LanguageCode, "id", StringComparison.OrdinalIgnoreCase);

    /// <summary>A count of working days in English words: "1 working day", "5 working days".</summary>
    private protected static string WorkingDays(IFindingLanguage language, long days) =>
        $"{language.FormatCount(days)} {(days == 1 ? "working day" : "working days")}";
}

/// <summary>The words of the findings of one details type, <typeparamref name="TDetails"/>: a message and an action in each language.</summary>
/// <typeparam name="TDetails">The details type.</typeparam>
internal abstract class RuleText<TDetails> : RuleText
    where TDetails : FindingDetails
{
    public sealed override Type DetailsType => typeof(TDetails);

    public sealed override string Message(IFindingLanguage language, FindingDetails details) =>
        IsIndonesian(language) ? IndonesianMessage(language, (TDetails)details) : EnglishMessage(language, (TDetails)details);

    public sealed override string Action(IFindingLanguage language) =>
        IsIndonesian(language) ? IndonesianAction : EnglishAction;

    /// <summary>The message in English, with the language's formats.</summary>
    protected abstract string EnglishMessage(IFindingLanguage language, TDetails details);

    /// <summary>The recommended action in English.</summary>
    protected abstract string EnglishAction { get; }

    /// <summary>The message in Bahasa Indonesia, with the language's formats.</summary>
    protected abstract string IndonesianMessage(IFindingLanguage language, TDetails details);

    /// <summary>The recommended action in Bahasa Indonesia.</summary>
    protected abstract string IndonesianAction { get; }
}
