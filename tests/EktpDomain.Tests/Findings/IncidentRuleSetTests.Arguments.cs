using System;
using System.Collections.Generic;
using EktpDomain.Findings;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Findings;

/// <summary>Bad arguments to a rule set: null rules, a null rule, unknown ids.</summary>
public partial class IncidentRuleSetTests
{
    [Fact]
    public void Constructor_NullRules_ThrowsNamingRules() =>
        FluentActions.Invoking(() => new IncidentRuleSet(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("rules");

    [Fact]
    public void Constructor_NullRule_ThrowsWithTheRule()
    {
        var thrown = FluentActions.Invoking(() => new IncidentRuleSet([new LightningRule(), null!]))
            .Should().ThrowExactly<ArgumentNullException>().Which;

        thrown.ParamName.Should().Be("rules");
        thrown.Message.Should().Be("A rule set cannot contain a null rule. (Parameter 'rules')");
    }

    [Fact]
    public void Indexer_UnknownId_ListsTheRulesSeparatedByCommas()
    {
        var rules = new IncidentRuleSet([new LongOutageRule(), new LightningRule(), new RepeatedFailureRule()]);

        FluentActions.Invoking(() => rules["lightnin"])
            .Should().ThrowExactly<KeyNotFoundException>()
            .WithMessage("No rule has the id 'lightnin'; the rules are: long-outage, lightning, repeated-failure.");
    }

    [Fact]
    public void Without_NullId_ThrowsNamingId() =>
        FluentActions.Invoking(() => IncidentRuleSet.Default.Without(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");

    [Fact]
    public void With_NullRule_ThrowsNamingRule() =>
        FluentActions.Invoking(() => IncidentRuleSet.Default.With(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("rule");
}
