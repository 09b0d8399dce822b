using System;
using System.Diagnostics.Contracts;
using System.Globalization;
using NodaTime;

namespace EktpDomain.Residents;

/// <summary>
/// The e-KTP duty (wajib KTP) of UU 24/2013 Art. 63(1): a citizen, or a foreigner with a permanent stay permit
/// (KITAP), must hold an e-KTP, and so record, when aged 17 or over, or married, or ever married.
/// </summary>
/// <remarks>
/// <para>
/// <b>Age</b> is whole years from NodaTime, <c>Period.Between(birthDate, onDate, PeriodUnits.Years)</c>: a person is
/// 17 from their 17th birthday inclusive. The eligible count built from these residents is a stock (R1).
/// </para>
/// <para>
/// <b>Born on 29 February.</b> NodaTime adds years by truncating to the end of the month: 29 February 2000 plus 17
/// years is 28 February 2017, and <c>Period.Between</c> agrees, giving 16 years on 27 February 2017 and 17 years on
/// both 28 February and 1 March 2017. So this library reads the law as: a person born on 29 February turns 17 on
/// 28 February of a common year (and on 29 February of a leap year). The law itself does not say; this reading makes
/// someone eligible one day earlier than the alternative reading (1 March), so no one is left out of the target.
/// </para>
/// <para>
/// <b>Before birth.</b> Asking about a date before the birth date is an error (<see cref="ArgumentException"/>), not
/// age 0: it almost always means a wrong date or a wrong record, and a silent 0 would hide that.
/// </para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class Eligibility
{
    /// <summary>The age from which everyone who may hold an e-KTP must hold one: 17.</summary>
    public const int MinimumAge = 17;

    /// <summary>Whether <paramref name="resident"/> must hold an e-KTP on <paramref name="onDate"/>.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="onDate">The date, in the ISO calendar, not before the resident's birth date.</param>
    /// <returns>True when <see cref="Evaluate"/> gives an eligible reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resident"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="onDate"/> is before the birth date, or not in the ISO calendar.</exception>
    [Pure]
    public static bool IsEligible(Resident resident, LocalDate onDate) =>
        Evaluate(resident, onDate) is EligibilityReason.AgedSeventeenOrOver or EligibilityReason.Married or EligibilityReason.EverMarried;

    /// <summary>
    /// Why <paramref name="resident"/> is or is not eligible on <paramref name="onDate"/>: a foreigner without KITAP
    /// never is; otherwise aged 17 or over, then married, then ever married (divorced or widowed), else not eligible.
    /// </summary>
    /// <param name="resident">The resident.</param>
    /// <param name="onDate">The date, in the ISO calendar, not before the resident's birth date.</param>
    /// <returns>The reason; see <see cref="EligibilityReason"/> for the order when several apply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resident"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="onDate"/> is before the birth date, or not in the ISO calendar.</exception>
    [Pure]
    public static EligibilityReason Evaluate(Resident resident, LocalDate onDate)
    {
        ArgumentNullException.ThrowIfNull(resident);
        int age = AgeInYears(resident.GetBirthDate(), onDate);
        if (resident.Citizenship == Citizenship.OtherForeigner)
        {
            return EligibilityReason.ForeignerWithoutPermanentStayPermit;
        }

        if (age >= MinimumAge)
        {
            return EligibilityReason.AgedSeventeenOrOver;
        }

        return resident.MaritalStatus switch
        {
            MaritalStatus.Married => EligibilityReason.Married,
            MaritalStatus.Divorced or MaritalStatus.Widowed => EligibilityReason.EverMarried,
            _ => EligibilityReason.UnderSeventeenAndNeverMarried,
        };
    }

    /// <summary>
    /// The age in whole years on <paramref name="onDate"/> of someone born on <paramref name="birthDate"/>, from
    /// NodaTime's <c>Period.Between(birthDate, onDate, PeriodUnits.Years)</c>. Someone born on 29 February gains a
    /// year on 28 February in a common year.
    /// </summary>
    /// <param name="birthDate">The birth date, in the ISO calendar.</param>
    /// <param name="onDate">The date, in the ISO calendar, not before <paramref name="birthDate"/>.</param>
    /// <returns>The age, 0 or more.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="onDate"/> is before <paramref name="birthDate"/>, or a date is not in the ISO calendar.
    /// </exception>
    [Pure]
    public static int AgeInYears(LocalDate birthDate, LocalDate onDate)
    {
        Preconditions.CheckIso(birthDate, "birth date", nameof(birthDate));
        Preconditions.CheckIso(onDate, "date", nameof(onDate));
        if (onDate < birthDate)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The date {onDate:uuuu-MM-dd} is before the birth date {birthDate:uuuu-MM-dd}: no one has an age before they are born. Leave residents born after the date out of the population on that date."),
                nameof(onDate));
        }

        return Period.Between(birthDate, onDate, PeriodUnits.Years).Years;
    }

    /// <summary>
    /// The date on which someone born on <paramref name="birthDate"/> turns 17 and becomes eligible by age: the 17th
    /// birthday, or 28 February for someone born on 29 February when that year is a common year. On this date
    /// <see cref="AgeInYears"/> first gives 17.
    /// </summary>
    /// <param name="birthDate">The birth date, in the ISO calendar.</param>
    /// <returns>The 17th birthday.</returns>
    /// <exception cref="ArgumentException"><paramref name="birthDate"/> is not in the ISO calendar.</exception>
    [Pure]
    public static LocalDate TurnsSeventeenOn(LocalDate birthDate)
    {
        Preconditions.CheckIso(birthDate, "birth date", nameof(birthDate));
        return birthDate.PlusYears(MinimumAge);
    }
}
