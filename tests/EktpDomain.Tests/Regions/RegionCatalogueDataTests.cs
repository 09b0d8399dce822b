using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EktpDomain.Regions;
using EktpDomain.Regions.IO;
using FluentAssertions;
using Xunit;

namespace EktpDomain.Tests.Regions;

/// <summary>
/// The embedded resource against its source: it is what the generator makes from the CSV, it decodes to the CSV
/// row for row, it stays small, and damage is reported rather than decoded into nonsense.
/// </summary>
public class RegionCatalogueDataTests
{
    private static readonly Lazy<IReadOnlyList<(string Code, string Name)>> SourceRows =
        new(() => RegionCatalogueGenerator.ReadCsv(RegionCatalogueGenerator.SourceCsvPath));

    [Fact]
    public void EmbeddedResource_Payload_IsWhatTheGeneratorMakesFromTheSourceCsv()
    {
        byte[] expected = RegionCatalogueGenerator.EncodePayload(SourceRows.Value);
        if (Environment.GetEnvironmentVariable(RegionCatalogueGenerator.RegenerateVariable) == "1")
        {
            File.WriteAllBytes(RegionCatalogueGenerator.CommittedResourcePath(), RegionCatalogueGenerator.Compress(expected));
        }

        byte[] embedded = RegionCatalogueFormat.ReadEmbeddedPayload();

        // Compare the payloads, not the Brotli bytes, so that a different Brotli build cannot fail the test.
        embedded.SequenceEqual(expected).Should().BeTrue(
            "the committed resource must be regenerated from the CSV with .ci/regenerate-region-catalogue (then rebuild)");
    }

    [Fact]
    public void Decode_EmbeddedResource_EqualsSourceCsvRowForRow()
    {
        var (codes, names) = RegionCatalogueFormat.Decode(RegionCatalogueFormat.ReadEmbeddedPayload());
        var decoded = Enumerable.Range(1, RegionCatalogueFormat.LevelCount)
            .SelectMany(level => codes[level].Zip(names[level], (code, name) => (Code: code.ToString(), Name: name, Key: code.SortKey)))
            .OrderBy(row => row.Key)
            .Select(row => (row.Code, row.Name))
            .ToList();

        SourceRows.Value.Should().HaveCount(91_599);
        decoded.Should().Equal(SourceRows.Value);
    }

    [Fact]
    public void SourceCsv_HasTheNationalCountsOfProvenance()
    {
        // PROVENANCE.md: 38 provinces, 514 regencies/cities, 7,285 kecamatan and 83,762 villages.
        var perLevel = SourceRows.Value.GroupBy(row => row.Code.Split('.').Length).ToDictionary(g => g.Key, g => g.Count());

        perLevel.Should().BeEquivalentTo(new Dictionary<int, int> { [1] = 38, [2] = 514, [3] = 7_285, [4] = 83_762 });
        SourceRows.Value.Should().Contain(("53.07.01.2021", "Regapu’u"), "names are UTF-8 and keep the right single quote");
        SourceRows.Value.Should().Contain(("12.07.28.1007", "Lubuk Pakam I,II"), "quoted fields keep their commas");
    }

    [Fact]
    public void EmbeddedResource_Size_IsWellUnderOneMegabyte()
    {
        using var stream = typeof(RegionCatalogue).Assembly.GetManifestResourceStream(RegionCatalogueFormat.ResourceName);

        stream.Should().NotBeNull();
        stream!.Length.Should().BeLessThan(500_000, "the 2.3 MB CSV must stay a small part of the DLL");
    }

    [Fact]
    public void RoundTrip_SmallList_KeepsGapsSharedNamesAndUnicode()
    {
        (string, string)[] rows =
        [
            ("11", "Aceh"),
            ("11.01", "Kabupaten Satu"),
            ("11.01.05", "Sukamaju"),
            ("11.01.05.2001", "Sukamaju"),
            ("11.01.05.2007", "Regapu’u "),
            ("11.01.31", "Sukamaju"),
            ("11.01.31.1001", "Lubuk Pakam I,II"),
            ("11.71", "Kota Dua"),
            ("92", "Papua Barat Daya"),
        ];

        byte[] payload = RegionCatalogueGenerator.EncodePayload(rows);
        var catalogue = RegionCatalogue.FromPayload(payload);
        var (codes, names) = RegionCatalogueFormat.Decode(payload);

        catalogue.Count.Should().Be(rows.Length);
        catalogue.GetName(RegionCode.Parse("11.01.05.2007")).Should().Be("Regapu’u", "the catalogue trims names");
        names[4].Should().Equal("Sukamaju", "Regapu’u ", "Lubuk Pakam I,II");
        codes[3].Should().Equal(RegionCode.Parse("11.01.05"), RegionCode.Parse("11.01.31"));
        catalogue.GetChildren(RegionCode.Parse("11.01")).Should().Equal(RegionCode.Parse("11.01.05"), RegionCode.Parse("11.01.31"));
        catalogue.GetChildren(RegionCode.Nation).Should().Equal(new RegionCode(11), new RegionCode(92));
        catalogue.GetName(RegionCode.Parse("11.01.31.1001")).Should().Be("Lubuk Pakam I,II");
        catalogue.Contains(RegionCode.Parse("11.01.06")).Should().BeFalse();
    }

    [Fact]
    public void Decompress_WrongMagic_ThrowsInvalidDataException()
    {
        byte[] resource = RegionCatalogueGenerator.Compress(RegionCatalogueGenerator.EncodePayload([("11", "Aceh")]));
        resource[0] = (byte)'X';

        var act = () => RegionCatalogueFormat.Decompress(resource);

        act.Should().Throw<InvalidDataException>().WithMessage("The region catalogue resource does not start with 'EKRC' version 1.");
    }

    [Fact]
    public void Decompress_TruncatedStream_ThrowsInvalidDataException()
    {
        byte[] resource = RegionCatalogueGenerator.Compress(RegionCatalogueGenerator.EncodePayload(SourceRows.Value.Take(500).ToList()));

        var act = () => RegionCatalogueFormat.Decompress(resource.AsSpan(0, resource.Length / 2));

        act.Should().Throw<InvalidDataException>().WithMessage("The region catalogue resource is damaged: its Brotli stream did not give the * bytes promised.");
    }

    [Fact]
    public void Decode_ChildWithoutParent_ThrowsInvalidDataException()
    {
        byte[] payload = RegionCatalogueGenerator.EncodePayload([("11", "Aceh"), ("11.01", "Kabupaten Satu")]);
        // The level column follows the four one-byte header numbers; make the regency row claim to be a kecamatan.
        payload[5].Should().Be(2, "the second level byte is the regency's");
        payload[5] = 3;

        var act = () => RegionCatalogueFormat.Decode(payload);

        act.Should().Throw<InvalidDataException>()
            .WithMessage("The region catalogue resource is damaged: a level-3 row follows a level-1 row, so its parent is missing.");
    }

    [Theory]
    [InlineData("level", "level 5 is not 1 to 4")]
    [InlineData("level0", "level 0 is not 1 to 4")]
    [InlineData("sections", "the sections are longer than the payload")]
    [InlineData("reference", "name reference 5 points outside the table of 2 names")]
    [InlineData("misaligned", "the sections do not line up with the row count")]
    [InlineData("short-names", "the name table ends after 1 of 2 names")]
    [InlineData("trailing", "there are bytes after the name table")]
    [InlineData("unfinished", "a number runs past the end of its section")]
    [InlineData("negative", "a number is negative")]
    [InlineData("long", "a number is longer than 32 bits")]
    public void Decode_DamagedPayload_ThrowsSayingWhat(string damage, string why)
    {
        // Two rows, one byte per number: header 2 2 2 2 (rows, names, parts and refs lengths), levels 1 2, parts
        // 11 1, refs 0 0, then "Aceh\nKabupaten Satu\n".
        byte[] payload = RegionCatalogueGenerator.EncodePayload([("11", "Aceh"), ("11.01", "Kabupaten Satu")]);
        payload[..10].Should().Equal([2, 2, 2, 2, 1, 2, 11, 1, 0, 0]);
        payload = damage switch
        {
            "level" => With(payload, 4, 5),
            "level0" => With(payload, 4, 0),
            "sections" => With(payload, 3, 100),
            "reference" => With(payload, 9, 5),
            "misaligned" => With(payload, 9, 1),
            "short-names" => payload[..^1],
            "trailing" => [.. payload, (byte)'x'],
            "unfinished" => [0x80],
            "negative" => [0xFF, 0xFF, 0xFF, 0xFF, 0x0F],
            _ => [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01],
        };

        FluentActions.Invoking(() => RegionCatalogueFormat.Decode(payload))
            .Should().ThrowExactly<InvalidDataException>().WithMessage($"The region catalogue resource is damaged: {why}.");

        static byte[] With(byte[] bytes, int at, byte value)
        {
            bytes[at] = value;
            return bytes;
        }
    }

    [Fact]
    public void Decode_NoRows_IsAnEmptyList()
    {
        var (codes, names) = RegionCatalogueFormat.Decode(RegionCatalogueGenerator.EncodePayload([]));

        codes.Should().HaveCount(5).And.OnlyContain(level => level.Length == 0);
        names.Should().HaveCount(5).And.OnlyContain(level => level.Length == 0);
    }

    [Fact]
    public void Decompress_NegativePayloadLength_ThrowsInvalidDataException()
    {
        byte[] resource = RegionCatalogueGenerator.Compress(RegionCatalogueGenerator.EncodePayload([("11", "Aceh")]));
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(resource.AsSpan(5, 4), -1);

        FluentActions.Invoking(() => RegionCatalogueFormat.Decompress(resource))
            .Should().ThrowExactly<InvalidDataException>().WithMessage("The region catalogue resource is damaged: its payload length -1 is negative.");
    }

    [Fact]
    public void EncodePayload_RowsOutOfOrder_Throws()
    {
        var act = () => RegionCatalogueGenerator.EncodePayload([("11.01", "Kabupaten Satu"), ("11", "Aceh")]);

        act.Should().Throw<InvalidDataException>().WithMessage("Code '11.01' is out of order or its parent is missing (previous code '0').");
    }
}
