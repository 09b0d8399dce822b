using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace EktpDomain.Devices;

/// <summary>
/// A dated placement of a recording set in a kecamatan (R5): from a date, to a date or open-ended. Moves and loans are
/// assignments too: a set lent from Kronjo to Gunung Kaler ends its Kronjo assignment and starts a Gunung Kaler one,
/// which can be marked as a loan.
/// </summary>
/// <remarks>
/// <para>
/// Both ends are inclusive. An open-ended assignment (<see cref="To"/> null) lasts to the end of whatever period is
/// asked about. The constructor checks the assignment on its own; whether it fits the inventory (a known set, no
/// overlap with the set's other assignments, not after the set's retirement) is checked when the inventory is built.
/// </para>
/// <para>
/// Equality is value equality over every property, the device id compared ordinally. This type is immutable and
/// thread-safe.
/// </para>
/// </remarks>
public sealed class DeviceAssignment : IEquatable<DeviceAssignment>
{
    /// <summary>Creates an assignment.</summary>
    /// <param name="device">The recording set's id; leading and trailing white space is removed; not blank.</param>
    /// <param name="kecamatan">The kecamatan, a <see cref="RegionLevel.Kecamatan"/> code.</param>
    /// <param name="from">The first day, inclusive.</param>
    /// <param name="to">The last day, inclusive, or null for open-ended.</param>
    /// <param name="isLoan">Whether this placement is a loan (a set lent to a kecamatan for a while).</param>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="device"/> is blank, or <paramref name="kecamatan"/> is not a kecamatan code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public DeviceAssignment(string device, RegionCode kecamatan, LocalDate from, LocalDate? to = null, bool isLoan = false)
    {
        ArgumentNullException.ThrowIfNull(device);
        Device = DeviceText.Id(device) ?? throw new ArgumentException("An assignment needs a recording set id; it cannot be empty or white space.", nameof(device));
        Preconditions.CheckKecamatan(kecamatan, "an assignment", nameof(kecamatan));

        if (to is LocalDate end && end < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "T" + ToBeforeFrom(Device, kecamatan, from, end)[1..]);
        }

        Kecamatan = kecamatan;
        From = from;
        To = to;
        IsLoan = isLoan;
    }

    /// <summary>The recording set's id.</summary>
    public string Device { get; }

    /// <summary>The kecamatan the set is placed in.</summary>
    public RegionCode Kecamatan { get; }

    /// <summary>The first day, inclusive.</summary>
    public LocalDate From { get; }

    /// <summary>The last day, inclusive, or null for open-ended.</summary>
    public LocalDate? To { get; }

    /// <summary>Whether the assignment is open-ended.</summary>
    public bool IsOpenEnded => To is null;

    /// <summary>Whether the assignment was marked as a loan.</summary>
    public bool IsLoan { get; }

    /// <summary>Whether the set is placed here on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <see cref="From"/> ≤ date ≤ <see cref="To"/> (or no end).</returns>
    public bool Contains(LocalDate date) => date >= From && (To is null || date <= To.Value);

    /// <summary>Formats as <c>K-06-1 at 36.03.06 from 2012-04-02 to 2012-04-30</c> (or <c>to open-ended</c>), plus <c>(loan)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Device} at {Kecamatan} from {DeviceText.Date(From)} to {DeviceText.End(To)}{(IsLoan ? " (loan)" : string.Empty)}");

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] DeviceAssignment? other) =>
        other is not null
        && string.Equals(Device, other.Device, StringComparison.Ordinal)
        && Kecamatan == other.Kecamatan
        && From == other.From
        && To == other.To
        && IsLoan == other.IsLoan;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as DeviceAssignment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Device), Kecamatan, From, To, IsLoan);

    /// <summary>Whether two assignments are equal (both null counts as equal).</summary>
    public static bool operator ==(DeviceAssignment? left, DeviceAssignment? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two assignments differ.</summary>
    public static bool operator !=(DeviceAssignment? left, DeviceAssignment? right) => !(left == right);

    internal static string ToBeforeFrom(string device, RegionCode kecamatan, LocalDate from, LocalDate to) =>
        $"the assignment of device {device} to {kecamatan} ends on {DeviceText.Date(to)}, before it starts on {DeviceText.Date(from)}; 'to' must be on or after 'from'.";
}
