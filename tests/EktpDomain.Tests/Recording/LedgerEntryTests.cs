using System;
using EktpDomain.Recording;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Recording;

public sealed class LedgerEntryTests
{
    private static readonly LocalDate Day = new(2012, 4, 10);
    private static readonly RegionCode SepatanTimur = new(36, 3, 30);
    private static readonly LedgerEntry Lost = new(Day, SepatanTimur, LedgerEntryKind.Lost, 1_738, "K-30-1");

    [Theory]
    [InlineData(LedgerEntryKind.Recorded, 40)]
    [InlineData(LedgerEntryKind.Rerecorded, 40)]
    [InlineData(LedgerEntryKind.Lost, -40)]
    public void NetEffect_IsTheCount_LessForALoss(LedgerEntryKind kind, long expected) =>
        new LedgerEntry(Day, SepatanTimur, kind, 40).NetEffect.Should().Be(expected);

    [Fact]
    public void ToString_ReadsAsTheLedgerLine()
    {
        Lost.ToString().Should().Be("2012-04-10 36.03.30 lost 1738 (device K-30-1)");
        new LedgerEntry(Day, SepatanTimur, LedgerEntryKind.Recorded, 5).ToString().Should().Be("2012-04-10 36.03.30 recorded 5");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Device_Blank_IsNone(string device) =>
        new LedgerEntry(Day, SepatanTimur, LedgerEntryKind.Recorded, 5, device).Should().Be(new LedgerEntry(Day, SepatanTimur, LedgerEntryKind.Recorded, 5));

    [Fact]
    public void Equality_HoldsForTheSameFields()
    {
        var same = new LedgerEntry(Day, SepatanTimur, LedgerEntryKind.Lost, 1_738, "K-30-1");

        (Lost == same).Should().BeTrue();
        (Lost != same).Should().BeFalse();
        Lost.Equals((object)same).Should().BeTrue();
        Lost.GetHashCode().Should().Be(same.GetHashCode());
        new LedgerEntry(Day, SepatanTimur, LedgerEntryKind.Lost, 1_738).GetHashCode()
            .Should().Be(new LedgerEntry(Day, SepatanTimur, LedgerEntryKind.Lost, 1_738).GetHashCode());
    }

    public static TheoryData<LedgerEntry> OneFieldOff() =>
    [
        new LedgerEntry(Day.PlusDays(1), SepatanTimur, LedgerEntryKind.Lost, 1_738, "K-30-1"),
        new LedgerEntry(Day, new RegionCode(36, 3, 6), LedgerEntryKind.Lost, 1_738, "K-30-1"),
        new LedgerEntry(Day, SepatanTimur, LedgerEntryKind.Recorded, 1_738, "K-30-1"),
        new LedgerEntry(Day, SepatanTimur, LedgerEntryKind.Lost, 1_737, "K-30-1"),
        new LedgerEntry(Day, SepatanTimur, LedgerEntryKind.Lost, 1_738, "k-30-1"),
        new LedgerEntry(Day, SepatanTimur, LedgerEntryKind.Lost, 1_738),
    ];

    [Theory]
    [MemberData(nameof(OneFieldOff))]
    public void Equality_FailsWhenAnyOneFieldDiffers(LedgerEntry other)
    {
        (Lost == other).Should().BeFalse();
        (Lost != other).Should().BeTrue();
        Lost.Equals(other).Should().BeFalse();
        Lost.Equals((object)other).Should().BeFalse();
    }

    [Fact]
    public void Equals_AnotherType_IsFalse() => Lost.Equals("2012-04-10 36.03.30 lost 1738 (device K-30-1)").Should().BeFalse();

    [Fact]
    public void Constructor_UndefinedKind_NamesTheKinds()
    {
        var act = () => new LedgerEntry(Day, SepatanTimur, (LedgerEntryKind)9, 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind").WithMessage("The kind must be Recorded, Lost or Rerecorded.*");
    }

    [Fact]
    public void Constructor_NegativeCount_NamesTheEntryAndTheCount()
    {
        var act = () => new LedgerEntry(Day, SepatanTimur, LedgerEntryKind.Recorded, -3);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count")
            .WithMessage("A ledger count cannot be negative, but the recorded entry of 2012-04-10 at 36.03.30 has -3.*");
    }

    [Fact]
    public void Constructor_NotAKecamatan_IsRefused()
    {
        var act = () => new LedgerEntry(Day, new RegionCode(36, 3), LedgerEntryKind.Recorded, 1);

        act.Should().Throw<ArgumentException>().WithParameterName("kecamatan");
    }
}
