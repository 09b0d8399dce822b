using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EktpDomain.Residents;

namespace EktpDomain.Benchmarks;

/// <summary>
/// The number of distinct residents (NIKs) among the recording events, about 1 % of them re-recordings, from one
/// district (about 0.8 M events) to the nation (190 M events); see <see cref="SyntheticNiks"/>. Every method returns
/// the same count.
/// </summary>
/// <remarks>
/// <c>NaiveLinq</c> is <c>Distinct().LongCount()</c>; <c>PresizedHashSet</c> a <see cref="HashSet{T}"/> given the
/// capacity up front (a <see cref="Nik"/> hashes as its digits, like a <c>HashSet&lt;long&gt;</c>); <c>Library</c>
/// is <see cref="Nik.CountDistinct(ReadOnlySpan{Nik})"/>; <c>Bandwidth_SumNiks</c> reads the events (8 bytes each) on all cores.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(Config))]
[SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
public class DistinctResidentsBenchmarks
{
    public const int Seed = 20120402;

    private static readonly Dictionary<Scale, long> EventsAt = [];

    private Nik[] events = null!;

    [Params(Scale.District, Scale.Province, Scale.Nation)]
    public Scale Scale { get; set; }

    /// <summary>The number of distinct NIKs the generator made.</summary>
    public long Residents { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var stopwatch = Stopwatch.StartNew();
        events = SyntheticNiks.Generate(Scale, Seed, out long residents);
        Residents = residents;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Generated ({Scale}): {events.Length:N0} events, {residents:N0} residents in {stopwatch.Elapsed.TotalSeconds:F2} s"));
    }

    [Benchmark(Baseline = true)]
    public long Distinct_NaiveLinq() => events.Distinct().LongCount();

    [Benchmark]
    public long Distinct_PresizedHashSet()
    {
        var set = new HashSet<Nik>(events.Length);
        foreach (var nik in events)
        {
            set.Add(nik);
        }

        return set.Count;
    }

    [Benchmark]
    public long Distinct_Library() => Nik.CountDistinct(events);

    /// <summary>Reads every event (8 bytes) on all cores: the memory-bandwidth reference.</summary>
    [Benchmark]
    public long Bandwidth_SumNiks() => BandwidthReference.SumOnAllCores(events) + events.Length;

    internal static long EventCount(Scale scale)
    {
        lock (EventsAt)
        {
            if (!EventsAt.TryGetValue(scale, out long count))
            {
                EventsAt[scale] = count = SyntheticNiks.EventCount(scale, Seed);
            }

            return count;
        }
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn("NIKs/s", EventCount));
            AddColumn(new BandwidthShareColumn(nameof(Bandwidth_SumNiks)));
        }
    }
}
