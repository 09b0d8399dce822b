using System;
using EktpDomain.Findings;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Findings;

/// <summary>R23 <c>over-coverage</c>: coverage above the eligible count at the end of the window is an info finding.</summary>
public class OverCoverageRuleTests
{
    private static Finding[] Evaluate(RecordingData data, DateInterval? window = null) =>
        [.. new OverCoverageRule().Evaluate(new IncidentRuleContext(data, window ?? April))];

    private static RecordingData Snapshots(params (LocalDate Date, long Eligible, long Recorded)[] rows)
    {
        var builder = CoverageSeries.CreateBuilder();
        foreach (var (date, eligible, recorded) in rows)
        {
            builder.Add(date, Kronjo, eligible, recorded);
        }

        return RecordingData.FromSnapshots(builder.Build());
    }

    [Theory]
    [InlineData(30_000, 30_000, false)]
    [InlineData(30_000, 30_001, true)]
    [InlineData(0, 1, true)]
    [InlineData(0, 0, false)]
    public void CoverageAboveEligible_AtTheEnd_IsReported(long eligible, long recorded, bool reported)
    {
        var findings = Evaluate(Snapshots((Apr(30), eligible, recorded)));

        findings.Should().HaveCount(reported ? 1 : 0);
        if (reported)
        {
            findings[0].Severity.Should().Be(FindingSeverity.Info);
            findings[0].Kecamatan.Should().Be(Kronjo);
            findings[0].Device.Should().BeNull();
            findings[0].Date.Should().Be(April.End);
            ((OverCoverageDetails)findings[0].Details).Coverage.Should().Be(recorded);
            ((OverCoverageDetails)findings[0].Details).Eligible.Should().Be(eligible);
        }
    }

    [Fact]
    public void TheEligibleCountAtTheEnd_IsCompared_NotTheOneAtTheStart()
    {
        // 31,000 recorded: above 30,000 eligible at the start, below 32,000 at the end.
        var findings = Evaluate(Snapshots((new LocalDate(2012, 3, 31), 30_000, 29_000), (Apr(30), 32_000, 31_000)));

        findings.Should().BeEmpty();
    }

    [Fact]
    public void CoverageNotKnownAtTheEnd_FindsNothing()
    {
        var findings = Evaluate(Snapshots((new LocalDate(2012, 5, 31), 100, 200)));

        findings.Should().BeEmpty("the only snapshot is after the window");
    }

    [Fact]
    public void Details_RejectCoverageNotAboveEligible_AndGiveTheRatio()
    {
        var notAbove = () => new OverCoverageDetails(100, 100);
        var negative = () => new OverCoverageDetails(1, -1);

        notAbove.Should().Throw<ArgumentOutOfRangeException>().WithMessage("An over-coverage finding needs more recorded than eligible residents, but has 100 recorded of 100.*");
        negative.Should().Throw<ArgumentOutOfRangeException>();
        new OverCoverageDetails(33, 30).CoverageRatio.Should().Be(new Ratio(11, 10));
        new OverCoverageDetails(1, 0).CoverageRatio.Should().BeNull();
    }

    [Fact]
    public void Words_InBothLanguages_WithoutAPercentWhenNobodyIsEligible()
    {
        var finding = Evaluate(Snapshots((Apr(30), 0, 5)))[0];

        ReportText.English.FindingMessage(finding).Should().StartWith("Coverage is n/a at the end of the window: 5 recorded of 0 eligible residents.");
        ReportText.Indonesian.FindingMessage(finding).Should().StartWith("Cakupan t/a di akhir periode: 5 terekam dari 0 wajib KTP.");
        ReportText.English.FindingAction(finding).Should().Be("Check the wajib-KTP count against the latest population data (DKB), and look for residents recorded here but registered elsewhere.");
        ReportText.Indonesian.FindingAction(finding).Should().Be("Cocokkan jumlah wajib KTP dengan data kependudukan terbaru (DKB), dan periksa penduduk yang direkam di sini tetapi terdaftar di daerah lain.");
    }
}
