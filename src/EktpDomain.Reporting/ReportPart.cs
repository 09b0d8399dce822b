namespace EktpDomain.Reporting;

/// <summary>
/// The parts of a report document (a sheet of a workbook, a section of a page), for
/// <see cref="ReportText.PartName(ReportPart)"/>.
/// </summary>
public enum ReportPart
{
    /// <summary>One row per kecamatan (R4).</summary>
    Kecamatan,

    /// <summary>The period and the district summary, or an allocation's totals.</summary>
    Summary,

    /// <summary>The findings of the incident rules (R8).</summary>
    Findings,

    /// <summary>The placements of new sets (R9).</summary>
    Placements,

    /// <summary>One row per region of a report at a level above the kecamatan (kabupaten/kota, province, nation).</summary>
    Regions,
}
