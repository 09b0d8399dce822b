using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Text;
using NodaTime;
using NodaTime.Text;
using nietras.SeparatedValues;

namespace EktpDomain.Import;

/// <summary>
/// Reads one table of a data folder (docs/data-folder.md): <c>NAME.csv</c> with Sep, or <c>NAME.xlsx</c> (see
/// CsvTable.Workbook.cs). A CSV file is UTF-8 with a header row; columns in any order, a heading matching a column
/// when both are equal without spaces, underscores and case (<c>Jumlah Wajib KTP</c> is <c>jumlah_wajib_ktp</c>), or
/// when it is one of the column's aliases; blank lines ignored; a row with the wrong number of fields is an error.
/// Every problem is collected as a <see cref="DataProblem"/> at <c>FILE:LINE</c> (the header is line 1), or <c>FILE:SHEET!ROW</c> for a workbook.
/// </summary>
internal sealed partial class CsvTable
{
    private readonly List<DataProblem> problems;
    private readonly string path;

    /// <summary>The whole file, or the whole sheet a workbook's rows come from (its <see cref="SourceLocation.Sheet"/> is null for a CSV file).</summary>
    private readonly SourceLocation origin;

    /// <summary>Each distinct optional text (such as a device id) once, so that a large file does not allocate a string per row.</summary>
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> textsBySpan;

    private CsvTable(string path, List<DataProblem> problems, string? sheet = null)
    {
        this.path = path;
        this.problems = problems;
        origin = sheet is null ? new SourceLocation(path) : SourceLocation.InSheet(path, sheet, 0);
        textsBySpan = texts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A line of the CSV file, or a row of the sheet; 0 for the whole file or sheet.</summary>
    private SourceLocation At(int line) => origin.WithLine(line);

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
    /// the problem) when the file is missing, unreadable, empty or lacks a required column, when two headings give
    /// one column, or when the folder holds both files of the table. <c>aliases</c> gives other headings for a column
    /// by its canonical name (the name the row accessors take), such as <c>["eligible"] = ["jumlah_wajib_ktp",
    /// "wajib_ktp"]</c>, for required and optional columns alike.
    /// </summary>
    /// <exception cref="ArgumentException">Two columns or aliases are one name once normalised.</exception>
    public static bool Read(
        DataSource source,
        string fileName,
        IReadOnlyList<string> requiredColumns,
        IReadOnlyList<string> optionalColumns,
        List<DataProblem> problems,
        Action<CsvRow> onRow,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? aliases = null)
    {
        var header = new HeaderSpec(requiredColumns, optionalColumns, aliases);
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
            return ReadWorkbook(source, workbook, header, problems, onRow);
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
                            table.Empty(header);
                            return false;
                        }

                        var names = new string[row.ColCount];
                        for (int i = 0; i < names.Length; i++)
                        {
                            names[i] = row[i].ToString();
                        }

                        if (!table.ReadHeader(names, 1, header, out columns))
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
                table.Empty(header);
                return false;
            }
        }

        return true;
    }

    internal void Problem(SourceLocation location, string message) => problems.Add(new DataProblem(location, message));

    private void Empty(HeaderSpec header) =>
        problems.Add(new DataProblem(At(0), $"the {(origin.Sheet is null ? "file" : "sheet")} is empty; it needs a header row with the columns {string.Join(", ", header.Required)}."));

    /// <summary>
    /// Reads the header row (line 1 of a CSV file): each heading once and each column from one heading, with every
    /// required column present. Headings are compared normalised (<see cref="HeaderSpec.Normalise"/>); the heading of
    /// a column or of one of its aliases is keyed by the column's canonical name, any other heading by itself,
    /// trimmed. A null name is a blank heading cell of a sheet, which names no column. Returns false after recording
    /// the problem. Runs once per file: the rows look their columns up in the dictionary it gives.
    /// </summary>
    private bool ReadHeader(string?[] names, int line, HeaderSpec header, out Dictionary<string, int> columns)
    {
        columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var headings = new HashSet<string>(StringComparer.Ordinal);
        var givenBy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i] is not string heading)
            {
                continue;
            }

            string name = heading.Trim();
            string normalised = HeaderSpec.Normalise(name);
            if (!headings.Add(normalised))
            {
                problems.Add(new DataProblem(At(line), $"column '{DataProblem.Echo(name)}' appears twice in the header."));
                return false;
            }

            if (header.Canonical(normalised) is string column)
            {
                if (!givenBy.TryAdd(column, name))
                {
                    problems.Add(new DataProblem(At(line), $"column '{DataProblem.Echo(givenBy[column])}' and column '{DataProblem.Echo(name)}' both give the column '{column}'; keep one."));
                    return false;
                }

                columns.Add(column, i);
            }
            else if (!columns.TryAdd(name, i))
            {
                // Only where case folding and invariant lower case disagree: the same problem as a repeated heading.
                problems.Add(new DataProblem(At(line), $"column '{DataProblem.Echo(name)}' appears twice in the header."));
                return false;
            }
        }

        var missing = new List<string>();
        foreach (var column in header.Required)
        {
            if (!columns.ContainsKey(column))
            {
                missing.Add(header.Describe(column));
            }
        }

        if (missing.Count > 0)
        {
            problems.Add(new DataProblem(At(0), $"missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}; the header has {string.Join(", ", names.Where(n => n is not null).Select(n => DataProblem.Echo(n!)))}."));
            return false;
        }

        return true;
    }

    /// <summary>
    /// The columns a caller asks for, built once per file: which normalised heading gives which canonical column, and
    /// the aliases of each column for the "missing column" message.
    /// </summary>
    private sealed class HeaderSpec
    {
        /// <summary>The canonical column of each normalised name: a column's own name or one of its aliases.</summary>
        private readonly Dictionary<string, string> canonical = new(StringComparer.Ordinal);

        /// <summary>The aliases of a column as the caller wrote them, without repeats or the column's own name.</summary>
        private readonly Dictionary<string, List<string>> aliasesOf = new(StringComparer.OrdinalIgnoreCase);

        public HeaderSpec(
            IReadOnlyList<string> required,
            IReadOnlyList<string> optional,
            IReadOnlyDictionary<string, IReadOnlyList<string>>? aliases)
        {
            Required = required;
            foreach (var column in required.Concat(optional))
            {
                Add(column, column);
            }

            if (aliases is null)
            {
                return;
            }

            foreach (var (column, others) in aliases)
            {
                Add(column, column);
                foreach (var alias in others)
                {
                    if (Add(alias, column))
                    {
                        if (!aliasesOf.TryGetValue(column, out var list))
                        {
                            aliasesOf[column] = list = [];
                        }

                        list.Add(alias);
                    }
                }
            }
        }

        public IReadOnlyList<string> Required { get; }

        /// <summary>
        /// A heading or column name as it is compared: trimmed, without white space or underscores, in invariant lower
        /// case, so that <c>Jumlah Wajib KTP</c>, <c>jumlah_wajib_ktp</c> and <c>JUMLAHWAJIBKTP</c> are one name.
        /// </summary>
        public static string Normalise(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (char c in name)
            {
                if (c != '_' && !char.IsWhiteSpace(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }

        /// <summary>The canonical column a normalised heading gives; null for a heading of no column asked for.</summary>
        public string? Canonical(string normalised) => canonical.GetValueOrDefault(normalised);

        /// <summary>A missing column for the message: <c>'eligible' (or jumlah_wajib_ktp, wajib_ktp)</c>, or <c>'code'</c>.</summary>
        public string Describe(string column) =>
            aliasesOf.TryGetValue(column, out var aliases) ? $"'{column}' (or {string.Join(", ", aliases)})" : $"'{column}'";

        /// <summary>Maps <paramref name="name"/> to <paramref name="column"/>; false when it already did.</summary>
        private bool Add(string name, string column)
        {
            string normalised = Normalise(name);
            if (canonical.TryAdd(normalised, column))
            {
                return true;
            }

            if (string.Equals(canonical[normalised], column, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            throw new ArgumentException($"The name '{name}' would give both column '{canonical[normalised]}' and column '{column}'.", nameof(name));
        }
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

        /// <summary>A region code of any level, dotted or not; the library checks the level.</summary>
        public bool Region(string column, out RegionCode code)
        {
            var span = Raw(column);
            if (!RegionCode.TryParse(span, out code, out string? error))
            {
                Problem($"malformed code in column '{column}': {error}");
                return false;
            }

            return true;
        }

        /// <summary>An optional whole count: blank gives null.</summary>
        public bool OptionalCount(string column, out long? value)
        {
            value = null;
            if (Raw(column).IsEmpty)
            {
                return true;
            }

            bool ok = Count(column, out long count);
            value = ok ? count : null;
            return ok;
        }

        public bool Kecamatan(string column, out RegionCode code)
        {
            if (!Region(column, out code))
            {
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
        /// 1–9999, as characters or as UTF-8 bytes. Anything else goes to NodaTime's ISO pattern, which gives the same
        /// dates and the error messages.
        /// </summary>
        internal static bool TryParseIsoDate<T>(ReadOnlySpan<T> span, out LocalDate date)
            where T : unmanaged, IBinaryInteger<T>
        {
            date = default;
            T dash = T.CreateTruncating('-');
            if (span.Length != 10 || span[4] != dash || span[7] != dash)
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

                int digit = int.CreateTruncating(span[i]) - '0';
                if (digit is < 0 or > 9)
                {
                    return false;
                }

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
