using System;

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
        Message = PersonalData.Redact(Printable.Escape(message));
    }

    /// <summary>Where the bad input came from.</summary>
    public SourceLocation Location { get; }

    /// <summary>What is wrong, naming the value and the rule.</summary>
    public string Message { get; }

    /// <summary>
    /// Shows a bad input value safely inside a message, such as <c>$"unknown kind '{DataProblem.Echo(value)}'"</c>:
    /// control characters and surrogates as <c>\uXXXX</c>, at most 40 characters followed by "…" when the value is
    /// longer, and any run of 12 or more digits masked, because it may be a NIK (R11, <see cref="PersonalData"/>).
    /// </summary>
    /// <param name="value">The value as read.</param>
    /// <returns>The value as a message may show it.</returns>
    public static string Echo(ReadOnlySpan<char> value) => PersonalData.Redact(Printable.Echo(value));

    /// <summary>Formats as <c>FILE:LINE: message</c>, <c>FILE: message</c>, or the message alone.</summary>
    public override string ToString() => Location.IsKnown ? $"{Location}: {Message}" : Message;
}
