using System;
using EktpDomain.Devices;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Devices;

public partial class DeviceAssignmentTests
{
    [Fact]
    public void Contains_InclusiveEnds_OpenEndedHasNoEnd()
    {
        var a = new DeviceAssignment("K-07-1", Kronjo, Apr(2), Apr(13));
        var open = new DeviceAssignment("K-07-1", Kronjo, Apr(16), null, isLoan: true);

        a.Contains(Apr(2)).Should().BeTrue();
        a.Contains(Apr(13)).Should().BeTrue();
        a.Contains(Apr(14)).Should().BeFalse();
        a.Contains(Apr(1)).Should().BeFalse();
        open.Contains(new LocalDate(2030, 1, 1)).Should().BeTrue();
        open.IsOpenEnded.Should().BeTrue();
        a.ToString().Should().Be("K-07-1 at 36.03.07 from 2012-04-02 to 2012-04-13");
        open.ToString().Should().Be("K-07-1 at 36.03.07 from 2012-04-16 to open-ended (loan)");
    }

    [Fact]
    public void Constructor_ToBeforeFrom_Throws()
    {
        var act = () => new DeviceAssignment("K-07-1", Kronjo, Apr(10), Apr(9));
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The assignment of device K-07-1 to 36.03.07 ends on 2012-04-09, before it starts on 2012-04-10; 'to' must be on or after 'from'.*");
    }

    [Fact]
    public void Constructor_RegencyCode_Throws()
    {
        var act = () => new DeviceAssignment("K-07-1", new RegionCode(36, 3), Apr(10));
        act.Should().Throw<ArgumentException>().WithMessage("'36.03' is a Regency code, but an assignment needs a kecamatan code PP.KK.CC, such as 36.03.27.*");
    }

    [Fact]
    public void Constructor_BlankDevice_Throws()
    {
        var act = () => new DeviceAssignment("", Kronjo, Apr(10));
        act.Should().Throw<ArgumentException>().WithMessage("An assignment needs a recording set id; it cannot be empty or white space.*");
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        var a = new DeviceAssignment("K-07-1", Kronjo, Apr(2));
        ValueContract.AssertEquality(a, new DeviceAssignment("K-07-1", Kronjo, Apr(2)), new DeviceAssignment("K-07-1", Kronjo, Apr(2), null, isLoan: true), (x, y) => x == y, (x, y) => x != y);
    }
}
