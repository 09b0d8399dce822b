namespace EktpDomain.Residents;

/// <summary>How strictly <see cref="Nik.Parse(string, NodaTime.LocalDate, NikParseMode)"/> checks the birth date part of a NIK.</summary>
/// <remarks>
/// The issuing kecamatan (digits 1–6) and the serial (digits 13–16) are checked strictly in both modes; only the
/// birth date (digits 7–12) is treated differently.
/// </remarks>
public enum NikParseMode
{
    /// <summary>
    /// The birth date part must be a real date: a day of 01–31 (men) or 41–71 (women), a month of 01–12, and a day
    /// that exists in that month of the resolved birth year. Anything else is rejected.
    /// </summary>
    Strict = 0,

    /// <summary>
    /// A questionable birth date part (a day of 00, 32–40 or 72–99, a month of 00 or 13–99, or a day that does not
    /// exist in that month, such as 29 February outside a leap year) is reported as a warning and the NIK is
    /// accepted with a <see cref="Nik.GetBirthDate"/> of <c>null</c>. A NIK never changes, even when the birth date it
    /// was issued with is later corrected, so a NIK whose date part disagrees with the calendar is still a real NIK.
    /// </summary>
    Lenient = 1,
}
