using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using EktpDomain.Recording;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Import;

/// <summary>
/// Reads the SIAK aggregate downloads of a data folder (docs/data-folder.md, R25) as they come:
/// <c>agr_rekam_cetak_ektp_DDMMYYYY_KODE.xlsx</c> (or <c>.csv</c>), one file per download, each with a header of
/// <c>KODE</c>, <c>WILAYAH</c>, optionally <c>IDEM</c> (the row's level), and per measure the columns for men, women and
/// the total (<c>WKTP_L</c>, <c>WKTP_P</c>, <c>WKTP_JML</c>, <c>REKAM_*</c>, <c>BLM_REKAM_*</c>), written with an
/// underscore, a space, or as a group over a second header row. Other columns (printing, percentages) are ignored.
/// Parsing happens here; what the rows mean (levels, cross-checks, L + P = JML) is the library's
/// <see cref="AggregateExport"/>.
/// </summary>
internal static partial class SiakExports
{
    /// <summary>The start of a download's name.</summary>
    public const string Prefix = "agr_rekam_cetak_ektp";

    /// <summary>The three parts of a measure, normalised.</summary>
    private static readonly string[] Parts = ["l", "p", "jml"];

    /// <summary>The measures by their SIAK names and the totals' other headings (normalised: no case, spaces, underscores).</summary>
    private static readonly (string Measure, string[] Names, string[] Totals)[] Measures =
    [
        ("eligible", ["wktp", "wajibktp"], ["jumlahwajibktp", "wajibktp"]),
        ("recorded", ["rekam", "sudahrekam"], ["jumlahsudahrekam", "sudahrekam"]),
        ("not recorded", ["blmrekam", "belumrekam"], ["jumlahbelumrekam", "belumrekam"]),
    ];

    /// <summary>Whether a file of the folder is a SIAK download, by its name.</summary>
    public static bool IsExport(string fileName) =>
        fileName.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
        && (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads every download of the folder into <paramref name="builder"/> (one snapshot per region of the level each
    /// reports), with the names they give and the figures that disagree; every problem at its <c>FILE:SHEET!ROW</c>.
    /// </summary>
    public static void Read(
        DataSource source,
        CoverageSeriesBuilder builder,
        Dictionary<RegionCode, (LocalDate Date, string Name)> names,
        Dictionary<(RegionCode, LocalDate), SourceLocation> rows,
        List<DataQualityIssue> issues,
        List<DataProblem> found)
    {
        var downloads = new Dictionary<(string Region, LocalDate Date), string>();
        foreach (string file in source.FileNames().Where(IsExport))
        {
            string path = source.DisplayPath(file);
            var match = NamePattern().Match(file);
            LocalDate? named = null;
            if (match.Success)
            {
                var parsed = LocalDatePattern.CreateWithInvariantCulture("ddMMuuuu").Parse(match.Groups["date"].Value);
                if (!parsed.Success)
                {
                    found.Add(new DataProblem(new SourceLocation(path), $"the name's date '{match.Groups["date"].Value}' is not a real date DDMMYYYY; rename the file as SIAK names it, such as {Prefix}_02032026_8207.xlsx."));
                    continue;
                }

                named = parsed.Value;
            }

            if (ReadFile(source, file, named, found) is not Download download)
            {
                continue;
            }

            var (export, sources) = (download.Export, download.Sources);
            var date = export.Date;
            string region = match.Success ? match.Groups["code"].Value : export.Snapshots.IsEmpty ? file : export.Snapshots[0].Region.Regency.ToString("N", null);
            if (!downloads.TryAdd((region, date), path))
            {
                found.Add(new DataProblem(new SourceLocation(path), $"a second download of {region} on {LocalDatePattern.Iso.Format(date)}: {downloads[(region, date)]} has the same region and date; keep one."));
                continue;
            }

            foreach (var snapshot in export.Snapshots)
            {
                var at = sources.GetValueOrDefault(snapshot.Region);
                builder.Add(snapshot.Date, snapshot.Region, snapshot.Eligible, snapshot.Recorded, snapshot.NotRecorded, at);
                rows.TryAdd((snapshot.Region, snapshot.Date), at);
            }

            foreach (var (code, name) in export.Names)
            {
                DataFolder.OfferName(names, code, export.Date, name);
            }

            issues.AddRange(export.Issues);
        }
    }

    /// <summary>One download read: the library's export, and where each of its snapshots came from.</summary>
    private sealed record Download(AggregateExport Export, Dictionary<RegionCode, SourceLocation> Sources);

    /// <summary>One download: its rows as the library's aggregate rows, read into an export; null after recording its problems.</summary>
    private static Download? ReadFile(DataSource source, string file, LocalDate? named, List<DataProblem> found)
    {
        string path = source.DisplayPath(file);
        var cells = new List<(string?[] Cells, SourceLocation At)>();
        int before = found.Count;
        if (!CsvTable.ReadRows(source, file, found, (row, at) => cells.Add((row, at))))
        {
            return null;
        }

        if (cells.Count == 0)
        {
            found.Add(new DataProblem(new SourceLocation(path), "the file is empty; a SIAK download has a header row with KODE, WKTP and REKAM columns."));
            return null;
        }

        var header = Header(cells, out int first);
        var columns = Columns(header);
        var missing = new List<string>();
        if (!columns.ContainsKey("kode"))
        {
            missing.Add("KODE");
        }

        foreach (var (measure, names, _) in Measures.Take(2))
        {
            if (!columns.ContainsKey(measure + ":jml"))
            {
                missing.Add($"{names[0].ToUpperInvariant()}_JML");
            }
        }

        if (missing.Count > 0)
        {
            found.Add(new DataProblem(new SourceLocation(path), $"missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}; the header has {string.Join(", ", cells[0].Cells.Where(h => h is not null).Select(h => DataProblem.Echo(h!)))}."));
            return null;
        }

        if (named is null && !columns.ContainsKey("tanggal"))
        {
            found.Add(new DataProblem(new SourceLocation(path), $"the date of the download cannot be known: its name does not carry DDMMYYYY (such as {Prefix}_02032026_8207.xlsx) and it has no TANGGAL column."));
            return null;
        }

        var dates = new HashSet<LocalDate>();
        var aggregate = new List<AggregateRow>();
        var sources = new Dictionary<RegionCode, SourceLocation>();
        foreach (var (row, at) in cells.Skip(first))
        {
            string? Cell(string key) => columns.TryGetValue(key, out int i) && i < row.Length ? row[i] : null;
            string? code = Cell("kode");
            if (code is null)
            {
                // A grand total with no code ("JUMLAH", "TOTAL") repeats the rows above it; anything else is a mistake.
                string? name = Cell("wilayah");
                if (name is null || name.Trim().ToUpperInvariant() is "JUMLAH" or "TOTAL" or "JUMLAH TOTAL")
                {
                    continue;
                }

                found.Add(new DataProblem(at, $"column 'KODE' is blank for '{DataProblem.Echo(name)}'; every row needs its region's code."));
                continue;
            }

            if (!RegionCode.TryParse(code.Replace(" ", string.Empty, StringComparison.Ordinal), out var region, out string? error))
            {
                found.Add(new DataProblem(at, $"malformed code in column 'KODE': {error}"));
                continue;
            }

            bool ok = Level(Cell("idem"), region, at, found);
            if (named is null)
            {
                if (Cell("tanggal") is not string dateText)
                {
                    found.Add(new DataProblem(at, $"the date of the download cannot be known: its name does not carry DDMMYYYY (such as {Prefix}_02032026_8207.xlsx) and column 'TANGGAL' is blank."));
                    return null;
                }

                var parsed = LocalDatePattern.Iso.Parse(dateText);
                if (!parsed.Success)
                {
                    found.Add(new DataProblem(at, $"malformed date '{DataProblem.Echo(dateText)}' in column 'TANGGAL': expected a real date as YYYY-MM-DD."));
                    ok = false;
                }
                else
                {
                    dates.Add(parsed.Value);
                }
            }

            var measures = new SexCounts?[Measures.Length];
            for (int m = 0; m < Measures.Length; m++)
            {
                string measure = Measures[m].Measure;
                if (!columns.ContainsKey(measure + ":jml"))
                {
                    continue;
                }

                ok &= Count(Cell(measure + ":jml"), measure, "JML", at, found, out long total);
                long? men = null, women = null;
                string? menText = Cell(measure + ":l"), womenText = Cell(measure + ":p");

                // Both parts blank: the download gives no split to check; one blank beside the other is a 0.
                if (columns.ContainsKey(measure + ":l") && columns.ContainsKey(measure + ":p") && (menText is not null || womenText is not null))
                {
                    ok &= Count(menText, measure, "L", at, found, out long l);
                    ok &= Count(womenText, measure, "P", at, found, out long p);
                    (men, women) = (l, p);
                }

                measures[m] = new SexCounts(men, women, total);
            }

            if (ok)
            {
                aggregate.Add(new AggregateRow(region, measures[0]!.Value, measures[1]!.Value, measures[2]) { Name = Cell("wilayah"), Source = at });
                sources.TryAdd(region, at);
            }
        }

        if (named is null && dates.Count > 1)
        {
            found.Add(new DataProblem(new SourceLocation(path), $"the rows carry {dates.Count} dates ({string.Join(", ", dates.Order().Select(LocalDatePattern.Iso.Format))}); one download is of one date."));
            return null;
        }

        if (found.Count > before)
        {
            return null;
        }

        if (aggregate.Count == 0)
        {
            found.Add(new DataProblem(new SourceLocation(path), "the download has no region rows under its header."));
            return null;
        }

        var date = named ?? dates.Single();
        if (!AggregateExport.TryRead(date, aggregate, out var export, out var problems))
        {
            found.AddRange(problems.Select(p => p.Location.IsKnown ? p : new DataProblem(new SourceLocation(path), p.Message)));
            return null;
        }

        // A kecamatan made up of desa rows takes the location of its first desa.
        foreach (var snapshot in export.Snapshots.Where(s => !sources.ContainsKey(s.Region)))
        {
            sources[snapshot.Region] = aggregate.First(r => r.Region.Level == RegionLevel.Village && r.Region.Kecamatan == snapshot.Region).Source;
        }

        return new Download(export, sources);
    }

    /// <summary>
    /// The header: the first row, or, when the row after it holds only L, P and JML, the two rows together, each part
    /// under the last group name to its left (a merged cell). Returns the normalised names and the first data row.
    /// </summary>
    private static string[] Header(List<(string?[] Cells, SourceLocation At)> rows, out int first)
    {
        var top = rows[0].Cells.Select(c => Normalise(c ?? string.Empty)).ToArray();
        first = 1;
        if (rows.Count > 1 && rows[1].Cells.Any(c => c is not null) && rows[1].Cells.All(c => c is null || Parts.Contains(Normalise(c))))
        {
            var sub = rows[1].Cells;
            var names = new string[Math.Max(top.Length, sub.Length)];
            string group = string.Empty;
            for (int i = 0; i < names.Length; i++)
            {
                string own = i < top.Length ? top[i] : string.Empty;
                group = own.Length > 0 ? own : group;
                names[i] = i < sub.Length && sub[i] is string part ? group + Normalise(part) : own;
            }

            first = 2;
            return names;
        }

        return top;
    }

    /// <summary>The columns recognised in a normalised header: <c>kode</c>, <c>wilayah</c>, <c>idem</c>, <c>tanggal</c>, and <c>MEASURE:l|p|jml</c>.</summary>
    private static Dictionary<string, int> Columns(string[] header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            string name = header[i];
            string? key = name switch
            {
                "kode" or "kodewilayah" => "kode",
                "wilayah" or "nama" or "namawilayah" => "wilayah",
                "idem" or "level" => "idem",
                "tanggal" => "tanggal",
                _ => MeasureKey(name),
            };
            if (key is not null)
            {
                columns.TryAdd(key, i);
            }
        }

        return columns;
    }

    private static string? MeasureKey(string name)
    {
        // Longest names first: "blmrekam…" must not be read as "rekam…".
        foreach (var (measure, names, totals) in Measures.OrderByDescending(m => m.Names.Max(n => n.Length)))
        {
            if (totals.Contains(name))
            {
                return measure + ":jml";
            }

            foreach (string prefix in names.OrderByDescending(n => n.Length))
            {
                foreach (string part in Parts)
                {
                    if (name == prefix + part)
                    {
                        return $"{measure}:{part}";
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The row's level from IDEM (2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan) agrees with its code's.</summary>
    private static bool Level(string? idem, RegionCode region, SourceLocation at, List<DataProblem> found)
    {
        if (idem is null)
        {
            return true;
        }

        var level = idem.Trim() switch
        {
            "2" => RegionLevel.Regency,
            "3" => RegionLevel.Kecamatan,
            "4" => RegionLevel.Village,
            _ => (RegionLevel?)null,
        };
        if (level is null)
        {
            found.Add(new DataProblem(at, $"unknown level '{DataProblem.Echo(idem)}' in column 'IDEM': use 2 (kabupaten/kota), 3 (kecamatan) or 4 (desa/kelurahan)."));
            return false;
        }

        if (level != region.Level)
        {
            found.Add(new DataProblem(at, $"column 'IDEM' says level {idem.Trim()}, but '{region}' is a {region.Level} code; the two must agree."));
            return false;
        }

        return true;
    }

    /// <summary>
    /// A count as SIAK writes it: digits, blank for 0, or digits grouped by thousands with one kind of separator
    /// (<c>12.345</c> or <c>12,345</c>, unambiguous since a count has no decimals). Anything else is a problem.
    /// </summary>
    internal static bool Count(string? text, string measure, string part, SourceLocation at, List<DataProblem> found, out long value)
    {
        value = 0;
        if (text is null)
        {
            return true;
        }

        string digits = ThousandsPattern().IsMatch(text) ? text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal) : text;
        if (digits.All(char.IsAsciiDigit) && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        string column = $"{Measures.First(m => m.Measure == measure).Names[0].ToUpperInvariant()}_{part}";
        found.Add(new DataProblem(at, $"malformed number '{DataProblem.Echo(text)}' in column '{column}': expected a whole number, digits grouped by thousands (12.345 or 12,345) or blank for 0."));
        return false;
    }

    private static string Normalise(string name) =>
        new([.. name.Trim().ToLowerInvariant().Where(c => !char.IsWhiteSpace(c) && c != '_' && c != '-')]);

    [GeneratedRegex(@"^agr_rekam_cetak_ektp_(?<date>\d{8})_(?<code>\d+)\.(xlsx|csv)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+$|^\d{1,3}(?:,\d{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsPattern();
}
