using EktpDomain.Attainment;
using EktpDomain.Findings;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Attainment;

/// <summary>Attainment from cumulative snapshots (R21–R23): the same report, fed by differences between snapshots.</summary>
public partial class AttainmentReportTests
{
    private static readonly LocalDate March31 = new(2012, 3, 31);

    private static RecordingData FromSnapshots(params (RegionCode Code, LocalDate Date, long Eligible, long Recorded)[] rows)
    {
        var builder = CoverageSeries.CreateBuilder();
        foreach (var (code, date, eligible, recorded) in rows)
        {
            builder.Add(date, code, eligible, recorded);
        }

        return RecordingData.FromSnapshots(builder.Build());
    }

    [Fact]
    public void Calculate_FromSnapshots_RealisesTheDifferenceBetweenTheEdges()
    {
        var data = FromSnapshots(
            (Sukamulya, March31, 41_000, 20_000), (Sukamulya, Apr(30), 41_000, 26_300),
            (Kresek, March31, 40_000, 10_000), (Kresek, Apr(30), 40_000, 13_520));

        var report = AttainmentReport.Calculate(data, April);

        var sukamulya = report[Sukamulya];
        sukamulya.Realised.Should().Be(6_300, "26,300 at the end less 20,000 just before the window");
        sukamulya.Totals.Should().Be(new LedgerTotals(6_300, 0, 0));
        sukamulya.Adjustment.Should().Be(0);
        sukamulya.Target.Should().Be(6_150);
        sukamulya.Met.Should().BeTrue();
        sukamulya.Band.Should().Be(AttainmentBand.Met);
        sukamulya.Rank.Should().Be(1);
        sukamulya.Coverage.Should().Be(26_300);
        sukamulya.CoveragePercent.Should().Be(26_300m * 100 / 41_000);
        sukamulya.Backlog.Should().Be(0);
        sukamulya.Snapshots!.Status.Should().Be(SnapshotRealisationStatus.Known);
        sukamulya.Snapshots.StartLagDays.Should().Be(1, "the window starts on 2 April, so the day before is 1 April and the snapshot is of 31 March");
        sukamulya.Snapshots.EndLagDays.Should().Be(0);

        var kresek = report[Kresek];
        kresek.Realised.Should().Be(3_520);
        kresek.Band.Should().Be(AttainmentBand.Behind);
        kresek.Shortfall.Should().Be(2_480);
        kresek.ShortfallAttribution.DataLoss.Should().Be(0, "snapshots know of no losses");
        kresek.ShortfallAttribution.Outage.Should().BeNull("there is no device inventory");
        kresek.ShortfallAttribution.Demand.Should().Be((Ratio)2_480);

        report.Summary.Realised.Should().Be(6_300 + 3_520);
        report.Summary.RealisationUnknown.Should().Be(0);
        ReportText.English.Headline(report.Summary).Should().Be("Only 1 of 2 kecamatan met the 15% recording target");
    }

    [Fact]
    public void Calculate_FromOneCumulativeSnapshotEach_ClaimsNothingWasMet()
    {
        // A published snapshot read on its own: 81-92 % recorded "in" April would meet every target if it were taken
        // as the month's realisation. Without a snapshot before the window, nothing is known of the month.
        var data = FromSnapshots(
            (Sukamulya, Apr(30), 23_861, 21_952),
            (Kresek, Apr(30), 5_037, 4_080),
            (Kronjo, Apr(30), 12_000, 10_200));

        var report = AttainmentReport.Calculate(data, April);

        report.Rows.Should().OnlyContain(r => r.Realised == null && !r.Met && !r.IsApplicable && r.Band == AttainmentBand.Unknown && r.Rank == null);
        report.Rows.Should().OnlyContain(r => r.Snapshots!.Status == SnapshotRealisationStatus.NoSnapshotBeforeStart);
        report[Kresek].Coverage.Should().Be(4_080, "the coverage at the window's end is still known");
        report.Summary.Met.Should().Be(0);
        report.Summary.Applicable.Should().Be(0);
        report.Summary.RealisationUnknown.Should().Be(3);
        report.Summary.Realised.Should().BeNull();
        report.Summary.MinRealisedPercent.Should().BeNull();
        ReportText.English.Headline(report.Summary).Should().Be(
            "No kecamatan can be assessed against the 15% recording target: the data gives no realisation for the period for any of the 3 kecamatan with a target");
        ReportText.Indonesian.Headline(report.Summary).Should().Be(
            "Tidak ada kecamatan yang dapat dinilai terhadap target perekaman 15%: data tidak memberi realisasi periode ini untuk 3 kecamatan yang bertarget");
    }

    [Fact]
    public void Calculate_AnUnknownRealisationWithoutATarget_IsNotApplicable_NotUnknown()
    {
        // No eligible residents, so no target (R2): not knowing its realisation leaves nothing to assess.
        var data = FromSnapshots((Sukamulya, Apr(30), 0, 0), (Kresek, Apr(30), 5_037, 4_080));

        var report = AttainmentReport.Calculate(data, April);

        (report[Sukamulya].Target, report[Sukamulya].Band).Should().Be((0L, AttainmentBand.NotApplicable));
        report[Kresek].Band.Should().Be(AttainmentBand.Unknown);
        report.Summary.RealisationUnknown.Should().Be(1);
        var alone = AttainmentReport.Calculate(FromSnapshots((Sukamulya, Apr(30), 0, 0)), April);
        var rolled = LevelReport.Create(alone, RegionLevel.Regency).Rows.Should().ContainSingle().Subject;
        (rolled.Target, rolled.Realised, rolled.Band).Should().Be((0L, (long?)null, AttainmentBand.NotApplicable));
        LevelReport.Create(report, RegionLevel.Regency).Rows.Should().ContainSingle().Which.Band.Should().Be(AttainmentBand.Unknown);
    }

    [Fact]
    public void Calculate_OnlyASnapshotBeforeTheWindow_RealisationUnknown_CoverageFromIt()
    {
        var data = FromSnapshots((Sukamulya, March31, 41_000, 20_000), (Kresek, March31, 40_000, 9_000), (Kresek, Apr(30), 40_000, 15_000));

        var report = AttainmentReport.Calculate(data, April);

        var row = report[Sukamulya];
        row.Snapshots!.Status.Should().Be(SnapshotRealisationStatus.NoSnapshotInWindow);
        row.Realised.Should().BeNull("a snapshot before the window says nothing of the window");
        row.Totals.Should().BeNull();
        row.Adjustment.Should().BeNull();
        row.Coverage.Should().Be(20_000);
        row.AttainmentPercent.Should().BeNull();
        row.RealisedPercent.Should().BeNull();
        row.Shortfall.Should().Be(0);
        row.ShortfallAttribution.HasShortfall.Should().BeFalse();
        row.ToString().Should().Be("36.03.27 Sukamulya: n/a/6150 Unknown");
        report.Summary.Applicable.Should().Be(1);
        report.Summary.Met.Should().Be(1);
        report.Summary.RealisationUnknown.Should().Be(1);
        ReportText.English.Headline(report.Summary).Should().Be("The only kecamatan met the 15% recording target (1 not assessed: realisation unknown)");
        ReportText.Indonesian.Headline(report.Summary).Should().Be("Satu-satunya kecamatan mencapai target perekaman 15% (1 tidak dinilai: realisasi tidak diketahui)");
    }

    [Fact]
    public void Calculate_ADecrease_IsAnAdjustment_NotNegativeRecordingNorDataLoss()
    {
        var data = FromSnapshots(
            (Sukamulya, March31, 41_000, 10_000),
            (Sukamulya, Apr(15), 41_000, 9_000),
            (Sukamulya, Apr(30), 41_000, 15_500));

        var row = AttainmentReport.Calculate(data, April)[Sukamulya];

        row.Realised.Should().Be(6_500, "the increase from 9,000 to 15,500");
        row.Adjustment.Should().Be(1_000, "cleansing removed 1,000 between 31 March and 15 April");
        (row.Realised - row.Adjustment).Should().Be(15_500 - 10_000);
        row.Totals!.Value.Lost.Should().Be(0);
        row.Met.Should().BeTrue();
    }

    [Fact]
    public void Calculate_EligibleChangesInTheWindow_TargetUsesTheStart_CoveragePercentTheEnd()
    {
        var data = FromSnapshots((Sukamulya, March31, 40_000, 10_000), (Sukamulya, Apr(30), 44_000, 16_000));

        var row = AttainmentReport.Calculate(data, April)[Sukamulya];

        row.Eligible.Should().Be(40_000, "the count in effect on 2 April is 31 March's");
        row.Target.Should().Be(6_000);
        row.EligibleAtEnd.Should().Be(44_000);
        row.CoveragePercent.Should().Be(16_000m * 100 / 44_000);
        row.RealisedPercent.Should().Be(6_000m * 100 / 40_000);
    }

    [Fact]
    public void Calculate_LedgerAndSnapshotKecamatanTogether_EachFromItsOwnSource()
    {
        var population = EligiblePopulation.CreateBuilder().Add(Sukamulya, 41_000).Add(Kresek, LocalDate.MinIsoValue, 40_000).Build();
        var ledger = RecordingLedger.CreateBuilder([Sukamulya, Kresek]).Add(Apr(10), Sukamulya, LedgerEntryKind.Recorded, 6_300, null, SourceLocation.None).Build();
        var series = CoverageSeries.CreateBuilder().Add(March31, Kresek, 40_000, 10_000).Add(Apr(30), Kresek, 40_000, 16_000).Build();
        var data = new RecordingData(population, ledger) { Snapshots = series };

        var report = AttainmentReport.Calculate(data, April);

        report[Sukamulya].Snapshots.Should().BeNull();
        report[Sukamulya].Realised.Should().Be(6_300);
        report[Sukamulya].Coverage.Should().Be(6_300);
        report[Kresek].Snapshots.Should().NotBeNull();
        report[Kresek].Realised.Should().Be(6_000);
        report[Kresek].Coverage.Should().Be(16_000);
        report.Summary.Realised.Should().Be(12_300);
        report.Summary.Met.Should().Be(2);
    }

    [Fact]
    public void RollUp_WithAnUnknownRealisation_HasNoTotalButCountsIt()
    {
        var data = FromSnapshots((Sukamulya, March31, 41_000, 20_000), (Sukamulya, Apr(30), 41_000, 26_300), (Kresek, Apr(30), 40_000, 30_000));

        var regency = AttainmentReport.Calculate(data, April).RollUp().Find(Regency)!;

        regency.Totals.Should().BeNull();
        regency.Realised.Should().BeNull();
        regency.AttainmentRatio.Should().BeNull();
        regency.RealisedPercent.Should().BeNull();
        regency.Target.Should().Be(6_150 + 6_000);
        regency.Applicable.Should().Be(1);
        regency.Met.Should().Be(1);
        regency.RealisationUnknown.Should().Be(1);
        regency.Find(Sukamulya)!.Realised.Should().Be(6_300);
    }

    [Fact]
    public void Findings_CoverageAboveEligible_IsAnInfoFinding_FromSnapshotsOrLedger()
    {
        var snapshots = FromSnapshots((Kronjo, March31, 30_000, 31_000), (Kronjo, Apr(30), 30_000, 33_000), (Sukamulya, Apr(30), 41_000, 41_000));
        var ledger = new ScenarioBuilder().Kecamatan(Kresek, 100).Recorded(Kresek, Apr(3), 101).Build();

        var fromSnapshots = AttainmentReport.Calculate(snapshots, April).Findings;
        var fromLedger = AttainmentReport.Calculate(ledger, April).Findings;

        fromSnapshots.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.RuleId == "over-coverage" && f.Severity == FindingSeverity.Info && f.Kecamatan == Kronjo && f.Date == Apr(30));
        var details = (OverCoverageDetails)fromSnapshots[0].Details;
        (details.Coverage, details.Eligible).Should().Be((33_000L, 30_000L));
        ReportText.English.FindingMessage(fromSnapshots[0]).Should().Be(
            "Coverage is 110.0% at the end of the window: 33,000 recorded of 30,000 eligible residents. Residents recorded at 16 or registered elsewhere, or an eligible count not yet updated, can cause this; it is not an input error.");
        ReportText.Indonesian.FindingMessage(fromSnapshots[0]).Should().StartWith("Cakupan 110,0% di akhir periode: 33.000 terekam dari 30.000 wajib KTP.");
        fromLedger.Should().ContainSingle(f => f.RuleId == "over-coverage").Which.Kecamatan.Should().Be(Kresek);
    }
}
