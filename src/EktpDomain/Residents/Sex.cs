namespace EktpDomain.Residents;

/// <summary>The sex recorded in a <see cref="Nik"/>: women have 40 added to the day of their birth date.</summary>
public enum Sex
{
    /// <summary>Male (laki-laki): the day part of the NIK is the day of birth, 01 to 31.</summary>
    Male = 0,

    /// <summary>Female (perempuan): the day part of the NIK is the day of birth plus 40, 41 to 71.</summary>
    Female = 1,
}
