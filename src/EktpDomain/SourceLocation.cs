using System.Diagnostics.Contracts;
using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EktpDomain;

/// <summary>
/// Where a piece of bulk input came from: a file, and optionally a line in it (the header is line 1), or a sheet of a
/// workbook and a row in it. Carried by builders so that every problem can be reported as <c>FILE:LINE: message</c>
/// or <c>FILE:SHEET!ROW: message</c>.
/// </summary>
/// <remarks>
/// <para>The <c>default</c> value is <see cref="None"/>: no known source. Equality compares the file and the sheet (ordinal) and the line.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>Creates a location for a whole file, or for one line of it.</summary>
    /// <param name="file">The file's path as the user gave it; not empty.</param>
    /// <param name="line">The 1-based line, counting the header as line 1; 0 for the whole file.</param>
    /// <exception cref="ArgumentException"><paramref name="file"/> is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is negative.</exception>
    public SourceLocation(string file, int line = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        File = file;
        Line = line;
    }

    /// <summary>Creates a location for a sheet of a workbook, or for one row of it.</summary>
    /// <param name="file">The workbook's path as the user gave it; not empty.</param>
    /// <param name="sheet">The sheet's name; not empty.</param>
    /// <param name="row">The 1-based row as the spreadsheet numbers it; 0 for the whole sheet.</param>
    /// <exception cref="ArgumentException"><paramref name="file"/> or <paramref name="sheet"/> is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is negative.</exception>
    /// <returns>The location.</returns>
    [Pure]
    public static SourceLocation InSheet(string file, string sheet, int row)
    {
        ArgumentException.ThrowIfNullOrEmpty(sheet);
        return new SourceLocation(file, sheet, row);
    }

    private SourceLocation(string file, string sheet, int row)
        : this(file, row) => Sheet = sheet;

    /// <summary>The same file, and the same sheet if any, at another line (or row).</summary>
    /// <param name="line">The 1-based line or row; 0 for the whole file or sheet.</param>
    /// <returns>The location of <paramref name="line"/> in this location's file or sheet.</returns>
    /// <exception cref="InvalidOperationException">This is <see cref="None"/>: there is no file to point into.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is negative.</exception>
    [Pure]
    public SourceLocation WithLine(int line)
    {
        if (File is null)
        {
            throw new InvalidOperationException("SourceLocation.None names no file, so it has no lines; give a file first.");
        }

        return Sheet is null ? new SourceLocation(File, line) : new SourceLocation(File, Sheet, line);
    }

    /// <summary>No known source: the <c>default</c> value.</summary>
    public static SourceLocation None => default;

    /// <summary>The file, or null for <see cref="None"/>.</summary>
    public string? File { get; }

    /// <summary>The sheet of a workbook, or null for a text file or no source.</summary>
    public string? Sheet { get; }

    /// <summary>The 1-based line (or row of the <see cref="Sheet"/>), or 0 for a whole file or sheet, or no source.</summary>
    public int Line { get; }

    /// <summary>Whether this location names a file.</summary>
    [MemberNotNullWhen(true, nameof(File))]
    public bool IsKnown => File is not null;

    /// <summary>
    /// Formats as <c>FILE:LINE</c> or <c>FILE</c>; with a sheet as <c>FILE:SHEET!ROW</c> or <c>FILE:SHEET</c>; an
    /// empty string for <see cref="None"/>.
    /// </summary>
    [Pure]
    public override string ToString() =>
        File is null ? string.Empty
        : Sheet is not null ? (Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Sheet}!{Line}") : $"{File}:{Sheet}")
        : Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}") : File;

    /// <inheritdoc />
    [Pure]
    public bool Equals(SourceLocation other) =>
        string.Equals(File, other.File, StringComparison.Ordinal) && string.Equals(Sheet, other.Sheet, StringComparison.Ordinal) && Line == other.Line;

    /// <inheritdoc />
    [Pure]
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SourceLocation other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCode.Combine(File is null ? 0 : StringComparer.Ordinal.GetHashCode(File), Sheet is null ? 0 : StringComparer.Ordinal.GetHashCode(Sheet), Line);

    /// <summary>Whether two locations are equal.</summary>
    [Pure]
    public static bool operator ==(SourceLocation left, SourceLocation right) => left.Equals(right);

    /// <summary>Whether two locations differ.</summary>
    [Pure]
    public static bool operator !=(SourceLocation left, SourceLocation right) => !left.Equals(right);
}
