using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using EktpDomain.Calendar;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using EktpDomain.Regions;
using NodaTime;

namespace EktpDomain.Import;

/// <summary>
/// A data folder read into the library's types: the data, whether it had its own holidays, and the warnings about
/// files the reader does not read.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class LoadedDataFolder
{
    internal LoadedDataFolder(RecordingData data, bool hasHolidaysFile, IReadOnlyList<string> warnings)
    {
        Data = data;
        HasHolidaysFile = hasHolidaysFile;
        Warnings = warnings;
    }

    /// <summary>The data: kecamatan, eligible residents, ledger or snapshots, calendar, devices, incidents, invitations, sync log and code changes.</summary>
    public RecordingData Data { get; }

    /// <summary>
    /// Whether the folder has its own <c>holidays.csv</c>; without it the calendar is the library's built-in one
    /// (2005–2026). A message about a year without holidays names the file to add them to when this is true.
    /// </summary>
    public bool HasHolidaysFile { get; }

    /// <summary>
    /// Lines to show on a load that succeeds, such as <c>mydata/ledgre.csv: warning: ektp does not read this file;
    /// did you mean ledger.csv …</c>: the folder's files that the reader does not read. Empty when there are none.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; }
}

/// <summary>
/// Reads a data folder (docs/data-folder.md), each table a CSV file or a workbook, into <see cref="RecordingData"/>,
/// exactly as <c>ektp</c> reads it. Parsing happens here; every domain rule (negative counts, duplicates, backlog and
/// coverage, unknown kecamatan) is checked by the library's builders, which report each problem with its
/// <c>FILE:LINE</c>. All problems of all files are collected before giving up. A problem that only follows from
/// another is not repeated for every row: while the kecamatan list or the sets of devices.csv could not be read in
/// full, the files checked against them say once how many of their rows could not be checked, and their other
/// problems are reported as usual.
/// </summary>
/// <remarks>Thread-safe: loads of different folders may run at the same time.</remarks>
public static class DataFolder
{
    /// <summary>The kecamatan list: code, name, eligible (R1).</summary>
    public const string KecamatanFile = "kecamatan.csv";

    /// <summary>The recording ledger: daily realisation per kecamatan and device (R3).</summary>
    public const string LedgerFile = "ledger.csv";

    /// <summary>National holidays and cuti bersama; the built-in ones (2005–2026) without it.</summary>
    public const string HolidaysFile = "holidays.csv";

    /// <summary>Local closures of a kecamatan's office.</summary>
    public const string ClosuresFile = "closures.csv";

    /// <summary>The recording-device inventory and its assignments.</summary>
    public const string DevicesFile = "devices.csv";

    /// <summary>Device incidents.</summary>
    public const string IncidentsFile = "incidents.csv";

    /// <summary>Invitations (undangan) and turnout.</summary>
    public const string InvitationsFile = "invitations.csv";

    /// <summary>The sync log: records sent to the central server.</summary>
    public const string SyncFile = "sync.csv";

    /// <summary>Cumulative snapshots: wajib KTP, sudah rekam, belum rekam per region and date (R20).</summary>
    public const string SnapshotsFile = "snapshots.csv";

    /// <summary>Wajib-KTP counts that change from a date (R22).</summary>
    public const string EligibleFile = "eligible.csv";

    /// <summary>Region codes that change between Kemendagri editions (R24).</summary>
    public const string CodesFile = "codes.csv";

    /// <summary>The headings real exports give the columns of <c>codes.csv</c>.</summary>
    private static readonly Dictionary<string, IReadOnlyList<string>> CodesAliases = new()
    {
        ["old"] = ["kode_lama"],
        ["new"] = ["kode_baru"],
        ["from"] = ["berlaku_mulai", "tanggal"],
        ["kind"] = ["jenis"],
    };

    /// <summary>The headings real exports give the columns of <c>eligible.csv</c>.</summary>
    private static readonly Dictionary<string, IReadOnlyList<string>> EligibleAliases = new()
    {
        ["kecamatan"] = ["kode_kecamatan", "kode"],
        ["from"] = ["tanggal", "berlaku_mulai"],
        ["eligible"] = ["jumlah_wajib_ktp", "wajib_ktp"],
    };

    /// <summary>
    /// The headings real exports give the columns of <c>snapshots.csv</c> (docs/data-folder.md), matched without
    /// spaces, underscores and case like every heading. The region is the <c>kecamatan</c> column when the header has
    /// one, else the <c>kabupaten</c> column; its code's level says which a row is.
    /// </summary>
    private static readonly Dictionary<string, IReadOnlyList<string>> SnapshotAliases = new()
    {
        ["date"] = ["tanggal"],
        ["kecamatan"] = ["kode_kecamatan", "kode"],
        ["kabupaten"] = ["kode_kabupaten", "kode_kab_kota"],
        ["eligible"] = ["jumlah_wajib_ktp", "wajib_ktp"],
        ["recorded"] = ["jumlah_sudah_rekam", "sudah_rekam"],
        ["not_recorded"] = ["jumlah_belum_rekam", "belum_rekam"],
        ["name"] = ["nama_kecamatan", "nama"],
        ["kabupaten_name"] = ["nama_kabupaten", "nama_kab_kota"],
    };

    /// <summary>Reads the folder at <paramref name="directory"/>.</summary>
    /// <param name="directory">The directory; problems name its files with it as given, such as <c>mydata/ledger.csv:12</c>.</param>
    /// <returns>The folder.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null or empty.</exception>
    /// <exception cref="DataValidationException">The folder has problems; <see cref="DataValidationException.Problems"/> lists every one, at its <c>FILE:LINE</c>.</exception>
    public static LoadedDataFolder Load(string directory) => Load(DataSource.FromDirectory(directory));

    /// <summary>Reads a folder from any source.</summary>
    /// <param name="source">Where the files are.</param>
    /// <param name="progress">Told how far the reading of the ledger has come, for a progress display; null for none.</param>
    /// <returns>The folder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="DataValidationException">The folder has problems; <see cref="DataValidationException.Problems"/> lists every one, at its <c>FILE:LINE</c>.</exception>
    public static LoadedDataFolder Load(DataSource source, DataFolderProgress? progress = null) =>
        TryLoad(source, progress, out var folder, out var problems) ? folder : throw new DataValidationException(problems);

    /// <summary>Reads a folder from any source, returning its problems rather than throwing.</summary>
    /// <param name="source">Where the files are.</param>
    /// <param name="folder">The folder, or null when there are problems.</param>
    /// <param name="problems">Every problem of every file, each at its <c>FILE:LINE</c>, file by file; empty on success.</param>
    /// <returns>True when the folder was read without problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static bool TryLoad(DataSource source, [NotNullWhen(true)] out LoadedDataFolder? folder, out ImmutableArray<DataProblem> problems) =>
        TryLoad(source, null, out folder, out problems);

    /// <summary>Reads a folder from any source, telling <paramref name="progress"/> how far the reading of the ledger has come.</summary>
    /// <param name="source">Where the files are.</param>
    /// <param name="progress">Told how far the reading of the ledger has come; null for none.</param>
    /// <param name="folder">The folder, or null when there are problems.</param>
    /// <param name="problems">Every problem of every file, each at its <c>FILE:LINE</c>, file by file; empty on success.</param>
    /// <returns>True when the folder was read without problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static bool TryLoad(DataSource source, DataFolderProgress? progress, [NotNullWhen(true)] out LoadedDataFolder? folder, out ImmutableArray<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(source);
        var found = new List<DataProblem>();
        folder = null;

        // snapshots.csv (R20): cumulative figures per region and date, beside or instead of the ledger.
        bool hasSnapshots = source.HasTable(SnapshotsFile) || source.FileNames().Any(SiakExports.IsExport);
        var quality = new List<DataQualityIssue>();
        var snapshotNames = new Dictionary<RegionCode, string>();
        var snapshotRows = new Dictionary<(RegionCode, LocalDate), SourceLocation>(SnapshotKey.Instance);
        int snapshotsStart = found.Count;
        var snapshots = hasSnapshots ? ReadSnapshots(source, found, snapshotNames, snapshotRows, quality) : null;
        if (snapshots is { Level: RegionLevel.Regency })
        {
            return TryLoadRegencies(source, snapshots, snapshotNames, quality, found, out folder, out problems);
        }

        // The kecamatan list may be lost in part when snapshots.csv or a SIAK download has problems: the series is not built.
        var listFailed = found.Skip(snapshotsStart).Select(p => p.Location.File).OfType<string>().ToList();

        // kecamatan.csv: code, name, eligible (R1); optional when snapshots.csv gives the kecamatan. The code of a row
        // with other problems is still known, so that the other files' rows naming it are checked.
        var names = new List<Kecamatan>();
        var known = new HashSet<RegionCode>();
        var population = EligiblePopulation.CreateBuilder();
        bool hasKecamatan = !hasSnapshots || source.HasTable(KecamatanFile);
        var kecamatanTable = new TableRead(found);
        bool kecamatanRead = hasKecamatan && CsvTable.Read(source, KecamatanFile, ["code", "name", "eligible"], [], found, kecamatanTable.Each(row =>
        {
            bool codeRead = row.Kecamatan("code", out var code);
            bool first = codeRead && known.Add(code);
            bool ok = codeRead;
            ok &= row.Text("name", out var name);
            ok &= row.Count("eligible", out long eligible);
            if (ok)
            {
                population.Add(code, LocalDate.MinIsoValue, eligible, row.Location);
                if (first)
                {
                    names.Add(new Kecamatan(code, name));
                }
            }

            return codeRead;
        }));
        if (kecamatanRead && known.Count == 0 && !found.Any(p => p.Location.File == source.TablePath(KecamatanFile)))
        {
            found.Add(new DataProblem(new SourceLocation(source.TablePath(KecamatanFile)), "the file has no kecamatan rows; at least one kecamatan is needed."));
        }

        if (hasKecamatan && (!kecamatanTable.Complete(kecamatanRead) || known.Count == 0))
        {
            listFailed.Add(source.TablePath(KecamatanFile));
        }

        // The snapshots' kecamatan join the list, named by kecamatan.csv first; their eligible counts are dated (R1, R22).
        if (snapshots is not null)
        {
            foreach (var code in snapshots.RegionCodes)
            {
                if (known.Add(code) && snapshotNames.TryGetValue(code, out string? name))
                {
                    names.Add(new Kecamatan(code, name));
                }

                foreach (var snapshot in snapshots.GetSnapshots(code))
                {
                    population.Add(code, snapshot.Date, snapshot.Eligible, snapshotRows.GetValueOrDefault((code, snapshot.Date)));
                }
            }
        }

        // The other files' kecamatan are checked against this list; while it is not whole, each file says once how
        // many of its rows name a kecamatan outside it, instead of one "unknown kecamatan" per row.
        var kecamatanList = new ReferenceList<RegionCode>(known, "kecamatan", listFailed);

        // eligible.csv (R22): dated eligible counts, such as each semester's figure, from their date on.
        if (source.HasTable(EligibleFile))
        {
            string[] columns = ["kecamatan", "from", "eligible"];
            var eligibleKnown = kecamatanList.For(source, EligibleFile, columns, KecamatanColumn, found, EligibleAliases);
            CsvTable.Read(source, EligibleFile, columns, [], found, row =>
            {
                bool ok = RowKecamatan(row, "kecamatan", out var code);
                ok &= row.Date("from", out var from);
                ok &= row.Count("eligible", out long eligible);
                if (ok && !eligibleKnown.Contains(code))
                {
                    row.Problem($"unknown kecamatan '{code}': it is not in the kecamatan list ({KecamatanFile} or {SnapshotsFile}).");
                }
                else if (ok)
                {
                    population.Add(code, from, eligible, row.Location);
                }
            }, EligibleAliases);
        }

        population.TryBuild(out var builtPopulation, out var populationProblems);
        found.AddRange(populationProblems);

        // ledger.csv: date, kecamatan, device, kind, count (R3). Unknown kecamatan are reported by the ledger builder.
        // With snapshots.csv it is optional.
        string[] ledgerColumns = ["date", "kecamatan", "device", "kind", "count"];
        bool hasLedger = !hasSnapshots || source.HasTable(LedgerFile);
        var ledgerKnown = hasLedger ? kecamatanList.For(source, LedgerFile, ledgerColumns, KecamatanColumn, found) : known;
        var ledger = RecordingLedger.CreateBuilder(ledgerKnown);
        _ = hasLedger && CsvTable.ReadLedger(source, LedgerFile, ledgerColumns, found, ledger, () => ledger = RecordingLedger.CreateBuilder(ledgerKnown), row =>
        {
            bool ok = row.Date("date", out var date);
            ok &= RowKecamatan(row, "kecamatan", out var code);
            string? device = row.OptionalText("device");
            ok &= row.Choice("kind", LedgerNames.Kind, out LedgerEntryKind kind);
            ok &= row.Count("count", out long count);
            if (ok)
            {
                ledger.Add(date, code, kind, count, device, row.Location);
            }
        }, progress);
        ledger.TryBuild(out var builtLedger, out var ledgerProblems);
        found.AddRange(ledgerProblems);

        // holidays.csv replaces the built-in holidays; closures.csv adds per-kecamatan closures (R5).
        bool hasHolidays = source.HasTable(HolidaysFile);
        var calendar = ReadHolidays(source, found, hasHolidays);

        IEnumerable<RegionCode> closuresKnown = known;
        if (source.HasTable(ClosuresFile))
        {
            string[] columns = ["kecamatan", "date", "reason"];
            closuresKnown = kecamatanList.For(source, ClosuresFile, columns, KecamatanColumn, found);
            CsvTable.Read(source, ClosuresFile, columns, [], found, row =>
            {
                bool ok = RowKecamatan(row, "kecamatan", out var code);
                ok &= row.Date("date", out var date);
                ok &= row.Text("reason", out var reason);
                if (ok)
                {
                    calendar.AddClosure(new KecamatanClosure(code, date, reason), row.Location);
                }
            });
        }

        calendar.TryBuild(closuresKnown, out var builtCalendar, out var calendarProblems);
        found.AddRange(calendarProblems);

        // devices.csv (R5): one row per assignment. Overlaps and other invariants are checked by the library.
        // The ids of every readable row are kept, so that incidents.csv is checked even when devices.csv has problems;
        // while a row's id or the file could not be read, the sets they name outside those ids are counted instead.
        DeviceInventory? inventory = null;
        var deviceIds = new HashSet<string>(StringComparer.Ordinal);
        bool devicesWhole = true;
        int problemsBeforeDevices = found.Count;
        if (source.HasTable(DevicesFile))
        {
            string[] columns = ["device", "kind", "funding", "kecamatan", "from", "to"];
            var devices = DeviceInventory.CreateBuilder(kecamatanList.For(source, DevicesFile, columns, KecamatanColumn, found));
            var devicesTable = new TableRead(found);
            bool devicesRead = CsvTable.Read(source, DevicesFile, columns, [], found, devicesTable.Each(row =>
            {
                bool idRead = row.Text("device", out var id);
                if (idRead)
                {
                    deviceIds.Add(id);
                }

                bool ok = idRead;
                ok &= row.Choice("kind", DeviceNames.Kind, out DeviceKind kind);
                ok &= row.Choice("funding", DeviceNames.Funding, out FundingSource funding);
                ok &= row.Kecamatan("kecamatan", out var code);
                ok &= row.Date("from", out var from);
                ok &= row.OptionalDate("to", out var to);
                if (ok)
                {
                    devices.AddAssignment(id, kind, funding, code, from, to, row.Location);
                }

                return idRead;
            }));
            devicesWhole = devicesTable.Complete(devicesRead);
            devices.TryBuild(out inventory, out var deviceProblems);
            found.AddRange(deviceProblems);
        }

        var deviceList = new ReferenceList<string>(deviceIds, "device", devicesWhole ? [] : [source.TablePath(DevicesFile)]);
        bool inventoryWhole = inventory is not null && found.Count == problemsBeforeDevices;

        // incidents.csv (R5, R8): a blank device is the whole site; a blank end is ongoing. A set named must be in
        // devices.csv; without that file, none may be named.
        IncidentLog? incidents = null;
        if (source.HasTable(IncidentsFile))
        {
            string[] columns = ["id", "kecamatan", "device", "component", "cause", "start", "end"];
            // Against an inventory read without a problem, the log remembers it was checked, so that RecordingData
            // and the capacity analysis do not check its sets again.
            var kecamatan = kecamatanList.For(source, IncidentsFile, columns, KecamatanColumn, found);
            var log = inventoryWhole
                ? IncidentLog.CreateBuilder(inventory, kecamatan)
                : IncidentLog.CreateBuilder(kecamatan, deviceList.For(source, IncidentsFile, columns, DeviceColumn, found));
            CsvTable.Read(source, IncidentsFile, columns, [], found, row =>
            {
                bool ok = row.Text("id", out var id);
                ok &= row.Kecamatan("kecamatan", out var code);
                string? device = row.OptionalText("device");
                ok &= row.Choice("component", DeviceNames.Component, out DeviceComponent component);
                ok &= row.Choice("cause", IncidentNames.Cause, out IncidentCause cause);
                ok &= row.Date("start", out var start);
                ok &= row.OptionalDate("end", out var end);
                if (ok)
                {
                    log.Add(id, code, device, component, cause, start, end, null, null, row.Location);
                }
            });
            log.TryBuild(out incidents, out var incidentProblems);
            found.AddRange(incidentProblems);
        }

        // invitations.csv (R12): who was summoned for a date, and who came.
        InvitationLog? invitations = null;
        if (source.HasTable(InvitationsFile))
        {
            string[] columns = ["date", "kecamatan", "invited", "attended"];
            var log = InvitationLog.CreateBuilder(kecamatanList.For(source, InvitationsFile, columns, KecamatanColumn, found));
            CsvTable.Read(source, InvitationsFile, columns, [], found, row =>
            {
                bool ok = row.Date("date", out var date);
                ok &= row.Kecamatan("kecamatan", out var code);
                ok &= row.Count("invited", out long invited);
                ok &= row.Count("attended", out long attended);
                if (ok)
                {
                    log.Add(date, code, invited, attended, row.Location);
                }
            });
            log.TryBuild(out invitations, out var invitationProblems);
            found.AddRange(invitationProblems);
        }

        // sync.csv (R13): what each set sent to the central server. A set named must be in devices.csv when that file
        // exists; sending more than was waiting is checked against the ledger once the ledger is valid.
        SyncLog? sync = null;
        if (source.HasTable(SyncFile))
        {
            string[] columns = ["date", "kecamatan", "device", "sent"];
            var log = SyncLog.CreateBuilder(
                kecamatanList.For(source, SyncFile, columns, KecamatanColumn, found),
                source.HasTable(DevicesFile) ? deviceList.For(source, SyncFile, columns, DeviceColumn, found) : null);
            CsvTable.Read(source, SyncFile, columns, [], found, row =>
            {
                bool ok = row.Date("date", out var date);
                ok &= row.Kecamatan("kecamatan", out var code);
                string? device = row.OptionalText("device");
                ok &= row.Count("sent", out long sent);
                if (ok)
                {
                    log.Add(date, code, device, sent, row.Location);
                }
            });
            log.TryBuild(out sync, out var syncProblems);
            found.AddRange(syncProblems);
            if (sync is not null && builtLedger is not null && !UnsentRecords.TryCalculate(builtLedger, sync, out _, out var unsentProblems))
            {
                found.AddRange(unsentProblems);
            }
        }

        var changes = ReadCodes(source, found);
        if (found.Count > 0 || builtPopulation is null || builtLedger is null || builtCalendar is null)
        {
            problems = Order(found);
            return false;
        }

        RecordingData data;
        try
        {
            data = new RecordingData(builtPopulation, builtLedger, builtCalendar, names)
            {
                Inventory = inventory,
                Incidents = incidents,
                Invitations = invitations,
                Sync = sync,
                Snapshots = snapshots,
                CodeChanges = changes,
                DataQuality = [.. quality],
            };
        }
        catch (DataValidationException e) when (snapshots is not null)
        {
            // A kecamatan with both ledger entries and snapshots: the library names it and the rule.
            var at = new SourceLocation(source.TablePath(SnapshotsFile));
            problems = [.. e.Problems.Select(p => new DataProblem(at, p.Message))];
            return false;
        }

        folder = new LoadedDataFolder(data, hasHolidays, Unread(source));
        problems = [];
        return true;
    }

    /// <summary>Every table a folder may hold, as its CSV file's name.</summary>
    private static readonly string[] Tables =
        [KecamatanFile, LedgerFile, SnapshotsFile, EligibleFile, CodesFile, HolidaysFile, ClosuresFile, DevicesFile, IncidentsFile, InvitationsFile, SyncFile];

    /// <summary>
    /// A warning for each file of the folder that ektp does not read (neither a table nor a SIAK download), naming the
    /// table it may have been meant as when its name is one in another case or with another extension. Hidden files
    /// are passed over.
    /// </summary>
    private static List<string> Unread(DataSource source)
    {
        var read = Tables.SelectMany(t => new[] { t, DataSource.WorkbookName(t) }).ToHashSet(StringComparer.Ordinal);
        var warnings = new List<string>();
        foreach (string file in source.FileNames())
        {
            if (file.StartsWith('.') || read.Contains(file) || SiakExports.IsExport(file))
            {
                continue;
            }

            string stem = System.IO.Path.GetFileNameWithoutExtension(file);
            string? meant = Tables.FirstOrDefault(t => string.Equals(System.IO.Path.GetFileNameWithoutExtension(t), stem, StringComparison.OrdinalIgnoreCase)
                || string.Equals(System.IO.Path.GetFileNameWithoutExtension(t), stem + "s", StringComparison.OrdinalIgnoreCase));
            warnings.Add($"{source.DisplayPath(file)}: warning: ektp does not read this file{(meant is null ? "." : $"; did you mean {meant} (or {DataSource.WorkbookName(meant)})?")} The tables it reads are listed in docs/data-folder.md.");
        }

        return warnings;
    }

    private static bool RowKecamatan(CsvTable.CsvRow row, string column, out RegionCode code) => row.Kecamatan(column, out code);

    /// <summary>The kecamatan a row of a file checked against the kecamatan list names.</summary>
    private static readonly RowValue<RegionCode> KecamatanColumn = (CsvTable.CsvRow row, out RegionCode code) => row.Kecamatan("kecamatan", out code);

    /// <summary>The set a row of incidents.csv or sync.csv names; false when it names none.</summary>
    private static readonly RowValue<string> DeviceColumn = (CsvTable.CsvRow row, [MaybeNullWhen(false)] out string id) => (id = row.OptionalText("device")) is not null;

    /// <summary>codes.csv (R24): code changes between Kemendagri editions; none without the file.</summary>
    private static RegionCodeChanges ReadCodes(DataSource source, List<DataProblem> found)
    {
        if (!source.HasTable(CodesFile))
        {
            return RegionCodeChanges.None;
        }

        var builder = RegionCodeChanges.CreateBuilder();
        CsvTable.Read(source, CodesFile, ["old", "new", "from", "kind"], [], found, row =>
        {
            bool ok = row.Region("old", out var old);
            ok &= row.Region("new", out var @new);
            ok &= row.Date("from", out var from);
            ok &= row.Choice("kind", RegionCodeChangeNames.Kind, out RegionCodeChangeKind kind);
            if (ok)
            {
                builder.Add(new RegionCodeChange(old, @new, from, kind), row.Location);
            }
        }, CodesAliases);
        builder.TryBuild(out var changes, out var problems);
        found.AddRange(problems);
        return changes ?? RegionCodeChanges.None;
    }

    /// <summary>holidays.csv replaces the built-in holidays: a builder with its holidays, or with the built-in ones without it.</summary>
    private static WorkingCalendarBuilder ReadHolidays(DataSource source, List<DataProblem> found, bool hasHolidays)
    {
        var calendar = hasHolidays ? WorkingCalendar.CreateBuilder() : WorkingCalendar.Indonesia.ToBuilder();
        if (hasHolidays)
        {
            CsvTable.Read(source, HolidaysFile, ["date", "name"], [], found, row =>
            {
                bool ok = row.Date("date", out var date);
                ok &= row.Text("name", out var name);
                if (ok)
                {
                    calendar.AddHoliday(new Holiday(date, name, HolidayKind.NationalHoliday));
                }
            });
        }

        return calendar;
    }

    /// <summary>
    /// Reads snapshots.csv (R20) and the SIAK downloads (R25) into one series, with the names their rows give (each
    /// region's name from its latest-dated row that names it, whatever the order of rows and files) and the figures of
    /// the downloads that disagree.
    /// </summary>
    private static CoverageSeries? ReadSnapshots(
        DataSource source, List<DataProblem> found, Dictionary<RegionCode, string> named, Dictionary<(RegionCode, LocalDate), SourceLocation> rows, List<DataQualityIssue> quality)
    {
        var builder = CoverageSeries.CreateBuilder();
        var dated = new Dictionary<RegionCode, (LocalDate Date, string Name)>();
        string path = source.TablePath(SnapshotsFile);
        bool noRegionColumn = false;
        int count = 0;
        bool read = source.HasTable(SnapshotsFile) && CsvTable.Read(source, SnapshotsFile, ["date", "eligible", "recorded"], ["kecamatan", "kabupaten", "not_recorded", "name", "kabupaten_name"], found, row =>
        {
            count++;
            string? column = row.Has("kecamatan") ? "kecamatan" : row.Has("kabupaten") ? "kabupaten" : null;
            if (column is null)
            {
                if (!noRegionColumn)
                {
                    found.Add(new DataProblem(new SourceLocation(path), "missing column 'kecamatan' (or kode_kecamatan, kode) or 'kabupaten' (or kode_kabupaten, kode_kab_kota): each row needs its region's code."));
                    noRegionColumn = true;
                }

                return;
            }

            bool ok = row.Date("date", out var date);
            ok &= row.Region(column, out var code);
            ok &= row.Count("eligible", out long eligible);
            ok &= row.Count("recorded", out long recorded);
            ok &= row.OptionalCount("not_recorded", out long? notRecorded);
            string? name = row.OptionalText(column == "kecamatan" ? "name" : "kabupaten_name");
            if (ok)
            {
                builder.Add(date, code, eligible, recorded, notRecorded, row.Location);
                rows.TryAdd((code, date), row.Location);
                if (name is not null)
                {
                    OfferName(dated, code, date, name);
                }
            }
        }, SnapshotAliases);
        if (read && count == 0)
        {
            found.Add(new DataProblem(new SourceLocation(path), "the file has no snapshot rows; give at least one, or remove the file."));
        }

        // SIAK downloads (R25), beside or instead of snapshots.csv: each a snapshot of every region of its level.
        SiakExports.Read(source, builder, dated, rows, quality, found);
        foreach (var (code, (_, name)) in dated)
        {
            named[code] = name;
        }

        builder.TryBuild(out var series, out var seriesProblems);
        found.AddRange(seriesProblems);
        return series;
    }

    /// <summary>
    /// Keeps a region's name from its latest-dated row; of two names on one date, the first in ordinal order. So the
    /// name never depends on the order of rows or files.
    /// </summary>
    internal static void OfferName(Dictionary<RegionCode, (LocalDate Date, string Name)> names, RegionCode code, LocalDate date, string name)
    {
        if (!names.TryGetValue(code, out var kept) || date > kept.Date || (date == kept.Date && string.CompareOrdinal(name, kept.Name) < 0))
        {
            names[code] = (date, name);
        }
    }

    /// <summary>A snapshot's region and date compared as one number, so that a national file's rows hash quickly.</summary>
    private sealed class SnapshotKey : IEqualityComparer<(RegionCode Region, LocalDate Date)>
    {
        public static SnapshotKey Instance { get; } = new();

        public bool Equals((RegionCode Region, LocalDate Date) x, (RegionCode Region, LocalDate Date) y) => x.Region == y.Region && x.Date == y.Date;

        public int GetHashCode((RegionCode Region, LocalDate Date) obj) => HashCode.Combine(obj.Region.SortKey, obj.Date.GetHashCode());
    }

    /// <summary>The files that hold kecamatan data: none of them can join a table of kabupaten/kota.</summary>
    private static readonly string[] KecamatanFiles = [KecamatanFile, LedgerFile, EligibleFile, ClosuresFile, DevicesFile, IncidentsFile, InvitationsFile, SyncFile];

    /// <summary>
    /// A folder whose snapshots.csv is a table of kabupaten/kota (a provincial office's): the data is kept per
    /// kabupaten/kota, so it stands alone, with at most holidays.csv beside it.
    /// </summary>
    private static bool TryLoadRegencies(
        DataSource source, CoverageSeries snapshots, Dictionary<RegionCode, string> names, List<DataQualityIssue> quality, List<DataProblem> found, out LoadedDataFolder? folder, out ImmutableArray<DataProblem> problems)
    {
        folder = null;
        foreach (string file in KecamatanFiles.Where(source.HasTable))
        {
            found.Add(new DataProblem(
                new SourceLocation(source.TablePath(file)),
                $"{SnapshotsFile} is a table of kabupaten/kota, so the data is kept per kabupaten/kota and a kecamatan file cannot join it; remove {file}, or give {SnapshotsFile} one row per kecamatan."));
        }

        bool hasHolidays = source.HasTable(HolidaysFile);
        var calendar = ReadHolidays(source, found, hasHolidays);
        calendar.TryBuild([], out var builtCalendar, out var calendarProblems);
        found.AddRange(calendarProblems);
        var changes = ReadCodes(source, found);
        if (found.Count > 0 || builtCalendar is null)
        {
            problems = Order(found);
            return false;
        }

        var data = RecordingData.FromSnapshots(snapshots, builtCalendar) with { Names = names, CodeChanges = changes, DataQuality = [.. quality] };
        folder = new LoadedDataFolder(data, hasHolidays, Unread(source));
        problems = [];
        return true;
    }

    /// <summary>Problems by file (in the order the files are read), then line.</summary>
    private static ImmutableArray<DataProblem> Order(List<DataProblem> problems)
    {
        var fileOrder = new Dictionary<string, int>();
        foreach (var p in problems)
        {
            fileOrder.TryAdd(p.Location.File ?? string.Empty, fileOrder.Count);
        }

        return [.. problems
            .Select((p, i) => (p, i))
            .OrderBy(x => fileOrder[x.p.Location.File ?? string.Empty])
            .ThenBy(x => x.p.Location.Line)
            .ThenBy(x => x.i)
            .Select(x => x.p)];
    }
}
