using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using EktpDomain.Regions;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests;

/// <summary>The one way a builder collects problems and is used once: each check and message written once.</summary>
public sealed partial class BuildStateTests
{
    private static readonly SourceLocation Row2 = new("rows.csv", 2);
    private static readonly SourceLocation Row3 = new("rows.csv", 3);

    private static readonly RegionCode[] Kecamatan = [RegionCode.Parse("36.03.27")];

    [Fact]
    public void ThrowIfBuilt_UntilItFinishes_Passes_ThenThrowsNamingWhatItBuilt()
    {
        var state = new BuildState("sample log");
        FluentActions.Invoking(state.ThrowIfBuilt).Should().NotThrow();

        state.Finish(() => "built");

        FluentActions.Invoking(state.ThrowIfBuilt).Should().ThrowExactly<InvalidOperationException>()
            .WithMessage("This builder has already built its sample log; create a new builder.");
        FluentActions.Invoking(() => state.TryFinish(() => "again", out _, out _)).Should().ThrowExactly<InvalidOperationException>();
    }

    [Fact]
    public void TryFinish_WithoutProblems_BuildsOnce()
    {
        var state = new BuildState("sample log");
        int calls = 0;

        bool built = state.TryFinish(() => $"built {++calls}", out var result, out var found);

        built.Should().BeTrue();
        result.Should().Be("built 1");
        found.Should().BeEmpty();
        state.HasProblems.Should().BeFalse();
    }

    [Fact]
    public void TryFinish_WithProblems_GivesThemInTheOrderAdded_WithoutBuilding()
    {
        var state = new BuildState("sample log");
        state.Add(Row3, "third row first");
        state.Add(Row2, "second row after");
        state.Add(new DataProblem(SourceLocation.None, "a problem as it is"));
        bool calledBuild = false;

        bool built = state.TryFinish(
            () =>
            {
                calledBuild = true;
                return "built";
            },
            out var result,
            out var found);

        built.Should().BeFalse();
        result.Should().BeNull();
        calledBuild.Should().BeFalse();
        found.Select(p => p.ToString()).Should().Equal("rows.csv:3: third row first", "rows.csv:2: second row after", "a problem as it is");
        FluentActions.Invoking(() => state.TryFinish(() => "again", out _, out _)).Should().ThrowExactly<InvalidOperationException>("a builder is used once, even when it found problems");
    }

    [Fact]
    public void Finish_WithProblems_ThrowsThemAll()
    {
        var state = new BuildState("sample log");
        state.Add(Row2, "one");
        state.Add(Row3, "two");

        var thrown = FluentActions.Invoking(() => state.Finish(() => "built")).Should().ThrowExactly<DataValidationException>().Which;

        thrown.Problems.Select(p => (p.Location, p.Message)).Should().Equal((Row2, "one"), (Row3, "two"));
    }

    [Fact]
    public void Finish_CheckingAtBuildTime_EndsTheBuilderFirst_AndHandsOnWhatItChecked()
    {
        var state = new BuildState("sample log");

        string built = state.Finish(
            () =>
            {
                FluentActions.Invoking(state.ThrowIfBuilt).Should().ThrowExactly<InvalidOperationException>("the checks run once the builder is ended");
                return 41;
            },
            n => $"built from {n + 1}");

        built.Should().Be("built from 42");
    }

    [Fact]
    public void TryFinish_ProblemsFoundAtBuildTime_FailAfterThoseFoundWhileAdding()
    {
        var state = new BuildState("sample log");
        state.Add(Row3, "while adding");
        bool calledBuild = false;

        bool built = state.TryFinish(
            () =>
            {
                state.Add(Row2, "at build time");
                return 0;
            },
            _ =>
            {
                calledBuild = true;
                return "built";
            },
            out _,
            out var found);

        built.Should().BeFalse();
        calledBuild.Should().BeFalse();
        found.Select(p => p.Message).Should().Equal("while adding", "at build time");
    }

    [Fact]
    public void Add_WithPositions_ReportsByPosition_ThoseOfOnePositionInTheOrderAdded()
    {
        var state = new BuildState("sample log");
        state.Add(3, Row3, "third");
        state.Add(1, SourceLocation.None, "first");
        state.Add(2, SourceLocation.None, "second");
        state.Add(1, SourceLocation.None, "first again");
        state.Add(SourceLocation.None, "without a position: after all before it");
        state.Add(0, SourceLocation.None, "zeroth");

        state.TryFinish(() => "built", out _, out var found);

        found.Select(p => p.Message).Should().Equal("zeroth", "first", "first again", "second", "third", "without a position: after all before it");
    }

    [Fact]
    public void Add_WithPositionsInOrder_KeepsTheOrderAdded()
    {
        var state = new BuildState("sample log");
        state.Add(1, SourceLocation.None, "b");
        state.Add(1, SourceLocation.None, "a");
        state.Add(2, SourceLocation.None, "c");

        state.TryFinish(() => "built", out _, out var found);

        found.Select(p => p.Message).Should().Equal("b", "a", "c");
    }

    [Theory]
    [InlineData("incident log")]
    [InlineData("device inventory")]
    [InlineData("invitation log")]
    [InlineData("sync log")]
    [InlineData("recording ledger")]
    [InlineData("coverage series")]
    [InlineData("eligible population")]
    [InlineData("code changes")]
    public void EveryBuilder_BuildsOnce_WithTheOneMessage(string product)
    {
        Func<object> build = product switch
        {
            "incident log" => IncidentLog.CreateBuilder().Build,
            "device inventory" => DeviceInventory.CreateBuilder().Build,
            "invitation log" => InvitationLog.CreateBuilder(Kecamatan).Build,
            "sync log" => SyncLog.CreateBuilder(Kecamatan).Build,
            "recording ledger" => RecordingLedger.CreateBuilder(Kecamatan).Build,
            "coverage series" => CoverageSeries.CreateBuilder().Build,
            "eligible population" => EligiblePopulation.CreateBuilder().Build,
            _ => RegionCodeChanges.CreateBuilder().Build,
        };
        build().Should().NotBeNull();

        FluentActions.Invoking(build).Should().ThrowExactly<InvalidOperationException>()
            .WithMessage($"This builder has already built its {product}; create a new builder.");
    }

    [Fact]
    public void OwnBuildState_InABuilderOfTheOldKind_IsSeen()
    {
        const string Source = """
            public sealed class SampleBuilder
            {
                private readonly List<DataProblem> problems = [];
                private bool built;

                private void ThrowIfBuilt()
                {
                    if (built)
                    {
                        throw new InvalidOperationException("This sample builder has already built; create a new builder.");
                    }
                }
            }
            """;

        OwnBuildState(Source).Should().Equal("List<DataProblem>", "bool built", "void ThrowIfBuilt", "InvalidOperationException(\"This sample builder has already built");
        OwnBuildState("private readonly BuildState state = new(\"sample\");\nstate.ThrowIfBuilt();").Should().BeEmpty();
    }

    [Fact]
    public void Builders_KeepTheirProblemsAndSingleUseOnlyInBuildState()
    {
        var files = RepositoryPaths.SourceFiles("src", "EktpDomain").ToList();
        var own = files
            .Where(f => Path.GetFileName(f) != "BuildState.cs")
            .Where(f => Path.GetFileName(f).EndsWith("Builder.cs", StringComparison.Ordinal) || OwnBuildState(File.ReadAllText(f)).Any(m => m.StartsWith("InvalidOperationException", StringComparison.Ordinal)))
            .SelectMany(f => OwnBuildState(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(RepositoryPaths.Root, f)}: {m}"));

        files.Select(Path.GetFileName).Should().Contain(["BuildState.cs", "IncidentLogBuilder.cs", "RecordingLedgerBuilder.cs"], "the scan must see the library's builders");
        own.Should().BeEmpty("a builder keeps its problems and its single use in a BuildState, whose check and message exist once");
    }

    /// <summary>What in <paramref name="text"/> repeats <see cref="BuildState"/>: its own problem list, built flag, check or message.</summary>
    private static List<string> OwnBuildState(string text) =>
        [.. OwnBuildStatePattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex("""List<DataProblem>|bool built\b|void ThrowIfBuilt|InvalidOperationException\(\$?"[^"]*already built""")]
    private static partial Regex OwnBuildStatePattern();
}
