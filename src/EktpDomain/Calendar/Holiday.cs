using System.Diagnostics.Contracts;
using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace EktpDomain.Calendar;

/// <summary>
/// One day off in the working calendar: a date, its name, and whether it is a national holiday, collective leave
/// (<em>cuti bersama</em>) or a user-supplied regional holiday. A holiday is never a working day (R2, R5, R7).
/// </summary>
/// <remarks>
/// <para>
/// The <c>default</c> value has the date <c>0001-01-01</c> (NodaTime's default <see cref="LocalDate"/>), an empty
/// <see cref="Name"/> and the kind <see cref="HolidayKind.NationalHoliday"/>. It is a valid value to compare and hash,
/// but <see cref="WorkingCalendarBuilder.AddHoliday"/> rejects it because it has no name.
/// </para>
/// <para>
/// Equality compares the date, the name (ordinal) and the kind. Ordering is by date, then kind (in the order of
/// <see cref="HolidayKind"/>), then name (ordinal), so a calendar's holidays sort by date.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Holiday : IEquatable<Holiday>, IComparable<Holiday>, IComparable
{
    private readonly string? name;

    /// <summary>Creates a holiday.</summary>
    /// <param name="date">The day off, in the ISO calendar.</param>
    /// <param name="name">The holiday's name, such as <c>Wafat Yesus Kristus</c>; not empty or whitespace.</param>
    /// <param name="kind">Whether it is a national holiday, collective leave or a regional holiday.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> is empty or whitespace, or <paramref name="date"/> is not in the ISO calendar.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="HolidayKind"/>.</exception>
    public Holiday(LocalDate date, string name, HolidayKind kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        string dateText = CalendarText.Format(date);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException(
                $"The holiday on {dateText} has an empty name; every holiday needs a name, such as 'Hari Raya Natal'.",
                nameof(name));
        }

        Preconditions.CheckIso(date, "date", nameof(date));
        if (kind is < HolidayKind.NationalHoliday or > HolidayKind.Regional)
        {
            throw new ArgumentOutOfRangeException(
                nameof(kind),
                $"The holiday kind {(int)kind} of '{name}' on {dateText} is not defined; use NationalHoliday, CollectiveLeave or Regional.");
        }

        Date = date;
        this.name = name;
        Kind = kind;
    }

    /// <summary>The day off, in the ISO calendar.</summary>
    public LocalDate Date { get; }

    /// <summary>The holiday's name; empty only for the <c>default</c> value.</summary>
    public string Name => name ?? string.Empty;

    /// <summary>Whether this is a national holiday, collective leave or a regional holiday.</summary>
    public HolidayKind Kind { get; }

    /// <summary>
    /// Formats as <c>2012-04-06 Wafat Yesus Kristus (NationalHoliday)</c>, independent of culture; the <c>default</c>
    /// value, which has no name, as <c>0001-01-01 (NationalHoliday)</c>.
    /// </summary>
    [Pure]
    public override string ToString() =>
        Name.Length == 0 ? $"{CalendarText.Format(Date)} ({Kind})" : $"{CalendarText.Format(Date)} {Name} ({Kind})";

    /// <inheritdoc />
    [Pure]
    public bool Equals(Holiday other) =>
        Date == other.Date && Kind == other.Kind && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    [Pure]
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Holiday other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCode.Combine(Date, Kind, StringComparer.Ordinal.GetHashCode(Name));

    /// <summary>Compares by date, then kind, then name (ordinal).</summary>
    /// <param name="other">The holiday to compare with.</param>
    /// <returns>Negative, zero or positive as this holiday sorts before, with or after <paramref name="other"/>.</returns>
    [Pure]
    public int CompareTo(Holiday other)
    {
        int byDate = Date.CompareTo(other.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        int byKind = ((int)Kind).CompareTo((int)other.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(Name, other.Name);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Holiday other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Holiday)}, not {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether two holidays are equal.</summary>
    [Pure]
    public static bool operator ==(Holiday left, Holiday right) => left.Equals(right);

    /// <summary>Whether two holidays differ.</summary>
    [Pure]
    public static bool operator !=(Holiday left, Holiday right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator <(Holiday left, Holiday right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator <=(Holiday left, Holiday right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator >(Holiday left, Holiday right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    [Pure]
    public static bool operator >=(Holiday left, Holiday right) => left.CompareTo(right) >= 0;
}
