using System;
using System.Linq;
using System.Text.Json;
using EktpDomain.Attainment;
using EktpDomain.Reporting;
using EktpDomain.Reporting.Json;
using EktpDomain.Tests.Support;
using FluentAssertions;
using FluentAssertions.Execution;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;
using static EktpDomain.Tests.Support.TwoProvinces;

namespace EktpDomain.Tests.Reporting.Json;

/// <summary>
/// The JSON of a report at a level and of a region (contract version 3): <c>level</c> and <c>region</c> after
/// <c>version</c>, the rows in <c>regions</c> with <c>kecamatan</c> empty, a summary that counts regions while its
/// kecamatan count, target and realisation stay the kecamatan's, and each finding's row; and the same read back.
/// </summary>
public class ReportJsonLevelTests
{
    private static readonly AttainmentReport Kecamatan = Report();

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static string BandCode(AttainmentBand band) => band switch
    {
        AttainmentBand.Met => "met",
        AttainmentBand.Near => "near",
        AttainmentBand.Behind => "behind",
        AttainmentBand.Critical => "critical",
        AttainmentBand.NotApplicable => "not-applicable",
        _ => "unknown",
    };

    [Fact]
    public void Fields_InTheContractsOrder()
    {
        var rolled = LevelReport.Create(Kecamatan.Within(Banten), RegionLevel.Regency);

        using var json = JsonDocument.Parse(ReportJson.Serialize(rolled, ReportText.English));
        var root = json.RootElement;

        Names(root).Should().Equal("version", "level", "region", "period", "target_percent", "kecamatan", "regions", "summary", "findings");
        Names(root.GetProperty("region")).Should().Equal("code", "name");
        Names(root.GetProperty("regions")[0]).Should().Equal(
            "code", "name", "data_coverage", "eligible", "eligible_at_end", "target", "recorded", "lost", "rerecorded", "realised", "adjustment",
            "realised_percent", "attainment", "band", "met", "rank", "kecamatan_met", "kecamatan_applicable", "coverage", "coverage_percent",
            "rerecording_backlog", "device_days", "outage_device_days", "capacity", "invited", "attended", "shortfall", "shortfall_parts");
        Names(root.GetProperty("regions")[0].GetProperty("shortfall_parts")).Should().Equal("data_loss", "outage", "demand", "service", "no_show", "not_invited");
        Names(root.GetProperty("summary")).Should().Equal(
            "kecamatan", "level", "region_count", "applicable", "met", "realisation_unknown", "target", "realised", "min_realised_percent",
            "max_realised_percent", "headline", "data_coverage", "notes");
        Names(root.GetProperty("findings")[0]).Should().StartWith(["rule", "severity", "kecamatan", "region"]).And.EndWith(["message", "action"]);
    }

    [Theory]
    [InlineData(RegionLevel.Regency, "kabupaten")]
    [InlineData(RegionLevel.Province, "provinsi")]
    [InlineData(RegionLevel.Nation, "nasional")]
    public void Serialize_ALevel_HasTheRowsInRegions_AndASummaryOfThem(RegionLevel level, string code)
    {
        var rolled = LevelReport.Create(Kecamatan, level);

        using var json = JsonDocument.Parse(ReportJson.Serialize(rolled, ReportText.English));
        var root = json.RootElement;

        root.GetProperty("version").GetInt32().Should().Be(ReportJson.ContractVersion).And.Be(3);
        root.GetProperty("level").GetString().Should().Be(code);
        root.GetProperty("region").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("kecamatan").GetArrayLength().Should().Be(0);
        root.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("code").GetString()).Should().Equal(rolled.Rows.Select(r => r.Code.ToString()));
        var summary = root.GetProperty("summary");
        summary.GetProperty("level").GetString().Should().Be(code);
        summary.GetProperty("region_count").GetInt32().Should().Be(rolled.Rows.Length);
        summary.GetProperty("kecamatan").GetInt32().Should().Be(Kecamatan.Rows.Length);
        summary.GetProperty("applicable").GetInt32().Should().Be(rolled.Rows.Count(r => r.IsApplicable));
        summary.GetProperty("met").GetInt32().Should().Be(rolled.Rows.Count(r => r.IsMet));
        summary.GetProperty("target").GetInt64().Should().Be(Kecamatan.Summary.Target);
        summary.GetProperty("realised").GetInt64().Should().Be(Kecamatan.Summary.Realised);
        summary.GetProperty("headline").GetString().Should().Be(ReportText.English.Headline(rolled.Summary));
        summary.GetProperty("data_coverage").GetProperty("region").GetString().Should().Be(Kecamatan.Summary.KecamatanCoverage.Region.ToString());
    }

    [Fact]
    public void ReadBack_EachRegionHoldsItsRollUp()
    {
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Regency);

        var dto = ReportJson.DeserializeReport(ReportJson.Serialize(rolled, ReportText.Indonesian));

        dto.Version.Should().Be(3);
        dto.Level.Should().Be("kabupaten");
        dto.Region.Should().BeNull();
        dto.Rows.Should().BeEmpty();
        dto.Regions.Should().HaveCount(rolled.Rows.Length);
        using var scope = new AssertionScope();
        foreach (var (region, row) in dto.Regions!.Zip(rolled.Rows))
        {
            (region.Code, region.Name).Should().Be((row.Code, row.Name));
            (region.Eligible, region.EligibleAtEnd, region.Target).Should().Be((row.Eligible, row.EligibleAtEnd, row.Target));
            (region.Recorded, region.Lost, region.Rerecorded, region.Realised, region.Adjustment).Should().Be((row.Totals!.Value.Recorded, row.Totals.Value.Lost, row.Totals.Value.Rerecorded, row.Realised, row.Adjustment));
            (region.RealisedPercent, region.Attainment).Should().Be((row.RealisedPercent, row.AttainmentRatio?.ToDecimal()));
            (region.Band, region.Met, region.Rank).Should().Be((BandCode(row.Band), row.IsMet, row.Rank));
            (region.KecamatanMet, region.KecamatanApplicable).Should().Be((row.Met, row.Applicable));
            (region.Coverage, region.CoveragePercent, region.RerecordingBacklog).Should().Be((row.Coverage, row.CoveragePercent, row.Backlog));
            (region.DeviceDays, region.OutageDeviceDays, region.Capacity).Should().Be((row.DeviceDays, row.OutageDeviceDays, row.Capacity));
            (region.Invited, region.Attended).Should().Be((row.Invitations?.Invited, row.Invitations?.Attended));
            region.Shortfall.Should().Be(row.Shortfall.Shortfall);
            var parts = region.ShortfallParts;
            (parts.DataLoss, parts.Outage, parts.Demand).Should().Be((row.Shortfall.DataLoss, row.Shortfall.Outage, row.Shortfall.Demand));
            (parts.Service, parts.NoShow, parts.NotInvited).Should().Be((row.Shortfall.Service, row.Shortfall.NoShow, row.Shortfall.NotInvited));
            region.DataCoverage.Region.Should().Be(row.Code);
            (region.DataCoverage.KecamatanCount, region.DataCoverage.Catalogued, region.DataCoverage.Partial).Should().Be((row.KecamatanCoverage.Covered, row.KecamatanCoverage.Catalogued, row.KecamatanCoverage.IsPartial));
            region.DataCoverage.Label.Should().Be(ReportText.Indonesian.CoverageLabel(row.KecamatanCoverage));
        }

        (dto.Summary.Level, dto.Summary.RegionCount, dto.Summary.KecamatanCount).Should().Be(("kabupaten", rolled.Rows.Length, Kecamatan.Rows.Length));
        (dto.Summary.Applicable, dto.Summary.Met, dto.Summary.RealisationUnknown).Should().Be((rolled.Summary.Applicable, rolled.Summary.Met, rolled.Summary.RealisationUnknown));
        (dto.Summary.MinRealisedPercent, dto.Summary.MaxRealisedPercent).Should().Be((rolled.Summary.MinRealisedPercent, rolled.Summary.MaxRealisedPercent));
    }

    [Fact]
    public void Findings_EachNamesTheRowItsKecamatanCountsIn()
    {
        var rolled = LevelReport.Create(Kecamatan, RegionLevel.Province);

        var dto = ReportJson.DeserializeReport(ReportJson.Serialize(rolled, ReportText.English));

        dto.Findings.Select(f => (f.KecamatanCode, f.Region)).Should().Equal(Kecamatan.Findings.Select(f => (f.Kecamatan, (RegionCode?)f.Kecamatan.Province)));
        dto.Findings.Select(f => f.Rule).Should().Equal(Kecamatan.Findings.Select(f => f.RuleId), "all the findings, in report order: --findings cuts only the text");
    }

    [Fact]
    public void Serialize_ARegion_NamesIt_AndCoversIt()
    {
        var banten = Kecamatan.Within(Banten);

        using var byRegency = JsonDocument.Parse(ReportJson.Serialize(LevelReport.Create(banten, RegionLevel.Regency), ReportText.English));
        using var byKecamatan = JsonDocument.Parse(ReportJson.Serialize(banten, ReportText.English));

        foreach (var root in (JsonElement[])[byRegency.RootElement, byKecamatan.RootElement])
        {
            root.GetProperty("region").GetProperty("code").GetString().Should().Be("36");
            root.GetProperty("region").GetProperty("name").GetString().Should().Be("Banten");
            var coverage = root.GetProperty("summary").GetProperty("data_coverage");
            coverage.GetProperty("region").GetString().Should().Be("36");
            coverage.GetProperty("kecamatan_count").GetInt32().Should().Be(banten.Rows.Length);
            coverage.GetProperty("partial").GetBoolean().Should().BeTrue();
        }

        byKecamatan.RootElement.GetProperty("level").GetString().Should().Be("kecamatan");
        byKecamatan.RootElement.GetProperty("kecamatan").GetArrayLength().Should().Be(banten.Rows.Length);
    }

    [Fact]
    public void Serialize_TheKecamatanLevel_HasNoRegionsKey_AndNoRegionOnFindings()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(Kecamatan, ReportText.English));
        var root = json.RootElement;

        root.GetProperty("level").GetString().Should().Be("kecamatan");
        root.TryGetProperty("regions", out _).Should().BeFalse();
        root.GetProperty("summary").GetProperty("level").GetString().Should().Be("kecamatan");
        root.GetProperty("summary").GetProperty("region_count").GetInt32().Should().Be(Kecamatan.Rows.Length).And.Be(root.GetProperty("summary").GetProperty("kecamatan").GetInt32());
        root.GetProperty("findings").EnumerateArray().Should().OnlyContain(f => !f.EnumerateObject().Any(p => p.Name == "region"));
        var dto = ReportJson.DeserializeReport(root.GetRawText());
        (dto.Level, dto.Regions).Should().Be(("kecamatan", null));
        dto.Findings.Should().OnlyContain(f => f.Region == null);
    }

    [Fact]
    public void Serialize_DataKeptPerKabupatenKota_ItsOwnLevelIsKabupaten_AndByProvinceProvinsi()
    {
        var report = AttainmentReport.Calculate(PerKabupatenKota(), April);

        var own = ReportJson.DeserializeReport(ReportJson.Serialize(report, ReportText.English));
        var provinces = ReportJson.DeserializeReport(ReportJson.Serialize(LevelReport.Create(report, RegionLevel.Province), ReportText.English));

        (own.Level, own.Summary.Level, own.Regions).Should().Be(("kabupaten", "kabupaten", null));
        own.Rows.Should().HaveCount(report.Rows.Length);
        (provinces.Level, provinces.Summary.Level, provinces.Summary.RegionCount, provinces.Summary.KecamatanCount).Should().Be(("provinsi", "provinsi", 2, report.Rows.Length));
        provinces.Regions!.Select(r => r.DataCoverage.Label).Should().OnlyContain(l => l.EndsWith(" kabupaten/kota", StringComparison.Ordinal));
    }

    [Fact]
    public void Serialize_ARegionOfUnknownRealisation_NullsWhatIsNotKnown()
    {
        var report = AttainmentReport.Calculate(WithUnknownKotaTangerang(), April);
        var rolled = LevelReport.Create(report, RegionLevel.Regency);

        var dto = ReportJson.DeserializeReport(ReportJson.Serialize(rolled, ReportText.English));

        var kota = dto.Regions!.Single(r => r.Code == KotaTangerang);
        (kota.Recorded, kota.Realised, kota.Adjustment, kota.RealisedPercent, kota.Attainment, kota.Rank).Should().Be(((long?)null, (long?)null, (long?)null, (decimal?)null, (decimal?)null, (int?)null));
        (kota.Band, kota.Met, kota.Coverage).Should().Be(("unknown", false, (long?)(20_000 + 9_000)));
        dto.Summary.Realised.Should().BeNull();
        dto.Summary.RealisationUnknown.Should().Be(1);
        dto.Summary.Notes.Should().Equal(ReportNotes.For(report, ReportText.English));
    }

    [Fact]
    public void Serialize_WithoutInvitations_ThePartsOfDemandAreNull()
    {
        var data = new ScenarioBuilder()
            .Kecamatan(Cileunyi, 10_000).Recorded(Cileunyi, Apr(10), 1_000)
            .Kecamatan(Balaraja, 10_000).Recorded(Balaraja, Apr(10), 2_000)
            .Build();
        var rolled = LevelReport.Create(AttainmentReport.Calculate(data, April), RegionLevel.Province);

        var dto = ReportJson.DeserializeReport(ReportJson.Serialize(rolled, ReportText.English));

        dto.Regions!.Should().OnlyContain(r => r.Invited == null && r.ShortfallParts.Service == null && r.ShortfallParts.NoShow == null && r.ShortfallParts.NotInvited == null);
        dto.Regions!.Single(r => r.Code == JawaBarat).ShortfallParts.Outage.Should().BeNull("Cileunyi missed by 500, with no inventory to say why");
        dto.Regions!.Single(r => r.Code == JawaBarat).Shortfall.Should().Be(500);
    }

    [Fact]
    public void Serialize_AtTheDataLevel_IsTheKecamatanReport()
    {
        var perRegency = AttainmentReport.Calculate(PerKabupatenKota(), April);

        ReportJson.Serialize(LevelReport.Create(Kecamatan, RegionLevel.Kecamatan), ReportText.English).Should().Be(ReportJson.Serialize(Kecamatan, ReportText.English), "regions are written only for a level above the data's own");
        ReportJson.Serialize(LevelReport.Create(Kecamatan.Within(Banten), RegionLevel.Kecamatan), ReportText.Indonesian).Should().Be(ReportJson.Serialize(Kecamatan.Within(Banten), ReportText.Indonesian));
        ReportJson.Serialize(LevelReport.Create(perRegency, RegionLevel.Regency), ReportText.English).Should().Be(ReportJson.Serialize(perRegency, ReportText.English));
    }

    [Fact]
    public void Serialize_AKecamatanInNoRowOfTheLevel_TheSummarysTargetAndRealisationStayTheKecamatans()
    {
        // Cisoka, split between two kabupaten/kota, counts in Banten but in neither of them (R24).
        var report = AttainmentReport.Calculate(SplitBetweenRegencies(), April);

        var dto = ReportJson.DeserializeReport(ReportJson.Serialize(LevelReport.Create(report, RegionLevel.Regency), ReportText.English));

        (dto.Summary.Target, dto.Summary.Realised, dto.Summary.KecamatanCount).Should().Be((report.Summary.Target, report.Summary.Realised, report.Rows.Length));
        dto.Summary.RegionCount.Should().Be(2);
        dto.Findings.Where(f => f.KecamatanCode == new RegionCode(36, 3, 5)).Should().NotBeEmpty().And.OnlyContain(f => f.Region == null, "no row holds Cisoka");
    }

    [Fact]
    public void Serialize_NullArguments_Throw()
    {
        ExactArgumentErrors.Throws<ArgumentNullException>(() => ReportJson.Serialize((LevelReport)null!, ReportText.English), "report", "Value cannot be null. (Parameter 'report')");
        ExactArgumentErrors.Throws<ArgumentNullException>(() => ReportJson.Serialize(LevelReport.Create(Kecamatan, RegionLevel.Province), null!), "text", "Value cannot be null. (Parameter 'text')");
    }
}
