using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Calendar;
using EktpDomain.Capacity;
using EktpDomain.Cli.Data;
using EktpDomain.Cli.Output;
using EktpDomain.Cli.Progress;
using EktpDomain.Cli.Scenario;
using EktpDomain.Forecasting;
using EktpDomain.Import;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Reporting;
using EktpDomain.Reporting.Json;
using EktpDomain.Reporting.PlainText;
using EktpDomain.Targets;
using EktpDomain.Trends;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Cli;

/// <summary>
/// The command line of <c>ektp</c> (docs/data-folder.md): <c>report</c>, <c>allocate</c> and <c>forecast</c>.
/// Exit codes: 0 success; 2 invalid input or arguments (stdout empty, one <c>FILE:LINE: message</c>,
/// <c>FILE: message</c> or <c>argument --x: message</c> line per problem on stderr); 1 an unexpected failure.
/// </summary>
internal static class EktpCommand
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;

    /// <summary>The period of the built-in scenario, used when no <c>--data</c> is given.</summary>
    public static readonly DateInterval ScenarioPeriod = new(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30));

    private static readonly Option<string?> Data = new("--data") { Description = "The data folder; its files and columns are described in docs/data-folder.md of the EktpDomain repository. Without it, the built-in scenario: Kabupaten Tangerang, 2–30 April 2012 (illustrative)." };
    private static readonly Option<string?> Month = new("--month") { Description = "The period: a calendar month, YYYY-MM." };
    private static readonly Option<string?> From = new("--from") { Description = "The period's first day, YYYY-MM-DD (with --to)." };
    private static readonly Option<string?> To = new("--to") { Description = "The period's last day, YYYY-MM-DD (with --from)." };
    private static readonly Option<string?> TargetPercent = new("--target-percent") { Description = string.Create(CultureInfo.InvariantCulture, $"The monthly target as a share of eligible residents, in percent. Default {TargetPolicy.DefaultMonthlySharePercent}.") };
    private static readonly Option<string?> Prorate = new("--prorate") { Description = "none (default) or working-days: pro-rate partly covered months by national working days." };
    private static readonly Option<string?> Throughput = new("--throughput") { Description = string.Create(CultureInfo.InvariantCulture, $"Recordings per device per working day. Default {CapacityAnalysis.DefaultThroughput}.") };
    private static readonly Option<string?> Format = new("--format") { Description = "text, json, xlsx (an Excel workbook) or html (a page with charts); xlsx and html need --output. Default: the format of the --output file's extension, otherwise text." };
    private static readonly Option<string?> Output = new("--output") { Description = "Write the result to this file instead of standard output; the file appears only once it is complete. Without --format, the extension sets the format (.json json, .xlsx xlsx, .html or .htm html, .txt text; any other extension or none: text); with --format, these extensions must agree with it. A read-only file is never replaced; a replaced file keeps its permissions." };
    private static readonly Option<string?> Lang = new("--lang") { Description = "id (default) or en." };
    private static readonly Option<string?> Width = new("--width") { Description = "text: the width to fit, at least 80 characters, or full for every table in one piece and no wrapping. Default: $COLUMNS when it is set (at least 80), otherwise 120." };
    private static readonly Option<string?> Devices = new("--devices") { Description = "The number of new sets to place." };
    private static readonly Option<string?> FromMonth = new("--from") { Description = "The first month, YYYY-MM. Default: the first month of the data." };
    private static readonly Option<string?> ToMonth = new("--to") { Description = "The last month, YYYY-MM. Default: the last month of the data." };
    private static readonly Option<string?> Region = new("--region") { Description = "Only the kecamatan inside this region, by its Kemendagri code: a province (36), a kabupaten/kota (36.03) or a kecamatan (36.03.01). Default: all the data." };
    private static readonly Option<string?> Level = new("--level") { Description = "The rows: kecamatan (default), kabupaten (kabupaten/kota), provinsi or nasional, rolled up from the kecamatan; English aliases: subdistrict, regency, province, nation." };
    private static readonly Option<string?> FindingsLimit = new("--findings") { Description = "text: show at most N findings, the most severe first, and say how many more there are. Default: all." };
    private static readonly Option<string?> AsOf = new("--as-of") { Description = "The forecast's as-of date, YYYY-MM-DD. Default: the last date of the ledger or the snapshots." };

    /// <summary>Runs the command with the given arguments and writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            var root = BuildCommands(stdout, stderr, out var results);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    stderr.WriteLine(Describe(error, parse));
                }

                return InvalidInput;
            }

            int code = parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            return results.Count > 0 ? results[^1] : code;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A genuine bug: invalid input never reaches here. Say so plainly; the stack trace helps a bug report.
            stderr.WriteLine($"ektp: internal error ({e.GetType().Name}): {e.Message}");
            stderr.WriteLine("This is a bug in ektp, not a problem with your data. Please report it with the command you ran.");
            stderr.WriteLine(e.StackTrace);
            return Failure;
        }
    }

    private static RootCommand BuildCommands(TextWriter stdout, TextWriter stderr, out List<int> results)
    {
        var codes = new List<int>();
        results = codes;
        var root = new RootCommand("ektp: e-KTP recording attainment, capacity, findings, device allocation and completion forecasts from a folder of CSV exports.");

        var report = new Command("report", "Who met the target, by how much, and why not.");
        AddOptions(report, Data, Region, Level, FindingsLimit, Month, From, To, TargetPercent, Prorate, Throughput, Format, Output, Lang, Width);
        report.SetAction(parse => codes.Add(Execute(parse, stdout, stderr, CommandKind.Report)));
        root.Subcommands.Add(report);

        var allocate = new Command("allocate", "Where should K new APBD-funded sets go?");
        AddOptions(allocate, Devices, Data, Region, Month, From, To, TargetPercent, Prorate, Throughput, Format, Output, Lang, Width);
        allocate.SetAction(parse => codes.Add(Execute(parse, stdout, stderr, CommandKind.Allocate)));
        root.Subcommands.Add(allocate);

        var forecast = new Command("forecast", "When will every eligible resident be recorded?");
        AddOptions(forecast, AsOf, Data, Region, Level, Format, Output, Lang, Width);
        forecast.SetAction(parse => codes.Add(Execute(parse, stdout, stderr, CommandKind.Forecast)));
        root.Subcommands.Add(forecast);

        var trend = new Command("trend", "How has coverage moved, month by month? Without --data: the built-in snapshot series (illustrative).");
        AddOptions(trend, Data, Region, Level, FromMonth, ToMonth, Format, Output, Lang, Width);
        trend.SetAction(parse => codes.Add(Execute(parse, stdout, stderr, CommandKind.Trend)));
        root.Subcommands.Add(trend);
        return root;
    }

    private static void AddOptions(Command command, params Option[] options)
    {
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
    }

    private static string Describe(ParseError error, ParseResult parse)
    {
        if (error.SymbolResult is OptionResult option)
        {
            return $"argument {option.Option.Name}: {ParserSentence(error, parse)}";
        }

        // An unknown option or a stray value: name it, so the line still reads "argument --x: message".
        string? token = parse.UnmatchedTokens.FirstOrDefault(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal));
        if (token is null && error.SymbolResult is CommandResult { Command: { Action: null, Subcommands.Count: > 0 } })
        {
            return "argument COMMAND: required; use report, allocate, forecast or trend.";
        }

        string help = parse.CommandResult.Command is RootCommand ? "ektp --help" : $"ektp {parse.CommandResult.Command.Name} --help";
        return token is not null && token.StartsWith("--", StringComparison.Ordinal)
            ? $"argument {DataProblem.Echo(token)}: not an option of this command; see {help}."
            : $"argument {DataProblem.Echo(token ?? string.Empty)}: {ParserSentence(error, parse)}";
    }

    /// <summary>
    /// The parser's own message in full, with each of the user's tokens it quotes shown as <see cref="DataProblem.Echo"/>
    /// shows a value: only what the user typed is cut or masked, never the sentence.
    /// </summary>
    private static string ParserSentence(ParseError error, ParseResult parse)
    {
        string message = error.Message;
        foreach (string token in parse.Tokens.Select(t => t.Value).Concat(parse.UnmatchedTokens).Distinct().OrderByDescending(t => t.Length))
        {
            message = message.Replace($"'{token}'", $"'{DataProblem.Echo(token)}'", StringComparison.Ordinal);
        }

        return PersonalData.Redact(message);
    }

    private enum OutputFormat
    {
        Text,
        Json,
        Xlsx,
        Html,
    }

    private enum CommandKind
    {
        Report,
        Allocate,
        Forecast,
        Trend,
    }

    private static int Execute(ParseResult parse, TextWriter stdout, TextWriter stderr, CommandKind kind)
    {
        var arguments = new List<string>();
        var options = ReadOptions(parse, kind, arguments);

        DataSource source = options.DataDirectory is not null ? DataSource.FromDirectory(options.DataDirectory)
            : kind == CommandKind.Trend ? BuiltInSources.Series
            : BuiltInSources.Scenario;
        if (options.DataDirectory is not null && !Directory.Exists(options.DataDirectory))
        {
            arguments.Add($"argument --data: the folder '{DataProblem.Echo(options.DataDirectory)}' does not exist.");
        }

        if (arguments.Count > 0)
        {
            return Fail(stderr, arguments);
        }

        bool loaded;
        LoadedDataFolder? folder;
        ImmutableArray<DataProblem> problems;
        using (var progress = LoadProgressDisplay.Start(stderr))
        {
            loaded = DataFolder.TryLoad(source, progress.Progress, out folder, out problems);
        }

        if (!loaded)
        {
            return Fail(stderr, ProblemLines.Of(problems));
        }

        foreach (string warning in folder!.Warnings)
        {
            stderr.WriteLine(PersonalData.Redact(warning));
        }

        var data = folder!.Data;
        var window = options.Window ?? (options.DataDirectory is null ? ScenarioPeriod : null);
        string? result = null;
        ReportDocument? document = null;
        void Produce(Func<string> json, Func<string> text, Func<ReportDocument> layout)
        {
            switch (options.Format)
            {
                case OutputFormat.Json:
                    result = json();
                    break;
                case OutputFormat.Text:
                    result = text();
                    break;
                default:
                    document = layout();
                    break;
            }
        }

        switch (kind)
        {
            case CommandKind.Trend:
            {
                var last = options.LastMonth ?? LastDate(data)?.ToYearMonth();
                var first = options.FirstMonth ?? FirstMonth(data);

                // Snapshots of one month's end alone: their month is the one the data can speak of.
                first = options.FirstMonth is null && options.LastMonth is null && first > last ? last : first;
                if (first is null || last is null)
                {
                    return Fail(stderr, ["argument --from: the data has no dates, so give the months with --from YYYY-MM and --to YYYY-MM."]);
                }

                if (last < first)
                {
                    return Fail(stderr, [$"argument {(options.LastMonth is null ? "--from" : "--to")}: {YearMonthPattern.Iso.Format(last.Value)} is before {YearMonthPattern.Iso.Format(first.Value)}; the last month must not be before the first."]);
                }

                if (((last.Value.Year - first.Value.Year) * 12) + last.Value.Month - first.Value.Month >= CoverageTrend.MaxMonths)
                {
                    return Fail(stderr, [$"argument {(options.FirstMonth is null ? "--to" : "--from")}: {YearMonthPattern.Iso.Format(first.Value)} to {YearMonthPattern.Iso.Format(last.Value)} is more than {CoverageTrend.MaxMonths} months; give a shorter range."]);
                }

                if (!CheckRegion(options, data, last.Value.ToDateInterval().End, out var regionError))
                {
                    return Fail(stderr, [regionError]);
                }

                var trend = options.Region is not null || LevelOf(options, data) is not null
                    ? CoverageTrend.Calculate(data, first.Value, last.Value, options.Region ?? RegionCode.Nation, LevelOf(options, data) ?? data.Level)
                    : CoverageTrend.Calculate(data, first.Value, last.Value);
                Produce(
                    () => ReportJson.Serialize(trend, options.Text),
                    () => PlainTextReport.Format(trend, options.Text, Notice(options, kind), options.Width),
                    () => ReportDocuments.ForTrend(trend, options.Text, Notice(options, kind)));
                break;
            }

            case CommandKind.Forecast:
            {
                var asOf = options.AsOf ?? LastDate(data) ?? (options.DataDirectory is null ? ScenarioPeriod.End : (LocalDate?)null);
                if (asOf is null)
                {
                    return Fail(stderr, ["argument --as-of: the ledger is empty and there are no snapshots, so give the as-of date with --as-of YYYY-MM-DD."]);
                }

                if (!CheckCalendar(data.Calendar, ForecastReport.TrailingWindow(data, asOf.Value), "--as-of", folder.HasHolidaysFile, out var calendarError))
                {
                    return Fail(stderr, [calendarError]);
                }

                if (!CheckRegion(options, data, asOf.Value, out var regionError))
                {
                    return Fail(stderr, [regionError]);
                }

                var forecasts = options.Region is not null || LevelOf(options, data) is not null
                    ? ForecastReport.CalculateWithin(data, asOf.Value, options.Region ?? RegionCode.Nation, LevelOf(options, data) ?? data.Level)
                    : ForecastReport.Calculate(data, asOf.Value);
                Produce(
                    () => ReportJson.Serialize(forecasts, options.Text),
                    () => PlainTextReport.Format(forecasts, options.Text, Notice(options, kind), options.Width),
                    () => ReportDocuments.ForForecast(forecasts, data, options.Text, Notice(options, kind)));

                break;
            }

            default:
            {
                if (window is null)
                {
                    return Fail(stderr, ["argument --month: give the period with --month YYYY-MM, or with --from YYYY-MM-DD and --to YYYY-MM-DD."]);
                }

                if (!CheckCalendar(data.Calendar, window, options.Window is null ? "--month" : options.PeriodOption, folder.HasHolidaysFile, out var calendarError))
                {
                    return Fail(stderr, [calendarError]);
                }

                if (!CheckRegion(options, data, window.End, out var regionError))
                {
                    return Fail(stderr, [regionError]);
                }

                var report = AttainmentReport.Calculate(data, window, options.Attainment);
                report = options.Region is RegionCode region ? report.Within(region) : report;
                if (kind == CommandKind.Report && LevelOf(options, data) is RegionLevel level)
                {
                    var rolled = LevelReport.Create(report, level);
                    Produce(
                        () => ReportJson.Serialize(rolled, options.Text),
                        () => PlainTextReport.Format(rolled, options.Text, Notice(options, kind), options.Width, options.Findings),
                        () => ReportDocuments.ForReport(rolled, options.Text, Notice(options, kind)));
                    break;
                }

                if (kind == CommandKind.Report)
                {
                    Produce(
                        () => ReportJson.Serialize(report, options.Text),
                        () => PlainTextReport.Format(report, options.Text, Notice(options, kind), options.Width, options.Findings),
                        () => ReportDocuments.ForReport(report, options.Text, Notice(options, kind)));
                    break;
                }

                if (data.Inventory is null)
                {
                    return Fail(stderr, [$"{source.DisplayPath(DataFolder.DevicesFile)}: missing file: ektp allocate needs the device inventory to project capacity."]);
                }

                var allocation = DeviceAllocation.Allocate(report, options.Devices);
                Produce(
                    () => ReportJson.Serialize(allocation, report, options.Text),
                    () => PlainTextReport.Format(allocation, report, options.Text, Notice(options, kind), options.Width),
                    () => ReportDocuments.ForAllocation(allocation, report, options.Text, Notice(options, kind)));

                break;
            }
        }

        return Deliver(options, result, document, stdout, stderr);
    }

    /// <summary>
    /// Only a complete result reaches stdout or the file: on any failure before this, stdout stays empty and no file
    /// is written; a failure while writing the file leaves none behind (<see cref="OutputFile"/>).
    /// </summary>
    private static int Deliver(Options options, string? result, ReportDocument? document, TextWriter stdout, TextWriter stderr)
    {
        string? ended = result is null ? null : result.EndsWith('\n') ? result : result + Environment.NewLine;
        if (options.OutputPath is null)
        {
            stdout.Write(ended);
            return Success;
        }

        try
        {
            OutputFile.Write(options.OutputPath, stream =>
            {
                switch (options.Format)
                {
                    case OutputFormat.Xlsx:
                        XlsxDocumentWriter.Write(document!, stream);
                        break;
                    case OutputFormat.Html:
                        HtmlDocumentWriter.Write(document!, stream);
                        break;
                    default:
                        stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ended!));
                        break;
                }
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(stderr, [$"argument --output: cannot write '{DataProblem.Echo(options.OutputPath)}': {e.Message}"]);
        }

        return Success;
    }

    /// <summary>
    /// A <c>--region</c> must hold at least one kecamatan of the data on <paramref name="date"/> (where their history
    /// rolls up then, R24): a region without any would give an empty report, not a wrong one, but never what was meant.
    /// </summary>
    private static bool CheckRegion(Options options, RecordingData data, LocalDate date, out string error)
    {
        error = string.Empty;
        if (options.Level > data.Level)
        {
            error = $"argument --level: the data is kept per kabupaten/kota, so it has no {LevelName(options.Level.Value)} level; use kabupaten, provinsi or nasional.";
            return false;
        }

        if (options.Region is not RegionCode region || data.KecamatanCodes.Any(k => data.CodeChanges.RollsUpInto(k, region, date)))
        {
            return true;
        }

        var held = KecamatanCoverage.Of([.. data.KecamatanCodes]).Region;
        var provinces = data.KecamatanCodes.Select(k => k.Province).Distinct().Order().ToList();
        string where = data.KecamatanCodes.IsEmpty ? "the data has no kecamatan"
            : $"the data's {(data.Level == RegionLevel.Regency ? "kabupaten/kota" : "kecamatan")} lie in " + (held.IsNation
                ? $"{provinces.Count} provinces ({string.Join(", ", provinces.Take(5))}{(provinces.Count > 5 ? ", …" : string.Empty)})"
                : $"{held} {DataProblem.Echo(data.GetName(held))}");
        error = RegionCatalogue.Kemendagri2025.TryGetName(region, out string? name)
            ? $"argument --region: {region} {name} has no kecamatan in the data; {where}."
            : $"argument --region: {region} is not a region of the Kemendagri 2025 catalogue, and no kecamatan of the data lies in it; {where}.";
        return false;
    }

    /// <summary>The level of the rows when it is above the data's own (a roll-up); null for the data's own rows.</summary>
    private static RegionLevel? LevelOf(Options options, RecordingData data) => options.Level < data.Level ? options.Level : null;

    /// <summary>The levels as <c>--level</c> names them, with their English aliases.</summary>
    private static readonly (string Name, string Alias, RegionLevel Level)[] Levels =
    [
        (RegionNames.Level.Format(RegionLevel.Kecamatan), "subdistrict", RegionLevel.Kecamatan),
        (RegionNames.Level.Format(RegionLevel.Regency), "regency", RegionLevel.Regency),
        (RegionNames.Level.Format(RegionLevel.Province), "province", RegionLevel.Province),
        (RegionNames.Level.Format(RegionLevel.Nation), "nation", RegionLevel.Nation),
    ];

    /// <summary>Creates a library value from an argument; false when the library rejects it as out of range.</summary>
    private static bool TryCreate<T>(Func<T> create, [NotNullWhen(true)] out T? value)
    {
        try
        {
            value = create()!;
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            value = default;
            return false;
        }
    }

    private static string LevelName(RegionLevel level) => Levels.First(l => l.Level == level).Name;

    private static string LevelKind(RegionLevel level) => level switch
    {
        RegionLevel.Province => "a province",
        RegionLevel.Regency => "a kabupaten/kota",
        _ => "a kecamatan",
    };

    private static bool CheckCalendar(WorkingCalendar calendar, DateInterval window, string option, bool fromFile, out string error)
    {
        if (calendar.CanQuery(window, out int year))
        {
            error = string.Empty;
            return true;
        }

        error = string.Create(
            CultureInfo.InvariantCulture,
            $"argument {option}: the period reaches {year}, but {(fromFile ? $"{DataFolder.HolidaysFile} has no holiday for that year" : $"the built-in holiday data covers only {calendar.FirstCoveredYear}–{calendar.LastCoveredYear}")}; add that year's holidays and cuti bersama to holidays.csv.");
        return false;
    }

    /// <summary>
    /// The first month a trend can say something of: the ledger's first month, or the month after the first snapshot's
    /// day (a snapshot is the state at the end of its day); the earlier of the two; null with neither.
    /// </summary>
    private static YearMonth? FirstMonth(RecordingData data) =>
        new[] { data.Ledger.Span?.Start, data.Snapshots?.Span?.Start.PlusDays(1) }.Where(d => d is not null).Min()?.ToYearMonth();

    /// <summary>The last date of the data: the later of the ledger's last entry and the last snapshot; null with neither.</summary>
    private static LocalDate? LastDate(RecordingData data) =>
        new[] { data.Ledger.Span?.End, data.Snapshots?.Span?.End }.Where(d => d is not null).Max();

    /// <summary>The built-in scenario's and series' figures are invented, and their reports say so.</summary>
    private static string? Notice(Options options, CommandKind kind) =>
        options.DataDirectory is not null ? null : kind == CommandKind.Trend ? ScenarioNotice.ForSeries(options.Text) : ScenarioNotice.For(options.Text);

    private static int Fail(TextWriter stderr, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            stderr.WriteLine(line);
        }

        return InvalidInput;
    }

    private sealed class Options
    {
        public string? DataDirectory { get; set; }

        public DateInterval? Window { get; set; }

        public string PeriodOption { get; set; } = "--month";

        public ITargetPolicy TargetPolicy { get; set; } = AttainmentOptions.Default.TargetPolicy;

        public TargetProrating Prorating { get; set; } = AttainmentOptions.Default.Prorating;

        /// <summary>The target policy, pro-rating and throughput, made once the three are parsed: the library checks them as it makes them.</summary>
        public AttainmentOptions Attainment { get; set; } = AttainmentOptions.Default;

        public OutputFormat Format { get; set; }

        public string? OutputPath { get; set; }

        public ReportText Text { get; set; } = ReportText.Indonesian;

        public int? Width { get; set; } = PlainTextReport.DefaultWidth;

        public int Devices { get; set; }

        public LocalDate? AsOf { get; set; }

        public RegionCode? Region { get; set; }

        public RegionLevel? Level { get; set; }

        public int? Findings { get; set; }

        public YearMonth? FirstMonth { get; set; }

        public YearMonth? LastMonth { get; set; }
    }

    private static Options ReadOptions(ParseResult parse, CommandKind kind, List<string> errors)
    {
        var options = new Options { DataDirectory = Value(parse, Data) };

        string? format = Value(parse, Format);
        OutputFormat? chosen = format switch
        {
            null => null,
            "text" => OutputFormat.Text,
            "json" => OutputFormat.Json,
            "xlsx" => OutputFormat.Xlsx,
            "html" => OutputFormat.Html,
            _ => null,
        };
        if (format is not null && chosen is null)
        {
            errors.Add($"argument --format: '{DataProblem.Echo(format)}' is not a format; use text, json, xlsx or html.");
        }

        options.OutputPath = Value(parse, Output);
        OutputFormat? implied = options.OutputPath is null ? null : FormatOfExtension(options.OutputPath);
        options.Format = chosen ?? implied ?? OutputFormat.Text;
        if (options.OutputPath is null && options.Format is OutputFormat.Xlsx or OutputFormat.Html)
        {
            errors.Add($"argument --format: {format} writes a file; give it with --output FILE.");
        }
        else if (options.OutputPath is string path)
        {
            if (path.Trim().Length == 0 || Directory.Exists(path) || path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar))
            {
                errors.Add($"argument --output: '{DataProblem.Echo(path)}' is not a file name; give the path of the file to write.");
            }
            else
            {
                if (Path.GetDirectoryName(Path.GetFullPath(path)) is string folder && !Directory.Exists(folder))
                {
                    errors.Add($"argument --output: the folder of '{DataProblem.Echo(path)}' does not exist.");
                }
                else if (OutputFile.IsReadOnly(path))
                {
                    errors.Add($"argument --output: cannot write '{DataProblem.Echo(path)}': {OutputFile.ReadOnlyReason}");
                }

                if (chosen is OutputFormat given && implied is OutputFormat extension && given != extension)
                {
                    errors.Add(
                        $"argument --output: '{DataProblem.Echo(path)}' ends in {DataProblem.Echo(Path.GetExtension(path))}, which stands for --format {NameOf(extension)}, but --format {NameOf(given)} was given; " +
                        $"a file ending in .txt, .json, .xlsx, .html or .htm is written only in the format its extension stands for. Leave out --format, or name a file ending in {ExtensionOf(given)}.");
                }
            }
        }

        string? width = Value(parse, Width);
        if (width is null)
        {
            options.Width = WidthOfTerminal(Environment.GetEnvironmentVariable("COLUMNS"));
        }
        else if (width == "full")
        {
            options.Width = null;
        }
        else if (int.TryParse(width, NumberStyles.None, CultureInfo.InvariantCulture, out int columns) && columns >= PlainTextReport.MinimumWidth)
        {
            options.Width = columns;
        }
        else
        {
            errors.Add($"argument --width: '{DataProblem.Echo(width)}' is not a width; give a whole number of characters, at least {PlainTextReport.MinimumWidth}, or full.");
        }

        string? region = Value(parse, Region);
        if (region is not null)
        {
            options.Region = ParseRegion(region, errors);
        }

        string? level = Value(parse, Level);
        if (level is not null)
        {
            var found = Levels.FirstOrDefault(l => l.Name == level || l.Alias == level);
            if (found.Name is null)
            {
                errors.Add($"argument --level: '{DataProblem.Echo(level)}' is not a level; use kecamatan, kabupaten, provinsi or nasional (or subdistrict, regency, province, nation).");
            }
            else if (options.Region is RegionCode within && found.Level < within.Level)
            {
                var below = Levels.Where(l => l.Level >= within.Level).OrderBy(l => l.Level).Select(l => l.Name).ToList();
                errors.Add($"argument --level: {level} is above --region {within}, {LevelKind(within.Level)}; use {string.Join(", ", below[..^1])} or {below[^1]}.");
            }
            else
            {
                options.Level = found.Level;
            }
        }

        if (kind == CommandKind.Report && Value(parse, FindingsLimit) is string findings)
        {
            if (int.TryParse(findings, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0)
            {
                options.Findings = n;
            }
            else
            {
                errors.Add($"argument --findings: '{DataProblem.Echo(findings)}' is not a number of findings; use a whole number from 1 to {int.MaxValue}, such as 20.");
            }
        }

        string? lang = Value(parse, Lang);
        if (lang is not null)
        {
            if (lang is "id" or "en")
            {
                options.Text = ReportText.FromCode(lang);
            }
            else
            {
                errors.Add($"argument --lang: '{DataProblem.Echo(lang)}' is not a language; use id or en.");
            }
        }

        if (kind == CommandKind.Trend)
        {
            string? fromMonth = Value(parse, FromMonth), toMonth = Value(parse, ToMonth);
            options.FirstMonth = fromMonth is null ? null : ParseMonth(fromMonth, "--from", errors);
            options.LastMonth = toMonth is null ? null : ParseMonth(toMonth, "--to", errors);
            if (options.FirstMonth is YearMonth first && options.LastMonth is YearMonth last && last < first)
            {
                errors.Add($"argument --to: {toMonth} is before --from {fromMonth}.");
            }

            return options;
        }

        if (kind == CommandKind.Forecast)
        {
            string? asOf = Value(parse, AsOf);
            if (asOf is not null)
            {
                options.AsOf = ParseDate(asOf, "--as-of", errors);
            }

            return options;
        }

        string? month = Value(parse, Month), from = Value(parse, From), to = Value(parse, To);
        if (month is not null && (from is not null || to is not null))
        {
            errors.Add("argument --month: give either --month or --from and --to, not both.");
        }
        else if (month is not null)
        {
            options.Window = ParseMonth(month, "--month", errors)?.ToDateInterval();
        }
        else if (from is not null || to is not null)
        {
            options.PeriodOption = from is null ? "--from" : "--to";
            if (from is null || to is null)
            {
                errors.Add($"argument {(from is null ? "--from" : "--to")}: --from and --to go together; give both.");
            }
            else
            {
                var start = ParseDate(from, "--from", errors);
                var end = ParseDate(to, "--to", errors);
                if (start is not null && end is not null)
                {
                    if (end < start)
                    {
                        errors.Add($"argument --to: {LocalDatePattern.Iso.Format(end.Value)} is before --from {LocalDatePattern.Iso.Format(start.Value)}.");
                    }
                    else
                    {
                        options.Window = new DateInterval(start.Value, end.Value);
                        options.PeriodOption = "--from";
                    }
                }
            }
        }

        string? percent = Value(parse, TargetPercent);
        if (percent is not null)
        {
            // The range is the library's: the policy checks it, once.
            if (decimal.TryParse(percent, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) && p.Scale <= 6 && TryCreate(() => TargetPolicy.MonthlySharePercent(p), out var policy))
            {
                options.TargetPolicy = policy;
            }
            else
            {
                errors.Add($"argument --target-percent: '{DataProblem.Echo(percent)}' is not a share; use a number above 0 and at most 100, such as 15 or 12.5.");
            }
        }

        string? prorate = Value(parse, Prorate);
        if (prorate is not null)
        {
            switch (prorate)
            {
                case "none":
                    options.Prorating = TargetProrating.None;
                    break;
                case "working-days":
                    options.Prorating = TargetProrating.WorkingDays;
                    break;
                default:
                    errors.Add($"argument --prorate: '{DataProblem.Echo(prorate)}' is not a pro-rating; use none or working-days.");
                    break;
            }
        }

        string? throughput = Value(parse, Throughput);
        long? perDevice = throughput is null ? AttainmentOptions.Default.Throughput
            : long.TryParse(throughput, NumberStyles.None, CultureInfo.InvariantCulture, out long t) ? t : null;

        // The least throughput is the library's: AttainmentOptions checks it as it is made, once, for the run.
        if (perDevice is long value && TryCreate(() => new AttainmentOptions { TargetPolicy = options.TargetPolicy, Prorating = options.Prorating, Throughput = value }, out var attainment))
        {
            options.Attainment = attainment;
        }
        else
        {
            errors.Add($"argument --throughput: '{DataProblem.Echo(throughput ?? string.Empty)}' is not a throughput; use a whole number of recordings per device per working day above 0.");
        }

        if (kind == CommandKind.Allocate)
        {
            string? devices = Value(parse, Devices);
            if (devices is null)
            {
                errors.Add("argument --devices: give the number of new sets to place, such as --devices 5.");
            }
            else if (int.TryParse(devices, NumberStyles.None, CultureInfo.InvariantCulture, out int k) && k > 0 && k <= 100_000)
            {
                options.Devices = k;
            }
            else
            {
                errors.Add($"argument --devices: '{DataProblem.Echo(devices)}' is not a number of sets; use a whole number from 1 to 100000.");
            }
        }

        return options;
    }

    private static string? Value(ParseResult parse, Option<string?> option) => parse.GetValue(option);

    /// <summary>
    /// The text width from the terminal's <c>COLUMNS</c>: its value when it is a whole number, at least
    /// <see cref="PlainTextReport.MinimumWidth"/>; <see cref="PlainTextReport.DefaultWidth"/> when it is not set or
    /// not a number (the shell's variable, not the user's input).
    /// </summary>
    internal static int WidthOfTerminal(string? columns) =>
        int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out int width) && width > 0
            ? Math.Max(width, PlainTextReport.MinimumWidth)
            : PlainTextReport.DefaultWidth;

    /// <summary>The format an <c>--output</c> file's extension stands for, in any case; null for any other extension or none.</summary>
    private static OutputFormat? FormatOfExtension(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".TXT" => OutputFormat.Text,
        ".JSON" => OutputFormat.Json,
        ".XLSX" => OutputFormat.Xlsx,
        ".HTML" or ".HTM" => OutputFormat.Html,
        _ => null,
    };

    /// <summary>The format as <c>--format</c> names it.</summary>
    private static string NameOf(OutputFormat format) => format switch
    {
        OutputFormat.Json => "json",
        OutputFormat.Xlsx => "xlsx",
        OutputFormat.Html => "html",
        _ => "text",
    };

    private static string ExtensionOf(OutputFormat format) => "." + (format == OutputFormat.Text ? "txt" : NameOf(format));

    private static RegionCode? ParseRegion(string text, List<string> errors)
    {
        if (!text.All(c => char.IsAsciiDigit(c) || c == '.') || !RegionCode.TryParse(text, out var code))
        {
            errors.Add($"argument --region: '{DataProblem.Echo(text)}' is not a region code; use a Kemendagri code: a province (36), a kabupaten/kota (36.03) or a kecamatan (36.03.01).");
            return null;
        }

        if (code.IsNation || code.Level == RegionLevel.Village)
        {
            errors.Add(code.IsNation
                ? $"argument --region: '{DataProblem.Echo(text)}' is the nation; leave out --region for all the data."
                : $"argument --region: {code} is a village (desa/kelurahan); give a province (36), a kabupaten/kota (36.03) or a kecamatan (36.03.01).");
            return null;
        }

        return code;
    }

    private static YearMonth? ParseMonth(string text, string option, List<string> errors)
    {
        var result = YearMonthPattern.Iso.Parse(text);
        if (result.Success && text.All(c => char.IsAsciiDigit(c) || c == '-'))
        {
            return result.Value;
        }

        errors.Add($"argument {option}: '{DataProblem.Echo(text)}' is not a month; use YYYY-MM, such as 2012-04.");
        return null;
    }

    private static LocalDate? ParseDate(string text, string option, List<string> errors)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success && text.All(c => char.IsAsciiDigit(c) || c == '-'))
        {
            return result.Value;
        }

        errors.Add($"argument {option}: '{DataProblem.Echo(text)}' is not a date; use YYYY-MM-DD, such as 2012-04-30.");
        return null;
    }
}
