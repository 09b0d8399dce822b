// A NuGet user's program that reads a data folder: restored from the packed EktpDomain.Import and EktpDomain.Reporting packages by .ci/run.
// Usage: app GOOD_FOLDER BAD_FOLDER
using EktpDomain;
using EktpDomain.Attainment;
using EktpDomain.Import;
using EktpDomain.Reporting;
using NodaTime;

var loaded = DataFolder.Load(args[0]);
var april = new DateInterval(new LocalDate(2012, 4, 1), new LocalDate(2012, 4, 30));
var report = AttainmentReport.Calculate(loaded.Data, april);
Console.WriteLine(ReportText.English.Headline(report.Summary));

if (!DataFolder.TryLoad(DataSource.FromDirectory(args[1]), out _, out var problems))
{
    foreach (var problem in problems)
    {
        Console.WriteLine(problem);
    }
}
