using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Threading.Tasks;
using EktpDomain.Recording;
using NodaTime;

namespace EktpDomain.Import;

/// <summary>
/// <c>ledger.csv</c>, the one table with millions of rows, read on every core. The file is cut into blocks of whole
/// lines; each block's rows are parsed on a worker straight from the UTF-8 bytes, and the blocks are handed to the
/// ledger's builder in file order on the calling thread, so that rows, problems and line numbers come out exactly as
/// <see cref="Read"/> gives them.
/// </summary>
/// <remarks>
/// <para>
/// A row in the form exports write (a date as YYYY-MM-DD, a kecamatan as PP.KK.CC or PPKKCC, a kind in lower case, a
/// count of up to 18 digits, a set id of printable ASCII) is read without allocating. Any other row, such as one with
/// a malformed value, padding, non-ASCII text or the wrong number of fields, goes through the same
/// <see cref="CsvRow"/> accessors as a row read by Sep, so its problems are the same, word for word.
/// </para>
/// <para>
/// What only Sep reads as it should (a quote, a carriage return that does not end a line, bytes that are not UTF-8, a
/// UTF-16 or UTF-32 byte-order mark) makes this reader give up at once: the rows it has handed over are discarded
/// with a new builder, and the file is read again by <see cref="Read"/>, so such files cost a second read but lose
/// nothing.
/// </para>
/// </remarks>
internal sealed partial class CsvTable
{
    /// <summary>The bytes read for a block; a line longer than this grows the block.</summary>
    private const int BlockSize = 1 << 20;

    /// <summary>
    /// Reads <c>ledger.csv</c> (or <c>ledger.xlsx</c>) into <paramref name="ledger"/>. When the file must be read a
    /// second time, <paramref name="restart"/> replaces the builder with a new one; <paramref name="onRow"/> handles the rows
    /// that are not in the common form, as it would in <see cref="Read"/>. Returns what <see cref="Read"/> returns.
    /// </summary>
    public static bool ReadLedger(
        DataSource source,
        string fileName,
        IReadOnlyList<string> requiredColumns,
        List<DataProblem> problems,
        RecordingLedgerBuilder ledger,
        Action restart,
        Action<CsvRow> onRow,
        DataFolderProgress? progress = null,
        int blockSize = BlockSize)
    {
        int mark = problems.Count;
        if (source.Exists(fileName) && !source.Exists(DataSource.WorkbookName(fileName)))
        {
            var header = new HeaderSpec(requiredColumns, [], null);
            var table = new CsvTable(source.DisplayPath(fileName), problems);
            if (table.TryReadLedgerInParallel(source, fileName, header, ledger, onRow, progress, blockSize) is bool read)
            {
                return read;
            }

            problems.RemoveRange(mark, problems.Count - mark);
            restart();
        }

        return Read(source, fileName, requiredColumns, [], problems, onRow);
    }

    /// <summary>Reads the file on every core; null when it holds what only Sep reads as it should.</summary>
    private bool? TryReadLedgerInParallel(DataSource source, string fileName, HeaderSpec header, RecordingLedgerBuilder ledger, Action<CsvRow> onRow, DataFolderProgress? progress, int blockSize)
    {
        using var stream = source.Open(fileName);
        long size = stream.CanSeek ? stream.Length : 0;
        if (progress is not null)
        {
            progress.TotalBytes = size;
        }

        var blocks = new BlockReader(stream, blockSize);
        var first = new LedgerBlock();
        blocks.Next(first);
        var data = first.Data;

        // The byte-order marks a StreamReader would decode as UTF-16 or UTF-32; UTF-8's is skipped, as it skips it.
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || data.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return null;
        }

        int offset = data.StartsWith("\uFEFF"u8) ? 3 : 0;
        int end = data[offset..].IndexOf((byte)'\n');
        var headerLine = end < 0 ? data[offset..] : data.Slice(offset, end);
        if (headerLine.EndsWith((byte)'\r'))
        {
            headerLine = headerLine[..^1];
        }

        if (headerLine.ContainsAny((byte)'"', (byte)'\r') || !TryDecode(headerLine, out string? headerText))
        {
            return null;
        }

        if (headerText.Length == 0)
        {
            // An empty file, or an empty first line: both are an empty table to Sep's reader.
            Empty(header);
            return false;
        }

        string[] names = headerText.Split(',');
        if (!ReadHeader(names, 1, header, out var columns))
        {
            return false;
        }

        var layout = new LedgerLayout(names.Length, columns["date"], columns["kecamatan"], columns["device"], columns["kind"], columns["count"]);
        first.Start = end < 0 ? data.Length : offset + end + 1;

        // Blocks are parsed on the thread pool, a few ahead, and consumed here in file order.
        var pending = new Queue<(LedgerBlock Block, Task Parsed)>();
        var spare = new Stack<LedgerBlock>();
        int inFlight = 2 * Environment.ProcessorCount;
        int line = 2;
        bool abandoned = false;
        bool estimated = false;
        var next = first;
        while (true)
        {
            var block = next;
            pending.Enqueue((block, Task.Run(() => block.Parse(layout))));
            progress?.Advance(block.Length);
            if (blocks.AtEnd)
            {
                next = null;
            }
            else
            {
                next = spare.Count > 0 ? spare.Pop() : new LedgerBlock();
                next.Start = 0;
                blocks.Next(next);
            }

            while (pending.Count > 0 && (pending.Count >= inFlight || next is null))
            {
                var (done, parsed) = pending.Dequeue();
                parsed.Wait();
                abandoned |= done.Abandoned;
                if (!abandoned)
                {
                    if (!estimated && !blocks.AtEnd && size > 0)
                    {
                        estimated = true;
                        // Room for the rows the file's size suggests, a little over, so that the builder grows once.
                        long estimate = (long)((double)(done.Rows + done.Slow.Count) / Math.Max(1, done.Length - done.Start) * size * 1.02) + 1024;
                        ledger.EnsureCapacity((int)Math.Min(estimate, Array.MaxLength / 2));
                    }

                    line = Consume(done, line, layout, columns, ledger, onRow, progress);
                }

                spare.Push(done);
            }

            if (next is null || abandoned)
            {
                break;
            }
        }

        // Let every block still parsing finish before its buffer is given back.
        foreach (var (block, parsed) in pending)
        {
            parsed.Wait();
            block.Return();
        }

        foreach (var block in spare)
        {
            block.Return();
        }

        next?.Return();
        return abandoned ? null : true;
    }

    /// <summary>Hands a parsed block's rows to the builder in line order; returns the line after the block.</summary>
    // Runs once per file but loops over every row: compiled optimised at once, not first in tier 0.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Consume(LedgerBlock block, int firstLine, LedgerLayout layout, Dictionary<string, int> columns, RecordingLedgerBuilder ledger, Action<CsvRow> onRow, DataFolderProgress? progress)
    {
        var devices = block.DeviceNames(this);
        var (dates, codes, kinds, counts, sets, lines) = (block.Dates, block.Codes, block.Kinds, block.Counts, block.Devices, block.Lines);
        int rows = block.Rows;
        int fast = 0;
        for (int slow = 0; slow <= block.Slow.Count; slow++)
        {
            // The rows in the common form before the next other row (or the block's end), then that row.
            int before = slow < block.Slow.Count ? block.Slow[slow].Line : int.MaxValue;
            for (; fast < rows && lines[fast] < before; fast++)
            {
                int device = sets[fast];
                ledger.Add(dates[fast], codes[fast], (LedgerEntryKind)kinds[fast], counts[fast], device < 0 ? null : devices[device], new SourceLocation(path, firstLine + lines[fast]));
            }

            if (slow == block.Slow.Count)
            {
                break;
            }

            var (line, cells) = block.Slow[slow];
            var location = new SourceLocation(path, firstLine + line);
            if (!(cells.Length == 1 && cells[0].AsSpan().Trim().IsEmpty) && FieldCountMatches(cells.Length, layout.Fields, location))
            {
                onRow(new CsvRow(this, cells, columns, location));
            }
        }

        progress?.Rows(block.Rows + block.Slow.Count);
        return firstLine + block.LineCount;
    }

    /// <summary>Whether a row has as many fields as the header; records the problem when not.</summary>
    private bool FieldCountMatches(int fields, int expected, SourceLocation location)
    {
        if (fields == expected)
        {
            return true;
        }

        problems.Add(new DataProblem(location, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the row has {fields} fields, but the header has {expected}.")));
        return false;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes strict UTF-8; false for bytes that are not.</summary>
    private static bool TryDecode(ReadOnlySpan<byte> bytes, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            return false;
        }
    }

    /// <summary>Where the ledger's columns are in a row, and how many fields a row has.</summary>
    private readonly record struct LedgerLayout(int Fields, int Date, int Kecamatan, int Device, int Kind, int Count);

    /// <summary>Reads a stream as blocks of whole lines, each in a buffer of its own; the part line at a block's end starts the next.</summary>
    private sealed class BlockReader(Stream stream, int blockSize)
    {
        private byte[] tail = [];
        private int tailLength;

        /// <summary>The bytes read so far.</summary>
        public long Read { get; private set; }

        public bool AtEnd { get; private set; }

        public void Next(LedgerBlock block)
        {
            block.Ensure(Math.Max(blockSize, 2 * tailLength));
            tail.AsSpan(0, tailLength).CopyTo(block.Buffer);
            int filled = tailLength;
            int scanned = 0;
            while (true)
            {
                while (filled < block.Buffer.Length && !AtEnd)
                {
                    int n = stream.Read(block.Buffer, filled, block.Buffer.Length - filled);
                    AtEnd = n == 0;
                    filled += n;
                    Read += n;
                }

                int last = block.Buffer.AsSpan(scanned, filled - scanned).LastIndexOf((byte)'\n');
                if (AtEnd || last >= 0)
                {
                    int length = AtEnd ? filled : scanned + last + 1;
                    tailLength = filled - length;
                    if (tail.Length < tailLength)
                    {
                        tail = new byte[Math.Max(tailLength, 4096)];
                    }

                    block.Buffer.AsSpan(length, tailLength).CopyTo(tail);
                    block.Length = length;
                    return;
                }

                // A line longer than the block: grow it.
                scanned = filled;
                block.Grow();
            }
        }
    }

    /// <summary>
    /// A block of whole lines and, once parsed, its rows: those in the common form as values, column by column, the
    /// others as the text of their fields. Lines are counted from the block's first.
    /// </summary>
    private sealed class LedgerBlock
    {
        private readonly List<(int Start, int Length)> deviceSpans = [];

        public byte[] Buffer { get; private set; } = [];

        public int Length { get; set; }

        /// <summary>Where the rows start in <see cref="Buffer"/>: after the header in the first block.</summary>
        public int Start { get; set; }

        public ReadOnlySpan<byte> Data => Buffer.AsSpan(0, Length);

        public int Rows { get; private set; }

        public int LineCount { get; private set; }

        /// <summary>Whether the block holds what only Sep reads as it should.</summary>
        public bool Abandoned { get; private set; }

        public LocalDate[] Dates { get; private set; } = [];

        public RegionCode[] Codes { get; private set; } = [];

        public byte[] Kinds { get; private set; } = [];

        public long[] Counts { get; private set; } = [];

        /// <summary>Index into the block's distinct set ids, −1 for none.</summary>
        public short[] Devices { get; private set; } = [];

        public int[] Lines { get; private set; } = [];

        public List<(int Line, string[] Cells)> Slow { get; } = [];

        public void Ensure(int size)
        {
            if (Buffer.Length < size)
            {
                Return();
                Buffer = ArrayPool<byte>.Shared.Rent(size);
            }
        }

        public void Grow()
        {
            var larger = ArrayPool<byte>.Shared.Rent(Buffer.Length * 2);
            Buffer.CopyTo(larger, 0);
            Return();
            Buffer = larger;
        }

        public void Return()
        {
            if (Buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(Buffer);
                Buffer = [];
            }
        }

        /// <summary>The set ids of the block's rows as strings, each interned by the table.</summary>
        public string[] DeviceNames(CsvTable table)
        {
            var names = new string[deviceSpans.Count];
            Span<char> chars = stackalloc char[256];
            for (int i = 0; i < names.Length; i++)
            {
                var bytes = Buffer.AsSpan(deviceSpans[i].Start, deviceSpans[i].Length);
                var text = bytes.Length <= chars.Length ? chars[..bytes.Length] : new char[bytes.Length];
                Encoding.ASCII.GetChars(bytes, text);
                names[i] = table.Intern(text);
            }

            return names;
        }

        // Runs once per file but loops over every row: compiled optimised at once, not first in tier 0.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Parse(LedgerLayout layout)
        {
            Rows = 0;
            LineCount = 0;
            Abandoned = false;
            Slow.Clear();
            deviceSpans.Clear();
            var data = Buffer.AsSpan(0, Length);
            if (data[Start..].Contains((byte)'"'))
            {
                Abandoned = true;
                return;
            }

            Reserve(Math.Max(16, (Length - Start) / 32));
            bool anyReturn = data[Start..].Contains((byte)'\r');
            bool ascii = System.Text.Ascii.IsValid(data[Start..]);
            var parser = new RowParser(this, layout);
            int position = Start;
            int line = 0;
            while (position < Length)
            {
                int lineEnd = LineEnd(data, position, out ulong commas);
                var text = data[position..lineEnd];
                int textStart = position;
                position = lineEnd == Length ? Length : lineEnd + 1;
                int at = line++;
                if (anyReturn)
                {
                    if (text.EndsWith((byte)'\r'))
                    {
                        text = text[..^1];
                    }

                    if (text.Contains((byte)'\r'))
                    {
                        Abandoned = true;
                        return;
                    }
                }

                if (!ascii && !System.Text.Ascii.IsValid(text))
                {
                    if (!TryDecode(text, out string? decoded))
                    {
                        Abandoned = true;
                        return;
                    }

                    Slow.Add((at, decoded.Split(',')));
                    continue;
                }

                if (!parser.TryAdd(text, textStart, at, commas))
                {
                    if (!IsBlank(text))
                    {
                        Slow.Add((at, Encoding.ASCII.GetString(text).Split(',')));
                    }
                }
            }

            LineCount = line;
        }

        /// <summary>
        /// Where the line that starts at <paramref name="position"/> ends (its newline, or the data's end). A line
        /// shorter than 64 bytes, as rows in the common form are, is found with one pass of 32-byte compares that also
        /// gives its commas, as bits of <paramref name="commas"/> (bit i for the byte at position + i), with a high
        /// bit set as a mark; any other line by a search, with <paramref name="commas"/> zero.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static int LineEnd(ReadOnlySpan<byte> data, int position, out ulong commas)
        {
            if (Vector256.IsHardwareAccelerated && data.Length - position >= 64)
            {
                ref byte start = ref Unsafe.Add(ref MemoryMarshal.GetReference(data), position);
                var low = Vector256.LoadUnsafe(ref start);
                var high = Vector256.LoadUnsafe(ref start, 32);
                ulong newlines = Vector256.Equals(low, NewLine).ExtractMostSignificantBits()
                    | ((ulong)Vector256.Equals(high, NewLine).ExtractMostSignificantBits() << 32);
                if (newlines != 0)
                {
                    int length = BitOperations.TrailingZeroCount(newlines);
                    ulong found = Vector256.Equals(low, Comma).ExtractMostSignificantBits()
                        | ((ulong)Vector256.Equals(high, Comma).ExtractMostSignificantBits() << 32);
                    commas = (found & ((1UL << length) - 1)) | MaskMark;
                    return position + length;
                }
            }

            commas = 0;
            int newline = data[position..].IndexOf((byte)'\n');
            return newline < 0 ? data.Length : position + newline;
        }

        /// <summary>Set in a line's comma bits when they were found; a line of 64 bytes or more never has them.</summary>
        private const ulong MaskMark = 1UL << 63;

        private static readonly Vector256<byte> NewLine = Vector256.Create((byte)'\n');

        private static readonly Vector256<byte> Comma = Vector256.Create((byte)',');

        /// <summary>A line with no field but spaces and tabs, which Sep passes over as blank.</summary>
        private static bool IsBlank(ReadOnlySpan<byte> text) => text.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0;

        private void Reserve(int rows)
        {
            if (Dates.Length >= rows)
            {
                return;
            }

            int size = Math.Max(rows, Dates.Length * 2);
            Dates = new LocalDate[size];
            Codes = new RegionCode[size];
            Kinds = new byte[size];
            Counts = new long[size];
            Devices = new short[size];
            Lines = new int[size];
        }

        private void GrowRows()
        {
            int size = Math.Max(16, Dates.Length * 2);
            var dates = Dates;
            var codes = Codes;
            var kinds = Kinds;
            var counts = Counts;
            var devices = Devices;
            var lines = Lines;
            Array.Resize(ref dates, size);
            Array.Resize(ref codes, size);
            Array.Resize(ref kinds, size);
            Array.Resize(ref counts, size);
            Array.Resize(ref devices, size);
            Array.Resize(ref lines, size);
            (Dates, Codes, Kinds, Counts, Devices, Lines) = (dates, codes, kinds, counts, devices, lines);
        }

        /// <summary>
        /// Reads rows in the common form, remembering the last date, code and set ids read: rows of one kecamatan
        /// and day come together in exports, so most fields equal the previous row's and cost one comparison.
        /// </summary>
        private struct RowParser(LedgerBlock block, LedgerLayout layout)
        {
            // Zero is never the bytes of a field in the common form: a date has dashes, a code dots or digits.
            private long lastDateHead;
            private ushort lastDateTail;
            private LocalDate lastDate;
            private long lastCodeBytes;
            private int lastCodeLength;
            private RegionCode lastCode;
            private int lastDevice = -1;

            /// <summary>Adds a row in the common form; false for any other, which is read the slow way.</summary>
            /// <remarks>Called for every row, from a loop compiled optimised at once: so is this, and what it calls.</remarks>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            public bool TryAdd(ReadOnlySpan<byte> text, int textStart, int line, ulong commas)
            {
                Span<int> starts = stackalloc int[8];
                int fields = layout.Fields;
                if (fields > starts.Length - 1)
                {
                    return false;
                }

                // Field f is text[starts[f] .. starts[f + 1] - 1]: from the line's comma bits when it has them,
                // otherwise a vector search finds each comma.
                starts[0] = 0;
                if (commas != 0)
                {
                    commas &= ~MaskMark;
                    if (BitOperations.PopCount(commas) != fields - 1)
                    {
                        return false;
                    }

                    for (int f = 1; f < fields; f++)
                    {
                        starts[f] = BitOperations.TrailingZeroCount(commas) + 1;
                        commas &= commas - 1;
                    }
                }
                else
                {
                    int position = 0;
                    for (int f = 1; f < fields; f++)
                    {
                        int comma = text[position..].IndexOf((byte)',');
                        if (comma < 0)
                        {
                            return false;
                        }

                        position += comma + 1;
                        starts[f] = position;
                    }

                    if (text[position..].Contains((byte)','))
                    {
                        return false;
                    }
                }

                starts[fields] = text.Length + 1;
                if (!TryDate(Field(text, starts, layout.Date), out var date)
                    || !TryCode(Field(text, starts, layout.Kecamatan), out var code)
                    || !TryKind(Field(text, starts, layout.Kind), out byte kind)
                    || !TryCount(Field(text, starts, layout.Count), out long count)
                    || !TryDevice(Field(text, starts, layout.Device), textStart + starts[layout.Device], out int device))
                {
                    return false;
                }

                int row = block.Rows;
                if (row == block.Dates.Length)
                {
                    block.GrowRows();
                }

                block.Dates[row] = date;
                block.Codes[row] = code;
                block.Kinds[row] = kind;
                block.Counts[row] = count;
                block.Devices[row] = (short)device;
                block.Lines[row] = line;
                block.Rows = row + 1;
                return true;
            }

            private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> text, scoped Span<int> starts, int f) => text[starts[f]..(starts[f + 1] - 1)];

            /// <summary>YYYY-MM-DD in ASCII digits, a real date of the years 1–9999.</summary>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            private bool TryDate(ReadOnlySpan<byte> field, out LocalDate date)
            {
                date = default;
                if (field.Length != 10 || field[4] != '-' || field[7] != '-')
                {
                    return false;
                }

                long head = MemoryMarshal.Read<long>(field);
                ushort tail = MemoryMarshal.Read<ushort>(field[8..]);
                if (head == lastDateHead && tail == lastDateTail)
                {
                    date = lastDate;
                    return true;
                }

                if (!CsvRow.TryParseIsoDate(field, out date))
                {
                    return false;
                }

                (lastDate, lastDateHead, lastDateTail) = (date, head, tail);
                return true;
            }

            /// <summary>A kecamatan as PP.KK.CC or PPKKCC, each part 01–99.</summary>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            private bool TryCode(ReadOnlySpan<byte> field, out RegionCode code)
            {
                code = default;
                long bytes;
                if (field.Length == 8)
                {
                    if (field[2] != '.' || field[5] != '.')
                    {
                        return false;
                    }

                    bytes = MemoryMarshal.Read<long>(field);
                }
                else if (field.Length == 6)
                {
                    bytes = MemoryMarshal.Read<uint>(field) | ((long)MemoryMarshal.Read<ushort>(field[4..]) << 32);
                }
                else
                {
                    return false;
                }

                if (bytes == lastCodeBytes && field.Length == lastCodeLength)
                {
                    code = lastCode;
                    return true;
                }

                int step = field.Length == 8 ? 3 : 2;
                Span<int> parts = stackalloc int[3];
                for (int p = 0; p < 3; p++)
                {
                    int tens = field[p * step] - '0', ones = field[(p * step) + 1] - '0';
                    if (tens is < 0 or > 9 || ones is < 0 or > 9 || tens + ones == 0)
                    {
                        return false;
                    }

                    parts[p] = (tens * 10) + ones;
                }

                code = new RegionCode(parts[0], parts[1], parts[2]);
                lastCode = code;
                lastCodeBytes = bytes;
                lastCodeLength = field.Length;
                return true;
            }

            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            private static bool TryKind(ReadOnlySpan<byte> field, out byte kind)
            {
                kind = field.SequenceEqual("recorded"u8) ? (byte)LedgerEntryKind.Recorded
                    : field.SequenceEqual("lost"u8) ? (byte)LedgerEntryKind.Lost
                    : field.SequenceEqual("rerecorded"u8) ? (byte)LedgerEntryKind.Rerecorded
                    : byte.MaxValue;
                return kind != byte.MaxValue;
            }

            /// <summary>1 to 18 ASCII digits: always a long, never a sign.</summary>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            private static bool TryCount(ReadOnlySpan<byte> field, out long count)
            {
                count = 0;
                if (field.IsEmpty || field.Length > 18)
                {
                    return false;
                }

                foreach (byte b in field)
                {
                    int digit = b - '0';
                    if (digit is < 0 or > 9)
                    {
                        return false;
                    }

                    count = (count * 10) + digit;
                }

                return true;
            }

            /// <summary>Blank (no set), or printable ASCII with no space at either end.</summary>
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            private bool TryDevice(ReadOnlySpan<byte> field, int start, out int device)
            {
                device = -1;
                if (field.IsEmpty)
                {
                    return true;
                }

                if (field[0] == ' ' || field[^1] == ' ' || field.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) >= 0)
                {
                    return false;
                }

                var spans = block.deviceSpans;
                if (lastDevice >= 0 && Matches(spans[lastDevice], field))
                {
                    device = lastDevice;
                    return true;
                }

                for (int d = spans.Count - 1; d >= 0; d--)
                {
                    if (Matches(spans[d], field))
                    {
                        device = lastDevice = d;
                        return true;
                    }
                }

                if (spans.Count == short.MaxValue)
                {
                    return false;
                }

                spans.Add((start, field.Length));
                device = lastDevice = spans.Count - 1;
                return true;
            }

            private readonly bool Matches((int Start, int Length) span, ReadOnlySpan<byte> field) =>
                block.Buffer.AsSpan(span.Start, span.Length).SequenceEqual(field);
        }
    }
}
