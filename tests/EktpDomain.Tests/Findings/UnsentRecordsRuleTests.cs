using System;
using System.Linq;
using EktpDomain.Calendar;
using EktpDomain.Devices;
using EktpDomain.Findings;
using EktpDomain.Incidents;
using EktpDomain.Recording;
using EktpDomain.Reporting;
using FluentAssertions;
using NodaTime;
using Xunit;
using static EktpDomain.Tests.Support.DeviceFixtures;

namespace EktpDomain.Tests.Findings;

/// <summary>R13 <c>unsent-records</c>: the count and age thresholds at their boundaries, one warning per set, and the critical finding at a software or credential incident.</summary>
public class UnsentRecordsRuleTests
{
    private const string Set1 = "K-30-1";
    private const string Set2 = "K-30-2";

    private static RecordingData Data(
        (LocalDate Date, string? Device, LedgerEntryKind Kind, long Count)[] ledgerEntries,
        (LocalDate Date, string Device, long Sent)[] sends,
        IncidentLog? incidents = null,
        RegionCode? kecamatan = null)
    {
        var code = kecamatan ?? SepatanTimur;
        var population = EligiblePopulation.CreateBuilder().Add(code, 52_000).Build();
        var ledger = RecordingLedger.CreateBuilder([code]);
        ledger.Add(new LocalDate(2012, 3, 1), code, LedgerEntryKind.Recorded, 10_000, null, SourceLocation.None);
        foreach (var (date, device, kind, count) in ledgerEntries)
        {
            ledger.Add(date, code, kind, count, device, SourceLocation.None);
        }

        var sync = SyncLog.CreateBuilder([code]);
        foreach (var (date, device, sent) in sends)
        {
            sync.Add(date, code, device, sent, SourceLocation.None);
        }

        return new RecordingData(population, ledger.Build()) { Sync = sync.Build(), Incidents = incidents };
    }

    private static Finding[] Evaluate(RecordingData data, UnsentRecordsRule? rule = null, DateInterval? window = null) =>
        [.. IncidentRuleSet.Empty.With(rule ?? new UnsentRecordsRule()).Evaluate(new IncidentRuleContext(data, window ?? April))];

    [Theory]
    [InlineData(499, 0)]
    [InlineData(500, 1)]
    public void CountThreshold_500(long recorded, int findings)
    {
        // Recorded on Monday 2 April and sent the next day: one day old at most, so only the count can trigger.
        var data = Data([(Apr(2), Set1, LedgerEntryKind.Recorded, recorded)], [(Apr(3), Set1, recorded)]);

        var found = Evaluate(data);

        found.Should().HaveCount(findings);
        if (findings == 1)
        {
            found[0].Severity.Should().Be(FindingSeverity.Warning);
            found[0].Device.Should().Be(Set1);
            found[0].Date.Should().Be(Apr(2));
            var details = (UnsentRecordsDetails)found[0].Details;
            details.Peak.Should().Be(500);
            details.PeakDate.Should().Be(Apr(2));
            details.OldestAgeWorkingDays.Should().Be(0);
        }
    }

    [Theory]
    [InlineData(12, 0)]
    [InlineData(13, 1)]
    public void AgeThreshold_MoreThan3WorkingDays_AcrossGoodFridayAndTheWeekend(int sentOn, int findings)
    {
        // Recorded Thursday 5 April; Good Friday (6 April) and the weekend are no working days. At the end of
        // Wednesday 11 April the record is 3 working days old (9, 10, 11 April), at the end of Thursday 12 April 4.
        var data = Data([(Apr(5), Set1, LedgerEntryKind.Recorded, 10)], [(Apr(sentOn), Set1, 10)]);

        var found = Evaluate(data);

        found.Should().HaveCount(findings);
        if (findings == 1)
        {
            found[0].Date.Should().Be(Apr(12), "the first day the record was more than 3 working days old");
            var details = (UnsentRecordsDetails)found[0].Details;
            details.OldestAgeWorkingDays.Should().Be(4);
            details.OldestRecorded.Should().Be(Apr(5));
            details.Peak.Should().Be(10);
        }
    }

    [Fact]
    public void AgeCountsTheKecamatansOwnWorkingDays()
    {
        // A closure of the kecamatan on 12 April: the record is still 3 working days old at the end of that day.
        var calendar = WorkingCalendar();
        var data = Data([(Apr(5), Set1, LedgerEntryKind.Recorded, 10)], [(Apr(13), Set1, 10)]);
        var closed = new RecordingData(data.Population, data.Ledger, calendar) { Sync = data.Sync };

        Evaluate(closed).Should().BeEmpty();
    }

    [Theory]
    [InlineData(2004, 12, 28)]
    [InlineData(2011, 12, 28)]
    public void AgeLeavesOutTheYearsTheCalendarCannotAnswerFor_AndCountsTheRest(int year, int month, int day)
    {
        // The built-in calendar covers 2005-2026: a record waiting since 2004 is aged from 1 January 2005.
        var recorded = new LocalDate(year, month, day);
        var data = Data([(recorded, Set1, LedgerEntryKind.Recorded, 10)], [(recorded, Set1, 0)]);
        var calendar = EktpDomain.Calendar.WorkingCalendar.Indonesia;
        var counted = new DateInterval(year < calendar.FirstCoveredYear ? new LocalDate(calendar.FirstCoveredYear!.Value, 1, 1) : recorded.PlusDays(1), new LocalDate(2012, 4, 30));

        var details = (UnsentRecordsDetails)Evaluate(data).Should().ContainSingle().Subject.Details;

        details.OldestRecorded.Should().Be(recorded);
        details.OldestAgeWorkingDays.Should().Be(calendar.CountWorkingDays(counted, SepatanTimur));
    }

    private static WorkingCalendar WorkingCalendar() =>
        EktpDomain.Calendar.WorkingCalendar.Indonesia.ToBuilder().AddClosure(new KecamatanClosure(SepatanTimur, Apr(12), "local holiday")).Build();

    [Fact]
    public void Thresholds_AreConfigurable_AndOneWarningPerSet_WithPeakAndOldestAge()
    {
        var data = Data(
            [(Apr(2), Set1, LedgerEntryKind.Recorded, 100), (Apr(3), Set1, LedgerEntryKind.Recorded, 150), (Apr(4), Set1, LedgerEntryKind.Recorded, 80), (Apr(2), Set2, LedgerEntryKind.Recorded, 40)],
            [(Apr(3), Set1, 0), (Apr(4), Set1, 200), (Apr(10), Set1, 130), (Apr(3), Set2, 40)]);

        var found = Evaluate(data, new UnsentRecordsRule(countThreshold: 250, ageWorkingDays: 1));

        var finding = found.Should().ContainSingle().Subject;
        finding.Device.Should().Be(Set1);
        finding.Date.Should().Be(Apr(3), "250 were waiting at the end of 3 April");
        var details = (UnsentRecordsDetails)finding.Details;
        details.Peak.Should().Be(250);
        details.PeakDate.Should().Be(Apr(3));
        details.OldestAgeWorkingDays.Should().Be(3, "3 April's last 50 waited until 10 April: 4, 5 and 9 April");
        details.OldestRecorded.Should().Be(Apr(3));
        details.CountThreshold.Should().Be(250);
        details.AgeWorkingDays.Should().Be(1);
        Evaluate(data).Should().BeEmpty("with the defaults neither 500 records nor 4 working days are reached");
    }

    [Fact]
    public void OnlyTheWindowCounts_ButRecordsCarriedIntoItDo()
    {
        var data = Data([(new LocalDate(2012, 3, 26), Set1, LedgerEntryKind.Recorded, 600)], [(Apr(3), Set1, 600)]);

        var found = Evaluate(data).Should().ContainSingle().Subject;
        found.Date.Should().Be(Apr(2));
        ((UnsentRecordsDetails)found.Details).OldestAgeWorkingDays.Should().Be(5, "27–30 March and 2 April");
        Evaluate(data, window: new DateInterval(Apr(4), Apr(30))).Should().BeEmpty();
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void TheAgeThreshold_CrossedWithinAStretchThatBeganOlder_DatesTheWarningOnTheDayItIsCrossed(int secondRecording)
    {
        // Recorded Monday 2 April, more on 4 or 5 April (a new stretch, whose oldest record is then 2 or 3 working
        // days old); nothing sent until 20 April. The 2 April record is 4 working days old at the end of 9 April
        // (3, 4, 5 and 9 April: Good Friday and the weekend are no working days).
        var data = Data(
            [(Apr(2), Set1, LedgerEntryKind.Recorded, 10), (Apr(secondRecording), Set1, LedgerEntryKind.Recorded, 10)],
            [(Apr(20), Set1, 20)]);

        var found = Evaluate(data).Should().ContainSingle().Subject;

        found.Date.Should().Be(Apr(9));
        var details = (UnsentRecordsDetails)found.Details;
        (details.Peak, details.PeakDate, details.OldestRecorded).Should().Be((20L, Apr(secondRecording), Apr(2)));
    }

    [Fact]
    public void ARecordAlreadyOldAtTheWindowsStart_DatesTheWarningOnTheFirstDay()
    {
        var data = Data([(new LocalDate(2012, 3, 20), Set1, LedgerEntryKind.Recorded, 10)], [(Apr(20), Set1, 10)]);

        Evaluate(data).Should().ContainSingle().Which.Date.Should().Be(April.Start);
    }

    [Fact]
    public void ThePeak_IsDatedOnTheFirstDayItWasHeld()
    {
        var data = Data(
            [(Apr(2), Set1, LedgerEntryKind.Recorded, 600), (Apr(10), Set1, LedgerEntryKind.Recorded, 600)],
            [(Apr(3), Set1, 600), (Apr(11), Set1, 600)]);

        var found = Evaluate(data).Should().ContainSingle().Subject;

        found.Date.Should().Be(Apr(2));
        var details = (UnsentRecordsDetails)found.Details;
        (details.Peak, details.PeakDate).Should().Be((600L, Apr(2)));
    }

    [Fact]
    public void RecordsUnsentOnTheWindowsLastDay_Count()
    {
        var data = Data([(Apr(30), Set1, LedgerEntryKind.Recorded, 500)], [(Apr(30), Set1, 0)]);

        var found = Evaluate(data).Should().ContainSingle().Subject;

        found.Date.Should().Be(Apr(30));
        ((UnsentRecordsDetails)found.Details).PeakDate.Should().Be(Apr(30));
    }

    [Fact]
    public void CredentialChangeAtTheSite_WhileRecordsAreUnsent_IsCritical_NamingTheRecordsAtRisk()
    {
        var incidents = Log(Site("INC-2012-004", SepatanTimur, DeviceComponent.Software, IncidentCause.CredentialChange, Apr(16), Apr(16)));
        var data = Data(
            [(Apr(2), Set1, LedgerEntryKind.Recorded, 904), (Apr(2), Set2, LedgerEntryKind.Recorded, 834), (Apr(16), null, LedgerEntryKind.Lost, 1_738)],
            [(Apr(2), Set1, 0), (Apr(2), Set2, 0)],
            incidents);

        var found = Evaluate(data);

        var critical = found.Where(f => f.Severity == FindingSeverity.Critical).Should().ContainSingle().Subject;
        critical.Device.Should().BeNull();
        critical.Date.Should().Be(Apr(16));
        critical.Incidents.Should().Equal("INC-2012-004");
        ((UnsentAtRiskDetails)critical.Details).Records.Should().Be(1_738);
        ReportText.English.FindingMessage(critical).Should().Be(
            "Incident INC-2012-004, 16 April 2012 (software, unauthorised password change), began while 1,738 records of the whole site had not been sent to the central server: all of them were at risk.");
        ReportText.Indonesian.FindingMessage(critical).Should().Be(
            "Insiden INC-2012-004, 16 April 2012 (perangkat lunak, perubahan kata sandi tanpa izin), terjadi saat 1.738 data rekaman seluruh lokasi belum dikirim ke server pusat: semuanya terancam hilang.");
        found.Where(f => f.Severity == FindingSeverity.Warning).Select(f => f.Device).Should().Equal(Set1, Set2);
        var warning = found.Single(f => f.Device == Set1 && f.Severity == FindingSeverity.Warning);
        ReportText.English.FindingMessage(warning).Should().Be(
            "Recording set K-30-1 held up to 904 records not yet sent to the central server (2 April 2012); the oldest, recorded on 2 April 2012, waited 8 working days (thresholds: 500 records, 3 working days).");
        ReportText.Indonesian.FindingMessage(warning).Should().Be(
            "Alat perekaman K-30-1 menyimpan hingga 904 data rekaman yang belum dikirim ke server pusat (2 April 2012); data tertua, direkam 2 April 2012, menunggu 8 hari kerja (ambang: 500 data, 3 hari kerja).");
    }

    [Fact]
    public void SoftwareIncidentOnASet_CountsThatSetOnly_AndOtherIncidentsCountNot()
    {
        var incidents = Log(
            Device("INC-1", SepatanTimur, Set2, DeviceComponent.Software, IncidentCause.Malware, Apr(10), Apr(10)),
            Device("INC-2", SepatanTimur, Set1, DeviceComponent.Server, IncidentCause.Hardware, Apr(10), Apr(10)),
            Site("INC-3", SepatanTimur, DeviceComponent.Software, IncidentCause.Unknown, new LocalDate(2012, 3, 30), Apr(3)),
            Site("INC-4", SepatanTimur, DeviceComponent.Network, IncidentCause.CredentialChange, Apr(20), Apr(20)));
        var data = Data(
            [(Apr(2), Set1, LedgerEntryKind.Recorded, 50), (Apr(9), Set2, LedgerEntryKind.Recorded, 7), (Apr(10), Set2, LedgerEntryKind.Recorded, 3)],
            [(Apr(2), Set1, 0), (Apr(19), Set2, 10), (Apr(19), Set1, 50)],
            incidents);

        var critical = Evaluate(data).Where(f => f.Severity == FindingSeverity.Critical).ToList();

        critical.Select(f => (f.Incidents.Single(), f.Device, ((UnsentAtRiskDetails)f.Details).Records)).Should().Equal(
            ("INC-1", (string?)Set2, 7L));
        ReportText.English.FindingMessage(critical[0]).Should().Contain("7 records of recording set K-30-2");
    }

    [Fact]
    public void IncidentWithNothingUnsent_IsNotReported_AndWithoutSyncNothingIs()
    {
        var incidents = Log(Site("INC-2012-004", SepatanTimur, DeviceComponent.Software, IncidentCause.CredentialChange, Apr(16), Apr(16)));
        var data = Data([(Apr(2), Set1, LedgerEntryKind.Recorded, 100)], [(Apr(2), Set1, 100)], incidents);

        Evaluate(data).Should().BeEmpty();
        var withoutSync = new RecordingData(data.Population, data.Ledger) { Incidents = incidents };
        Evaluate(withoutSync).Should().BeEmpty();
    }

    [Fact]
    public void BadArguments_Throw()
    {
        FluentActions.Invoking(() => new UnsentRecordsRule(countThreshold: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("countThreshold");
        FluentActions.Invoking(() => new UnsentRecordsRule(ageWorkingDays: -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ageWorkingDays");
        FluentActions.Invoking(() => new UnsentRecordsRule().Evaluate(null!)).Should().Throw<ArgumentNullException>().WithParameterName("context");
        FluentActions.Invoking(() => new UnsentRecordsDetails("K-1", 10, Apr(2), 3, Apr(2), 500, 3)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new UnsentAtRiskDetails(Site("X", SepatanTimur, DeviceComponent.Server, IncidentCause.Hardware, Apr(2), null), 5)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new UnsentAtRiskDetails(Site("X", SepatanTimur, DeviceComponent.Software, IncidentCause.Hardware, Apr(2), null), 0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
