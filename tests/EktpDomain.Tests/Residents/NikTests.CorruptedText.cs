using System;
using EktpDomain.Residents;
using EktpDomain.Tests.Support;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Residents;

/// <summary>
/// The NIK parser on corrupted text: TryParse never throws, Parse throws only FormatException, and no message, warning
/// or parsed value shows 16 digits in a row.
/// </summary>
public partial class NikTests
{
    [Fact]
    public void Nik_CorruptedText_NeverCrashes_AndNeverEchoesTheDigits()
    {
        var random = new Random(CorruptedText.BaseSeed + 1);
        for (int i = 0; i < CorruptedText.Count; i++)
        {
            string text = CorruptedText.Mutate(random, CorruptedText.Seeds[random.Next(CorruptedText.FirstNik, CorruptedText.Seeds.Length)]);
            foreach (var mode in new[] { NikParseMode.Strict, NikParseMode.Lenient })
            {
                bool ok = Nik.TryParse(text.AsSpan(), AsOf, mode, out var nik, out string? error, out string? warning);
                if (ok)
                {
                    Assert.DoesNotMatch(@"\d{16}", nik.ToString());
                    Assert.Equal(nik, Nik.Parse(nik.RevealDigits(), AsOf, mode));
                    if (warning is not null)
                    {
                        Assert.DoesNotMatch(@"\d{16}", warning);
                    }
                }
                else
                {
                    Assert.NotNull(error);
                    var thrown = Assert.Throws<FormatException>(() => Nik.Parse(text, AsOf, mode));
                    CorruptedText.AssertPrintable(thrown.Message, text);
                    Assert.DoesNotMatch(@"\d{16}", error);
                }
            }
        }
    }
}
