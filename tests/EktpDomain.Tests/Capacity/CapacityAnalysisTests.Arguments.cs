using System;
using System.Collections.Generic;
using EktpDomain.Calendar;
using EktpDomain.Capacity;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Capacity;

/// <summary>Null arguments and unknown kecamatan.</summary>
public partial class CapacityAnalysisTests
{
    [Fact]
    public void CapacityIndexer_KnownAndUnknownKecamatan()
    {
        var analysis = CapacityAnalysis.Calculate(Static(1, Kresek), null, WorkingCalendar.Indonesia, April);

        analysis[Kresek].Code.Should().Be(Kresek);
        analysis[Kresek].DeviceDays.Should().Be(20, "one set over the 20 working days of 2–30 April 2012");
        var missing = () => analysis[Kronjo];
        missing.Should().ThrowExactly<KeyNotFoundException>()
            .Which.Message.Should().Be("Kecamatan '36.03.07' is not in this capacity analysis.");
    }

    [Fact]
    public void Calculate_NullInventory_ThrowsNamingInventory() =>
        FluentActions.Invoking(() => CapacityAnalysis.Calculate(null!, null, WorkingCalendar.Indonesia, April))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("inventory");

    [Fact]
    public void Calculate_NullCalendar_ThrowsNamingCalendar() =>
        FluentActions.Invoking(() => CapacityAnalysis.Calculate(Static(1, Kresek), null, null!, April))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("calendar");

    [Fact]
    public void Calculate_NullWindow_ThrowsNamingWindow() =>
        FluentActions.Invoking(() => CapacityAnalysis.Calculate(Static(1, Kresek), null, WorkingCalendar.Indonesia, null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("window");

    [Fact]
    public void Calculate_WindowInAnotherCalendar_NamesTheDateAndTheCalendar()
    {
        var julian = new DateInterval(new LocalDate(2012, 4, 2, CalendarSystem.Julian), new LocalDate(2012, 4, 30, CalendarSystem.Julian));

        FluentActions.Invoking(() => CapacityAnalysis.Calculate(Static(1, Kresek), null, WorkingCalendar.Indonesia, julian))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("The * 2012-04-02 is in the Julian calendar, but the library takes ISO dates only*")
            .WithParameterName("window");
    }

    [Fact]
    public void GetDevice_Null_ThrowsNamingDevice() =>
        FluentActions.Invoking(() => Analyse(Static(1, Kresek), null).GetDevice(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("device");
}
