using System;
using EktpDomain.Recording;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Recording;

/// <summary>The entry kinds as ledger.csv spells them (docs/data-folder.md).</summary>
public class LedgerNamesTests
{
    [Fact]
    public void Kind_NamesEveryValueInOrder()
    {
        LedgerNames.Kind.All.Should().Equal("recorded", "lost", "rerecorded");
        LedgerNames.Kind.All.Should().HaveCount(Enum.GetValues<LedgerEntryKind>().Length);
        LedgerNames.Kind.Format(LedgerEntryKind.Rerecorded).Should().Be("rerecorded");
        LedgerNames.Kind.TryParse("LOST", out var kind).Should().BeTrue();
        kind.Should().Be(LedgerEntryKind.Lost);
        LedgerNames.Kind.TryParse("re-recorded", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(LedgerEntryKind.Recorded, "recorded")]
    [InlineData(LedgerEntryKind.Lost, "lost")]
    [InlineData(LedgerEntryKind.Rerecorded, "rerecorded")]
    public void LedgerEntry_SpellsItsKindByTheNames(LedgerEntryKind kind, string name)
    {
        var entry = new LedgerEntry(new LocalDate(2012, 4, 10), RegionCode.Parse("36.03.30"), kind, 5);

        entry.ToString().Should().Be($"2012-04-10 36.03.30 {name} 5");
    }
}
