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

    /// <summary>
    /// Checks an option or a numeric argument against its least valid value. The message names the option, its unit and
    /// the value given, such as "AttainmentOptions.Throughput must be at least 1 recording per device-day, not -100.",
    /// and the parameter is the argument or property itself, never an init accessor's <c>value</c>.
    /// </summary>
    /// <param name="value">The value given.</param>
    /// <param name="minimum">The least valid value.</param>
    /// <param name="paramName">The parameter, or for an option the property, such as <c>Throughput</c>.</param>
    /// <param name="name">The option as the message names it, such as <c>AttainmentOptions.Throughput</c> or <c>trailingWorkingDays</c>.</param>
    /// <param name="unit">The unit after <paramref name="minimum"/>, such as "working day"; empty for none.</param>
    public static void AtLeast(long value, long minimum, string paramName, string name, string unit)
    {
        if (value < minimum)
        {
            string units = unit.Length == 0 ? string.Empty : " " + unit;
            throw new ArgumentOutOfRangeException(
                paramName,
                PersonalData.Redact(string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {minimum}{units}, not {value}.")));
        }
    }
}
