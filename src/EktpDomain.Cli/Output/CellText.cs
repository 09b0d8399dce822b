using EktpDomain.Reporting;
using NodaTime;

namespace EktpDomain.Cli.Output;

/// <summary>A cell of a <see cref="DocumentTable"/> as a person reads it, in the document's language.</summary>
internal static class CellText
{
    public static string Format(ReportText text, CellKind kind, object? value) => value switch
    {
        null => text.NotApplicable,
        string s => s,
        bool flag => flag ? "✓" : "–",
        LocalDate date => text.FormatDate(date),
        decimal number when kind == CellKind.Percent => text.FormatPercent(number) + "%",
        decimal number => number.ToString("N1", text.Culture),
        int number => text.FormatCount(number),
        long number => text.FormatCount(number),
        _ => value.ToString() ?? string.Empty,
    };
}
