namespace EktpDomain.Findings;

/// <summary>How urgent a finding is (R8). Findings are reported critical first.</summary>
public enum FindingSeverity
{
    /// <summary>For information (<c>info</c>).</summary>
    Info = 0,

    /// <summary>Needs attention (<c>warning</c>).</summary>
    Warning = 1,

    /// <summary>Needs action now (<c>critical</c>).</summary>
    Critical = 2,
}
