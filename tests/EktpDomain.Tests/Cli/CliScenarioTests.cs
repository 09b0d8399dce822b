using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using EktpDomain.Reporting.Json;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli;

/// <summary>The built-in scenario reproduces the article by computation (issue 5).</summary>
public class CliScenarioTests
{
    [Fact]
    public void Report_BuiltInScenario_OnlySukamulyaMetTheTarget()
    {
        var result = CliHarness.Invoke(["report", "--width", "full"]);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().Contain("Baru 1 dari 29 kecamatan mencapai target perekaman 15%");
        result.Stdout.Should().Contain("ilustratif");
        result.Stdout.Should().Contain("2–30 April 2012 (20 hari kerja)");
        result.Stdout.Split('\n').Single(l => l.Contains("Sukamulya", System.StringComparison.Ordinal)).Should().Contain("tercapai").And.Contain("15,4");
    }

    [Fact]
    public void Report_English_UsesEnglishWordsAndNumbers()
    {
        var result = CliHarness.Invoke(["report", "--lang", "en", "--width", "full"]);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("Only 1 of 29 kecamatan met the 15% recording target");
        result.Stdout.Should().Contain("illustrative");
        result.Stdout.Split('\n').Single(l => l.Contains("Sukamulya", System.StringComparison.Ordinal)).Should().Contain("15.4").And.Contain("6,300");
    }

    [Fact]
    public void ReportJson_BuiltInScenario_ReproducesTheArticle()
    {
        var result = CliHarness.Invoke(["report", "--format", "json", "--lang", "en"]);

        result.ExitCode.Should().Be(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        root.GetProperty("period").GetProperty("working_days").GetInt32().Should().Be(20);
        var rows = root.GetProperty("kecamatan").EnumerateArray().ToList();
        rows.Should().HaveCount(29);
        var met = rows.Where(r => r.GetProperty("met").GetBoolean()).ToList();
        met.Should().ContainSingle().Which.GetProperty("code").GetString().Should().Be("36.03.27");
        met[0].GetProperty("rank").GetInt32().Should().Be(1);
        foreach (var row in rows.Where(r => !r.GetProperty("met").GetBoolean()))
        {
            row.GetProperty("realised_percent").GetDecimal().Should().BeInRange(7m, 14.99m, row.GetProperty("name").GetString());
        }

        var summary = root.GetProperty("summary");
        summary.GetProperty("kecamatan").GetInt32().Should().Be(29);
        summary.GetProperty("applicable").GetInt32().Should().Be(29);
        summary.GetProperty("met").GetInt32().Should().Be(1);
        summary.GetProperty("headline").GetString().Should().Be("Only 1 of 29 kecamatan met the 15% recording target");
        var sepatanTimur = rows.Single(r => r.GetProperty("code").GetString() == "36.03.30");
        sepatanTimur.GetProperty("lost").GetInt64().Should().Be(1_738);

        var findings = root.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("rule").GetString(), f.GetProperty("kecamatan").GetString())).ToList();
        findings.Should().Contain(("credential-change", "36.03.30"));
        findings.Should().Contain(("data-loss", "36.03.30"));
        findings.Should().Contain(("lightning", "36.03.22"));
        findings.Should().Contain(("long-outage", "36.03.06"));
        findings.Should().Contain(("long-outage", "36.03.31"));
        rows.Should().OnlyContain(r => r.GetProperty("device_days").ValueKind == JsonValueKind.Number, "the scenario has devices.csv");
        met[0].GetProperty("device_days").GetInt64().Should().Be(40);
        met[0].GetProperty("capacity").GetInt64().Should().Be(4_000);
        met[0].GetProperty("utilisation").GetDecimal().Should().Be(1.575m);
    }

    [Fact]
    public void ReportJson_FindingsAreOrderedBySeverityThenKecamatanThenRule()
    {
        var result = CliHarness.Invoke(["report", "--format", "json"]);
        using var json = JsonDocument.Parse(result.Stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        static int Severity(string? s) => s switch { "critical" => 0, "warning" => 1, _ => 2 };
        var keys = findings.Select(f => (Severity(f.GetProperty("severity").GetString()), f.GetProperty("kecamatan").GetString(), f.GetProperty("rule").GetString())).ToList();
        keys.Should().BeInAscendingOrder(Comparer<(int, string?, string?)>.Create((a, b) =>
        {
            int c = a.Item1.CompareTo(b.Item1);
            c = c != 0 ? c : string.CompareOrdinal(a.Item2, b.Item2);
            return c != 0 ? c : string.CompareOrdinal(a.Item3, b.Item3);
        }));
        findings.Where(f => f.GetProperty("rule").GetString() is "credential-change" or "data-loss" or "lightning")
            .Select(f => f.EnumerateObject().Any(p => p.Name == "device")).Should().OnlyContain(hasDevice => !hasDevice, "a finding without a device has no device key");
        findings.Single(f => f.GetProperty("rule").GetString() == "long-outage" && f.GetProperty("kecamatan").GetString() == "36.03.06")
            .GetProperty("device").GetString().Should().Be("K-06-2");
    }

    [Fact]
    public void ReportJson_FieldNamesAndOrder_FollowTheContract()
    {
        var result = CliHarness.Invoke(["report", "--format", "json"]);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal("version", "level", "region", "period", "target_percent", "kecamatan", "summary", "findings");
        root.GetProperty("version").GetInt32().Should().Be(ReportJson.ContractVersion);
        root.GetProperty("period").EnumerateObject().Select(p => p.Name).Should().Equal("from", "to", "working_days");
        root.GetProperty("period").GetProperty("from").GetString().Should().Be("2012-04-02");
        root.GetProperty("target_percent").GetDecimal().Should().Be(15m);
        root.GetProperty("kecamatan")[0].EnumerateObject().Select(p => p.Name).Should().Equal(
            "code", "name", "source", "eligible", "eligible_at_end", "target", "recorded", "lost", "rerecorded", "realised", "adjustment",
            "realised_percent", "attainment", "band", "met", "rank", "coverage", "coverage_percent", "rerecording_backlog", "device_days", "outage_device_days",
            "capacity", "utilisation", "invited", "attended", "turnout", "shortfall");
        root.GetProperty("kecamatan")[0].GetProperty("shortfall").EnumerateObject().Select(p => p.Name).Should().Equal("data_loss", "outage", "demand", "service", "no_show", "not_invited");
        root.GetProperty("summary").EnumerateObject().Select(p => p.Name).Should().Equal(
            "kecamatan", "level", "region_count", "applicable", "met", "realisation_unknown", "target", "realised", "min_realised_percent", "max_realised_percent", "headline", "data_coverage", "notes");
        root.GetProperty("summary").GetProperty("data_coverage").GetRawText().ReplaceLineEndings("").Replace(" ", "", StringComparison.Ordinal).Should().Be(
            "{\"region\":\"36.03\",\"name\":\"KabupatenTangerang\",\"kecamatan_count\":29,\"catalogued\":29,\"partial\":false,\"label\":\"29dari29kecamatan\"}");
        root.GetProperty("summary").GetProperty("headline").GetString().Should().Be("Baru 1 dari 29 kecamatan mencapai target perekaman 15%");
        var sukamulya = root.GetProperty("kecamatan")[0];
        sukamulya.GetProperty("band").GetString().Should().Be("met");
        sukamulya.GetProperty("source").GetString().Should().Be("ledger");
        sukamulya.GetProperty("adjustment").GetInt64().Should().Be(0);
        sukamulya.GetProperty("eligible_at_end").GetInt64().Should().Be(41_000);
        sukamulya.TryGetProperty("snapshots", out _).Should().BeFalse();
        sukamulya.GetProperty("realised_percent").GetDecimal().Should().Be(6_300m * 100 / 41_000);
        sukamulya.GetProperty("attainment").GetDecimal().Should().Be(6_300m / 6_150);
    }

    [Fact]
    public void ReportJson_NotApplicableIsNull_AndRowsOrderedByRankThenCode()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", "code,name,eligible\n36.03.02,B,1000\n36.03.01,A,0\n36.03.03,C,2000\n36.03.04,D,1000\n");
        cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n2012-04-02,36.03.02,,recorded,100\n2012-04-02,36.03.03,,recorded,200\n2012-04-02,36.03.04,,recorded,300\n");

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var rows = json.RootElement.GetProperty("kecamatan").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("code").GetString()).Should().Equal("36.03.04", "36.03.02", "36.03.03", "36.03.01");
        rows.Select(r => r.GetProperty("rank").ValueKind == JsonValueKind.Null ? 0 : r.GetProperty("rank").GetInt32()).Should().Equal(1, 2, 2, 0);
        var none = rows[3];
        none.GetProperty("band").GetString().Should().Be("not-applicable");
        none.GetProperty("attainment").ValueKind.Should().Be(JsonValueKind.Null);
        none.GetProperty("realised_percent").ValueKind.Should().Be(JsonValueKind.Null);
        none.GetProperty("coverage_percent").ValueKind.Should().Be(JsonValueKind.Null);
        none.GetProperty("device_days").ValueKind.Should().Be(JsonValueKind.Null, "the folder has no devices.csv");
        none.GetProperty("outage_device_days").ValueKind.Should().Be(JsonValueKind.Null);
        rows[1].GetProperty("shortfall").GetProperty("outage").ValueKind.Should().Be(JsonValueKind.Null, "without devices the outage part is not applicable");
        none.GetProperty("capacity").ValueKind.Should().Be(JsonValueKind.Null);
        none.GetProperty("utilisation").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Forecast_BuiltInScenario_GivesADatePerKecamatan()
    {
        var text = CliHarness.Invoke(["forecast", "--lang", "en"]);
        text.ExitCode.Should().Be(0, text.Stderr);
        text.Stdout.Should().Contain("as of 30 April 2012").And.Contain("Sukamulya").And.Contain("complete on");

        var json = CliHarness.Invoke(["forecast", "--format", "json", "--as-of", "2012-04-30"]);
        json.ExitCode.Should().Be(0, json.Stderr);
        using var doc = JsonDocument.Parse(json.Stdout);
        doc.RootElement.GetProperty("as_of").GetString().Should().Be("2012-04-30");
        doc.RootElement.GetProperty("total").GetProperty("code").GetString().Should().Be("36.03");
        doc.RootElement.GetProperty("kecamatan").GetArrayLength().Should().Be(29);
        doc.RootElement.GetProperty("kecamatan").EnumerateArray().Should().OnlyContain(k => k.GetProperty("status").GetString() == "forecast");
    }

    [Fact]
    public void Help_ExitsZero()
    {
        var result = CliHarness.Invoke(["--help"]);
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("report").And.Contain("allocate").And.Contain("forecast");
    }
}
