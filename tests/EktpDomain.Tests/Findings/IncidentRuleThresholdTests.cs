using System;
using EktpDomain.Findings;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Findings;

/// <summary>A rule's threshold out of range names the parameter, the rule, the least valid value and the value given.</summary>
public class IncidentRuleThresholdTests
{
    public static TheoryData<Func<object>, string, string> Cases => new()
    {
        { () => new RepeatedFailureRule(minimumIncidents: 1), "minimumIncidents", "minimumIncidents of 'repeated-failure' must be at least 2 incidents, not 1." },
        { () => new RepeatedFailureRule(withinDays: 0), "withinDays", "withinDays of 'repeated-failure' must be at least 1 day, not 0." },
        { () => new LowTurnoutRule(minimumInvited: -5), "minimumInvited", "minimumInvited of 'low-turnout' must be at least 1 invited resident, not -5." },
        { () => new NoWorkingDeviceRule(minimumWorkingDays: 0), "minimumWorkingDays", "minimumWorkingDays of 'no-working-device' must be at least 1 working day, not 0." },
        { () => new UnsentRecordsRule(countThreshold: 0), "countThreshold", "countThreshold of 'unsent-records' must be at least 1 unsent record, not 0." },
        { () => new UnsentRecordsRule(ageWorkingDays: -1), "ageWorkingDays", "ageWorkingDays of 'unsent-records' must be at least 0 working days, not -1." },
        { () => new MobileUnitRecommendedRule(backlogThreshold: -100), "backlogThreshold", "backlogThreshold of 'mobile-unit-recommended' must be at least 1 resident to re-record, not -100." },
        { () => new LongOutageRule(warningWorkingDays: 0), "warningWorkingDays", "warningWorkingDays of 'long-outage' must be at least 1 working day, not 0." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Constructor_ThresholdOutOfRange_ThrowsNamingIt(Func<object> create, string parameter, string message) =>
        FluentActions.Invoking(create)
            .Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithMessage($"{message} (Parameter '{parameter}')")
            .WithParameterName(parameter);
}
