using System;
using EktpDomain.Devices;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Devices;

public partial class RecordingSetTests
{
    private static readonly LocalDate Jan1 = new(2012, 1, 1);

    [Fact]
    public void Constructor_Defaults_ComputerFollowsKindAndFiveComponents()
    {
        var set = new RecordingSet(" K-06-1 ", DeviceKind.Static, FundingSource.Apbn, Jan1);
        var mobile = new RecordingSet("MOBILE-1", DeviceKind.Mobile, FundingSource.Apbd);

        set.Id.Should().Be("K-06-1");
        set.Computer.Should().Be(ComputerKind.Pc);
        mobile.Computer.Should().Be(ComputerKind.Laptop);
        mobile.IsMobile.Should().BeTrue();
        set.Components.Should().Equal(DeviceComponent.Pc, DeviceComponent.Fingerprint, DeviceComponent.Iris, DeviceComponent.Camera, DeviceComponent.SignaturePad);
        set.IsRetired.Should().BeFalse();
        set.ToString().Should().Be("K-06-1 (static, apbn)");
    }

    [Fact]
    public void GetStatus_Lifecycle_NotYetAcquiredInServiceRetired()
    {
        var set = new RecordingSet("K-22-1", DeviceKind.Static, FundingSource.Apbn, Jan1).Retire(new LocalDate(2012, 4, 12), RetirementReason.Destroyed);

        set.GetStatus(new LocalDate(2011, 12, 31)).Should().Be(DeviceStatus.NotYetAcquired);
        set.GetStatus(Jan1).Should().Be(DeviceStatus.InService);
        set.GetStatus(new LocalDate(2012, 4, 11)).Should().Be(DeviceStatus.InService);
        set.GetStatus(new LocalDate(2012, 4, 12)).Should().Be(DeviceStatus.Retired, "the retirement date is the first day out of service");
        set.RetirementReason.Should().Be(RetirementReason.Destroyed);
        set.ToString().Should().Be("K-22-1 (static, apbn, retired 2012-04-12: Destroyed)");
    }

    [Fact]
    public void Constructor_BlankId_Throws()
    {
        var act = () => new RecordingSet("  ", DeviceKind.Static, FundingSource.Apbn);
        act.Should().Throw<ArgumentException>().WithMessage("A recording set's id cannot be empty or white space.*").Which.ParamName.Should().Be("id");
    }

    [Fact]
    public void Constructor_UndefinedKind_Throws()
    {
        var act = () => new RecordingSet("K-1", (DeviceKind)7, FundingSource.Apbn);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The kind of recording set K-1 must be Static or Mobile.*");
    }

    [Fact]
    public void Constructor_UndefinedFunding_Throws()
    {
        var act = () => new RecordingSet("K-1", DeviceKind.Static, (FundingSource)7);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The funding of recording set K-1 must be Apbn or Apbd.*");
    }

    [Fact]
    public void Constructor_RetiredBeforeAcquired_Throws()
    {
        var act = () => new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, Jan1, null, new LocalDate(2011, 6, 1), RetirementReason.Stolen);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Recording set K-1 is retired on 2011-06-01, before it was acquired on 2012-01-01.*");
    }

    [Fact]
    public void Constructor_RetirementDateWithoutReason_Throws()
    {
        var act = () => new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, null, null, Jan1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Recording set K-1 has a retirement date (2012-01-01) but no reason; say how it left service.*");
    }

    [Fact]
    public void Constructor_ReasonWithoutDate_Throws()
    {
        var act = () => new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, null, null, null, RetirementReason.WornOut);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Recording set K-1 has a retirement reason (WornOut) but no retirement date.*");
    }

    [Fact]
    public void Retire_UndefinedReason_Throws()
    {
        var act = () => new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn).Retire(Jan1, (RetirementReason)9);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The retirement reason of recording set K-1 must be one of Destroyed, Stolen, WornOut, Transferred or Other.*");
    }

    [Fact]
    public void Constructor_UndefinedComputer_Throws()
    {
        var act = () => new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, null, (ComputerKind)5);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The computer of recording set K-1 must be Pc or Laptop.*");
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        var a = new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, Jan1);
        ValueContract.AssertEquality(a, new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn, Jan1), new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbd, Jan1), (x, y) => x == y, (x, y) => x != y);
        a.Should().NotBe(new RecordingSet("k-1", DeviceKind.Static, FundingSource.Apbn, Jan1), "ids are case-sensitive");
        a.Should().NotBe(a.Retire(Jan1.PlusDays(1), RetirementReason.WornOut));
    }
}
