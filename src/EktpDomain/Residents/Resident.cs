using System;
using System.Diagnostics.Contracts;
using System.Globalization;
using NodaTime;

namespace EktpDomain.Residents;

/// <summary>
/// A resident as far as the e-KTP duty is concerned: birth date, citizenship, marital status and, when known, NIK.
/// </summary>
/// <remarks>
/// <para>
/// <b>Birth date and NIK.</b> The birth date is the one in the population register, and eligibility uses
/// <see cref="GetBirthDate"/>, never the NIK. A resident with a NIK is created in one of three ways:
/// </para>
/// <list type="bullet">
/// <item><description>
/// <see cref="Resident(Nik, Citizenship, MaritalStatus)"/> takes the birth date from the NIK
/// (<see cref="Residents.Nik.GetBirthDate"/>: 40 taken off the day for women, the century as resolved when the NIK
/// was parsed).
/// </description></item>
/// <item><description>
/// <see cref="Resident(LocalDate, Citizenship, MaritalStatus, Nik)"/> takes both and checks that they agree: the day,
/// the month and the last two digits of the year must be those of the NIK. The century is not compared, because
/// the NIK does not hold it (a resident born in 1911 has a NIK that reads as 2011 on a reference date in 2012).
/// A NIK whose date part is not a real date (accepted only by <see cref="NikParseMode.Lenient"/>) has no birth date
/// to contradict, so any birth date is accepted with it.
/// </description></item>
/// <item><description>
/// <see cref="WithCorrectedBirthDate"/> takes both and does not compare them. A NIK never changes, even when the
/// register later corrects the birth date it was issued with, so a real resident can have a NIK that disagrees with
/// their birth date; the separate, named path keeps such a record apart from a typing error, which the constructor
/// rejects, and makes each correction stand out in code review.
/// </description></item>
/// </list>
/// <para>
/// Equality is reference equality: two residents with the same data are not necessarily the same person. Compare
/// <see cref="Nik"/> values to identify a person.
/// </para>
/// <para>
/// The birth date is a method, not a property: with the masked NIK it would give the NIK's hidden digits, so
/// serializers and structured loggers, which read properties, never see it, and System.Text.Json writes a resident
/// as its citizenship, marital status and masked NIK (R11). For the same reason the message of a contradiction
/// names both birth dates but not the NIK, not even masked.
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
        : this(birthDate, null, citizenship, maritalStatus)
    {
    }

    /// <summary>
    /// Creates a resident with a NIK and the birth date in the register, which must agree with the NIK's; see the
    /// type's remarks. For a birth date the register corrected after the NIK was issued, use
    /// <see cref="WithCorrectedBirthDate"/>.
    /// </summary>
    /// <param name="birthDate">
    /// The birth date in the register, in the ISO calendar. Its day, month and last two digits of the year must be
    /// those of <see cref="Residents.Nik.GetBirthDate"/>, unless that is <c>null</c>; its century is kept as given.
    /// </param>
    /// <param name="citizenship">The citizenship and stay permit.</param>
    /// <param name="maritalStatus">The marital status.</param>
    /// <param name="nik">The resident's NIK.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="birthDate"/> is not in the ISO calendar, or it contradicts the birth date in
    /// <paramref name="nik"/>; the message names both dates, and never the NIK (R11).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="citizenship"/> or <paramref name="maritalStatus"/> is not defined.</exception>
    public Resident(LocalDate birthDate, Citizenship citizenship, MaritalStatus maritalStatus, Nik nik)
        : this(birthDate, nik, citizenship, maritalStatus)
    {
        if (nik.GetBirthDate() is { } nikBirthDate
            && (birthDate.Day != nikBirthDate.Day || birthDate.Month != nikBirthDate.Month || birthDate.Year % 100 != nikBirthDate.Year % 100))
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The birth date {birthDate:uuuu-MM-dd} contradicts the birth date in the resident's NIK, {nikBirthDate:uuuu-MM-dd}: the day, the month and the last two digits of the year must agree (the NIK does not hold the century). If the register corrected the birth date after the NIK was issued, create the resident with Resident.WithCorrectedBirthDate; otherwise correct the birth date or the NIK."),
                nameof(birthDate));
        }
    }

    /// <summary>
    /// Creates a resident with a NIK, taking the birth date from it: <see cref="Residents.Nik.GetBirthDate"/>, with 40
    /// taken off the day for women and the century resolved against the reference date the NIK was parsed with.
    /// </summary>
    /// <remarks>
    /// The century is only as good as that reference date: a NIK read on a date in 2012 gives 2011, not 1911, for the
    /// digits <c>..11</c>. For a resident who may be over 100, give the register birth date with
    /// <see cref="Resident(LocalDate, Citizenship, MaritalStatus, Nik)"/>.
    /// </remarks>
    /// <param name="nik">The resident's NIK, whose date part must be a real date.</param>
    /// <param name="citizenship">The citizenship and stay permit.</param>
    /// <param name="maritalStatus">The marital status.</param>
    /// <exception cref="ArgumentException">
    /// The NIK has no birth date (<see cref="Residents.Nik.GetBirthDate"/> is <c>null</c>, because its date part was
    /// accepted by <see cref="NikParseMode.Lenient"/>); the message shows the NIK masked (R11).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="citizenship"/> or <paramref name="maritalStatus"/> is not defined.</exception>
    public Resident(Nik nik, Citizenship citizenship, MaritalStatus maritalStatus)
        : this(BirthDateOf(nik), nik, citizenship, maritalStatus)
    {
    }

    private Resident(LocalDate birthDate, Nik? nik, Citizenship citizenship, MaritalStatus maritalStatus)
    {
        Preconditions.CheckIso(birthDate, "birth date", nameof(birthDate));

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
        Nik = nik;
        Citizenship = citizenship;
        MaritalStatus = maritalStatus;
    }

    /// <summary>
    /// Creates a resident whose birth date was corrected in the register after the NIK was issued, so that it may
    /// differ from the date in the NIK, which never changes. Nothing is compared: use this only for a correction the
    /// register records, and <see cref="Resident(LocalDate, Citizenship, MaritalStatus, Nik)"/> otherwise, which
    /// rejects a contradiction as the typing error it usually is.
    /// </summary>
    /// <param name="correctedBirthDate">The corrected birth date in the register, in the ISO calendar; it decides the age.</param>
    /// <param name="citizenship">The citizenship and stay permit.</param>
    /// <param name="maritalStatus">The marital status.</param>
    /// <param name="nik">The resident's NIK, as issued.</param>
    /// <returns>The resident, whose <see cref="GetBirthDate"/> is <paramref name="correctedBirthDate"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="correctedBirthDate"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="citizenship"/> or <paramref name="maritalStatus"/> is not defined.</exception>
    public static Resident WithCorrectedBirthDate(LocalDate correctedBirthDate, Citizenship citizenship, MaritalStatus maritalStatus, Nik nik) =>
        new(correctedBirthDate, nik, citizenship, maritalStatus);

    private readonly LocalDate birthDate;

    /// <summary>
    /// Returns the birth date in the population register, which decides the age: the one given, or the NIK's when
    /// only a NIK was given.
    /// </summary>
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

    private static LocalDate BirthDateOf(Nik nik) =>
        nik.GetBirthDate() ?? throw new ArgumentException(
            $"The NIK {nik} has no birth date: its date part (digits 7-12) is not a real date and was accepted only by NikParseMode.Lenient. Give the birth date in the register with new Resident(birthDate, citizenship, maritalStatus, nik).",
            nameof(nik));
}
