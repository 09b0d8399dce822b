using System;
using System.Linq;
using System.Text.Json;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using EktpDomain.Reporting.Json;
using EktpDomain.Tests.Support;
using EktpDomain.Trends;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Reporting.Json;

/// <summary>The JSON of a coverage trend: snake_case fields in the contract's order, nulls for what is not known, and a round trip.</summary>
public class ReportJsonTrendTests
{
    private static readonly YearMonth Jan = new(2012, 1);
    private static readonly YearMonth Mar = new(2012, 3);

    /// <summary>
    /// Sukamulya: 10,000 (31 Dec), 12,000 (31 Jan), 11,000 (20 Feb), 15,000 (31 Mar), 41,000 eligible. Kresek: 20,000
    /// (31 Jan), 24,000 (31 Mar), 40,000 eligible.
    /// </summary>
    private static CoverageTrend Snapshots() => CoverageTrend.Calculate(
        RecordingData.FromSnapshots(CoverageSeries.CreateBuilder()
            .Add(new LocalDate(2011, 12, 31), Sukamulya, 41_000, 10_000)
            .Add(D(1, 31), Sukamulya, 41_000, 12_000)
            .Add(D(2, 20), Sukamulya, 41_000, 11_000)
            .Add(D(3, 31), Sukamulya, 41_000, 15_000)
            .Add(D(1, 31), Kresek, 40_000, 20_000)
            .Add(D(3, 31), Kresek, 40_000, 24_000)
            .Build()),
        Jan,
        Mar);

    /// <summary>Kresek from the ledger (+1,000, +500, −200), Sukamulya from snapshots (12,000, 11,500, 15,000 at the month ends).</summary>
    private static CoverageTrend Mixed()
    {
        var population = EligiblePopulation.CreateBuilder().Add(Kresek, 40_000).Add(Sukamulya, 41_000).Build();
        var ledger = RecordingLedger.CreateBuilder(population.KecamatanCodes).AddRange(
        [
            new LedgerEntry(D(1, 10), Kresek, LedgerEntryKind.Recorded, 1_000),
            new LedgerEntry(D(2, 10), Kresek, LedgerEntryKind.Recorded, 500),
            new LedgerEntry(D(3, 10), Kresek, LedgerEntryKind.Lost, 200),
        ]).Build();
        var series = CoverageSeries.CreateBuilder()
            .Add(D(1, 31), Sukamulya, 41_000, 12_000)
            .Add(D(2, 29), Sukamulya, 41_000, 11_500)
            .Add(D(3, 31), Sukamulya, 41_000, 15_000)
            .Build();
        return CoverageTrend.Calculate(new RecordingData(population, ledger) { Snapshots = series }, Jan, Mar);
    }

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static JsonElement Kecamatan(JsonElement root, string code) =>
        root.GetProperty("kecamatan").EnumerateArray().Single(k => k.GetProperty("code").GetString() == code);

    [Fact]
    public void Fields_InTheContractsOrder()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(Snapshots(), ReportText.English));
        var root = json.RootElement;

        Names(root).Should().Equal("version", "level", "region", "from", "to", "total", "data_coverage", "kecamatan", "notes");
        Names(root.GetProperty("total")).Should().Equal("code", "name", "source", "realised", "adjustment", "months_unknown", "months");
        Names(root.GetProperty("total").GetProperty("months")[0]).Should().Equal("month", "eligible", "coverage", "coverage_percent", "realised", "adjustment");
        Names(root.GetProperty("data_coverage")).Should().Equal("region", "name", "kecamatan_count", "catalogued", "partial", "label");
        var sukamulya = Kecamatan(root, "36.03.27");
        Names(sukamulya).Should().Equal("code", "name", "source", "realised", "adjustment", "months_unknown", "months");
        Names(sukamulya.GetProperty("months")[0]).Should().Equal("month", "eligible", "coverage", "coverage_percent", "realised", "adjustment", "snapshots");
        Names(sukamulya.GetProperty("months")[0].GetProperty("snapshots")).Should().Equal("status", "start_date", "start_lag_days", "end_date", "end_lag_days");
    }

    [Fact]
    public void Values_TheTotalAndItsMonths_NullWhereNotKnown_AndNoSourceAboveTheKecamatan()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(Snapshots(), ReportText.English));
        var root = json.RootElement;

        root.GetProperty("from").GetString().Should().Be("2012-01");
        root.GetProperty("to").GetString().Should().Be("2012-03");
        var total = root.GetProperty("total");
        total.GetProperty("code").GetString().Should().Be("36.03");
        total.GetProperty("name").GetString().Should().Be("Kabupaten Tangerang");
        total.GetProperty("source").ValueKind.Should().Be(JsonValueKind.Null);
        total.GetProperty("realised").ValueKind.Should().Be(JsonValueKind.Null);
        total.GetProperty("adjustment").ValueKind.Should().Be(JsonValueKind.Null);
        total.GetProperty("months_unknown").GetInt32().Should().Be(2);

        var months = total.GetProperty("months");
        months.GetArrayLength().Should().Be(3);
        var january = months[0];
        january.GetProperty("month").GetString().Should().Be("2012-01");
        january.GetProperty("eligible").GetInt64().Should().Be(81_000);
        january.GetProperty("coverage").GetInt64().Should().Be(32_000);
        january.GetProperty("coverage_percent").GetDecimal().Should().BeApproximately(39.5061728395m, 0.0000000001m);
        january.GetProperty("realised").ValueKind.Should().Be(JsonValueKind.Null);
        january.GetProperty("adjustment").ValueKind.Should().Be(JsonValueKind.Null);
        months[2].GetProperty("realised").GetInt64().Should().Be(8_000);
        months[2].GetProperty("adjustment").GetInt64().Should().Be(0);

        var coverage = root.GetProperty("data_coverage");
        (coverage.GetProperty("region").GetString(), coverage.GetProperty("name").GetString(), coverage.GetProperty("kecamatan_count").GetInt32(),
            coverage.GetProperty("catalogued").GetInt32(), coverage.GetProperty("partial").GetBoolean(), coverage.GetProperty("label").GetString())
            .Should().Be(("36.03", "Kabupaten Tangerang", 2, 29, true, "2 of 29 kecamatan"));
        root.GetProperty("kecamatan").EnumerateArray().Select(k => k.GetProperty("code").GetString()).Should().Equal("36.03.06", "36.03.27");
        root.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).Should().Equal(
            "From snapshots: the coverage before the period is taken up to 29 days earlier, and the coverage at its end up to 9 days before its last day, so the realisation spans other days than the period");
    }

    [Fact]
    public void Values_SnapshotKecamatan_CarryTheirEdgesEachMonth()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(Snapshots(), ReportText.English));
        var root = json.RootElement;

        var kresek = Kecamatan(root, "36.03.06");
        kresek.GetProperty("name").GetString().Should().Be("Kresek");
        kresek.GetProperty("source").GetString().Should().Be("snapshots");
        kresek.GetProperty("realised").ValueKind.Should().Be(JsonValueKind.Null);
        kresek.GetProperty("adjustment").ValueKind.Should().Be(JsonValueKind.Null);
        kresek.GetProperty("months_unknown").GetInt32().Should().Be(2);
        var months = kresek.GetProperty("months");
        Compact(months[0].GetProperty("snapshots")).Should().Be(
            "{\"status\":\"no-snapshot-before-start\",\"start_date\":null,\"start_lag_days\":null,\"end_date\":\"2012-01-31\",\"end_lag_days\":0}");
        Compact(months[1].GetProperty("snapshots")).Should().Be(
            "{\"status\":\"no-snapshot-in-period\",\"start_date\":\"2012-01-31\",\"start_lag_days\":0,\"end_date\":null,\"end_lag_days\":null}");
        Compact(months[2].GetProperty("snapshots")).Should().Be(
            "{\"status\":\"known\",\"start_date\":\"2012-01-31\",\"start_lag_days\":29,\"end_date\":\"2012-03-31\",\"end_lag_days\":0}");
        months[1].GetProperty("coverage").GetInt64().Should().Be(20_000);
        months[1].GetProperty("realised").ValueKind.Should().Be(JsonValueKind.Null);
        months[2].GetProperty("realised").GetInt64().Should().Be(4_000);
        months[2].GetProperty("coverage_percent").GetDecimal().Should().Be(60m);

        var sukamulya = Kecamatan(root, "36.03.27");
        sukamulya.GetProperty("realised").GetInt64().Should().Be(6_000);
        sukamulya.GetProperty("adjustment").GetInt64().Should().Be(1_000);
        sukamulya.GetProperty("months_unknown").GetInt32().Should().Be(0);
        var february = sukamulya.GetProperty("months")[1];
        (february.GetProperty("realised").GetInt64(), february.GetProperty("adjustment").GetInt64(), february.GetProperty("coverage").GetInt64()).Should().Be((0L, 1_000L, 11_000L));
        Compact(february.GetProperty("snapshots")).Should().Be(
            "{\"status\":\"known\",\"start_date\":\"2012-01-31\",\"start_lag_days\":0,\"end_date\":\"2012-02-20\",\"end_lag_days\":9}");
    }

    [Fact]
    public void LedgerKecamatan_HaveNoSnapshotsField_AndTheirOwnSource()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(Mixed(), ReportText.English));
        var root = json.RootElement;

        var kresek = Kecamatan(root, "36.03.06");
        kresek.GetProperty("source").GetString().Should().Be("ledger");
        kresek.GetProperty("realised").GetInt64().Should().Be(1_300);
        kresek.GetProperty("adjustment").GetInt64().Should().Be(0);
        kresek.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("realised").GetInt64()).Should().Equal(1_000, 500, -200);
        kresek.GetProperty("months").EnumerateArray().Where(m => m.TryGetProperty("snapshots", out _)).Should().BeEmpty();
        Names(kresek.GetProperty("months")[0]).Should().Equal("month", "eligible", "coverage", "coverage_percent", "realised", "adjustment");

        var sukamulya = Kecamatan(root, "36.03.27");
        sukamulya.GetProperty("source").GetString().Should().Be("snapshots");
        sukamulya.GetProperty("months")[0].GetProperty("realised").ValueKind.Should().Be(JsonValueKind.Null);
        sukamulya.GetProperty("months")[0].GetProperty("coverage").GetInt64().Should().Be(12_000);

        root.GetProperty("total").GetProperty("months").EnumerateArray().Where(m => m.TryGetProperty("snapshots", out _)).Should().BeEmpty();
        root.GetProperty("total").GetProperty("months")[1].GetProperty("adjustment").GetInt64().Should().Be(500);
        root.GetProperty("notes").GetArrayLength().Should().Be(0, "every snapshot lies on a month's last day");
    }

    [Fact]
    public void OneKecamatan_TheTotalIsTheKecamatan_WithItsSource()
    {
        var data = new ScenarioBuilder().Kecamatan(Sukamulya, 41_000).Recorded(Sukamulya, D(1, 10), 4_100).Build();

        using var json = JsonDocument.Parse(ReportJson.Serialize(CoverageTrend.Calculate(data, Jan, Jan), ReportText.Indonesian));
        var root = json.RootElement;

        root.GetProperty("total").GetProperty("code").GetString().Should().Be("36.03.27");
        root.GetProperty("total").GetProperty("source").GetString().Should().Be("ledger");
        root.GetProperty("kecamatan").GetArrayLength().Should().Be(1);
        root.GetProperty("data_coverage").GetProperty("label").GetString().Should().Be("1 dari 1 kecamatan");
        root.GetProperty("data_coverage").GetProperty("partial").GetBoolean().Should().BeFalse();
        root.GetProperty("total").GetProperty("months")[0].GetProperty("coverage_percent").GetDecimal().Should().Be(10m);
    }

    [Fact]
    public void Notes_InTheChosenLanguage()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(Snapshots(), ReportText.Indonesian));

        json.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).Should().Equal(
            "Dari snapshot: cakupan sebelum periode diambil hingga 29 hari lebih awal, dan cakupan di akhir periode hingga 9 hari sebelum hari terakhirnya, sehingga realisasi mencakup hari-hari yang lain dari periode");
        json.RootElement.GetProperty("data_coverage").GetProperty("label").GetString().Should().Be("2 dari 29 kecamatan");
    }

    [Fact]
    public void DeserializeTrend_RoundTrip_GivesBackEveryFigure()
    {
        foreach (var trend in new[] { Snapshots(), Mixed() })
        {
            var dto = ReportJson.DeserializeTrend(ReportJson.Serialize(trend, ReportText.English));

            dto.From.Should().Be(new YearMonth(2012, 1));
            dto.To.Should().Be(new YearMonth(2012, 3));
            dto.Notes.Should().Equal(ReportNotes.For(trend, ReportText.English));
            dto.DataCoverage.KecamatanCount.Should().Be(2);
            dto.Rows.Select(k => k.Code.ToString()).Should().Equal("36.03.06", "36.03.27");
            foreach (var (own, read) in trend.Rows.Append(trend.Total).Zip(dto.Rows.Append(dto.Total)))
            {
                (read.Code, read.Name, read.Realised, read.Adjustment, read.MonthsUnknown).Should().Be((own.Region, own.Name, own.Realised, own.Adjustment, own.MonthsUnknown));
                read.Months.Select(m => (m.Month, m.Eligible, m.Coverage, m.CoveragePercent, m.Realised, m.Adjustment)).Should().Equal(
                    own.Months.Select(m => (m.Month, m.Eligible, m.Coverage, m.CoveragePercent, m.Realised, m.Adjustment)));
                read.Months.Select(m => m.Snapshots?.Status).Should().Equal(own.Months.Select(m => m.Snapshots is null ? null : StatusCode(m.Snapshots.Status)));
                read.Months.Select(m => m.Snapshots?.StartLagDays).Should().Equal(own.Months.Select(m => m.Snapshots?.StartLagDays));
                read.Months.Select(m => m.Snapshots?.EndLagDays).Should().Equal(own.Months.Select(m => m.Snapshots?.EndLagDays));
            }

            dto.Total.Source.Should().BeNull();
        }

        ReportJson.DeserializeTrend(ReportJson.Serialize(Mixed(), ReportText.English)).Rows.Select(k => k.Source).Should().Equal("ledger", "snapshots");
        ReportJson.DeserializeTrend(ReportJson.Serialize(Snapshots(), ReportText.English)).Rows.Select(k => k.Source).Should().Equal("snapshots", "snapshots");
    }

    [Theory]
    [InlineData("null", "The JSON is null, not a coverage trend.")]
    [InlineData("{\"from\":\"2012-01\",\"to\":\"2012-03\"}", "*missing required properties*total*")]
    [InlineData("[1]", "*")]
    public void DeserializeTrend_NotATrend_IsAJsonException(string json, string message)
    {
        var act = () => ReportJson.DeserializeTrend(json);

        act.Should().Throw<JsonException>().WithMessage(message);
    }

    [Fact]
    public void NullArguments_Throw()
    {
        FluentActions.Invoking(() => ReportJson.Serialize((CoverageTrend)null!, ReportText.English)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("trend");
        FluentActions.Invoking(() => ReportJson.Serialize(Snapshots(), null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => ReportJson.DeserializeTrend(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("json");
    }

    private static string Compact(JsonElement element) =>
        element.GetRawText().ReplaceLineEndings("").Replace(" ", "", StringComparison.Ordinal);

    private static string StatusCode(SnapshotRealisationStatus status) => status switch
    {
        SnapshotRealisationStatus.Known => "known",
        SnapshotRealisationStatus.NoSnapshotBeforeStart => "no-snapshot-before-start",
        _ => "no-snapshot-in-period",
    };
}
