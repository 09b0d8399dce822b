namespace EktpDomain.Attainment;

/// <summary>How the JSON contract, the workbooks' styles and the English text spell the values of the attainment enums.</summary>
public static class AttainmentNames
{
    /// <summary>The bands (R4): <c>met</c>, <c>near</c>, <c>behind</c>, <c>critical</c>, <c>not-applicable</c>, <c>unknown</c>.</summary>
    public static EnumNames<AttainmentBand> Band { get; } = new("met", "near", "behind", "critical", "not-applicable", "unknown");
}
