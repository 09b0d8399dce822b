namespace EktpDomain.Recording;

/// <summary>
/// One row of an aggregate export (R25), such as a SIAK download: a region of any level from the kabupaten/kota down
/// to the desa/kelurahan, with its wajib-KTP, recorded and not-recorded counts for men, women and in total.
/// </summary>
/// <param name="Region">The region: a kabupaten/kota, a kecamatan or a desa/kelurahan.</param>
/// <param name="Eligible">The eligible residents (WKTP).</param>
/// <param name="Recorded">The residents recorded so far (REKAM).</param>
/// <param name="NotRecorded">The residents not yet recorded (BLM_REKAM), or null when the export has no such columns.</param>
/// <remarks>Equality compares every field. Immutable and thread-safe.</remarks>
public sealed record AggregateRow(RegionCode Region, SexCounts Eligible, SexCounts Recorded, SexCounts? NotRecorded)
{
    /// <summary>The region's name as the export writes it, or null.</summary>
    public string? Name { get; init; }

    /// <summary>Where the row came from, for messages.</summary>
    public SourceLocation Source { get; init; }
}
