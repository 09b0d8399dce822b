using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using EktpDomain.Attainment;
using EktpDomain.Recording;

namespace EktpDomain.Benchmarks;

[MemoryDiagnoser]
[SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
public class AttainmentReportBenchmarks
{
    public const int Seed = 20120430;

    private RecordingData data = null!;

    [Params(Scale.District, Scale.Province, Scale.Nation)]
    public Scale Scale { get; set; }

    [Params(ReportWindow.Month, ReportWindow.Year)]
    public ReportWindow Window { get; set; }

    [GlobalSetup(Target = nameof(Report_Library))]
    public void SetupLibrary() => data = SyntheticReport.Generate(Scale, Seed).BuildData();

    [Benchmark]
    public AttainmentReport Report_Library() => AttainmentReport.Calculate(data, SyntheticReport.WindowOf(Window));
}
