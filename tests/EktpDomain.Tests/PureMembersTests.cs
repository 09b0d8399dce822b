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
/// Every public struct of the library marks its non-void methods (operators and overrides included) <c>[Pure]</c>,
/// as NodaTime does, so that an analyzer warns when a caller drops the result. Methods that write into a caller's
/// buffer (<c>TryFormat</c>) are not pure. <c>System.Diagnostics.Contracts.PureAttribute</c> is conditional, so it
/// is not in the compiled assembly: the test reads the source of each public struct that reflection lists.
/// </summary>
public partial class PureMembersTests
{
    [Fact]
    public void PublicStructs_MarkEveryNonVoidMethodPure()
    {
        var structs = typeof(RegionCode).Assembly.GetExportedTypes().Where(t => t.IsValueType && !t.IsEnum).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var sources = RepositoryPaths.SourceFiles("src", "EktpDomain")
            .Select(f => (File: f, Struct: StructDeclaration().Match(File.ReadAllText(f))))
            .Where(s => s.Struct.Success && structs.Contains(s.Struct.Groups[1].Value))
            .ToList();

        sources.Select(s => s.Struct.Groups[1].Value).Should().BeEquivalentTo(structs, "each public struct is declared in one file of src/EktpDomain");
        sources.SelectMany(s => Missing(s.File, s.Struct.Groups[1].Value)).Should().BeEmpty("these members return a value and change nothing");
    }

    [Fact]
    public void Missing_FindsAnUnmarkedMethod_AndSkipsMarkedOnesPropertiesAndConstructors()
    {
        string file = Path.Combine(Path.GetTempPath(), $"pure-{Guid.NewGuid():N}.cs");
        File.WriteAllText(file, """
            public readonly struct Sample
            {
                public Sample(int value) => Value = value;

                public int Value { get; }

                [Pure]
                public int Twice() => Value * 2;

                public int Thrice() => Value * 3;

                public static bool operator ==(Sample a, Sample b) => a.Value == b.Value;

                public void Print() { }

                public bool TryFormat(Span<char> destination, out int written) { written = 0; return true; }
            }
            """);
        try
        {
            Missing(file, "Sample").Should().Equal($"{Path.GetFileName(file)}:10: public int Thrice() => Value * 3;", $"{Path.GetFileName(file)}:12: public static bool operator ==(Sample a, Sample b) => a.Value == b.Value;");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The method declarations of the struct's file that return a value and have no <c>[Pure]</c> among their attributes.</summary>
    private static IEnumerable<string> Missing(string file, string structName)
    {
        var lines = File.ReadAllLines(file);
        for (int i = 0; i < lines.Length; i++)
        {
            var method = MethodDeclaration().Match(lines[i]);
            if (!method.Success || lines[i].Contains("Span<char> destination", StringComparison.Ordinal))
            {
                continue;
            }

            bool conversion = method.Groups["conversion"].Success;
            string returns = method.Groups["returns"].Value;
            if (!conversion && (returns == "void" || method.Groups["name"].Value == structName))
            {
                continue;
            }

            int above = i - 1;
            bool pure = false;
            while (above >= 0 && (lines[above].TrimStart().StartsWith('[') || lines[above].TrimStart().StartsWith("///", StringComparison.Ordinal)))
            {
                pure |= lines[above].Trim() == "[Pure]";
                above--;
            }

            if (!pure)
            {
                yield return $"{Path.GetFileName(file)}:{i + 1}: {lines[i].Trim()}";
            }
        }
    }

    [GeneratedRegex(@"^public (?:readonly )?(?:partial )?(?:record )?struct (\w+)", RegexOptions.Multiline)]
    private static partial Regex StructDeclaration();

    [GeneratedRegex(@"^    public (?:static |override |readonly |new )*(?:(?<conversion>(?:implicit|explicit) operator)|(?<returns>[\w<>\[\]?,. ]+?) (?<name>operator\s*[^\s(]+|\w+)\s*\()")]
    private static partial Regex MethodDeclaration();
}
