using System;
using EktpDomain.Incidents;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Incidents;

/// <summary>The causes as incidents.csv spells them (docs/data-folder.md).</summary>
public class IncidentNamesTests
{
    [Fact]
    public void Cause_NamesEveryValueInOrder()
    {
        IncidentNames.Cause.All.Should().Equal("hardware", "lightning", "theft", "power", "network", "human-error", "credential-change", "malware", "unknown");
        IncidentNames.Cause.All.Should().HaveCount(Enum.GetValues<IncidentCause>().Length);
        IncidentNames.Cause.Format(IncidentCause.HumanError).Should().Be("human-error");
        IncidentNames.Cause.TryParse("Credential-Change", out var cause).Should().BeTrue();
        cause.Should().Be(IncidentCause.CredentialChange);
    }
}
