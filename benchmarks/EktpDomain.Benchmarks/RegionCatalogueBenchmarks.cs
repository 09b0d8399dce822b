using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EktpDomain.Regions;

namespace EktpDomain.Benchmarks;

/// <summary>
/// The region catalogue against the naive way: the raw CSV embedded as it is, parsed with LINQ into a
/// <see cref="Dictionary{TKey, TValue}"/> keyed by the dotted code, and children found by scanning the keys.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RegionCatalogueBenchmarks
{
    private const int Seed = 20120402;
    private const int LookupCount = 1_000;
    private const int ParentCount = 100;

    private RegionCatalogue catalogue = null!;
    private Dictionary<string, string> naive = null!;
    private RegionCode[] lookups = null!;
    private string[] lookupTexts = null!;
    private RegionCode[] parents = null!;
    private string[] parentTexts = null!;

    [GlobalSetup]
    public void Setup()
    {
        catalogue = RegionCatalogue.Kemendagri2025;
        naive = LoadNaive();

        // National scale: 1,000 codes drawn from every level of the catalogue, and 100 parents (province,
        // regency or kecamatan) whose children are listed; a fixed seed keeps runs comparable.
        var random = new Random(Seed);
        var all = Enumerable.Range(1, 4).SelectMany(level => catalogue.GetCodes((RegionLevel)level)).ToArray();
        lookups = Enumerable.Range(0, LookupCount).Select(_ => all[random.Next(all.Length)]).ToArray();
        lookupTexts = lookups.Select(code => code.ToString()).ToArray();
        var nonVillages = all.Where(code => code.Level != RegionLevel.Village).ToArray();
        parents = Enumerable.Range(0, ParentCount).Select(_ => nonVillages[random.Next(nonVillages.Length)]).ToArray();
        parentTexts = parents.Select(code => code.ToString()).ToArray();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Load")]
    [SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
    public Dictionary<string, string> Load_NaiveCsvDictionary() => LoadNaive();

    [Benchmark]
    [BenchmarkCategory("Load")]
    [SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
    public RegionCatalogue Load_EmbeddedResource() => RegionCatalogue.LoadEmbedded();

    [Benchmark(Baseline = true, OperationsPerInvoke = LookupCount)]
    [BenchmarkCategory("GetName")]
    public int GetName_NaiveDictionary()
    {
        int length = 0;
        foreach (string code in lookupTexts)
        {
            length += naive[code].Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = LookupCount)]
    [BenchmarkCategory("GetName")]
    public int GetName_Catalogue()
    {
        int length = 0;
        foreach (RegionCode code in lookups)
        {
            length += catalogue.GetName(code).Length;
        }

        return length;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ParentCount)]
    [BenchmarkCategory("GetChildren")]
    public int GetChildren_NaiveLinqScan()
    {
        int count = 0;
        foreach (string parent in parentTexts)
        {
            string prefix = parent + ".";
            int dots = parent.Count(c => c == '.') + 1;
            count += naive.Keys
                .Where(key => key.StartsWith(prefix, StringComparison.Ordinal) && key.Count(c => c == '.') == dots)
                .Order(StringComparer.Ordinal)
                .ToList()
                .Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = ParentCount)]
    [BenchmarkCategory("GetChildren")]
    public int GetChildren_Catalogue()
    {
        int count = 0;
        foreach (RegionCode parent in parents)
        {
            count += catalogue.GetChildren(parent).Count;
        }

        return count;
    }

    private static Dictionary<string, string> LoadNaive()
    {
        using Stream stream = typeof(RegionCatalogueBenchmarks).Assembly.GetManifestResourceStream("wilayah_2025_kepmendagri.csv")
            ?? throw new InvalidOperationException("The benchmark's copy of wilayah_2025_kepmendagri.csv is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(line => line.Split(',', 2))
            .ToDictionary(fields => fields[0], fields => fields[1].Trim('"').Trim(), StringComparer.Ordinal);
    }
}
