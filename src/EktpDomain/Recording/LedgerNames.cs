namespace EktpDomain.Recording;

/// <summary>How <c>ledger.csv</c> and the library's messages spell the values of the ledger enums.</summary>
public static class LedgerNames
{
    /// <summary>The kinds of entry: <c>recorded</c>, <c>lost</c>, <c>rerecorded</c>.</summary>
    public static EnumNames<LedgerEntryKind> Kind { get; } = new("recorded", "lost", "rerecorded");
}
