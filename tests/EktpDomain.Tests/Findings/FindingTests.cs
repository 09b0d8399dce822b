using EktpDomain.Findings;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Findings;

/// <summary>A finding's incidents and its report order at their edges: a default array, nulls.</summary>
public class FindingTests
{
    private static Finding Info(RegionCode kecamatan) =>
        new("custom", FindingSeverity.Info, kecamatan, null, new CustomFindingDetails(new FindingText("en", "Check.", "Check.")));

    [Fact]
    public void Incidents_InitialisedWithDefaultArray_IsEmptyNotDefault()
    {
        var finding = new Finding("custom", FindingSeverity.Info, Kresek, null, new DataLossDetails(1))
        {
            Incidents = default,
        };

        finding.Incidents.IsDefault.Should().BeFalse();
        finding.Incidents.Should().BeEmpty();
    }

    [Fact]
    public void ReportOrder_NullComesFirst()
    {
        var finding = Info(Kresek);

        Finding.ReportOrder.Compare(null, finding).Should().BeNegative();
        Finding.ReportOrder.Compare(finding, null).Should().BePositive();
        Finding.ReportOrder.Compare(null, null).Should().Be(0);
    }
}
