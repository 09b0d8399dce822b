using System;
using System.Diagnostics.Contracts;
using NodaTime;

namespace EktpDomain.Residents;

/// <summary>
/// A resident as far as the e-KTP duty is concerned: birth date, citizenship, marital status and, when known, NIK.
/// </summary>
/// <remarks>
/// <para>
/// The birth date is the one in the population register. It may differ from the date in the NIK, because a NIK never
/// changes when a birth date is corrected; eligibility uses <see cref="GetBirthDate"/>, never the NIK.
/// </para>
/// <para>
/// Equality is reference equality: two residents with the same data are not necessarily the same person. Compare
/// <see cref="Nik"/> values to identify a person.
/// </para>
/// <para>
/// The birth date is a method, not a property: with the masked NIK it would give the NIK's hidden digits, so
/// serializers and structured loggers, which read properties, never see it, and System.Text.Json writes a resident
/// as its citizenship, marital status and masked NIK (R11).
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Resident
{
    /// <summary>Creates a resident with no known NIK.</summary>
    /// <param name="birthDate">The birth date, in the ISO calendar.</param>
    /// <param name="citizenship">The citizenship and stay permit.</param>
    /// <param name="maritalStatus">The marital status.</param>
    /// <exception cref="ArgumentException"><paramref name="birthDate"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="citizenship"/> or <paramref name="maritalStatus"/> is not defined.</exception>
    public Resident(LocalDate birthDate, Citizenship citizenship, MaritalStatus maritalStatus)
    {
        if (birthDate.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The birth date of a resident must be in the ISO calendar, not {birthDate.Calendar.Id}.", nameof(birthDate));
        }

        if (citizenship is < Citizenship.Citizen or > Citizenship.OtherForeigner)
        {
            throw new ArgumentOutOfRangeException(
                nameof(citizenship),
                citizenship,
                "The citizenship must be Citizen, ForeignerWithPermanentStayPermit or OtherForeigner.");
        }

        if (maritalStatus is < MaritalStatus.NeverMarried or > MaritalStatus.Widowed)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maritalStatus),
                maritalStatus,
                "The marital status must be NeverMarried, Married, Divorced or Widowed.");
        }

        this.birthDate = birthDate;
        Citizenship = citizenship;
        MaritalStatus = maritalStatus;
    }

    /// <summary>Creates a resident with a NIK.</summary>
    /// <param name="birthDate">The birth date in the register, in the ISO calendar; it need not match the NIK's.</param>
    /// <param name="citizenship">The citizenship and stay permit.</param>
    /// <param name="maritalStatus">The marital status.</param>
    /// <param name="nik">The resident's NIK.</param>
    /// <exception cref="ArgumentException"><paramref name="birthDate"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="citizenship"/> or <paramref name="maritalStatus"/> is not defined.</exception>
    public Resident(LocalDate birthDate, Citizenship citizenship, MaritalStatus maritalStatus, Nik nik)
        : this(birthDate, citizenship, maritalStatus)
    {
        Nik = nik;
    }

    private readonly LocalDate birthDate;

    /// <summary>Returns the birth date in the population register, which decides the age.</summary>
    /// <remarks>A method, not a property, so that serializers and loggers leave it out (R11); see the type's remarks.</remarks>
    /// <returns>The birth date.</returns>
    [Pure]
    public LocalDate GetBirthDate() => birthDate;

    /// <summary>The citizenship and stay permit.</summary>
    public Citizenship Citizenship { get; }

    /// <summary>The marital status.</summary>
    public MaritalStatus MaritalStatus { get; }

    /// <summary>The NIK, or <c>null</c> when it is not known.</summary>
    public Nik? Nik { get; }

    /// <summary>
    /// Describes the resident with the NIK masked, such as <c>Resident 360327******0001, Citizen, Married</c> (R11).
    /// The birth date is left out on purpose: with the masked NIK it would reveal the full number.
    /// </summary>
    public override string ToString() =>
        $"Resident {(Nik is { } nik ? nik.ToString() : "(no NIK)")}, {Citizenship}, {MaritalStatus}";
}
