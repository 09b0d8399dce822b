using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace EktpDomain.Regions.IO;

/// <summary>
/// Reads the compact binary form of the Kemendagri region list that is embedded in this assembly.
/// </summary>
/// <remarks>
/// <para>
/// The resource is generated from <c>wilayah_2025_kepmendagri.csv</c> by <c>RegionCatalogueGenerator</c> in the
/// test project (run <c>.ci/regenerate-region-catalogue</c>); <c>RegionCatalogueDataTests</c> proves that the
/// committed resource is what the generator makes and that this reader gives back the CSV row for row. The layout, all integers little-endian or LEB128
/// varints (7 bits per byte, low bits first):
/// </para>
/// <code>
/// resource := "EKRC" version:u8(=1) payloadLength:u32 brotli(payload)
/// payload  := rowCount:varint nameCount:varint partsLength:varint refsLength:varint
///             levels:u8[rowCount]        1 = province ... 4 = village, in file (code) order
///             parts:varint[rowCount]     own part minus the previous sibling's part (or minus 0 for a first child)
///             refs:varint[rowCount]      0 = the next unused name of the table; k &gt; 0 = the name k places before it
///             names:(utf8 '\n')[nameCount]  distinct names in order of first use
/// </code>
/// <para>
/// Rows come in hierarchical code order, so each row's parent is the last row one level up; a row holds only its
/// level and its own part. Splitting the columns lets Brotli see long runs of small numbers, and the name table
/// stores a name such as "Sukamaju" once however many villages share it.
/// </para>
/// </remarks>
internal static class RegionCatalogueFormat
{
    /// <summary>The manifest name of the embedded resource.</summary>
    internal const string ResourceName = "EktpDomain.Data.wilayah_2025_kepmendagri.bin";

    /// <summary>The four bytes that start the resource.</summary>
    internal static ReadOnlySpan<byte> Magic => "EKRC"u8;

    /// <summary>The format version this reader understands.</summary>
    internal const byte Version = 1;

    /// <summary>The length of the header before the Brotli stream: magic, version and payload length.</summary>
    internal const int HeaderLength = 9;

    /// <summary>The deepest level in the file.</summary>
    internal const int LevelCount = 4;

    /// <summary>Reads the embedded resource and returns the decompressed payload.</summary>
    /// <exception cref="InvalidDataException">The resource is missing or damaged.</exception>
    internal static byte[] ReadEmbeddedPayload()
    {
        using Stream stream = typeof(RegionCatalogueFormat).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The embedded resource '{ResourceName}' is missing from {typeof(RegionCatalogueFormat).Assembly.GetName().Name}.");
        byte[] resource = new byte[stream.Length];
        stream.ReadExactly(resource);
        return Decompress(resource);
    }

    /// <summary>Checks the header of a resource and decompresses its payload.</summary>
    /// <param name="resource">The whole resource, header included.</param>
    /// <exception cref="InvalidDataException">The header is wrong or the Brotli stream is damaged.</exception>
    internal static byte[] Decompress(ReadOnlySpan<byte> resource)
    {
        if (resource.Length < HeaderLength || !resource[..4].SequenceEqual(Magic) || resource[4] != Version)
        {
            throw new InvalidDataException($"The region catalogue resource does not start with 'EKRC' version {Version}.");
        }

        int payloadLength = BinaryPrimitives.ReadInt32LittleEndian(resource.Slice(5, 4));
        if (payloadLength < 0)
        {
            throw Damaged($"its payload length {payloadLength} is negative");
        }

        byte[] payload = new byte[payloadLength];
        if (!BrotliDecoder.TryDecompress(resource[HeaderLength..], payload, out int written) || written != payloadLength)
        {
            throw new InvalidDataException($"The region catalogue resource is damaged: its Brotli stream did not give the {payloadLength} bytes promised.");
        }

        return payload;
    }

    /// <summary>Decodes a payload into codes and names per level, exactly as in the source file (names untrimmed).</summary>
    /// <param name="payload">The decompressed payload.</param>
    /// <returns>Index 0 is unused; index 1 to 4 hold the codes and names of that level, in code order.</returns>
    /// <exception cref="InvalidDataException">The payload is inconsistent.</exception>
    internal static (RegionCode[][] Codes, string[][] Names) Decode(ReadOnlySpan<byte> payload)
    {
        var header = new VarIntReader(payload, 0);
        int rowCount = header.ReadInt32();
        int nameCount = header.ReadInt32();
        int partsLength = header.ReadInt32();
        int refsLength = header.ReadInt32();

        int levelsStart = header.Position;
        int partsStart = levelsStart + rowCount;
        int refsStart = partsStart + partsLength;
        int namesStart = refsStart + refsLength;
        if (namesStart > payload.Length)
        {
            throw Damaged("the sections are longer than the payload");
        }

        ReadOnlySpan<byte> levels = payload.Slice(levelsStart, rowCount);
        var counts = new int[LevelCount + 1];
        foreach (byte level in levels)
        {
            if (level is < 1 or > LevelCount)
            {
                throw Damaged($"level {level} is not 1 to {LevelCount}");
            }

            counts[level]++;
        }

        string[] table = ReadNames(payload[namesStart..], nameCount);

        var codes = new RegionCode[LevelCount + 1][];
        var names = new string[LevelCount + 1][];
        for (int level = 0; level <= LevelCount; level++)
        {
            codes[level] = new RegionCode[counts[level]];
            names[level] = new string[counts[level]];
        }

        var filled = new int[LevelCount + 1];
        Span<int> path = stackalloc int[LevelCount + 1];
        var parts = new VarIntReader(payload[..refsStart], partsStart);
        var refs = new VarIntReader(payload[..namesStart], refsStart);
        int nextNewName = 0;
        int previousLevel = 0;
        foreach (byte level in levels)
        {
            if (level > previousLevel + 1)
            {
                throw Damaged($"a level-{level} row follows a level-{previousLevel} row, so its parent is missing");
            }

            // path[level] is the previous sibling's part; a new parent resets the parts below it.
            int part = path[level] + parts.ReadInt32();
            path[level] = part;
            path[(level + 1)..].Clear();

            int nameRef = refs.ReadInt32();
            int nameIndex = nameRef == 0 ? nextNewName++ : nextNewName - nameRef;
            if (nameIndex < 0 || nameIndex >= table.Length)
            {
                throw Damaged($"name reference {nameRef} points outside the table of {table.Length} names");
            }

            RegionCode code = level switch
            {
                1 => new RegionCode(path[1]),
                2 => new RegionCode(path[1], path[2]),
                3 => new RegionCode(path[1], path[2], path[3]),
                _ => new RegionCode(path[1], path[2], path[3], path[4]),
            };
            int slot = filled[level]++;
            codes[level][slot] = code;
            names[level][slot] = table[nameIndex];
            previousLevel = level;
        }

        if (parts.Position != refsStart || refs.Position != namesStart || nextNewName != nameCount)
        {
            throw Damaged("the sections do not line up with the row count");
        }

        return (codes, names);
    }

    private static string[] ReadNames(ReadOnlySpan<byte> section, int nameCount)
    {
        var table = new string[nameCount];
        int position = 0;
        for (int i = 0; i < nameCount; i++)
        {
            int length = section[position..].IndexOf((byte)'\n');
            if (length < 0)
            {
                throw Damaged($"the name table ends after {i} of {nameCount} names");
            }

            table[i] = Encoding.UTF8.GetString(section.Slice(position, length));
            position += length + 1;
        }

        if (position != section.Length)
        {
            throw Damaged("there are bytes after the name table");
        }

        return table;
    }

    private static InvalidDataException Damaged(string why) =>
        new($"The region catalogue resource is damaged: {why}.");

    /// <summary>Reads unsigned LEB128 varints.</summary>
    private ref struct VarIntReader(ReadOnlySpan<byte> data, int position)
    {
        private readonly ReadOnlySpan<byte> data = data;

        public int Position { get; private set; } = position;

        public int ReadInt32()
        {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7)
            {
                if (Position >= data.Length)
                {
                    throw Damaged("a number runs past the end of its section");
                }

                byte b = data[Position++];
                value |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value >= 0 ? value : throw Damaged("a number is negative");
                }
            }

            throw Damaged("a number is longer than 32 bits");
        }
    }
}
