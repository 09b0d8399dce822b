using System;
using System.Globalization;

namespace EktpDomain.Allocation;

/// <summary>
/// A kecamatan that could receive new recording sets (R9): its target and capacity over the window, the capacity one
/// more set would add, and its attainment for breaking ties.
/// </summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
internal sealed class AllocationCandidate
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="kecamatan">The kecamatan, a <see cref="RegionLevel.Kecamatan"/> code.</param>
    /// <param name="target">The target for the window (R2); zero or more.</param>
    /// <param name="capacity">The capacity over the window (R5); zero or more.</param>
    /// <param name="addedCapacityPerSet">
    /// The capacity one new set adds: throughput × the kecamatan's working days in the window (R9); zero or more.
    /// </param>
    /// <param name="attainment">The attainment (R4), for breaking ties: lower goes first; null (not applicable) goes last.</param>
    /// <param name="name">The kecamatan's name, or null to use the code.</param>
    /// <exception cref="ArgumentException"><paramref name="kecamatan"/> is not a kecamatan code.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative.</exception>
    public AllocationCandidate(RegionCode kecamatan, long target, long capacity, long addedCapacityPerSet, Ratio? attainment = null, string? name = null)
    {
        Preconditions.CheckKecamatan(kecamatan, "an allocation candidate", nameof(kecamatan));

        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        ArgumentOutOfRangeException.ThrowIfNegative(addedCapacityPerSet);
        Kecamatan = kecamatan;
        Name = string.IsNullOrWhiteSpace(name) ? kecamatan.ToString() : name.Trim();
        Target = target;
        Capacity = capacity;
        AddedCapacityPerSet = addedCapacityPerSet;
        Attainment = attainment;
    }

    /// <summary>The kecamatan.</summary>
    public RegionCode Kecamatan { get; }

    /// <summary>The kecamatan's name (or its code).</summary>
    public string Name { get; }

    /// <summary>The target for the window.</summary>
    public long Target { get; }

    /// <summary>The capacity over the window, before any new set.</summary>
    public long Capacity { get; }

    /// <summary>The capacity one new set adds.</summary>
    public long AddedCapacityPerSet { get; }

    /// <summary>The attainment, for breaking ties; null when not applicable.</summary>
    public Ratio? Attainment { get; }

    /// <summary>The capacity gap before any new set: max(0, target − capacity) (R9).</summary>
    public long CapacityGap => Math.Max(0, Target - Capacity);

    /// <summary>Formats as <c>36.03.06 Kresek: target 6000, capacity 4000, +2000 per set</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kecamatan} {Name}: target {Target}, capacity {Capacity}, +{AddedCapacityPerSet} per set");
}
