using System.Diagnostics.Contracts;
using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace EktpDomain;

/// <summary>
/// An exact fraction of two integers, such as realised ÷ target or realised ÷ eligible. Ratios are compared
/// exactly, without floating point (R4, R10).
/// </summary>
/// <remarks>
/// <para>
/// A ratio is kept in lowest terms with a positive denominator, so equal fractions are equal values:
/// <c>new Ratio(2, 4) == new Ratio(1, 2)</c>. The numerator may be negative (a net realisation can be).
/// </para>
/// <para>The <c>default</c> value is zero (0/1).</para>
/// <para>
/// Numerator and denominator are 128-bit, so the product of any two ratios of 64-bit counts, such as an eligible
/// count near <see cref="long.MaxValue"/> times a 15 % share, is exact. Comparison is exact for every pair of ratios.
/// Arithmetic is checked: a result that does not fit in 128 bits throws <see cref="OverflowException"/> rather than
/// losing precision.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{Numerator}/{Denominator}")]
public readonly struct Ratio : IEquatable<Ratio>, IComparable<Ratio>, IComparable, IFormattable
{
    private readonly Int128 numerator;

    // Stored as denominator − 1 so that default(Ratio) is 0/1.
    private readonly Int128 denominatorMinusOne;

    /// <summary>Creates the ratio <paramref name="numerator"/> ÷ <paramref name="denominator"/>, in lowest terms.</summary>
    /// <param name="numerator">The numerator; any value.</param>
    /// <param name="denominator">The denominator; must not be zero. A negative denominator moves its sign to the numerator.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is zero.</exception>
    public Ratio(long numerator, long denominator)
        : this((Int128)numerator, (Int128)denominator)
    {
    }

    /// <summary>Creates the ratio <paramref name="numerator"/> ÷ <paramref name="denominator"/>, in lowest terms.</summary>
    /// <param name="numerator">The numerator; any value above <see cref="Int128.MinValue"/>.</param>
    /// <param name="denominator">The denominator; must not be zero or <see cref="Int128.MinValue"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is zero.</exception>
    /// <exception cref="OverflowException">A part is <see cref="Int128.MinValue"/>, whose sign cannot be moved.</exception>
    public Ratio(Int128 numerator, Int128 denominator)
    {
        if (denominator == Int128.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "The denominator of a ratio cannot be 0.");
        }

        if (numerator == Int128.MinValue || denominator == Int128.MinValue)
        {
            throw new OverflowException("A ratio's parts must be above the smallest 128-bit integer.");
        }

        (this.numerator, Int128 d) = Normalize(numerator, denominator);
        denominatorMinusOne = d - 1;
    }

    /// <summary>Zero (0/1), the <c>default</c> value.</summary>
    public static Ratio Zero => default;

    /// <summary>One (1/1).</summary>
    public static Ratio One => new(1, 1);

    /// <summary>The numerator, in lowest terms. Its sign is the sign of the ratio.</summary>
    public Int128 Numerator => numerator;

    /// <summary>The denominator, in lowest terms; always positive.</summary>
    public Int128 Denominator => denominatorMinusOne + 1;

    /// <summary>Creates a ratio from a decimal such as <c>0.15m</c> or <c>15m / 100</c>, exactly.</summary>
    /// <param name="value">The value; at most 18 decimal places, and small enough that the fraction fits in 64 bits.</param>
    /// <exception cref="OverflowException">The value cannot be represented exactly.</exception>
    [Pure]
    public static Ratio FromDecimal(decimal value)
    {
        int scale = value.Scale;
        decimal unscaled = value * Pow10(scale);
        if (scale > 18 || unscaled < long.MinValue || unscaled > long.MaxValue)
        {
            throw new OverflowException($"The decimal {value.ToString(CultureInfo.InvariantCulture)} cannot be represented exactly as a 64-bit fraction.");
        }

        return new Ratio((long)unscaled, (long)Pow10(scale));
    }

    /// <summary>Creates the ratio <paramref name="percent"/> ÷ 100, exactly: <c>FromPercent(15m)</c> is 3/20.</summary>
    /// <param name="percent">The percentage, such as 15 or 12.5.</param>
    /// <exception cref="OverflowException">The value cannot be represented exactly.</exception>
    [Pure]
    public static Ratio FromPercent(decimal percent) => FromDecimal(percent) / 100;

    /// <summary>Whether the ratio is negative.</summary>
    public bool IsNegative => numerator < 0;

    /// <summary>The smallest integer not less than the ratio (the ceiling used by target rule R2).</summary>
    /// <exception cref="OverflowException">The ceiling does not fit in a <see cref="long"/>.</exception>
    [Pure]
    public long Ceiling()
    {
        (Int128 q, Int128 r) = DivRem();
        return ToInt64(r > 0 ? q + 1 : q, "ceiling");
    }

    /// <summary>The largest integer not greater than the ratio.</summary>
    /// <exception cref="OverflowException">The floor does not fit in a <see cref="long"/>.</exception>
    [Pure]
    public long Floor()
    {
        (Int128 q, Int128 r) = DivRem();
        return ToInt64(r < 0 ? q - 1 : q, "floor");
    }

    /// <summary>The nearest integer, halves rounded away from zero: for showing an exact part as a whole count.</summary>
    /// <exception cref="OverflowException">The result does not fit in a <see cref="long"/>.</exception>
    [Pure]
    public long Round()
    {
        Int128 d = Denominator;
        (Int128 q, Int128 r) = DivRem();
        return ToInt64(Int128.Abs(r) * 2 >= d ? q + Int128.Sign(numerator) : q, "rounded value");
    }

    /// <summary>The ratio as a <see cref="decimal"/>, correct to 28 significant digits.</summary>
    /// <exception cref="OverflowException">The value is beyond the range of <see cref="decimal"/> (about 7.9 × 10^28).</exception>
    [Pure]
    public decimal ToDecimal()
    {
        Int128 d = Denominator;
        (Int128 whole, Int128 rest) = DivRem();
        if (Int128.Abs(whole) > DecimalLimit)
        {
            throw new OverflowException("The ratio is beyond the range of a decimal (about 7.9 × 10^28).");
        }

        // whole + rest / d, where |rest| < d; scale both down until they fit a decimal, keeping 28 digits.
        while (Int128.Abs(rest) > DecimalLimit || d > DecimalLimit)
        {
            rest /= 2;
            d /= 2;
        }

        return (decimal)whole + ((decimal)rest / (decimal)d);
    }

    /// <summary>The ratio as a <see cref="double"/>.</summary>
    [Pure]
    public double ToDouble() => (double)numerator / (double)Denominator;

    /// <summary>Converts an integer to the ratio <paramref name="value"/>/1.</summary>
    /// <param name="value">The integer.</param>
    [Pure]
    public static implicit operator Ratio(long value) => new(value, 1);

    /// <summary>Converts an integer to the ratio <paramref name="value"/>/1 (for operator-less languages).</summary>
    /// <param name="value">The integer.</param>
    /// <returns>The ratio.</returns>
    [Pure]
    public static Ratio FromInt64(long value) => new(value, 1);

    /// <summary>Multiplies two ratios exactly.</summary>
    /// <exception cref="OverflowException">The product does not fit.</exception>
    [Pure]
    public static Ratio operator *(Ratio left, Ratio right)
    {
        // Cross-reduce first, so that the products stay as small as the result allows.
        Int128 g1 = Gcd(Int128.Abs(left.numerator), right.Denominator);
        Int128 g2 = Gcd(Int128.Abs(right.numerator), left.Denominator);
        return new Ratio(
            CheckedMultiply(left.numerator / g1, right.numerator / g2),
            CheckedMultiply(left.Denominator / g2, right.Denominator / g1));
    }

    /// <summary>Multiplies a ratio by an integer exactly.</summary>
    /// <exception cref="OverflowException">The product does not fit.</exception>
    [Pure]
    public static Ratio operator *(Ratio left, long right) => left * new Ratio(right, 1);

    /// <summary>Divides a ratio by a non-zero integer exactly.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient does not fit.</exception>
    [Pure]
    public static Ratio operator /(Ratio left, long right)
    {
        ArgumentOutOfRangeException.ThrowIfZero(right);
        return left * new Ratio(1, right);
    }

    /// <summary>Adds two ratios exactly.</summary>
    /// <exception cref="OverflowException">The sum does not fit.</exception>
    [Pure]
    public static Ratio operator +(Ratio left, Ratio right)
    {
        // Over the least common denominator, so that the sum stays as small as the result allows.
        Int128 g = Gcd(left.Denominator, right.Denominator);
        Int128 leftFactor = right.Denominator / g;
        Int128 rightFactor = left.Denominator / g;
        Int128 numerator = CheckedAdd(CheckedMultiply(left.numerator, leftFactor), CheckedMultiply(right.numerator, rightFactor));
        return new Ratio(numerator, CheckedMultiply(left.Denominator, leftFactor));
    }

    /// <summary>Multiplies (for operator-less languages).</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <returns>The exact product.</returns>
    [Pure]
    public static Ratio Multiply(Ratio left, Ratio right) => left * right;

    /// <summary>Adds (for operator-less languages).</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>The exact sum.</returns>
    [Pure]
    public static Ratio Add(Ratio left, Ratio right) => left + right;

    /// <summary>Divides by an integer (for operator-less languages).</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor; not zero.</param>
    /// <returns>The exact quotient.</returns>
    [Pure]
    public static Ratio Divide(Ratio left, long right) => left / right;

    /// <inheritdoc />
    [Pure]
    public bool Equals(Ratio other) => numerator == other.numerator && denominatorMinusOne == other.denominatorMinusOne;

    /// <inheritdoc />
    [Pure]
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCode.Combine(numerator, denominatorMinusOne);

    /// <summary>Compares two ratios exactly, by cross-multiplication in 128-bit integers.</summary>
    /// <param name="other">The ratio to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this ratio is less than, equal to or greater than <paramref name="other"/>.</returns>
    [Pure]
    public int CompareTo(Ratio other)
    {
        if (FitsInt64(numerator) && FitsInt64(Denominator) && FitsInt64(other.numerator) && FitsInt64(other.Denominator))
        {
            // The common case, ratios of 64-bit counts: the cross products are exact in 128 bits.
            return (numerator * other.Denominator).CompareTo(other.numerator * Denominator);
        }

        return ((BigInteger)numerator * (BigInteger)other.Denominator).CompareTo((BigInteger)other.numerator * (BigInteger)Denominator);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Ratio other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Ratio)}, not {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether two ratios are equal.</summary>
    [Pure]
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <summary>Whether two ratios differ.</summary>
    [Pure]
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator <(Ratio left, Ratio right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator <=(Ratio left, Ratio right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator >(Ratio left, Ratio right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator >=(Ratio left, Ratio right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Formats the ratio for a person: as a decimal rounded to at most four places, invariant, such as <c>1057.1429</c>
    /// for 7400/7, <c>237.5</c> for 475/2 and <c>5</c> for 5/1 (the exact fraction beyond the range of
    /// <see cref="decimal"/>). <c>ToString("R")</c> gives the exact fraction.
    /// </summary>
    [Pure]
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the ratio.</summary>
    /// <param name="format">
    /// <c>null</c> or <c>""</c> for a decimal rounded to at most four places (<c>0.####</c>); <c>"R"</c> for the exact
    /// fraction <c>numerator/denominator</c>, such as <c>7400/7</c>; otherwise a standard or custom numeric format
    /// applied to <see cref="ToDecimal"/>, such as <c>"N1"</c>, <c>"0.0"</c> or <c>"P1"</c>.
    /// </param>
    /// <param name="formatProvider">The culture for numeric formats; <c>id-ID</c> writes 14,5 and <c>en-US</c> 14.5 (R10).</param>
    /// <returns>The formatted ratio.</returns>
    /// <exception cref="OverflowException">A decimal format was asked for a ratio beyond the range of <see cref="decimal"/>.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        "R" or "r" => string.Create(CultureInfo.InvariantCulture, $"{numerator}/{Denominator}"),
        null or "" => Int128.Abs(DivRem().Quotient) <= DecimalLimit ? ToDecimal().ToString("0.####", formatProvider) : ToString("R", formatProvider),
        _ => ToDecimal().ToString(format, formatProvider),
    };

    private static readonly Int128 DecimalLimit = (Int128)79_228_162_514_264_337_593_543_950_335m;

    private static bool FitsInt64(Int128 value) => value >= long.MinValue && value <= long.MaxValue;

    private static long ToInt64(Int128 value, string what) =>
        FitsInt64(value) ? (long)value : throw new OverflowException($"The {what} of the ratio is beyond the 64-bit limit of about ±9.2 × 10^18.");

    private static Int128 CheckedMultiply(Int128 left, Int128 right)
    {
        try
        {
            return checked(left * right);
        }
        catch (OverflowException)
        {
            throw new OverflowException("An exact ratio product is beyond 128 bits (about 1.7 × 10^38); the counts involved are far beyond any population.");
        }
    }

    private static Int128 CheckedAdd(Int128 left, Int128 right)
    {
        try
        {
            return checked(left + right);
        }
        catch (OverflowException)
        {
            throw new OverflowException("An exact ratio sum is beyond 128 bits (about 1.7 × 10^38); the counts involved are far beyond any population.");
        }
    }

    private static (Int128 Numerator, Int128 Denominator) Normalize(Int128 numerator, Int128 denominator)
    {
        if (denominator < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        Int128 gcd = Gcd(Int128.Abs(numerator), denominator);
        return gcd > 1 ? (numerator / gcd, denominator / gcd) : (numerator, denominator);
    }

    /// <summary>The greatest common divisor of two values ≥ 0, or 1 when both are 0.</summary>
    private static Int128 Gcd(Int128 a, Int128 b)
    {
        while (b != 0)
        {
            if (a <= ulong.MaxValue && b <= ulong.MaxValue)
            {
                // Ratios of 64-bit counts end here at once: 128-bit division is done in software and is far slower.
                return (Int128)Gcd((ulong)a, (ulong)b);
            }

            (a, b) = (b, a % b);
        }

        return a == 0 ? 1 : a;
    }

    /// <summary>Binary (Stein's) greatest common divisor of two values, not both 0.</summary>
    private static ulong Gcd(ulong a, ulong b)
    {
        if (a == 0 || b == 0)
        {
            return a | b;
        }

        int shift = BitOperations.TrailingZeroCount(a | b);
        a >>= BitOperations.TrailingZeroCount(a);
        do
        {
            b >>= BitOperations.TrailingZeroCount(b);
            if (a > b)
            {
                (a, b) = (b, a);
            }

            b -= a;
        }
        while (b != 0);

        return a << shift;
    }

    /// <summary>The quotient truncated toward zero and the remainder, in 64-bit arithmetic when both parts fit.</summary>
    private (Int128 Quotient, Int128 Remainder) DivRem()
    {
        Int128 d = Denominator;
        if (FitsInt64(numerator) && d <= long.MaxValue)
        {
            (long q, long r) = Math.DivRem((long)numerator, (long)d);
            return (q, r);
        }

        return Int128.DivRem(numerator, d);
    }

    private static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
