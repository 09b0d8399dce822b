namespace EktpDomain.Devices;

/// <summary>
/// A part of the recording setup that can fail: one of the five components of a recording set, or one of the
/// kecamatan site's shared parts (server, network, power) or the software (the <c>component</c> column of
/// incidents.csv).
/// </summary>
/// <remarks>
/// One broken component idles the whole set, so an incident on any component is an outage of the set it names, or of
/// the whole site when it names no set (R5).
/// </remarks>
public enum DeviceComponent
{
    /// <summary>The kecamatan's server (<c>server</c>), which every set of the site records against.</summary>
    Server = 0,

    /// <summary>The set's PC or laptop (<c>pc</c>).</summary>
    Pc = 1,

    /// <summary>The fingerprint scanner (<c>fingerprint</c>).</summary>
    Fingerprint = 2,

    /// <summary>The iris scanner (<c>iris</c>).</summary>
    Iris = 3,

    /// <summary>The camera (<c>camera</c>).</summary>
    Camera = 4,

    /// <summary>The signature pad (<c>signature-pad</c>).</summary>
    SignaturePad = 5,

    /// <summary>The network link to the national data centre (<c>network</c>).</summary>
    Network = 6,

    /// <summary>The power supply (<c>power</c>).</summary>
    Power = 7,

    /// <summary>The recording software (<c>software</c>), including its credentials.</summary>
    Software = 8,
}
