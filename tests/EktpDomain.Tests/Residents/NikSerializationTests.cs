using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using EktpDomain.Residents;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Residents;

/// <summary>
/// A NIK must not be rebuildable from what a serializer or a structured logger writes by default (R11): only
/// <see cref="Nik.RevealDigits"/> gives the birth date digits.
/// </summary>
public class NikSerializationTests
{
    private static readonly LocalDate AsOf = new(2012, 4, 30);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    // A woman born on 15 August 1985: the hidden digits are 550885.
    private static readonly Nik Woman = Nik.Parse("3603305508850002", AsOf);

    /// <summary>A user's own type that holds a NIK and a resident, as an app would log or store it.</summary>
    public sealed record Visit(string Officer, Nik Nik, Resident Resident, Nik? Spouse);

    [Fact]
    public void SystemTextJson_WritesANikMasked()
    {
        JsonSerializer.Serialize(Woman).Should().Be("\"360330******0002\"");
        JsonSerializer.Serialize<Nik?>(Woman).Should().Be("\"360330******0002\"");
        JsonSerializer.Serialize<Nik?>(null).Should().Be("null");
    }

    [Fact]
    public void SystemTextJson_WritesAResidentWithoutTheBirthDateOrTheDigits()
    {
        var resident = new Resident(new LocalDate(1985, 8, 15), Citizenship.Citizen, MaritalStatus.Married, Woman);

        string json = JsonSerializer.Serialize(resident);

        json.Should().Be("{\"Citizenship\":0,\"MaritalStatus\":1,\"Nik\":\"360330******0002\"}");
        AssertNoBirthDate(json);
    }

    [Fact]
    public void SystemTextJson_WritesAUsersRecordWithEveryNikMasked()
    {
        var spouse = Nik.Parse("3603301203830007", AsOf);
        var visit = new Visit(
            "Ani",
            Woman,
            new Resident(new LocalDate(1985, 8, 15), Citizenship.Citizen, MaritalStatus.Married, Woman),
            spouse);

        string json = JsonSerializer.Serialize(visit, Indented);

        json.Should().Contain("\"Nik\": \"360330******0002\"").And.Contain("\"Spouse\": \"360330******0007\"");
        AssertNoBirthDate(json);
        json.Should().NotContain("120383");
        NikTests.SixteenDigits.IsMatch(json).Should().BeFalse();
    }

    [Fact]
    public void SystemTextJson_RefusesToReadANikBack()
    {
        // The masked form cannot be turned back into a NIK, and reading 16 digits from JSON would invite writing them.
        var act = () => JsonSerializer.Deserialize<Nik>("\"360330******0002\"");

        act.Should().Throw<JsonException>().WithMessage("*Nik.Parse*").Which.Message.Should().NotContain("550885");
    }

    [Fact]
    public void ReflectingOverPublicProperties_AsStructuredLoggersDo_FindsNoBirthDate()
    {
        var resident = new Resident(new LocalDate(1985, 8, 15), Citizenship.Citizen, MaritalStatus.Married, Woman);

        var leaves = new List<string>();
        Destructure(new Visit("Ani", Woman, resident, Woman), depth: 0, leaves);

        leaves.Should().NotBeEmpty();
        leaves.Should().NotContain(v => v.Contains("1985", StringComparison.Ordinal), "the birth year is a hidden part");
        leaves.Should().NotContain(nameof(Sex.Female), "the sex decides the day part");
        leaves.Should().Contain("360330******0002");
    }

    [Fact]
    public void TheHiddenPartsAreStillThereOnRequest()
    {
        Woman.GetBirthDate().Should().Be(new LocalDate(1985, 8, 15));
        Woman.GetSex().Should().Be(Sex.Female);
        Resident.WithCorrectedBirthDate(new LocalDate(1985, 8, 16), Citizenship.Citizen, MaritalStatus.Married, Woman)
            .GetBirthDate().Should().Be(new LocalDate(1985, 8, 16));
    }

    private static void AssertNoBirthDate(string json)
    {
        json.Should().NotContain("1985").And.NotContain("550885").And.NotContain("BirthDate").And.NotContain("Sex");
    }

    // What a structured logger's default destructuring does: read every public property, down a few levels, and keep
    // the leaves' text. Properties that throw are skipped, as loggers do.
    private static void Destructure(object? value, int depth, List<string> leaves)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        if (depth == 4 || type.IsPrimitive || type.IsEnum || value is string or decimal || type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Length == 0)
        {
            leaves.Add(value.ToString() ?? string.Empty);
            return;
        }

        leaves.Add(value.ToString() ?? string.Empty);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            object? child;
            try
            {
                child = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                continue;
            }

            Destructure(child, depth + 1, leaves);
        }
    }
}
