using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Recording;

namespace EktpDomain.Findings;

/// <summary>
/// R25 <c>data-quality</c>: a figure of an aggregate export that disagrees with another of the same export. A row
/// whose men and women do not add up to its total is an info finding (the total is used); a kabupaten/kota or a
/// kecamatan whose rows below do not add up to it is a warning (the rows of the level reported are used).
/// Recommended action: ask the data officer to check the export in SIAK.
/// </summary>
/// <remarks>
/// <para>
/// One finding per issue of an export dated in the window, or dated on the day of a snapshot the window's
/// realisation starts from (its start edge, R21), since that export's figures shape the window's. A desa/kelurahan's
/// issue belongs to its kecamatan; the details name the desa.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class DataQualityRule : IIncidentRule
{
    /// <summary>The rule's id, <c>data-quality</c>.</summary>
    public const string RuleId = "data-quality";

    /// <inheritdoc />
    public string Id => RuleId;

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(IncidentRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = new List<Finding>();
        var data = context.Data;
        if (data.DataQuality.IsEmpty)
        {
            return result;
        }

        // The dates of the exports the window reads: those inside it, and its start edges.
        var edges = new HashSet<NodaTime.LocalDate>();
        foreach (var code in context.KecamatanCodes)
        {
            if (data.Snapshots?.Contains(code) == true && data.Snapshots.GetLatest(code, context.Window.Start.PlusDays(-1)) is CoverageSnapshot start)
            {
                edges.Add(start.Date);
            }
        }

        foreach (var issue in data.DataQuality)
        {
            if (!context.Window.Contains(issue.Date) && !edges.Contains(issue.Date))
            {
                continue;
            }

            // Only regions of the data, and the regions above them, get findings (R8).
            var region = issue.Region.Level == RegionLevel.Village ? issue.Region.Kecamatan : issue.Region;
            if (!context.KecamatanCodes.Any(k => region.Contains(k)))
            {
                continue;
            }

            var severity = issue.Kind == DataQualityKind.SexSplit ? FindingSeverity.Info : FindingSeverity.Warning;
            result.Add(new Finding(RuleId, severity, region, null, new DataQualityDetails(issue)) { Date = issue.Date });
        }

        return result;
    }
}
