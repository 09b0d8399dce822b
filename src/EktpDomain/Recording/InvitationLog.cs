using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>
/// Who was invited to record, and who came (R12): per kecamatan and date, the residents summoned
/// (<em>surat panggilan</em>) for that day and how many of them attended.
/// </summary>
/// <remarks>
/// <para>
/// Build a log with <see cref="CreateBuilder"/>. A log is optional data (<see cref="RecordingData.Invitations"/>):
/// with it, the demand part of a shortfall splits into service, no-show and not invited (R6, R12), and the
/// <c>low-turnout</c> rule runs.
/// </para>
/// <para>Equality is reference equality. A built log is immutable and thread-safe.</para>
/// </remarks>
public sealed class InvitationLog
{
    private readonly KecamatanIndex index;

    // Per kecamatan, its rows' day numbers in order with running sums, so that a window's totals cost two searches.
    private readonly int[][] days;
    private readonly long[][] invitedUpTo;
    private readonly long[][] attendedUpTo;

    internal InvitationLog(KecamatanIndex index, int[][] days, long[][] invitedUpTo, long[][] attendedUpTo, int count)
    {
        this.index = index;
        this.days = days;
        this.invitedUpTo = invitedUpTo;
        this.attendedUpTo = attendedUpTo;
        Count = count;
    }

    /// <summary>The codes of the kecamatan the log may cover, in code order.</summary>
    public ImmutableArray<RegionCode> KecamatanCodes => index.Codes;

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>Starts building a log for the given kecamatan.</summary>
    /// <param name="kecamatan">The kecamatan rows may name.</param>
    /// <returns>An empty builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kecamatan"/> is null.</exception>
    /// <exception cref="ArgumentException">A code is not a kecamatan code.</exception>
    public static InvitationLogBuilder CreateBuilder(IEnumerable<RegionCode> kecamatan) => new(new KecamatanIndex(kecamatan, nameof(kecamatan)));

    /// <summary>The invitations of a kecamatan, or of every kecamatan inside a larger region, dated in a window.</summary>
    /// <param name="region">A kecamatan, or a region containing kecamatan; a region the log does not cover has none.</param>
    /// <param name="window">The window, inclusive.</param>
    /// <returns>The totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public InvitationTotals GetTotals(RegionCode region, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        int first = DayNumber.Of(window.Start), last = DayNumber.Of(window.End);
        var (start, end) = index.RangeOf(region);
        long invited = 0, attended = 0;
        for (int k = start; k < end; k++)
        {
            int from = SortedArray.LowerBound<int>(days[k], first);
            int to = SortedArray.LowerBound<int>(days[k], last + 1);
            if (to > from)
            {
                // The builder checked that the whole log's sums fit in 64 bits, so these cannot overflow.
                invited += invitedUpTo[k][to] - invitedUpTo[k][from];
                attended += attendedUpTo[k][to] - attendedUpTo[k][from];
            }
        }

        return new InvitationTotals(invited, attended);
    }

    /// <summary>Formats as <c>InvitationLog: 580 rows</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"InvitationLog: {Count} rows");
}
