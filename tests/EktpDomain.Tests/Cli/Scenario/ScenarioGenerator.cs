using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using EktpDomain.Calendar;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using NodaTime.Text;

namespace EktpDomain.Tests.Cli.Scenario;

/// <summary>
/// Generates the built-in scenario of <c>ektp</c>: Kabupaten Tangerang, 2–30 April 2012, as a data folder in the
/// docs/data-folder.md format. The CSV files in src/EktpDomain.Cli/Scenario are this generator's output; a test checks
/// that they still are. To regenerate them: <c>EKTP_WRITE_SCENARIO=1 dotnet test -c Release</c>.
/// </summary>
/// <remarks>
/// <para>
/// Everything per kecamatan is invented (illustrative) but kept consistent with the article and the public facts
/// (the article, see README): the 29 real codes and names; 58 APBN-funded static sets, two per kecamatan; one e-KTP Mobile unit
/// lent to Sepatan Timur; the real 2012 holidays (20 working days in 2–30 April); the article's incidents; and 1,738
/// records lost at Sepatan Timur.
/// </para>
/// <para>
/// How the eligible counts were chosen: Kabupaten Tangerang had 2.83 M people at the 2010 census; roughly 55–60 %
/// are wajib KTP, about 1.6 M, or 40,000–95,000 per kecamatan. Larger, more urban kecamatan (Cikupa, Pasar Kemis,
/// Kosambi, Teluknaga) get more, the small northern ones (Mekar Baru, Kemiri, Jambe) fewer. Gunung Kaler keeps the
/// one public figure, 34,262 wajib e-KTP (August 2012). Sukamulya has 41,000 as in the contract's JSON example.
/// </para>
/// <para>
/// How the April recordings were chosen: two sets managed 200–400 recordings a day in 2012, so each kecamatan
/// realises 7–14.6 % of its eligible residents in the month, except Sukamulya at 15.37 % (6,300 of 41,000), the only
/// one to meet the 15 % target. Recordings are spread over each set's working days with a deterministic wobble,
/// and no set records on a day an outage touches it. Earlier months appear as one opening balance per kecamatan.
/// </para>
/// </remarks>
public static class ScenarioGenerator
{
    public static readonly LocalDate From = new(2012, 4, 2);
    public static readonly LocalDate To = new(2012, 4, 30);

    // code part, eligible, realised ‰ of eligible in the window (net of losses), coverage ‰ before April.
    private static readonly (int Code, long Eligible, int RealisedPerMille, int CoveragePerMille)[] Kecamatan =
    [
        (1, 68_000, 112, 380), (2, 44_000, 128, 410), (3, 72_000, 104, 350), (4, 27_000, 141, 460),
        (5, 52_000, 117, 390), (6, 40_000, 88, 330), (7, 38_000, 96, 340), (8, 45_000, 121, 400),
        (9, 28_000, 146, 470), (10, 33_000, 133, 430), (11, 74_000, 92, 310), (12, 90_000, 79, 290),
        (13, 75_000, 85, 300), (14, 78_000, 83, 300), (15, 68_000, 98, 320), (16, 55_000, 109, 360),
        (17, 62_000, 101, 370), (18, 95_000, 75, 280), (19, 61_000, 106, 350), (20, 58_000, 114, 380),
        (22, 55_000, 91, 340), (23, 40_000, 137, 440), (27, 41_000, 0, 430), (28, 70_000, 87, 330),
        (29, 47_000, 124, 400), (30, 52_000, 83, 350), (31, 48_000, 74, 330), (32, 34_262, 139, 450),
        (33, 24_000, 143, 480),
    ];

    private const long SukamulyaRealised = 6_300;
    private const long SepatanTimurLost = 1_738;
    private const int MobileRerecordedPerDay = 80;
    private static readonly LocalDate CredentialChange = new(2012, 4, 16);
    private static readonly LocalDate MobileLoanStart = new(2012, 4, 25);

    /// <summary>Kecamatan that summoned only 85 % of their target: the rest of their demand shortfall was never invited.</summary>
    private static readonly int[] UnderInvited = [3, 13, 17, 28];

    /// <summary>The incidents of the article: (id, kecamatan part, device or null for the whole site, component, cause, start, end).</summary>
    private static readonly (string Id, int Code, string? Device, string Component, string Cause, LocalDate Start, LocalDate End)[] Incidents =
    [
        ("INC-2012-001", 6, "K-06-2", "fingerprint", "hardware", new(2012, 4, 3), new(2012, 4, 17)),
        ("INC-2012-002", 30, null, "server", "hardware", new(2012, 4, 9), new(2012, 4, 11)),
        ("INC-2012-003", 31, null, "server", "hardware", new(2012, 4, 10), new(2012, 4, 13)),
        ("INC-2012-004", 30, null, "software", "credential-change", CredentialChange, CredentialChange),
        ("INC-2012-005", 22, null, "server", "lightning", new(2012, 4, 19), new(2012, 4, 20)),
        ("INC-2012-006", 7, "K-07-1", "camera", "hardware", new(2012, 4, 24), new(2012, 4, 25)),
    ];

    public static IReadOnlyDictionary<string, string> Generate()
    {
        var calendar = WorkingCalendar.Indonesia;
        var days = calendar.GetWorkingDays(new DateInterval(From, To)).ToList();
        var names = KabupatenTangerang.Kecamatan.ToDictionary(k => k.Code.KecamatanPart, k => k.Name);

        var kecamatan = new StringBuilder("code,name,eligible\n");
        var devices = new StringBuilder("device,kind,funding,kecamatan,from,to\n");
        var incidents = new StringBuilder("id,kecamatan,device,component,cause,start,end\n");
        var ledger = new StringBuilder("date,kecamatan,device,kind,count\n");
        var invitations = new StringBuilder("date,kecamatan,invited,attended\n");
        var sync = new StringBuilder("date,kecamatan,device,sent\n");

        foreach (var (part, eligible, perMille, coveragePerMille) in Kecamatan)
        {
            string code = Code(part);
            kecamatan.Append(CultureInfo.InvariantCulture, $"{code},{names[part]},{eligible}\n");
            for (int set = 1; set <= 2; set++)
            {
                devices.Append(CultureInfo.InvariantCulture, $"{DeviceId(part, set)},static,apbn,{code},2011-10-03,\n");
            }

            ledger.Append(CultureInfo.InvariantCulture, $"2012-03-30,{code},,recorded,{eligible * coveragePerMille / 1000}\n");

            long lost = part == 30 ? SepatanTimurLost : 0;
            var mobileDays = part == 30 ? days.Where(d => d >= MobileLoanStart).ToList() : [];
            long rerecorded = mobileDays.Count * MobileRerecordedPerDay;
            long realised = part == 27 ? SukamulyaRealised : eligible * perMille / 1000;
            long recorded = realised + lost - rerecorded;

            // Each set records on its working days unless an outage touches it (R5).
            var setDays = new List<(LocalDate Day, int Set)>();
            foreach (var day in days)
            {
                for (int set = 1; set <= 2; set++)
                {
                    if (!Incidents.Any(i => i.Code == part && (i.Device is null || i.Device == DeviceId(part, set)) && day >= i.Start && day <= i.End))
                    {
                        setDays.Add((day, set));
                    }
                }
            }

            long remaining = recorded;
            var gross = new Dictionary<(LocalDate Day, string Device), long>();
            for (int i = 0; i < setDays.Count; i++)
            {
                long share = remaining / (setDays.Count - i);
                long wobble = i == setDays.Count - 1 ? 0 : share * (((part * 7) + (i * 13)) % 21 - 10) / 100;
                long count = share + wobble;
                remaining -= count;
                var (day, set) = setDays[i];
                gross[(day, DeviceId(part, set))] = count;
                ledger.Append(CultureInfo.InvariantCulture, $"{Date(day)},{code},{DeviceId(part, set)},recorded,{count}\n");
                if (part == 30 && day == CredentialChange && set == 2)
                {
                    // The credential change made the system fail; unsent records of the kecamatan server were lost (R3).
                    ledger.Append(CultureInfo.InvariantCulture, $"{Date(day)},{code},,lost,{lost}\n");
                }
            }

            if (part == 30 && !setDays.Any(s => s.Day == CredentialChange))
            {
                ledger.Append(CultureInfo.InvariantCulture, $"{Date(CredentialChange)},{code},,lost,{lost}\n");
            }

            foreach (var day in mobileDays)
            {
                ledger.Append(CultureInfo.InvariantCulture, $"{Date(day)},{code},M-01,rerecorded,{MobileRerecordedPerDay}\n");
            }

            AppendInvitations(invitations, part, eligible, days, gross);
            var mobileGross = mobileDays.ToDictionary(d => (d, "M-01"), _ => (long)MobileRerecordedPerDay);
            AppendSync(sync, part, days, gross.Concat(mobileGross).ToDictionary(x => x.Key, x => x.Value));
        }

        devices.Append(CultureInfo.InvariantCulture, $"M-01,mobile,apbn,{Code(30)},{Date(MobileLoanStart)},2012-05-31\n");
        foreach (var incident in Incidents)
        {
            incidents.Append(CultureInfo.InvariantCulture, $"{incident.Id},{Code(incident.Code)},{incident.Device},{incident.Component},{incident.Cause},{Date(incident.Start)},{Date(incident.End)}\n");
        }

        return new Dictionary<string, string>
        {
            ["kecamatan.csv"] = kecamatan.ToString(),
            ["ledger.csv"] = ledger.ToString(),
            ["devices.csv"] = devices.ToString(),
            ["incidents.csv"] = incidents.ToString(),
            ["invitations.csv"] = invitations.ToString(),
            ["sync.csv"] = sync.ToString(),
        };
    }

    /// <summary>
    /// invitations.csv (R12): each kecamatan summons its month's target (or, where <see cref="UnderInvited"/> says so,
    /// 85 % of it) evenly over the working days; those who come are the day's recordings plus 1 in 25 who were not
    /// served, never more than were invited. Kecamatan that record far below their target so show a low turnout.
    /// </summary>
    private static void AppendInvitations(StringBuilder invitations, int part, long eligible, List<LocalDate> days, Dictionary<(LocalDate Day, string Device), long> gross)
    {
        long target = ((eligible * 15) + 99) / 100;
        long invitedTotal = UnderInvited.Contains(part) ? target * 85 / 100 : target;
        long left = invitedTotal;
        for (int i = 0; i < days.Count; i++)
        {
            long invited = left / (days.Count - i);
            left -= invited;
            long recorded = gross.Where(g => g.Key.Day == days[i]).Sum(g => g.Value);
            long attended = Math.Min(invited, recorded + (recorded / 25));
            invitations.Append(CultureInfo.InvariantCulture, $"{Date(days[i])},{Code(part)},{invited},{attended}\n");
        }
    }

    /// <summary>
    /// sync.csv (R13): every set sends what it holds at the end of each working day, except while its site's server
    /// is down (it sends the next day). Sepatan Timur stopped sending on 4 April, so that its two sets held exactly
    /// the 1,738 records the password change lost on 16 April; from 17 April it sends daily again.
    /// </summary>
    private static void AppendSync(StringBuilder sync, int part, List<LocalDate> days, Dictionary<(LocalDate Day, string Device), long> gross)
    {
        var devices = gross.Keys.Select(k => k.Device).Distinct().Order(StringComparer.Ordinal).ToList();
        var waiting = devices.ToDictionary(d => d, _ => 0L);
        foreach (var day in days)
        {
            foreach (var device in devices)
            {
                waiting[device] += gross.GetValueOrDefault((day, device));
            }

            if (part == 30 && day <= CredentialChange)
            {
                if (day == CredentialChange)
                {
                    waiting.Values.Sum().Should().Be(SepatanTimurLost, "the password change lost every record waiting at Sepatan Timur");
                    foreach (var device in devices)
                    {
                        waiting[device] = 0;
                    }
                }

                foreach (var (device, sent) in SepatanTimurSends(day, gross))
                {
                    sync.Append(CultureInfo.InvariantCulture, $"{Date(day)},{Code(part)},{device},{sent}\n");
                    waiting[device] -= sent;
                }

                continue;
            }

            if (Incidents.Any(i => i.Code == part && i.Device is null && i.Component == "server" && day >= i.Start && day <= i.End))
            {
                continue;
            }

            foreach (var device in devices.Where(d => waiting[d] > 0))
            {
                sync.Append(CultureInfo.InvariantCulture, $"{Date(day)},{Code(part)},{device},{waiting[device]}\n");
                waiting[device] = 0;
            }
        }
    }

    /// <summary>Sepatan Timur's sends before the password change: each set sends 2 April's records on 3 April, and K-30-2 some more on 4 April; then nothing.</summary>
    private static IEnumerable<(string Device, long Sent)> SepatanTimurSends(LocalDate day, Dictionary<(LocalDate Day, string Device), long> gross)
    {
        var first = new LocalDate(2012, 4, 2);
        if (day == first.PlusDays(1))
        {
            yield return ("K-30-1", gross[(first, "K-30-1")]);
            yield return ("K-30-2", gross[(first, "K-30-2")]);
        }
        else if (day == first.PlusDays(2))
        {
            long recordedBefore = gross.Where(g => g.Key.Day < CredentialChange).Sum(g => g.Value);
            yield return ("K-30-2", recordedBefore - SepatanTimurLost - gross[(first, "K-30-1")] - gross[(first, "K-30-2")]);
        }
    }

    private static string Code(int part) => new RegionCode(36, 3, part).ToString();

    private static string DeviceId(int part, int set) => string.Create(CultureInfo.InvariantCulture, $"K-{part:00}-{set}");

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
