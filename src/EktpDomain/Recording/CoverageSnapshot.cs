using System.Diagnostics.Contracts;
using System;
using System.Globalization;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>
/// A published cumulative figure (rekapitulasi) of one region at one date (R20): its eligible residents (jumlah wajib
/// KTP), how many of them are recorded so far (jumlah sudah rekam) and, when published, how many are not (jumlah
/// belum rekam).
/// </summary>
/// <remarks>
/// <para>
/// The region is a kecamatan (<c>PP.KK.CC</c>) or a kabupaten/kota (<c>PP.KK</c>). A snapshot is the state at the end
/// of its date, as everywhere in this library. When the not-recorded count is given, eligible = recorded +
/// not recorded exactly. Recorded may exceed eligible (residents recorded at 16, or registered elsewhere): that is
/// over-coverage, reported by the <c>over-coverage</c> finding, never an error; the published not-recorded count is then
/// negative or absent.
/// </para>
/// <para>The <c>default</c> value is the nation on 1 January of year 1 with no residents; it is never part of a
/// series. Equality compares every field. Immutable and thread-safe.</para>
/// </remarks>
public readonly record struct CoverageSnapshot
{
    /// <summary>Creates a snapshot.</summary>
    /// <param name="region">A kecamatan or a kabupaten/kota.</param>
    /// <param name="date">The date of the figures (at the end of that day).</param>
    /// <param name="eligible">The eligible residents (wajib KTP); zero or more.</param>
    /// <param name="recorded">The residents recorded so far (sudah rekam); zero or more.</param>
    /// <param name="notRecorded">The residents not yet recorded (belum rekam), or null when not published.</param>
    /// <exception cref="ArgumentException">The region is not a kecamatan or a kabupaten/kota, or eligible ≠ recorded + not recorded.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Eligible or recorded is negative.</exception>
    public CoverageSnapshot(RegionCode region, LocalDate date, long eligible, long recorded, long? notRecorded = null)
    {
        if (Problem(region, eligible, recorded, notRecorded, out string parameter) is string problem)
        {
            // Counts are echoed: a NIK typed into a count column shows masked (R11).
            problem = PersonalData.Redact(problem);
            throw parameter is nameof(eligible) or nameof(recorded)
                ? new ArgumentOutOfRangeException(parameter, problem)
                : new ArgumentException(problem, parameter);
        }

        Region = region;
        Date = date;
        Eligible = eligible;
        Recorded = recorded;
        NotRecorded = notRecorded;
    }

    /// <summary>The kecamatan or kabupaten/kota.</summary>
    public RegionCode Region { get; }

    /// <summary>The date of the figures: the state at the end of that day.</summary>
    public LocalDate Date { get; }

    /// <summary>The eligible residents (wajib KTP) at <see cref="Date"/>.</summary>
    public long Eligible { get; }

    /// <summary>The residents recorded up to <see cref="Date"/> (sudah rekam): the coverage of R3.</summary>
    public long Recorded { get; }

    /// <summary>The residents not yet recorded (belum rekam) as published, or null when not published.</summary>
    public long? NotRecorded { get; }

    /// <summary>Recorded ÷ eligible, exact; null when nobody is eligible. It can exceed 1 (over-coverage).</summary>
    public Ratio? CoverageRatio => Eligible == 0 ? null : new Ratio(Recorded, Eligible);

    /// <summary>Recorded ÷ eligible × 100; null when nobody is eligible. It can exceed 100 (over-coverage).</summary>
    public decimal? CoveragePercent => Eligible == 0 ? null : (decimal)Recorded * 100 / Eligible;

    /// <summary>Whether more residents are recorded than are eligible.</summary>
    public bool IsOverCoverage => Recorded > Eligible;

    /// <summary>Formats as <c>36.03.27 on 2012-04-30: 6300 of 41000 recorded</c>.</summary>
    /// <returns>The description.</returns>
    [Pure]
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Region} on {Date:uuuu'-'MM'-'dd}: {Recorded} of {Eligible} recorded");

    /// <summary>Why the figures cannot be a snapshot, or null when they can: the rules the builder and the constructor share.</summary>
    internal static string? Problem(RegionCode region, long eligible, long recorded, long? notRecorded, out string parameter)
    {
        parameter = nameof(region);
        if (region.Level is not (RegionLevel.Kecamatan or RegionLevel.Regency))
        {
            return $"'{region}' is a {LevelName(region.Level)} code; a snapshot is of a kecamatan (PP.KK.CC) or a kabupaten/kota (PP.KK).";
        }

        parameter = nameof(eligible);
        if (eligible < 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"eligible {eligible} is negative; it must be 0 or more.");
        }

        parameter = nameof(recorded);
        if (recorded < 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"recorded {recorded} is negative; it must be 0 or more.");
        }

        parameter = nameof(notRecorded);
        if (notRecorded is long rest && (!CheckedMath.TryAdd(ref rest, recorded) || rest != eligible))
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"eligible {eligible} is not recorded {recorded} + not recorded {notRecorded}; the three figures must agree (eligible = recorded + not recorded).");
        }

        return null;
    }

    /// <summary>The word for a level in messages: kabupaten/kota for a regency.</summary>
    internal static string LevelName(RegionLevel level) => level switch
    {
        RegionLevel.Regency => "kabupaten/kota",
        RegionLevel.Kecamatan => "kecamatan",
        RegionLevel.Village => "village",
        RegionLevel.Province => "province",
        _ => "nation",
    };
}
