namespace EktpDomain.Targets;

/// <summary>
/// A target policy (R2): how many residents a kecamatan must record in a calendar month. Implement it to write your
/// own policy; the built-in ones are in <see cref="TargetPolicy"/>.
/// </summary>
/// <remarks>
/// A policy returns the exact monthly <em>requirement</em>, such as eligible × 15 %. The <see cref="TargetCalculator"/>
/// then applies R2 the same way for every policy: the target is the requirement rounded up, pro-rated first by
/// national working days when pro-rating is on and the window covers only part of the month. Policies must be
/// immutable and thread-safe.
/// </remarks>
public interface ITargetPolicy
{
    /// <summary>
    /// The share of eligible residents that the policy asks for per month, as a percentage (15 for the article's
    /// policy), or null when the policy is not a plain share of the eligible residents. Used in headlines.
    /// </summary>
    decimal? MonthlySharePercent { get; }

    /// <summary>The exact requirement of a whole calendar month, before rounding up. Zero or more.</summary>
    /// <param name="context">The kecamatan, the month and its figures.</param>
    /// <returns>The requirement, such as 41,000 × 3/20 = 6,150.</returns>
    Ratio GetMonthlyRequirement(in TargetContext context);
}
