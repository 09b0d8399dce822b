using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace EktpDomain;

/// <summary>
/// One problem found in bulk input, with where it came from. Formats as <c>FILE:LINE: message</c>,
/// <c>FILE: message</c>, or just the message when the source is unknown.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
public sealed class DataProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="location">Where the bad input came from, or <see cref="SourceLocation.None"/>.</param>
    /// <param name="message">
    /// What is wrong and which rule it breaks; not empty. Runs of 12 or more digits are masked (R11, <see cref="PersonalData"/>),
    /// and control characters, such as a line break inside an echoed value, are shown as <c>\uXXXX</c>, so that the
    /// problem always formats as one line.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="message"/> is null or empty.</exception>
    public DataProblem(SourceLocation location, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        Location = location;
        Message = PersonalData.Redact(OneLine(message));
    }

    /// <summary>Where the bad input came from.</summary>
    public SourceLocation Location { get; }

    /// <summary>What is wrong, naming the value and the rule.</summary>
    public string Message { get; }

    /// <summary>Formats as <c>FILE:LINE: message</c>, <c>FILE: message</c>, or the message alone.</summary>
    public override string ToString() => Location.IsKnown ? $"{Location}: {Message}" : Message;

    private static string OneLine(string message)
    {
        if (!message.AsSpan().ContainsAny(ControlCharacters))
        {
            return message;
        }

        var builder = new StringBuilder(message.Length + 16);
        foreach (char c in message)
        {
            if (char.IsControl(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(ControlCharacterList());

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
