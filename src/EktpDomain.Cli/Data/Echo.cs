using System;
using System.Globalization;
using System.Text;

namespace EktpDomain.Cli.Data;

/// <summary>
/// Shows a bad input value inside an error message safely: control characters as code points, long values
/// shortened, and any run of 12 or more digits masked, because such a run may be a NIK (R11).
/// </summary>
internal static class Echo
{
    private const int MaxLength = 40;

    public static string Value(ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder();
        int i = 0;
        while (i < value.Length && builder.Length < MaxLength)
        {
            int run = 0;
            while (i + run < value.Length && char.IsAsciiDigit(value[i + run]))
            {
                run++;
            }

            if (run >= 12)
            {
                builder.Append(value.Slice(i, 6)).Append('*', run - 10).Append(value.Slice(i + run - 4, 4));
                i += run;
                continue;
            }

            if (run > 0)
            {
                builder.Append(value.Slice(i, run));
                i += run;
                continue;
            }

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
