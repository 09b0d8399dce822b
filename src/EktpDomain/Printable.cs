using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace EktpDomain;

/// <summary>
/// Shows input text inside a message so that the message stays one printable line: control characters (such as a
/// line break or NUL) become <c>\uXXXX</c>.
/// </summary>
/// <remarks>
/// The one copy of this escaping for the whole library. It lives in the root namespace, not in Utility, because
/// <see cref="DataProblem"/> and <see cref="RegionCode"/> use it and the root namespace uses no other.
/// </remarks>
internal static class Printable
{
    /// <summary>How many characters of an echoed value a message shows before it is cut with "…".</summary>
    public const int EchoLength = 40;

    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(ControlCharacterList());

    /// <summary><paramref name="text"/> with its control characters as <c>\uXXXX</c>; the same string when it has none.</summary>
    public static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAny(ControlCharacters))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> with its control characters as <c>\uXXXX</c>.</summary>
    public static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsControl(c))
            {
                AppendCode(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    /// <summary>
    /// A bad input value as a message shows it: control characters and surrogates as <c>\uXXXX</c>, and once
    /// <see cref="EchoLength"/> characters are shown the rest replaced by "…".
    /// </summary>
    public static string Echo(ReadOnlySpan<char> value)
    {
        // Surrogates are escaped too, so that cutting the value never leaves half a pair in the message.
        var builder = new StringBuilder();
        int i = 0;
        while (i < value.Length && builder.Length < EchoLength)
        {
            char c = value[i++];
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                AppendCode(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }

        if (i < value.Length)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    /// <summary>Whether a character is named by its code point in a message, because it cannot be seen: a control character or white space.</summary>
    public static bool IsInvisible(char c) => char.IsControl(c) || char.IsWhiteSpace(c);

    /// <summary>The code point of a character, such as <c>U+0020</c>.</summary>
    public static string CodePoint(char c) => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");

    private static void AppendCode(StringBuilder builder, char c) =>
        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");

    private static string ControlCharacterList()
    {
        var builder = new StringBuilder();
        for (char c = '\0'; c <= '\u009F'; c++)
        {
            if (char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
