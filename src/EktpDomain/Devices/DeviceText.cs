using EktpDomain.Utility;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Devices;

/// <summary>Culture-independent dates, ids and checks for device and incident messages; the names of values are in <see cref="DeviceNames"/>.</summary>
internal static class DeviceText
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Date(int dayNumber) => Date(DayNumber.ToDate(dayNumber));

    public static string End(LocalDate? date) => date is LocalDate d ? Date(d) : "open-ended";

    public static bool IsDefined(RetirementReason reason) => reason is >= RetirementReason.Destroyed and <= RetirementReason.Other;

    public static bool IsDefined(ComputerKind computer) => computer is ComputerKind.Pc or ComputerKind.Laptop;

    /// <summary>The id as stored: trimmed; null when blank.</summary>
    public static string? Id(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.Trim();
}
