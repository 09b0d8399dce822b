using System;
using System.Globalization;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Recording;

/// <summary>R20: one published cumulative figure of a kecamatan or a kabupaten/kota, and every way it is refused.</summary>
public class CoverageSnapshotTests
{
    private const string LevelRule = "; a snapshot is of a kecamatan (PP.KK.CC) or a kabupaten/kota (PP.KK).";
    private const string AgreeRule = "; the three figures must agree (eligible = recorded + not recorded).";

    [Fact]
    public void Constructor_KeepsEveryFigure()
    {
        var snapshot = new CoverageSnapshot(Sukamulya, Apr(30), 41_000, 6_300, 34_700);

        snapshot.Region.Should().Be(Sukamulya);
        snapshot.Date.Should().Be(Apr(30));
        snapshot.Eligible.Should().Be(41_000);
        snapshot.Recorded.Should().Be(6_300);
        snapshot.NotRecorded.Should().Be(34_700);
        snapshot.IsOverCoverage.Should().BeFalse();
    }

    [Fact]
    public void Constructor_AcceptsAKabupatenKota_AndOmittedNotRecorded()
    {
        var snapshot = new CoverageSnapshot(Regency, Apr(30), 2_000_000, 1_250_000);

        snapshot.Region.Should().Be(new RegionCode(36, 3));
        snapshot.NotRecorded.Should().BeNull();
        snapshot.CoveragePercent.Should().Be(62.5m, "1,250,000 ÷ 2,000,000 = 0.625");
    }

    public static TheoryData<RegionCode, string> NotKecamatanOrKabupaten => new()
    {
        { new RegionCode(36, 3, 27, 2001), "'36.03.27.2001' is a village code" + LevelRule },
        { new RegionCode(36), "'36' is a province code" + LevelRule },
        { RegionCode.Nation, "'0' is a nation code" + LevelRule },
    };

    [Theory]
    [MemberData(nameof(NotKecamatanOrKabupaten))]
    public void Constructor_RegionNeitherKecamatanNorKabupaten_ThrowsArgumentExceptionNamingIt(RegionCode region, string message) =>
        ExactArgumentErrors.Throws<ArgumentException>(
            () => _ = new CoverageSnapshot(region, Apr(30), 100, 10),
            "region",
            message + " (Parameter 'region')");

    [Theory]
    [InlineData(-1, 0, "eligible", "eligible -1 is negative; it must be 0 or more.")]
    [InlineData(long.MinValue, 0, "eligible", "eligible -922337*********5808 is negative; it must be 0 or more.")]
    [InlineData(10, -5, "recorded", "recorded -5 is negative; it must be 0 or more.")]
    [InlineData(-1, -5, "eligible", "eligible -1 is negative; it must be 0 or more.")]
    public void Constructor_NegativeCount_ThrowsArgumentOutOfRange(long eligible, long recorded, string paramName, string message) =>
        ExactArgumentErrors.Throws<ArgumentOutOfRangeException>(
            () => _ = new CoverageSnapshot(Sukamulya, Apr(30), eligible, recorded),
            paramName,
            $"{message} (Parameter '{paramName}')");

    [Fact]
    public void Constructor_NegativeRecordedWithNotRecorded_IsStillTheNegativeCountError() =>
        ExactArgumentErrors.Throws<ArgumentOutOfRangeException>(
            () => _ = new CoverageSnapshot(Sukamulya, Apr(30), 10, -5, 15),
            "recorded",
            "recorded -5 is negative; it must be 0 or more. (Parameter 'recorded')");

    [Theory]
    [InlineData(100, 60, 30, "eligible 100 is not recorded 60 + not recorded 30" + AgreeRule)]
    [InlineData(100, 60, 41, "eligible 100 is not recorded 60 + not recorded 41" + AgreeRule)]
    [InlineData(100, 110, -5, "eligible 100 is not recorded 110 + not recorded -5" + AgreeRule)]
    [InlineData(0, 0, -1, "eligible 0 is not recorded 0 + not recorded -1" + AgreeRule)]
    [InlineData(5, 0, long.MinValue, "eligible 5 is not recorded 0 + not recorded -922337*********5808" + AgreeRule)]
    public void Constructor_EligibleNotRecordedPlusNotRecorded_ThrowsArgumentException(long eligible, long recorded, long notRecorded, string message) =>
        ExactArgumentErrors.Throws<ArgumentException>(
            () => _ = new CoverageSnapshot(Sukamulya, Apr(30), eligible, recorded, notRecorded),
            "notRecorded",
            message + " (Parameter 'notRecorded')");

    [Fact]
    public void Constructor_RecordedPlusNotRecordedBeyond64Bits_IsADisagreement_NotAnOverflow()
    {
        // long.MaxValue + 1 does not fit: it must be reported as figures that do not agree, never as an OverflowException.
        ExactArgumentErrors.Throws<ArgumentException>(
            () => _ = new CoverageSnapshot(Sukamulya, Apr(30), long.MaxValue, long.MaxValue, 1),
            "notRecorded",
            "eligible 922337*********5807 is not recorded 922337*********5807 + not recorded 1" + AgreeRule + " (Parameter 'notRecorded')");
        ExactArgumentErrors.Throws<ArgumentException>(
            () => _ = new CoverageSnapshot(Regency, Apr(30), 0, 1, long.MaxValue),
            "notRecorded",
            "eligible 0 is not recorded 1 + not recorded 922337*********5807" + AgreeRule + " (Parameter 'notRecorded')");
    }

    [Fact]
    public void Constructor_AgreeingFiguresAtTheLimit_AreAccepted()
    {
        var snapshot = new CoverageSnapshot(Sukamulya, Apr(30), long.MaxValue, long.MaxValue - 1, 1);

        snapshot.NotRecorded.Should().Be(1);
        snapshot.IsOverCoverage.Should().BeFalse();
    }

    [Fact]
    public void Constructor_OverCoverage_WithAgreeingNegativeNotRecorded_IsAccepted()
    {
        var snapshot = new CoverageSnapshot(Sukamulya, Apr(30), 100, 110, -10);

        snapshot.NotRecorded.Should().Be(-10);
        snapshot.IsOverCoverage.Should().BeTrue();
        snapshot.CoverageRatio.Should().Be(new Ratio(11, 10));
        snapshot.CoveragePercent.Should().Be(110m, "over-coverage may exceed 100 %");
    }

    [Fact]
    public void Constructor_OverCoverage_WithoutNotRecorded_IsAccepted()
    {
        var snapshot = new CoverageSnapshot(Sukamulya, Apr(30), 100, 250);

        snapshot.NotRecorded.Should().BeNull();
        snapshot.IsOverCoverage.Should().BeTrue();
        snapshot.CoverageRatio.Should().Be(new Ratio(5, 2));
        snapshot.CoveragePercent.Should().Be(250m);
    }

    [Theory]
    [InlineData(100, 99, false)]
    [InlineData(100, 100, false)]
    [InlineData(100, 101, true)]
    [InlineData(0, 0, false)]
    [InlineData(0, 1, true)]
    public void IsOverCoverage_IsRecordedAboveEligible(long eligible, long recorded, bool expected) =>
        new CoverageSnapshot(Sukamulya, Apr(30), eligible, recorded).IsOverCoverage.Should().Be(expected);

    [Theory]
    [InlineData(41_000, 6_300, 63, 410)]
    [InlineData(8, 1, 1, 8)]
    [InlineData(4, 3, 3, 4)]
    [InlineData(100, 0, 0, 1)]
    [InlineData(100, 100, 1, 1)]
    public void CoverageRatio_IsExactRecordedOverEligible(long eligible, long recorded, long numerator, long denominator) =>
        new CoverageSnapshot(Sukamulya, Apr(30), eligible, recorded).CoverageRatio.Should().Be(new Ratio(numerator, denominator));

    [Theory]
    [InlineData(8, 1, "12.5")]
    [InlineData(4, 3, "75")]
    [InlineData(100, 0, "0")]
    [InlineData(200, 201, "100.5")]
    [InlineData(1, 1_000, "100000")]
    public void CoveragePercent_IsRecordedOverEligibleTimes100(long eligible, long recorded, string expected) =>
        new CoverageSnapshot(Sukamulya, Apr(30), eligible, recorded).CoveragePercent.Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void CoverageRatioAndPercent_AreNull_WhenNobodyIsEligible(long recorded)
    {
        var snapshot = new CoverageSnapshot(Sukamulya, Apr(30), 0, recorded);

        snapshot.CoverageRatio.Should().BeNull();
        snapshot.CoveragePercent.Should().BeNull();
    }

    [Fact]
    public void ToString_NamesRegionDateAndCounts_InEveryCulture()
    {
        var snapshot = new CoverageSnapshot(Sukamulya, Apr(30), 41_000, 6_300, 34_700);
        using (CultureScope.Use("id-ID"))
        {
            snapshot.ToString().Should().Be("36.03.27 on 2012-04-30: 6300 of 41000 recorded");
        }

        new CoverageSnapshot(Regency, new LocalDate(2011, 12, 31), 1_234_567, 0).ToString().Should().Be("36.03 on 2011-12-31: 0 of 1234567 recorded");
    }

    [Fact]
    public void Equality_ComparesEveryField()
    {
        var snapshot = new CoverageSnapshot(Sukamulya, Apr(30), 100, 60, 40);

        ValueContract.AssertEquality(snapshot, new CoverageSnapshot(Sukamulya, Apr(30), 100, 60, 40), new CoverageSnapshot(Sukamulya, Apr(30), 100, 60), (a, b) => a == b, (a, b) => a != b);
        snapshot.Should().NotBe(new CoverageSnapshot(SepatanTimur, Apr(30), 100, 60, 40));
        snapshot.Should().NotBe(new CoverageSnapshot(Sukamulya, Apr(29), 100, 60, 40));
        snapshot.Should().NotBe(new CoverageSnapshot(Sukamulya, Apr(30), 101, 60, 41));
        snapshot.Should().NotBe(new CoverageSnapshot(Sukamulya, Apr(30), 100, 61, 39));
    }

    [Fact]
    public void Default_IsTheNationOnTheFirstDayOfYearOne_WithNobody()
    {
        var snapshot = default(CoverageSnapshot);

        snapshot.Region.Should().Be(RegionCode.Nation);
        snapshot.Date.Should().Be(new LocalDate(1, 1, 1));
        snapshot.Eligible.Should().Be(0);
        snapshot.Recorded.Should().Be(0);
        snapshot.NotRecorded.Should().BeNull();
        snapshot.CoveragePercent.Should().BeNull();
    }

    /// <summary>
    /// A village code with a negative count: the message is the region's (the first check), so the exception should be
    /// the region's too. It is an <see cref="ArgumentOutOfRangeException"/> naming <c>eligible</c> while its message
    /// speaks of the region.
    /// </summary>
    [Fact]
    public void Constructor_BadRegionAndNegativeCount_ParameterAgreesWithTheMessage() =>
        ExactArgumentErrors.Throws<ArgumentException>(
            () => _ = new CoverageSnapshot(new RegionCode(36, 3, 27, 2001), Apr(30), -1, 0),
            "region",
            "'36.03.27.2001' is a village code" + LevelRule + " (Parameter 'region')");

    /// <summary>
    /// R11: a message that echoes input masks any run of 12 or more digits, such as a NIK pasted into a count column.
    /// The builder's problems are masked (through <see cref="DataProblem"/>), but the constructor's exceptions are not.
    /// </summary>
    [Theory]
    [InlineData(-3603274107950001L, 0L, null)]
    [InlineData(10L, 3603274107950001L, -5L)]
    public void Constructor_NikUsedAsACount_IsMaskedInTheMessage(long eligible, long recorded, long? notRecorded)
    {
        var act = () => new CoverageSnapshot(Sukamulya, Apr(30), eligible, recorded, notRecorded);

        act.Should().Throw<ArgumentException>().Which.Message.Should().NotContain("3603274107950001").And.Contain("360327******0001");
    }
}
