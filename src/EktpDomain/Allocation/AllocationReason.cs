namespace EktpDomain.Allocation;

/// <summary>Why a new set went where it went (R9).</summary>
public enum AllocationReason
{
    /// <summary>It reduces the total capacity gap more there than anywhere else.</summary>
    LargestReduction = 0,

    /// <summary>Another kecamatan would reduce it as much; this one has the lower attainment.</summary>
    LowerAttainment = 1,

    /// <summary>Another kecamatan would reduce it as much, with the same attainment; this one has the lower code.</summary>
    LowerCode = 2,

    /// <summary>No kecamatan's capacity gap can be reduced any more; the set goes where attainment is lowest (then by code).</summary>
    NoReduction = 3,
}
