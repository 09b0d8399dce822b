using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EktpDomain.Utility;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Recording;

/// <summary>Collects dated eligible counts, then checks them and builds an <see cref="EligiblePopulation"/>.</summary>
/// <remarks>
/// Problems are collected with their <see cref="SourceLocation"/> and reported together by <see cref="Build"/>:
/// a code that is not a kecamatan code, a negative count, and two values for the same kecamatan and date.
/// A builder is not thread-safe and builds once.
/// </remarks>
public sealed class EligiblePopulationBuilder
{
    private readonly List<(RegionCode Code, int Day, long Value, SourceLocation Source)> entries = [];
    private readonly BuildState state = new("eligible population");
    private readonly RegionLevel level;

    internal EligiblePopulationBuilder(RegionLevel level = RegionLevel.Kecamatan)
    {
        this.level = level;
    }

    /// <summary>Adds an undated eligible count: it applies to every period (R1).</summary>
    /// <param name="kecamatan">The kecamatan.</param>
    /// <param name="eligible">The eligible residents; zero or more.</param>
    /// <returns>This builder.</returns>
    public EligiblePopulationBuilder Add(RegionCode kecamatan, long eligible) => Add(kecamatan, LocalDate.MinIsoValue, eligible, SourceLocation.None);

    /// <summary>Adds an eligible count dated <paramref name="asOf"/> (R1).</summary>
    /// <param name="kecamatan">The kecamatan.</param>
    /// <param name="asOf">The date of the count.</param>
    /// <param name="eligible">The eligible residents; zero or more.</param>
    /// <returns>This builder.</returns>
    public EligiblePopulationBuilder Add(RegionCode kecamatan, LocalDate asOf, long eligible) => Add(kecamatan, asOf, eligible, SourceLocation.None);

    /// <summary>
    /// Adds an eligible count from bulk input. Bad values are collected as problems at <paramref name="source"/>
    /// instead of throwing. Use <see cref="LocalDate.MinIsoValue"/> for an undated count.
    /// </summary>
    /// <param name="kecamatan">The kecamatan.</param>
    /// <param name="asOf">The date of the count.</param>
    /// <param name="eligible">The eligible residents; zero or more.</param>
    /// <param name="source">Where the value came from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built.</exception>
    public EligiblePopulationBuilder Add(RegionCode kecamatan, LocalDate asOf, long eligible, SourceLocation source)
    {
        state.ThrowIfBuilt();
        bool valid = true;
        if (kecamatan.Level != level)
        {
            state.Add(source, level == RegionLevel.Kecamatan
                ? $"'{kecamatan}' is a {kecamatan.Level} code, but an eligible count belongs to a kecamatan code PP.KK.CC."
                : $"'{kecamatan}' is a {kecamatan.Level} code, but this population is kept per kabupaten/kota (PP.KK).");
            valid = false;
        }

        if (eligible < 0)
        {
            state.Add(source, string.Create(CultureInfo.InvariantCulture, $"eligible count {eligible} for {kecamatan} is negative; it must be 0 or more."));
            valid = false;
        }

        if (valid)
        {
            entries.Add((kecamatan, DayNumber.Of(asOf), eligible, source));
        }

        return this;
    }

    /// <summary>Checks the counts and builds the population.</summary>
    /// <returns>The population.</returns>
    /// <exception cref="DataValidationException">The counts are invalid; every problem is listed.</exception>
    public EligiblePopulation Build() => state.Finish(Check, Create);

    /// <summary>Checks the counts and builds the population, or returns every problem.</summary>
    /// <param name="population">The population, or null when there are problems.</param>
    /// <param name="problemsFound">Every problem (empty on success).</param>
    /// <returns>Whether the population was built.</returns>
    public bool TryBuild([NotNullWhen(true)] out EligiblePopulation? population, out ImmutableArray<DataProblem> problemsFound) =>
        state.TryFinish(Check, Create, out population, out problemsFound);

    private static EligiblePopulation Create((KecamatanIndex Index, int[] Start, int[] Dates, long[] Values) input) =>
        EligiblePopulation.Create(input.Index, input.Start, input.Dates, input.Values);

    /// <summary>Orders the counts by kecamatan and date, and checks for two of one date and for sums beyond 64 bits.</summary>
    private (KecamatanIndex Index, int[] Start, int[] Dates, long[] Values) Check()
    {
        var index = new KecamatanIndex(ConvertCodes(), "kecamatan", level);
        // By code, then date, then input order (so that the first of two values of one date is named): one sort of
        // value keys, without a comparison delegate.
        var keys = new (long Code, int Day, int Index)[entries.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = (entries[i].Code.SortKey, entries[i].Day, i);
        }

        Array.Sort(keys);
        var order = Array.ConvertAll(keys, k => k.Index);

        var start = new int[index.Count + 1];
        var dates = new int[order.Length];
        var values = new long[order.Length];
        for (int p = 0; p < order.Length; p++)
        {
            var entry = entries[order[p]];
            if (p > 0 && entries[order[p - 1]].Code == entry.Code && entries[order[p - 1]].Day == entry.Day)
            {
                var first = entries[order[p - 1]].Source;
                string when = entry.Day == DayNumber.Of(LocalDate.MinIsoValue) ? "an undated count" : $"a count dated {LocalDatePattern.Iso.Format(DayNumber.ToDate(entry.Day))}";
                state.Add(entry.Source, $"duplicate kecamatan {entry.Code}: it already has {when}{(first.IsKnown ? $" at {first}" : "")}.");
            }

            dates[p] = entry.Day;
            values[p] = entry.Value;
            start[index.IndexOf(entry.Code) + 1]++;
        }

        for (int k = 0; k < index.Count; k++)
        {
            start[k + 1] += start[k];
        }

        // Every parent's count is a sum of kecamatan counts (R1); make sure the largest possible sum fits.
        long total = 0;
        for (int k = 0; k < index.Count && !state.HasProblems; k++)
        {
            int largest = start[k];
            for (int i = start[k] + 1; i < start[k + 1]; i++)
            {
                largest = values[i] > values[largest] ? i : largest;
            }

            if (start[k] < start[k + 1] && !CheckedMath.TryAdd(ref total, values[largest]))
            {
                state.Add(
                    entries[order[largest]].Source,
                    string.Create(CultureInfo.InvariantCulture, $"eligible count {values[largest]} for {index.Codes[k]} makes the eligible counts of all kecamatan sum beyond the 64-bit limit of about 9.2 × 10^18; check for a corrupt value."));
            }
        }

        return (index, start, dates, values);
    }

    private IEnumerable<RegionCode> ConvertCodes()
    {
        foreach (var entry in entries)
        {
            yield return entry.Code;
        }
    }
}
