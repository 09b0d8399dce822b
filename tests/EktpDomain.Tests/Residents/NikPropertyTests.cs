using System;
using System.Globalization;
using System.Text.RegularExpressions;
using EktpDomain.Residents;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace EktpDomain.Tests.Residents;

public class NikPropertyTests
{
    private static readonly Regex Masked = new(@"^[0-9]{6}\*{6}[0-9]{4}$", RegexOptions.CultureInvariant);

    [FsCheck.Xunit.Property(Arbitrary = [typeof(NikGenerators)])]
    public bool Property_RevealThenParse_RoundTrips(NikSample sample)
    {
        var parsed = Nik.Parse(sample.Nik.RevealDigits(), sample.ReferenceDate);

        return parsed == sample.Nik
            && parsed.GetBirthDate() == sample.BirthDate
            && parsed.GetSex() == sample.Sex
            && parsed.Kecamatan == sample.Kecamatan
            && parsed.Serial == sample.Serial
            && sample.Nik.GetBirthDate() == sample.BirthDate
            && sample.Nik.GetSex() == sample.Sex
            && sample.Nik.Kecamatan == sample.Kecamatan
            && sample.Nik.Serial == sample.Serial;
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(NikGenerators)])]
    public bool Property_ToString_IsMaskedAndNeverHasSixteenDigits(NikSample sample)
    {
        string text = sample.Nik.ToString();
        string digits = sample.Nik.RevealDigits();

        return Masked.IsMatch(text)
            && !NikTests.SixteenDigits.IsMatch(text)
            && text[..6] == digits[..6]
            && text[12..] == digits[12..]
            && string.Format(CultureInfo.GetCultureInfo("id-ID"), "{0}", sample.Nik) == text;
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(NikGenerators)])]
    public bool Property_OrderingIsTheOrdinalOrderOfTheDigits(NikSample a, NikSample b) =>
        Math.Sign(a.Nik.CompareTo(b.Nik)) == Math.Sign(string.CompareOrdinal(a.Nik.RevealDigits(), b.Nik.RevealDigits()))
        && (a.Nik == b.Nik) == (a.Nik.RevealDigits() == b.Nik.RevealDigits());

    /// <summary>
    /// For any 16 ASCII digits: every message is masked, lenient parsing accepts a superset of strict parsing, and a
    /// resolved birth date is the latest one not after the reference date.
    /// </summary>
    [FsCheck.Xunit.Property(Arbitrary = [typeof(NikGenerators)])]
    public bool Property_AnyDigits_MessagesMaskedAndCenturyRuleHolds(DigitString input)
    {
        string text = input.Text;
        var reference = input.ReferenceDate;
        bool strict = Nik.TryParse(text.AsSpan(), reference, NikParseMode.Strict, out var strictNik, out var strictError, out var strictWarning);
        bool lenient = Nik.TryParse(text.AsSpan(), reference, NikParseMode.Lenient, out var lenientNik, out var lenientError, out var lenientWarning);

        bool masked = NotEchoed(strictError) && NotEchoed(lenientError) && NotEchoed(lenientWarning) && strictWarning is null;
        bool superset = !strict || (lenient && lenientNik == strictNik && lenientWarning is null && lenientNik.GetBirthDate() == strictNik.GetBirthDate());
        bool warnedWhenNoDate = !lenient || (lenientNik.GetBirthDate() is null) == (lenientWarning is not null);
        bool roundTrip = !lenient || lenientNik.RevealDigits() == text;
        bool century = !strict || LatestNotAfter(strictNik.GetBirthDate()!.Value, reference);
        return masked && superset && warnedWhenNoDate && roundTrip && century;

        static bool NotEchoed(string? message) => message is null || !NikTests.SixteenDigits.IsMatch(message);
    }

    /// <summary>Digits 1–6 are accepted exactly when <see cref="RegionCode"/> reads them as a kecamatan code.</summary>
    [FsCheck.Xunit.Property(Arbitrary = [typeof(NikGenerators)])]
    public bool Property_RegionAcceptedExactlyWhenItIsAKecamatanCode(DigitString input)
    {
        string region = input.Text[..6];
        bool isKecamatan = RegionCode.TryParse(region, out var code) && code.Level == RegionLevel.Kecamatan;
        bool accepted = Nik.TryParse(region + "0101000001", new LocalDate(2012, 4, 30), out var nik);

        return accepted == isKecamatan && (!accepted || nik.Kecamatan == code);
    }

    private static bool LatestNotAfter(LocalDate birth, LocalDate reference)
    {
        // The birth date is not after the reference date, and the same month and day a century later would be.
        static int Key(int year, int month, int day) => (year * 10_000) + (month * 100) + day;
        return birth <= reference
            && Key(birth.Year + 100, birth.Month, birth.Day) > Key(reference.Year, reference.Month, reference.Day);
    }
}

/// <summary>A NIK built from its parts, with a reference date inside the century after the birth date.</summary>
public sealed record NikSample(Nik Nik, RegionCode Kecamatan, LocalDate BirthDate, Sex Sex, int Serial, LocalDate ReferenceDate)
{
    public override string ToString() =>
        $"{Nik.RevealDigits()} (born {BirthDate:uuuu-MM-dd}, read on {ReferenceDate:uuuu-MM-dd})";
}

/// <summary>Sixteen ASCII digits, often but not always a valid NIK, with a reference date.</summary>
public sealed record DigitString(string Text, LocalDate ReferenceDate);

/// <summary>FsCheck generators for NIKs.</summary>
public static class NikGenerators
{
    private static readonly LocalDate EarliestReference = new(1900, 1, 1);

    public static Arbitrary<NikSample> Samples()
    {
        var two = Gen.Choose(1, 99);
        var kecamatan = two.SelectMany(p => two.SelectMany(k => two.Select(c => new RegionCode(p, k, c))));
        var reference = Gen.Choose(0, 365 * 250).Select(d => EarliestReference.PlusDays(d));
        var sex = Gen.Elements(Sex.Male, Sex.Female);
        var serial = Gen.Frequency((1, Gen.Elements(1, 9999)), (5, Gen.Choose(1, 9999)));

        // A reference date from 1900 on, and a birth date up to 36,499 days before it: 100 years is at least 36,524
        // days, so the reference date resolves to the birth date's own century.
        var span = Gen.Frequency((1, Gen.Elements(0, 36_499)), (5, Gen.Choose(0, 36_499)));
        var anyDay =
            from read in reference
            from earlier in span
            select (Born: read.PlusDays(-earlier), Read: read);

        // Born on 29 February of a leap year from 1904 to 2152 (2000 included, 2100 skipped).
        var leapling =
            from i in Gen.Choose(0, 62)
            let year = CalendarSystem.Iso.IsLeapYear(1904 + (4 * i)) ? 1904 + (4 * i) : 1904 + (4 * i) - 4
            from later in span
            select (Born: new LocalDate(year, 2, 29), Read: new LocalDate(year, 2, 29).PlusDays(later));

        var gen =
            from dates in Gen.Frequency((5, anyDay), (1, leapling))
            from region in kecamatan
            from s in sex
            from number in serial
            select new NikSample(new Nik(region, dates.Born, s, number), region, dates.Born, s, number, dates.Read);
        return gen.ToArbitrary();
    }

    public static Arbitrary<DigitString> Digits()
    {
        var twoDigits = Gen.Frequency((1, Gen.Choose(0, 99)), (8, Gen.Choose(1, 99)));
        var day = Gen.Frequency((1, Gen.Choose(0, 99)), (4, Gen.Choose(1, 31)), (4, Gen.Choose(41, 71)));
        var month = Gen.Frequency((1, Gen.Choose(0, 99)), (8, Gen.Choose(1, 12)));
        var serial = Gen.Frequency((1, Gen.Constant(0)), (8, Gen.Choose(1, 9999)));
        var reference = Gen.Choose(0, 365 * 250).Select(d => new LocalDate(1900, 1, 1).PlusDays(d));

        var gen =
            from p in twoDigits
            from k in twoDigits
            from c in twoDigits
            from dd in day
            from mm in month
            from yy in Gen.Choose(0, 99)
            from ssss in serial
            from r in reference
            select new DigitString(
                string.Create(CultureInfo.InvariantCulture, $"{p:D2}{k:D2}{c:D2}{dd:D2}{mm:D2}{yy:D2}{ssss:D4}"),
                r);
        return gen.ToArbitrary();
    }
}
