using System;
using System.IO;

namespace EktpDomain.Cli.Output;

/// <summary>
/// Writes a file so that it is either complete or not there: the content goes to a temporary file in the same folder,
/// which is renamed over the target only once it is written and flushed. A failure deletes the temporary file, so an
/// interrupted or failed run never leaves half a report, and a report that was already there stays as it was.
/// A read-only target is never replaced (a rename would replace it whatever its permissions), and a target that is
/// replaced keeps its permissions on Unix.
/// </summary>
internal static class OutputFile
{
    /// <summary>Why a read-only target is not written: the end of <c>cannot write 'FILE': …</c>.</summary>
    public const string ReadOnlyReason = "it is read-only, and ektp never replaces a read-only file; make it writable or choose another file.";

    /// <summary>The permission bits a replaced file passes on to its successor: read, write and execute, not set-id or sticky.</summary>
    private const UnixFileMode PermissionBits =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private const UnixFileMode AnyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>
    /// Whether <paramref name="path"/> is an existing file that must not be replaced: one with the read-only attribute
    /// (on Unix: its permission bits let the user read but not write it), or, on Unix, one that nobody may write.
    /// Decided by the attributes and mode bits alone, never by trying to open it, so that it holds for root too, who
    /// may open any file for writing.
    /// </summary>
    public static bool IsReadOnly(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if ((File.GetAttributes(path) & FileAttributes.ReadOnly) != 0)
        {
            return true;
        }

        return !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & AnyWrite) == 0;
    }

    /// <exception cref="UnauthorizedAccessException">The target exists and is read-only (<see cref="IsReadOnly"/>); it is left as it was.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        RefuseReadOnly(full);

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

            // Again just before the rename, which would replace the target whatever its permissions.
            RefuseReadOnly(full);
            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full) & PermissionBits);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static void RefuseReadOnly(string full)
    {
        if (IsReadOnly(full))
        {
            throw new UnauthorizedAccessException(ReadOnlyReason);
        }
    }
}
