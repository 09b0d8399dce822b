using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace EktpDomain.Findings;

/// <summary>
/// The details of a custom rule's finding: fixed texts, one <see cref="FindingText"/> per language, English among
/// them.
/// </summary>
/// <remarks>
/// <para>
/// A report shows the text whose <see cref="FindingText.LanguageCode"/> is the report language's code, and the English
/// text in any other language: a rule written with Indonesian and English texts still reads in a third language.
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class CustomFindingDetails : FindingDetails
{
    private const string FallbackLanguageCode = "en";

    private readonly FindingText english;

    /// <summary>Creates the details.</summary>
    /// <param name="texts">The texts, one per language; one of them in English (<c>en</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">There is no English text, or two texts are in the same language.</exception>
    public CustomFindingDetails(params IEnumerable<FindingText> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var list = texts.ToImmutableArray();
        if (list.Any(t => t is null))
        {
            throw new ArgumentNullException(nameof(texts), "The texts of a custom finding contain a null item.");
        }

        var twice = list.GroupBy(t => t.LanguageCode, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"A custom finding has more than one text in language '{twice.Key}'; give one per language.", nameof(texts));
        }

        english = list.FirstOrDefault(t => t.LanguageCode == FallbackLanguageCode)
            ?? throw new ArgumentException(
                $"A custom finding needs an English ('{FallbackLanguageCode}') text, which reports in other languages fall back to; it has: {(list.IsEmpty ? "none" : string.Join(", ", list.Select(t => t.LanguageCode)))}.",
                nameof(texts));
        Texts = list;
    }

    /// <summary>The texts, one per language, in the order given.</summary>
    public ImmutableArray<FindingText> Texts { get; }

    /// <summary>The text in a language: the one with that code (case-insensitive), else the English one.</summary>
    /// <param name="languageCode">The language code, such as <c>id</c>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="languageCode"/> is null.</exception>
    public FindingText GetText(string languageCode)
    {
        ArgumentNullException.ThrowIfNull(languageCode);
        foreach (var text in Texts)
        {
            if (string.Equals(text.LanguageCode, languageCode, StringComparison.OrdinalIgnoreCase))
            {
                return text;
            }
        }

        return english;
    }
}

/// <summary>A custom finding's message and recommended action in one language.</summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class FindingText
{
    /// <summary>Creates the text.</summary>
    /// <param name="languageCode">The language's code, two or three ASCII letters such as <c>id</c> or <c>en</c>; kept in lower case.</param>
    /// <param name="message">The message; not blank.</param>
    /// <param name="action">The recommended action; not blank.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="languageCode"/> is not two or three letters, or a text is blank.</exception>
    public FindingText(string languageCode, string message, string action)
    {
        ArgumentNullException.ThrowIfNull(languageCode);
        if (languageCode.Length is < 2 or > 3 || !languageCode.All(char.IsAsciiLetter))
        {
            throw new ArgumentException(
                PersonalData.Redact($"The language code of a finding text must be two or three letters, such as 'id' or 'en', but is '{languageCode}'."),
                nameof(languageCode));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        LanguageCode = languageCode.ToLowerInvariant();
        Message = message;
        Action = action;
    }

    /// <summary>The language's code, in lower case.</summary>
    public string LanguageCode { get; }

    /// <summary>The message.</summary>
    public string Message { get; }

    /// <summary>The recommended action.</summary>
    public string Action { get; }
}
