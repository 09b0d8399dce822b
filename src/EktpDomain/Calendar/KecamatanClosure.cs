using System;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace EktpDomain.Calendar;

/// <summary>
/// A day on which one kecamatan's recording office is closed although the nation works (a local event, a move, a
/// disaster). Implements part of R5 of the calculation rules: the day is not a working day for that kecamatan, so it
/// gives no available device-days there; other kecamatan and the national calendar are unaffected, and so are
/// targets (R2 pro-rates by national working days only).
/// </summary>
/// <remarks>
/// <para>
/// Equality is value equality: the kecamatan, the date and the reason (ordinal) are all equal. Two closures of the
/// same kecamatan on the same date with different reasons are different values, but the day is closed only once.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class KecamatanClosure : IEquatable<KecamatanClosure>
{
    /// <summary>Creates a closure.</summary>
    /// <param name="kecamatan">The kecamatan whose office is closed; a kecamatan-level code (<c>PP.KK.CC</c>).</param>
    /// <param name="date">The closed day, in the ISO calendar.</param>
    /// <param name="reason">Why the office is closed; not empty or whitespace.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="kecamatan"/> is not a kecamatan-level code, <paramref name="reason"/> is empty or whitespace,
    /// or <paramref name="date"/> is not in the ISO calendar.
    /// </exception>
    public KecamatanClosure(RegionCode kecamatan, LocalDate date, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Preconditions.CheckKecamatan(kecamatan, "a kecamatan closure", nameof(kecamatan));
        Preconditions.CheckIso(date, "date", nameof(date));
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException(
                $"The closure of kecamatan {kecamatan} on {CalendarText.Format(date)} has an empty reason; say why the office is closed.",
                nameof(reason));
        }

        Kecamatan = kecamatan;
        Date = date;
        Reason = reason;
    }

    /// <summary>The kecamatan whose office is closed (a kecamatan-level code).</summary>
    public RegionCode Kecamatan { get; }

    /// <summary>The closed day.</summary>
    public LocalDate Date { get; }

    /// <summary>Why the office is closed.</summary>
    public string Reason { get; }

    /// <summary>Formats as <c>36.03.27 2012-04-10: reason</c>, independent of culture.</summary>
    public override string ToString() => $"{Kecamatan} {CalendarText.Format(Date)}: {Reason}";

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] KecamatanClosure? other) =>
        other is not null
        && Kecamatan == other.Kecamatan
        && Date == other.Date
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as KecamatanClosure);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kecamatan, Date, StringComparer.Ordinal.GetHashCode(Reason));

    /// <summary>Whether two closures are equal (both null counts as equal).</summary>
    public static bool operator ==(KecamatanClosure? left, KecamatanClosure? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two closures differ.</summary>
    public static bool operator !=(KecamatanClosure? left, KecamatanClosure? right) => !(left == right);
}
