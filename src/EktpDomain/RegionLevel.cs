namespace EktpDomain;

/// <summary>
/// The administrative level of a <see cref="RegionCode"/>: the nation, a province (provinsi),
/// a regency or city (kabupaten/kota), a kecamatan, or a village (desa/kelurahan).
/// </summary>
/// <remarks>The numeric value is the number of parts in the dotted Kemendagri code.</remarks>
public enum RegionLevel
{
    /// <summary>The whole of Indonesia: the root of the hierarchy and the <c>default</c> region code.</summary>
    Nation = 0,

    /// <summary>A province (provinsi), code <c>PP</c>.</summary>
    Province = 1,

    /// <summary>A regency (kabupaten) or city (kota), code <c>PP.KK</c>.</summary>
    Regency = 2,

    /// <summary>A kecamatan (sub-district), code <c>PP.KK.CC</c>.</summary>
    Kecamatan = 3,

    /// <summary>A village: a desa or a kelurahan, code <c>PP.KK.CC.DDDD</c>.</summary>
    Village = 4,
}

/// <summary>Whether a level-2 region is a kabupaten (regency) or a kota (city).</summary>
public enum RegencyKind
{
    /// <summary>A kabupaten (regency): <c>KK</c> from 01 to 70.</summary>
    Kabupaten = 0,

    /// <summary>A kota (city): <c>KK</c> of 71 or more.</summary>
    Kota = 1,
}

/// <summary>The kind of a village, read from the first digit of its <c>DDDD</c> part.</summary>
public enum VillageKind
{
    /// <summary>A kelurahan: an urban village run by civil servants, <c>DDDD</c> starting with 1.</summary>
    Kelurahan = 1,

    /// <summary>A desa: a rural, self-governing village, <c>DDDD</c> starting with 2.</summary>
    Desa = 2,

    /// <summary>A desa adat (customary village), <c>DDDD</c> starting with 3, as in parts of Papua.</summary>
    DesaAdat = 3,

    /// <summary>A village whose first digit (4 to 9) has no kind assigned by Kemendagri yet.</summary>
    Other = 9,
}
