namespace EktpDomain.Incidents;

/// <summary>How <c>incidents.csv</c> and the library's messages spell the values of the incident enums.</summary>
public static class IncidentNames
{
    /// <summary>
    /// The causes: <c>hardware</c>, <c>lightning</c>, <c>theft</c>, <c>power</c>, <c>network</c>,
    /// <c>human-error</c>, <c>credential-change</c>, <c>malware</c>, <c>unknown</c>.
    /// </summary>
    public static EnumNames<IncidentCause> Cause { get; } =
        new("hardware", "lightning", "theft", "power", "network", "human-error", "credential-change", "malware", "unknown");
}
