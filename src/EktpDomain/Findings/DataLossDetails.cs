using System;
using System.Globalization;

namespace EktpDomain.Findings;

/// <summary>The facts of an R8 <c>data-loss</c> finding: the records lost in the window.</summary>
/// <remarks>Equality is reference equality. Immutable and thread-safe.</remarks>
public sealed class DataLossDetails : FindingDetails
{
    /// <summary>Creates the details.</summary>
    /// <param name="records">The records lost in the window; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="records"/> is below 1.</exception>
    public DataLossDetails(long records)
    {
        if (records < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(records),
                records,
                string.Create(CultureInfo.InvariantCulture, $"A data-loss finding needs at least 1 lost record, but has {records}."));
        }

        Records = records;
    }

    /// <summary>The records lost in the window.</summary>
    public long Records { get; }
}
