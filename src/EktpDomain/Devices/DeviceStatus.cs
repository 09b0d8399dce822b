namespace EktpDomain.Devices;

/// <summary>The lifecycle state of a recording set on a date (R5).</summary>
public enum DeviceStatus
{
    /// <summary>Not yet acquired on that date.</summary>
    NotYetAcquired = 0,

    /// <summary>In service: acquired (or of unknown acquisition date) and not retired.</summary>
    InService = 1,

    /// <summary>Retired on or before that date: destroyed, stolen, worn out or transferred.</summary>
    Retired = 2,
}
