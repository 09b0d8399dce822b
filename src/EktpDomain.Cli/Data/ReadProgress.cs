using System.Threading;

namespace EktpDomain.Cli.Data;

/// <summary>
/// How far the reading of a data folder's large table has come: bytes read and rows handed over, out of the file's
/// size when it is known. Written by the reading thread, read by whatever shows it; thread-safe.
/// </summary>
internal sealed class ReadProgress
{
    private long bytes;
    private long rows;
    private long totalBytes;

    /// <summary>The bytes of the file being read, or 0 while not known.</summary>
    public long TotalBytes
    {
        get => Interlocked.Read(ref totalBytes);
        set => Interlocked.Exchange(ref totalBytes, value);
    }

    public long BytesRead => Interlocked.Read(ref bytes);

    public long RowsRead => Interlocked.Read(ref rows);

    public void Advance(long bytesRead) => Interlocked.Add(ref bytes, bytesRead);

    public void Rows(long rowsRead) => Interlocked.Add(ref rows, rowsRead);
}
