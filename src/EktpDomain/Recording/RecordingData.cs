using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using EktpDomain.Calendar;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Regions;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Recording;

/// <summary>
/// Everything the calculations need about one area: the kecamatan and their names, the eligible residents (R1), the
/// recording ledger (R3) and the working calendar. Reports, roll-ups and forecasts are computed from it.
/// </summary>
/// <remarks>
/// <para>
/// The kecamatan of the data are those of <see cref="Population"/>. The ledger may cover more kecamatan only if
/// they have no entries; an entry for a kecamatan without an eligible count is rejected, so that no recording is
/// silently left out of a report.
/// </para>
/// <para>
/// Names come from <see cref="Names"/> (the constructor's kecamatan, or names set with <c>with { Names = … }</c>) when
/// given, otherwise from <see cref="RegionCatalogue.Kemendagri2025"/>, otherwise the code itself; <see cref="GetName"/>
/// answers in that order.
/// </para>
/// <para>
/// The recording sets (<see cref="Inventory"/>) and the incidents (<see cref="Incidents"/>) are optional. Without an
/// inventory, the device figures of R5 and R6 are "not applicable" and the device rules of R8 are not evaluated;
/// without incidents, no set is ever out. When both are set, every set an incident names must be in the inventory: an
/// unknown set (such as a typo in its id) is a <see cref="DataValidationException"/> when the second of the two is set,
/// never a finding about a set nobody has. Either may name kecamatan outside <see cref="KecamatanCodes"/>, for example a
/// national inventory used with one regency's data: they simply do not show in its reports.
/// </para>
/// <para>
/// It is a record, so a copy with one part changed is a <c>with</c> expression, such as
/// <c>data with { Inventory = nextMonthsInventory }</c>; the checks above run for the parts set.
/// </para>
/// <para>Equality is reference equality, even though it is a record. Immutable and thread-safe.</para>
/// </remarks>
public sealed record RecordingData
{
    private ImmutableDictionary<RegionCode, string> names;
    private readonly DeviceInventory? inventory;
    private readonly IncidentLog? incidents;

    /// <summary>Creates the data.</summary>
    /// <param name="population">The eligible residents of each kecamatan.</param>
    /// <param name="ledger">The recording ledger.</param>
    /// <param name="calendar">The working calendar; <see cref="WorkingCalendar.Indonesia"/> when null.</param>
    /// <param name="kecamatan">Names for the kecamatan, or null to take them from the region catalogue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="population"/> or <paramref name="ledger"/> is null.</exception>
    /// <exception cref="ArgumentException">The ledger has entries for a kecamatan without an eligible count, or a name is given twice.</exception>
    public RecordingData(EligiblePopulation population, RecordingLedger ledger, WorkingCalendar? calendar = null, IEnumerable<Kecamatan>? kecamatan = null)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(ledger);
        var missing = ledger.KecamatanCodes.Where(k => !population.Contains(k) && ledger.GetEntries(k).Any()).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                $"The ledger has entries for {missing.Count} kecamatan without an eligible count, so they would be left out of every report: {List(missing)}.",
                nameof(ledger));
        }

        var nameBuilder = ImmutableDictionary.CreateBuilder<RegionCode, string>();
        foreach (var k in kecamatan ?? [])
        {
            if (!nameBuilder.TryAdd(k.Code, k.Name))
            {
                throw new ArgumentException($"Kecamatan {k.Code} is named twice.", nameof(kecamatan));
            }
        }

        Population = population;
        Ledger = ledger;
        Calendar = calendar ?? WorkingCalendar.Indonesia;
        names = nameBuilder.ToImmutable();
    }

    /// <summary>
    /// Data made from cumulative coverage snapshots alone (R20–R22): the kecamatan are those of the series, their
    /// eligible counts the snapshots' (each dated on its snapshot's date, <see cref="CoverageSeries.ToPopulation"/>),
    /// and the ledger is empty. A series of kabupaten/kota gives data kept per kabupaten/kota (<see cref="Level"/>):
    /// reports, roll-ups, forecasts and trends then have one row per kabupaten/kota.
    /// </summary>
    /// <param name="snapshots">A series of kecamatan or of kabupaten/kota snapshots.</param>
    /// <param name="calendar">The working calendar; <see cref="WorkingCalendar.Indonesia"/> when null.</param>
    /// <param name="kecamatan">Names for the regions, or null to take them from the region catalogue.</param>
    /// <returns>The data, with <see cref="Snapshots"/> set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is given twice.</exception>
    public static RecordingData FromSnapshots(CoverageSeries snapshots, WorkingCalendar? calendar = null, IEnumerable<Kecamatan>? kecamatan = null)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var population = snapshots.ToPopulation();
        var ledger = RecordingLedger.CreateBuilder(snapshots.Level == RegionLevel.Kecamatan ? population.KecamatanCodes : []).Build();
        return new RecordingData(population, ledger, calendar, kecamatan) { Snapshots = snapshots };
    }

    /// <summary>
    /// The names given to regions, by code: those of the constructor's kecamatan, or any region's, such as the
    /// kabupaten/kota of a provincial table (<c>data with { Names = … }</c>). <see cref="GetName"/> falls back on the
    /// region catalogue for the others.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyDictionary<RegionCode, string> Names
    {
        get => names;
        init => names = value?.ToImmutableDictionary() ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// The level the data is kept at: <see cref="RegionLevel.Kecamatan"/>, or <see cref="RegionLevel.Regency"/> for
    /// data made from kabupaten/kota snapshots, whose <see cref="KecamatanCodes"/> are then kabupaten/kota codes.
    /// </summary>
    public RegionLevel Level => Population.Level;

    /// <summary>The eligible residents (R1).</summary>
    public EligiblePopulation Population { get; private init; }

    /// <summary>The recording ledger (R3).</summary>
    public RecordingLedger Ledger { get; }

    /// <summary>The working calendar.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The recording sets and their assignments (R5), or null when there is no device inventory.</summary>
    /// <exception cref="DataValidationException">
    /// Set together with <see cref="Incidents"/>, in either order: an incident names a set that is not in this
    /// inventory. Each problem names the incident, the set and, when known, where the incident came from.
    /// </exception>
    public DeviceInventory? Inventory
    {
        get => inventory;
        init
        {
            if (value is not null)
            {
                incidents?.CheckDevicesIn(value);
            }

            inventory = value;
        }
    }

    /// <summary>The device and site incidents (R5, R8), or null when there are none.</summary>
    /// <exception cref="DataValidationException">
    /// Set together with <see cref="Inventory"/>, in either order: an incident names a set that is not in the
    /// inventory; see <see cref="Inventory"/>.
    /// </exception>
    public IncidentLog? Incidents
    {
        get => incidents;
        init
        {
            if (inventory is not null)
            {
                value?.CheckDevicesIn(inventory);
            }

            incidents = value;
        }
    }

    /// <summary>
    /// Who was invited to record and who came (R12), or null when there are no invitations: then the demand part of a
    /// shortfall is not split further and the <c>low-turnout</c> rule finds nothing.
    /// </summary>
    public InvitationLog? Invitations { get; init; }

    /// <summary>
    /// What each recording set sent to the central server (R13), or null when that is not known: then no records are
    /// tracked as unsent and the <c>unsent-records</c> rule finds nothing. Setting it replays the sync log against
    /// <see cref="Ledger"/> (<see cref="Unsent"/>).
    /// </summary>
    /// <exception cref="DataValidationException">A set sent more than it had waiting (<see cref="UnsentRecords.Calculate"/>).</exception>
    public SyncLog? Sync
    {
        get;
        init
        {
            Unsent = value is null ? null : UnsentRecords.Calculate(Ledger, value);
            field = value;
        }
    }

    /// <summary>
    /// Cumulative coverage snapshots of some or all of the kecamatan (R20), or null when there are none. A kecamatan of
    /// the series takes its realisation, adjustments and coverage from its snapshots (R21); every other kecamatan from
    /// <see cref="Ledger"/>. Make data from snapshots alone with <see cref="FromSnapshots"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The series is of another level than <see cref="Population"/>.</exception>
    /// <exception cref="DataValidationException">
    /// The series has kecamatan without an eligible count in <see cref="Population"/>, or kecamatan that also have
    /// ledger entries (each kecamatan has one source of realisation); one problem per such kecamatan.
    /// </exception>
    public CoverageSeries? Snapshots
    {
        get;
        init
        {
            if (value is not null && value.Level != Population.Level && !value.RegionCodes.IsEmpty)
            {
                throw new ArgumentException(
                    $"The series is of {CoverageSnapshot.LevelName(value.Level)}, but the population is kept per {CoverageSnapshot.LevelName(Population.Level)}; give snapshots of the same level.",
                    nameof(value));
            }

            if (value is not null)
            {
                CheckSnapshots(value);
            }

            field = value;
        }
    }

    /// <summary>
    /// The code changes between Kemendagri editions (R24): a kecamatan of the data whose code was retired keeps its own
    /// row, and rolls up with the codes that replaced it. From its retirement date its eligible count is 0 (its
    /// residents are its successors' now), so that no target or eligible count is counted twice: setting the changes
    /// sets <see cref="Population"/>'s values of retired codes to 0 from that date. <see cref="RegionCodeChanges.None"/>
    /// by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RegionCodeChanges CodeChanges
    {
        get => field ?? RegionCodeChanges.None;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            Population = Retire(Population, value);
            field = value;
        }
    }

    /// <summary>The population with every retired code's count 0 from its retirement date (R24).</summary>
    private static EligiblePopulation Retire(EligiblePopulation population, RegionCodeChanges changes)
    {
        var retired = population.KecamatanCodes.Where(k => changes.GetRetirement(k) is not null).ToList();
        if (retired.Count == 0)
        {
            return population;
        }

        var builder = new EligiblePopulationBuilder(population.Level);
        foreach (var code in population.KecamatanCodes)
        {
            var from = changes.GetRetirement(code)?.From;
            foreach (var (asOf, eligible) in population.GetHistory(code))
            {
                if (from is null || asOf < from)
                {
                    builder.Add(code, asOf, eligible);
                }
            }

            if (from is LocalDate day)
            {
                builder.Add(code, day, 0);
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// The figures of aggregate exports that disagree with others of the same export (R25), such as L + P ≠ JML or a
    /// kabupaten/kota whose kecamatan do not add up to it; the <c>data-quality</c> rule reports them. Empty by default.
    /// </summary>
    public ImmutableArray<DataQualityIssue> DataQuality
    {
        get => field.IsDefault ? [] : field;
        init;
    }

    /// <summary>The records each set holds unsent, day by day (R13); null when there is no <see cref="Sync"/> log.</summary>
    public UnsentRecords? Unsent { get; private init; }

    /// <summary>The kecamatan of the data, in code order.</summary>
    public ImmutableArray<RegionCode> KecamatanCodes => Population.KecamatanCodes;

    /// <summary>Whether <paramref name="other"/> is this same object: data sets are compared by identity.</summary>
    /// <param name="other">The other data.</param>
    /// <returns>Whether they are the same object.</returns>
    public bool Equals(RecordingData? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    /// <summary>Describes the data, such as <c>RecordingData: 29 kecamatan, with inventory, with incidents</c> (and <c>with snapshots</c> when it has them).</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"RecordingData: {KecamatanCodes.Length} kecamatan{(Snapshots is null ? string.Empty : ", with snapshots")}{(Inventory is null ? string.Empty : ", with inventory")}{(Incidents is null ? string.Empty : ", with incidents")}");

    private void CheckSnapshots(CoverageSeries series)
    {
        var problems = new List<DataProblem>();
        foreach (var kecamatan in series.RegionCodes)
        {
            if (!Population.Contains(kecamatan))
            {
                problems.Add(new DataProblem(SourceLocation.None, $"the snapshots of {kecamatan} have no eligible count in the population, so the kecamatan would be left out of every report."));
            }
            else if (Ledger.Contains(kecamatan) && Ledger.GetEntries(kecamatan).Any())
            {
                problems.Add(new DataProblem(SourceLocation.None, $"kecamatan {kecamatan} has both ledger entries and snapshots; each kecamatan takes its realisation from one source, so give either its ledger entries or its snapshots."));
            }
        }

        if (problems.Count > 0)
        {
            throw new DataValidationException(problems);
        }
    }

    private static string List(List<RegionCode> codes) => $"{string.Join(", ", codes.Take(10))}{(codes.Count > 10 ? ", …" : "")}";

    /// <summary>
    /// The coverage of a kecamatan, or of every kecamatan inside a larger region, at the end of a date: from the ledger
    /// for the kecamatan it keeps (R3), and the last snapshot on or before the date for those of <see cref="Snapshots"/>
    /// (R21).
    /// </summary>
    /// <param name="region">A kecamatan of the data, or any larger region (down to the nation).</param>
    /// <param name="date">The date.</param>
    /// <returns>The coverage; null when a snapshot kecamatan inside the region has no snapshot that early.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is a village.</exception>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="long"/>.</exception>
    public long? GetCoverage(RegionCode region, LocalDate date)
    {
        if (region.Level == RegionLevel.Village)
        {
            throw new ArgumentException($"Coverage is kept per kecamatan; '{region}' is a village code.", nameof(region));
        }

        long ledger = region.Level == RegionLevel.Kecamatan && !Ledger.Contains(region) ? 0 : Ledger.GetCoverage(region, date);
        if (Snapshots is null)
        {
            return ledger;
        }

        // A kecamatan of the snapshots has no ledger entries, so the two parts never count a kecamatan twice. A retired
        // snapshot kecamatan leaves the sums from its retirement (R24): its successors' published figures restate it.
        var changes = CodeChanges;
        Func<RegionCode, bool>? retired = changes.Changes.IsEmpty ? null : k => changes.IsRetired(k, date);
        return Snapshots.CoverageIn(region, DayNumber.Of(date), retired) is long snapshots
            ? CheckedMath.Add(ledger, snapshots, $"coverage of {region}")
            : null;
    }

    /// <summary>The name of a region: the given name, else the catalogue's, else the code.</summary>
    /// <param name="region">A region code.</param>
    /// <returns>The name.</returns>
    public string GetName(RegionCode region) =>
        names.TryGetValue(region, out var name) ? name
        : RegionCatalogue.Kemendagri2025.TryGetName(region, out var catalogued) ? catalogued
        : region.ToString();
}
