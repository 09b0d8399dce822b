using System;
using System.Linq;
using System.Threading.Tasks;
using EktpDomain.Attainment;
using EktpDomain.Calendar;
using EktpDomain.Forecasting;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Reporting;
using EktpDomain.Reporting.Json;
using EktpDomain.Residents;
using EktpDomain.Tests.Cli;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests;

/// <summary>Culture-free outputs stay the same under any current culture; shared objects are safe across threads.</summary>
public class CultureAndConcurrencyTests
{
    private static readonly string[] Cultures = ["id-ID", "en-US", "tr-TR", ""];

    private static T Under<T>(string culture, Func<T> action)
    {
        using (CultureScope.Use(culture))
        {
            return action();
        }
    }

    [Fact]
    public void JsonAndCodes_AreTheSameUnderEveryCulture()
    {
        var outputs = Cultures.Select(c => Under(c, () =>
        {
            var json = CliHarness.Invoke(["report", "--format", "json"]).Stdout;
            var forecast = CliHarness.Invoke(["forecast", "--format", "json"]).Stdout;
            var codes = string.Join(",", KabupatenTangerang.Kecamatan.Select(k => k.Code.ToString() + k.Code.ToString("N", null)));
            var nik = Nik.Parse("3603274107950001", new LocalDate(2012, 4, 30)).ToString();
            return json + forecast + codes + nik;
        })).ToList();

        outputs.Distinct().Should().ContainSingle("JSON, codes and masked NIKs are culture-free");
    }

    [Fact]
    public void TextReports_DependOnTheChosenLanguageOnly_NotTheCurrentCulture()
    {
        foreach (var lang in new[] { "id", "en" })
        {
            var outputs = Cultures.Select(c => Under(c, () => CliHarness.Invoke(["report", "--lang", lang]).Stdout)).ToList();
            outputs.Distinct().Should().ContainSingle($"--lang {lang} fixes the language and its number format");
        }
    }

    [Fact]
    public void ErrorMessages_AreInvariantUnderEveryCulture()
    {
        var messages = Cultures.Select(c => Under(c, () =>
        {
            var a = Record.Exception(() => RegionCode.Parse("36.03.001"))!.Message;
            var b = Record.Exception(() => Nik.Parse("36032741079500011", new LocalDate(2012, 4, 30)))!.Message;
            return a + b;
        })).ToList();
        messages.Distinct().Should().ContainSingle();
    }

    [Fact]
    public void SharedCalculatorsAndCatalogues_AreSafeAcrossThreads()
    {
        var data = BuiltInData();
        var april = new DateInterval(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30));
        string expected = ReportJson.Serialize(AttainmentReport.Calculate(data, april), ReportText.English);
        var catalogue = RegionCatalogue.Kemendagri2025;
        var calendar = WorkingCalendar.Indonesia;

        var results = new string[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var report = AttainmentReport.Calculate(data, april);
            var forecast = ForecastReport.Calculate(data, april.End);
            string names = string.Join(",", catalogue.GetChildren(KabupatenTangerang.Code).Select(catalogue.GetName));
            int days = calendar.CountWorkingDays(april);
            results[i] = ReportJson.Serialize(report, i % 2 == 0 ? ReportText.English : ReportText.English)
                + forecast.Total.CompletionDate + names.Length + days;
        });

        results.Distinct().Should().ContainSingle().Which.Should().StartWith(expected);
    }

    private static RecordingData BuiltInData()
    {
        EktpDomain.Import.DataFolder.TryLoad(EktpDomain.Cli.Data.BuiltInSources.Scenario, out var folder, out var problems)
            .Should().BeTrue(string.Join("\n", problems));
        return folder!.Data;
    }
}
