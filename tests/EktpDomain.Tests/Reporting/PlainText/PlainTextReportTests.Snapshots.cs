using System;
using System.Linq;
using System.Text.Json;
using EktpDomain.Attainment;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using EktpDomain.Reporting.Json;
using EktpDomain.Reporting.PlainText;
using EktpDomain.Trends;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Reporting.PlainText;

/// <summary>Reports from snapshots (R21) in words and in JSON: the adjustment and coverage columns, the notes on unknown realisation and on edge lags.</summary>
public class PlainTextReportSnapshotTests
{
    private static readonly LocalDate March20 = new(2012, 3, 20);

    /// <summary>
    /// Sukamulya known (edges 20 March and 25 April: lags 12 and 5 days), Kresek with no snapshot before the window,
    /// Kronjo with none in it, Balaraja with a decrease.
    /// </summary>
    private static AttainmentReport Report()
    {
        var series = CoverageSeries.CreateBuilder()
            .Add(March20, Sukamulya, 41_000, 20_000).Add(Apr(25), Sukamulya, 41_000, 26_300)
            .Add(Apr(30), Kresek, 40_000, 30_000)
            .Add(March20, Kronjo, 30_000, 12_000)
            .Add(March20, Balaraja, 50_000, 9_000).Add(Apr(10), Balaraja, 50_000, 8_500).Add(Apr(30), Balaraja, 50_000, 10_000)
            .Build();
        return AttainmentReport.Calculate(RecordingData.FromSnapshots(series), April);
    }

    private static string[] Lines(string text) => text.Split(Environment.NewLine);

    [Fact]
    public void Notes_NameTheKecamatanWithoutRealisation_ByReason_AndTheLargestLags()
    {
        var report = Report();

        ReportNotes.For(report, ReportText.English).Should().Equal(
            "Realisation unknown for 1 kecamatan: no snapshot dated on or before 1 April 2012 (36.03.06 Kresek)",
            "Realisation unknown for 1 kecamatan: no snapshot dated in the period (36.03.07 Kronjo)",
            "From snapshots: the coverage before the period is taken up to 12 days earlier, and the coverage at its end up to 5 days before its last day, so the realisation spans other days than the period");
        ReportNotes.For(report, ReportText.Indonesian).Should().Equal(
            "Realisasi tidak diketahui untuk 1 kecamatan: tidak ada snapshot bertanggal 1 April 2012 atau sebelumnya (36.03.06 Kresek)",
            "Realisasi tidak diketahui untuk 1 kecamatan: tidak ada snapshot bertanggal dalam periode (36.03.07 Kronjo)",
            "Dari snapshot: cakupan sebelum periode diambil hingga 12 hari lebih awal, dan cakupan di akhir periode hingga 5 hari sebelum hari terakhirnya, sehingga realisasi mencakup hari-hari yang lain dari periode");
    }

    [Theory]
    [InlineData(20, 30, "From snapshots: the coverage before the period is taken up to 12 days earlier, so the realisation can span more days than the period")]
    [InlineData(1, 25, "From snapshots: the coverage at the period's end is taken up to 5 days before its last day, so the realisation can span fewer days than the period")]
    public void Notes_OneEdgeThatLies_IsNoted(int startDay, int endDay, string note)
    {
        // The day before April's first working day is 1 April: a snapshot of 20 March lies 12 days before it.
        var start = startDay == 1 ? Apr(1) : new LocalDate(2012, 3, startDay);
        var series = CoverageSeries.CreateBuilder().Add(start, Sukamulya, 41_000, 1).Add(Apr(endDay), Sukamulya, 41_000, 7_000).Build();
        var report = AttainmentReport.Calculate(RecordingData.FromSnapshots(series), April);

        ReportNotes.For(report, ReportText.English).Should().Equal(note);
    }

    [Fact]
    public void Notes_NullArguments_Throw_NamingTheParameter()
    {
        var report = Report();

        FluentActions.Invoking(() => ReportNotes.For((AttainmentReport)null!, ReportText.English).ToList()).Should().Throw<ArgumentNullException>().WithParameterName("report");
        FluentActions.Invoking(() => ReportNotes.For(report, null!).ToList()).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => ReportNotes.For((CoverageTrend)null!, ReportText.English).ToList()).Should().Throw<ArgumentNullException>().WithParameterName("trend");
    }

    [Fact]
    public void LagNote_SaysOnlyTheEdgeThatLies()
    {
        ReportText.English.SnapshotLagNote(31, 0).Should().Be("From snapshots: the coverage before the period is taken up to 31 days earlier, so the realisation can span more days than the period");
        ReportText.English.SnapshotLagNote(0, 1).Should().Be("From snapshots: the coverage at the period's end is taken up to 1 day before its last day, so the realisation can span fewer days than the period");
        ReportText.Indonesian.SnapshotLagNote(31, 0).Should().Be("Dari snapshot: cakupan sebelum periode diambil hingga 31 hari lebih awal, sehingga realisasi dapat mencakup lebih banyak hari dari periode");
        ReportText.Indonesian.SnapshotLagNote(0, 1).Should().Be("Dari snapshot: cakupan di akhir periode diambil hingga 1 hari sebelum hari terakhirnya, sehingga realisasi dapat mencakup lebih sedikit hari dari periode");
    }

    [Fact]
    public void Notes_NoneWhenEveryEdgeIsOnItsDay_AndNoneForALedger()
    {
        var series = CoverageSeries.CreateBuilder().Add(Apr(1), Sukamulya, 41_000, 1).Add(Apr(30), Sukamulya, 41_000, 7_000).Build();
        var report = AttainmentReport.Calculate(RecordingData.FromSnapshots(series), April);

        ReportNotes.For(report, ReportText.English).Should().BeEmpty();
    }

    [Fact]
    public void RealisationUnknownNote_NamesFiveThenCountsTheRest()
    {
        var names = Enumerable.Range(1, 7).Select(i => $"36.03.{i:D2} K{i}").ToList();

        string english = ReportText.English.RealisationUnknownNote(SnapshotRealisationStatus.NoSnapshotInWindow, April, names);
        string indonesian = ReportText.Indonesian.RealisationUnknownNote(SnapshotRealisationStatus.NoSnapshotInWindow, April, names);

        english.Should().Be("Realisation unknown for 7 kecamatan: no snapshot dated in the period (36.03.01 K1, 36.03.02 K2, 36.03.03 K3, 36.03.04 K4, 36.03.05 K5, and 2 more)");
        indonesian.Should().EndWith("(36.03.01 K1, 36.03.02 K2, 36.03.03 K3, 36.03.04 K4, 36.03.05 K5, dan 2 lainnya)");
    }

    [Fact]
    public void Format_SnapshotsOnly_AdjustmentAndCoverageColumns_NoLossOrBacklogColumns()
    {
        var text = ReportText.English;

        var lines = Lines(PlainTextReport.Format(Report(), text, notice: null));

        string header = lines[2];
        header.Should().Contain("Adjustment").And.Contain("Coverage %");
        header.Should().NotContain(text.Heading(ReportColumn.ShortfallDataLoss)).And.NotContain(text.Heading(ReportColumn.Backlog));
        lines.Single(l => l.Contains("Balaraja", StringComparison.Ordinal)).Should().MatchRegex(@"1,500\s+3\.0\s+critical\s+500\s+20\.0$");
        lines.Single(l => l.Contains("36.03.06  Kresek", StringComparison.Ordinal)).Should().MatchRegex(@"^\s+-\s+36\.03\.06\s+Kresek\s+6,000\s+n/a\s+n/a\s+unknown\s+n/a\s+75\.0$");
        lines.Should().Contain("Realisation unknown for 1 kecamatan: no snapshot dated in the period (36.03.07 Kronjo)");
    }

    [Fact]
    public void Json_SnapshotRows_CarryTheirSourceEdgesAndNulls()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(Report(), ReportText.English));
        var rows = json.RootElement.GetProperty("kecamatan").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);

        var sukamulya = rows["36.03.27"];
        sukamulya.GetProperty("source").GetString().Should().Be("snapshots");
        sukamulya.GetProperty("realised").GetInt64().Should().Be(6_300);
        sukamulya.GetProperty("snapshots").GetRawText().ReplaceLineEndings("").Replace(" ", "", StringComparison.Ordinal).Should().Be(
            "{\"status\":\"known\",\"start_date\":\"2012-03-20\",\"start_lag_days\":12,\"end_date\":\"2012-04-25\",\"end_lag_days\":5}");

        var kresek = rows["36.03.06"];
        kresek.GetProperty("realised").ValueKind.Should().Be(JsonValueKind.Null);
        kresek.GetProperty("recorded").ValueKind.Should().Be(JsonValueKind.Null);
        kresek.GetProperty("adjustment").ValueKind.Should().Be(JsonValueKind.Null);
        kresek.GetProperty("band").GetString().Should().Be("unknown");
        kresek.GetProperty("met").GetBoolean().Should().BeFalse();
        kresek.GetProperty("coverage").GetInt64().Should().Be(30_000);
        kresek.GetProperty("snapshots").GetProperty("status").GetString().Should().Be("no-snapshot-before-start");
        kresek.GetProperty("snapshots").GetProperty("start_date").ValueKind.Should().Be(JsonValueKind.Null);

        rows["36.03.07"].GetProperty("snapshots").GetProperty("status").GetString().Should().Be("no-snapshot-in-period");
        rows["36.03.01"].GetProperty("adjustment").GetInt64().Should().Be(500);

        var summary = json.RootElement.GetProperty("summary");
        summary.GetProperty("realisation_unknown").GetInt32().Should().Be(2);
        summary.GetProperty("realised").ValueKind.Should().Be(JsonValueKind.Null);
        ReportJson.DeserializeReport(json.RootElement.GetRawText()).Rows.Single(k => k.Code == RegionCode.Parse("36.03.06")).Snapshots!.Status.Should().Be("no-snapshot-before-start");
    }
}
