namespace EktpDomain.Findings;

/// <summary>How the JSON contract and the English text spell the values of the finding enums.</summary>
public static class FindingNames
{
    /// <summary>The severities (R8): <c>info</c>, <c>warning</c>, <c>critical</c>.</summary>
    public static EnumNames<FindingSeverity> Severity { get; } = new("info", "warning", "critical");
}
