namespace EktpDomain.Calendar;

/// <summary>What kind of day off a <see cref="Holiday"/> is.</summary>
/// <remarks>
/// All three kinds close the national working calendar for the whole day (R2, R5, R7); the kind only says where the
/// day comes from.
/// </remarks>
public enum HolidayKind
{
    /// <summary>A national public holiday (<em>libur nasional</em>) set by decree. This is the <c>default</c>.</summary>
    NationalHoliday = 0,

    /// <summary>A collective leave day (<em>cuti bersama</em>) set by the joint decree of three ministers.</summary>
    CollectiveLeave = 1,

    /// <summary>A day off supplied by the user, such as a regional holiday in their own <c>holidays.csv</c>.</summary>
    Regional = 2,
}
