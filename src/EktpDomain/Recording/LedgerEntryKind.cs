namespace EktpDomain.Recording;

/// <summary>The kind of a recording-ledger entry (R3).</summary>
public enum LedgerEntryKind
{
    /// <summary>New residents recorded (perekaman). Adds to realisation and coverage.</summary>
    Recorded = 0,

    /// <summary>
    /// Records destroyed before they were sent to the national data centre, such as the 1,738 lost at Sepatan Timur.
    /// Subtracts from realisation and coverage, and adds to the re-recording backlog.
    /// </summary>
    Lost = 1,

    /// <summary>Lost residents recorded again (perekaman ulang). Adds to realisation and coverage, and reduces the backlog.</summary>
    Rerecorded = 2,
}
