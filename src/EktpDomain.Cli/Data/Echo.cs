using System;
using System.Globalization;
using System.Text;

namespace EktpDomain.Cli.Data;

/// <summary>
/// Shows a bad input value inside an error message safely: control characters as code points, long values
/// shortened, and any run of 12 or more digits masked by <see cref="PersonalData"/>, because such a run may be a NIK (R11).
/// </summary>
internal static class Echo
{
    private const int MaxLength = 40;

    public static string Value(ReadOnlySpan<char> value) => PersonalData.Redact(Printable(value));

    private static string Printable(ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder();
        int i = 0;
        while (i < value.Length && builder.Length < MaxLength)
        {
            char c = value[i++];
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
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
}
