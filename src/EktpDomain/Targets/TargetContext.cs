using System.Diagnostics.Contracts;
using System;
using System.Globalization;
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
    /// <exception cref="ArgumentException"><paramref name="periodStart"/> is not in the ISO calendar.</exception>
    public TargetContext(RegionCode kecamatan, YearMonth month, LocalDate periodStart, long eligible, long coverageAtStart)
        : this(kecamatan, month, periodStart, eligible, (long?)coverageAtStart)
    {
    }

    /// <summary>Creates a context whose coverage at the start may be unknown (snapshots without one that early, R21).</summary>
    /// <param name="kecamatan">The kecamatan.</param>
    /// <param name="month">The calendar month.</param>
    /// <param name="periodStart">The first day of the month covered by the window; must lie in <paramref name="month"/>.</param>
    /// <param name="eligible">The eligible residents on <paramref name="periodStart"/> (R1); zero or more.</param>
    /// <param name="coverageAtStart">The residents recorded before <paramref name="periodStart"/> (R3); zero or more, or null when not known.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the period start lies outside the month.</exception>
    /// <exception cref="ArgumentException"><paramref name="periodStart"/> is not in the ISO calendar.</exception>
    public TargetContext(RegionCode kecamatan, YearMonth month, LocalDate periodStart, long eligible, long? coverageAtStart)
    {
        Preconditions.NotNegative(eligible);
        Preconditions.NotNegative(coverageAtStart ?? 0, nameof(coverageAtStart));
        Preconditions.CheckIso(periodStart, "period start", nameof(periodStart));
        if (periodStart.ToYearMonth() != month)
        {
            throw new ArgumentOutOfRangeException(
                nameof(periodStart),
                string.Create(CultureInfo.InvariantCulture, $"The period start {periodStart:uuuu'-'MM'-'dd} is not in the month {month:uuuu'-'MM}; it is the first day of that month that the window covers."));
        }

        Kecamatan = kecamatan;
        Month = month;
        PeriodStart = periodStart;
        Eligible = eligible;
        coverage = coverageAtStart ?? 0;
        coverageUnknown = coverageAtStart is null;
    }

    // Kept as a value and a flag, so that the default context has a known coverage of 0.
    private readonly long coverage;
    private readonly bool coverageUnknown;

    /// <summary>The kecamatan.</summary>
    public RegionCode Kecamatan { get; }

    /// <summary>The calendar month whose target is being set.</summary>
    public YearMonth Month { get; }

    /// <summary>The first day of the month that the window covers.</summary>
    public LocalDate PeriodStart { get; }

    /// <summary>The eligible residents on <see cref="PeriodStart"/> (R1).</summary>
    public long Eligible { get; }

    /// <summary>
    /// Whether <see cref="CoverageAtStart"/> is known: always from a ledger; from snapshots only when one is dated on or
    /// before the day before <see cref="PeriodStart"/> (R21).
    /// </summary>
    public bool IsCoverageKnown => !coverageUnknown;

    /// <summary>The coverage at the end of the day before <see cref="PeriodStart"/> (R3).</summary>
    /// <exception cref="InvalidOperationException">The coverage is not known (<see cref="IsCoverageKnown"/>).</exception>
    public long CoverageAtStart => !coverageUnknown ? coverage : throw new InvalidOperationException(string.Create(
        CultureInfo.InvariantCulture,
        $"The coverage of {Kecamatan} before {PeriodStart:uuuu'-'MM'-'dd} is not known: no snapshot is dated that early. A policy that needs it should check IsCoverageKnown."));

    /// <summary>The eligible residents not yet recorded at the start of the period: eligible − coverage, never below zero.</summary>
    /// <exception cref="InvalidOperationException">The coverage is not known (<see cref="IsCoverageKnown"/>).</exception>
    public long Unrecorded => Math.Max(0, Eligible - CoverageAtStart);

    /// <inheritdoc />
    [Pure]
    public bool Equals(TargetContext other) =>
        Kecamatan == other.Kecamatan && Month == other.Month && PeriodStart == other.PeriodStart &&
        Eligible == other.Eligible && coverage == other.coverage && coverageUnknown == other.coverageUnknown;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is TargetContext other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCode.Combine(Kecamatan, Month, PeriodStart, Eligible, coverage, coverageUnknown);

    /// <summary>Whether two contexts are equal.</summary>
    [Pure]
    public static bool operator ==(TargetContext left, TargetContext right) => left.Equals(right);

    /// <summary>Whether two contexts differ.</summary>
    [Pure]
    public static bool operator !=(TargetContext left, TargetContext right) => !left.Equals(right);
}
