using System;
using System.Globalization;
using NodaTime;

namespace EktpDomain.Findings;

/// <summary>The facts of an R8 <c>no-working-device</c> finding: how many working days had no available set, and the first.</summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class NoWorkingDeviceDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="workingDays">The working days without an available set; at least 1.</param>
    /// <param name="firstDay">The first of them, if known.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is below 1.</exception>
    public NoWorkingDeviceDetails(int workingDays, LocalDate? firstDay)
    {
        if (workingDays < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(workingDays),
                workingDays,
                string.Create(CultureInfo.InvariantCulture, $"A no-working-device finding needs at least 1 working day without a set, but has {workingDays}."));
        }

        WorkingDays = workingDays;
        FirstDay = firstDay;
    }

    /// <summary>The working days without an available set.</summary>
    public int WorkingDays { get; }

    /// <summary>The first of them, if known.</summary>
    public LocalDate? FirstDay { get; }
}
