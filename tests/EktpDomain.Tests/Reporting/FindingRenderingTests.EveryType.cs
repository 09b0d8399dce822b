using System;
using System.Collections.Generic;
using System.Linq;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using EktpDomain.Reporting.FindingTexts;
using FluentAssertions;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Reporting;

/// <summary>
/// Every details type of the library has a message and an action in every built-in language: a new rule whose
/// details have no text file in <see cref="RuleTexts"/> fails here, not with an <see cref="InvalidCastException"/> at run time.
/// </summary>
public partial class FindingRenderingTests
{
    /// <summary>One instance of each built-in details type. A new type needs an entry here, and its text in each language.</summary>
    private static readonly Dictionary<Type, Func<FindingDetails>> EveryType = new()
    {
        [typeof(LongOutageDetails)] = () => new LongOutageDetails(SetOutage()),
        [typeof(NoWorkingDeviceDetails)] = () => new NoWorkingDeviceDetails(2, Apr(9)),
        [typeof(DataLossDetails)] = () => new DataLossDetails(1_738),
        [typeof(MobileUnitRecommendedDetails)] = () => new MobileUnitRecommendedDetails(600, 500),
        [typeof(CredentialChangeDetails)] = () => new CredentialChangeDetails(new Incident("IN-7", SepatanTimur, null, DeviceComponent.Software, IncidentCause.CredentialChange, Apr(3))),
        [typeof(LightningDetails)] = () => new LightningDetails(new Incident("IN-3", Pagedangan, null, DeviceComponent.Server, IncidentCause.Lightning, Apr(12))),
        [typeof(RepeatedFailureDetails)] = () => new RepeatedFailureDetails("K-06-1", 3, Apr(2), Apr(9), 90),
        [typeof(LowTurnoutDetails)] = () => new LowTurnoutDetails(new InvitationTotals(900, 410), 60m),
        [typeof(UnsentRecordsDetails)] = () => new UnsentRecordsDetails("K-06-1", 734, Apr(12), 3, Apr(10), 500, 3),
        [typeof(UnsentAtRiskDetails)] = () => new UnsentAtRiskDetails(new Incident("IN-9", Kresek, "K-06-1", DeviceComponent.Software, IncidentCause.Malware, Apr(13)), 734),
        [typeof(OverCoverageDetails)] = () => new OverCoverageDetails(41_200, 41_000),
        [typeof(DataQualityDetails)] = () => new DataQualityDetails(new DataQualityIssue(Kresek, Apr(15), DataQualityKind.SexSplit, "eligible", 10, 9)),
        [typeof(CustomFindingDetails)] = () => new CustomFindingDetails(new FindingText("en", "A custom message.", "A custom action.")),
    };

    public static TheoryData<string> DetailsTypes() => new(DetailsTypesOfTheLibrary().Select(t => t.Name));

    private static IEnumerable<Type> DetailsTypesOfTheLibrary() =>
        typeof(FindingDetails).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(FindingDetails)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal);

    [Fact]
    public void EveryDetailsType_HasASampleHere()
    {
        DetailsTypesOfTheLibrary().Should().NotBeEmpty()
            .And.OnlyContain(t => EveryType.ContainsKey(t), "every details type of the library is rendered by the test below; add a sample for a new one");
    }

    [Fact]
    public void EveryBuiltInDetailsType_HasItsTextInTheRegistry()
    {
        var builtIn = DetailsTypesOfTheLibrary().Where(t => t != typeof(CustomFindingDetails)).ToList();

        builtIn.Should().HaveCountGreaterThan(10);
        RuleTexts.All.Select(t => t.DetailsType).Should().BeEquivalentTo(builtIn, "each built-in details type has one text file, listed once in RuleTexts");
        foreach (var type in builtIn)
        {
            RuleTexts.For(EveryType[type]()).Should().NotBeNull($"RuleTexts lists the text of {type.Name}").And.Match<RuleText>(t => t.DetailsType == type);
        }
    }

    [Theory]
    [MemberData(nameof(DetailsTypes))]
    public void EveryDetailsType_HasAMessageAndAnActionInEachLanguage(string typeName)
    {
        var type = DetailsTypesOfTheLibrary().Single(t => t.Name == typeName);
        EveryType.Should().ContainKey(type, "a new details type needs a sample here and its text in every language");
        var finding = Of(EveryType[type]());

        var messages = new HashSet<string>(StringComparer.Ordinal);
        var actions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in ReportText.BuiltIn)
        {
            string message = text.FindingMessage(finding);
            string action = text.FindingAction(finding);

            message.Should().NotBeNullOrWhiteSpace($"{text.LanguageCode} renders the message of {typeName}");
            action.Should().NotBeNullOrWhiteSpace($"{text.LanguageCode} renders the action of {typeName}");
            message.Should().NotBe(action);
            messages.Add(message);
            actions.Add(action);
        }

        if (type != typeof(CustomFindingDetails))
        {
            messages.Should().HaveCount(ReportText.BuiltIn.Length, "each language has its own words for a built-in rule");
            actions.Should().HaveCount(ReportText.BuiltIn.Length, "each language has its own action for a built-in rule");
        }
    }
}
