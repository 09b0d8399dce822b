using System;
using System.Globalization;
using NodaTime;

namespace EktpDomain.Findings;

/// <summary>
/// The facts of an R13 <c>unsent-records</c> warning: the set, the most records it held unsent in the window and
/// when, and the oldest age an unsent record reached, with the rule's thresholds.
/// </summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class UnsentRecordsDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="device">The set; not blank.</param>
    /// <param name="peak">The most records it held unsent at the end of a day of the window; at least 1.</param>
    /// <param name="peakDate">The first day it held <paramref name="peak"/>.</param>
    /// <param name="oldestAgeWorkingDays">The greatest age, in working days, of its oldest unsent record; zero or more.</param>
    /// <param name="oldestRecorded">The day that record was recorded.</param>
    /// <param name="countThreshold">The rule's count threshold; at least 1.</param>
    /// <param name="ageWorkingDays">The rule's age threshold; zero or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="device"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A figure is out of range, or neither threshold is reached.</exception>
    public UnsentRecordsDetails(string device, long peak, LocalDate peakDate, int oldestAgeWorkingDays, LocalDate oldestRecorded, long countThreshold, int ageWorkingDays)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(device);
        ArgumentOutOfRangeException.ThrowIfLessThan(peak, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(oldestAgeWorkingDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(countThreshold, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(ageWorkingDays);
        if (peak < countThreshold && oldestAgeWorkingDays <= ageWorkingDays)
        {
            throw new ArgumentOutOfRangeException(
                nameof(peak),
                peak,
                string.Create(CultureInfo.InvariantCulture, $"An unsent-records warning needs at least {countThreshold} unsent records or an age above {ageWorkingDays} working days, but has {peak} and {oldestAgeWorkingDays}."));
        }

        Device = device;
        Peak = peak;
        PeakDate = peakDate;
        OldestAgeWorkingDays = oldestAgeWorkingDays;
        OldestRecorded = oldestRecorded;
        CountThreshold = countThreshold;
        AgeWorkingDays = ageWorkingDays;
    }

    /// <summary>The set.</summary>
    public string Device { get; }

    /// <summary>The most records it held unsent at the end of a day of the window.</summary>
    public long Peak { get; }

    /// <summary>The first day it held <see cref="Peak"/>.</summary>
    public LocalDate PeakDate { get; }

    /// <summary>The greatest age, in working days, of its oldest unsent record.</summary>
    public int OldestAgeWorkingDays { get; }

    /// <summary>The day that record was recorded.</summary>
    public LocalDate OldestRecorded { get; }

    /// <summary>The rule's count threshold (500 by default).</summary>
    public long CountThreshold { get; }

    /// <summary>The rule's age threshold in working days (3 by default).</summary>
    public int AgeWorkingDays { get; }
}
