using System.Diagnostics.Contracts;
using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EktpDomain.Recording;

/// <summary>
/// The residents invited to record (<em>surat panggilan</em>) over a window, and how many of them came (R12):
/// the sums of an <see cref="InvitationLog"/>'s rows.
/// </summary>
/// <remarks>
/// <para>Turnout = attended ÷ invited; it is not applicable when nobody was invited.</para>
/// <para>The <c>default</c> value is "nobody invited". Equality compares the two sums. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct InvitationTotals : IEquatable<InvitationTotals>
{
    /// <summary>Creates totals.</summary>
    /// <param name="invited">Residents invited; zero or more.</param>
    /// <param name="attended">Invited residents who came; zero or more, and at most <paramref name="invited"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A sum is negative, or more came than were invited.</exception>
    public InvitationTotals(long invited, long attended)
    {
        Preconditions.NotNegative(invited);
        Preconditions.NotNegative(attended);
        if (attended > invited)
        {
            throw new ArgumentOutOfRangeException(
                nameof(attended),
                attended,
                string.Create(CultureInfo.InvariantCulture, $"{attended} attended, but only {invited} were invited; attended must be at most invited."));
        }

        Invited = invited;
        Attended = attended;
    }

    /// <summary>Residents invited.</summary>
    public long Invited { get; }

    /// <summary>Invited residents who came.</summary>
    public long Attended { get; }

    /// <summary>Invited residents who did not come: invited − attended.</summary>
    public long NoShows => Invited - Attended;

    /// <summary>Turnout = attended ÷ invited, exact; null when nobody was invited.</summary>
    public Ratio? TurnoutRatio => Invited == 0 ? null : new Ratio(Attended, Invited);

    /// <summary>Turnout in percent; null when nobody was invited.</summary>
    public decimal? TurnoutPercent => Invited == 0 ? null : (decimal)Attended * 100 / Invited;

    /// <inheritdoc />
    [Pure]
    public bool Equals(InvitationTotals other) => Invited == other.Invited && Attended == other.Attended;

    /// <inheritdoc />
    [Pure]
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is InvitationTotals other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCode.Combine(Invited, Attended);

    /// <summary>Whether two totals are equal.</summary>
    [Pure]
    public static bool operator ==(InvitationTotals left, InvitationTotals right) => left.Equals(right);

    /// <summary>Whether two totals differ.</summary>
    [Pure]
    public static bool operator !=(InvitationTotals left, InvitationTotals right) => !left.Equals(right);

    /// <summary>Formats as <c>attended 3900 of 7800 invited</c>.</summary>
    [Pure]
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"attended {Attended} of {Invited} invited");
}
