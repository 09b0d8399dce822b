using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EktpDomain.Residents;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Reliability;

/// <summary>
/// The <see cref="RegionCode"/> and <see cref="Nik"/> parsers on corrupted text: TryParse never throws, Parse throws
/// only FormatException, and no message shows 16 digits in a row. A fixed seed runs in the suite; EKTP_FUZZ_CASES and
/// EKTP_FUZZ_SEED make a long run (README, "Reliability").
/// </summary>
public class ParserFuzzTests
{
    private static readonly LocalDate Reference = new(2012, 4, 30);

    private static readonly string[] Seeds =
    [
        "36.03.30", "36.03.27.2004", "360330", "3603302001", "36", "36.03", "0", "91.03.01.3007",
        "3603274107950001", "3603270101120001", "3603272902000001", "3603276902000003",
    ];

    private static readonly char[] Alphabet =
    [
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '.', '-', ' ', '\0', '\t', '\n', 'a', 'Z', '３', '٣', '٫', '+', '*', '\u200B',
    ];

    public static int Cases => int.TryParse(Environment.GetEnvironmentVariable("EKTP_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 5_000 / Support.Cases.Divisor;

    private static int BaseSeed => Environment.GetEnvironmentVariable("EKTP_FUZZ_SEED") switch
    {
        null or "" => 17_081_945,
        "random" => Environment.TickCount,
        var s => int.Parse(s, CultureInfo.InvariantCulture),
    };

    [Fact]
    public void RegionCode_CorruptedText_NeverCrashes()
    {
        var random = new Random(BaseSeed);
        for (int i = 0; i < Cases; i++)
        {
            string text = Mutate(random, Seeds[random.Next(Seeds.Length)]);
            bool ok = RegionCode.TryParse(text.AsSpan(), out var code, out string? error);
            if (ok)
            {
                Assert.Equal(code, RegionCode.Parse(code.ToString()));
                Assert.Null(error);
            }
            else
            {
                Assert.NotNull(error);
                var thrown = Assert.Throws<FormatException>(() => RegionCode.Parse(text));
                Assert.Equal(error, thrown.Message);
                AssertPrintable(thrown.Message, text);
            }
        }
    }

    [Fact]
    public void Nik_CorruptedText_NeverCrashes_AndNeverEchoesTheDigits()
    {
        var random = new Random(BaseSeed + 1);
        for (int i = 0; i < Cases; i++)
        {
            string text = Mutate(random, Seeds[random.Next(8, Seeds.Length)]);
            foreach (var mode in new[] { NikParseMode.Strict, NikParseMode.Lenient })
            {
                bool ok = Nik.TryParse(text.AsSpan(), Reference, mode, out var nik, out string? error, out string? warning);
                if (ok)
                {
                    Assert.DoesNotMatch(@"\d{16}", nik.ToString());
                    Assert.Equal(nik, Nik.Parse(nik.RevealDigits(), Reference, mode));
                    if (warning is not null)
                    {
                        Assert.DoesNotMatch(@"\d{16}", warning);
                    }
                }
                else
                {
                    Assert.NotNull(error);
                    var thrown = Assert.Throws<FormatException>(() => Nik.Parse(text, Reference, mode));
                    AssertPrintable(thrown.Message, text);
                    Assert.DoesNotMatch(@"\d{16}", error);
                }
            }
        }
    }

    private static void AssertPrintable(string message, string input)
    {
        Assert.DoesNotContain('\0', message);
        Assert.False(Regex.IsMatch(message, @"\d{16}"), $"The message for '{Escape(input)}' shows 16 digits: {message}");
    }

    private static string Mutate(Random random, string seed)
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
