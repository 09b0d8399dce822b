using System;
using System.Linq;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Recording;

/// <summary>R12: the invitation log's totals over a window and a region, and every bad row at its source.</summary>
public class InvitationLogTests
{
    private static readonly RegionCode Sukamulya = new(36, 3, 27);
    private static readonly RegionCode SepatanTimur = new(36, 3, 30);
    private static readonly RegionCode Other = new(36, 71, 1);

    private static LocalDate Apr(int day) => new(2012, 4, day);

    private static SourceLocation Line(int line) => new("invitations.csv", line);

    [Fact]
    public void GetTotals_SumsTheRowsDatedInTheWindow_PerKecamatanAndRegion()
    {
        var log = InvitationLog.CreateBuilder([Sukamulya, SepatanTimur, Other])
            .Add(Apr(2), Sukamulya, 300, 290, Line(2))
            .Add(Apr(3), Sukamulya, 300, 150, Line(3))
            .Add(Apr(30), Sukamulya, 100, 100, Line(4))
            .Add(Apr(3), SepatanTimur, 400, 200, Line(5))
            .Add(Apr(3), Other, 1_000, 1, Line(6))
            .Build();

        log.Count.Should().Be(5);
        log.GetTotals(Sukamulya, new DateInterval(Apr(3), Apr(29))).Should().Be(new InvitationTotals(300, 150));
        log.GetTotals(Sukamulya, new DateInterval(Apr(2), Apr(30))).Should().Be(new InvitationTotals(700, 540));
        log.GetTotals(new RegionCode(36, 3), new DateInterval(Apr(1), Apr(30))).Should().Be(new InvitationTotals(1_100, 740));
        log.GetTotals(new RegionCode(36, 3, 1), new DateInterval(Apr(1), Apr(30))).Should().Be(default(InvitationTotals));
        log.GetTotals(Sukamulya, new DateInterval(Apr(4), Apr(29))).TurnoutRatio.Should().BeNull("nobody was invited");
    }

    [Fact]
    public void Totals_Turnout_IsExact()
    {
        var totals = new InvitationTotals(7_800, 3_900);

        totals.TurnoutRatio.Should().Be(new Ratio(1, 2));
        totals.TurnoutPercent.Should().Be(50m);
        totals.NoShows.Should().Be(3_900);
        totals.ToString().Should().Be("attended 3900 of 7800 invited");
    }

    [Theory]
    [InlineData(-1, 0, "invited")]
    [InlineData(0, -1, "attended")]
    [InlineData(10, 11, "attended")]
    public void Totals_BadCounts_NameTheCount(long invited, long attended, string name) =>
        FluentActions.Invoking(() => new InvitationTotals(invited, attended)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(name);

    [Theory]
    [InlineData(700, 540, true)]
    [InlineData(700, 541, false)]
    [InlineData(701, 540, false)]
    public void Totals_AreEqual_WhenBothCountsAre(long invited, long attended, bool equal)
    {
        var totals = new InvitationTotals(700, 540);
        var other = new InvitationTotals(invited, attended);

        totals.Equals(other).Should().Be(equal);
        totals.Equals((object)other).Should().Be(equal);
        (totals == other).Should().Be(equal);
        (totals != other).Should().Be(!equal);
        if (equal)
        {
            totals.GetHashCode().Should().Be(other.GetHashCode());
        }
    }

    [Fact]
    public void Builder_CollectsEveryProblem_AtItsSource()
    {
        var builder = InvitationLog.CreateBuilder([Sukamulya])
            .Add(Apr(2), new RegionCode(36, 3, 99), 10, 5, Line(2))
            .Add(Apr(2), Sukamulya, -10, 0, Line(3))
            .Add(Apr(2), Sukamulya, 10, -1, Line(4))
            .Add(Apr(2), Sukamulya, 10, 11, Line(5))
            .Add(Apr(2), Sukamulya, 10, 10, Line(6))
            .Add(Apr(2), Sukamulya, 20, 10, Line(7))
            .Add(Apr(3), new RegionCode(36, 3), 1, 1, Line(8));

        builder.Count.Should().Be(7);
        BuilderProblems.Of<InvitationLog>(builder.TryBuild).Should().Equal(
            "invitations.csv:2: unknown kecamatan '36.03.99': it is not in the kecamatan list.",
            "invitations.csv:3: invited -10 is negative; it must be 0 or more.",
            "invitations.csv:4: attended -1 is negative; it must be 0 or more.",
            "invitations.csv:5: attended 11 is more than invited 10; only invited residents count as attended.",
            "invitations.csv:7: a second row for 36.03.27 on 2012-04-02 (invitations.csv:6 has the first); give one row per kecamatan and date.",
            "invitations.csv:8: '36.03' is a Regency code, but an invitation row needs a kecamatan code PP.KK.CC, such as 36.03.27.");
        FluentActions.Invoking(() => builder.Build()).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Builder_TotalBeyond64Bits_IsAProblem_NotAnOverflow()
    {
        var builder = InvitationLog.CreateBuilder([Sukamulya])
            .Add(Apr(2), Sukamulya, long.MaxValue, 0, Line(2))
            .Add(Apr(3), Sukamulya, 1, 0, Line(3));

        FluentActions.Invoking(() => builder.Build()).Should().Throw<DataValidationException>()
            .Which.Problems.Should().ContainSingle().Which.ToString().Should().StartWith("invitations.csv:3: this row makes the log's invited counts sum beyond the 64-bit limit");
    }

    [Fact]
    public void AttendedEqualToInvited_IsValid()
    {
        var log = InvitationLog.CreateBuilder([Sukamulya]).Add(Apr(2), Sukamulya, 10, 10, SourceLocation.None).Build();

        log.GetTotals(Sukamulya, new DateInterval(Apr(2), Apr(2))).TurnoutRatio.Should().Be(Ratio.One);
        log.ToString().Should().Be("InvitationLog: 1 rows");
    }

    [Fact]
    public void Builder_ABadRow_IsOneProblem_EvenWhenRepeated()
    {
        var builder = InvitationLog.CreateBuilder([Sukamulya])
            .Add(Apr(2), new RegionCode(36, 3, 99), 10, 5, Line(2))
            .Add(Apr(2), new RegionCode(36, 3, 99), 10, 5, Line(3));

        builder.TryBuild(out _, out var problems).Should().BeFalse();
        problems.Select(p => p.ToString()).Should().Equal(
            "invitations.csv:2: unknown kecamatan '36.03.99': it is not in the kecamatan list.",
            "invitations.csv:3: unknown kecamatan '36.03.99': it is not in the kecamatan list.");
    }

    [Fact]
    public void Builder_SecondRow_AfterAFirstOfNoKnownSource_SaysNoMore()
    {
        var builder = InvitationLog.CreateBuilder([Sukamulya])
            .Add(Apr(2), Sukamulya, 10, 5, SourceLocation.None)
            .Add(Apr(2), Sukamulya, 10, 5, Line(3));

        builder.TryBuild(out _, out var problems).Should().BeFalse();
        problems.Should().ContainSingle().Which.ToString().Should().Be("invitations.csv:3: a second row for 36.03.27 on 2012-04-02; give one row per kecamatan and date.");
    }

    [Fact]
    public void Builder_NoneInvited_IsAValidRow()
    {
        var log = InvitationLog.CreateBuilder([Sukamulya]).Add(Apr(2), Sukamulya, 0, 0, Line(2)).Build();

        log.GetTotals(Sukamulya, new DateInterval(Apr(2), Apr(2))).Should().Be(default(InvitationTotals));
        log.Count.Should().Be(1);
    }

    [Fact]
    public void GetTotals_NullWindow_IsNamed() =>
        FluentActions.Invoking(() => InvitationLog.CreateBuilder([Sukamulya]).Build().GetTotals(Sukamulya, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("window");
}
