namespace EktpDomain;

/// <summary>How the JSON contract and <c>ektp --level</c> spell the values of the region enums, in Kemendagri's words.</summary>
public static class RegionNames
{
    /// <summary>The levels: <c>nasional</c>, <c>provinsi</c>, <c>kabupaten</c> (kabupaten/kota), <c>kecamatan</c>, <c>desa</c> (desa/kelurahan).</summary>
    public static EnumNames<RegionLevel> Level { get; } = new("nasional", "provinsi", "kabupaten", "kecamatan", "desa");
}
