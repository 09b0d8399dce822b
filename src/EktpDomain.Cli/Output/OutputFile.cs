using System;
using System.IO;

namespace EktpDomain.Cli.Output;

/// <summary>
/// Writes a file so that it is either complete or not there: the content goes to a temporary file in the same folder,
/// which is renamed over the target only once it is written and flushed. A failure deletes the temporary file, so an
/// interrupted or failed run never leaves half a report, and a report that was already there stays as it was.
/// </summary>
internal static class OutputFile
{
    public static void Write(string path, Action<Stream> write)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";

        // Same folder, so the rename is a rename on one file system and never a copy; a dot-name, so that it is out of
        // the way while it exists.
        string temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            // Read and write: a zip writer (the workbook) needs to seek back into what it wrote.
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
