using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests;

/// <summary>
/// What the compiled assembly cannot show: a <c>using</c> line or a <c>cref</c> kept only for an XML doc comment.
/// Both count as dependencies, so a doc comment names a type further up the order in plain text, never as a link.
/// </summary>
public sealed partial class ArchitectureTests
{
    [Fact]
    public void SourceDependencies_OfAUsingKeptForADocComment_AreSeen()
    {
        var namespaces = new HashSet<string>(["EktpDomain", "EktpDomain.Capacity", "EktpDomain.Devices", "EktpDomain.Reporting", "EktpDomain.Reporting.Json"], StringComparer.Ordinal);
        const string Source = """
            using System;
            using EktpDomain.Capacity;
            using static EktpDomain.Reporting.ReportText;

            namespace EktpDomain.Devices;

            /// <summary>Computed by <see cref="CapacityAnalysis"/>, written by <see cref="Reporting.Json.ReportJson.Serialize"/>.</summary>
            /// <remarks>Not a dependency: <c>EktpDomain.Attainment</c>, <see cref="Devices.DeviceInventory"/>.</remarks>
            """;

        var (from, to) = SourceDependencies(Source, namespaces);

        from.Should().Be("EktpDomain.Devices");
        to.Should().BeEquivalentTo(["EktpDomain.Capacity", "EktpDomain.Reporting", "EktpDomain.Reporting.Json"]);
    }

    [Fact]
    public void SourceDependencies_OfTheLibrary_AreFound()
    {
        var graph = SourceGraph();

        graph.Should().ContainKey("EktpDomain.Reporting.PlainText").WhoseValue.Should().Contain("EktpDomain.Attainment", "the plain-text writer's files name the attainment types");
    }

    /// <summary>The namespaces each source file of the library names in a <c>using</c> line or a namespace-qualified <c>cref</c>.</summary>
    private static Dictionary<string, HashSet<string>> SourceGraph()
    {
        var files = SourceRoots.SelectMany(root => RepositoryPaths.SourceFiles("src", root.Folder)).Select(File.ReadAllText).ToList();
        var namespaces = files.Select(text => NamespaceDeclaration().Match(text)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var text in files)
        {
            var (from, to) = SourceDependencies(text, namespaces);
            if (!graph.TryGetValue(from, out var targets))
            {
                graph[from] = targets = new HashSet<string>(StringComparer.Ordinal);
            }

            targets.UnionWith(to);
        }

        return graph;
    }

    /// <summary>
    /// The file's namespace, and the library namespaces other than its own that it names: each <c>using</c> line
    /// (plain, static or alias) and each <c>cref</c> written with a namespace (<c>Capacity.CapacityAnalysis</c> or
    /// <c>EktpDomain.Capacity.CapacityAnalysis</c>), taken as the longest library namespace it starts with.
    /// </summary>
    private static (string From, HashSet<string> To) SourceDependencies(string text, IReadOnlySet<string> namespaces)
    {
        var from = NamespaceDeclaration().Match(text).Groups[1].Value;
        var to = new HashSet<string>(StringComparer.Ordinal);
        var names = UsingLine().Matches(text).Select(m => m.Groups[1].Value)
            .Concat(CrefAttribute().Matches(text).Select(m => m.Groups[1].Value.Split('(', '{')[0]));
        foreach (var name in names)
        {
            var qualified = name.StartsWith("EktpDomain.", StringComparison.Ordinal) || name == "EktpDomain" ? name : "EktpDomain." + name;
            var owner = namespaces.Where(ns => qualified == ns || qualified.StartsWith(ns + ".", StringComparison.Ordinal)).MaxBy(ns => ns.Length);
            if (owner is not null && owner != from && owner != "EktpDomain" && !IsOwnNestedName(from, owner))
            {
                to.Add(owner);
            }
        }

        return (from, to);

        // "Devices.DeviceInventory" inside EktpDomain.Devices is the file's own namespace, not a dependency.
        static bool IsOwnNestedName(string from, string owner) => from.StartsWith(owner + ".", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^using (?:static )?(?:\w+ = )?(EktpDomain(?:\.\w+)*);", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"cref=""([^""]+)""")]
    private static partial Regex CrefAttribute();
}
