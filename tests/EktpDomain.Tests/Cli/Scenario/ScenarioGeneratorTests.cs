using System;
using System.IO;
using EktpDomain.Tests.Support;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Cli.Scenario;

public class ScenarioGeneratorTests
{
    [Fact]
    public void EmbeddedScenario_IsTheGeneratorsOutput()
    {
        var generated = ScenarioGenerator.Generate();
        string folder = RepositoryPaths.Combine("src", "EktpDomain.Cli", "Scenario");
        if (Environment.GetEnvironmentVariable("EKTP_WRITE_SCENARIO") == "1")
        {
            foreach (var (name, content) in generated)
            {
                File.WriteAllText(Path.Combine(folder, name), content);
            }
        }

        foreach (var (name, content) in generated)
        {
            using var stream = typeof(EktpDomain.Cli.EktpCommand).Assembly.GetManifestResourceStream("Scenario/" + name);
            stream.Should().NotBeNull($"{name} is embedded in the ektp assembly");
            using var reader = new StreamReader(stream!);
            reader.ReadToEnd().Should().Be(content, $"{name} is regenerated with EKTP_WRITE_SCENARIO=1 dotnet test");
        }
    }
}
