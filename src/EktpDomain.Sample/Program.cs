// The eight tasks of a first day with EktpDomain, as a regency office's developer would write them.
using System.Text.Json;
using EktpDomain;
using EktpDomain.Allocation;
using EktpDomain.Attainment;
using EktpDomain.Devices;
using EktpDomain.Forecasting;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using EktpDomain.Reporting.Json;
using EktpDomain.Residents;
using NodaTime;

var text = ReportText.English;
var april = new DateInterval(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30));
var may = new DateInterval(new LocalDate(2012, 5, 1), new LocalDate(2012, 5, 31));

// 1. One kecamatan: did Sukamulya meet its 15 % target in April 2012?
var sukamulya = RegionCode.Parse("36.03.27");
var one = new RecordingData(
    EligiblePopulation.CreateBuilder().Add(sukamulya, 41_000).Build(),
    RecordingLedger.CreateBuilder([sukamulya])
        .Add(new LedgerEntry(new LocalDate(2012, 4, 10), sukamulya, LedgerEntryKind.Recorded, 6_300))
        .Build());
var row = AttainmentReport.Calculate(one, april)[sukamulya];
Console.WriteLine($"1. {row.Name}: {row.Realised} of {row.Target}, {row.Band}");

// 2. An attainment report for three kecamatan.
var kresek = RegionCode.Parse("36.03.06");
var sepatanTimur = RegionCode.Parse("36.03.30");
var population = EligiblePopulation.CreateBuilder()
    .Add(sukamulya, 41_000)
    .Add(kresek, 40_000)
    .Add(sepatanTimur, 52_000)
    .Build();
var ledger = RecordingLedger.CreateBuilder(population.KecamatanCodes)
    .Add(new LedgerEntry(new LocalDate(2012, 4, 10), sukamulya, LedgerEntryKind.Recorded, 6_300))
    .Add(new LedgerEntry(new LocalDate(2012, 4, 10), kresek, LedgerEntryKind.Recorded, 3_520))
    .Add(new LedgerEntry(new LocalDate(2012, 4, 10), sepatanTimur, LedgerEntryKind.Recorded, 5_734, device: "K-30-1"))
    .Add(new LedgerEntry(new LocalDate(2012, 4, 16), sepatanTimur, LedgerEntryKind.Lost, 1_738))
    .Build();
var data = new RecordingData(population, ledger);
var report = AttainmentReport.Calculate(data, april);
Console.WriteLine($"2. {text.Headline(report.Summary)}");
foreach (var r in report.Rows)
{
    Console.WriteLine($"   {r.Rank}. {r.Name}: {r.RealisedPercent:0.0} % of eligible, {r.Band}");
}

// 3. Devices and an incident: Kresek's fingerprint scanner was out 3-17 April.
var inventory = DeviceInventory.CreateBuilder()
    .AddSet("K-27-1", DeviceKind.Static, FundingSource.Apbn, sukamulya, new LocalDate(2012, 1, 1))
    .AddSet("K-27-2", DeviceKind.Static, FundingSource.Apbn, sukamulya, new LocalDate(2012, 1, 1))
    .AddSet("K-06-1", DeviceKind.Static, FundingSource.Apbn, kresek, new LocalDate(2012, 1, 1))
    .AddSet("K-06-2", DeviceKind.Static, FundingSource.Apbn, kresek, new LocalDate(2012, 1, 1))
    .AddSet("K-30-1", DeviceKind.Static, FundingSource.Apbn, sepatanTimur, new LocalDate(2012, 1, 1))
    .AddSet("M-1", DeviceKind.Mobile, FundingSource.Apbd, kresek, new LocalDate(2012, 1, 1))
    .MoveSet("M-1", sepatanTimur, new LocalDate(2012, 4, 25), isLoan: true)
    .Build();
var incidents = IncidentLog.CreateBuilder()
    .Add(new Incident("INC-1", kresek, "K-06-2", DeviceComponent.Fingerprint, IncidentCause.Hardware,
        new LocalDate(2012, 4, 3), new LocalDate(2012, 4, 17)))
    .Build();
var withDevices = data with { Inventory = inventory, Incidents = incidents };
var devices = AttainmentReport.Calculate(withDevices, april);
Console.WriteLine($"3. Kresek capacity {devices[kresek].Capacity}, outage device-days {devices[kresek].OutageDeviceDays}");
foreach (var finding in devices.Findings)
{
    Console.WriteLine($"   [{text.SeverityName(finding.Severity)}] {finding.KecamatanName}: {text.FindingMessage(finding)}");
}

// 4. Allocation for next month, and a completion forecast.
var plan = DeviceAllocation.Plan(withDevices, may, sets: 2);
Console.WriteLine($"4. Capacity gap in May: {plan.TotalCapacityGapBefore} -> {plan.TotalCapacityGapAfter}");
foreach (var placement in plan.Placements)
{
    Console.WriteLine($"   {text.AllocationExplanation(placement)}");
}

var forecast = ForecastReport.Calculate(data, new LocalDate(2012, 4, 30));
foreach (var f in forecast.Rows)
{
    Console.WriteLine($"   {f.Name}: {text.ForecastLine(f)}");
}

// 5. A roll-up to the regency, which says how much of it the data covers.
var tangerang = RegionRollup.Create(report).Find(RegionCode.Parse("36.03"))!;
Console.WriteLine($"5. {tangerang.Name}: {tangerang.Realised} realised of {tangerang.Target}, {text.CoverageLabel(tangerang.KecamatanCoverage)}");

// 6. JSON output, and reading it back.
string json = ReportJson.Serialize(report, text);
var back = ReportJson.DeserializeReport(json);
Console.WriteLine($"6. {json.Length} characters of JSON; read back: {back.Summary.Headline}");

// 7. A NIK: parsed, printed masked, serialized masked; the birth date only on request (nik.GetBirthDate()).
var nik = Nik.Parse("3603275508850123", new LocalDate(2012, 4, 30));
Console.WriteLine($"7. {nik}, {JsonSerializer.Serialize(new { Nik = nik })}, issued in {nik.Kecamatan}");

// 8. Invitations and a sync log: who came when invited, and what a set recorded but has not sent yet.
var invitations = InvitationLog.CreateBuilder(population.KecamatanCodes)
    .Add(new LocalDate(2012, 4, 9), kresek, invited: 900, attended: 410)
    .Add(new LocalDate(2012, 4, 9), sukamulya, invited: 800, attended: 720)
    .Build();
var sync = SyncLog.CreateBuilder(population.KecamatanCodes)
    .Add(new LocalDate(2012, 4, 12), sepatanTimur, "K-30-1", sent: 5_000)
    .Build();
var withLogs = data with { Invitations = invitations, Sync = sync };
var turnout = AttainmentReport.Calculate(withLogs, april);
Console.WriteLine($"8. Kresek turnout {turnout[kresek].TurnoutRatio}, Sepatan Timur unsent on 12 April {withLogs.Unsent!.GetUnsent(sepatanTimur, new LocalDate(2012, 4, 12))}");
foreach (var finding in turnout.Findings)
{
    Console.WriteLine($"   [{text.SeverityName(finding.Severity)}] {finding.KecamatanName}: {text.FindingMessage(finding)}");
}
