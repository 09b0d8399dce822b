using System;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace EktpDomain.Tests.Support;

/// <summary>
/// Corrupted region codes and NIKs for the parsers' tests (<c>RegionCodeTests.CorruptedText</c>,
/// <c>NikTests.CorruptedText</c>): valid texts with random edits. A fixed seed runs in the suite; EKTP_FUZZ_CASES and
/// EKTP_FUZZ_SEED make a long run (README, "Reliability").
/// </summary>
internal static class CorruptedText
{
    /// <summary>The texts to corrupt: region codes in every form, then (from <see cref="FirstNik"/>) NIKs.</summary>
    public static readonly string[] Seeds =
    [
        "36.03.30", "36.03.27.2004", "360330", "3603302001", "36", "36.03", "0", "91.03.01.3007",
        "3603274107950001", "3603270101120001", "3603272902000001", "3603276902000003",
    ];

    public const int FirstNik = 8;

    private static readonly char[] Alphabet =
    [
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '.', '-', ' ', '\0', '\t', '\n', 'a', 'Z', '３', '٣', '٫', '+', '*', '\u200B',
    ];

    public static int Count => Cases.FromEnvironment(5_000);

    public static int BaseSeed => Cases.Seed(17_081_945);

    public static void AssertPrintable(string message, string input)
    {
        Assert.DoesNotContain('\0', message);
        Assert.False(Regex.IsMatch(message, @"\d{16}"), $"The message for '{Escape(input)}' shows 16 digits: {message}");
    }

    public static string Mutate(Random random, string seed)
    {
        var text = new StringBuilder(seed);
        int edits = random.Next(0, 4);
        for (int e = 0; e < edits; e++)
        {
            int at = text.Length == 0 ? 0 : random.Next(text.Length);
            switch (random.Next(5))
            {
                case 0 when text.Length > 0:
                    text[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                case 1:
                    text.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2 when text.Length > 0:
                    text.Remove(at, 1);
                    break;
                case 3:
                    text.Append(random.Next(2) == 0 ? "0" : ".01");
                    break;
                default:
                    if (text.Length > 1)
                    {
                        text.Length = random.Next(text.Length);
                    }

                    break;
            }
        }

        if (random.Next(50) == 0)
        {
            text.Append(new string('9', random.Next(10, 200)));
        }

        return text.ToString();
    }

    private static string Escape(string text) => Regex.Replace(text, @"[\x00-\x1f]", m => $"\\u{(int)m.Value[0]:X4}");
}
