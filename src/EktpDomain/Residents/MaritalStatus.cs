namespace EktpDomain.Residents;

/// <summary>A resident's marital status (status perkawinan), as recorded in the population register.</summary>
/// <remarks>
/// For the e-KTP duty (see <see cref="Eligibility"/>) <see cref="Married"/> counts as "married", and
/// <see cref="Divorced"/> and <see cref="Widowed"/> as "ever married".
/// </remarks>
public enum MaritalStatus
{
    /// <summary>Never married (belum kawin).</summary>
    NeverMarried = 0,

    /// <summary>Married (kawin).</summary>
    Married = 1,

    /// <summary>Divorced (cerai hidup).</summary>
    Divorced = 2,

    /// <summary>Widowed (cerai mati).</summary>
    Widowed = 3,
}
