using System;
using EktpDomain.Residents;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Residents;

public partial class EligibilityTests
{
    private static Resident Citizen(LocalDate birthDate, MaritalStatus status = MaritalStatus.NeverMarried) =>
        new(birthDate, Citizenship.Citizen, status);

    [Fact]
    public void IsEligible_OnTheSeventeenthBirthday_IsTrueByAge()
    {
        var resident = Citizen(new LocalDate(1995, 4, 15));

        Eligibility.IsEligible(resident, new LocalDate(2012, 4, 15)).Should().BeTrue();
        Eligibility.Evaluate(resident, new LocalDate(2012, 4, 15)).Should().Be(EligibilityReason.AgedSeventeenOrOver);
        Eligibility.AgeInYears(resident.GetBirthDate(), new LocalDate(2012, 4, 15)).Should().Be(17);
    }

    [Fact]
    public void IsEligible_TheDayBeforeTheSeventeenthBirthday_IsFalse()
    {
        var resident = Citizen(new LocalDate(1995, 4, 15));

        Eligibility.IsEligible(resident, new LocalDate(2012, 4, 14)).Should().BeFalse();
        Eligibility.Evaluate(resident, new LocalDate(2012, 4, 14)).Should().Be(EligibilityReason.UnderSeventeenAndNeverMarried);
        Eligibility.AgeInYears(resident.GetBirthDate(), new LocalDate(2012, 4, 14)).Should().Be(16);
    }

    [Theory]
    [InlineData(MaritalStatus.Married, EligibilityReason.Married)]
    [InlineData(MaritalStatus.Divorced, EligibilityReason.EverMarried)]
    [InlineData(MaritalStatus.Widowed, EligibilityReason.EverMarried)]
    public void IsEligible_UnderSeventeenButEverMarried_IsTrue(MaritalStatus status, EligibilityReason reason)
    {
        var sixteen = Citizen(new LocalDate(1996, 1, 1), status);

        Eligibility.AgeInYears(sixteen.GetBirthDate(), new LocalDate(2012, 4, 30)).Should().Be(16);
        Eligibility.IsEligible(sixteen, new LocalDate(2012, 4, 30)).Should().BeTrue();
        Eligibility.Evaluate(sixteen, new LocalDate(2012, 4, 30)).Should().Be(reason);
    }

    [Theory]
    [InlineData(MaritalStatus.NeverMarried)]
    [InlineData(MaritalStatus.Married)]
    [InlineData(MaritalStatus.Widowed)]
    public void Evaluate_SeventeenOrOver_GivesAgeFirst(MaritalStatus status)
    {
        var adult = Citizen(new LocalDate(1980, 1, 1), status);

        Eligibility.Evaluate(adult, new LocalDate(2012, 4, 30)).Should().Be(EligibilityReason.AgedSeventeenOrOver);
    }

    [Theory]
    [InlineData(1980, MaritalStatus.NeverMarried, true, EligibilityReason.AgedSeventeenOrOver)]
    [InlineData(1997, MaritalStatus.Married, true, EligibilityReason.Married)]
    [InlineData(1997, MaritalStatus.NeverMarried, false, EligibilityReason.UnderSeventeenAndNeverMarried)]
    public void IsEligible_ForeignerWithKitap_IsLikeACitizen(int birthYear, MaritalStatus status, bool eligible, EligibilityReason reason)
    {
        var resident = new Resident(new LocalDate(birthYear, 6, 1), Citizenship.ForeignerWithPermanentStayPermit, status);

        Eligibility.IsEligible(resident, new LocalDate(2012, 4, 30)).Should().Be(eligible);
        Eligibility.Evaluate(resident, new LocalDate(2012, 4, 30)).Should().Be(reason);
    }

    [Theory]
    [InlineData(1950, MaritalStatus.Married)]
    [InlineData(1980, MaritalStatus.NeverMarried)]
    [InlineData(1998, MaritalStatus.Widowed)]
    public void IsEligible_ForeignerWithoutKitap_IsNeverEligible(int birthYear, MaritalStatus status)
    {
        var resident = new Resident(new LocalDate(birthYear, 6, 1), Citizenship.OtherForeigner, status);

        Eligibility.IsEligible(resident, new LocalDate(2012, 4, 30)).Should().BeFalse();
        Eligibility.Evaluate(resident, new LocalDate(2012, 4, 30)).Should().Be(EligibilityReason.ForeignerWithoutPermanentStayPermit);
    }

    [Fact]
    public void TurnsSeventeenOn_BornOnTwentyNinthOfFebruary_IsTwentyEighthInACommonYear()
    {
        Eligibility.TurnsSeventeenOn(new LocalDate(2000, 2, 29)).Should().Be(new LocalDate(2017, 2, 28));
        Eligibility.TurnsSeventeenOn(new LocalDate(1996, 2, 29)).Should().Be(new LocalDate(2013, 2, 28));
        Eligibility.TurnsSeventeenOn(new LocalDate(1995, 4, 15)).Should().Be(new LocalDate(2012, 4, 15));
    }

    [Theory]
    [InlineData(2017, 2, 27, 16, false)]
    [InlineData(2017, 2, 28, 17, true)] // NodaTime: 2000-02-29 plus 17 years is 2017-02-28
    [InlineData(2017, 3, 1, 17, true)]
    public void IsEligible_BornOnTwentyNinthOfFebruary_EligibleFromTwentyEighthFebruary(int year, int month, int day, int age, bool eligible)
    {
        var leapling = Citizen(new LocalDate(2000, 2, 29));
        var date = new LocalDate(year, month, day);

        Eligibility.AgeInYears(leapling.GetBirthDate(), date).Should().Be(age);
        Eligibility.IsEligible(leapling, date).Should().Be(eligible);
    }

    [Theory]
    [InlineData(2016, 2, 28, 15)]
    [InlineData(2016, 2, 29, 16)] // in a leap year the birthday is the 29th itself
    [InlineData(2021, 2, 28, 21)]
    public void AgeInYears_BornOnTwentyNinthOfFebruary_InLeapAndCommonYears(int year, int month, int day, int age) =>
        Eligibility.AgeInYears(new LocalDate(2000, 2, 29), new LocalDate(year, month, day)).Should().Be(age);

    [Fact]
    public void AgeInYears_OnTheBirthDate_IsZero() =>
        Eligibility.AgeInYears(new LocalDate(2012, 4, 30), new LocalDate(2012, 4, 30)).Should().Be(0);

    [Fact]
    public void AgeInYears_DateBeforeBirth_ThrowsArgumentException()
    {
        var act = () => Eligibility.AgeInYears(new LocalDate(2012, 5, 1), new LocalDate(2012, 4, 30));

        act.Should().Throw<ArgumentException>()
            .WithParameterName("onDate")
            .WithMessage("The date 2012-04-30 is before the birth date 2012-05-01: no one has an age before they are born. Leave residents born after the date out of the population on that date.*");
    }

    [Fact]
    public void IsEligible_DateBeforeBirth_ThrowsArgumentException()
    {
        var married = new Resident(new LocalDate(2012, 5, 1), Citizenship.OtherForeigner, MaritalStatus.Married);

        var act = () => Eligibility.IsEligible(married, new LocalDate(2012, 4, 30));

        act.Should().Throw<ArgumentException>()
            .WithParameterName("onDate")
            .WithMessage("The date 2012-04-30 is before the birth date 2012-05-01*");
    }

    [Fact]
    public void IsEligible_NullResident_ThrowsArgumentNullException()
    {
        var act = () => Eligibility.IsEligible(null!, new LocalDate(2012, 4, 30));

        act.Should().Throw<ArgumentNullException>().WithParameterName("resident");
    }

    [Fact]
    public void AgeInYears_OtherCalendar_ThrowsArgumentException()
    {
        var act = () => Eligibility.AgeInYears(new LocalDate(2000, 1, 1), new LocalDate(2012, 4, 30, CalendarSystem.Julian));
        var turns = () => Eligibility.TurnsSeventeenOn(new LocalDate(2000, 1, 1, CalendarSystem.Julian));

        act.Should().Throw<ArgumentException>().WithParameterName("onDate").WithMessage("The date 2012-04-30 is in the Julian calendar, but the library takes ISO dates only*");
        turns.Should().Throw<ArgumentException>().WithParameterName("birthDate").WithMessage("The birth date * is in the Julian calendar, but the library takes ISO dates only*");
    }

    [Fact]
    public void Eligibility_UsesTheRegisterBirthDateNotTheNik()
    {
        // The NIK says 2000 (so 12 on 30 April 2012), but the register was corrected to 1990.
        var nik = Nik.Parse("3603270101000001", new LocalDate(2012, 4, 30));
        var resident = Resident.WithCorrectedBirthDate(new LocalDate(1990, 1, 1), Citizenship.Citizen, MaritalStatus.NeverMarried, nik);

        Eligibility.IsEligible(resident, new LocalDate(2012, 4, 30)).Should().BeTrue();
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(EligibilityGenerators)])]
    public bool Property_EligibleByAge_StaysEligibleOnEveryLaterDate(AgeSample sample)
    {
        var resident = Citizen(sample.BirthDate);
        var first = sample.BirthDate.PlusDays(sample.FirstOffset);
        var later = first.PlusDays(sample.LaterOffset);

        return !Eligibility.IsEligible(resident, first) || Eligibility.IsEligible(resident, later);
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(EligibilityGenerators)])]
    public bool Property_AgeSeventeenExactlyFromTurnsSeventeenOn(AgeSample sample)
    {
        var date = sample.BirthDate.PlusDays(sample.FirstOffset);
        var turns = Eligibility.TurnsSeventeenOn(sample.BirthDate);

        return (Eligibility.AgeInYears(sample.BirthDate, date) >= 17) == (date >= turns)
            && Eligibility.AgeInYears(sample.BirthDate, turns) == 17
            && Eligibility.AgeInYears(sample.BirthDate, turns.PlusDays(-1)) == 16;
    }
}

/// <summary>A birth date and two day offsets for monotonicity checks.</summary>
public sealed record AgeSample(LocalDate BirthDate, int FirstOffset, int LaterOffset);

/// <summary>FsCheck generators for ages, with extra weight on 29 February and on the days around the 17th birthday.</summary>
public static class EligibilityGenerators
{
    public static Arbitrary<AgeSample> Samples()
    {
        var anyBirth = Gen.Choose(0, 365 * 120).Select(d => new LocalDate(1900, 1, 1).PlusDays(d));
        var leapling = Gen.Choose(0, 30).Select(i => new LocalDate(1904 + (4 * i), 2, 29));
        var birth = Gen.Frequency((4, anyBirth), (1, leapling));
        var nearSeventeen = Gen.Choose((17 * 365) - 3, (17 * 365) + 8);
        var first = Gen.Frequency((2, Gen.Choose(0, 365 * 40)), (1, nearSeventeen));
        var gen =
            from b in birth
            from f in first
            from l in Gen.Frequency((1, Gen.Choose(0, 3)), (2, Gen.Choose(0, 365 * 30)))
            select new AgeSample(b, f, l);
        return gen.ToArbitrary();
    }
}
