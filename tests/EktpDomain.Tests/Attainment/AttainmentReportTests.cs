using System;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using EktpDomain.Targets;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Attainment;

public partial class AttainmentReportTests
{
    private static readonly LocalDate April10 = new(2012, 4, 10);

    [Fact]
    public void Calculate_TheArticlesMonth_KecamatanExactlyAtFifteenPercentMeetsIt()
    {
        var data = new ScenarioBuilder()
            .Kecamatan(Sukamulya, 41_000).Recorded(Sukamulya, April10, 6_150)
            .Kecamatan(Kresek, 40_000).Recorded(Kresek, April10, 5_999)
            .Build();

        var report = AttainmentReport.Calculate(data, April);

        report.WorkingDays.Should().Be(20);
        var row = report[Sukamulya];
        row.Name.Should().Be("Sukamulya");
        row.Target.Should().Be(6_150);
        row.Realised.Should().Be(6_150);
        row.Met.Should().BeTrue();
        row.Band.Should().Be(AttainmentBand.Met);
        row.AttainmentPercent.Should().Be(100m);
        row.RealisedPercent.Should().Be(15m);
        row.Rank.Should().Be(1);

        var kresek = report[Kresek];
        kresek.Met.Should().BeFalse();
        kresek.Band.Should().Be(AttainmentBand.Near, "5,999 ÷ 6,000 is just below 1");
        kresek.Shortfall.Should().Be(1);
        kresek.Rank.Should().Be(2);

        report.Summary.Met.Should().Be(1);
        report.Summary.Applicable.Should().Be(2);
        report.Summary.Target.Should().Be(6_150 + 6_000);
        report.Summary.Realised.Should().Be(6_150 + 5_999);
        report.Summary.MinRealisedPercent.Should().Be(5_999m * 100 / 40_000);
        report.Summary.MaxRealisedPercent.Should().Be(15m);
        ReportText.Indonesian.Headline(report.Summary).Should().Be("Baru 1 dari 2 kecamatan mencapai target perekaman 15%");
        ReportText.English.Headline(report.Summary).Should().Be("Only 1 of 2 kecamatan met the 15% recording target");
    }

    [Fact]
    public void Calculate_ZeroEligible_IsNotApplicable_UnrankedAndLast()
    {
        var data = new ScenarioBuilder()
            .Kecamatan(Kronjo, 0)
            .Kecamatan(Kresek, 1_000).Recorded(Kresek, April10, 100)
            .Build();

        var report = AttainmentReport.Calculate(data, April);

        report.Rows.Select(r => r.Code).Should().Equal(Kresek, Kronjo);
        var row = report[Kronjo];
        row.Target.Should().Be(0);
        row.IsApplicable.Should().BeFalse();
        row.Met.Should().BeFalse();
        row.Band.Should().Be(AttainmentBand.NotApplicable);
        row.AttainmentPercent.Should().BeNull();
        row.AttainmentRatio.Should().BeNull();
        row.RealisedPercent.Should().BeNull();
        row.CoveragePercent.Should().BeNull();
        row.Rank.Should().BeNull();
        row.Shortfall.Should().Be(0);
        report.Summary.KecamatanCount.Should().Be(2);
        report.Summary.Applicable.Should().Be(1);
        ReportText.English.Headline(report.Summary).Should().Be("The only kecamatan did not meet the 15% recording target (1 without a target)");
        ReportText.Indonesian.Headline(report.Summary).Should().Be("Satu-satunya kecamatan belum mencapai target perekaman 15% (1 kecamatan tanpa target)");
    }

    [Fact]
    public void Calculate_LossesExceedRecordings_NegativeRealisationIsCritical()
    {
        var data = new ScenarioBuilder()
            .Kecamatan(SepatanTimur, 20_000)
            .Recorded(SepatanTimur, new LocalDate(2012, 3, 1), 8_000)
            .Recorded(SepatanTimur, April10, 1_000)
            .Lost(SepatanTimur, new LocalDate(2012, 4, 11), 1_738)
            .Rerecorded(SepatanTimur, new LocalDate(2012, 4, 20), 100)
            .Build();

        var row = AttainmentReport.Calculate(data, April)[SepatanTimur];

        row.Realised.Should().Be(1_000 - 1_738 + 100);
        row.Totals!.Value.Gross.Should().Be(1_100);
        row.Band.Should().Be(AttainmentBand.Critical);
        row.AttainmentPercent.Should().BeNegative();
        row.Coverage.Should().Be(8_000 + 1_000 - 1_738 + 100);
        row.CoveragePercent.Should().Be((8_000m + 1_000 - 1_738 + 100) * 100 / 20_000);
        row.Backlog.Should().Be(1_638);
        row.Shortfall.Should().Be(3_000 - (1_000 - 1_738 + 100));
    }

    [Fact]
    public void Calculate_MultiMonthProratedWindow()
    {
        var data = new ScenarioBuilder().Kecamatan(Kresek, 10_000).Recorded(Kresek, new LocalDate(2012, 5, 2), 3_111).Build();
        var window = new DateInterval(new LocalDate(2012, 4, 16), new LocalDate(2012, 6, 15));

        var prorated = AttainmentReport.Calculate(data, window, new AttainmentOptions { Prorating = TargetProrating.WorkingDays });
        var whole = AttainmentReport.Calculate(data, window);

        prorated[Kresek].Target.Should().Be(3_111);
        prorated[Kresek].Met.Should().BeTrue();
        whole[Kresek].Target.Should().Be(4_500);
        whole[Kresek].Met.Should().BeFalse();
        prorated.WorkingDays.Should().Be(11 + 21 + 11);
    }

    [Fact]
    public void Ranks_TiesShareARank_1_2_2_4()
    {
        var a = new RegionCode(36, 3, 1);
        var b = new RegionCode(36, 3, 2);
        var c = new RegionCode(36, 3, 3);
        var d = new RegionCode(36, 3, 4);
        var data = new ScenarioBuilder()
            .Kecamatan(a, 1_000).Recorded(a, April10, 150)
            .Kecamatan(b, 2_000).Recorded(b, April10, 200)   // 10 %
            .Kecamatan(c, 1_000).Recorded(c, April10, 100)   // 10 %: ties with b as an exact fraction
            .Kecamatan(d, 3_000).Recorded(d, April10, 90)
            .Build();

        var report = AttainmentReport.Calculate(data, April);

        report.Rows.Select(r => (r.Code, r.Rank)).Should().Equal((a, 1), (b, 2), (c, 2), (d, 4));
    }

    [Fact]
    public void Bands_AreExactWithInclusiveLowerBounds()
    {
        var bands = AttainmentBands.Default;
        bands.Classify(800, 1_000).Should().Be(AttainmentBand.Near);
        bands.Classify(799, 1_000).Should().Be(AttainmentBand.Behind);
        bands.Classify(500, 1_000).Should().Be(AttainmentBand.Behind);
        bands.Classify(499, 1_000).Should().Be(AttainmentBand.Critical);
        bands.Classify(1_000, 1_000).Should().Be(AttainmentBand.Met);
        bands.Classify(5_000, 1_000).Should().Be(AttainmentBand.Met, "attainment is not capped");
        bands.Classify(-5, 1_000).Should().Be(AttainmentBand.Critical);
        bands.Classify(0, 0).Should().Be(AttainmentBand.NotApplicable);
        // 4/5 exactly against 0.79999…: a double-rounded comparison could misplace it.
        bands.Classify(3_999_999_999, 5_000_000_000).Should().Be(AttainmentBand.Behind);
    }

    [Fact]
    public void Bands_AreConfigurable()
    {
        var strict = new AttainmentBands(new Ratio(9, 10), new Ratio(3, 4));
        strict.Classify(850, 1_000).Should().Be(AttainmentBand.Behind);
        var data = new ScenarioBuilder().Kecamatan(Kresek, 1_000).Recorded(Kresek, April10, 140).Build();
        AttainmentReport.Calculate(data, April, new AttainmentOptions { Bands = strict })[Kresek].Band.Should().Be(AttainmentBand.Near);
    }

    [Theory]
    [InlineData(1, 2, 3, 4)]
    [InlineData(1, 1, 1, 2)]
    [InlineData(1, 2, 1, 2)]
    [InlineData(2, 5, 1, 2)]
    public void Bands_InvalidBounds_Throw(long nearN, long nearD, long behindN, long behindD)
    {
        var act = () => new AttainmentBands(new Ratio(nearN, nearD), new Ratio(behindN, behindD));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Band bounds must satisfy 0 < behind < near < 1*.*");
    }

    [Fact]
    public void Headline_AllOrNoneOrNoTargetOrOtherPolicy()
    {
        var data = new ScenarioBuilder().Kecamatan(Kresek, 1_000).Recorded(Kresek, April10, 150).Build();
        ReportText.English.Headline(AttainmentReport.Calculate(data, April).Summary).Should().Be("The only kecamatan met the 15% recording target");
        ReportText.Indonesian.Headline(AttainmentReport.Calculate(data, April).Summary).Should().Be("Satu-satunya kecamatan mencapai target perekaman 15%");

        var share = AttainmentReport.Calculate(data, April, new AttainmentOptions { TargetPolicy = TargetPolicy.MonthlySharePercent(12.5m) }).Summary;
        ReportText.Indonesian.Headline(share).Should().Be("Satu-satunya kecamatan mencapai target perekaman 12,5%");
        ReportText.English.Headline(share).Should().Be("The only kecamatan met the 12.5% recording target");

        var fixedTarget = AttainmentReport.Calculate(data, April, new AttainmentOptions { TargetPolicy = TargetPolicy.Fixed(2_000) }).Summary;
        ReportText.English.Headline(fixedTarget).Should().Be("The only kecamatan did not meet its recording target");

        var none = AttainmentReport.Calculate(data, April, new AttainmentOptions { TargetPolicy = TargetPolicy.Fixed(0) }).Summary;
        ReportText.English.Headline(none).Should().Be("No kecamatan has a recording target (1 without a target)");
        ReportText.Indonesian.Headline(none).Should().Be("Tidak ada kecamatan dengan target perekaman (1 kecamatan tanpa target)");
        none.MinRealisedPercent.Should().BeNull();
    }

    [Fact]
    public void Calculate_LedgerWithEntriesOutsidePopulation_IsRejected()
    {
        var population = EktpDomain.Recording.EligiblePopulation.CreateBuilder().Add(Kresek, 10).Build();
        var ledger = EktpDomain.Recording.RecordingLedger.CreateBuilder([Kresek, Kronjo])
            .Add(new EktpDomain.Recording.LedgerEntry(April10, Kronjo, EktpDomain.Recording.LedgerEntryKind.Recorded, 5))
            .Build();

        var act = () => new RecordingData(population, ledger);

        act.Should().Throw<ArgumentException>().WithParameterName("ledger")
            .WithMessage("The ledger has entries for 1 kecamatan without an eligible count, so they would be left out of every report: 36.03.07.*");
    }

    [Fact]
    public void Indexer_UnknownKecamatan_Throws()
    {
        var report = AttainmentReport.Calculate(new ScenarioBuilder().Kecamatan(Kresek, 10).Build(), April);
        var act = () => report[Kronjo];
        act.Should().Throw<System.Collections.Generic.KeyNotFoundException>().WithMessage("Kecamatan '36.03.07' is not in this report.");
    }
}
