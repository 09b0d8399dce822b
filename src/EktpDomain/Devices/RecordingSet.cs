using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace EktpDomain.Devices;

/// <summary>
/// A recording set (alat perekaman, R5): a PC or laptop, a fingerprint scanner, an iris scanner, a camera and a
/// signature pad, which together record one resident at a time against the kecamatan's server. A set is static or an
/// e-KTP Mobile unit, funded by central government (APBN) or the regency (APBD), and has a lifecycle: in service from
/// its acquisition, retired (destroyed, stolen, worn out, transferred) from its retirement date on.
/// </summary>
/// <remarks>
/// <para>
/// Where a set is, is not part of the set: <see cref="DeviceAssignment"/>s place it in kecamatan over dated
/// intervals, and a <see cref="DeviceInventory"/> holds both and checks them together (R5: never in two kecamatan on
/// one day; never assigned on or after its retirement date).
/// </para>
/// <para>
/// Equality is value equality over every property; the id compares ordinally (ids are case-sensitive, as in the
/// ledger's device column). This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class RecordingSet : IEquatable<RecordingSet>
{
    private static readonly ImmutableArray<DeviceComponent> SetComponents =
        [DeviceComponent.Pc, DeviceComponent.Fingerprint, DeviceComponent.Iris, DeviceComponent.Camera, DeviceComponent.SignaturePad];

    /// <summary>Creates a recording set.</summary>
    /// <param name="id">The set's id, such as <c>K-06-1</c>; leading and trailing white space is removed; not blank.</param>
    /// <param name="kind">Static or an e-KTP Mobile unit.</param>
    /// <param name="funding">APBN or APBD.</param>
    /// <param name="acquiredOn">The acquisition date, or null when unknown.</param>
    /// <param name="computer">The computer; null for the usual one: a PC for a static set, a laptop for a mobile unit.</param>
    /// <param name="retiredOn">
    /// The first day the set is out of service, or null while it is in service. It cannot be assigned on that day or
    /// later (R5).
    /// </param>
    /// <param name="retirementReason">How the set left service; required with <paramref name="retiredOn"/>, and only with it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An enum value is undefined; <paramref name="retiredOn"/> is before <paramref name="acquiredOn"/>; or a retirement
    /// date comes without a reason, or a reason without a date.
    /// </exception>
    public RecordingSet(
        string id,
        DeviceKind kind,
        FundingSource funding,
        LocalDate? acquiredOn = null,
        ComputerKind? computer = null,
        LocalDate? retiredOn = null,
        RetirementReason? retirementReason = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        string? trimmed = DeviceText.Id(id);
        if (trimmed is null)
        {
            throw new ArgumentException("A recording set's id cannot be empty or white space.", nameof(id));
        }

        if (!DeviceNames.Kind.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"The kind of recording set {trimmed} must be Static or Mobile.");
        }

        if (!DeviceNames.Funding.IsDefined(funding))
        {
            throw new ArgumentOutOfRangeException(nameof(funding), funding, $"The funding of recording set {trimmed} must be Apbn or Apbd.");
        }

        if (computer is ComputerKind c && !DeviceText.IsDefined(c))
        {
            throw new ArgumentOutOfRangeException(nameof(computer), computer, $"The computer of recording set {trimmed} must be Pc or Laptop.");
        }

        string? lifecycle = CheckLifecycle(trimmed, acquiredOn, retiredOn, retirementReason);
        if (lifecycle is not null)
        {
            throw new ArgumentOutOfRangeException(retiredOn is null ? nameof(retirementReason) : nameof(retiredOn), lifecycle);
        }

        Id = trimmed;
        Kind = kind;
        Funding = funding;
        AcquiredOn = acquiredOn;
        Computer = computer ?? (kind == DeviceKind.Mobile ? ComputerKind.Laptop : ComputerKind.Pc);
        RetiredOn = retiredOn;
        RetirementReason = retirementReason;
    }

    /// <summary>The set's id, such as <c>K-06-1</c>.</summary>
    public string Id { get; }

    /// <summary>Static or an e-KTP Mobile unit.</summary>
    public DeviceKind Kind { get; }

    /// <summary>Whether the set is an e-KTP Mobile unit.</summary>
    public bool IsMobile => Kind == DeviceKind.Mobile;

    /// <summary>APBN or APBD.</summary>
    public FundingSource Funding { get; }

    /// <summary>The acquisition date, or null when unknown.</summary>
    public LocalDate? AcquiredOn { get; }

    /// <summary>The computer: a PC or a laptop.</summary>
    public ComputerKind Computer { get; }

    /// <summary>
    /// The five components of the set, any of which idles the whole set when broken: the PC or laptop, the fingerprint
    /// scanner, the iris scanner, the camera and the signature pad.
    /// </summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A property of each set; every set has the same five today.")]
    public ImmutableArray<DeviceComponent> Components => SetComponents;

    /// <summary>The first day the set is out of service, or null while it is in service.</summary>
    public LocalDate? RetiredOn { get; }

    /// <summary>How the set left service, or null while it is in service.</summary>
    public RetirementReason? RetirementReason { get; }

    /// <summary>Whether the set has been retired (at any date).</summary>
    public bool IsRetired => RetiredOn is not null;

    /// <summary>The set's lifecycle state on a date (R5).</summary>
    /// <param name="date">The date.</param>
    /// <returns>
    /// <see cref="DeviceStatus.NotYetAcquired"/> before the acquisition date, <see cref="DeviceStatus.Retired"/> on or
    /// after the retirement date, otherwise <see cref="DeviceStatus.InService"/>.
    /// </returns>
    public DeviceStatus GetStatus(LocalDate date) =>
        RetiredOn is LocalDate retired && date >= retired ? DeviceStatus.Retired
        : AcquiredOn is LocalDate acquired && date < acquired ? DeviceStatus.NotYetAcquired
        : DeviceStatus.InService;

    /// <summary>A copy of this set retired from <paramref name="retiredOn"/> for <paramref name="reason"/>.</summary>
    /// <param name="retiredOn">The first day out of service; not before the acquisition date.</param>
    /// <param name="reason">How it left service.</param>
    /// <returns>The retired set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the acquisition date, or the reason is undefined.</exception>
    [System.Diagnostics.Contracts.Pure]
    public RecordingSet Retire(LocalDate retiredOn, RetirementReason reason)
    {
        if (!DeviceText.IsDefined(reason))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, $"The retirement reason of recording set {Id} must be one of Destroyed, Stolen, WornOut, Transferred or Other.");
        }

        return new(Id, Kind, Funding, AcquiredOn, Computer, retiredOn, reason);
    }

    /// <summary>Formats as <c>K-06-1 (static, apbn)</c>, plus the retirement when there is one.</summary>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Id} ({DeviceNames.Kind.Format(Kind)}, {DeviceNames.Funding.Format(Funding)}{(RetiredOn is LocalDate r ? $", retired {DeviceText.Date(r)}: {RetirementReason}" : string.Empty)})");

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] RecordingSet? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Kind == other.Kind
        && Funding == other.Funding
        && AcquiredOn == other.AcquiredOn
        && Computer == other.Computer
        && RetiredOn == other.RetiredOn
        && RetirementReason == other.RetirementReason;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as RecordingSet);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Kind, Funding, AcquiredOn, Computer, RetiredOn, RetirementReason);

    /// <summary>Whether two sets are equal (both null counts as equal).</summary>
    public static bool operator ==(RecordingSet? left, RecordingSet? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two sets differ.</summary>
    public static bool operator !=(RecordingSet? left, RecordingSet? right) => !(left == right);

    internal static string? CheckLifecycle(string id, LocalDate? acquiredOn, LocalDate? retiredOn, RetirementReason? reason)
    {
        if (retiredOn is null && reason is not null)
        {
            return $"Recording set {id} has a retirement reason ({reason}) but no retirement date.";
        }

        if (retiredOn is not null && reason is null)
        {
            return $"Recording set {id} has a retirement date ({DeviceText.Date(retiredOn.Value)}) but no reason; say how it left service.";
        }

        if (reason is RetirementReason r && !DeviceText.IsDefined(r))
        {
            return $"The retirement reason of recording set {id} must be one of Destroyed, Stolen, WornOut, Transferred or Other.";
        }

        if (retiredOn is LocalDate retired && acquiredOn is LocalDate acquired && retired < acquired)
        {
            return $"Recording set {id} is retired on {DeviceText.Date(retired)}, before it was acquired on {DeviceText.Date(acquired)}.";
        }

        return null;
    }
}
