using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EktpDomain;

/// <summary>
/// An exact fraction of two 64-bit integers, such as realised ÷ target or realised ÷ eligible. Ratios are
/// compared exactly, without floating point (R4, R10).
/// </summary>
/// <remarks>
/// <para>
/// A ratio is kept in lowest terms with a positive denominator, so equal fractions are equal values:
/// <c>new Ratio(2, 4) == new Ratio(1, 2)</c>. The numerator may be negative (a net realisation can be).
/// </para>
/// <para>The <c>default</c> value is zero (0/1).</para>
/// <para>
/// Comparison cross-multiplies in 128-bit integers, so it is exact for every pair of ratios. Arithmetic is
/// checked: a result whose lowest-terms numerator or denominator does not fit in a <see cref="long"/> throws
/// <see cref="OverflowException"/> rather than losing precision.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{Numerator}/{Denominator}")]
public readonly struct Ratio : IEquatable<Ratio>, IComparable<Ratio>, IComparable, IFormattable
{
    private readonly long numerator;

    // Stored as denominator − 1 so that default(Ratio) is 0/1.
    private readonly long denominatorMinusOne;

    /// <summary>Creates the ratio <paramref name="numerator"/> ÷ <paramref name="denominator"/>, in lowest terms.</summary>
    /// <param name="numerator">The numerator; any value.</param>
    /// <param name="denominator">The denominator; must not be zero. A negative denominator moves its sign to the numerator.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is zero.</exception>
    /// <exception cref="OverflowException">The normalized fraction does not fit (only for <see cref="long.MinValue"/>).</exception>
    public Ratio(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfZero(denominator);
        (Int128 n, Int128 d) = Normalize(numerator, denominator);
        this.numerator = checked((long)n);
        denominatorMinusOne = checked((long)d - 1);
    }

    private Ratio(Int128 numerator, Int128 denominator, bool normalized)
    {
        Debug.Assert(normalized, "Only normalized parts reach this constructor.");
        this.numerator = numerator < long.MinValue || numerator > long.MaxValue
            ? throw new OverflowException(PersonalData.Redact($"The ratio {numerator}/{denominator} does not fit in 64-bit integers."))
            : (long)numerator;
        denominatorMinusOne = denominator > long.MaxValue
            ? throw new OverflowException(PersonalData.Redact($"The ratio {numerator}/{denominator} does not fit in 64-bit integers."))
            : (long)denominator - 1;
    }

    /// <summary>Zero (0/1), the <c>default</c> value.</summary>
    public static Ratio Zero => default;

    /// <summary>One (1/1).</summary>
    public static Ratio One => new(1, 1);

    /// <summary>The numerator, in lowest terms. Its sign is the sign of the ratio.</summary>
    public long Numerator => numerator;

    /// <summary>The denominator, in lowest terms; always positive.</summary>
    public long Denominator => denominatorMinusOne + 1;

    /// <summary>Creates a ratio from a decimal such as <c>0.15m</c> or <c>15m / 100</c>, exactly.</summary>
    /// <param name="value">The value; at most 18 decimal places, and small enough that the fraction fits in 64 bits.</param>
    /// <exception cref="OverflowException">The value cannot be represented exactly.</exception>
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
    public static Ratio FromPercent(decimal percent) => FromDecimal(percent) / 100;

    /// <summary>Whether the ratio is negative.</summary>
    public bool IsNegative => numerator < 0;

    /// <summary>The smallest integer not less than the ratio (the ceiling used by target rule R2).</summary>
    public long Ceiling()
    {
        long d = Denominator;
        long q = numerator / d;
        return numerator % d > 0 ? checked(q + 1) : q;
    }

    /// <summary>The largest integer not greater than the ratio.</summary>
    public long Floor()
    {
        long d = Denominator;
        long q = numerator / d;
        return numerator % d < 0 ? checked(q - 1) : q;
    }

    /// <summary>The ratio as a <see cref="decimal"/>, correct to 28 significant digits.</summary>
    public decimal ToDecimal() => (decimal)numerator / Denominator;

    /// <summary>The ratio as a <see cref="double"/>.</summary>
    public double ToDouble() => (double)numerator / Denominator;

    /// <summary>Converts an integer to the ratio <paramref name="value"/>/1.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator Ratio(long value) => new(value, 1);

    /// <summary>Converts an integer to the ratio <paramref name="value"/>/1 (for operator-less languages).</summary>
    /// <param name="value">The integer.</param>
    /// <returns>The ratio.</returns>
    public static Ratio FromInt64(long value) => new(value, 1);

    /// <summary>Multiplies two ratios exactly.</summary>
    /// <exception cref="OverflowException">The product does not fit.</exception>
    public static Ratio operator *(Ratio left, Ratio right)
    {
        (Int128 n, Int128 d) = Normalize((Int128)left.numerator * right.numerator, (Int128)left.Denominator * right.Denominator);
        return new Ratio(n, d, normalized: true);
    }

    /// <summary>Multiplies a ratio by an integer exactly.</summary>
    /// <exception cref="OverflowException">The product does not fit.</exception>
    public static Ratio operator *(Ratio left, long right) => left * new Ratio(right, 1);

    /// <summary>Divides a ratio by a non-zero integer exactly.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient does not fit.</exception>
    public static Ratio operator /(Ratio left, long right)
    {
        ArgumentOutOfRangeException.ThrowIfZero(right);
        (Int128 n, Int128 d) = Normalize(left.numerator, (Int128)left.Denominator * right);
        return new Ratio(n, d, normalized: true);
    }

    /// <summary>Adds two ratios exactly.</summary>
    /// <exception cref="OverflowException">The sum does not fit.</exception>
    public static Ratio operator +(Ratio left, Ratio right)
    {
        (Int128 n, Int128 d) = Normalize(
            ((Int128)left.numerator * right.Denominator) + ((Int128)right.numerator * left.Denominator),
            (Int128)left.Denominator * right.Denominator);
        return new Ratio(n, d, normalized: true);
    }

    /// <summary>Multiplies (for operator-less languages).</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <returns>The exact product.</returns>
    public static Ratio Multiply(Ratio left, Ratio right) => left * right;

    /// <summary>Adds (for operator-less languages).</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns>The exact sum.</returns>
    public static Ratio Add(Ratio left, Ratio right) => left + right;

    /// <summary>Divides by an integer (for operator-less languages).</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor; not zero.</param>
    /// <returns>The exact quotient.</returns>
    public static Ratio Divide(Ratio left, long right) => left / right;

    /// <inheritdoc />
    public bool Equals(Ratio other) => numerator == other.numerator && denominatorMinusOne == other.denominatorMinusOne;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(numerator, denominatorMinusOne);

    /// <summary>Compares two ratios exactly, by cross-multiplication in 128-bit integers.</summary>
    /// <param name="other">The ratio to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this ratio is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Ratio other) =>
        ((Int128)numerator * other.Denominator).CompareTo((Int128)other.numerator * Denominator);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Ratio other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Ratio)}, not {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether two ratios are equal.</summary>
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <summary>Whether two ratios differ.</summary>
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(Ratio left, Ratio right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(Ratio left, Ratio right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(Ratio left, Ratio right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(Ratio left, Ratio right) => left.CompareTo(right) >= 0;

    /// <summary>Formats the ratio as <c>numerator/denominator</c>, such as <c>41/40</c>.</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the ratio.</summary>
    /// <param name="format">
    /// <c>null</c>, <c>""</c> or <c>"F"</c> for <c>numerator/denominator</c>; otherwise a standard or custom
    /// numeric format applied to <see cref="ToDecimal"/>, such as <c>"0.0"</c> or <c>"P1"</c>.
    /// </param>
    /// <param name="formatProvider">The culture for numeric formats; <c>id-ID</c> writes 14,5 and <c>en-US</c> 14.5 (R10).</param>
    /// <returns>The formatted ratio.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        string.IsNullOrEmpty(format) || format == "F"
            ? string.Create(CultureInfo.InvariantCulture, $"{numerator}/{Denominator}")
            : ToDecimal().ToString(format, formatProvider);

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

    private static Int128 Gcd(Int128 a, Int128 b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a == 0 ? 1 : a;
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
