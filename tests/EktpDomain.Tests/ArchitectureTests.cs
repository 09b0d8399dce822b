using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests;

/// <summary>
/// The layout rules of docs/architecture.md: every folder of the library (the core package and its words,
/// EktpDomain.Reporting) is its namespace, the namespaces depend on each other one way only, and the command line, the
/// words and the JSON package (EktpDomain.Reporting.Json) use nothing but the core's public API. Dependencies are read from the
/// compiled assemblies (signatures, locals and every token of every method body), so a fully or partly qualified
/// name counts as much as a <c>using</c>, and from the source: every <c>using</c> line and namespace-qualified
/// <c>cref</c>, so a dependency kept only for a doc comment counts too.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly Assembly Library = typeof(RegionCode).Assembly;
    private static readonly Assembly Cli = typeof(EktpDomain.Cli.EktpCommand).Assembly;
    private static readonly Assembly Json = typeof(EktpDomain.Reporting.Json.ReportJson).Assembly;
    private static readonly Assembly Words = typeof(EktpDomain.Reporting.ReportText).Assembly;

    /// <summary>The library's source folders, each with the namespace of its root.</summary>
    private static readonly (string Folder, string Namespace)[] SourceRoots = [("EktpDomain", "EktpDomain"), ("EktpDomain.Reporting", "EktpDomain.Reporting")];

    [Fact]
    public void SourceFiles_EachFolder_IsItsNamespace()
    {
        var wrong = new List<string>();
        foreach (var (folder, rootNamespace) in SourceRoots)
        {
            var source = RepositoryPaths.Combine("src", folder);
            foreach (var file in RepositoryPaths.SourceFiles("src", folder))
            {
                var relative = Path.GetRelativePath(source, file);
                var directory = Path.GetDirectoryName(relative)!;
                var expected = directory.Length == 0 ? rootNamespace : rootNamespace + "." + directory.Replace(Path.DirectorySeparatorChar, '.');
                var declared = NamespaceDeclaration().Match(File.ReadAllText(file));
                if (!declared.Success || declared.Groups[1].Value != expected)
                {
                    wrong.Add($"{folder}/{relative}: declares '{(declared.Success ? declared.Groups[1].Value : "no namespace")}', expected '{expected}'");
                }
            }
        }

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Messages_CarryNoRuleCodes()
    {
        // Rule codes such as "(R5)" belong in the docs (docs/rules.md), not in what an end user reads.
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Combine("src"), "*.cs", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                var code = lines[i].TrimStart();
                if (!code.StartsWith("//", StringComparison.Ordinal) && RuleCodeInString().IsMatch(code))
                {
                    found.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}:{i + 1}: {code}");
                }
            }
        }

        found.Should().BeEmpty();
    }

    [Fact]
    public void LibraryNamespaces_DependOneWay_HaveNoCycle()
    {
        var graph = LibraryGraph();

        graph.Keys.Should().Contain(["EktpDomain.Calendar", "EktpDomain.Recording", "EktpDomain.Reporting"], "the graph is read from the library's types");
        graph["EktpDomain.Reporting"].Should().Contain("EktpDomain.Attainment", "reporting renders attainment results");
        FindCycle(graph).Should().BeNull();
    }

    [Fact]
    public void FindCycle_OfTwoNamespacesThatUseEachOther_NamesTheCycle()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["B"],
        };

        FindCycle(graph).Should().Be("B -> C -> B");
    }

    [Fact]
    public void LibraryNamespaces_FollowTheDocumentedOrder()
    {
        // docs/architecture.md: a namespace may use only namespaces of a lower layer.
        string[][] layers =
        [
            ["EktpDomain"],
            ["EktpDomain.Utility"],
            ["EktpDomain.Calendar", "EktpDomain.Regions.IO", "EktpDomain.Residents"],
            ["EktpDomain.Regions"],
            ["EktpDomain.Devices"],
            ["EktpDomain.Incidents"],
            ["EktpDomain.Recording"],
            ["EktpDomain.Targets", "EktpDomain.Capacity"],
            ["EktpDomain.Findings"],
            ["EktpDomain.Attainment"],
            ["EktpDomain.Forecasting", "EktpDomain.Allocation", "EktpDomain.Trends"],
            ["EktpDomain.Reporting.FindingTexts"],
            ["EktpDomain.Reporting"],
            ["EktpDomain.Reporting.PlainText"],
        ];
        var layerOf = layers.SelectMany((names, layer) => names.Select(name => (name, layer))).ToDictionary(p => p.name, p => p.layer, StringComparer.Ordinal);
        var graph = LibraryGraph();

        graph.Keys.Where(ns => !layerOf.ContainsKey(ns)).Should().BeEmpty("every namespace has a documented layer");
        var upward = graph.SelectMany(p => p.Value.Where(d => layerOf.TryGetValue(d, out var l) && l >= layerOf[p.Key] && d != p.Key).Select(d => $"{p.Key} -> {d}"));
        upward.Should().BeEmpty();
    }

    [Fact]
    public void CommandLine_UsesOnlyThePublicApi() => UsesOnlyThePublicApi(Cli, "the command line calls the library");

    [Fact]
    public void JsonPackage_UsesOnlyThePublicApi() => UsesOnlyThePublicApi(Json, "the JSON writer reads the library's results");

    [Fact]
    public void ReportingPackage_UsesOnlyThePublicApi() => UsesOnlyThePublicApi(Words, "the words render the library's results");

    [Fact]
    public void Library_HoldsNeitherTheWordsNorTheJson()
    {
        // The words (EktpDomain.Reporting) and the JSON of reports (EktpDomain.Reporting.Json) are packages of their own
        // (issue 24): the core neither holds nor references them.
        Library.GetTypes().Select(t => Outermost(t).Namespace ?? string.Empty)
            .Where(ns => ns == "EktpDomain.Reporting" || ns.StartsWith("EktpDomain.Reporting.", StringComparison.Ordinal))
            .Should().BeEmpty();
        Library.GetReferencedAssemblies().Select(a => a.Name).Should().NotContain([Json.GetName().Name, Words.GetName().Name]);
    }

    [Fact]
    public void JsonPackage_IsOneNamespace_ThatReferencesOnlyTheLibraryAndTheFramework()
    {
        Json.GetTypes().Select(t => Outermost(t).Namespace).OfType<string>().Distinct().Should().Equal("EktpDomain.Reporting.Json");

        // NodaTime comes with the library (its one dependency): the DTOs' dates are its LocalDate and YearMonth.
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var references = Json.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        string[] library = [Library.GetName().Name!, Words.GetName().Name!, "NodaTime"];
        references.Should().Contain(library);
        references.Where(name => !library.Contains(name))
            .Where(name => Path.GetDirectoryName(Assembly.Load(name).Location) != framework)
            .Should().BeEmpty("the package depends on the library and its words alone; System.Text.Json is part of the framework");
    }

    private static void UsesOnlyThePublicApi(Assembly assembly, string because)
    {
        var used = ReferencedTypes(assembly).Where(t => t.Assembly == Library).ToList();

        used.Should().NotBeEmpty(because);
        used.Where(t => !IsPublic(t) || Outermost(t).Namespace == "EktpDomain.Utility")
            .Select(t => t.FullName)
            .Should().BeEmpty();
    }

    /// <summary>The compiled dependencies and the source's (<c>using</c> lines and qualified <c>cref</c>s) together.</summary>
    private static Dictionary<string, HashSet<string>> LibraryGraph()
    {
        var graph = NamespaceGraph(Library, Words);
        foreach (var (from, to) in SourceGraph())
        {
            if (!graph.TryGetValue(from, out var targets))
            {
                graph[from] = targets = new HashSet<string>(StringComparer.Ordinal);
            }

            targets.UnionWith(to);
        }

        return graph;
    }

    private static bool IsPublic(Type type) => type.IsPublic || (type.IsNestedPublic && IsPublic(type.DeclaringType!));

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    /// <summary>Which namespaces of <paramref name="assemblies"/> each of their namespaces uses, from the compiled code.</summary>
    private static Dictionary<string, HashSet<string>> NamespaceGraph(params Assembly[] assemblies)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
        {
            var from = Outermost(type).Namespace;
            if (string.IsNullOrEmpty(from))
            {
                continue;
            }

            if (!graph.TryGetValue(from, out var targets))
            {
                graph[from] = targets = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var used in ReferencedTypes(type).Where(t => assemblies.Contains(t.Assembly)))
            {
                var to = Outermost(used).Namespace;
                if (!string.IsNullOrEmpty(to) && to != from)
                {
                    targets.Add(to);
                }
            }
        }

        return graph;
    }

    /// <summary>The first cycle found, as <c>A -> B -> A</c>, or null.</summary>
    private static string? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            var cycle = Visit(start);
            if (cycle is not null)
            {
                return cycle;
            }
        }

        return null;

        string? Visit(string node)
        {
            state.TryGetValue(node, out var s);
            if (s == 2)
            {
                return null;
            }

            if (s == 1)
            {
                return string.Join(" -> ", path.Skip(path.IndexOf(node)).Append(node));
            }

            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                var cycle = Visit(next);
                if (cycle is not null)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }

    private static IEnumerable<Type> ReferencedTypes(Assembly assembly) => assembly.GetTypes().SelectMany(ReferencedTypes).Distinct();

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || t.IsGenericParameter || !found.Add(t))
            {
                return;
            }

            if (t.HasElementType)
            {
                Add(t.GetElementType());
            }

            foreach (var argument in t.IsGenericType ? t.GetGenericArguments() : [])
            {
                Add(argument);
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }

        foreach (var field in type.GetFields(all))
        {
            Add(field.FieldType);
        }

        foreach (var property in type.GetProperties(all))
        {
            Add(property.PropertyType);
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
            }

            var body = method.GetMethodBody();
            if (body is null)
            {
                continue;
            }

            foreach (var local in body.LocalVariables)
            {
                Add(local.LocalType);
            }

            foreach (var member in TokensOf(method, body.GetILAsByteArray() ?? []))
            {
                Add(member as Type ?? member.DeclaringType);
                switch (member)
                {
                    case MethodInfo m:
                        Add(m.ReturnType);
                        foreach (var argument in m.IsGenericMethod ? m.GetGenericArguments() : [])
                        {
                            Add(argument);
                        }

                        break;
                    case FieldInfo f:
                        Add(f.FieldType);
                        break;
                }
            }
        }

        return found;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(op => op.Value);

    /// <summary>The members and types that the method body's tokens name.</summary>
    private static IEnumerable<MemberInfo> TokensOf(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? unchecked((short)(0xFE00 | il[++i])) : il[i];
            i++;
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineTok:
                case OperandType.InlineType:
                    var member = Resolve(method.Module, BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                    if (member is not null)
                    {
                        yield return member;
                    }

                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineBrTarget:
                case OperandType.InlineI:
                case OperandType.InlineSig:
                case OperandType.InlineString:
                case OperandType.ShortInlineR:
                    i += 4;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    i += 1;
                    break;
            }
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            // A token of another module (a reference into the BCL or NodaTime) that needs a generic context we do
            // not have: it cannot name a library type's namespace through its declaring type anyway.
            return null;
        }
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"""[^""]*\(R\d+[,)–-]")]
    private static partial Regex RuleCodeInString();
}
