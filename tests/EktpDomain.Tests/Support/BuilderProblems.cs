using System.Collections.Immutable;
using System.Linq;
using FluentAssertions;

namespace EktpDomain.Tests.Support;

/// <summary>A builder's <c>TryBuild</c>, as a delegate the helper below can call for any builder.</summary>
public delegate bool TryBuild<T>(out T? built, out ImmutableArray<DataProblem> problems)
    where T : class;

/// <summary>The problems a builder reports when it refuses to build, for tests of the rule that bad rows are named, not dropped.</summary>
public static class BuilderProblems
{
    /// <summary>Calls <paramref name="tryBuild"/>, checks that it fails and gives nothing, and returns its problems as text.</summary>
    public static string[] Of<T>(TryBuild<T> tryBuild)
        where T : class
    {
        tryBuild(out var built, out var problems).Should().BeFalse();
        built.Should().BeNull();
        return [.. problems.Select(p => p.ToString())];
    }
}
