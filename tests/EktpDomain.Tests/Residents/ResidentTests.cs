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
            .WithMessage("The birth date of a resident must be in the ISO calendar, not Julian.*");
    }

    [Fact]
    public void Equality_IsReference()
    {
        var a = new Resident(new LocalDate(1985, 8, 15), Citizenship.Citizen, MaritalStatus.Married);
        var b = new Resident(new LocalDate(1985, 8, 15), Citizenship.Citizen, MaritalStatus.Married);

        a.Equals(b).Should().BeFalse();
        a.Equals(a).Should().BeTrue();
    }
}
