using EktpDomain;
using EktpDomain.Attainment;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using NodaTime;

var sukamulya = RegionCode.Parse("36.03.27");                           // Sukamulya
var population = EligiblePopulation.CreateBuilder().Add(sukamulya, 41_000).Build();
var ledger = RecordingLedger.CreateBuilder(population.KecamatanCodes)
    .Add(new LedgerEntry(new LocalDate(2012, 4, 10), sukamulya, LedgerEntryKind.Recorded, 6_300))
    .Build();
var april = new DateInterval(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30));
var report = AttainmentReport.Calculate(new RecordingData(population, ledger), april);

var row = report[sukamulya];                // target 6,150: 15 % of 41,000, rounded up (R2)
Console.WriteLine($"{row.Name}: {row.Realised} of {row.Target}, {row.Band}, rank {row.Rank}");
Console.WriteLine(ReportText.Indonesian.Headline(report.Summary));
