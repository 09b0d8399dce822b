namespace EktpDomain.Incidents;

/// <summary>Why an incident happened (the <c>cause</c> column of incidents.csv). Two causes have their own rule (R8).</summary>
public enum IncidentCause
{
    /// <summary>A hardware fault (<c>hardware</c>).</summary>
    Hardware = 0,

    /// <summary>A lightning strike (<c>lightning</c>), as at Pagedangan; R8's <c>lightning</c> rule reports it.</summary>
    Lightning = 1,

    /// <summary>Theft (<c>theft</c>).</summary>
    Theft = 2,

    /// <summary>A power failure (<c>power</c>).</summary>
    Power = 3,

    /// <summary>A network failure (<c>network</c>).</summary>
    Network = 4,

    /// <summary>An operator's mistake (<c>human-error</c>).</summary>
    HumanError = 5,

    /// <summary>
    /// An unauthorised change of the centrally managed credentials (<c>credential-change</c>), as at Sepatan Timur
    /// where 1,738 recordings were lost; R8's <c>credential-change</c> rule reports it.
    /// </summary>
    CredentialChange = 6,

    /// <summary>Malicious software (<c>malware</c>).</summary>
    Malware = 7,

    /// <summary>Not known (<c>unknown</c>).</summary>
    Unknown = 8,
}
