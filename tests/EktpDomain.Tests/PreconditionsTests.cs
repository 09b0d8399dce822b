using System;
using System.IO;
using System.Linq;
using EktpDomain.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace EktpDomain.Tests;

/// <summary>The one way to check arguments: one message per kind of check, written once.</summary>
public class PreconditionsTests
{
    [Theory]
    [InlineData("36", "Province")]
    [InlineData("36.03", "Regency")]
    [InlineData("36.03.27.2001", "Village")]
    public void CheckKecamatan_OtherLevels_NameTheCodeTheLevelAndWhatNeedsIt(string code, string level) =>
        FluentActions.Invoking(() => Preconditions.CheckKecamatan(RegionCode.Parse(code), "a sample", "code"))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage($"'{code}' is a {level} code, but a sample needs a kecamatan code PP.KK.CC, such as 36.03.27. (Parameter 'code')");

    [Fact]
    public void CheckKecamatan_AKecamatan_Passes() =>
        FluentActions.Invoking(() => Preconditions.CheckKecamatan(RegionCode.Parse("36.03.27"), "a sample", "code")).Should().NotThrow();

    [Fact]
    public void CheckIso_OtherCalendars_NameTheDateTheCalendarAndTheFix()
    {
        FluentActions.Invoking(() => Preconditions.CheckIso(new LocalDate(2012, 4, 2, CalendarSystem.Julian), "date", "date"))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("The date 2012-04-02 is in the Julian calendar, but the library takes ISO dates only: convert it with WithCalendar(CalendarSystem.Iso). (Parameter 'date')");
        FluentActions.Invoking(() => Preconditions.CheckIso(new YearMonth(2012, 4, CalendarSystem.Julian), "first month", "from"))
            .Should().ThrowExactly<ArgumentException>()
            .WithMessage("The first month 2012-04 is in the Julian calendar, but the library takes ISO dates only: convert it with WithCalendar(CalendarSystem.Iso). (Parameter 'from')");
        FluentActions.Invoking(() => Preconditions.CheckIso(new LocalDate(2012, 4, 2), "date", "date")).Should().NotThrow();
    }

    [Fact]
    public void TheKecamatanMessage_IsWrittenOnlyInPreconditions()
    {
        var elsewhere = Directory.EnumerateFiles(RepositoryPaths.Combine("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && Path.GetFileName(f) != "Preconditions.cs")
            .Where(f => File.ReadAllText(f).Contains("needs a kecamatan code", StringComparison.Ordinal) || File.ReadAllText(f).Contains("must be in the ISO calendar", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f));

        elsewhere.Should().BeEmpty("a kecamatan or ISO-calendar check calls Preconditions rather than writing its own message");
    }
}
