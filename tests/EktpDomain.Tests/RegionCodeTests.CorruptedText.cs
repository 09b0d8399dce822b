using System;
using EktpDomain.Tests.Support;
using Xunit;

namespace EktpDomain.Tests;

/// <summary>
/// The region code parser on corrupted text: TryParse never throws, Parse throws only FormatException, and no message
/// shows 16 digits in a row.
/// </summary>
public partial class RegionCodeTests
{
    [Fact]
    public void RegionCode_CorruptedText_NeverCrashes()
    {
        var random = new Random(CorruptedText.BaseSeed);
        for (int i = 0; i < CorruptedText.Count; i++)
        {
            string text = CorruptedText.Mutate(random, CorruptedText.Seeds[random.Next(CorruptedText.Seeds.Length)]);
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
                CorruptedText.AssertPrintable(thrown.Message, text);
            }
        }
    }
}
