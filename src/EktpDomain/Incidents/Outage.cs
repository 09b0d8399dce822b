using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using EktpDomain.Devices;
using NodaTime;

namespace EktpDomain.Incidents;

/// <summary>
/// One merged outage inside a window (R5): the union of a set's overlapping or back-to-back incidents, or of a site's.
/// One day counts once, however many incidents cover it.
/// </summary>
/// <remarks>
/// <para>
/// <b>Merging.</b> Each incident is first clipped to the window (an ongoing one runs to the window's end). Incidents
/// of the same set, or of the same site, are then merged when they overlap or are back-to-back: when nothing but days
/// that are not national working days (weekends, holidays, <em>cuti bersama</em>) lies between them. A scanner
/// reported broken until Friday and again from Monday is one outage.
/// </para>
/// <para>
/// <b>Kecamatan.</b> A site outage belongs to its kecamatan. A set's outage follows the set, and is attributed to the
/// kecamatan the set is assigned to on the outage's first day in the window (else the first kecamatan it is assigned
/// to during the outage, else the kecamatan of its first incident). <see cref="WorkingDays"/> counts that kecamatan's
/// working days (R8: "durations are working days of the kecamatan, counted inside the window").
/// </para>
/// <para>Equality is reference equality. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Outage
{
    internal Outage(RegionCode kecamatan, string? device, DateInterval interval, int workingDays, ImmutableArray<Incident> incidents, DateInterval window)
    {
        Kecamatan = kecamatan;
        Device = device;
        Interval = interval;
        WorkingDays = workingDays;
        Incidents = incidents;
        int parts = 0;
        foreach (var incident in incidents)
        {
            parts |= 1 << (int)incident.Component;
            StartedBeforeWindow |= incident.Start < window.Start;
            ContinuesAfterWindow |= incident.End is null || incident.End.Value > window.End;
        }

        var components = ImmutableArray.CreateBuilder<DeviceComponent>(BitOperations.PopCount((uint)parts));
        for (int c = 0; parts != 0; c++, parts >>= 1)
        {
            if ((parts & 1) != 0)
            {
                components.Add((DeviceComponent)c);
            }
        }

        Components = components.MoveToImmutable();
    }

    /// <summary>The kecamatan: the site's, or the one a set's outage is attributed to.</summary>
    public RegionCode Kecamatan { get; }

    /// <summary>The set, or null for a site-wide outage.</summary>
    public string? Device { get; }

    /// <summary>Whether the outage is of the whole site.</summary>
    public bool IsSiteWide => Device is null;

    /// <summary>The merged outage's days inside the window, inclusive.</summary>
    public DateInterval Interval { get; }

    /// <summary>The working days of <see cref="Kecamatan"/> inside <see cref="Interval"/>.</summary>
    public int WorkingDays { get; }

    /// <summary>The incidents merged into this outage, by start.</summary>
    public ImmutableArray<Incident> Incidents { get; }

    /// <summary>The failed parts, distinct, in enum order.</summary>
    public ImmutableArray<DeviceComponent> Components { get; }

    /// <summary>Whether an incident of the outage started before the window.</summary>
    public bool StartedBeforeWindow { get; }

    /// <summary>Whether an incident of the outage is ongoing or ends after the window.</summary>
    public bool ContinuesAfterWindow { get; }

    /// <summary>Formats as <c>36.03.06 K-06-1 2012-04-02..2012-04-16: 10 working days</c> (<c>site</c> without a set).</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kecamatan} {Device ?? "site"} {DeviceText.Date(Interval.Start)}..{DeviceText.Date(Interval.End)}: {WorkingDays} working days");
}
