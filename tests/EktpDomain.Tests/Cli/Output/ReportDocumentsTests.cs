using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EktpDomain.Reporting.Json;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli.Output;

/// <summary>
/// The documents (workbook and page, which share one layout) and the JSON agree field for field: every field of a
/// kecamatan in the JSON has its column, with the same value; and no two headings of a table are the same or synonyms.
/// </summary>
public class ReportDocumentsTests
{
    private const string Snapshots =
        "date,kecamatan,name,eligible,recorded\n" +
        "2012-03-20,36.03.27,Sukamulya,41000,20000\n" +
        "2012-04-25,36.03.27,Sukamulya,41000,26300\n" +
        "2012-04-30,36.03.06,Kresek,40000,30000\n";

    /// <summary>How a field is compared: a count or exact figure, a percentage (the cell holds the fraction), a fraction, a date, text, or only present.</summary>
    private enum Compare
    {
        Number,
        Percent,
        Fraction,
        Date,
        Text,
        Present,

        /// <summary>A field of contract version 3 that a report of kecamatan leaves to be understood (its level is kecamatan, its rows are the kecamatan), and its workbook does not repeat: the workbook stays as it was.</summary>
        Implied,
    }

    /// <summary>Each field of the JSON's kecamatan (nested ones as <c>parent.field</c>) with its English heading.</summary>
    private static readonly Dictionary<string, (string Heading, Compare How)> Fields = new()
    {
        ["code"] = ("Code", Compare.Text),
        ["name"] = ("Kecamatan", Compare.Text),
        ["source"] = ("Source", Compare.Text),
        ["eligible"] = ("Eligible", Compare.Number),
        ["eligible_at_end"] = ("Eligible at the end", Compare.Number),
        ["target"] = ("Target", Compare.Number),
        ["recorded"] = ("Recorded", Compare.Number),
        ["lost"] = ("Lost", Compare.Number),
        ["rerecorded"] = ("Re-recorded", Compare.Number),
        ["realised"] = ("Realised", Compare.Number),
        ["adjustment"] = ("Adjustment", Compare.Number),
        ["realised_percent"] = ("%", Compare.Percent),
        ["attainment"] = ("Attainment", Compare.Fraction),
        ["band"] = ("Band", Compare.Present),
        ["met"] = ("Met", Compare.Present),
        ["rank"] = ("Rank", Compare.Number),
        ["coverage"] = ("Coverage", Compare.Number),
        ["coverage_percent"] = ("Coverage %", Compare.Percent),
        ["rerecording_backlog"] = ("Backlog", Compare.Number),
        ["device_days"] = ("Device-days", Compare.Number),
        ["outage_device_days"] = ("Outage device-days", Compare.Number),
        ["capacity"] = ("Capacity", Compare.Number),
        ["utilisation"] = ("Utilisation", Compare.Fraction),
        ["invited"] = ("Invited", Compare.Number),
        ["attended"] = ("Attended", Compare.Number),
        ["turnout"] = ("Turnout %", Compare.Fraction),
        ["shortfall.data_loss"] = ("Short: data loss", Compare.Number),
        ["shortfall.outage"] = ("Short: outage", Compare.Number),
        ["shortfall.demand"] = ("Short: demand", Compare.Number),
        ["shortfall.service"] = ("Short: service", Compare.Number),
        ["shortfall.no_show"] = ("Short: no-show", Compare.Number),
        ["shortfall.not_invited"] = ("Short: not invited", Compare.Number),
        ["snapshots.status"] = ("Snapshot status", Compare.Present),
        ["snapshots.start_date"] = ("Snapshot before", Compare.Date),
        ["snapshots.start_lag_days"] = ("Days before the start", Compare.Number),
        ["snapshots.end_date"] = ("Snapshot at the end", Compare.Date),
        ["snapshots.end_lag_days"] = ("Days before the end", Compare.Number),
    };

    /// <summary>Words that name the same thing: two headings of a table that differ only by these are synonyms.</summary>
    private static readonly string[][] Synonyms =
    [
        ["layanan", "pelayanan"],
        ["kurang", "kekurangan"],
        ["short", "shortfall"],
        ["rekam", "direkam", "perekaman"],
        ["record", "recorded", "recording"],
        ["alat", "perangkat"],
        ["set", "device"],
    ];

    [Fact]
    public void EveryFieldOfTheJsonsKecamatan_HasAColumnHeadingHere()
    {
        // A field added to the JSON without a column fails here until it gets one.
        static IEnumerable<string> Names(Type type, string prefix) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .SelectMany(p =>
            {
                string name = prefix + JsonName(p);
                var nested = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
                return nested.Namespace == typeof(KecamatanDto).Namespace ? Names(nested, name + ".") : [name];
            });

        Names(typeof(KecamatanDto), string.Empty).Should().BeEquivalentTo(Fields.Keys);
    }

    [Theory]
    [InlineData("scenario")]
    [InlineData("snapshots")]
    public void TheKecamatanSheet_HoldsEveryFieldOfTheJson_WithTheSameValues(string data)
    {
        using var cli = new CliHarness();
        string[] args = data == "scenario" ? ["report", "--lang", "en"] : ["report", "--data", cli.Folder, "--month", "2012-04", "--lang", "en"];
        if (data == "snapshots")
        {
            cli.Write("snapshots.csv", Snapshots);
        }

        string path = cli.PathOf("report.xlsx");
        var json = CliHarness.Invoke([.. args, "--format", "json"]);
        var workbook = CliHarness.Invoke([.. args, "--format", "xlsx", "--output", path]);

        json.ExitCode.Should().Be(0, json.Stderr);
        workbook.ExitCode.Should().Be(0, workbook.Stderr);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var sheet = new SheetReader(document.WorkbookPart!, "Kecamatan");
        using var parsed = JsonDocument.Parse(json.Stdout);
        var rows = parsed.RootElement.GetProperty("kecamatan").EnumerateArray().ToList();
        sheet.RowCount.Should().Be(rows.Count + 1);
        int compared = 0;
        for (int r = 0; r < rows.Count; r++)
        {
            foreach (var (field, value) in Flatten(rows[r]))
            {
                // A column is left out only where the JSON has nothing to show: a field that is null in every row.
                var (heading, how) = Fields[field];
                if (!sheet.Header.Contains(heading))
                {
                    rows.Should().OnlyContain(k => Flatten(k).All(f => f.Field != field || f.Value.ValueKind == JsonValueKind.Null), $"the sheet has no '{heading}' but the JSON has '{field}'");
                    continue;
                }

                Agree(sheet, r + 1, heading, how, value, $"{rows[r].GetProperty("code")} {field}");
                compared++;
            }
        }

        compared.Should().BeGreaterThan(rows.Count * 15);
    }

    /// <summary>The other objects of the JSON: each DTO's fields with the sheet and heading that hold them.</summary>
    private static readonly (Type Dto, string Command, string JsonPath, string Sheet, Dictionary<string, (string Heading, Compare How)> Fields)[] Objects =
    [
        (typeof(SummaryDto), "report", "summary", "Summary", new()
        {
            ["kecamatan"] = ("Number of kecamatan", Compare.Number), ["level"] = ("Level", Compare.Implied), ["region_count"] = ("Number of regions", Compare.Implied), ["applicable"] = ("With a target", Compare.Number), ["met"] = ("Met the target", Compare.Number),
            ["realisation_unknown"] = ("Realisation unknown", Compare.Number), ["target"] = ("Target", Compare.Number), ["realised"] = ("Realised", Compare.Number),
            ["min_realised_percent"] = ("Lowest %", Compare.Percent), ["max_realised_percent"] = ("Highest %", Compare.Percent), ["headline"] = ("Headline", Compare.Text),
            ["data_coverage"] = ("Data covers", Compare.Present), ["notes"] = ("Notes", Compare.Present),
        }),
        (typeof(PeriodDto), "report", "period", "Summary", new()
        {
            ["from"] = ("From", Compare.Date), ["to"] = ("To", Compare.Date), ["working_days"] = ("Working days", Compare.Number),
        }),
        (typeof(FindingDto), "report", "findings", "Findings", new()
        {
            ["rule"] = ("Rule", Compare.Text), ["severity"] = ("Severity", Compare.Present), ["kecamatan"] = ("Code", Compare.Text), ["region"] = ("Region", Compare.Text),
            ["device"] = ("Recording set", Compare.Text), ["message"] = ("Finding", Compare.Text), ["action"] = ("Action", Compare.Text),
        }),
        (typeof(ForecastDto), "forecast", "kecamatan", "Kecamatan", new()
        {
            ["code"] = ("Code", Compare.Text), ["name"] = ("Region", Compare.Text), ["eligible"] = ("Eligible", Compare.Number), ["coverage"] = ("Coverage", Compare.Number),
            ["remaining"] = ("Remaining", Compare.Number), ["pace_from"] = ("Pace from", Compare.Date), ["pace_working_days"] = ("Pace working days", Compare.Number),
            ["pace_realised"] = ("Pace realised", Compare.Number), ["pace"] = ("Pace per working day", Compare.Number), ["status"] = ("Status", Compare.Present),
            ["working_days_needed"] = ("Working days needed", Compare.Number), ["completion_date"] = ("Completion", Compare.Date), ["message"] = ("Finding", Compare.Text),
        }),
        (typeof(PlacementDto), "allocate", "placements", "Placements", new()
        {
            ["number"] = ("New set", Compare.Number), ["kecamatan"] = ("Code", Compare.Text), ["name"] = ("Kecamatan", Compare.Text),
            ["added_capacity"] = ("Added capacity", Compare.Number), ["capacity_gap_before"] = ("Capacity gap before", Compare.Number),
            ["capacity_gap_after"] = ("Capacity gap after", Compare.Number), ["reduction"] = ("Reduction", Compare.Number), ["reason"] = ("Reason", Compare.Present),
            ["explanation"] = ("Explanation", Compare.Text),
        }),
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void TheOtherSheets_HoldEveryFieldOfTheirJsonObjects_WithTheSameValues(int index)
    {
        var (dto, command, jsonPath, sheetName, fields) = Objects[index];
        dto.GetProperties().Select(JsonName).Should().BeEquivalentTo(fields.Keys, $"every field of {dto.Name} has its column");
        using var cli = new CliHarness();
        string[] args = command == "allocate" ? [command, "--devices", "3", "--lang", "en"] : [command, "--lang", "en"];
        string path = cli.PathOf("out.xlsx");
        var json = CliHarness.Invoke([.. args, "--format", "json"]);
        CliHarness.Invoke([.. args, "--format", "xlsx", "--output", path]).ExitCode.Should().Be(0);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var sheet = new SheetReader(document.WorkbookPart!, sheetName);
        using var parsed = JsonDocument.Parse(json.Stdout);
        var node = parsed.RootElement.GetProperty(jsonPath);
        var objects = node.ValueKind == JsonValueKind.Array ? node.EnumerateArray().ToList() : [node];
        objects.Should().NotBeEmpty();
        sheet.RowCount.Should().Be(objects.Count + 1);
        for (int r = 0; r < objects.Count; r++)
        {
            foreach (var property in objects[r].EnumerateObject())
            {
                var (heading, how) = fields[property.Name];
                if (property.Name == "notes" && property.Value.GetArrayLength() == 0)
                {
                    continue;
                }

                if (how == Compare.Implied)
                {
                    sheet.Header.Should().NotContain(heading, "a report of kecamatan keeps the workbook it always had");
                    continue;
                }

                sheet.Header.Should().Contain(heading, $"the JSON has '{jsonPath}.{property.Name}'");
                Agree(sheet, r + 1, heading, how, property.Value, $"{jsonPath}[{r}].{property.Name}");
            }
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void NoTwoHeadingsOfATable_AreTheSame_OrSynonyms(string lang)
    {
        using var cli = new CliHarness();
        cli.Write("snapshots.csv", Snapshots);
        string[][] runs =
        [
            ["report"], ["allocate", "--devices", "3"], ["forecast"], ["trend"],
            ["report", "--data", cli.Folder, "--month", "2012-04"], ["trend", "--data", cli.Folder],
        ];
        int tables = 0;
        foreach (var (run, i) in runs.Select((run, i) => (run, i)))
        {
            string path = cli.PathOf($"{i}.xlsx");
            CliHarness.Invoke([.. run, "--lang", lang, "--format", "xlsx", "--output", path]).ExitCode.Should().Be(0);
            using var document = SpreadsheetDocument.Open(path, isEditable: false);
            foreach (var name in document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!))
            {
                var headings = new SheetReader(document.WorkbookPart, name).Header;
                headings.Should().OnlyHaveUniqueItems($"{string.Join(' ', run)}: {name}");
                headings.Select(Canonical).Should().OnlyHaveUniqueItems($"{string.Join(' ', run)}: {name} has headings that differ only by synonyms: {string.Join(" | ", headings)}");
                tables++;
            }
        }

        tables.Should().BeGreaterThanOrEqualTo(12);
    }

    [Theory]
    [InlineData("kurang: layanan", "Kurang: pelayanan")]
    [InlineData("Rekam ulang", "Direkam ulang")]
    [InlineData("Shortfall", "Short")]
    public void TheSynonymCheck_FindsTheHeadingsThatUsedToClash(string one, string other) =>
        Canonical(one).Should().Be(Canonical(other));

    private static string Canonical(string heading) => string.Join(' ', heading.ToLowerInvariant()
        .Split([' ', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
        .Select(word => Synonyms.FirstOrDefault(group => group.Contains(word))?[0] ?? word));

    /// <summary>The fields of a kecamatan object, nested ones as <c>parent.field</c>; a null figure is a field too.</summary>
    private static IEnumerable<(string Field, JsonElement Value)> Flatten(JsonElement kecamatan) =>
        kecamatan.EnumerateObject().SelectMany(p => p.Value.ValueKind == JsonValueKind.Object
            ? p.Value.EnumerateObject().Select(n => ($"{p.Name}.{n.Name}", n.Value))
            : [(p.Name, p.Value)]);

    private static void Agree(SheetReader sheet, int row, string heading, Compare how, JsonElement value, string what)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            sheet.IsEmpty(row, heading).Should().BeTrue($"{what} is null in the JSON");
            return;
        }

        switch (how)
        {
            case Compare.Number or Compare.Percent or Compare.Fraction:
                double expected = (double)value.GetDecimal();
                double actual = sheet.Number(row, heading) * (how == Compare.Percent ? 100 : 1);
                actual.Should().BeApproximately(expected, 1e-9 * Math.Max(1, Math.Abs(expected)), what);
                break;
            case Compare.Date:
                sheet.Date(row, heading).Should().Be(DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture), what);
                break;
            case Compare.Text:
                sheet.Text(row, heading).Should().Be(value.GetString(), what);
                break;
            default:
                sheet.IsEmpty(row, heading).Should().BeFalse(what);
                break;
        }
    }

    private static string JsonName(PropertyInfo property) => property.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name;
}
