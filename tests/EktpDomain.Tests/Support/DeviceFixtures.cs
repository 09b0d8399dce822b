using System.Collections.Generic;
using EktpDomain.Devices;
using EktpDomain.Incidents;
using NodaTime;

namespace EktpDomain.Tests.Support;

/// <summary>
/// The article's setting for tests: kecamatan of Kabupaten Tangerang, the window 2–30 April 2012 and its last day, and
/// small device inventories and incident logs in it. One place for these fixtures, so that every test means the same.
/// </summary>
public static class DeviceFixtures
{
    /// <summary>2–30 April 2012: 20 working days (Good Friday, 6 April, is a holiday).</summary>
    public static readonly DateInterval April = new(new LocalDate(2012, 4, 2), new LocalDate(2012, 4, 30));

    /// <summary>30 April 2012, the window's last day: the as-of date of forecasts and the reference date of NIK ages.</summary>
    public static readonly LocalDate AsOf = new(2012, 4, 30);

    public static readonly RegionCode Balaraja = new(36, 3, 1);
    public static readonly RegionCode Kresek = KabupatenTangerang.Kresek.Code;
    public static readonly RegionCode Kronjo = KabupatenTangerang.Kronjo.Code;
    public static readonly RegionCode Pagedangan = KabupatenTangerang.Pagedangan.Code;
    public static readonly RegionCode Sukamulya = KabupatenTangerang.Sukamulya.Code;
    public static readonly RegionCode SepatanTimur = KabupatenTangerang.SepatanTimur.Code;
    public static readonly RegionCode Solear = KabupatenTangerang.Solear.Code;
    public static readonly RegionCode GunungKaler = KabupatenTangerang.GunungKaler.Code;

    /// <summary>Kabupaten Tangerang, 36.03: the regency of these kecamatan, for tests of where a kecamatan code is required.</summary>
    public static readonly RegionCode Regency = KabupatenTangerang.Code;

    public static LocalDate Apr(int day) => new(2012, 4, day);

    /// <summary>A day of 2012, the year of the article.</summary>
    public static LocalDate D(int month, int day) => new(2012, month, day);

    /// <summary>A static APBN set assigned open-ended from 1 January 2012 to each kecamatan, <paramref name="perKecamatan"/> per kecamatan, ids K-CC-n.</summary>
    public static DeviceInventory Static(int perKecamatan, params RegionCode[] kecamatan)
    {
        var builder = DeviceInventory.CreateBuilder();
        foreach (var code in kecamatan)
        {
            for (int n = 1; n <= perKecamatan; n++)
            {
                builder.AddAssignment(Id(code, n), DeviceKind.Static, FundingSource.Apbn, code, new LocalDate(2012, 1, 1), null, SourceLocation.None);
            }
        }

        return builder.Build();
    }

    public static string Id(RegionCode code, int n) => $"K-{code.KecamatanPart:D2}-{n}";

    public static IncidentLog Log(params Incident[] incidents) => IncidentLog.CreateBuilder().AddRange(incidents).Build();

    public static Incident Site(string id, RegionCode kecamatan, DeviceComponent component, IncidentCause cause, LocalDate start, LocalDate? end) =>
        new(id, kecamatan, null, component, cause, start, end);

    public static Incident Device(string id, RegionCode kecamatan, string device, DeviceComponent component, IncidentCause cause, LocalDate start, LocalDate? end) =>
        new(id, kecamatan, device, component, cause, start, end);

    public static IEnumerable<RegionCode> Codes(params RegionCode[] codes) => codes;
}
