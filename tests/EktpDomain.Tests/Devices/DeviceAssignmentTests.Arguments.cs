using System;
using EktpDomain.Devices;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;
using static EktpDomain.Tests.Support.ExactArgumentErrors;

namespace EktpDomain.Tests.Devices;

/// <summary>The arguments of an assignment: exact messages of every bad-input path, a one-day assignment, the operators with null.</summary>
public partial class DeviceAssignmentTests
{
    [Fact]
    public void DeviceAssignment_BadArguments_ThrowWithExactMessages()
    {
        Throws<ArgumentException>(
            () => _ = new DeviceAssignment(" ", Kresek, new LocalDate(2012, 4, 2)),
            "device",
            "An assignment needs a recording set id; it cannot be empty or white space. (Parameter 'device')");
        Throws<ArgumentException>(
            () => _ = new DeviceAssignment("K-1", Regency, new LocalDate(2012, 4, 2)),
            "kecamatan",
            "'36.03' is a Regency code, but an assignment needs a kecamatan code PP.KK.CC, such as 36.03.27. (Parameter 'kecamatan')");

        var end = new LocalDate(2012, 4, 9);
        var thrown = act(() => _ = new DeviceAssignment(" K-07-1 ", Kronjo, new LocalDate(2012, 4, 10), end));
        thrown.ParamName.Should().Be("to");
        thrown.Message.Should().Be(
            "The assignment of device K-07-1 to 36.03.07 ends on 2012-04-09, before it starts on 2012-04-10; 'to' must be on or after 'from'. (Parameter 'to')", "the message is the same in every culture: no framework text after it");

        static ArgumentOutOfRangeException act(Action a) => a.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
    }

    [Fact]
    public void DeviceAssignment_OneDay_IsValid()
    {
        var day = new LocalDate(2012, 4, 10);
        var assignment = new DeviceAssignment(" K-07-1 ", Kronjo, day, day, isLoan: true);

        assignment.Device.Should().Be("K-07-1");
        assignment.Contains(day).Should().BeTrue();
        assignment.Contains(day.PlusDays(1)).Should().BeFalse();
        assignment.ToString().Should().Be("K-07-1 at 36.03.07 from 2012-04-10 to 2012-04-10 (loan)");
    }

    [Fact]
    public void DeviceAssignment_NullDevice_ThrowsNamingDevice() =>
        FluentActions.Invoking(() => new DeviceAssignment(null!, Kresek, Apr(2)))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("device");

    [Fact]
    public void DeviceAssignment_Operators_HandleNullAndDifferences()
    {
        var a = new DeviceAssignment("K-06-1", Kresek, Apr(2), Apr(13));
        var same = new DeviceAssignment("K-06-1", Kresek, Apr(2), Apr(13));
        var loan = new DeviceAssignment("K-06-1", Kresek, Apr(2), Apr(13), isLoan: true);
        DeviceAssignment? none = null;

        (a == same).Should().BeTrue();
        (a != same).Should().BeFalse();
        (a != loan).Should().BeTrue();
        (none == null).Should().BeTrue();
        (none == a).Should().BeFalse();
        (a == none).Should().BeFalse();
        (none != a).Should().BeTrue();
    }
}
