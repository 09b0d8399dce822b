using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;

namespace EktpDomain.Import;

/// <summary>Reads a value of a row, such as its kecamatan code; false (after recording the problem) when it is malformed.</summary>
internal delegate bool RowValue<T>(CsvTable.CsvRow row, [MaybeNullWhen(false)] out T value);

/// <summary>
/// Whether a table was read in full: the file read, no row passed over (a row with the wrong number of fields), and
/// the key of every row (a kecamatan's code, a set's id) read. Other problems of a row, such as a malformed count,
/// lose no key. Wrap the row callback with <see cref="Each"/>, then ask <see cref="Complete"/>.
/// </summary>
internal sealed class TableRead(List<DataProblem> found)
{
    private readonly int start = found.Count;
    private int inRows;
    private bool keyLost;

    /// <summary>The callback for <see cref="CsvTable.Read"/>: calls <paramref name="onRow"/>, which returns whether it read the row's key.</summary>
    public Action<CsvTable.CsvRow> Each(Func<CsvTable.CsvRow, bool> onRow) => row =>
    {
        int before = found.Count;
        keyLost |= !onRow(row);
        inRows += found.Count - before;
    };

    /// <summary>Whether the table was read in full, given what <see cref="CsvTable.Read"/> returned.</summary>
    public bool Complete(bool read) => read && !keyLost && found.Count - start == inRows;
}

/// <summary>
/// A list other tables are checked against, such as the kecamatan list (<c>kecamatan.csv</c>, <c>snapshots.csv</c>)
/// or the sets of <c>devices.csv</c>, and the files it comes from that could not be read in full. While the list is
/// whole, another table's rows are checked against it as they are. When it is not, a row naming a value outside the
/// part that was read is not checked against it: it might be in the part that was lost. Instead of one "unknown" problem
/// per such row, which would bury the problem that matters under a problem for every row, the table gets one problem
/// counting them (<see cref="For"/>). Every other check of those rows, such as a malformed date or a negative count,
/// still runs.
/// </summary>
/// <typeparam name="T">A value of the list, such as a kecamatan code or a set's id.</typeparam>
internal sealed class ReferenceList<T>
    where T : notnull
{
    private readonly HashSet<T> read;
    private readonly string what;
    private readonly List<string> failed;

    /// <summary>Creates the list.</summary>
    /// <param name="read">The values that were read; kept, not copied.</param>
    /// <param name="what">What a value is, for the message: <c>kecamatan</c>, <c>device</c>.</param>
    /// <param name="failed">The paths of the files of the list that could not be read in full; none when it is whole.</param>
    public ReferenceList(HashSet<T> read, string what, IEnumerable<string> failed)
    {
        this.read = read;
        this.what = what;
        this.failed = [.. failed.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether every file of the list was read in full.</summary>
    public bool IsWhole => failed.Count == 0;

    /// <summary>
    /// The values the rows of the table <paramref name="fileName"/> are checked against. While the list is whole, the
    /// values read. Otherwise the table's rows are read once beforehand (with its columns, so that a header the table
    /// rejects gives no rows): when some name a value outside the list, one problem at the table counts them, and those
    /// values are added to the ones returned, so that no row is reported as naming an unknown one.
    /// </summary>
    public IReadOnlySet<T> For(
        DataSource source,
        string fileName,
        IReadOnlyList<string> columns,
        RowValue<T> value,
        List<DataProblem> found,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? aliases = null)
    {
        if (IsWhole || !source.HasTable(fileName))
        {
            return read;
        }

        var outside = new HashSet<T>(read.Comparer);
        int rows = 0;
        CsvTable.Read(source, fileName, columns, [], [], row =>
        {
            if (value(row, out var named) && !read.Contains(named))
            {
                rows++;
                outside.Add(named);
            }
        }, aliases);
        if (rows == 0)
        {
            return read;
        }

        found.Add(new DataProblem(new SourceLocation(source.TablePath(fileName)), Message(rows)));
        outside.UnionWith(read);
        return outside;
    }

    /// <summary>
    /// <c>104 rows name a kecamatan that could not be checked, because kecamatan.csv could not be read in full (see its problems above).</c>
    /// </summary>
    private string Message(int rows)
    {
        var names = failed.Select(f => Path.GetFileName(f)).ToList();
        string files = names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{rows:N0} {(rows == 1 ? "row names" : "rows name")} a {what} that could not be checked, because {files} could not be read in full (see {(names.Count == 1 ? "its" : "their")} problems above).");
    }
}
