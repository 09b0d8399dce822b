using System;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Targets;

/// <summary>
/// What a <see cref="ITargetPolicy"/> knows when it sets the requirement of one kecamatan for one calendar month (R2).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="PeriodStart"/> is the first day of the month that the report window covers: the month's first day, or
/// the window's first day when the window starts inside the month. <see cref="Eligible"/> is the eligible count for
/// that day by R1, and <see cref="CoverageAtStart"/> is the coverage at the end of the day before it (R3).
/// </para>
/// <para>The <c>default</c> value describes the nation in January of year 1 with no residents. Equality compares every field. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct TargetContext : IEquatable<TargetContext>
{
    /// <summary>Creates a context.</summary>
    /// <param name="kecamatan">The kecamatan.</param>
    /// <param name="month">The calendar month.</param>
    /// <param name="periodStart">The first day of the month covered by the window; must lie in <paramref name="month"/>.</param>
    /// <param name="eligible">The eligible residents on <paramref name="periodStart"/> (R1); zero or more.</param>
    /// <param name="coverageAtStart">The residents recorded before <paramref name="periodStart"/> (R3); zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the period start lies outside the month.</exception>
    public TargetContext(RegionCode kecamatan, YearMonth month, LocalDate periodStart, long eligible, long coverageAtStart)
    {
        Guard.NotNegative(eligible);
        Guard.NotNegative(coverageAtStart);
        if (periodStart.ToYearMonth() != month)
        {
            throw new ArgumentOutOfRangeException(nameof(periodStart), periodStart, $"The period start must lie in the month {month}.");
        }

        Kecamatan = kecamatan;
        Month = month;
        PeriodStart = periodStart;
        Eligible = eligible;
        CoverageAtStart = coverageAtStart;
    }

    /// <summary>The kecamatan.</summary>
    public RegionCode Kecamatan { get; }

    /// <summary>The calendar month whose target is being set.</summary>
    public YearMonth Month { get; }

    /// <summary>The first day of the month that the window covers.</summary>
    public LocalDate PeriodStart { get; }

    /// <summary>The eligible residents on <see cref="PeriodStart"/> (R1).</summary>
    public long Eligible { get; }

    /// <summary>The coverage at the end of the day before <see cref="PeriodStart"/> (R3).</summary>
    public long CoverageAtStart { get; }

    /// <summary>The eligible residents not yet recorded at the start of the period: eligible − coverage, never below zero.</summary>
    public long Unrecorded => Math.Max(0, Eligible - CoverageAtStart);

    /// <inheritdoc />
    public bool Equals(TargetContext other) =>
        Kecamatan == other.Kecamatan && Month == other.Month && PeriodStart == other.PeriodStart &&
        Eligible == other.Eligible && CoverageAtStart == other.CoverageAtStart;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TargetContext other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kecamatan, Month, PeriodStart, Eligible, CoverageAtStart);

    /// <summary>Whether two contexts are equal.</summary>
    public static bool operator ==(TargetContext left, TargetContext right) => left.Equals(right);

    /// <summary>Whether two contexts differ.</summary>
    public static bool operator !=(TargetContext left, TargetContext right) => !left.Equals(right);
}
