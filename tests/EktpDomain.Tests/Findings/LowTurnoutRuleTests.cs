using System;
using System.Linq;
using EktpDomain.Findings;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Findings;

/// <summary>R12 <c>low-turnout</c>: below 60 % of at least 100 invited, at its boundaries, configurable, in both languages.</summary>
public class LowTurnoutRuleTests
{
    private static RecordingData Data(params (RegionCode Kecamatan, long Invited, long Attended)[] rows)
    {
        var population = EligiblePopulation.CreateBuilder().Add(Sukamulya, 41_000).Add(SepatanTimur, 52_000).Build();
        var ledger = RecordingLedger.CreateBuilder(population.KecamatanCodes).Build();
        var invitations = InvitationLog.CreateBuilder(population.KecamatanCodes);
        foreach (var (kecamatan, invited, attended) in rows)
        {
            invitations.Add(Apr(2), kecamatan, invited, attended, SourceLocation.None);
        }

        return new RecordingData(population, ledger) { Invitations = invitations.Build() };
    }

    private static Finding[] Evaluate(RecordingData data, LowTurnoutRule? rule = null) =>
        [.. (rule ?? new LowTurnoutRule()).Evaluate(new IncidentRuleContext(data, April))];

    [Theory]
    [InlineData(10_000, 5_999, true)]
    [InlineData(10_000, 6_000, false)]
    [InlineData(100, 59, true)]
    [InlineData(99, 0, false)]
    [InlineData(100, 60, false)]
    public void Threshold60Percent_AtLeast100Invited(long invited, long attended, bool reported)
    {
        var findings = Evaluate(Data((Sukamulya, invited, attended)));

        findings.Should().HaveCount(reported ? 1 : 0);
        if (reported)
        {
            findings[0].RuleId.Should().Be("low-turnout");
            findings[0].Severity.Should().Be(FindingSeverity.Warning);
            findings[0].Kecamatan.Should().Be(Sukamulya);
            findings[0].Device.Should().BeNull();
            ((LowTurnoutDetails)findings[0].Details).Invitations.Should().Be(new InvitationTotals(invited, attended));
        }
    }

    [Fact]
    public void Thresholds_AreConfigurable()
    {
        var data = Data((Sukamulya, 50, 30), (SepatanTimur, 1_000, 700));

        Evaluate(data, new LowTurnoutRule(thresholdPercent: 70.5m, minimumInvited: 50)).Select(f => f.Kecamatan).Should().Equal(Sukamulya, SepatanTimur);
        Evaluate(data, new LowTurnoutRule(thresholdPercent: 70, minimumInvited: 51)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100.1)]
    public void BadThreshold_Throws(decimal percent) =>
        FluentActions.Invoking(() => new LowTurnoutRule(percent)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("thresholdPercent");

    [Theory]
    [InlineData(100)]
    [InlineData(0.01)]
    public void ThresholdAtItsEdges_IsKept(decimal percent) =>
        new LowTurnoutRule(percent).ThresholdPercent.Should().Be(percent);

    [Fact]
    public void BadMinimum_AndNullContext_Throw()
    {
        FluentActions.Invoking(() => new LowTurnoutRule(minimumInvited: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimumInvited");
        FluentActions.Invoking(() => new LowTurnoutRule().Evaluate(null!)).Should().Throw<ArgumentNullException>().WithParameterName("context");
    }

    [Fact]
    public void WithoutInvitations_FindsNothing()
    {
        var population = EligiblePopulation.CreateBuilder().Add(Sukamulya, 41_000).Build();
        var data = new RecordingData(population, RecordingLedger.CreateBuilder(population.KecamatanCodes).Build());

        Evaluate(data).Should().BeEmpty();
    }

    [Fact]
    public void Message_InBothLanguages_NeverShowsTheTurnoutAsTheThreshold()
    {
        var finding = Evaluate(Data((Sukamulya, 7_800, 3_900)))[0];
        ReportText.English.FindingMessage(finding).Should().Be("Only 3,900 of 7,800 invited residents came in the window: a turnout of 50.0% (threshold: 60%).");
        ReportText.Indonesian.FindingMessage(finding).Should().Be("Hanya 3.900 dari 7.800 penduduk yang diundang datang dalam periode ini: kehadiran 50,0% (ambang: 60%).");
        ReportText.English.FindingAction(finding).Should().Contain("camat");
        ReportText.Indonesian.FindingAction(finding).Should().Contain("surat panggilan");

        // 59.96 % would round to 60.0: it shows with as many decimals as it takes to stay below the threshold.
        var close = Evaluate(Data((Sukamulya, 10_000, 5_996)))[0];
        ReportText.English.FindingMessage(close).Should().Contain("a turnout of 59.96% (threshold: 60%)");
        var closer = Evaluate(Data((Sukamulya, 100_000_000, 59_999_999)))[0];
        ReportText.English.FindingMessage(closer).Should().Contain("a turnout of 59.999999% (threshold: 60%)");
    }

    [Fact]
    public void Details_RejectATurnoutNotBelowTheThreshold()
    {
        FluentActions.Invoking(() => new LowTurnoutDetails(new InvitationTotals(100, 60), 60)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new LowTurnoutDetails(new InvitationTotals(0, 0), 60)).Should().Throw<ArgumentOutOfRangeException>();
        new LowTurnoutDetails(new InvitationTotals(100, 59), 60).TurnoutRatio.Should().Be(new Ratio(59, 100));
    }
}
