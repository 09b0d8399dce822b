using System;
using System.Globalization;
using EktpDomain.Incidents;
using EktpDomain.Utility;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Devices;

/// <summary>Culture-independent names and date text for device and incident messages (the devices.csv/incidents.csv spellings).</summary>
internal static class DeviceText
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Date(int dayNumber) => Date(DayNumber.ToDate(dayNumber));

    public static string End(LocalDate? date) => date is LocalDate d ? Date(d) : "open-ended";

    public static string Name(DeviceKind kind) => kind switch
    {
        DeviceKind.Static => "static",
        DeviceKind.Mobile => "mobile",
        _ => ((int)kind).ToString(CultureInfo.InvariantCulture),
    };

    public static string Name(FundingSource funding) => funding switch
    {
        FundingSource.Apbn => "apbn",
        FundingSource.Apbd => "apbd",
        _ => ((int)funding).ToString(CultureInfo.InvariantCulture),
    };

    public static string Name(DeviceComponent component) => component switch
    {
        DeviceComponent.Server => "server",
        DeviceComponent.Pc => "pc",
        DeviceComponent.Fingerprint => "fingerprint",
        DeviceComponent.Iris => "iris",
        DeviceComponent.Camera => "camera",
        DeviceComponent.SignaturePad => "signature-pad",
        DeviceComponent.Network => "network",
        DeviceComponent.Power => "power",
        DeviceComponent.Software => "software",
        _ => ((int)component).ToString(CultureInfo.InvariantCulture),
    };

    public static string Name(IncidentCause cause) => cause switch
    {
        IncidentCause.Hardware => "hardware",
        IncidentCause.Lightning => "lightning",
        IncidentCause.Theft => "theft",
        IncidentCause.Power => "power",
        IncidentCause.Network => "network",
        IncidentCause.HumanError => "human-error",
        IncidentCause.CredentialChange => "credential-change",
        IncidentCause.Malware => "malware",
        IncidentCause.Unknown => "unknown",
        _ => ((int)cause).ToString(CultureInfo.InvariantCulture),
    };

    public static bool IsDefined(DeviceKind kind) => kind is DeviceKind.Static or DeviceKind.Mobile;

    public static bool IsDefined(FundingSource funding) => funding is FundingSource.Apbn or FundingSource.Apbd;

    public static bool IsDefined(DeviceComponent component) => component is >= DeviceComponent.Server and <= DeviceComponent.Software;

    public static bool IsDefined(IncidentCause cause) => cause is >= IncidentCause.Hardware and <= IncidentCause.Unknown;

    public static bool IsDefined(RetirementReason reason) => reason is >= RetirementReason.Destroyed and <= RetirementReason.Other;

    public static bool IsDefined(ComputerKind computer) => computer is ComputerKind.Pc or ComputerKind.Laptop;

    /// <summary>The id as stored: trimmed; null when blank.</summary>
    public static string? Id(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.Trim();

    public static string Kecamatan(RegionCode code, string what) =>
        $"'{code}' is a {code.Level} code, but {what} needs a kecamatan code PP.KK.CC";

    public static ArgumentException NotKecamatan(RegionCode code, string what, string paramName, string rule = "R5") =>
        new($"{Kecamatan(code, what)} ({rule}).", paramName);
}
