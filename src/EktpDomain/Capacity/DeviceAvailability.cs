using System.Globalization;
using EktpDomain.Devices;
using EktpDomain.Incidents;

namespace EktpDomain.Capacity;

/// <summary>
/// One recording set's availability over a window (R5): its assigned working days, how many of them it could record
/// and how many an outage took, with availability, MTBF and MTTR in working days.
/// </summary>
/// <remarks>
/// <para>
/// <b>Definitions.</b> An <em>assigned device-day</em> is a working day of the kecamatan the set is assigned to that
/// day. It is an <em>outage device-day</em> when an outage touches the set that day (its own, or a site outage where
/// it is), and otherwise an <em>available device-day</em>: <see cref="DeviceDays"/> + <see cref="OutageDeviceDays"/> =
/// <see cref="AssignedDeviceDays"/>. A <em>failure</em> is one merged stretch of the set's outage days (its own and
/// its sites' outages merged as in <see cref="Outage"/>) that takes at least one of its assigned device-days.
/// </para>
/// <list type="bullet">
/// <item>Availability = available ÷ assigned device-days; null when the set has no assigned device-day.</item>
/// <item>MTBF (mean time between failures) = available device-days ÷ failures; null without failures.</item>
/// <item>MTTR (mean time to repair) = outage device-days ÷ failures; null without failures.</item>
/// </list>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class DeviceAvailability
{
    internal DeviceAvailability(RecordingSet device, long assigned, long outage, int failures)
    {
        Device = device;
        AssignedDeviceDays = assigned;
        OutageDeviceDays = outage;
        DeviceDays = assigned - outage;
        Failures = failures;
    }

    /// <summary>The set.</summary>
    public RecordingSet Device { get; }

    /// <summary>Working days on which the set was assigned to a kecamatan (that kecamatan's working days).</summary>
    public long AssignedDeviceDays { get; }

    /// <summary>Available device-days: assigned working days without an outage touching the set (R5).</summary>
    public long DeviceDays { get; }

    /// <summary>Outage device-days: assigned working days on which an outage touched the set (R5).</summary>
    public long OutageDeviceDays { get; }

    /// <summary>The number of failures (merged outage stretches that took an assigned working day).</summary>
    public int Failures { get; }

    /// <summary>Available ÷ assigned device-days, exact; null when there are no assigned device-days.</summary>
    public Ratio? AvailabilityRatio => AssignedDeviceDays == 0 ? null : new Ratio(DeviceDays, AssignedDeviceDays);

    /// <summary>Availability in percent: available ÷ assigned device-days × 100 (100 = never out); null when there are no assigned device-days.</summary>
    public decimal? AvailabilityPercent => AvailabilityRatio is Ratio ratio ? (ratio * 100).ToDecimal() : null;

    /// <summary>Mean time between failures, in working days: available device-days ÷ failures, exact; null without failures.</summary>
    public Ratio? MeanWorkingDaysBetweenFailures => Failures == 0 ? null : new Ratio(DeviceDays, Failures);

    /// <summary>Mean time to repair, in working days: outage device-days ÷ failures, exact; null without failures.</summary>
    public Ratio? MeanWorkingDaysToRepair => Failures == 0 ? null : new Ratio(OutageDeviceDays, Failures);

    /// <summary>Formats as <c>K-06-1: 20 assigned, 10 available, 10 out, 1 failures</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Device.Id}: {AssignedDeviceDays} assigned, {DeviceDays} available, {OutageDeviceDays} out, {Failures} failures");
}
