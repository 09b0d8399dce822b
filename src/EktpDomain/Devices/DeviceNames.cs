namespace EktpDomain.Devices;

/// <summary>
/// How <c>devices.csv</c>, <c>incidents.csv</c> and the library's messages spell the values of the device enums.
/// </summary>
public static class DeviceNames
{
    /// <summary>The kinds of set: <c>static</c>, <c>mobile</c>.</summary>
    public static EnumNames<DeviceKind> Kind { get; } = new("static", "mobile");

    /// <summary>The funding sources: <c>apbn</c>, <c>apbd</c>.</summary>
    public static EnumNames<FundingSource> Funding { get; } = new("apbn", "apbd");

    /// <summary>
    /// The components an incident can affect: <c>server</c>, <c>pc</c>, <c>fingerprint</c>, <c>iris</c>,
    /// <c>camera</c>, <c>signature-pad</c>, <c>network</c>, <c>power</c>, <c>software</c>.
    /// </summary>
    public static EnumNames<DeviceComponent> Component { get; } =
        new("server", "pc", "fingerprint", "iris", "camera", "signature-pad", "network", "power", "software");
}
