namespace EktpDomain.Devices;

/// <summary>The computer of a recording set: a desktop PC or a laptop.</summary>
public enum ComputerKind
{
    /// <summary>A desktop PC, usual for a static set.</summary>
    Pc = 0,

    /// <summary>A laptop, usual for an e-KTP Mobile unit.</summary>
    Laptop = 1,
}
