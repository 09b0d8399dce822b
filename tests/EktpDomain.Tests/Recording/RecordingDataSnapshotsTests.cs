using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Calendar;
using EktpDomain.Recording;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Recording;

/// <summary>R22: recording data made from snapshots, and snapshots added to ledger data, with one source of realisation per kecamatan.</summary>
public class RecordingDataSnapshotsTests
{
    private const string KabupatenSeries = "The series is of kabupaten/kota, but the population is kept per kecamatan; give snapshots of the same level.";

    private static CoverageSeries SeriesOf(params RegionCode[] kecamatan)
    {
        var builder = CoverageSeries.CreateBuilder();
        foreach (var code in kecamatan)
        {
            builder.Add(D(3, 31), code, 1_000, 100).Add(Apr(30), code, 1_050, 250);
        }

        return builder.Build();
    }

    private static CoverageSeries KabupatenKota() => CoverageSeries.CreateBuilder().Add(D(3, 31), Regency, 1_000, 100).Build();

    [Fact]
    public void FromSnapshots_TakesKecamatanAndPopulationFromTheSeries_WithAnEmptyLedger()
    {
        var series = CoverageSeries.CreateBuilder()
            .Add(D(3, 31), SepatanTimur, 500, 50)
            .Add(D(3, 31), Sukamulya, 1_000, 100)
            .Add(Apr(20), Sukamulya, 1_050, 130)
            .Build();

        var data = RecordingData.FromSnapshots(series);

        data.Snapshots.Should().BeSameAs(series);
        data.KecamatanCodes.Should().Equal(Sukamulya, SepatanTimur);
        data.Population.GetHistory(Sukamulya).Should().Equal((D(3, 31), 1_000L), (Apr(20), 1_050L));
        data.Population.GetHistory(SepatanTimur).Should().Equal((D(3, 31), 500L));
        data.Population.GetEligible(Sukamulya, Apr(19)).Should().Be(1_000);
        data.Population.GetEligible(Sukamulya, Apr(20)).Should().Be(1_050);
        data.Ledger.GetEntries().Should().BeEmpty();
        data.Ledger.GetCoverage(Sukamulya, Apr(30)).Should().Be(0, "the ledger is empty; realisation comes from the snapshots");
        data.Calendar.Should().BeSameAs(WorkingCalendar.Indonesia);
        data.Inventory.Should().BeNull();
        data.Incidents.Should().BeNull();
        data.ToString().Should().Be("RecordingData: 2 kecamatan, with snapshots");
    }

    [Fact]
    public void FromSnapshots_NamesFromTheGivenListElseTheCatalogue_AndKeepsTheCalendar()
    {
        var calendar = WorkingCalendar.CreateBuilder().CoverYears(2012, 2012).Build();

        var data = RecordingData.FromSnapshots(SeriesOf(Sukamulya, SepatanTimur), calendar, [new Kecamatan(Sukamulya, "Suka Mulya")]);

        data.GetName(Sukamulya).Should().Be("Suka Mulya");
        data.GetName(SepatanTimur).Should().Be("Sepatan Timur", "the catalogue's name");
        data.Calendar.Should().BeSameAs(calendar);
    }

    [Fact]
    public void FromSnapshots_ANameGivenTwice_Throws() =>
        ExactArgumentErrors.Throws<ArgumentException>(
            () => RecordingData.FromSnapshots(SeriesOf(Sukamulya), null, [new Kecamatan(Sukamulya, "A"), new Kecamatan(Sukamulya, "B")]),
            "kecamatan",
            "Kecamatan 36.03.27 is named twice. (Parameter 'kecamatan')");

    [Fact]
    public void FromSnapshots_KabupatenKotaSeries_IsDataKeptPerKabupatenKota()
    {
        var data = RecordingData.FromSnapshots(KabupatenKota()) with { Names = new Dictionary<RegionCode, string> { [Regency] = "Kab. Tangerang" } };

        data.Level.Should().Be(RegionLevel.Regency);
        data.Population.Level.Should().Be(RegionLevel.Regency);
        data.KecamatanCodes.Should().Equal(Regency);
        data.Ledger.KecamatanCodes.Should().BeEmpty();
        data.Population.GetEligible(Regency, D(4, 1)).Should().Be(1_000);
        data.Population.GetEligible(Regency.Province, D(4, 1)).Should().Be(1_000, "a province sums its kabupaten/kota");
        data.GetCoverage(Regency, D(4, 1)).Should().Be(100);
        data.GetName(Regency).Should().Be("Kab. Tangerang");
        FluentActions.Invoking(() => data.Population.GetEligible(Sukamulya, D(4, 1))).Should().Throw<ArgumentException>("no kecamatan has a count in data kept per kabupaten/kota");
    }

    [Fact]
    public void FromSnapshots_Null_Throws() =>
        FluentActions.Invoking(() => RecordingData.FromSnapshots(null!)).Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("snapshots");

    [Fact]
    public void FromSnapshots_EmptySeries_HasNoKecamatan()
    {
        var data = RecordingData.FromSnapshots(CoverageSeries.CreateBuilder().Build());

        data.KecamatanCodes.Should().BeEmpty();
        data.Snapshots!.Count.Should().Be(0);
    }

    [Fact]
    public void Snapshots_OfKabupatenKota_ThrowArgumentException()
    {
        var data = new ScenarioBuilder().Kecamatan(Sukamulya, 1_000).Build();

        var act = () => data with { Snapshots = KabupatenKota() };

        act.Should().ThrowExactly<ArgumentException>().Which.Message.Should().Be(KabupatenSeries + " (Parameter 'value')");
    }

    [Fact]
    public void Snapshots_KecamatanWithoutPopulation_IsOneProblemNamingIt()
    {
        var data = new ScenarioBuilder().Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(10), 4_000).Build();

        var act = () => data with { Snapshots = SeriesOf(Sukamulya) };

        act.Should().ThrowExactly<DataValidationException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "the snapshots of 36.03.27 have no eligible count in the population, so the kecamatan would be left out of every report.");
    }

    [Fact]
    public void Snapshots_KecamatanWithLedgerEntries_IsAProblem_OneSourceOfRealisationPerKecamatan()
    {
        var data = new ScenarioBuilder().Kecamatan(Kresek, 40_000).Kecamatan(Sukamulya, 1_000).Recorded(Sukamulya, Apr(10), 40).Build();

        var act = () => data with { Snapshots = SeriesOf(Sukamulya) };

        var thrown = act.Should().ThrowExactly<DataValidationException>().Which;
        thrown.Message.Should().Be("kecamatan 36.03.27 has both ledger entries and snapshots; each kecamatan takes its realisation from one source, so give either its ledger entries or its snapshots.");
        thrown.Problems.Should().ContainSingle().Which.Location.Should().Be(SourceLocation.None);
    }

    [Fact]
    public void Snapshots_EveryBadKecamatanIsAProblem_InCodeOrder()
    {
        var data = new ScenarioBuilder().Kecamatan(Kresek, 40_000).Kecamatan(SepatanTimur, 2_000).Recorded(SepatanTimur, Apr(10), 40).Build();

        var act = () => data with { Snapshots = SeriesOf(SepatanTimur, Kronjo, Kresek, Sukamulya) };

        act.Should().ThrowExactly<DataValidationException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "the snapshots of 36.03.07 have no eligible count in the population, so the kecamatan would be left out of every report.",
            "the snapshots of 36.03.27 have no eligible count in the population, so the kecamatan would be left out of every report.",
            "kecamatan 36.03.30 has both ledger entries and snapshots; each kecamatan takes its realisation from one source, so give either its ledger entries or its snapshots.");
    }

    [Fact]
    public void Snapshots_DisjointFromTheLedgersEntries_AreFine()
    {
        // Sukamulya is in the ledger's kecamatan list but has no entries: its realisation comes from the snapshots.
        var data = new ScenarioBuilder().Kecamatan(Kresek, 40_000).Kecamatan(Sukamulya, 1_000).Recorded(Kresek, Apr(10), 4_000).Build();
        var series = SeriesOf(Sukamulya);

        var withSnapshots = data with { Snapshots = series };

        withSnapshots.Snapshots.Should().BeSameAs(series);
        withSnapshots.Population.Should().BeSameAs(data.Population);
        withSnapshots.Ledger.Should().BeSameAs(data.Ledger);
        withSnapshots.KecamatanCodes.Should().Equal(Kresek, Sukamulya);
        withSnapshots.ToString().Should().Be("RecordingData: 2 kecamatan, with snapshots");
        data.Snapshots.Should().BeNull();
    }

    [Fact]
    public void Snapshots_InAnObjectInitializer_AreCheckedToo()
    {
        var population = EligiblePopulation.CreateBuilder().Add(Kresek, 10).Build();
        var ledger = RecordingLedger.CreateBuilder([Kresek]).Build();

        var act = () => new RecordingData(population, ledger) { Snapshots = SeriesOf(Sukamulya) };

        act.Should().ThrowExactly<DataValidationException>().Which.Problems.Should().ContainSingle();
    }

    [Fact]
    public void Snapshots_EmptyOrNull_AreFine()
    {
        var data = new ScenarioBuilder().Kecamatan(Kresek, 40_000).Recorded(Kresek, Apr(10), 4_000).Build();

        (data with { Snapshots = CoverageSeries.CreateBuilder().Build() }).Snapshots!.Count.Should().Be(0);
        (data with { Snapshots = null }).Snapshots.Should().BeNull();
        (RecordingData.FromSnapshots(SeriesOf(Sukamulya)) with { Snapshots = null }).Snapshots.Should().BeNull();
    }
}
