using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace EktpDomain.Targets;

/// <summary>The built-in target policies of R2.</summary>
public static class TargetPolicy
{
    /// <summary>The article's monthly share, in percent: 15 % of eligible residents per month.</summary>
    public const decimal DefaultMonthlySharePercent = 15m;

    /// <summary>
    /// The default policy of R2, "monthly share p": the monthly requirement is eligible × p. With R2's ceiling,
    /// realised ≥ target means exactly realised ≥ p of eligible. The article uses 15 %:
    /// <c>MonthlySharePercent(15)</c>. The share is in percent, as the name says, never a fraction: 0.15 would mean
    /// 0.15 %.
    /// </summary>
    /// <param name="percent">The monthly share in percent (15 for 15 %), more than 0 and at most 100.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside (0, 100].</exception>
    public static ITargetPolicy MonthlySharePercent(decimal percent) => new MonthlySharePolicy(percent);

    /// <summary>
    /// R2 "share of the still-unrecorded residents": the monthly requirement is p × (eligible − coverage at the
    /// start of the period), so the target shrinks as coverage grows.
    /// </summary>
    /// <param name="percent">The share in percent (25 for 25 %), more than 0 and at most 100.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside (0, 100].</exception>
    public static ITargetPolicy ShareOfUnrecordedPercent(decimal percent) => new UnrecordedSharePolicy(percent);

    /// <summary>R2 "a fixed count": every kecamatan must record the same number per month.</summary>
    /// <param name="monthlyCount">Residents per month; zero or more.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthlyCount"/> is negative.</exception>
    public static ITargetPolicy Fixed(long monthlyCount) => new FixedPolicy(monthlyCount);

    /// <summary>
    /// R2 "a different policy for one kecamatan": <paramref name="overrides"/> applies to the kecamatan it names, and
    /// <paramref name="fallback"/> to every other.
    /// </summary>
    /// <param name="fallback">The policy for kecamatan without an override.</param>
    /// <param name="overrides">The policy of each overridden kecamatan.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException">An argument or a policy in <paramref name="overrides"/> is null.</exception>
    /// <exception cref="ArgumentException">A key is not a kecamatan code.</exception>
    public static ITargetPolicy PerKecamatan(ITargetPolicy fallback, IReadOnlyDictionary<RegionCode, ITargetPolicy> overrides) =>
        new PerKecamatanPolicy(fallback, overrides);

    internal static Ratio CheckPercent(decimal percent, string paramName)
    {
        if (percent <= 0 || percent > 100)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                percent,
                string.Create(CultureInfo.InvariantCulture, $"A monthly share must be more than 0 and at most 100 percent, not {percent}."));
        }

        return Ratio.FromPercent(percent);
    }

    private sealed class MonthlySharePolicy(decimal percent) : ITargetPolicy
    {
        private readonly Ratio share = CheckPercent(percent, nameof(percent));

        public decimal? MonthlySharePercent => percent;

        public Ratio GetMonthlyRequirement(in TargetContext context) => share * context.Eligible;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"monthly share {percent}% of eligible");
    }

    private sealed class UnrecordedSharePolicy(decimal percent) : ITargetPolicy
    {
        private readonly Ratio share = CheckPercent(percent, nameof(percent));

        public decimal? MonthlySharePercent => null;

        public Ratio GetMonthlyRequirement(in TargetContext context) => share * context.Unrecorded;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"monthly share {percent}% of unrecorded");
    }

    private sealed class FixedPolicy : ITargetPolicy
    {
        private readonly long count;

        public FixedPolicy(long monthlyCount)
        {
            Preconditions.NotNegative(monthlyCount);
            count = monthlyCount;
        }

        public decimal? MonthlySharePercent => null;

        public Ratio GetMonthlyRequirement(in TargetContext context) => new(count, 1);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"fixed {count} per month");
    }

    private sealed class PerKecamatanPolicy : ITargetPolicy
    {
        private readonly ITargetPolicy fallback;
        private readonly ImmutableDictionary<RegionCode, ITargetPolicy> overrides;

        public PerKecamatanPolicy(ITargetPolicy fallback, IReadOnlyDictionary<RegionCode, ITargetPolicy> overrides)
        {
            ArgumentNullException.ThrowIfNull(fallback);
            ArgumentNullException.ThrowIfNull(overrides);
            foreach (var (code, policy) in overrides)
            {
                Preconditions.CheckKecamatan(code, "a target override", nameof(overrides));

                if (policy is null)
                {
                    throw new ArgumentNullException(nameof(overrides), $"The target override for {code} is null.");
                }
            }

            this.fallback = fallback;
            this.overrides = overrides.ToImmutableDictionary();
        }

        // A headline share only makes sense when every kecamatan is held to the same share.
        public decimal? MonthlySharePercent =>
            overrides.Values.All(p => p.MonthlySharePercent == fallback.MonthlySharePercent) ? fallback.MonthlySharePercent : null;

        public Ratio GetMonthlyRequirement(in TargetContext context) =>
            (overrides.TryGetValue(context.Kecamatan, out var policy) ? policy : fallback).GetMonthlyRequirement(context);

        public override string ToString() => $"{fallback} with {overrides.Count} kecamatan override(s)";
    }
}
