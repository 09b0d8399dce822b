using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>
/// Collects invitation rows, then checks them all and builds an immutable <see cref="InvitationLog"/> (R12).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Add(LocalDate, RegionCode, long, long, SourceLocation)"/> never throws for bad data: every problem is
/// collected with the <see cref="SourceLocation"/> of its row, and <see cref="Build"/> reports them all at once, in
/// input order, in a <see cref="DataValidationException"/>:
/// </para>
/// <list type="bullet">
/// <item>a code that is not a kecamatan of the log;</item>
/// <item>a negative invited or attended count, or more attended than invited;</item>
/// <item>a second row for the same kecamatan and date (the message names the first);</item>
/// <item>invited counts that sum, over the whole log, beyond the range of a 64-bit count.</item>
/// </list>
/// <para>A builder is not thread-safe. It can be used once: <see cref="Build"/> or <see cref="TryBuild"/> ends it.</para>
/// </remarks>
public sealed class InvitationLogBuilder
{
    private readonly KecamatanIndex index;
    private readonly BuildState state = new("invitation log");
    private readonly Dictionary<(int Kecamatan, int Day), SourceLocation> seen = [];
    private readonly List<(int Kecamatan, int Day, long Invited, long Attended)> rows = [];
    private long total;

    internal InvitationLogBuilder(KecamatanIndex index)
    {
        this.index = index;
    }

    /// <summary>The number of rows added so far, valid or not.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Adds one row that comes from code, not from a file: the residents of a kecamatan invited for a date, and how many
    /// of them came. Problems are reported by <c>Build</c>, as for every row.
    /// </summary>
    /// <param name="date">The day the residents were invited for.</param>
    /// <param name="kecamatan">The kecamatan; one of the log's.</param>
    /// <param name="invited">Residents invited; zero or more.</param>
    /// <param name="attended">Invited residents who came; zero or more, and at most <paramref name="invited"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its log.</exception>
    public InvitationLogBuilder Add(LocalDate date, RegionCode kecamatan, long invited, long attended) => Add(date, kecamatan, invited, attended, SourceLocation.None);

    /// <summary>
    /// Adds one row: the residents of a kecamatan invited for a date, and how many of them came. Never throws for bad
    /// values: they are collected as problems at <paramref name="source"/>.
    /// </summary>
    /// <param name="date">The day the residents were invited for.</param>
    /// <param name="kecamatan">The kecamatan; one of the log's.</param>
    /// <param name="invited">Residents invited; zero or more.</param>
    /// <param name="attended">Invited residents who came; zero or more, and at most <paramref name="invited"/>.</param>
    /// <param name="source">Where the row came from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its log.</exception>
    public InvitationLogBuilder Add(LocalDate date, RegionCode kecamatan, long invited, long attended, SourceLocation source)
    {
        state.ThrowIfBuilt();
        Count++;
        bool valid = true;
        int k = index.IndexOf(kecamatan);
        if (k < 0)
        {
            state.Add(source, RowText.UnknownKecamatan(kecamatan, "an invitation row"));
            valid = false;
        }

        if (invited < 0)
        {
            state.Add(source, string.Create(CultureInfo.InvariantCulture, $"invited {invited} is negative; it must be 0 or more."));
            valid = false;
        }

        if (attended < 0)
        {
            state.Add(source, string.Create(CultureInfo.InvariantCulture, $"attended {attended} is negative; it must be 0 or more."));
            valid = false;
        }
        else if (invited >= 0 && attended > invited)
        {
            state.Add(source, string.Create(CultureInfo.InvariantCulture, $"attended {attended} is more than invited {invited}; only invited residents count as attended."));
            valid = false;
        }

        if (!valid)
        {
            return this;
        }

        int day = DayNumber.Of(date);
        if (!seen.TryAdd((k, day), source))
        {
            var first = seen[(k, day)];
            state.Add(source, $"a second row for {RecordingLedger.Describe(kecamatan, date)}{(first.IsKnown ? $" ({first} has the first)" : string.Empty)}; give one row per kecamatan and date.");
            return this;
        }

        if (!CheckedMath.TryAdd(ref total, invited))
        {
            state.Add(source, $"this row makes the log's invited counts sum beyond the 64-bit limit of about 9.2 × 10^18; check for a corrupt count.");
            return this;
        }

        rows.Add((k, day, invited, attended));
        return this;
    }

    /// <summary>Checks every row and builds the log.</summary>
    /// <returns>The immutable log.</returns>
    /// <exception cref="DataValidationException">The rows are invalid; <see cref="DataValidationException.Problems"/> lists every problem.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its log.</exception>
    public InvitationLog Build() => state.Finish(Create);

    /// <summary>Checks every row and builds the log, or returns every problem found.</summary>
    /// <param name="log">The log, or null when there are problems.</param>
    /// <param name="problemsFound">Every problem, in input order (empty on success).</param>
    /// <returns>Whether the log was built.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its log.</exception>
    public bool TryBuild([NotNullWhen(true)] out InvitationLog? log, out ImmutableArray<DataProblem> problemsFound) =>
        state.TryFinish(Create, out log, out problemsFound);

    private InvitationLog Create()
    {
        var days = new int[index.Count][];
        var invited = new long[index.Count][];
        var attended = new long[index.Count][];
        var byKecamatan = rows.ToLookup(r => r.Kecamatan);
        for (int k = 0; k < index.Count; k++)
        {
            var own = byKecamatan[k].OrderBy(r => r.Day).ToArray();
            days[k] = new int[own.Length];
            invited[k] = new long[own.Length + 1];
            attended[k] = new long[own.Length + 1];
            for (int i = 0; i < own.Length; i++)
            {
                days[k][i] = own[i].Day;
                invited[k][i + 1] = invited[k][i] + own[i].Invited;
                attended[k][i + 1] = attended[k][i] + own[i].Attended;
            }
        }

        return new InvitationLog(index, days, invited, attended, rows.Count);
    }
}
