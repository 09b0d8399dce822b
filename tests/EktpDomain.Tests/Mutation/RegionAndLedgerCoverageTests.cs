using System;
using EktpDomain.Recording;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Mutation;

/// <summary>Region code parsing messages and ledger aggregate look-ups by region.</summary>
public class RegionAndLedgerCoverageTests
{
    private const string Expected =
        "Expected PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD (Kemendagri), the undotted NIK form such as PPKKCC, or 0 for the nation.";

    private static readonly RegionCode Kresek = Support.DeviceFixtures.Kresek;

    [Theory]
    [InlineData("1.2.3.4.5", "'1.2.3.4.5' is not a region code: it has more than four parts. " + Expected)]
    [InlineData("36.3", "'36.3' is not a region code: the regency part '3' must have exactly 2 digits. " + Expected)]
    [InlineData("36.03.06.0001", "'36.03.06.0001' is not a region code: a village part starts with 1 (kelurahan), 2 (desa) or 3 (desa adat), not 0. " + Expected)]
    [InlineData("36030", "'36030' is not a region code: an undotted code has 2, 4, 6 or 10 digits, not 5. " + Expected)]
    [InlineData("3600", "'3600' is not a region code: the regency part cannot be 00. " + Expected)]
    public void Parse_Invalid_ThrowsFormatExceptionWithExactMessage(string text, string message)
    {
        var act = () => RegionCode.Parse(text);

        act.Should().ThrowExactly<FormatException>().Which.Message.Should().Be(message);
    }

    [Theory]
    [InlineData("36.03.06.2001", 36, 3, 6, 2001)]
    [InlineData("36.03.06", 36, 3, 6, 0)]
    [InlineData("360306", 36, 3, 6, 0)]
    [InlineData("3603", 36, 3, 0, 0)]
    public void Parse_Valid_GivesTheParts(string text, int province, int regency, int kecamatan, int village)
    {
        var code = RegionCode.Parse(text);

        code.ProvincePart.Should().Be(province);
        code.RegencyPart.Should().Be(regency);
        code.KecamatanPart.Should().Be(kecamatan);
        code.VillagePart.Should().Be(village);
    }

    [Fact]
    public void AggregateGetTotals_ByKecamatanRegionOrVillage()
    {
        var april = new DateInterval(new LocalDate(2012, 4, 1), new LocalDate(2012, 4, 30));
        var kronjo = new RegionCode(36, 3, 7);
        var aggregate = new LedgerAggregate([Kresek, kronjo], [april], [new LedgerTotals(10, 2, 1), new LedgerTotals(5, 0, 0)]);

        aggregate.GetTotals(Kresek, 0).Should().Be(new LedgerTotals(10, 2, 1));
        aggregate.GetTotals(new RegionCode(36, 3), 0).Should().Be(new LedgerTotals(15, 2, 1));
        aggregate.GetTotals(new RegionCode(36, 1), 0).Should().Be(LedgerTotals.Zero);

        var unknown = () => aggregate.GetTotals(new RegionCode(36, 3, 8), 0);
        var thrown = unknown.Should().ThrowExactly<ArgumentException>().Which;
        thrown.ParamName.Should().Be("region");
        thrown.Message.Should().Be("Kecamatan '36.03.08' is not in this aggregate, which holds 2 kecamatan. (Parameter 'region')");

        var village = () => aggregate.GetTotals(new RegionCode(36, 3, 6, 2001), 0);
        village.Should().ThrowExactly<ArgumentException>().Which.Message.Should().Be(
            "The aggregate is kept per kecamatan; '36.03.06.2001' is a village code. Use its kecamatan, 36.03.06. (Parameter 'region')");
    }
}
