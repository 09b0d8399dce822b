using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using EktpDomain.Regions.IO;
using EktpDomain.Tests.Support;

namespace EktpDomain.Tests.Regions;

/// <summary>
/// Generates the embedded region catalogue resource from <c>wilayah_2025_kepmendagri.csv</c>, in the format that
/// <see cref="RegionCatalogueFormat"/> documents and reads. Run <c>.ci/regenerate-region-catalogue</c> to rewrite
/// <c>src/EktpDomain/Data/wilayah_2025_kepmendagri.bin</c>; <see cref="RegionCatalogueDataTests"/> proves that the
/// committed resource is what this generator makes and that it decodes to the CSV row for row.
/// </summary>
internal static class RegionCatalogueGenerator
{
    /// <summary>Set this environment variable to <c>1</c> to make the data test rewrite the committed resource.</summary>
    public const string RegenerateVariable = "EKTP_REGENERATE_DATA";

    public const string SourceCsvFile = "wilayah_2025_kepmendagri.csv";

    public const string ResourceFile = "wilayah_2025_kepmendagri.bin";

    /// <summary>The source CSV beside the test assembly (copied from tests/EktpDomain.Tests/Data).</summary>
    public static string SourceCsvPath => Path.Combine(AppContext.BaseDirectory, "Data", SourceCsvFile);

    /// <summary>Reads a two-column <c>kode,nama</c> CSV: RFC 4180 quoting, CRLF or LF line ends, UTF-8.</summary>
    public static IReadOnlyList<(string Code, string Name)> ReadCsv(string path)
    {
        string text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        var rows = new List<(string, string)>();
        int position = 0;
        int line = 0;
        while (position < text.Length)
        {
            line++;
            var fields = new List<string>();
            var field = new StringBuilder();
            bool quoted = false;
            bool endOfRecord = false;
            while (!endOfRecord && position < text.Length)
            {
                char c = text[position++];
                if (quoted)
                {
                    if (c == '"' && position < text.Length && text[position] == '"')
                    {
                        field.Append('"');
                        position++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\r' && position < text.Length && text[position] == '\n')
                {
                    position++;
                    endOfRecord = true;
                }
                else if (c == '\n')
                {
                    endOfRecord = true;
                }
                else
                {
                    field.Append(c);
                }
            }

            fields.Add(field.ToString());
            if (fields.Count != 2)
            {
                throw new InvalidDataException($"{path}:{line}: expected 2 fields (kode,nama), found {fields.Count}.");
            }

            if (line == 1)
            {
                if (fields[0] != "kode" || fields[1] != "nama")
                {
                    throw new InvalidDataException($"{path}:1: expected the header 'kode,nama'.");
                }

                continue;
            }

            rows.Add((fields[0], fields[1]));
        }

        return rows;
    }

    /// <summary>Encodes rows (in hierarchical code order, every parent before its children) as a payload.</summary>
    public static byte[] EncodePayload(IReadOnlyList<(string Code, string Name)> rows)
    {
        var levels = new MemoryStream();
        var parts = new MemoryStream();
        var refs = new MemoryStream();
        var names = new MemoryStream();
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new int[RegionCatalogueFormat.LevelCount + 1];
        RegionCode previous = RegionCode.Nation;
        foreach (var (text, name) in rows)
        {
            var code = RegionCode.Parse(text);
            if (code.ToString() != text)
            {
                throw new InvalidDataException($"Code '{text}' is not in canonical dotted form.");
            }

            int level = (int)code.Level;
            if (code <= previous || level > (int)previous.Level + 1 || (level > 1 && code.Parent != previous.AncestorAt(code.Parent.Level)))
            {
                throw new InvalidDataException($"Code '{text}' is out of order or its parent is missing (previous code '{previous}').");
            }

            int part = level switch
            {
                1 => code.ProvincePart,
                2 => code.RegencyPart,
                3 => code.KecamatanPart,
                _ => code.VillagePart,
            };
            levels.WriteByte((byte)level);
            WriteVarInt(parts, part - path[level]);
            path[level] = part;
            Array.Clear(path, level + 1, path.Length - level - 1);

            if (name.Contains('\n', StringComparison.Ordinal))
            {
                throw new InvalidDataException($"The name of '{text}' contains a line feed, which the name table uses as a separator.");
            }

            if (table.TryGetValue(name, out int index))
            {
                WriteVarInt(refs, table.Count - index);
            }
            else
            {
                WriteVarInt(refs, 0);
                table.Add(name, table.Count);
                names.Write(Encoding.UTF8.GetBytes(name));
                names.WriteByte((byte)'\n');
            }

            previous = code;
        }

        var payload = new MemoryStream();
        WriteVarInt(payload, rows.Count);
        WriteVarInt(payload, table.Count);
        WriteVarInt(payload, checked((int)parts.Length));
        WriteVarInt(payload, checked((int)refs.Length));
        levels.WriteTo(payload);
        parts.WriteTo(payload);
        refs.WriteTo(payload);
        names.WriteTo(payload);
        return payload.ToArray();
    }

    /// <summary>Wraps a payload as a resource: header, then Brotli at the highest quality and the largest window.</summary>
    public static byte[] Compress(byte[] payload)
    {
        byte[] buffer = new byte[BrotliEncoder.GetMaxCompressedLength(payload.Length) + RegionCatalogueFormat.HeaderLength];
        RegionCatalogueFormat.Magic.CopyTo(buffer);
        buffer[4] = RegionCatalogueFormat.Version;
        BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(5, 4), payload.Length);
        if (!BrotliEncoder.TryCompress(payload, buffer.AsSpan(RegionCatalogueFormat.HeaderLength), out int written, quality: 11, window: 24))
        {
            throw new InvalidOperationException("Brotli compression failed.");
        }

        return buffer.AsSpan(0, RegionCatalogueFormat.HeaderLength + written).ToArray();
    }

    /// <summary>The committed resource's path in the source tree, found by walking up to the solution file.</summary>
    public static string CommittedResourcePath() => RepositoryPaths.Combine("src", "EktpDomain", "Data", ResourceFile);

    private static void WriteVarInt(Stream stream, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        uint remaining = (uint)value;
        while (remaining >= 0x80)
        {
            stream.WriteByte((byte)((remaining & 0x7F) | 0x80));
            remaining >>= 7;
        }

        stream.WriteByte((byte)remaining);
    }
}
