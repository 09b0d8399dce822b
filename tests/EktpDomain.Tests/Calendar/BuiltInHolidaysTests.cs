using System;
using System.IO;
using System.Linq;
using EktpDomain.Calendar;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests.Calendar;

public partial class BuiltInHolidaysTests
{
    private const string Header = "date,weekday,kind,name_id";

    private static Action Parsing(string text) =>
        () => BuiltInHolidays.Parse(new StringReader(text), "holidays.csv", 2005, 2026);

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("id-ID")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    public void Load_UnderAnyCulture_GivesTheSameHolidays(string culture)
    {
        var invariant = WithCulture("en-US", BuiltInHolidays.Load);

        var local = WithCulture(culture, BuiltInHolidays.Load);

        local.Should().Equal(invariant);
        local.Should().HaveCount(478);
        local.Should().Contain(new Holiday(new LocalDate(2012, 4, 6), "Wafat Yesus Kristus", HolidayKind.NationalHoliday));
    }

    [Fact]
    public void Load_KeepsEveryRowInFileOrder()
    {
        var holidays = BuiltInHolidays.Load();

        holidays[0].Should().Be(new Holiday(new LocalDate(2005, 1, 1), "Tahun Baru Masehi", HolidayKind.NationalHoliday));
        holidays.Select(h => h.Date.Year).Distinct().Should().Equal(Enumerable.Range(2005, 22));
        holidays.Where(h => h.Date == new LocalDate(2012, 12, 31)).Should()
            .Equal(new Holiday(new LocalDate(2012, 12, 31), "Cuti Bersama Tahun Baru Masehi", HolidayKind.CollectiveLeave));
    }

    [Fact]
    public void Parse_ValidRowsWithCrLf_AreRead()
    {
        var text = Header + "\r\n2012-04-06,Fri,libur_nasional,Wafat Yesus Kristus\r\n2012-05-18,Fri,cuti_bersama,Cuti Bersama\r\n";

        var holidays = BuiltInHolidays.Parse(new StringReader(text), "holidays.csv", 2005, 2026);

        holidays.Should().Equal(
            new Holiday(new LocalDate(2012, 4, 6), "Wafat Yesus Kristus", HolidayKind.NationalHoliday),
            new Holiday(new LocalDate(2012, 5, 18), "Cuti Bersama", HolidayKind.CollectiveLeave));
    }

    [Theory]
    [InlineData("2012-04-06,Fri,libur_nasional", "holidays.csv:2: The row '2012-04-06,Fri,libur_nasional' has 3 fields, but it must have 4: date,weekday,kind,name_id.")]
    [InlineData("2012-04-06,Fri,libur_nasional,Wafat, Yesus", "holidays.csv:2: The row '2012-04-06,Fri,libur_nasional,Wafat, Yesus' has 5 fields, but it must have 4: date,weekday,kind,name_id.")]
    [InlineData("2012-4-06,Fri,libur_nasional,X", "holidays.csv:2: The date '2012-4-06' is not an ISO date yyyy-MM-dd in ASCII digits.")]
    [InlineData("２０１２-04-06,Fri,libur_nasional,X", "holidays.csv:2: The date '２０１２-04-06' is not an ISO date yyyy-MM-dd in ASCII digits.")]
    [InlineData("06/04/2012,Fri,libur_nasional,X", "holidays.csv:2: The date '06/04/2012' is not an ISO date yyyy-MM-dd in ASCII digits.")]
    [InlineData("2012-02-30,Thu,libur_nasional,X", "holidays.csv:2: The date '2012-02-30' does not exist.")]
    [InlineData("2004-12-31,Fri,libur_nasional,X", "holidays.csv:2: The date '2004-12-31' is outside the covered years 2005 to 2026.")]
    [InlineData("2012-04-06,Thu,libur_nasional,X", "holidays.csv:2: The weekday 'Thu' does not match 2012-04-06, which is a Fri.")]
    [InlineData("2012-04-06,fri,libur_nasional,X", "holidays.csv:2: The weekday 'fri' does not match 2012-04-06, which is a Fri.")]
    [InlineData("2012-04-06,Fri,LIBUR_NASIONAL,X", "holidays.csv:2: The kind 'LIBUR_NASIONAL' is unknown; it must be 'libur_nasional' or 'cuti_bersama'.")]
    [InlineData("2012-04-06,Fri,libur_nasıonal,X", "holidays.csv:2: The kind 'libur_nasıonal' is unknown; it must be 'libur_nasional' or 'cuti_bersama'.")]
    [InlineData("2012-04-06,Fri,libur_nasional,", "holidays.csv:2: The name '' on 2012-04-06 is blank or has leading or trailing spaces.")]
    [InlineData("2012-04-06,Fri,libur_nasional, Wafat", "holidays.csv:2: The name ' Wafat' on 2012-04-06 is blank or has leading or trailing spaces.")]
    [InlineData("", "holidays.csv:2: The row '' has 1 fields, but it must have 4: date,weekday,kind,name_id.")]
    public void Parse_BadRow_ThrowsDataValidationExceptionWithLine(string row, string expected)
    {
        var act = Parsing(Header + "\n" + row + "\n");

        var error = act.Should().Throw<DataValidationException>().Which;
        error.Problems.Should().ContainSingle().Which.ToString().Should().Be(expected);
        error.Message.Should().Be(expected);
    }

    [Fact]
    public void Parse_BadHeader_IsReportedOnLine1()
    {
        var act = Parsing("date,weekday,kind,name\n2012-04-06,Fri,libur_nasional,X\n");

        act.Should().Throw<DataValidationException>()
            .Which.Problems.Should().ContainSingle()
            .Which.ToString().Should().Be("holidays.csv:1: The header is 'date,weekday,kind,name', but it must be exactly 'date,weekday,kind,name_id'.");
    }

    [Fact]
    public void Parse_RepeatedRow_IsReported()
    {
        var act = Parsing(Header + "\n2012-04-06,Fri,libur_nasional,X\n2012-04-06,Fri,libur_nasional,X\n");

        act.Should().Throw<DataValidationException>()
            .Which.Problems.Should().ContainSingle()
            .Which.ToString().Should().Be("holidays.csv:3: The row '2012-04-06,Fri,libur_nasional,X' repeats an earlier row.");
    }

    [Fact]
    public void Parse_HeaderOnly_IsReported()
    {
        var act = Parsing(Header + "\n");

        act.Should().Throw<DataValidationException>()
            .Which.Problems.Should().ContainSingle()
            .Which.ToString().Should().Be("holidays.csv: The file has no holiday rows.");
    }

    [Fact]
    public void Parse_SeveralProblems_AreAllReported()
    {
        var act = Parsing("bad\n2012-04-06,Thu,libur_nasional,X\n2012-04-09,Mon,libur_nasional,Y\n2012-13-01,Mon,libur_nasional,Z\n");

        act.Should().Throw<DataValidationException>()
            .Which.Problems.Select(p => p.Location.Line).Should().Equal(1, 2, 4);
    }

    private static T WithCulture<T>(string culture, Func<T> action)
    {
        using (CultureScope.Use(culture))
        {
            return action();
        }
    }
}
