using System.Collections.Generic;
using EktpDomain.Calendar;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using NodaTime;

namespace EktpDomain.Tests.Support;

/// <summary>Builds small <see cref="RecordingData"/> sets for tests: eligible counts plus ledger entries.</summary>
public sealed class ScenarioBuilder
{
    private readonly Dictionary<RegionCode, long> eligible = [];
    private readonly List<LedgerEntry> entries = [];

    public WorkingCalendar Calendar { get; set; } = WorkingCalendar.Indonesia;

    public DeviceInventory? Inventory { get; set; }

    public IncidentLog? Incidents { get; set; }

    public ScenarioBuilder Kecamatan(RegionCode code, long eligibleCount)
    {
        eligible[code] = eligibleCount;
        return this;
    }

    public ScenarioBuilder Recorded(RegionCode code, LocalDate date, long count) => Entry(code, date, LedgerEntryKind.Recorded, count);

    public ScenarioBuilder Lost(RegionCode code, LocalDate date, long count) => Entry(code, date, LedgerEntryKind.Lost, count);

    public ScenarioBuilder Rerecorded(RegionCode code, LocalDate date, long count) => Entry(code, date, LedgerEntryKind.Rerecorded, count);

    public ScenarioBuilder Entry(RegionCode code, LocalDate date, LedgerEntryKind kind, long count)
    {
        entries.Add(new LedgerEntry(date, code, kind, count));
        return this;
    }

    public RecordingData Build()
    {
        var population = EligiblePopulation.CreateBuilder();
        foreach (var (code, count) in eligible)
        {
            population.Add(code, count);
        }

        var built = population.Build();
        var ledger = RecordingLedger.CreateBuilder(built.KecamatanCodes).AddRange(entries).Build();
        return new RecordingData(built, ledger, Calendar) { Inventory = Inventory, Incidents = Incidents };
    }
}
