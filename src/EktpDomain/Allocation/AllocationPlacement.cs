using System.Globalization;

namespace EktpDomain.Allocation;

/// <summary>
/// Where one new recording set goes, and why (R9): the kecamatan, its projected shortfall before and after, the
/// reduction, and the reason it won.
/// </summary>
/// <remarks>
/// <see cref="Reporting.ReportText.AllocationExplanation(AllocationPlacement)"/> renders its explanation in a language
/// (R10). Equality is reference equality. Immutable and thread-safe.
/// </remarks>
public sealed class AllocationPlacement
{
    internal AllocationPlacement(
        int number,
        AllocationCandidate candidate,
        int setsHere,
        long shortfallBefore,
        long shortfallAfter,
        long totalBefore,
        long totalAfter,
        AllocationReason reason)
    {
        Number = number;
        Kecamatan = candidate.Kecamatan;
        Name = candidate.Name;
        Attainment = candidate.Attainment;
        AddedCapacity = candidate.AddedCapacityPerSet;
        SetsHere = setsHere;
        ShortfallBefore = shortfallBefore;
        ShortfallAfter = shortfallAfter;
        TotalShortfallBefore = totalBefore;
        TotalShortfallAfter = totalAfter;
        Reason = reason;
    }

    /// <summary>Which new set this is: 1 for the first placed.</summary>
    public int Number { get; }

    /// <summary>The kecamatan it goes to.</summary>
    public RegionCode Kecamatan { get; }

    /// <summary>The kecamatan's name (or its code).</summary>
    public string Name { get; }

    /// <summary>The kecamatan's attainment (R4), used to break ties; null when not applicable.</summary>
    public Ratio? Attainment { get; }

    /// <summary>The capacity the set adds: throughput × the kecamatan's working days in the window.</summary>
    public long AddedCapacity { get; }

    /// <summary>How many of the new sets the kecamatan has with this one (1 for its first).</summary>
    public int SetsHere { get; }

    /// <summary>The kecamatan's projected shortfall, max(0, target − capacity), before this set.</summary>
    public long ShortfallBefore { get; }

    /// <summary>The kecamatan's projected shortfall with this set.</summary>
    public long ShortfallAfter { get; }

    /// <summary>The reduction of the total projected shortfall: <see cref="ShortfallBefore"/> − <see cref="ShortfallAfter"/>.</summary>
    public long Reduction => ShortfallBefore - ShortfallAfter;

    /// <summary>The total projected shortfall over every candidate before this set.</summary>
    public long TotalShortfallBefore { get; }

    /// <summary>The total projected shortfall with this set.</summary>
    public long TotalShortfallAfter { get; }

    /// <summary>Why the set went here.</summary>
    public AllocationReason Reason { get; }

    /// <summary>Formats as <c>1: 36.03.06 2000 -&gt; 0 (LargestReduction)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Number}: {Kecamatan} {ShortfallBefore} -> {ShortfallAfter} ({Reason})");
}
