using System;

namespace EktpDomain;

/// <summary>
/// The parser of <see cref="RegionCode"/>: the dotted Kemendagri form, the undotted form of a NIK, or <c>0</c> for the
/// nation, with a message that says which part is wrong and why. Apart from the value type, as <c>NikParser</c> is
/// apart from <c>Nik</c>.
/// </summary>
internal static class RegionCodeParser
{
    private const string Expected =
        "Expected PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD (Kemendagri), the undotted NIK form such as PPKKCC, or 0 for the nation.";

    // Error messages echo the input; a mistyped NIK is personal data, so long digit runs are masked (R11).
    public static string? TryParse(ReadOnlySpan<char> text, out RegionCode result)
    {
        string? error = TryParseUnredacted(text, out result);
        return error is null ? null : PersonalData.Redact(error);
    }

    private static string? TryParseUnredacted(ReadOnlySpan<char> text, out RegionCode result)
    {
        result = default;
        if (text.IsEmpty)
        {
            return "A region code cannot be empty. " + Expected;
        }

        if (text.Length > RegionCode.MaxFormattedLength)
        {
            return $"'{Printable.Echo(text)}' is not a region code: it has {text.Length} characters, more than the {RegionCode.MaxFormattedLength} of PP.KK.CC.DDDD. {Expected}";
        }

        if (text is "0")
        {
            return null;
        }

        Span<int> parts = stackalloc int[4];
        int count;
        if (text.Contains('.'))
        {
            if (text.Count('.') > 3)
            {
                return $"'{Printable.Echo(text)}' is not a region code: it has more than four parts. {Expected}";
            }

            count = 0;
            int start = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] != '.')
                {
                    continue;
                }

                ReadOnlySpan<char> part = text[start..i];
                int width = count == 3 ? 4 : 2;
                string? partError = ParsePart(text, part, count, width, out parts[count]);
                if (partError is not null)
                {
                    return partError;
                }

                count++;
                start = i + 1;
            }
        }
        else
        {
            count = text.Length switch
            {
                2 => 1,
                4 => 2,
                6 => 3,
                10 => 4,
                _ => 0,
            };
            if (count == 0)
            {
                return $"'{Printable.Echo(text)}' is not a region code: an undotted code has 2, 4, 6 or 10 digits, not {text.Length}. {Expected}";
            }

            for (int i = 0; i < count; i++)
            {
                int offset = i * 2;
                int width = i == 3 ? 4 : 2;
                string? partError = ParsePart(text, text.Slice(offset, width), i, width, out parts[i]);
                if (partError is not null)
                {
                    return partError;
                }
            }
        }

        result = new RegionCode(parts[0], count > 1 ? parts[1] : 0, count > 2 ? parts[2] : 0, count > 3 ? parts[3] : 0, trusted: true);
        return null;
    }

    private static string? ParsePart(ReadOnlySpan<char> text, ReadOnlySpan<char> part, int index, int width, out int value)
    {
        value = 0;
        string name = PartNames[index];
        if (part.Length != width)
        {
            return $"'{Printable.Echo(text)}' is not a region code: the {name} part '{Printable.Echo(part)}' must have exactly {width} digits. {Expected}";
        }

        foreach (char c in part)
        {
            if (!char.IsAsciiDigit(c))
            {
                return $"'{Printable.Echo(text)}' is not a region code: the {name} part '{Printable.Echo(part)}' contains '{Describe(c)}', but only the ASCII digits 0-9 are allowed. {Expected}";
            }

            value = (value * 10) + (c - '0');
        }

        if (value == 0)
        {
            return $"'{Printable.Echo(text)}' is not a region code: the {name} part cannot be {new string('0', width)}. {Expected}";
        }

        if (index == 3 && value < RegionCode.MinVillagePart)
        {
            return $"'{Printable.Echo(text)}' is not a region code: a village part starts with 1 (kelurahan), 2 (desa) or 3 (desa adat), not 0. {Expected}";
        }

        return null;
    }

    private static readonly string[] PartNames = ["province", "regency", "kecamatan", "village"];

    private static string Describe(char c) => Printable.IsInvisible(c) ? Printable.CodePoint(c) : c.ToString();
}
