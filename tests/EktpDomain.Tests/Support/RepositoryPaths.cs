using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EktpDomain.Tests.Support;

/// <summary>
/// Finds files of the source tree from a test run, by walking up from the test assembly to <c>EktpDomain.sln</c>.
/// (CallerFilePath cannot be used: CI builds map source paths to <c>/_/</c> for deterministic output.)
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The C# files under a folder of the repository, but those the build writes (<c>bin</c>, <c>obj</c>).</summary>
    public static IEnumerable<string> SourceFiles(params string[] folder)
    {
        var source = Combine(folder);
        return Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(source, f).StartsWith("obj", StringComparison.Ordinal) && !Path.GetRelativePath(source, f).StartsWith("bin", StringComparison.Ordinal));
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EktpDomain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No EktpDomain.sln above {AppContext.BaseDirectory}.");
    }
}
