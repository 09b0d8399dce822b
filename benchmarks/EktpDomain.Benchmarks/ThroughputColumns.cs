using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace EktpDomain.Benchmarks;

/// <summary>Items per second (rows, NIKs) from the mean time and the number of items the case's scale processes.</summary>
internal sealed class ThroughputColumn(string name, Func<Scale, long> itemsAt) : IColumn
{
    public string Id => "Throughput" + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"{name}: items of the scale divided by the mean time (G = 10^9, M = 10^6)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNs is null || meanNs <= 0)
        {
            return "NA";
        }

        double perSecond = itemsAt(ScaleOf(benchmarkCase)) / (meanNs.Value / 1e9);
        return perSecond >= 1e9
            ? (perSecond / 1e9).ToString("0.00 G", CultureInfo.InvariantCulture)
            : (perSecond / 1e6).ToString("0.0 M", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    internal static Scale ScaleOf(BenchmarkCase benchmarkCase) => (Scale)benchmarkCase.Parameters["Scale"];
}

/// <summary>
/// The mean time of the bandwidth reference (reading the same number of rows at 16 bytes a row on all cores) divided
/// by this case's mean time: 100 % means as fast as streaming the raw rows from memory; more means the case reads
/// less than the raw rows.
/// </summary>
internal sealed class BandwidthShareColumn(string referenceMethod) : IColumn
{
    public string Id => "BandwidthShare";

    public string ColumnName => "% of bandwidth";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"% of bandwidth: mean of {referenceMethod} at the same scale / this mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        Scale scale = ThroughputColumn.ScaleOf(benchmarkCase);
        var reference = summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.WorkloadMethod.Name == referenceMethod && ThroughputColumn.ScaleOf(c) == scale);
        double? referenceNs = reference is null ? null : summary[reference]?.ResultStatistics?.Mean;
        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return referenceNs is null || meanNs is null || meanNs <= 0
            ? "NA"
            : (100 * referenceNs.Value / meanNs.Value).ToString("0 '%'", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
