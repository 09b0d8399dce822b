using System;
using System.Linq;
using EktpDomain.Allocation;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Reporting;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Reporting;

public partial class ReportTextTests
{
    [Theory]
    [InlineData("en", "server", "PC or laptop", "fingerprint scanner", "iris scanner", "camera", "signature pad", "network", "power supply", "software")]
    [InlineData("id", "server", "PC/laptop", "pemindai sidik jari", "pemindai iris", "kamera", "alat tanda tangan", "jaringan", "listrik", "perangkat lunak")]
    public void ComponentName_NamesEveryComponent_WordForWord(string language, params string[] names)
    {
        var text = ReportText.FromCode(language);

        Enum.GetValues<DeviceComponent>().Select(text.ComponentName).Should().Equal(names);
    }

    [Theory]
    [InlineData("en", "hardware fault", "lightning", "theft", "power failure", "network failure", "human error", "unauthorised password change", "malware", "unknown cause")]
    [InlineData("id", "kerusakan perangkat keras", "sambaran petir", "pencurian", "gangguan listrik", "gangguan jaringan", "kesalahan manusia", "perubahan kata sandi tanpa izin", "malware", "penyebab tidak diketahui")]
    public void CauseName_NamesEveryCause_WordForWord(string language, params string[] names)
    {
        var text = ReportText.FromCode(language);

        Enum.GetValues<IncidentCause>().Select(text.CauseName).Should().Equal(names);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Members_NullArguments_Throw_NamingTheParameter(string language)
    {
        var text = ReportText.FromCode(language);
        var window = new DateInterval(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30));

        FluentActions.Invoking(() => ReportText.FromCode(null!)).Should().Throw<ArgumentNullException>().WithParameterName("code");
        FluentActions.Invoking(() => text.Headline(null!)).Should().Throw<ArgumentNullException>().WithParameterName("summary");
        FluentActions.Invoking(() => text.RealisationUnknownNote(SnapshotRealisationStatus.NoSnapshotBeforeStart, null!, ["Kresek"])).Should().Throw<ArgumentNullException>().WithParameterName("window");
        FluentActions.Invoking(() => text.RealisationUnknownNote(SnapshotRealisationStatus.NoSnapshotBeforeStart, window, null!)).Should().Throw<ArgumentNullException>().WithParameterName("regions");
        FluentActions.Invoking(() => text.CodeChangeNote("36.03.06 Kresek", RegionCodeChangeKind.Split, null!, new LocalDate(2012, 4, 2), "36.03 Tangerang")).Should().Throw<ArgumentNullException>().WithParameterName("successors");
        FluentActions.Invoking(() => text.ForecastLine(null!)).Should().Throw<ArgumentNullException>().WithParameterName("forecast");
        FluentActions.Invoking(() => text.FormatDates(null!)).Should().Throw<ArgumentNullException>().WithParameterName("dates");
        FluentActions.Invoking(() => text.FindingMessage(null!)).Should().Throw<ArgumentNullException>().WithParameterName("finding");
        FluentActions.Invoking(() => text.FindingAction(null!)).Should().Throw<ArgumentNullException>().WithParameterName("finding");
        FluentActions.Invoking(() => text.AllocationSummary(null!)).Should().Throw<ArgumentNullException>().WithParameterName("allocation");
        FluentActions.Invoking(() => text.Title((DeviceAllocation)null!, null!)).Should().Throw<ArgumentNullException>().WithParameterName("allocation");
        FluentActions.Invoking(() => text.FormatPercent(1m, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("decimals");
    }

    [Fact]
    public void Words_ForOneAndForMany()
    {
        var window = new DateInterval(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30));

        ReportText.English.NoFindings.Should().Be("No findings.");
        ReportText.English.ForecastTitle(new LocalDate(2012, 4, 30)).Should().Be("e-KTP recording completion forecast, as of 30 April 2012");
        ReportText.English.AllocationTitle(1, window, 100).Should().StartWith("Placing 1 new APBD-funded recording set, ");
        ReportText.English.AllocationTitle(3, window, 100).Should().StartWith("Placing 3 new APBD-funded recording sets, ");
        ReportText.English.FormatShare(12.5m).Should().Be("12.5");
    }
}
