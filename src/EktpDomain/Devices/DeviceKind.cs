namespace EktpDomain.Devices;

/// <summary>The kind of a recording set (R5).</summary>
public enum DeviceKind
{
    /// <summary>A set that stays at a kecamatan office (<c>static</c> in devices.csv).</summary>
    Static = 0,

    /// <summary>
    /// An e-KTP Mobile unit: the same set in a backpack, recording offline and sending later, used door to door
    /// (<c>mobile</c> in devices.csv). Mobile units belong to the regency office (Disdukcapil) and are lent to kecamatan.
    /// </summary>
    Mobile = 1,
}
