using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Devices;

public partial class DeviceInventoryTests
{
    private static readonly SourceLocation Line2 = new("devices.csv", 2);
    private static readonly SourceLocation Line3 = new("devices.csv", 3);
    private static readonly SourceLocation Line4 = new("devices.csv", 4);

    private static string[] Problems(DeviceInventoryBuilder builder) => BuilderProblems.Of<DeviceInventory>(builder.TryBuild);

    [Fact]
    public void GetAverageDevicesPerKecamatan_58SetsOver29Kecamatan_IsExactlyTwo()
    {
        var codes = KabupatenTangerang.Kecamatan.Select(k => k.Code).ToArray();
        var inventory = Static(2, codes);

        inventory.Count.Should().Be(58);
        inventory.KecamatanCodes.Should().HaveCount(29);
        inventory.GetAverageDevicesPerKecamatan(Apr(10)).Should().Be(new Ratio(2, 1));
        inventory.GetAverageDevicesPerKecamatan(codes, Apr(10))!.Value.ToDecimal().Should().Be(2.0m);
        inventory.CountDevices(KabupatenTangerang.Code, Apr(10)).Should().Be(58);
        inventory.CountDevices(RegionCode.Nation, Apr(10)).Should().Be(58);
        inventory.GetAverageDevicesPerKecamatan(new LocalDate(2011, 12, 31)).Should().Be(Ratio.Zero, "no set was assigned yet");
    }

    [Fact]
    public void GetAverageDevicesPerKecamatan_KecamatanWithoutSetsCountAsZero_NullWhenNone()
    {
        var inventory = Static(3, Kresek);

        inventory.GetAverageDevicesPerKecamatan([Kresek, Kronjo, Kresek], Apr(10)).Should().Be(new Ratio(3, 2), "duplicates count once");
        inventory.GetAverageDevicesPerKecamatan([], Apr(10)).Should().BeNull();
        DeviceInventory.Empty.GetAverageDevicesPerKecamatan(Apr(10)).Should().BeNull();
        var act = () => inventory.GetAverageDevicesPerKecamatan([KabupatenTangerang.Code], Apr(10));
        act.Should().Throw<ArgumentException>().WithMessage("'36.03' is a Regency code, but an average per kecamatan needs a kecamatan code PP.KK.CC, such as 36.03.27.*");
    }

    [Fact]
    public void GetDevices_SetLentMidMonth_IsInOneKecamatanEachDay()
    {
        // Gunung Kaler borrows a set from Kronjo after a theft (August 2012 in the facts; April here).
        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-07-1", DeviceKind.Static, FundingSource.Apbn, new LocalDate(2011, 10, 1)))
            .AddDevice(new RecordingSet("K-07-2", DeviceKind.Static, FundingSource.Apbn))
            .AddAssignment(new DeviceAssignment("K-07-1", Kronjo, new LocalDate(2011, 10, 1), Apr(15)))
            .AddAssignment(new DeviceAssignment("K-07-1", GunungKaler, Apr(16), Apr(30), isLoan: true))
            .AddAssignment(new DeviceAssignment("K-07-1", Kronjo, new LocalDate(2012, 5, 1)))
            .AddAssignment(new DeviceAssignment("K-07-2", Kronjo, new LocalDate(2011, 10, 1)))
            .Build();

        inventory.GetDevices(Kronjo, Apr(15)).Select(d => d.Id).Should().Equal("K-07-1", "K-07-2");
        inventory.GetDevices(Kronjo, Apr(16)).Select(d => d.Id).Should().Equal("K-07-2");
        inventory.GetDevices(GunungKaler, Apr(16)).Select(d => d.Id).Should().Equal("K-07-1");
        inventory.GetDevices(GunungKaler, new LocalDate(2012, 5, 1)).Should().BeEmpty();
        inventory.GetDevices(Kresek, Apr(16)).Should().BeEmpty();
        inventory.GetAssignment("K-07-1", Apr(20))!.Kecamatan.Should().Be(GunungKaler);
        inventory.GetAssignment("K-07-1", new LocalDate(2011, 9, 30)).Should().BeNull();
        inventory.GetAssignments("K-07-1").Select(a => a.Kecamatan).Should().Equal(Kronjo, GunungKaler, Kronjo);
        inventory.GetAssignments(Kronjo).Should().HaveCount(3);
        inventory.GetLoans(Apr(20)).Should().ContainSingle().Which.Kecamatan.Should().Be(GunungKaler);
        inventory.GetLoans(Apr(10)).Should().BeEmpty();
        inventory.GetMobileUnitsOnLoan(Apr(20)).Should().BeEmpty("the lent set is static");
        inventory.ToString().Should().Be("DeviceInventory: 2 sets, 4 assignments, 2 kecamatan");
    }

    [Fact]
    public void GetMobileUnitsOnLoan_MobileUnitLentToSepatanTimur_WhereAndUntilWhen()
    {
        var inventory = DeviceInventory.CreateBuilder()
            .AddAssignment("MOBILE-1", DeviceKind.Mobile, FundingSource.Apbd, SepatanTimur, Apr(16), null, Line2)
            .AddAssignment("MOBILE-2", DeviceKind.Mobile, FundingSource.Apbd, Solear, Apr(2), Apr(13), Line3)
            .AddAssignment("K-30-1", DeviceKind.Static, FundingSource.Apbn, SepatanTimur, Apr(1), null, Line4)
            .Build();

        var onLoan = inventory.GetMobileUnitsOnLoan(Apr(20));
        onLoan.Should().ContainSingle();
        onLoan[0].Device.Should().Be("MOBILE-1");
        onLoan[0].Kecamatan.Should().Be(SepatanTimur);
        onLoan[0].To.Should().BeNull("open-ended: until further notice");
        inventory.GetMobileUnitsOnLoan(Apr(10)).Select(a => (a.Device, a.To)).Should().Equal(("MOBILE-2", (LocalDate?)Apr(13)));
        inventory.GetLoans(Apr(20)).Should().Equal(onLoan, "mobile units are always on loan");
        inventory["MOBILE-1"].Funding.Should().Be(FundingSource.Apbd);
    }

    [Fact]
    public void Build_RepeatedRowsOfOneDevice_AgreeingAttributes_OneSet()
    {
        var inventory = DeviceInventory.CreateBuilder([Kronjo, GunungKaler])
            .AddAssignment("K-07-1", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(1), Apr(15), Line2)
            .AddAssignment("K-07-1", DeviceKind.Static, FundingSource.Apbn, GunungKaler, Apr(16), null, Line3)
            .Build();

        inventory.Devices.Should().ContainSingle().Which.Should().Be(new RecordingSet("K-07-1", DeviceKind.Static, FundingSource.Apbn));
        inventory.Assignments.Should().HaveCount(2);
        inventory.Contains("K-07-1").Should().BeTrue();
        inventory.Contains("k-07-1").Should().BeFalse();
    }

    [Fact]
    public void Build_OverlappingAssignmentsInTwoKecamatan_ReportsDeviceBothKecamatanDatesAndOtherRow()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddAssignment("K-07-1", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(1), Apr(20), Line2)
            .AddAssignment("K-07-1", DeviceKind.Static, FundingSource.Apbn, GunungKaler, Apr(16), null, Line3);

        Problems(builder).Should().Equal(
            "devices.csv:3: device K-07-1 is assigned to two kecamatan on the same day: 36.03.32 and 36.03.07 (36.03.32 from 2012-04-16 to open-ended overlaps 36.03.07 from 2012-04-01 to 2012-04-20 at devices.csv:2) from 2012-04-16 to 2012-04-20; a set is never in two places on one day. End one assignment before the other starts.");
    }

    [Fact]
    public void Build_OverlapReportedAtTheLaterRow_EvenWhenItStartsEarlier()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddAssignment("K-07-1", DeviceKind.Static, FundingSource.Apbn, GunungKaler, Apr(16), Apr(16), Line2)
            .AddAssignment("K-07-1", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(1), null, Line3);

        Problems(builder).Should().Equal(
            "devices.csv:3: device K-07-1 is assigned to two kecamatan on the same day: 36.03.07 and 36.03.32 (36.03.07 from 2012-04-01 to open-ended overlaps 36.03.32 from 2012-04-16 to 2012-04-16 at devices.csv:2) on 2012-04-16; a set is never in two places on one day. End one assignment before the other starts.");
    }

    [Fact]
    public void Build_SameKecamatanTwice_IsRejected()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddAssignment("K-07-1", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(1), null, Line2)
            .AddAssignment("K-07-1", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(10), Apr(12), Line3);

        Problems(builder).Should().Equal(
            "devices.csv:3: device K-07-1 is assigned twice to 36.03.07 (36.03.07 from 2012-04-10 to 2012-04-12 overlaps 36.03.07 from 2012-04-01 to open-ended at devices.csv:2) from 2012-04-10 to 2012-04-12; a set is never in two places on one day. End one assignment before the other starts.");
    }

    [Fact]
    public void Build_BackToBackAssignments_AreNotAnOverlap()
    {
        var inventory = DeviceInventory.CreateBuilder()
            .AddAssignment("K-07-1", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(1), Apr(15), Line2)
            .AddAssignment("K-07-1", DeviceKind.Static, FundingSource.Apbn, GunungKaler, Apr(16), null, Line3)
            .Build();

        inventory.GetAssignment("K-07-1", Apr(15))!.Kecamatan.Should().Be(Kronjo);
        inventory.GetAssignment("K-07-1", Apr(16))!.Kecamatan.Should().Be(GunungKaler);
    }

    [Fact]
    public void Build_InconsistentKindAndFunding_ReportedAtTheLaterRowNamingTheFirst()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddAssignment("K-07-1", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(1), Apr(15), Line2)
            .AddAssignment("K-07-1", DeviceKind.Mobile, FundingSource.Apbd, GunungKaler, Apr(16), null, Line3);

        Problems(builder).Should().Equal(
            "devices.csv:3: device K-07-1 is mobile here but static at devices.csv:2; a recording set has one kind.",
            "devices.csv:3: device K-07-1 is funded by apbd here but by apbn at devices.csv:2; a recording set has one funding source.");
    }

    [Fact]
    public void Build_ToBeforeFromAndBadCodes_AllReportedInLineOrder()
    {
        var builder = DeviceInventory.CreateBuilder([Kronjo])
            .AddAssignment("K-07-1", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(10), Apr(9), Line2)
            .AddAssignment("K-07-2", DeviceKind.Static, FundingSource.Apbn, new RegionCode(36, 3), Apr(1), null, Line3)
            .AddAssignment("K-07-3", DeviceKind.Static, FundingSource.Apbn, Kresek, Apr(1), null, Line4)
            .AddAssignment(" ", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(1), null, new SourceLocation("devices.csv", 5))
            .AddAssignment("K-07-4", (DeviceKind)9, (FundingSource)9, Kronjo, Apr(1), null, new SourceLocation("devices.csv", 6));

        Problems(builder).Should().Equal(
            "devices.csv:2: the assignment of device K-07-1 to 36.03.07 ends on 2012-04-09, before it starts on 2012-04-10; 'to' must be on or after 'from'.",
            "devices.csv:3: '36.03' is a Regency code, but an assignment needs a kecamatan code PP.KK.CC, such as 36.03.27.",
            "devices.csv:4: unknown kecamatan '36.03.06' for device K-07-3: it is not in the kecamatan list.",
            "devices.csv:5: the device id is blank; every assignment names a recording set.",
            "devices.csv:6: unknown kind 9 for device K-07-4; use static or mobile.",
            "devices.csv:6: unknown funding 9 for device K-07-4; use apbn or apbd.",
            "devices.csv:6: unknown device 'K-07-4': no row describes this recording set's kind and funding.");
    }

    [Fact]
    public void Build_AssignedAfterRetirement_IsRejected()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddDevice("K-22-1", DeviceKind.Static, FundingSource.Apbn, new LocalDate(2011, 10, 1), Line2)
            .Retire("K-22-1", Apr(12), RetirementReason.Destroyed, Line3)
            .AddAssignment("K-22-1", Pagedangan, new LocalDate(2011, 10, 1), Apr(15), false, Line4)
            .AddAssignment("K-22-1", Kresek, Apr(20), Apr(25), false, new SourceLocation("devices.csv", 5))
            .AddAssignment("K-22-1", Kronjo, new LocalDate(2011, 9, 1), new LocalDate(2011, 9, 2), false, new SourceLocation("devices.csv", 6));

        Problems(builder).Should().Equal(
            "devices.csv:4: device K-22-1 stays assigned to 36.03.22 to 2012-04-15, but it was retired on 2012-04-12 (Destroyed); end the assignment by 2012-04-11.",
            "devices.csv:5: device K-22-1 is assigned to 36.03.06 from 2012-04-20, on or after its retirement on 2012-04-12 (Destroyed); a retired set is never assigned.",
            "devices.csv:6: device K-22-1 is assigned to 36.03.07 from 2011-09-01, before it was acquired on 2011-10-01.");
    }

    [Fact]
    public void Build_RetiredSetStillAssignedOpenEnded_IsRejected()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-22-1", DeviceKind.Static, FundingSource.Apbn).Retire(Apr(12), RetirementReason.Stolen), Line2)
            .AddAssignment(new DeviceAssignment("K-22-1", Pagedangan, new LocalDate(2011, 10, 1)), Line3);

        Problems(builder).Should().Equal(
            "devices.csv:3: device K-22-1 stays assigned to 36.03.22 to open-ended, but it was retired on 2012-04-12 (Stolen); end the assignment by 2012-04-11.");
    }

    [Fact]
    public void Build_RetiredSetWhoseAssignmentEndsTheDayBefore_IsValid()
    {
        var inventory = DeviceInventory.CreateBuilder()
            .AddDevice(new RecordingSet("K-22-1", DeviceKind.Static, FundingSource.Apbn).Retire(Apr(12), RetirementReason.Destroyed))
            .AddAssignment(new DeviceAssignment("K-22-1", Pagedangan, new LocalDate(2011, 10, 1), Apr(11)))
            .Build();

        inventory["K-22-1"].GetStatus(Apr(12)).Should().Be(DeviceStatus.Retired);
        inventory.GetDevices(Pagedangan, Apr(11)).Should().ContainSingle();
        inventory.GetDevices(Pagedangan, Apr(12)).Should().BeEmpty();
    }

    [Fact]
    public void Build_RetirementProblems_UnknownDeviceTwiceAndBeforeAcquisition()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddDevice("K-1", DeviceKind.Static, FundingSource.Apbn, Apr(10), Line2)
            .Retire("K-1", Apr(5), RetirementReason.Stolen, Line3)
            .Retire("K-1", Apr(6), RetirementReason.Stolen, Line4)
            .Retire("K-9", Apr(6), RetirementReason.Stolen, new SourceLocation("devices.csv", 5))
            .Retire(null, Apr(6), RetirementReason.Stolen, new SourceLocation("devices.csv", 6))
            .Retire("K-1", Apr(6), (RetirementReason)42, new SourceLocation("devices.csv", 7));

        Problems(builder).Should().Equal(
            "devices.csv:3: recording set K-1 is retired on 2012-04-05, before it was acquired on 2012-04-10.",
            "devices.csv:4: device K-1 is retired on 2012-04-06 (Stolen) here but on 2012-04-05 (Stolen) at devices.csv:3; a recording set is retired once.",
            "devices.csv:5: unknown device 'K-9': no row describes this recording set, so it cannot be retired.",
            "devices.csv:6: the device id of the retirement is blank.",
            "devices.csv:7: unknown retirement reason 42 for device K-1; use destroyed, stolen, worn-out, transferred or other.");
    }

    [Fact]
    public void Build_AcquisitionDatesDisagree_IsRejected()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddDevice("K-1", DeviceKind.Static, FundingSource.Apbn, Apr(1), Line2)
            .AddDevice("K-1", DeviceKind.Static, FundingSource.Apbn, Apr(2), Line3)
            .AddDevice(null, DeviceKind.Static, FundingSource.Apbn, null, Line4);

        Problems(builder).Should().Equal(
            "devices.csv:3: device K-1 is acquired on 2012-04-02 here but on 2012-04-01 at devices.csv:2.",
            "devices.csv:4: the device id is blank; every recording set needs an id.");
    }

    [Fact]
    public void Build_Twice_Throws()
    {
        var builder = DeviceInventory.CreateBuilder();
        builder.Build();
        var act = () => builder.Build();
        act.Should().Throw<InvalidOperationException>().WithMessage("This builder has already built its device inventory; create a new builder.");
        var add = () => builder.AddDevice(new RecordingSet("K-1", DeviceKind.Static, FundingSource.Apbn));
        add.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Build_Invalid_ThrowsDataValidationExceptionWithEveryProblem()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddAssignment("K-1", DeviceKind.Static, FundingSource.Apbn, Kronjo, Apr(1), Apr(20), Line2)
            .AddAssignment("K-1", DeviceKind.Static, FundingSource.Apbn, Kresek, Apr(20), null, Line3)
            .AddAssignment("K-2", DeviceKind.Static, FundingSource.Apbn, Kresek, Apr(20), Apr(19), Line4);

        var act = () => builder.Build();
        var problems = act.Should().Throw<DataValidationException>().Which.Problems;
        problems.Select(p => p.Location).Should().Equal(Line3, Line4);
        problems[0].Message.Should().StartWith("device K-1 is assigned to two kecamatan on the same day: 36.03.06 and 36.03.07");
    }

    [Fact]
    public void Lookups_UnknownDevice_ThrowKeyNotFound()
    {
        var inventory = Static(1, Kresek);
        var act = () => inventory["nope"];
        act.Should().Throw<KeyNotFoundException>().WithMessage("No recording set has the id 'nope'; this inventory has 1 sets.");
        var assignments = () => inventory.GetAssignments("nope");
        assignments.Should().Throw<KeyNotFoundException>();
        inventory.TryGetDevice("nope", out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void Build_AssignmentOfAnUndescribedSet_IsRejected()
    {
        var builder = DeviceInventory.CreateBuilder()
            .AddAssignment(new DeviceAssignment("K-07-9", Kronjo, Apr(1)), Line2);

        Problems(builder).Should().Equal("devices.csv:2: unknown device 'K-07-9': no row describes this recording set's kind and funding.");
    }

    [Fact]
    public void CreateBuilder_NonKecamatanCodeInTheList_Throws()
    {
        var act = () => DeviceInventory.CreateBuilder([KabupatenTangerang.Code]);
        act.Should().Throw<ArgumentException>().WithMessage("'36.03' is a Regency code, but only kecamatan codes (PP.KK.CC) are allowed here.*").Which.ParamName.Should().Be("kecamatan");
        var incidents = () => IncidentLog.CreateBuilder(null, [KabupatenTangerang.Code]);
        incidents.Should().Throw<ArgumentException>().WithMessage("'36.03' is a Regency code, but only kecamatan codes (PP.KK.CC) are allowed here.*");
    }
}
