using System;
using System.Globalization;

namespace EktpDomain.Attainment;

/// <summary>
/// The lower bounds of the attainment bands of R4. Bounds are inclusive and compared as exact fractions, never rounded.
/// </summary>
/// <remarks>
/// <para>
/// The <see cref="AttainmentBand.Met"/> band always starts at exactly 1, so that the band agrees with the "met" flag
/// (realised ≥ target). The <see cref="AttainmentBand.Near"/> and <see cref="AttainmentBand.Behind"/> bounds are
/// configurable; the defaults are 0.8 and 0.5.
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class AttainmentBands
{
    /// <summary>Creates bands with the given lower bounds.</summary>
    /// <param name="near">The lower bound of <see cref="AttainmentBand.Near"/>: above <paramref name="behind"/> and below 1.</param>
    /// <param name="behind">The lower bound of <see cref="AttainmentBand.Behind"/>: above 0 and below <paramref name="near"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are not 0 &lt; behind &lt; near &lt; 1.</exception>
    public AttainmentBands(Ratio near, Ratio behind)
    {
        if (!(Ratio.Zero < behind && behind < near && near < Ratio.One))
        {
            throw new ArgumentOutOfRangeException(
                nameof(near),
                string.Create(CultureInfo.InvariantCulture, $"Band bounds must satisfy 0 < behind < near < 1, but behind is {behind.ToDecimal()} and near is {near.ToDecimal()}."));
        }

        Near = near;
        Behind = behind;
    }

    /// <summary>The defaults of R4: Near from 0.8, Behind from 0.5.</summary>
    public static AttainmentBands Default { get; } = new(new Ratio(4, 5), new Ratio(1, 2));

    /// <summary>The lower bound of <see cref="AttainmentBand.Near"/>.</summary>
    public Ratio Near { get; }

    /// <summary>The lower bound of <see cref="AttainmentBand.Behind"/>.</summary>
    public Ratio Behind { get; }

    /// <summary>Classifies realised against target (R4).</summary>
    /// <param name="realised">The net realisation; may be negative.</param>
    /// <param name="target">The target; zero or more.</param>
    /// <returns>The band; <see cref="AttainmentBand.NotApplicable"/> when the target is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is negative.</exception>
    public AttainmentBand Classify(long realised, long target)
    {
        Preconditions.NotNegative(target);
        if (target == 0)
        {
            return AttainmentBand.NotApplicable;
        }

        if (realised >= target)
        {
            return AttainmentBand.Met;
        }

        var attainment = new Ratio(realised, target);
        return attainment >= Near ? AttainmentBand.Near : attainment >= Behind ? AttainmentBand.Behind : AttainmentBand.Critical;
    }
}
