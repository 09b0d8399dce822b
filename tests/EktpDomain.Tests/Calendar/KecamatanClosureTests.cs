using System;
using EktpDomain.Calendar;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Calendar;

public class KecamatanClosureTests
{
    private static readonly LocalDate Day = new(2012, 4, 10);

    [Fact]
    public void Constructor_ValidArguments_KeepsThem()
    {
        var closure = new KecamatanClosure(Sukamulya, Day, "Banjir");

        closure.Kecamatan.Should().Be(Sukamulya);
        closure.Date.Should().Be(Day);
        closure.Reason.Should().Be("Banjir");
        closure.ToString().Should().Be("36.03.27 2012-04-10: Banjir");
    }

    [Fact]
    public void Equality_ComparesKecamatanDateAndReason()
    {
        var value = new KecamatanClosure(Sukamulya, Day, "Banjir");
        var equal = new KecamatanClosure(new RegionCode(36, 3, 27), new LocalDate(2012, 4, 10), new string("Banjir".AsSpan()));
        KecamatanClosure[] different =
        [
            new(new RegionCode(36, 3, 1), Day, "Banjir"),
            new(Sukamulya, Day.PlusDays(1), "Banjir"),
            new(Sukamulya, Day, "banjir"),
        ];

        value.Equals(equal).Should().BeTrue();
        value.Equals((object)equal).Should().BeTrue();
        (value == equal).Should().BeTrue();
        (value != equal).Should().BeFalse();
        value.GetHashCode().Should().Be(equal.GetHashCode());
        IsEqualToNull(value).Should().BeFalse();
        value.Equals(new object()).Should().BeFalse();
        foreach (var other in different)
        {
            value.Equals(other).Should().BeFalse(other.ToString());
            (value == other).Should().BeFalse();
            (value != other).Should().BeTrue();
        }

        (value == null).Should().BeFalse();
        (null == value).Should().BeFalse();
        (value != null).Should().BeTrue();
        ((KecamatanClosure?)null == null).Should().BeTrue();
    }

    private static bool IsEqualToNull(KecamatanClosure closure) =>
        closure.Equals((KecamatanClosure?)null) || closure.Equals((object?)null);

    [Theory]
    [InlineData("36.03", "Regency")]
    [InlineData("36", "Province")]
    [InlineData("36.03.27.2001", "Village")]
    [InlineData("0", "Nation")]
    public void Constructor_NotAKecamatanCode_ThrowsArgumentException(string code, string level)
    {
        var act = () => new KecamatanClosure(RegionCode.Parse(code), Day, "Banjir");

        act.Should().Throw<ArgumentException>()
            .WithParameterName("kecamatan")
            .WithMessage($"'{code}' is a {level} code, but a kecamatan closure needs a kecamatan code PP.KK.CC, such as 36.03.27.*");
    }

    [Fact]
    public void Constructor_NullReason_ThrowsArgumentNullException()
    {
        var act = () => new KecamatanClosure(Sukamulya, Day, null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("reason");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankReason_ThrowsArgumentException(string reason)
    {
        var act = () => new KecamatanClosure(Sukamulya, Day, reason);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("reason")
            .WithMessage("The closure of kecamatan 36.03.27 on 2012-04-10 has an empty reason; say why the office is closed.*");
    }

    [Fact]
    public void Constructor_NonIsoDate_ThrowsArgumentException()
    {
        var act = () => new KecamatanClosure(Sukamulya, new LocalDate(2012, 3, 28, CalendarSystem.Julian), "Banjir");

        act.Should().Throw<ArgumentException>()
            .WithParameterName("date")
            .WithMessage("The date 2012-03-28 is in the Julian calendar*ISO dates only*");
    }
}
