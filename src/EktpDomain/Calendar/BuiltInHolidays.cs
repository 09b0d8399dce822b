using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Calendar;

/// <summary>
/// Reads the embedded national holidays and <em>cuti bersama</em> of 2005–2026
/// (<c>Data/indonesia_holidays_2005_2026.csv</c>, generated from the MIT-licensed vacanza/holidays project).
/// </summary>
/// <remarks>
/// The parser is strict and culture-independent: the header must be exactly <c>date,weekday,kind,name_id</c>; every
/// row has four fields, an ISO date in ASCII digits, the English three-letter weekday that matches the date, a kind of
/// <c>libur_nasional</c> or <c>cuti_bersama</c>, and a non-blank name without surrounding spaces; no row repeats
/// and every date lies in the covered years. All problems are collected into one <see cref="DataValidationException"/>.
/// </remarks>
internal static class BuiltInHolidays
{
    internal const int FirstYear = 2005;
    internal const int LastYear = 2026;
    internal const string ResourceName = "EktpDomain.Data.indonesia_holidays_2005_2026.csv";
    internal const string SourceName = "indonesia_holidays_2005_2026.csv (embedded)";
    internal const string Header = "date,weekday,kind,name_id";

    private static readonly string[] WeekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    /// <summary>Parses the embedded resource afresh (the built-in calendar caches the result).</summary>
    internal static ImmutableArray<Holiday> Load()
    {
        using Stream stream = typeof(BuiltInHolidays).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The embedded resource '{ResourceName}' is missing from the EktpDomain assembly; the build is broken.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        return Parse(reader, SourceName, FirstYear, LastYear);
    }

    /// <summary>Parses holiday rows in the embedded format; every date must lie in <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    /// <exception cref="DataValidationException">The text breaks the format; every problem is reported.</exception>
    internal static ImmutableArray<Holiday> Parse(TextReader reader, string sourceName, int firstYear, int lastYear)
    {
        var problems = new List<DataProblem>();
        var holidays = ImmutableArray.CreateBuilder<Holiday>();
        var seen = new HashSet<Holiday>();

        string? header = reader.ReadLine();
        if (!string.Equals(header, Header, StringComparison.Ordinal))
        {
            problems.Add(new DataProblem(
                new SourceLocation(sourceName, 1),
                $"The header is '{header}', but it must be exactly '{Header}'."));
        }

        int lineNumber = 1;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber = checked(lineNumber + 1);
            var location = new SourceLocation(sourceName, lineNumber);
            string? error = ParseRow(line, firstYear, lastYear, out Holiday holiday);
            if (error is not null)
            {
                problems.Add(new DataProblem(location, error));
            }
            else if (!seen.Add(holiday))
            {
                problems.Add(new DataProblem(location, $"The row '{line}' repeats an earlier row."));
            }
            else
            {
                holidays.Add(holiday);
            }
        }

        if (problems.Count == 0 && holidays.Count == 0)
        {
            problems.Add(new DataProblem(new SourceLocation(sourceName), "The file has no holiday rows."));
        }

        if (problems.Count > 0)
        {
            throw new DataValidationException(problems);
        }

        return holidays.ToImmutable();
    }

    private static string? ParseRow(string line, int firstYear, int lastYear, out Holiday holiday)
    {
        holiday = default;
        string[] fields = line.Split(',');
        if (fields.Length != 4)
        {
            return $"The row '{line}' has {fields.Length} fields, but it must have 4: {Header}.";
        }

        string dateText = fields[0];
        if (!IsIsoDateShape(dateText))
        {
            return $"The date '{dateText}' is not an ISO date yyyy-MM-dd in ASCII digits.";
        }

        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(dateText);
        if (!parsed.Success)
        {
            return $"The date '{dateText}' does not exist.";
        }

        LocalDate date = parsed.Value;
        if (date.Year < firstYear || date.Year > lastYear)
        {
            return $"The date '{dateText}' is outside the covered years {firstYear} to {lastYear}.";
        }

        string expectedWeekday = WeekdayNames[(int)date.DayOfWeek - 1];
        if (!string.Equals(fields[1], expectedWeekday, StringComparison.Ordinal))
        {
            return $"The weekday '{fields[1]}' does not match {dateText}, which is a {expectedWeekday}.";
        }

        HolidayKind kind;
        if (string.Equals(fields[2], "libur_nasional", StringComparison.Ordinal))
        {
            kind = HolidayKind.NationalHoliday;
        }
        else if (string.Equals(fields[2], "cuti_bersama", StringComparison.Ordinal))
        {
            kind = HolidayKind.CollectiveLeave;
        }
        else
        {
            return $"The kind '{fields[2]}' is unknown; it must be 'libur_nasional' or 'cuti_bersama'.";
        }

        string name = fields[3];
        if (string.IsNullOrWhiteSpace(name) || !string.Equals(name, name.Trim(), StringComparison.Ordinal))
        {
            return $"The name '{name}' on {dateText} is blank or has leading or trailing spaces.";
        }

        holiday = new Holiday(date, name, kind);
        return null;
    }

    private static bool IsIsoDateShape(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (i != 4 && i != 7 && !char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
