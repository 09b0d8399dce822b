namespace EktpDomain.Recording;

/// <summary>Messages the builders of the optional logs (invitations, sync) share.</summary>
internal static class RowText
{
    /// <summary>Why a row's kecamatan code is not one of the log's: unknown, or not a kecamatan code at all.</summary>
    public static string UnknownKecamatan(RegionCode code, string what) =>
        code.Level == RegionLevel.Kecamatan
            ? $"unknown kecamatan '{code}': it is not in the kecamatan list."
            : Preconditions.NotKecamatanMessage(code, what);
}
