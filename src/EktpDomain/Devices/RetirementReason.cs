namespace EktpDomain.Devices;

/// <summary>How a recording set left service (R5 lifecycle).</summary>
public enum RetirementReason
{
    /// <summary>Destroyed, for example by lightning or fire.</summary>
    Destroyed = 0,

    /// <summary>Stolen.</summary>
    Stolen = 1,

    /// <summary>Worn out and written off.</summary>
    WornOut = 2,

    /// <summary>Transferred out of this inventory, for example to another regency or back to central government.</summary>
    Transferred = 3,

    /// <summary>Any other reason.</summary>
    Other = 4,
}
