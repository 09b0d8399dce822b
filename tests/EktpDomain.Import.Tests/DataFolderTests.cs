using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EktpDomain.Cli;
using EktpDomain.Tests.Cli;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Import.Tests;

/// <summary>
/// The package's front door, as an app calls it: <see cref="DataFolder.Load(string)"/> and
/// <see cref="DataFolder.TryLoad(DataSource, out LoadedDataFolder?, out System.Collections.Immutable.ImmutableArray{DataProblem})"/>
/// give the data <c>ektp</c> reports on, or every problem at its <c>FILE:LINE</c>, from a directory, embedded
/// resources or an app's own source.
/// </summary>
public sealed class DataFolderTests : IDisposable
{
    private readonly CliHarness folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_ADirectory_GivesTheKecamatanEligibleCountsAndLedger()
    {
        folder.WithValidBasics();

        var loaded = DataFolder.Load(folder.Folder);

        loaded.Data.KecamatanCodes.Select(k => k.ToString()).Should().Equal("36.03.27", "36.03.30");
        loaded.Data.Population.GetEligible(new RegionCode(36, 3, 27), new LocalDate(2012, 4, 1)).Should().Be(41_000);
        loaded.Data.GetCoverage(new RegionCode(36, 3), new LocalDate(2012, 4, 30)).Should().Be(6_300 + 4_000);
        loaded.Data.GetName(new RegionCode(36, 3, 30)).Should().Be("Sepatan Timur");
        loaded.HasHolidaysFile.Should().BeFalse();
        loaded.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Load_TheSameFolderAsEktp_GivesTheReportEktpPrints()
    {
        folder.WithValidBasics();

        var loaded = DataFolder.Load(folder.Folder);
        var report = Attainment.AttainmentReport.Calculate(loaded.Data, new DateInterval(new LocalDate(2012, 4, 1), new LocalDate(2012, 4, 30)));

        string json = Reporting.Json.ReportJson.Serialize(report, Reporting.ReportText.English);
        folder.RunOnFolder("report", "--month", "2012-04", "--format", "json", "--lang", "en").Stdout.TrimEnd('\n').Should().Be(json.TrimEnd('\n'));
    }

    [Fact]
    public void Load_AFolderWithProblems_ThrowsWithEveryProblemAtItsFileAndLine()
    {
        string kecamatan = folder.Write("kecamatan.csv", "code,name,eligible\n36.03.27,Sukamulya,-5\n36.03.30,Sepatan Timur,52000\n");
        string ledger = folder.Write("ledger.csv", "date,kecamatan,device,kind,count\n2012-04-31,36.03.27,,recorded,1\n");

        var load = () => DataFolder.Load(folder.Folder);

        var problems = load.Should().Throw<DataValidationException>().Which.Problems;
        problems.Select(p => (p.Location.File, p.Location.Line)).Should().Equal((kecamatan, 2), (ledger, 2));
        problems.Select(p => p.ToString()).Should().OnlyContain(p => p.StartsWith(kecamatan + ":2: ", StringComparison.Ordinal) || p.StartsWith(ledger + ":2: ", StringComparison.Ordinal));
        problems[0].Message.Should().Contain("-5");
        problems[1].Message.Should().Contain("2012-04-31");
    }

    [Fact]
    public void TryLoad_AFolderWithProblems_ReturnsThemAndNoFolder()
    {
        folder.Write("kecamatan.csv", CliHarness.ValidKecamatan);

        bool loaded = DataFolder.TryLoad(DataSource.FromDirectory(folder.Folder), out var result, out var problems);

        loaded.Should().BeFalse();
        result.Should().BeNull();
        problems.Should().ContainSingle().Which.ToString().Should().Be($"{folder.PathOf("ledger.csv")}: missing file: the data folder needs ledger.csv (or ledger.xlsx).");
    }

    [Fact]
    public void TryLoad_WithProgress_CountsTheLedgersRowsAndBytes()
    {
        folder.WithValidBasics();
        var progress = new DataFolderProgress();

        DataFolder.TryLoad(DataSource.FromDirectory(folder.Folder), progress, out var loaded, out var problems).Should().BeTrue(string.Join("\n", problems));

        loaded!.Data.Ledger.KecamatanCodes.Should().HaveCount(2);
        progress.RowsRead.Should().Be(2);
        progress.TotalBytes.Should().Be(new FileInfo(folder.PathOf("ledger.csv")).Length);
        progress.BytesRead.Should().Be(progress.TotalBytes);
    }

    [Fact]
    public void FromResources_ReadsTheFilesEmbeddedUnderAPrefix_AndNamesThemUnderItsRoot()
    {
        var source = DataSource.FromResources(typeof(EktpCommand).Assembly, "Scenario/", "<scenario>");

        source.FileNames().Should().Contain(["kecamatan.csv", "ledger.csv"]).And.BeInAscendingOrder(StringComparer.Ordinal);
        source.DisplayPath("ledger.csv").Should().Be("<scenario>/ledger.csv");
        source.Exists("ledger.csv").Should().BeTrue();
        source.Exists("nothing.csv").Should().BeFalse();
        var open = () => source.Open("nothing.csv");
        open.Should().Throw<FileNotFoundException>().WithMessage("<scenario> has no file nothing.csv.");
        DataFolder.Load(source).Data.KecamatanCodes.Should().HaveCount(29);
    }

    [Fact]
    public void AnAppsOwnSource_IsReadLikeADirectory_WithItsPathsInTheProblems()
    {
        var source = new InMemorySource("upload-17", new Dictionary<string, string>
        {
            ["kecamatan.csv"] = CliHarness.ValidKecamatan,
            ["ledger.csv"] = "date,kecamatan,device,kind,count\n2012-04-02,36.03.27,,recorded,6300\n2012-04-03,36.03.99,,recorded,1\n",
        });

        DataFolder.TryLoad(source, out _, out var problems).Should().BeFalse();

        problems.Should().ContainSingle().Which.Location.Should().Be(new SourceLocation("upload-17/ledger.csv", 3));
    }

    [Fact]
    public void Arguments_NullOrEmpty_Throw()
    {
        ((Action)(() => DataFolder.Load((string)null!))).Should().Throw<ArgumentNullException>().WithParameterName("directory");
        ((Action)(() => DataFolder.Load(string.Empty))).Should().Throw<ArgumentException>().WithParameterName("directory");
        ((Action)(() => DataFolder.Load((DataSource)null!))).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => DataFolder.TryLoad(null!, out _, out _))).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => DataSource.FromResources(null!, "x/", "x"))).Should().Throw<ArgumentNullException>().WithParameterName("assembly");
    }

    /// <summary>An app's own store: files held in memory, named under a root of its choosing.</summary>
    private sealed class InMemorySource(string root, Dictionary<string, string> files) : DataSource
    {
        public override string DisplayPath(string fileName) => $"{root}/{fileName}";

        public override bool Exists(string fileName) => files.ContainsKey(fileName);

        public override Stream Open(string fileName) => new MemoryStream(Encoding.UTF8.GetBytes(files[fileName]));

        public override IEnumerable<string> FileNames() => files.Keys.Order(StringComparer.Ordinal);
    }
}
