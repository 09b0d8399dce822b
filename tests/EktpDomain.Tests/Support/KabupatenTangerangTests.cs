using System;
using System.IO;
using System.Linq;
using EktpDomain.Regions;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Support;

public class KabupatenTangerangTests
{
    [Fact]
    public void CodeAndName_AreThoseOfTheCatalogue()
    {
        KabupatenTangerang.Code.Should().Be(RegionCode.Parse("36.03"));
        KabupatenTangerang.Name.Should().Be("Kabupaten Tangerang");
        RegionCatalogue.Kemendagri2025.GetName(KabupatenTangerang.Code).Should().Be(KabupatenTangerang.Name);
    }

    [Fact]
    public void Kecamatan_AreTheTwentyNineOfTheCatalogueInCodeOrder()
    {
        var catalogue = RegionCatalogue.Kemendagri2025;

        KabupatenTangerang.Kecamatan.Should().HaveCount(29);
        KabupatenTangerang.Kecamatan.Select(k => k.Code).Should().Equal(catalogue.GetChildren(KabupatenTangerang.Code));
        KabupatenTangerang.Kecamatan.Should().OnlyContain(k => k.Name == catalogue.GetName(k.Code));
    }

    [Fact]
    public void Kecamatan_MatchTheTangerangKecamatanCsv()
    {
        // tangerang_3603_kecamatan.csv: kode_kemendagri,nik_prefix,nama_kecamatan,...
        var rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "tangerang_3603_kecamatan.csv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .Select(fields => $"{fields[0]} {fields[2]}")
            .ToList();

        rows.Should().HaveCount(29);
        KabupatenTangerang.Kecamatan.Select(k => k.ToString()).Should().Equal(rows);
    }

    [Fact]
    public void Kecamatan_HaveTheGapsOfTheOfficialNumbering()
    {
        var parts = KabupatenTangerang.Kecamatan.Select(k => k.Code.KecamatanPart).ToList();

        parts.Should().NotContain([21, 24, 25, 26]);
        parts.Should().Equal(Enumerable.Range(1, 33).Except([21, 24, 25, 26]));
    }

    [Fact]
    public void Kecamatan_CannotBeModified()
    {
        KabupatenTangerang.Kecamatan.Should().NotBeAssignableTo<Kecamatan[]>();
        var asList = (System.Collections.Generic.IList<Kecamatan>)KabupatenTangerang.Kecamatan;
        var act = () => asList[0] = KabupatenTangerang.Sukamulya;

        act.Should().Throw<NotSupportedException>();
    }

    public static TheoryData<Func<Kecamatan>, string> NamedKecamatan => new()
    {
        { () => KabupatenTangerang.Sukamulya, "36.03.27 Sukamulya" },
        { () => KabupatenTangerang.SepatanTimur, "36.03.30 Sepatan Timur" },
        { () => KabupatenTangerang.Solear, "36.03.31 Solear" },
        { () => KabupatenTangerang.Pagedangan, "36.03.22 Pagedangan" },
        { () => KabupatenTangerang.Kresek, "36.03.06 Kresek" },
        { () => KabupatenTangerang.Kronjo, "36.03.07 Kronjo" },
        { () => KabupatenTangerang.GunungKaler, "36.03.32 Gunung Kaler" },
    };

    [Theory]
    [MemberData(nameof(NamedKecamatan))]
    public void NamedKecamatan_HaveTheirCodeAndNameAndAreTheListedInstances(Func<Kecamatan> get, string expected)
    {
        var kecamatan = get();

        kecamatan.ToString().Should().Be(expected);
        KabupatenTangerang.Kecamatan.Should().ContainSingle(k => ReferenceEquals(k, kecamatan));
    }
}
