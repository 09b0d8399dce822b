using System.Globalization;

namespace EktpDomain.Allocation;

/// <summary>
/// Where one new recording set goes, and why (R9): the kecamatan, its capacity gap before and after, the
/// reduction, and the reason it won.
/// </summary>
/// <remarks>
/// <c>Reporting.ReportText.AllocationExplanation</c> renders its explanation in a language
/// (R10). Equality is reference equality. Immutable and thread-safe.
/// </remarks>
public sealed class AllocationPlacement
{
    internal AllocationPlacement(
        int number,
        AllocationCandidate candidate,
        int setsHere,
        long gapBefore,
        long gapAfter,
        long totalBefore,
        long totalAfter,
        AllocationReason reason)
    {
        Number = number;
        Kecamatan = candidate.Kecamatan;
        Name = candidate.Name;
        AttainmentRatio = candidate.Attainment;
        AddedCapacity = candidate.AddedCapacityPerSet;
        SetsHere = setsHere;
        CapacityGapBefore = gapBefore;
        CapacityGapAfter = gapAfter;
        TotalCapacityGapBefore = totalBefore;
        TotalCapacityGapAfter = totalAfter;
        Reason = reason;
    }

    /// <summary>Which new set this is: 1 for the first placed.</summary>
    public int Number { get; }

    /// <summary>The kecamatan it goes to.</summary>
    public RegionCode Kecamatan { get; }

    /// <summary>The kecamatan's name (or its code).</summary>
    public string Name { get; }

    /// <summary>The kecamatan's attainment (R4), used to break ties; null when not applicable.</summary>
    public Ratio? AttainmentRatio { get; }

    /// <summary>The capacity the set adds: throughput × the kecamatan's working days in the window.</summary>
    public long AddedCapacity { get; }

    /// <summary>How many of the new sets the kecamatan has with this one (1 for its first).</summary>
    public int SetsHere { get; }

    /// <summary>The kecamatan's capacity gap, max(0, target − capacity), before this set.</summary>
    public long CapacityGapBefore { get; }

    /// <summary>The kecamatan's capacity gap with this set.</summary>
    public long CapacityGapAfter { get; }

    /// <summary>The reduction of the total capacity gap: <see cref="CapacityGapBefore"/> − <see cref="CapacityGapAfter"/>.</summary>
    public long Reduction => CapacityGapBefore - CapacityGapAfter;

    /// <summary>The total capacity gap over every candidate before this set.</summary>
    public long TotalCapacityGapBefore { get; }

    /// <summary>The total capacity gap with this set.</summary>
    public long TotalCapacityGapAfter { get; }

    /// <summary>Why the set went here.</summary>
    public AllocationReason Reason { get; }

    /// <summary>Formats as <c>1: 36.03.06 2000 -&gt; 0 (LargestReduction)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Number}: {Kecamatan} {CapacityGapBefore} -> {CapacityGapAfter} ({Reason})");
}
