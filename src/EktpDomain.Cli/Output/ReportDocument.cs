using System.Collections.Generic;
using EktpDomain.Reporting;
using NodaTime;

namespace EktpDomain.Cli.Output;

/// <summary>
/// A result laid out for a workbook or a page, before any format: a title, a headline, charts and tables. The
/// builders in <see cref="ReportDocuments"/> make one per command from the library's results and words; the writers
/// (<see cref="XlsxDocumentWriter"/>, <see cref="HtmlDocumentWriter"/>) know nothing of the commands. A new command
/// gives a new builder and nothing else.
/// </summary>
/// <param name="Text">The language of every word, and of numbers on the page.</param>
/// <param name="Title">The title line, as the text output prints it.</param>
/// <param name="Notice">A note under the title, such as the built-in scenario's; none when null.</param>
/// <param name="Headline">The sentence that sums the result up; none when null.</param>
/// <param name="Charts">The charts of the page, in order; a workbook has none.</param>
/// <param name="Tables">The tables: each a sheet of the workbook and a table of the page, in order.</param>
/// <param name="Notes">Lines under the headline, as the text output prints them (such as which kecamatan have no realisation); none when null.</param>
internal sealed record ReportDocument(
    ReportText Text,
    string Title,
    string? Notice,
    string? Headline,
    IReadOnlyList<DocumentChart> Charts,
    IReadOnlyList<DocumentTable> Tables,
    IReadOnlyList<string>? Notes = null);

/// <summary>What a column holds, which decides the cell's type in a workbook and its format on a page.</summary>
internal enum CellKind
{
    /// <summary>Text (a string).</summary>
    Text,

    /// <summary>A whole number (a long or an int), shown with digit grouping.</summary>
    Count,

    /// <summary>A percentage as a number of percent (a decimal: 14.5 is 14.5 %); a workbook stores it as a fraction with a % format.</summary>
    Percent,

    /// <summary>A number with one decimal (a decimal), such as a pace.</summary>
    Decimal,

    /// <summary>A date (a <see cref="LocalDate"/>).</summary>
    Date,

    /// <summary>Yes or no (a bool).</summary>
    Flag,
}

/// <summary>A column of a <see cref="DocumentTable"/>.</summary>
internal sealed record DocumentColumn(string Heading, CellKind Kind);

/// <summary>
/// A table: a sheet of a workbook (named <paramref name="Name"/>) and a table of a page (captioned with it). Each row
/// has one value per column, of the column's kind, or null for "not applicable". A page shows
/// <paramref name="EmptyText"/> in place of a table without rows.
/// </summary>
internal sealed record DocumentTable(string Name, IReadOnlyList<DocumentColumn> Columns, IReadOnlyList<object?[]> Rows, string? EmptyText = null);

/// <summary>A chart of a page, with its title and its text alternative.</summary>
internal abstract record DocumentChart(string Title, string Description)
{
    /// <summary>
    /// The words under the value axis, which say its unit, such as "residents short of the target"; when null the
    /// page writes its own (for a percentage axis every tick carries "%", and the shortfall axis says
    /// "Target − Realised" in the page's language).
    /// </summary>
    public string? ValueAxis { get; init; }
}

/// <summary>One bar per item, its length a percentage, coloured by its band, with an optional target line.</summary>
internal sealed record BarChart(string Title, string Description, IReadOnlyList<Bar> Bars, decimal? Target, string? TargetLabel, IReadOnlyList<LegendEntry> Legend)
    : DocumentChart(Title, Description);

/// <summary>A bar: its label, its value in percent (null: not applicable, drawn empty) and its band's style name.</summary>
internal sealed record Bar(string Label, decimal? Percent, string Band, string ValueText);

/// <summary>An entry of a legend: the style name it explains and its words.</summary>
internal sealed record LegendEntry(string Style, string Label);

/// <summary>One stacked bar per item: its parts, in the order of <paramref name="Parts"/>.</summary>
internal sealed record StackedBarChart(string Title, string Description, IReadOnlyList<LegendEntry> Parts, IReadOnlyList<StackedBar> Bars, string? EmptyText)
    : DocumentChart(Title, Description);

/// <summary>A stacked bar: its label, its parts (same order as the chart's), and its total as text.</summary>
internal sealed record StackedBar(string Label, IReadOnlyList<decimal> Parts, string TotalText);

/// <summary>
/// A curve of a percentage over dates: the recorded history, then optionally a projected line to 100 % on
/// <paramref name="Projected"/>, which is marked with <paramref name="ProjectedLabel"/>.
/// </summary>
internal sealed record LineChart(
    string Title,
    string Description,
    IReadOnlyList<CurvePoint> Points,
    LocalDate? Projected,
    string? ProjectedLabel,
    IReadOnlyList<LegendEntry> Legend)
    : DocumentChart(Title, Description);

/// <summary>A point of a <see cref="LineChart"/>: a date and a percentage.</summary>
internal readonly record struct CurvePoint(LocalDate Date, decimal Percent);
