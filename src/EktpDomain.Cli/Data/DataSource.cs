using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace EktpDomain.Cli.Data;

/// <summary>Where the files of a data folder come from: a directory on disk, or the built-in scenario.</summary>
internal abstract class DataSource
{
    /// <summary>The path shown in messages for a file of this source, such as <c>mydata/ledger.csv</c>.</summary>
    public abstract string DisplayPath(string fileName);

    public abstract bool Exists(string fileName);

    public abstract Stream Open(string fileName);

    /// <summary>The names of the files the folder holds, for the tables found by their name's pattern (SIAK exports).</summary>
    public abstract IEnumerable<string> FileNames();

    /// <summary>The workbook that may stand in for a CSV file of the folder: <c>ledger.xlsx</c> for <c>ledger.csv</c>.</summary>
    public static string WorkbookName(string fileName) => Path.ChangeExtension(fileName, ".xlsx");

    /// <summary>Whether the folder holds the table <paramref name="fileName"/>, as a CSV file or as a workbook.</summary>
    public bool HasTable(string fileName) => Exists(fileName) || Exists(WorkbookName(fileName));

    /// <summary>The path shown in messages for the table <paramref name="fileName"/>: the workbook's when only it is there.</summary>
    public string TablePath(string fileName) =>
        DisplayPath(!Exists(fileName) && Exists(WorkbookName(fileName)) ? WorkbookName(fileName) : fileName);
}

/// <summary>A directory the user named with <c>--data</c>.</summary>
internal sealed class DirectoryDataSource(string directory) : DataSource
{
    public string Directory { get; } = directory;

    public override string DisplayPath(string fileName) => Path.Combine(Directory, fileName);

    public override bool Exists(string fileName) => File.Exists(DisplayPath(fileName));

    public override Stream Open(string fileName) => File.OpenRead(DisplayPath(fileName));

    public override IEnumerable<string> FileNames() =>
        System.IO.Directory.Exists(Directory) ? System.IO.Directory.EnumerateFiles(Directory).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal) : [];
}

/// <summary>
/// The built-in scenario, "Kabupaten Tangerang, 2–30 April 2012": a data folder embedded in this assembly, read by
/// exactly the same code as a folder on disk.
/// </summary>
internal sealed class BuiltInScenarioSource : DataSource
{
    private const string Prefix = "Scenario/";

    public static BuiltInScenarioSource Instance { get; } = new();

    public override string DisplayPath(string fileName) => "<built-in scenario>/" + fileName;

    public override bool Exists(string fileName) =>
        typeof(BuiltInScenarioSource).Assembly.GetManifestResourceInfo(Prefix + fileName) is not null;

    public override Stream Open(string fileName) =>
        typeof(BuiltInScenarioSource).Assembly.GetManifestResourceStream(Prefix + fileName)
        ?? throw new FileNotFoundException("The built-in scenario has no file " + fileName, fileName);

    public override IEnumerable<string> FileNames() => ResourceFiles(Assembly, Prefix);

    /// <summary>The embedded files under a prefix, by name.</summary>
    internal static IEnumerable<string> ResourceFiles(Assembly assembly, string prefix) =>
        assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Select(n => n[prefix.Length..]).Order(StringComparer.Ordinal);

    public static Assembly Assembly => typeof(BuiltInScenarioSource).Assembly;
}

/// <summary>
/// The built-in snapshot series, month-end figures of Kabupaten Tangerang, December 2011 – December 2013 (illustrative):
/// a data folder holding only <c>snapshots.csv</c>, embedded in this assembly, for <c>ektp trend</c> without <c>--data</c>.
/// </summary>
internal sealed class BuiltInSeriesSource : DataSource
{
    private const string Prefix = "Series/";

    public static BuiltInSeriesSource Instance { get; } = new();

    public override string DisplayPath(string fileName) => "<built-in series>/" + fileName;

    public override bool Exists(string fileName) =>
        typeof(BuiltInSeriesSource).Assembly.GetManifestResourceInfo(Prefix + fileName) is not null;

    public override Stream Open(string fileName) =>
        typeof(BuiltInSeriesSource).Assembly.GetManifestResourceStream(Prefix + fileName)
        ?? throw new FileNotFoundException("The built-in series has no file " + fileName, fileName);

    public override IEnumerable<string> FileNames() => BuiltInScenarioSource.ResourceFiles(typeof(BuiltInSeriesSource).Assembly, Prefix);
}
