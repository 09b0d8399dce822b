using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace EktpDomain.Import;

/// <summary>
/// Where the files of a data folder come from: a directory on disk (<see cref="FromDirectory"/>), files embedded in
/// an assembly (<see cref="FromResources"/>), or any other store an app implements.
/// </summary>
/// <remarks>
/// A source names each file it holds by its file name alone, such as <c>ledger.csv</c>. The paths it gives
/// (<see cref="DisplayPath"/>) appear in every problem's <c>FILE:LINE</c>. Implementations must be safe to call from
/// several threads at once: a large table is read in parallel from one stream, but files may be opened concurrently.
/// </remarks>
public abstract class DataSource
{
    /// <summary>The path shown in messages for a file of this source, such as <c>mydata/ledger.csv</c>.</summary>
    /// <param name="fileName">A file name, such as <c>ledger.csv</c>.</param>
    /// <returns>The path.</returns>
    public abstract string DisplayPath(string fileName);

    /// <summary>Whether the source holds the file.</summary>
    /// <param name="fileName">A file name, such as <c>ledger.csv</c>.</param>
    /// <returns>True when it does.</returns>
    public abstract bool Exists(string fileName);

    /// <summary>Opens a file of the source for reading.</summary>
    /// <param name="fileName">A file name the source holds.</param>
    /// <returns>A readable stream; the caller disposes it.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public abstract Stream Open(string fileName);

    /// <summary>The names of the files the source holds, in ordinal order: tables found by their name's pattern (SIAK exports) are found here.</summary>
    /// <returns>The file names.</returns>
    public abstract IEnumerable<string> FileNames();

    /// <summary>A directory on disk.</summary>
    /// <param name="directory">The directory; its files' paths in messages start with it as given.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null or empty.</exception>
    public static DataSource FromDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return new DirectoryDataSource(directory);
    }

    /// <summary>
    /// Files embedded in an assembly as resources whose logical names start with <paramref name="prefix"/>, such as
    /// <c>Scenario/ledger.csv</c> for the prefix <c>Scenario/</c>.
    /// </summary>
    /// <param name="assembly">The assembly.</param>
    /// <param name="prefix">The prefix of the resources' logical names.</param>
    /// <param name="displayRoot">What messages show before a file's name, such as <c>&lt;built-in scenario&gt;</c>.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DataSource FromResources(Assembly assembly, string prefix, string displayRoot)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(displayRoot);
        return new ResourceDataSource(assembly, prefix, displayRoot);
    }

    /// <summary>The workbook that may stand in for a CSV file of the folder: <c>ledger.xlsx</c> for <c>ledger.csv</c>.</summary>
    internal static string WorkbookName(string fileName) => Path.ChangeExtension(fileName, ".xlsx");

    /// <summary>Whether the folder holds the table <paramref name="fileName"/>, as a CSV file or as a workbook.</summary>
    internal bool HasTable(string fileName) => Exists(fileName) || Exists(WorkbookName(fileName));

    /// <summary>The path shown in messages for the table <paramref name="fileName"/>: the workbook's when only it is there.</summary>
    internal string TablePath(string fileName) =>
        DisplayPath(!Exists(fileName) && Exists(WorkbookName(fileName)) ? WorkbookName(fileName) : fileName);

    /// <summary>A directory on disk.</summary>
    private sealed class DirectoryDataSource(string directory) : DataSource
    {
        public override string DisplayPath(string fileName) => Path.Combine(directory, fileName);

        public override bool Exists(string fileName) => File.Exists(DisplayPath(fileName));

        public override Stream Open(string fileName) => File.OpenRead(DisplayPath(fileName));

        public override IEnumerable<string> FileNames() =>
            Directory.Exists(directory) ? Directory.EnumerateFiles(directory).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal) : [];
    }

    /// <summary>Files embedded in an assembly under a prefix.</summary>
    private sealed class ResourceDataSource(Assembly assembly, string prefix, string displayRoot) : DataSource
    {
        public override string DisplayPath(string fileName) => displayRoot + "/" + fileName;

        public override bool Exists(string fileName) => assembly.GetManifestResourceInfo(prefix + fileName) is not null;

        public override Stream Open(string fileName) =>
            assembly.GetManifestResourceStream(prefix + fileName) ?? throw new FileNotFoundException($"{displayRoot} has no file {fileName}.", fileName);

        public override IEnumerable<string> FileNames() =>
            assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Select(n => n[prefix.Length..]).Order(StringComparer.Ordinal);
    }
}
