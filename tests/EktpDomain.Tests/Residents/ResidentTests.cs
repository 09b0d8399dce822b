using System;
using EktpDomain.Residents;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Residents;

public class ResidentTests
{
    [Fact]
    public void Constructor_KeepsTheValues()
    {
        var nik = Nik.Parse("3603305508850002", new LocalDate(2012, 4, 30));

        var resident = new Resident(new LocalDate(1985, 8, 15), Citizenship.ForeignerWithPermanentStayPermit, MaritalStatus.Divorced, nik);

        resident.GetBirthDate().Should().Be(new LocalDate(1985, 8, 15));
        resident.Citizenship.Should().Be(Citizenship.ForeignerWithPermanentStayPermit);
        resident.MaritalStatus.Should().Be(MaritalStatus.Divorced);
        resident.Nik.Should().Be(nik);
        new Resident(new LocalDate(1985, 8, 15), Citizenship.Citizen, MaritalStatus.Married).Nik.Should().BeNull();
    }

    [Fact]
    public void ToString_MasksTheNikAndLeavesOutTheBirthDate()
    {
        var nik = Nik.Parse("3603305508850002", new LocalDate(2012, 4, 30));
        var resident = new Resident(new LocalDate(1985, 8, 15), Citizenship.Citizen, MaritalStatus.Married, nik);

        resident.ToString().Should().Be("Resident 360330******0002, Citizen, Married");
        resident.ToString().Should().NotContain("3603305508850002").And.NotContain("1985").And.NotContain("550885");
        $"{resident}".Should().Be("Resident 360330******0002, Citizen, Married");
    }

    [Fact]
    public void ToString_WithoutNik_SaysSo() =>
        new Resident(new LocalDate(1985, 8, 15), Citizenship.OtherForeigner, MaritalStatus.NeverMarried)
            .ToString().Should().Be("Resident (no NIK), OtherForeigner, NeverMarried");

    [Fact]
    public void Constructor_UndefinedCitizenship_Throws()
    {
        var act = () => new Resident(new LocalDate(1985, 8, 15), (Citizenship)3, MaritalStatus.Married);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("citizenship")
            .WithMessage("The citizenship must be Citizen, ForeignerWithPermanentStayPermit or OtherForeigner.*");
    }

    [Fact]
    public void Constructor_UndefinedMaritalStatus_Throws()
    {
        var act = () => new Resident(new LocalDate(1985, 8, 15), Citizenship.Citizen, (MaritalStatus)(-1));

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("maritalStatus")
            .WithMessage("The marital status must be NeverMarried, Married, Divorced or Widowed.*");
    }

    [Fact]
    public void Constructor_OtherCalendar_Throws()
    {
        var act = () => new Resident(new LocalDate(1985, 8, 15, CalendarSystem.Julian), Citizenship.Citizen, MaritalStatus.Married);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("birthDate")
            .WithMessage("The birth date * is in the Julian calendar, but the library takes ISO dates only*");
    }

    [Fact]
    public void Equality_IsReference()
    {
        var a = new Resident(new LocalDate(1985, 8, 15), Citizenship.Citizen, MaritalStatus.Married);
        var b = new Resident(new LocalDate(1985, 8, 15), Citizenship.Citizen, MaritalStatus.Married);

        a.Equals(b).Should().BeFalse();
        a.Equals(a).Should().BeTrue();
    }
    [Fact]
    public void Constructor_FromNik_TakesTheBirthDateFromIt()
    {
        var woman = Nik.Parse("3603305508850002", new LocalDate(2012, 4, 30));
        var man = Nik.Parse("3603271503900001", new LocalDate(2012, 4, 30));

        new Resident(woman, Citizenship.Citizen, MaritalStatus.Married).GetBirthDate().Should().Be(new LocalDate(1985, 8, 15));
        new Resident(man, Citizenship.Citizen, MaritalStatus.NeverMarried).GetBirthDate().Should().Be(new LocalDate(1990, 3, 15));
        new Resident(man, Citizenship.Citizen, MaritalStatus.NeverMarried).Nik.Should().Be(man);
    }

    [Fact]
    public void Constructor_FromNikWithoutARealDate_ThrowsNamingTheNikMasked()
    {
        var nik = Nik.Parse("3603273202900001", new LocalDate(2012, 4, 30), NikParseMode.Lenient);

        var act = () => new Resident(nik, Citizenship.Citizen, MaritalStatus.Married);

        act.Should().Throw<ArgumentException>().WithParameterName("nik")
            .WithMessage("The NIK 360327******0001 has no birth date*NikParseMode.Lenient*")
            .Which.Message.Should().NotContain("3202");
    }

    [Theory]
    [InlineData(1970, 1, 1)]
    [InlineData(1990, 3, 16)]
    [InlineData(1990, 4, 15)]
    [InlineData(1991, 3, 15)]
    public void Constructor_BirthDateContradictingTheNik_Throws(int year, int month, int day)
    {
        // A NIK of a man born on 15 March 1990.
        var nik = Nik.Parse("3603271503900001", new LocalDate(2012, 4, 30));

        var act = () => new Resident(new LocalDate(year, month, day), Citizenship.Citizen, MaritalStatus.Married, nik);

        act.Should().Throw<ArgumentException>().WithParameterName("birthDate")
            .WithMessage($"The birth date {year:0000}-{month:00}-{day:00} contradicts the birth date in the resident's NIK, 1990-03-15*Resident.WithCorrectedBirthDate*")
            .Which.Message.Should().NotContain("360327").And.NotContain("0001");
    }

    [Fact]
    public void Constructor_BirthDateAgreeingButForTheCentury_IsAccepted()
    {
        // The NIK holds no century: digits ..11 read on a date in 2012 give 2011; the register says 1911.
        var nik = Nik.Parse("3603271503110001", new LocalDate(2012, 4, 30));

        new Resident(new LocalDate(1911, 3, 15), Citizenship.Citizen, MaritalStatus.Widowed, nik).GetBirthDate()
            .Should().Be(new LocalDate(1911, 3, 15));
    }

    [Fact]
    public void Constructor_NikWithoutARealDate_AcceptsAnyBirthDate()
    {
        var nik = Nik.Parse("3603273202900001", new LocalDate(2012, 4, 30), NikParseMode.Lenient);

        new Resident(new LocalDate(1990, 2, 1), Citizenship.Citizen, MaritalStatus.Married, nik).GetBirthDate()
            .Should().Be(new LocalDate(1990, 2, 1));
    }

    [Fact]
    public void WithCorrectedBirthDate_KeepsTheRegisterDateBesideTheNik()
    {
        var nik = Nik.Parse("3603271503900001", new LocalDate(2012, 4, 30));

        var resident = Resident.WithCorrectedBirthDate(new LocalDate(1970, 1, 1), Citizenship.Citizen, MaritalStatus.Married, nik);

        resident.GetBirthDate().Should().Be(new LocalDate(1970, 1, 1));
        resident.Nik.Should().Be(nik);
    }
}
