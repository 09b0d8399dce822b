using System;
using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EktpDomain.Attainment;
using EktpDomain.Import;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using EktpDomain.Reporting.Json;
using EktpDomain.Reporting.PlainText;
using NodaTime;

namespace EktpDomain.Benchmarks;

/// <summary>
/// What <c>ektp report --level</c> costs on a national folder (<see cref="NationalFolder.ThroughApril2012"/>: 7,285
/// kecamatan, 5.2 million ledger rows, written once by <see cref="EndToEndBenchmarks.FolderOf"/>), once the folder is
/// loaded: April 2012's report computed, rolled up to the level and written as JSON or as text. The baseline is the
/// kecamatan level, today's report; a province, kabupaten/kota or national report must cost no more, since its rows
/// are few and its roll-up is one pass over the kecamatan.
/// </summary>
/// <remarks>
/// Loading the folder (the same for every level) is left out: <see cref="ImportBenchmarks"/> and
/// <see cref="EndToEndBenchmarks"/> measure it. The text is laid out at 120 characters with every finding, as
/// <c>ektp report</c> prints it without <c>--findings</c>.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
[SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
public class LevelReportBenchmarks
{
    private static readonly DateInterval April2012 = new(new LocalDate(2012, 4, 1), new LocalDate(2012, 4, 30));

    private RecordingData data = null!;

    [GlobalSetup]
    public void Setup()
    {
        string folder = EndToEndBenchmarks.FolderOf(NationalFolder.ThroughApril2012);
        if (!DataFolder.TryLoad(DataSource.FromDirectory(folder), out var loaded, out var problems))
        {
            throw new InvalidOperationException("The national folder is invalid: " + problems[0]);
        }

        data = loaded!.Data;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Json")]
    public int Json_Kecamatan() => ReportJson.Serialize(Calculate(), ReportText.English).Length;

    [Benchmark]
    [BenchmarkCategory("Json")]
    public int Json_Kabupaten() => ReportJson.Serialize(LevelReport.Create(Calculate(), RegionLevel.Regency), ReportText.English).Length;

    [Benchmark]
    [BenchmarkCategory("Json")]
    public int Json_Provinsi() => ReportJson.Serialize(LevelReport.Create(Calculate(), RegionLevel.Province), ReportText.English).Length;

    [Benchmark]
    [BenchmarkCategory("Json")]
    public int Json_Nasional() => ReportJson.Serialize(LevelReport.Create(Calculate(), RegionLevel.Nation), ReportText.English).Length;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Text")]
    public int Text_Kecamatan() => PlainTextReport.Format(Calculate(), ReportText.English, null, PlainTextReport.DefaultWidth).Length;

    [Benchmark]
    [BenchmarkCategory("Text")]
    public int Text_Provinsi() => PlainTextReport.Format(LevelReport.Create(Calculate(), RegionLevel.Province), ReportText.English, null, PlainTextReport.DefaultWidth, null).Length;

    [Benchmark]
    [BenchmarkCategory("Text")]
    public int Text_ProvinsiFindings20() => PlainTextReport.Format(LevelReport.Create(Calculate(), RegionLevel.Province), ReportText.English, null, PlainTextReport.DefaultWidth, 20).Length;

    private AttainmentReport Calculate() => AttainmentReport.Calculate(data, April2012);
}
