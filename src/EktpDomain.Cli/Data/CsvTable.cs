using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;
using nietras.SeparatedValues;

namespace EktpDomain.Cli.Data;

/// <summary>
/// Reads one table of a data folder (docs/data-folder.md): <c>NAME.csv</c> with Sep, or <c>NAME.xlsx</c> (see
/// CsvTable.Workbook.cs). A CSV file is UTF-8 with a header row; columns in any order, matched case-insensitively;
/// blank lines ignored; a row with the wrong number of fields is an error. Every problem is collected as a
/// <see cref="DataProblem"/> at <c>FILE:LINE</c> (the header is line 1), or <c>FILE:SHEET!ROW</c> for a workbook.
/// </summary>
internal sealed partial class CsvTable
{
    private readonly List<DataProblem> problems;
    private readonly string path;

    /// <summary>The sheet a workbook's rows come from; null for a CSV file.</summary>
    private readonly string? sheet;

    /// <summary>Each distinct optional text (such as a device id) once, so that a large file does not allocate a string per row.</summary>
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> textsBySpan;

    private CsvTable(string path, List<DataProblem> problems, string? sheet = null)
    {
        this.path = path;
        this.problems = problems;
        this.sheet = sheet;
        textsBySpan = texts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A line of the CSV file, or a row of the sheet; 0 for the whole file or sheet.</summary>
    private SourceLocation At(int line) => sheet is null ? new SourceLocation(path, line) : SourceLocation.InSheet(path, sheet, line);

    private string Intern(ReadOnlySpan<char> text)
    {
        if (!textsBySpan.TryGetValue(text, out string? value))
        {
            value = text.ToString();
            texts[value] = value;
        }

        return value;
    }

    /// <summary>The path shown in messages.</summary>
    public string Path => path;

    /// <summary>
    /// Reads the table <paramref name="fileName"/> (<c>NAME.csv</c>, or <c>NAME.xlsx</c> in its place) and calls
    /// <paramref name="onRow"/> for each non-blank row with the right number of fields. Returns false (after recording
    /// the problem) when the file is missing, unreadable, empty or lacks a required column, or when the folder holds
    /// both files of the table.
    /// </summary>
    public static bool Read(
        DataSource source,
        string fileName,
        IReadOnlyList<string> requiredColumns,
        IReadOnlyList<string> optionalColumns,
        List<DataProblem> problems,
        Action<CsvRow> onRow)
    {
        var table = new CsvTable(source.DisplayPath(fileName), problems);
        string workbook = DataSource.WorkbookName(fileName);
        bool hasText = source.Exists(fileName);
        bool hasWorkbook = source.Exists(workbook);
        if (hasText && hasWorkbook)
        {
            problems.Add(new DataProblem(new SourceLocation(table.path), $"the folder also holds {workbook}; keep either {fileName} or {workbook}, not both."));
            return false;
        }

        if (!hasText && !hasWorkbook)
        {
            problems.Add(new DataProblem(new SourceLocation(table.path), $"missing file: the data folder needs {fileName} (or {workbook})."));
            return false;
        }

        if (hasWorkbook)
        {
            return ReadWorkbook(source, workbook, requiredColumns, problems, onRow);
        }

        using var stream = source.Open(fileName);
        using var text = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        SepReader reader;
        try
        {
            // Sep reads no header: it would reject a repeated column name with its own message and no line number.
            reader = Sep.New(',').Reader(o => o with
            {
                HasHeader = false,
                DisableColCountCheck = true,
                Unescape = true,
                CultureInfo = CultureInfo.InvariantCulture,
            }).From(text);
        }
        catch (Exception e) when (e is DecoderFallbackException or InvalidDataException or ArgumentException)
        {
            problems.Add(new DataProblem(new SourceLocation(table.path), $"cannot read the file as UTF-8 CSV: {e.Message}"));
            return false;
        }

        using (reader)
        {
            Dictionary<string, int>? columns = null;
            int expected = 0;
            try
            {
                foreach (var row in reader)
                {
                    if (columns is null)
                    {
                        if (row.ColCount == 1 && row[0].Span.IsEmpty)
                        {
                            table.Empty(requiredColumns);
                            return false;
                        }

                        var names = new string[row.ColCount];
                        for (int i = 0; i < names.Length; i++)
                        {
                            names[i] = row[i].ToString();
                        }

                        if (!table.ReadHeader(names, 1, requiredColumns, out columns))
                        {
                            return false;
                        }

                        expected = row.ColCount;
                        continue;
                    }

                    if (row.ColCount == 1 && row.Span.Trim().IsEmpty)
                    {
                        continue;
                    }

                    var location = new SourceLocation(table.path, row.LineNumberFrom);
                    if (row.ColCount != expected)
                    {
                        problems.Add(new DataProblem(location, string.Create(CultureInfo.InvariantCulture, $"the row has {row.ColCount} fields, but the header has {expected}.")));
                        continue;
                    }

                    onRow(new CsvRow(table, row, columns, location));
                }
            }
            catch (Exception e) when (e is DecoderFallbackException or InvalidDataException)
            {
                problems.Add(new DataProblem(new SourceLocation(table.path), $"cannot read the file as UTF-8 CSV: {e.Message}"));
                return false;
            }

            if (columns is null)
            {
                table.Empty(requiredColumns);
                return false;
            }
        }

        return true;
    }

    internal void Problem(SourceLocation location, string message) => problems.Add(new DataProblem(location, message));

    private void Empty(IReadOnlyList<string> requiredColumns) =>
        problems.Add(new DataProblem(At(0), $"the {(sheet is null ? "file" : "sheet")} is empty; it needs a header row with the columns {string.Join(", ", requiredColumns)}."));

    /// <summary>
    /// Reads the header row (line 1 of a CSV file): each column once, matched case-insensitively, with every required
    /// one present. A null name is a blank heading cell of a sheet, which names no column. Returns false after
    /// recording the problem.
    /// </summary>
    private bool ReadHeader(string?[] names, int line, IReadOnlyList<string> requiredColumns, out Dictionary<string, int> columns)
    {
        columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i] is not string heading)
            {
                continue;
            }

            string name = heading.Trim();
            if (!columns.TryAdd(name, i))
            {
                problems.Add(new DataProblem(At(line), $"column '{DataProblem.Echo(name)}' appears twice in the header."));
                return false;
            }
        }

        var missing = new List<string>();
        foreach (var column in requiredColumns)
        {
            if (!columns.ContainsKey(column))
            {
                missing.Add(column);
            }
        }

        if (missing.Count > 0)
        {
            problems.Add(new DataProblem(At(0), $"missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.ConvertAll(c => $"'{c}'"))}; the header has {string.Join(", ", names.Where(n => n is not null).Select(n => DataProblem.Echo(n!)))}."));
            return false;
        }

        return true;
    }

    /// <summary>One row, with typed accessors that record a problem and return false on a malformed value.</summary>
    internal readonly ref struct CsvRow
    {
        private readonly CsvTable table;
        private readonly SepReader.Row row;

        /// <summary>The cells of a sheet's row as text; null for a CSV row, whose fields come from <see cref="row"/>.</summary>
        private readonly string?[]? cells;
        private readonly Dictionary<string, int> columns;

        public CsvRow(CsvTable table, SepReader.Row row, Dictionary<string, int> columns, SourceLocation location)
        {
            this.table = table;
            this.row = row;
            this.columns = columns;
            Location = location;
        }

        public CsvRow(CsvTable table, string?[] cells, Dictionary<string, int> columns, SourceLocation location)
        {
            this.table = table;
            this.cells = cells;
            this.columns = columns;
            Location = location;
        }

        public SourceLocation Location { get; }

        public bool Has(string column) => columns.ContainsKey(column);

        public ReadOnlySpan<char> Raw(string column) => columns.TryGetValue(column, out int i) ? Field(i).Trim() : [];

        private ReadOnlySpan<char> Field(int i) => cells is null ? row[i].Span : i < cells.Length ? cells[i].AsSpan() : [];

        public void Problem(string message) => table.Problem(Location, message);

        public bool Text(string column, out string value)
        {
            var span = Raw(column);
            value = span.ToString();
            if (span.IsEmpty)
            {
                Problem($"column '{column}' is blank.");
                return false;
            }

            if (span.ContainsAnyInRange('\0', '\u001f'))
            {
                Problem($"column '{column}' contains a control character: '{DataProblem.Echo(span)}'.");
                return false;
            }

            return true;
        }

        public string? OptionalText(string column)
        {
            var span = Raw(column);
            if (span.IsEmpty)
            {
                return null;
            }

            if (span.ContainsAnyInRange('\0', '\u001f'))
            {
                Problem($"column '{column}' contains a control character: '{DataProblem.Echo(span)}'.");
            }

            return table.Intern(span);
        }

        public bool Date(string column, out LocalDate date)
        {
            var span = Raw(column);
            date = default;
            if (span.IsEmpty)
            {
                Problem($"column '{column}' is blank; expected a date as YYYY-MM-DD.");
                return false;
            }

            if (TryParseIsoDate(span, out date))
            {
                return true;
            }

            var result = LocalDatePattern.Iso.Parse(span.ToString());
            if (!result.Success || !IsAsciiDate(span))
            {
                Problem($"malformed date '{DataProblem.Echo(span)}' in column '{column}': expected a real date as YYYY-MM-DD.");
                return false;
            }

            date = result.Value;
            return true;
        }

        /// <summary>An optional date: blank gives null (open-ended).</summary>
        public bool OptionalDate(string column, out LocalDate? date)
        {
            date = null;
            if (Raw(column).IsEmpty)
            {
                return true;
            }

            bool ok = Date(column, out var value);
            date = ok ? value : null;
            return ok;
        }

        public bool Kecamatan(string column, out RegionCode code)
        {
            var span = Raw(column);
            if (!RegionCode.TryParse(span, out code, out string? error))
            {
                Problem($"malformed code in column '{column}': {error}");
                return false;
            }

            if (code.Level != RegionLevel.Kecamatan)
            {
                Problem($"'{code}' in column '{column}' is a {code.Level} code; a kecamatan code has the form PP.KK.CC.");
                return false;
            }

            return true;
        }

        /// <summary>A whole count; a negative value is returned (the library reports it with its rule), junk is not.</summary>
        public bool Count(string column, out long value)
        {
            var span = Raw(column);
            value = 0;
            if (span.IsEmpty)
            {
                Problem($"column '{column}' is blank; expected a whole number.");
                return false;
            }

            bool digits = true;
            for (int i = 0; i < span.Length; i++)
            {
                digits &= char.IsAsciiDigit(span[i]) || (i == 0 && (span[i] == '-' || span[i] == '+') && span.Length > 1);
            }

            if (!digits)
            {
                Problem($"malformed number '{DataProblem.Echo(span)}' in column '{column}': expected a whole number written with the digits 0-9.");
                return false;
            }

            if (!long.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
            {
                Problem($"number '{DataProblem.Echo(span)}' in column '{column}' is too large for a count; the limit is about 9.2 × 10^18.");
                return false;
            }

            return true;
        }

        /// <summary>One of the library's names of <typeparamref name="T"/>, matched case-insensitively.</summary>
        public bool Choice<T>(string column, EnumNames<T> names, out T value)
            where T : struct, Enum =>
            names.TryParse(Raw(column), out value) || Unknown(column, names.All);

        private bool Unknown(string column, IEnumerable<string> names)
        {
            Problem($"unknown {column} '{DataProblem.Echo(Raw(column))}': use {string.Join(", ", names)}.");
            return false;
        }

        /// <summary>
        /// The common case without allocating: exactly <c>YYYY-MM-DD</c> in ASCII digits, a real date of the years
        /// 1–9999. Anything else goes to NodaTime's ISO pattern, which gives the same dates and the error messages.
        /// </summary>
        private static bool TryParseIsoDate(ReadOnlySpan<char> span, out LocalDate date)
        {
            date = default;
            if (span.Length != 10 || span[4] != '-' || span[7] != '-')
            {
                return false;
            }

            int year = 0, month = 0, day = 0;
            for (int i = 0; i < 10; i++)
            {
                if (i is 4 or 7)
                {
                    continue;
                }

                char c = span[i];
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                int digit = c - '0';
                if (i < 4)
                {
                    year = (year * 10) + digit;
                }
                else if (i < 7)
                {
                    month = (month * 10) + digit;
                }
                else
                {
                    day = (day * 10) + digit;
                }
            }

            if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return false;
            }

            date = new LocalDate(year, month, day);
            return true;
        }

        private static bool IsAsciiDate(ReadOnlySpan<char> span)
        {
            foreach (char c in span)
            {
                if (!char.IsAsciiDigit(c) && c != '-')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
