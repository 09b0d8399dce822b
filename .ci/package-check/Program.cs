// A NuGet user's first program: restored from the packed EktpDomain, EktpDomain.Reporting and EktpDomain.Reporting.Json packages by .ci/run.
using EktpDomain;
using EktpDomain.Attainment;
using EktpDomain.Calendar;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Reporting;
using EktpDomain.Reporting.Json;
using EktpDomain.Residents;
using NodaTime;

var tangerang = RegionCode.Parse("36.03");
var sukamulya = RegionCode.Parse("36.03.27");
var kresek = RegionCode.Parse("36.03.06");
var population = EligiblePopulation.CreateBuilder().Add(sukamulya, 41_000).Add(kresek, 40_000).Build();
var ledger = RecordingLedger.CreateBuilder(population.KecamatanCodes)
    .Add(new LedgerEntry(new LocalDate(2012, 4, 10), sukamulya, LedgerEntryKind.Recorded, 6_300))
    .Add(new LedgerEntry(new LocalDate(2012, 4, 10), kresek, LedgerEntryKind.Recorded, 4_000))
    .Build();
var april = new DateInterval(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30));
var report = AttainmentReport.Calculate(new RecordingData(population, ledger), april);

Console.WriteLine(ReportText.English.Headline(report.Summary));
Console.WriteLine($"Kabupaten Tangerang has {RegionCatalogue.Kemendagri2025.GetChildren(tangerang).Count} kecamatan");
Console.WriteLine($"Working days 2-30 April 2012: {WorkingCalendar.Indonesia.CountWorkingDays(april)}");
Console.WriteLine($"A NIK prints masked: {Nik.Parse("3603274107950001", new LocalDate(2012, 4, 30))}");

var json = ReportJson.DeserializeReport(ReportJson.Serialize(report, ReportText.English));
var first = json.Rows.Single(r => r.Code == sukamulya);
Console.WriteLine($"JSON version {json.Version}: {json.Rows.Count} kecamatan, {first.Name} {first.Band}, read back");
