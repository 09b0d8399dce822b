using System;
using System.Linq;
using EktpDomain.Recording;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Recording;

public class EligiblePopulationTests
{
    [Fact]
    public void GetEligible_UsesLatestValueOnOrBeforePeriodStart()
    {
        var population = EligiblePopulation.CreateBuilder()
            .Add(GunungKaler, new LocalDate(2012, 1, 1), 33_000)
            .Add(GunungKaler, new LocalDate(2012, 8, 1), 34_262)
            .Build();

        population.GetEligible(GunungKaler, new LocalDate(2012, 4, 2)).Should().Be(33_000);
        population.GetEligible(GunungKaler, new LocalDate(2012, 8, 1)).Should().Be(34_262, "a value dated on the period start counts");
        population.GetEligible(GunungKaler, new LocalDate(2013, 1, 1)).Should().Be(34_262);
        population.GetEligible(GunungKaler, new LocalDate(2011, 6, 1)).Should().Be(33_000, "with no earlier value, the earliest is used");
    }

    [Fact]
    public void GetEligible_ParentIsSumOfChildren_NeverSummedOverTime()
    {
        var population = EligiblePopulation.CreateBuilder()
            .Add(GunungKaler, new LocalDate(2012, 1, 1), 30_000)
            .Add(GunungKaler, new LocalDate(2012, 8, 1), 34_262)
            .Add(Kronjo, 40_000)
            .Add(new RegionCode(36, 71, 1), 5)
            .Build();

        population.GetEligible(new RegionCode(36, 3), new LocalDate(2012, 9, 1)).Should().Be(34_262 + 40_000);
        population.GetEligible(new RegionCode(36), new LocalDate(2012, 9, 1)).Should().Be(34_262 + 40_000 + 5);
        population.GetEligible(RegionCode.Nation, new LocalDate(2012, 2, 1)).Should().Be(30_000 + 40_000 + 5);
        population.GetEligibleByKecamatan(new LocalDate(2012, 9, 1)).Should().Equal(40_000, 34_262, 5);
        population.KecamatanCodes.Should().Equal(Kronjo, GunungKaler, new RegionCode(36, 71, 1));
        population.GetHistory(GunungKaler).Select(h => h.Eligible).Should().Equal(30_000, 34_262);
    }

    [Fact]
    public void Build_ReportsNegativeDuplicateAndNonKecamatan()
    {
        var builder = EligiblePopulation.CreateBuilder()
            .Add(Kronjo, LocalDate.MinIsoValue, 10, new SourceLocation("kecamatan.csv", 2))
            .Add(Kronjo, LocalDate.MinIsoValue, 12, new SourceLocation("kecamatan.csv", 3))
            .Add(GunungKaler, LocalDate.MinIsoValue, -1, new SourceLocation("kecamatan.csv", 4))
            .Add(new RegionCode(36, 3), LocalDate.MinIsoValue, 1, new SourceLocation("kecamatan.csv", 5));

        var act = builder.Build;

        act.Should().Throw<DataValidationException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "kecamatan.csv:4: eligible count -1 for 36.03.32 is negative; it must be 0 or more.",
            "kecamatan.csv:5: '36.03' is a Regency code, but an eligible count belongs to a kecamatan code PP.KK.CC.",
            "kecamatan.csv:3: duplicate kecamatan 36.03.07: it already has an undated count at kecamatan.csv:2.");
    }

    [Fact]
    public void GetEligible_UnknownOrVillage_Throws()
    {
        var population = EligiblePopulation.CreateBuilder().Add(Kronjo, 1).Build();
        var unknown = () => population.GetEligible(GunungKaler, new LocalDate(2012, 4, 2));
        unknown.Should().Throw<ArgumentException>().WithMessage("Kecamatan '36.03.32' has no eligible count in this population.*");
        var village = () => population.GetEligible(new RegionCode(36, 3, 7, 2001), new LocalDate(2012, 4, 2));
        village.Should().Throw<ArgumentException>().WithMessage("*village code.*");
        population.Contains(Kronjo).Should().BeTrue();
        population.Contains(GunungKaler).Should().BeFalse();
    }

    [Fact]
    public void Build_CountsWhoseSumOverflows_AreRejectedNamingTheValue()
    {
        var builder = EligiblePopulation.CreateBuilder()
            .Add(Kronjo, LocalDate.MinIsoValue, long.MaxValue - 5, new SourceLocation("kecamatan.csv", 2))
            .Add(GunungKaler, LocalDate.MinIsoValue, 10, new SourceLocation("kecamatan.csv", 3));

        var act = builder.Build;

        act.Should().Throw<DataValidationException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "kecamatan.csv:3: eligible count 10 for 36.03.32 makes the eligible counts of all kecamatan sum beyond the 64-bit limit of about 9.2 × 10^18; check for a corrupt value.");
    }

    [Fact]
    public void GetEligible_SumsNearTheLimit_AreExact()
    {
        var population = EligiblePopulation.CreateBuilder().Add(Kronjo, long.MaxValue - 1).Add(GunungKaler, 1).Build();
        population.GetEligible(new RegionCode(36, 3), new LocalDate(2012, 4, 2)).Should().Be(long.MaxValue);
    }

    [Fact]
    public void Build_SumCheck_TakesEachKecamatansLargestCount_NotItsFirst()
    {
        // Kronjo's later count is its largest: with it, the two kecamatan sum beyond 64 bits.
        long half = (long.MaxValue / 2) + 1;
        var builder = EligiblePopulation.CreateBuilder()
            .Add(Kronjo, new LocalDate(2012, 1, 1), 1, new SourceLocation("kecamatan.csv", 2))
            .Add(Kronjo, new LocalDate(2012, 7, 1), half, new SourceLocation("kecamatan.csv", 3))
            .Add(Kronjo, new LocalDate(2013, 1, 1), 2, new SourceLocation("kecamatan.csv", 4))
            .Add(GunungKaler, new LocalDate(2012, 1, 1), half, new SourceLocation("kecamatan.csv", 5));

        // (A count of 19 digits is masked in the message like any long run of digits.)
        builder.Invoking(b => b.Build()).Should().Throw<DataValidationException>().Which.Problems.Should().ContainSingle()
            .Which.ToString().Should().Match("kecamatan.csv:5: eligible count * for 36.03.32 makes the eligible counts of all kecamatan sum beyond the 64-bit limit*");
    }

    [Fact]
    public void Build_Duplicate_OfACountWithNoKnownSource_SaysNoMore()
    {
        var builder = EligiblePopulation.CreateBuilder()
            .Add(Kronjo, new LocalDate(2012, 1, 1), 10, SourceLocation.None)
            .Add(Kronjo, new LocalDate(2012, 1, 1), 12, new SourceLocation("kecamatan.csv", 3));

        builder.Invoking(b => b.Build()).Should().Throw<DataValidationException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "kecamatan.csv:3: duplicate kecamatan 36.03.07: it already has a count dated 2012-01-01.");
    }

    [Fact]
    public void Build_PerRegency_RefusesAKecamatanCode_AndSaysTheLevel()
    {
        var builder = new EligiblePopulationBuilder(RegionLevel.Regency)
            .Add(Kronjo, LocalDate.MinIsoValue, 10, new SourceLocation("eligible.csv", 2))
            .Add(new RegionCode(36, 3), LocalDate.MinIsoValue, 10, new SourceLocation("eligible.csv", 3));

        builder.Invoking(b => b.Build()).Should().Throw<DataValidationException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "eligible.csv:2: '36.03.07' is a Kecamatan code, but this population is kept per kabupaten/kota (PP.KK).");
    }

    [Fact]
    public void Build_ARefusedCount_IsNotKept_SoItsCorrectionIsNoDuplicate()
    {
        var builder = EligiblePopulation.CreateBuilder()
            .Add(Kronjo, LocalDate.MinIsoValue, -1, new SourceLocation("kecamatan.csv", 2))
            .Add(Kronjo, LocalDate.MinIsoValue, 5, new SourceLocation("kecamatan.csv", 3));

        builder.Invoking(b => b.Build()).Should().Throw<DataValidationException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "kecamatan.csv:2: eligible count -1 for 36.03.07 is negative; it must be 0 or more.");
    }

    [Fact]
    public void GetHistory_OfAKecamatanWithoutACount_NamesIt()
    {
        var population = EligiblePopulation.CreateBuilder().Add(Kronjo, 1).Build();

        population.Invoking(p => p.GetHistory(GunungKaler)).Should().Throw<ArgumentException>().WithParameterName("kecamatan")
            .WithMessage("Kecamatan '36.03.32' has no eligible count in this population.*");
    }
}
