using System.Threading;

namespace EktpDomain.Import;

/// <summary>
/// How far the reading of a data folder's large table (the ledger) has come: bytes read and rows handed over, out of
/// the file's size when it is known. Written by the loading threads, read by whatever shows it, such as a progress bar
/// polled a few times a second.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class DataFolderProgress
{
    private long bytes;
    private long rows;
    private long totalBytes;

    /// <summary>The bytes of the file being read, or 0 while not known (a workbook, or before the reading starts).</summary>
    public long TotalBytes
    {
        get => Interlocked.Read(ref totalBytes);
        internal set => Interlocked.Exchange(ref totalBytes, value);
    }

    /// <summary>The bytes read so far.</summary>
    public long BytesRead => Interlocked.Read(ref bytes);

    /// <summary>The rows handed to the ledger so far.</summary>
    public long RowsRead => Interlocked.Read(ref rows);

    internal void Advance(long bytesRead) => Interlocked.Add(ref bytes, bytesRead);

    internal void Rows(long rowsRead) => Interlocked.Add(ref rows, rowsRead);
}
