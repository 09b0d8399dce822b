using System.Diagnostics.Contracts;
using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Recording;

/// <summary>
/// One dated count in the recording ledger (R3): so many residents recorded, lost or re-recorded in a kecamatan on a
/// date, optionally on one recording set.
/// </summary>
/// <remarks>
/// <para>
/// The constructor checks the entry on its own: a kecamatan-level code and a count of zero or more. Whether the entry
/// fits the rest of the ledger (a known kecamatan, a backlog and coverage that stay at or above zero) is checked
/// when the ledger is built.
/// </para>
/// <para>
/// The <c>default</c> value is not a usable entry (its kecamatan is the nation); the ledger builder rejects it.
/// Equality compares every field, the device ordinally. This type is immutable and thread-safe.
/// </para>
/// </remarks>
public readonly struct LedgerEntry : IEquatable<LedgerEntry>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="date">The day the residents were recorded, lost or re-recorded.</param>
    /// <param name="kecamatan">The kecamatan, a <see cref="RegionLevel.Kecamatan"/> code.</param>
    /// <param name="kind">Recorded, lost or re-recorded.</param>
    /// <param name="count">The number of residents; zero or more.</param>
    /// <param name="device">The recording set's id, or null when the entry is not for one set. Blank means null.</param>
    /// <exception cref="ArgumentException"><paramref name="kecamatan"/> is not a kecamatan code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, or <paramref name="kind"/> is undefined.</exception>
    public LedgerEntry(LocalDate date, RegionCode kecamatan, LedgerEntryKind kind, long count, string? device = null)
    {
        Preconditions.CheckKecamatan(kecamatan, "a ledger entry", nameof(kecamatan));

        if (!LedgerNames.Kind.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "The kind must be Recorded, Lost or Rerecorded.");
        }

        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(count),
                PersonalData.Redact(string.Create(CultureInfo.InvariantCulture, $"A ledger count cannot be negative, but {Describe(date, kecamatan, kind)} has {count}. Record a loss as a Lost entry with a positive count.")));
        }

        Date = date;
        Kecamatan = kecamatan;
        Kind = kind;
        Count = count;
        Device = string.IsNullOrWhiteSpace(device) ? null : device;
    }

    /// <summary>The day of the entry.</summary>
    public LocalDate Date { get; }

    /// <summary>The kecamatan of the entry.</summary>
    public RegionCode Kecamatan { get; }

    /// <summary>Recorded, lost or re-recorded.</summary>
    public LedgerEntryKind Kind { get; }

    /// <summary>The number of residents, zero or more.</summary>
    public long Count { get; }

    /// <summary>The recording set's id, or null.</summary>
    public string? Device { get; }

    /// <summary>The entry's effect on realisation and coverage: +count when recorded or re-recorded, −count when lost (R3).</summary>
    public long NetEffect => Kind == LedgerEntryKind.Lost ? -Count : Count;

    /// <inheritdoc />
    [Pure]
    public bool Equals(LedgerEntry other) =>
        Date == other.Date && Kecamatan == other.Kecamatan && Kind == other.Kind && Count == other.Count &&
        string.Equals(Device, other.Device, StringComparison.Ordinal);

    /// <inheritdoc />
    [Pure]
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is LedgerEntry other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() =>
        HashCode.Combine(Date, Kecamatan, Kind, Count, Device is null ? 0 : StringComparer.Ordinal.GetHashCode(Device));

    /// <summary>Whether two entries are equal.</summary>
    [Pure]
    public static bool operator ==(LedgerEntry left, LedgerEntry right) => left.Equals(right);

    /// <summary>Whether two entries differ.</summary>
    [Pure]
    public static bool operator !=(LedgerEntry left, LedgerEntry right) => !left.Equals(right);

    /// <summary>Describes the entry, such as <c>2012-04-10 36.03.30 lost 1738 (device K-30-1)</c>.</summary>
    [Pure]
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{LocalDatePattern.Iso.Format(Date)} {Kecamatan} {LedgerNames.Kind.Format(Kind)} {Count}{(Device is null ? "" : $" (device {Device})")}");

    private static string Describe(LocalDate date, RegionCode kecamatan, LedgerEntryKind kind) =>
        $"the {LedgerNames.Kind.Format(kind)} entry of {LocalDatePattern.Iso.Format(date)} at {kecamatan}";
}
