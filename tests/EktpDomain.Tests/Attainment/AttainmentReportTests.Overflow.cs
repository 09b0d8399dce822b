using System;
using EktpDomain.Attainment;
using EktpDomain.Targets;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Attainment;

/// <summary>A total beyond 64 bits names the figure that overflowed, as every other checked sum does.</summary>
public partial class AttainmentReportTests
{

    [Fact]
    public void DistrictTarget_BeyondSixtyFourBits_IsNamed()
    {
        // Each row's target over two months at 100% (8 × 10^18) fits in 64 bits; their sum does not.
        var data = new ScenarioBuilder()
            .Kecamatan(Kresek, 4_000_000_000_000_000_000)
            .Kecamatan(Kronjo, 4_000_000_000_000_000_000)
            .Build();
        var twoMonths = new DateInterval(new LocalDate(2012, 4, 1), new LocalDate(2012, 5, 31));

        var act = () => AttainmentReport.Calculate(data, twoMonths, new AttainmentOptions { TargetPolicy = TargetPolicy.MonthlySharePercent(100m) });

        // The 19-digit operands are masked as a NIK-like run would be; "*" in the pattern matches the masks too.
        act.Should().Throw<OverflowException>().WithMessage("The total target overflows a 64-bit count: 800000*********0000 + 800000*********0000 is beyond the 64-bit limit*");
    }
}
