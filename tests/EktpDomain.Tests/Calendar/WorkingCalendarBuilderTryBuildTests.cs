using System;
using EktpDomain.Calendar;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Calendar;

/// <summary>Closures read from a file must name kecamatan of the data (R5).</summary>
public class WorkingCalendarBuilderTryBuildTests
{
    private static KecamatanClosure Closure(RegionCode kecamatan, int day = 10) => new(kecamatan, Apr(day), "banjir");

    [Fact]
    public void TryBuild_ClosuresOfKnownKecamatan_BuildsTheSameCalendarAsBuild()
    {
        var builder = WorkingCalendar.Indonesia.ToBuilder().AddClosure(Closure(Sukamulya), new SourceLocation("closures.csv", 2));

        builder.TryBuild([Sukamulya, Balaraja], out var calendar, out var problems).Should().BeTrue();

        problems.Should().BeEmpty();
        calendar!.Closures.Should().Equal(Closure(Sukamulya));
        calendar.IsWorkingDay(Apr(10), Sukamulya).Should().BeFalse();
        calendar.ToString().Should().Be(builder.Build().ToString());
    }

    [Fact]
    public void TryBuild_UnknownKecamatan_IsReportedAtEachSource_AndNoCalendarIsBuilt()
    {
        var builder = WorkingCalendar.Indonesia.ToBuilder()
            .AddClosure(Closure(Balaraja), new SourceLocation("closures.csv", 2))
            .AddClosure(Closure(Sukamulya), new SourceLocation("closures.csv", 3))
            .AddClosure(Closure(Balaraja), new SourceLocation("closures.csv", 4))
            .AddClosure(Closure(Balaraja, 11));

        builder.TryBuild([Sukamulya], out var calendar, out var problems).Should().BeFalse();

        calendar.Should().BeNull();
        problems.Should().HaveCount(3);
        problems[0].ToString().Should().Be("closures.csv:2: unknown kecamatan '36.03.01': it is not in the kecamatan list.");
        problems[1].Location.Should().Be(new SourceLocation("closures.csv", 4), "an equal closure is kept once, but each line is reported");
        problems[2].ToString().Should().Be("unknown kecamatan '36.03.01': it is not in the kecamatan list.", "a closure added without a source has no location");
    }

    [Fact]
    public void TryBuild_ClearClosures_ForgetsTheirSources()
    {
        var builder = WorkingCalendar.CreateBuilder().AddClosure(Closure(Balaraja), new SourceLocation("closures.csv", 2)).ClearClosures();

        builder.TryBuild([Sukamulya], out var calendar, out var problems).Should().BeTrue();
        problems.Should().BeEmpty();
        calendar!.Closures.Should().BeEmpty();
    }

    [Fact]
    public void TryBuild_BadArguments_AreNamed()
    {
        var builder = WorkingCalendar.CreateBuilder();
        FluentActions.Invoking(() => builder.TryBuild(null!, out _, out _))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("kecamatan");
        FluentActions.Invoking(() => builder.TryBuild([new RegionCode(36, 3)], out _, out _))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("kecamatan").WithMessage("*'36.03' is a Regency code*");
        FluentActions.Invoking(() => builder.AddClosure(null!, SourceLocation.None))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("closure");
    }
}
