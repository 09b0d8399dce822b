using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace EktpDomain.Utility;

/// <summary>
/// Argument checks for counts whose exception messages never show 12 or more digits in a row (R11): the BCL's
/// <c>ThrowIfNegative</c> appends the actual value, which could be a NIK typed into a count.
/// </summary>
internal static class Guard
{
    public static void NotNegative(long value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                PersonalData.Redact(string.Create(CultureInfo.InvariantCulture, $"{paramName} must be 0 or more, but it is {value}.")));
        }
    }
}
