using System;
using System.Globalization;
using NodaTime;

namespace EktpDomain.Findings;

/// <summary>
/// The facts of an R8 <c>repeated-failure</c> finding: the set, how many incidents, the first and last start dates,
/// and the run of days they fall in.
/// </summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class RepeatedFailureDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="device">The set; not blank.</param>
    /// <param name="incidents">How many incidents; at least 2.</param>
    /// <param name="first">The first incident's start date.</param>
    /// <param name="last">The last incident's start date; not before <paramref name="first"/>.</param>
    /// <param name="withinDays">The rule's run of days; at least 1, and longer than the days from <paramref name="first"/> to <paramref name="last"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="device"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range, or the dates do not fit the run of days.</exception>
    public RepeatedFailureDetails(string device, int incidents, LocalDate first, LocalDate last, int withinDays)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(device);
        if (incidents < 2)
        {
            throw new ArgumentOutOfRangeException(
                nameof(incidents),
                incidents,
                string.Create(CultureInfo.InvariantCulture, $"A repeated-failure finding needs at least 2 incidents, but has {incidents}."));
        }

        if (withinDays < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(withinDays),
                withinDays,
                string.Create(CultureInfo.InvariantCulture, $"The run of days of a repeated-failure finding must be at least 1, but is {withinDays}."));
        }

        if (last < first || Period.DaysBetween(first, last) >= withinDays)
        {
            throw new ArgumentOutOfRangeException(
                nameof(last),
                last,
                string.Create(CultureInfo.InvariantCulture, $"A repeated-failure finding's last incident ({last:uuuu-MM-dd}) must start on or after its first ({first:uuuu-MM-dd}), within {withinDays} days."));
        }

        Device = device;
        Incidents = incidents;
        First = first;
        Last = last;
        WithinDays = withinDays;
    }

    /// <summary>The set.</summary>
    public string Device { get; }

    /// <summary>How many incidents.</summary>
    public int Incidents { get; }

    /// <summary>The first incident's start date.</summary>
    public LocalDate First { get; }

    /// <summary>The last incident's start date.</summary>
    public LocalDate Last { get; }

    /// <summary>The rule's run of days (90 by default).</summary>
    public int WithinDays { get; }
}
