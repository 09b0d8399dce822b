using System;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests;

public sealed class SourceLocationTests
{
    [Theory]
    [InlineData("ledger.csv", 0, "ledger.csv")]
    [InlineData("ledger.csv", 12, "ledger.csv:12")]
    public void ToString_OfAFile_IsFileColonLine_OrTheFileAlone(string file, int line, string expected) =>
        new SourceLocation(file, line).ToString().Should().Be(expected);

    [Theory]
    [InlineData(0, "ledger.xlsx:April")]
    [InlineData(7, "ledger.xlsx:April!7")]
    public void ToString_OfASheet_NamesTheSheet(int row, string expected) =>
        SourceLocation.InSheet("ledger.xlsx", "April", row).ToString().Should().Be(expected);

    [Fact]
    public void None_IsTheDefault_AndPrintsNothing()
    {
        SourceLocation.None.Should().Be(default(SourceLocation));
        SourceLocation.None.IsKnown.Should().BeFalse();
        SourceLocation.None.ToString().Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(40_000)]
    public void WithLine_KeepsTheFile_AndMovesTheLine(int line)
    {
        var moved = new SourceLocation("ledger.csv", 3).WithLine(line);

        moved.Should().Be(new SourceLocation("ledger.csv", line));
        moved.Sheet.Should().BeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void WithLine_KeepsTheSheet(int row) =>
        SourceLocation.InSheet("ledger.xlsx", "April", 2).WithLine(row).Should().Be(SourceLocation.InSheet("ledger.xlsx", "April", row));

    [Fact]
    public void WithLine_OfNone_SaysThereIsNoFile()
    {
        var act = () => SourceLocation.None.WithLine(4);

        act.Should().Throw<InvalidOperationException>().WithMessage("*None*no file*");
    }

    [Fact]
    public void WithLine_BelowZero_NamesTheLine()
    {
        var act = () => SourceLocation.InSheet("ledger.xlsx", "April", 2).WithLine(-1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("line");
    }

    [Fact]
    public void Equality_ComparesFileSheetAndLine()
    {
        var a = SourceLocation.InSheet("ledger.xlsx", "April", 2);

        a.Should().Be(SourceLocation.InSheet("ledger.xlsx", "April", 2));
        (a == SourceLocation.InSheet("ledger.xlsx", "April", 2)).Should().BeTrue();
        (a != SourceLocation.InSheet("ledger.xlsx", "May", 2)).Should().BeTrue();
        a.Should().NotBe(new SourceLocation("ledger.xlsx", 2));
        a.GetHashCode().Should().Be(SourceLocation.InSheet("ledger.xlsx", "April", 2).GetHashCode());
    }
}
