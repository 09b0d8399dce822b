using System.Text.Json;
using EktpDomain.Tests.Cli;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Import.Tests;

/// <summary>
/// <c>eligible.csv</c> (R22: a wajib-KTP count that changes, from its date on) and <c>codes.csv</c> (R24: codes that
/// change between Kemendagri editions), read with their Indonesian headings and every bad row at <c>FILE:LINE</c>.
/// </summary>
public class DataFolderEligibleAndCodesTests
{
    [Fact]
    public void EligibleCsv_DatedCounts_TheTargetUsesTheMonthsFirstDay_CoverageTheEnd()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", "code,name,eligible\n36.03.27,Sukamulya,40000\n");
        cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n2012-03-30,36.03.27,,recorded,10000\n2012-04-10,36.03.27,,recorded,6000\n");
        cli.Write("eligible.csv", "Kode Kecamatan,Berlaku Mulai,Jumlah Wajib KTP\n360327,2012-04-15,44000\n");

        var april = cli.RunOnFolder("report", "--month", "2012-04", "--format", "json");
        var may = cli.RunOnFolder("report", "--month", "2012-05", "--format", "json");

        april.ExitCode.Should().Be(0, april.Stderr);
        using var aprilJson = JsonDocument.Parse(april.Stdout);
        var row = aprilJson.RootElement.GetProperty("kecamatan")[0];
        row.GetProperty("eligible").GetInt64().Should().Be(40_000, "the undated count is in effect on 1 April");
        row.GetProperty("target").GetInt64().Should().Be(6_000);
        row.GetProperty("eligible_at_end").GetInt64().Should().Be(44_000, "the count of 15 April is in effect on 30 April");
        row.GetProperty("coverage_percent").GetDecimal().Should().Be(16_000m * 100 / 44_000);
        using var mayJson = JsonDocument.Parse(may.Stdout);
        mayJson.RootElement.GetProperty("kecamatan")[0].GetProperty("target").GetInt64().Should().Be(6_600, "15 % of 44,000 from May on");
    }

    [Fact]
    public void EligibleCsv_EveryBadRow_AtItsLine()
    {
        using var cli = new CliHarness();
        cli.WithValidBasics();
        string path = cli.Write("eligible.csv",
            "kecamatan,from,eligible\n" +
            "36.03.27,2012-04-15,44000\n" +
            "36.03.27,2012-04-15,45000\n" +
            "36.03.99,2012-04-15,100\n" +
            "36.03.30,2012-04-31,100\n" +
            "36.03.30,2012-04-15,-1\n");

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.ErrorLines.Should().Equal(
            $"{path}:3: duplicate kecamatan 36.03.27: it already has a count dated 2012-04-15 at {path}:2.",
            $"{path}:4: unknown kecamatan '36.03.99': it is not in the kecamatan list (kecamatan.csv or snapshots.csv).",
            $"{path}:5: malformed date '2012-04-31' in column 'from': expected a real date as YYYY-MM-DD.",
            $"{path}:6: eligible count -1 for 36.03.30 is negative; it must be 0 or more.");
    }

    [Fact]
    public void EligibleCsv_OnASnapshotDate_IsADuplicateNamingTheSnapshotRow()
    {
        using var cli = new CliHarness();
        string snapshots = cli.Write("snapshots.csv", "date,kecamatan,eligible,recorded\n2012-03-31,36.03.27,41000,20000\n2012-04-30,36.03.27,41000,26300\n");
        string eligible = cli.Write("eligible.csv", "kecamatan,from,eligible\n36.03.27,2012-04-30,41500\n");

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal($"{eligible}:2: duplicate kecamatan 36.03.27: it already has a count dated 2012-04-30 at {snapshots}:3.");
    }

    [Fact]
    public void CodesCsv_ARenamedKecamatan_KeepsItsRow_AndTheReportSaysWhereItRollsUp()
    {
        using var cli = new CliHarness();
        cli.Write("kecamatan.csv", "code,name,eligible\n36.03.05,Serpong (lama),40000\n36.74.01,Serpong,45000\n");
        cli.Write("ledger.csv", "date,kecamatan,device,kind,count\n2008-11-10,36.03.05,,recorded,5000\n2012-04-10,36.74.01,,recorded,7000\n");
        cli.Write("codes.csv", "Kode Lama,Kode Baru,Berlaku Mulai,Jenis\n360305,367401,2008-12-26,rename\n");

        var result = cli.RunOnFolder("report", "--month", "2012-04", "--lang", "en", "--width", "full");
        var before = cli.RunOnFolder("report", "--month", "2008-11", "--lang", "en", "--width", "full");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("36.03.05  Serpong (lama)");
        result.Stdout.Should().Contain("The only kecamatan met the 15% recording target (1 without a target)", "a retired code has no eligible residents, so no target, from its retirement");
        result.Stdout.Should().NotContain("over-coverage", "a retired code's coverage is history, not over-coverage");
        result.Stdout.Should().Contain("36.03.05 Serpong (lama) was renamed 36.74.01 from 26 December 2008; its figures roll up into 36.74 Kota Tangerang Selatan");
        before.ExitCode.Should().Be(0, before.Stderr);
        before.Stdout.Should().NotContain("was renamed", "in November 2008 the old code was still in effect");
    }

    [Fact]
    public void CodesCsv_EveryBadRow_AtItsLine()
    {
        using var cli = new CliHarness();
        cli.WithValidBasics();
        string path = cli.Write("codes.csv",
            "old,new,from,kind\n" +
            "36.03.05,36.74.01,2008-12-26,rename\n" +
            "36.03.05,36.74.02,2008-12-26,rename\n" +
            "36.03.06,36.03.06,2008-12-26,rename\n" +
            "36.03.07,36.74,2008-12-26,merge\n" +
            "36.03.08,36.74.03,2008-12-26,moved\n");

        var result = cli.RunOnFolder("report");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal(
            $"{path}:3: '36.03.05' has 2 new codes in a rename; only a split has more than one.",
            $"{path}:4: '36.03.06' cannot replace itself; list only codes that changed.",
            $"{path}:5: '36.03.07' and '36.74' must both be kecamatan codes (PP.KK.CC) or both kabupaten/kota codes (PP.KK).",
            $"{path}:6: unknown kind 'moved': use rename, merge, split.");
    }
}
