using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using EktpDomain.Attainment;
using EktpDomain.Findings;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests;

/// <summary>
/// Every instance of <see cref="EnumNames{TEnum}"/> names each value once, and the library spells those names only
/// through them: no <c>switch</c> arm elsewhere maps a value to its own name as a string literal.
/// </summary>
public partial class EnumNamesInstancesTests
{
    /// <summary>Every public static <c>EnumNames&lt;T&gt;</c> property of the library, with its enum.</summary>
    private static List<(Type Enum, Func<object, string> Format, IReadOnlyList<string> All)> Instances() =>
        [.. typeof(RegionCode).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(EnumNames<>))
            .Select(p =>
            {
                object names = p.GetValue(null)!;
                var format = p.PropertyType.GetMethod(nameof(EnumNames<AttainmentBand>.Format))!;
                var all = (System.Collections.Immutable.ImmutableArray<string>)p.PropertyType.GetProperty(nameof(EnumNames<AttainmentBand>.All))!.GetValue(names)!;
                return (p.PropertyType.GetGenericArguments()[0], (Func<object, string>)(v => (string)format.Invoke(names, [v])!), (IReadOnlyList<string>)all);
            })];

    [Fact]
    public void EveryInstance_NamesEachValueOnce()
    {
        var instances = Instances();

        instances.Select(i => i.Enum).Should().Contain([typeof(AttainmentBand), typeof(FindingSeverity), typeof(RegionLevel)]);
        foreach (var (type, format, all) in instances)
        {
            all.Should().OnlyHaveUniqueItems($"{type.Name} has one name per value");
            Enum.GetValues(type).Cast<object>().Select(format).Should().Equal(all, $"{type.Name}'s names follow its values");
        }
    }

    [Theory]
    [InlineData(AttainmentBand.Met, "met")]
    [InlineData(AttainmentBand.NotApplicable, "not-applicable")]
    [InlineData(AttainmentBand.Unknown, "unknown")]
    public void Band_IsSpelledAsTheJsonContractSpellsIt(AttainmentBand band, string name)
    {
        AttainmentNames.Band.Format(band).Should().Be(name);
        AttainmentNames.Band.TryParse(name.ToUpperInvariant(), out var back).Should().BeTrue();
        back.Should().Be(band);
    }

    [Fact]
    public void Severity_IsSpelledAsTheJsonContractSpellsIt() =>
        Enum.GetValues<FindingSeverity>().Select(FindingNames.Severity.Format).Should().Equal("info", "warning", "critical");

    [Fact]
    public void Level_IsSpelledInKemendagrisWords_AsLevelTakesIt() =>
        Enum.GetValues<RegionLevel>().Select(RegionNames.Level.Format).Should().Equal("nasional", "provinsi", "kabupaten", "kecamatan", "desa");

    [Fact]
    public void NoSourceFile_SpellsAnEnumNameOutsideItsNames()
    {
        var spelled = Instances()
            .SelectMany(i => Enum.GetValues(i.Enum).Cast<object>().Select(v => (Key: $"{i.Enum.Name}.{v}", Name: i.Format(v))))
            .ToDictionary(p => p.Key, p => p.Name, StringComparer.Ordinal);
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Combine("src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            // A switch that re-spells the names: a run of arms of one enum, each mapping a value to its own name.
            // (Prose that happens to use a name for some values, such as the English "camera", is not a re-spelling.)
            var lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length;)
            {
                var arms = new List<Match>();
                int j = i;
                while (j < lines.Length && SwitchArm().Match(lines[j]) is { Success: true } arm
                    && (arms.Count == 0 || EnumOf(arm) == EnumOf(arms[0])))
                {
                    arms.Add(arm);
                    j++;
                }

                if (arms.Count >= 2 && arms.All(a => spelled.TryGetValue(a.Groups[1].Value, out var name) && name == a.Groups[2].Value))
                {
                    found.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}:{i + 1}: {lines[i].Trim()} …");
                }

                i = Math.Max(j, i + 1);
            }
        }

        spelled.Should().ContainKey("AttainmentBand.Met", "the scan knows the names it looks for");
        found.Should().BeEmpty("a value's name is spelled once, in its EnumNames");
    }

    private static string EnumOf(Match arm) => arm.Groups[1].Value.Split('.')[0];

    [GeneratedRegex(@"^\s*(\w+\.\w+) => ""([^""]*)"",?$")]
    private static partial Regex SwitchArm();
}
