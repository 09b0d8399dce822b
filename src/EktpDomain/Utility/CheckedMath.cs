using System;
using System.Globalization;

namespace EktpDomain.Utility;

/// <summary>
/// Checked arithmetic on counts that fails with a message saying what overflowed, instead of the BCL's bare
/// "Arithmetic operation resulted in an overflow" (R10: counts are long, with checked arithmetic).
/// </summary>
internal static class CheckedMath
{
    public static long Add(long left, long right, string what) =>
        AddOverflows(left, right, out long sum) ? throw Overflow(what, left, "+", right) : sum;

    /// <summary>As <see cref="Add(long, long, string)"/> for a figure of one region, named only when it overflows.</summary>
    public static long Add(long left, long right, string what, RegionCode region) =>
        AddOverflows(left, right, out long sum) ? throw Overflow($"{what} of {region}", left, "+", right) : sum;

    /// <summary>Adds a non-negative count to a running total; false (leaving the total unchanged) on overflow.</summary>
    public static bool TryAdd(ref long total, long value)
    {
        long result = unchecked(total + value);
        if (result < total)
        {
            return false;
        }

        total = result;
        return true;
    }

    public static long Subtract(long left, long right, string what) =>
        SubtractOverflows(left, right, out long difference) ? throw Overflow(what, left, "-", right) : difference;

    /// <summary>As <see cref="Subtract(long, long, string)"/> for a figure of one region, named only when it overflows.</summary>
    public static long Subtract(long left, long right, string what, RegionCode region) =>
        SubtractOverflows(left, right, out long difference) ? throw Overflow($"{what} of {region}", left, "-", right) : difference;

    public static long Multiply(long left, long right, string what)
    {
        long high = Math.BigMul(left, right, out long low);
        if ((high != 0 || low < 0) && (high != -1 || low >= 0))
        {
            throw Overflow(what, left, "×", right);
        }

        return low;
    }

    private static bool AddOverflows(long left, long right, out long sum)
    {
        sum = unchecked(left + right);
        return ((left ^ sum) & (right ^ sum)) < 0;
    }

    private static bool SubtractOverflows(long left, long right, out long difference)
    {
        difference = unchecked(left - right);
        return ((left ^ right) & (left ^ difference)) < 0;
    }

    private static OverflowException Overflow(string what, long left, string op, long right) =>
        new(PersonalData.Redact(string.Create(
            CultureInfo.InvariantCulture,
            $"The {what} overflows a 64-bit count: {left} {op} {right} is beyond the 64-bit limit of about ±9.2 × 10^18. Check the input for a corrupt or duplicated count.")));
}
