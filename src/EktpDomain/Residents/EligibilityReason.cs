namespace EktpDomain.Residents;

/// <summary>
/// Why a resident is, or is not, eligible (wajib KTP) on a date under UU 24/2013 Art. 63(1); the result of
/// <see cref="Eligibility.Evaluate(Resident, NodaTime.LocalDate)"/>.
/// </summary>
/// <remarks>
/// When several grounds apply, the first in this order is given: <see cref="AgedSeventeenOrOver"/>, then
/// <see cref="Married"/>, then <see cref="EverMarried"/>. Age comes first because it does not depend on a civil
/// status that may be out of date in the register.
/// </remarks>
public enum EligibilityReason
{
    /// <summary>Not eligible: a citizen or KITAP holder under 17 who has never married.</summary>
    UnderSeventeenAndNeverMarried = 0,

    /// <summary>Not eligible: a foreigner without a permanent stay permit (KITAP), whatever the age or marital status.</summary>
    ForeignerWithoutPermanentStayPermit = 1,

    /// <summary>Eligible: aged 17 or over on the date.</summary>
    AgedSeventeenOrOver = 2,

    /// <summary>Eligible: under 17 but married.</summary>
    Married = 3,

    /// <summary>Eligible: under 17, no longer married, but ever married (divorced or widowed).</summary>
    EverMarried = 4,
}
