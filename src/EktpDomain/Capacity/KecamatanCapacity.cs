using System;
using System.Globalization;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Capacity;

/// <summary>
/// One kecamatan's recording capacity over a window (R5): device-days, outage device-days, capacity, the working days
/// on which it had no available set, and availability, MTBF and MTTR of its sets while they were there.
/// </summary>
/// <remarks>
/// <para>
/// <b>R5.</b> A set gives an <em>available device-day</em> on a day when the day is a working day of the kecamatan
/// (Monday to Friday, minus national holidays, <em>cuti bersama</em> and the kecamatan's own closures), the set is
/// assigned to the kecamatan that day, and no outage touches the set that day. <em>Outage device-days</em> are the
/// working, assigned device-days on which an outage touches the set. So <see cref="DeviceDays"/> +
/// <see cref="OutageDeviceDays"/> = <see cref="AssignedDeviceDays"/>. <see cref="Capacity"/> = available
/// device-days × throughput per device-day.
/// </para>
/// <para>
/// Failures, availability, MTBF and MTTR are defined as in <see cref="DeviceAvailability"/>, summed over the sets
/// while they were assigned here: a failure is one merged outage stretch of one set in this kecamatan.
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class KecamatanCapacity
{
    internal KecamatanCapacity(
        RegionCode code,
        int workingDays,
        long assigned,
        long outage,
        long throughput,
        int daysWithoutDevice,
        LocalDate? firstDayWithoutDevice,
        int failures)
    {
        Code = code;
        WorkingDays = workingDays;
        AssignedDeviceDays = assigned;
        OutageDeviceDays = outage;
        DeviceDays = assigned - outage;
        Throughput = throughput;
        Capacity = CheckedMath.Multiply(DeviceDays, throughput, "capacity");
        DaysWithoutDevice = daysWithoutDevice;
        FirstDayWithoutDevice = firstDayWithoutDevice;
        Failures = failures;
    }

    /// <summary>The kecamatan.</summary>
    public RegionCode Code { get; }

    /// <summary>The kecamatan's working days in the window (R5: national working days minus its closures).</summary>
    public int WorkingDays { get; }

    /// <summary>Working days × sets assigned on them: the device-days there would be without outages.</summary>
    public long AssignedDeviceDays { get; }

    /// <summary>Available device-days (R5).</summary>
    public long DeviceDays { get; }

    /// <summary>Outage device-days (R5): working, assigned device-days on which an outage touched the set.</summary>
    public long OutageDeviceDays { get; }

    /// <summary>The throughput per available device-day the capacity was computed with (default 100).</summary>
    public long Throughput { get; }

    /// <summary>Capacity = available device-days × throughput (R5).</summary>
    public long Capacity { get; }

    /// <summary>
    /// The working days on which the kecamatan had no available set: none assigned, or every assigned set touched by
    /// an outage (R8 <c>no-working-device</c>).
    /// </summary>
    public int DaysWithoutDevice { get; }

    /// <summary>The first of <see cref="DaysWithoutDevice"/>, or null when there is none.</summary>
    public LocalDate? FirstDayWithoutDevice { get; }

    /// <summary>The number of failures of the sets while assigned here.</summary>
    public int Failures { get; }

    /// <summary>Available ÷ assigned device-days, exact; null when there are no assigned device-days.</summary>
    public Ratio? AvailabilityRatio => AssignedDeviceDays == 0 ? null : new Ratio(DeviceDays, AssignedDeviceDays);

    /// <summary>Availability in percent: available ÷ assigned device-days × 100 (100 = never out); null when there are no assigned device-days.</summary>
    public decimal? AvailabilityPercent => AvailabilityRatio is Ratio ratio ? (ratio * 100).ToDecimal() : null;

    /// <summary>Mean time between failures, in working days: available device-days ÷ failures, exact; null without failures.</summary>
    public Ratio? MeanWorkingDaysBetweenFailures => Failures == 0 ? null : new Ratio(DeviceDays, Failures);

    /// <summary>Mean time to repair, in working days: outage device-days ÷ failures, exact; null without failures.</summary>
    public Ratio? MeanWorkingDaysToRepair => Failures == 0 ? null : new Ratio(OutageDeviceDays, Failures);

    /// <summary>Utilisation = gross recorded ÷ capacity (R5), exact; null when the capacity is 0.</summary>
    /// <param name="grossRecorded">The gross recordings in the window: recorded + re-recorded (R3); zero or more.</param>
    /// <returns>The utilisation, or null when not applicable.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grossRecorded"/> is negative.</exception>
    public Ratio? GetUtilisation(long grossRecorded)
    {
        Preconditions.NotNegative(grossRecorded);
        return Capacity == 0 ? null : new Ratio(grossRecorded, Capacity);
    }

    /// <summary>Formats as <c>36.03.06: 40 device-days, 10 outage device-days, capacity 4000</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Code}: {DeviceDays} device-days, {OutageDeviceDays} outage device-days, capacity {Capacity}");
}
