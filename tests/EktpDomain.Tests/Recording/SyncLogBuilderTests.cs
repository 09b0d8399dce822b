using System;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Recording;

/// <summary>The checks of a sync log's rows (R13): each problem once, at its row, and a rejected row never counted.</summary>
public class SyncLogBuilderTests
{
    private static SyncLogBuilder Builder(params string[] devices) => SyncLog.CreateBuilder([SepatanTimur, Solear], devices.Length == 0 ? null : devices);

    private static SourceLocation At(int line) => new("sync.csv", line);

    private static string[] Problems(SyncLogBuilder builder) => BuilderProblems.Of<SyncLog>(builder.TryBuild);

    [Fact]
    public void Add_AfterBuild_Throws()
    {
        var builder = Builder();
        builder.Add(Apr(2), SepatanTimur, "P1", 1, At(2)).Build();

        builder.Invoking(b => b.Add(Apr(3), SepatanTimur, "P1", 1, At(3))).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ARejectedRow_IsNotTheFirstOfItsSetAndDay()
    {
        // Had the rejected rows been kept, the rows after them would also be "a second row".
        var negative = Builder("P1").Add(Apr(2), SepatanTimur, "P1", -1, At(2)).Add(Apr(2), SepatanTimur, "P1", 5, At(3));
        var unknown = Builder("P1").Add(Apr(2), SepatanTimur, "X", 1, At(2)).Add(Apr(2), SepatanTimur, "X", 2, At(3));
        var blank = Builder().Add(Apr(2), SepatanTimur, " ", 1, At(2)).Add(Apr(2), SepatanTimur, null, 2, At(3));

        Problems(negative).Should().Equal("sync.csv:2: sent -1 is negative; it must be 0 or more.");
        Problems(unknown).Should().Equal(
            "sync.csv:2: unknown device 'X': it is not in the device inventory.",
            "sync.csv:3: unknown device 'X': it is not in the device inventory.");
        Problems(blank).Should().Equal(
            "sync.csv:2: the device is blank; a sync row needs the recording set that sent the records.",
            "sync.csv:3: the device is blank; a sync row needs the recording set that sent the records.");
    }

    [Fact]
    public void ASecondRow_NamesTheFirstOnlyWhenItsPlaceIsKnown()
    {
        var known = Builder().Add(Apr(2), SepatanTimur, "P1", 1, At(2)).Add(Apr(2), SepatanTimur, "P1", 2, At(3));
        var unknown = Builder().Add(Apr(2), SepatanTimur, "P1", 1, SourceLocation.None).Add(Apr(2), SepatanTimur, "P1", 2, At(3));

        Problems(known).Should().ContainSingle().Which.Should().StartWith("sync.csv:3: a second row for set P1 at ")
            .And.EndWith(" (sync.csv:2 has the first); give one row per date, kecamatan and set.");
        Problems(unknown).Should().ContainSingle().Which.Should().StartWith("sync.csv:3: a second row for set P1 at ")
            .And.NotContain("has the first").And.EndWith("; give one row per date, kecamatan and set.");
    }

    [Fact]
    public void SentCountsBeyond64Bits_AreAProblemAtTheRowThatPassesTheLimit()
    {
        var builder = Builder().Add(Apr(2), SepatanTimur, "P1", long.MaxValue, At(2)).Add(Apr(3), Solear, "P2", 0, At(3)).Add(Apr(3), SepatanTimur, "P1", 1, At(4));

        Problems(builder).Should().Equal("sync.csv:4: this row makes the log's sent counts sum beyond the 64-bit limit of about 9.2 × 10^18; check for a corrupt count.");
    }
}
