using EktpDomain.Import;

namespace EktpDomain.Cli.Data;

/// <summary>The data folders embedded in the tool, read by exactly the same code as a folder on disk.</summary>
internal static class BuiltInSources
{
    /// <summary>The built-in scenario, "Kabupaten Tangerang, 2–30 April 2012", for every command but <c>trend</c> without <c>--data</c>.</summary>
    public static DataSource Scenario { get; } = DataSource.FromResources(typeof(BuiltInSources).Assembly, "Scenario/", "<built-in scenario>");

    /// <summary>
    /// The built-in snapshot series, month-end figures of Kabupaten Tangerang, December 2011 – December 2013
    /// (illustrative): a data folder holding only <c>snapshots.csv</c>, for <c>ektp trend</c> without <c>--data</c>.
    /// </summary>
    public static DataSource Series { get; } = DataSource.FromResources(typeof(BuiltInSources).Assembly, "Series/", "<built-in series>");
}
