using System;
using System.Linq;
using EktpDomain.Attainment;
using EktpDomain.Calendar;
using EktpDomain.Capacity;
using EktpDomain.Devices;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Attainment;

/// <summary>
/// Reports over enough kecamatan (256 or more) that, with a device inventory, capacity is calculated beside the
/// ledger and target work.
/// </summary>
public class AttainmentReportAtScaleTests
{
    [Fact]
    public void Calculate_ManyKecamatanWithDevices_SameRowsAsWithoutAndCapacityAsItsOwnAnalysis()
    {
        var codes = Codes(300);
        var inventory = Inventory(codes);

        var withDevices = AttainmentReport.Calculate(Scenario(codes, inventory), April);
        var without = AttainmentReport.Calculate(Scenario(codes, inventory: null), April);
        var capacity = CapacityAnalysis.Calculate(inventory, null, WorkingCalendar.Indonesia, April, CapacityAnalysis.DefaultThroughput, codes);

        withDevices.Rows.Select(r => (r.Code, r.Target, r.Realised, r.Rank, r.Band))
            .Should().Equal(without.Rows.Select(r => (r.Code, r.Target, r.Realised, r.Rank, r.Band)));
        withDevices.Rows.Select(r => r.Rank).Should().Contain(r => r > 1, "the rows are not all tied");
        withDevices.Rows.Should().OnlyContain(r =>
            r.DeviceDays == capacity[r.Code].DeviceDays && r.Capacity == capacity[r.Code].Capacity && r.DeviceDays > 0);
        without.Rows.Should().OnlyContain(r => r.DeviceCapacity == null);
    }

    [Fact]
    public void Calculate_ManyKecamatanWithDevicesOutsideTheCalendar_ThrowsAsWithFewKecamatan()
    {
        var many = Codes(300);
        var few = Codes(3);
        var outside = new DateInterval(new LocalDate(2090, 4, 2), new LocalDate(2090, 4, 30));

        var atScale = () => AttainmentReport.Calculate(Scenario(many, Inventory(many)), outside);
        var small = () => AttainmentReport.Calculate(Scenario(few, Inventory(few)), outside);

        var expected = small.Should().Throw<ArgumentOutOfRangeException>().Which;
        atScale.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Be(expected.Message);
    }

    private static RegionCode[] Codes(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new RegionCode(36, 1 + (i / 90), 1 + (i % 90)))];

    private static DeviceInventory Inventory(RegionCode[] codes)
    {
        var builder = DeviceInventory.CreateBuilder();
        foreach (var code in codes)
        {
            for (int n = 1; n <= 1 + (code.KecamatanPart % 3); n++)
            {
                builder.AddAssignment($"K-{code.RegencyPart:D2}-{code.KecamatanPart:D2}-{n}", DeviceKind.Static, FundingSource.Apbn, code, new LocalDate(2012, 1, 1), null, SourceLocation.None);
            }
        }

        return builder.Build();
    }

    private static RecordingData Scenario(RegionCode[] codes, DeviceInventory? inventory)
    {
        var scenario = new ScenarioBuilder { Inventory = inventory };
        for (int i = 0; i < codes.Length; i++)
        {
            scenario.Kecamatan(codes[i], 10_000 + (37 * i)).Recorded(codes[i], April.Start.PlusDays(i % 20), 1_000 + (i * 13 % 700));
        }

        return scenario.Build();
    }
}
