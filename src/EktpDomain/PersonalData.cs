using System;
using System.Text;

namespace EktpDomain;

/// <summary>
/// Keeps personal data out of text (R11): masks any run of 12 or more digits (ASCII or any other Unicode decimal digits), because such a run may be a NIK
/// or part of one. A 16-digit run is shown like a masked NIK, <c>360327******0001</c>: the first six and the last
/// four digits, with the rest as <c>*</c>.
/// </summary>
/// <remarks>
/// The library passes every message of a <see cref="DataProblem"/> and of its own exceptions that echoes input
/// through this filter, so a NIK typed into the wrong column, or a count that happens to be a NIK, never appears in
/// full. No real count has 12 digits, so no useful figure is lost. Thread-safe.
/// </remarks>
public static class PersonalData
{
    /// <summary>The shortest run of digits that is masked.</summary>
    public const int MaskedRunLength = 12;

    /// <summary>Masks every run of <see cref="MaskedRunLength"/> or more digits in <paramref name="text"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The text with long digit runs masked; the same text when there are none.</returns>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HasLongRun(text) ? Mask(text) : text;
    }

    /// <summary>Masks every run of <see cref="MaskedRunLength"/> or more digits in <paramref name="text"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The text with long digit runs masked.</returns>
    public static string Redact(ReadOnlySpan<char> text) => HasLongRun(text) ? Mask(text) : text.ToString();

    private static bool HasLongRun(ReadOnlySpan<char> text)
    {
        int run = 0;
        foreach (char c in text)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run >= MaskedRunLength)
            {
                return true;
            }
        }

        return false;
    }

    private static string Mask(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            int run = 0;
            while (i + run < text.Length && char.IsDigit(text[i + run]))
            {
                run++;
            }

            if (run >= MaskedRunLength)
            {
                builder.Append(text.Slice(i, 6)).Append('*', run - 10).Append(text.Slice(i + run - 4, 4));
                i += run;
            }
            else if (run > 0)
            {
                builder.Append(text.Slice(i, run));
                i += run;
            }
            else
            {
                builder.Append(text[i++]);
            }
        }

        return builder.ToString();
    }
}
