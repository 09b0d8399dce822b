using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace EktpDomain.Cli.Data;

/// <summary>
/// The lines stderr shows for a data folder's problems: each as <c>FILE:LINE: message</c>, in the order given, at
/// most <see cref="PerFile"/> of one file, then one line saying how many more that file has. A file with thousands of
/// problems (a header with one column too many makes every row wrong) no longer scrolls away the first problems, and
/// those of the other files.
/// </summary>
internal static class ProblemLines
{
    /// <summary>The most problems shown for one file.</summary>
    public const int PerFile = 50;

    /// <summary>
    /// The lines for <paramref name="problems"/>, grouped by file in the order each file first appears (the loader
    /// already orders them so), the first <see cref="PerFile"/> of a file shown and the rest counted.
    /// </summary>
    public static IEnumerable<string> Of(IEnumerable<DataProblem> problems)
    {
        foreach (var file in problems.GroupBy(p => p.Location.File ?? string.Empty, StringComparer.Ordinal))
        {
            int total = 0;
            foreach (var problem in file)
            {
                if (++total <= PerFile)
                {
                    yield return problem.ToString();
                }
            }

            if (total > PerFile)
            {
                yield return More(file.Key, total - PerFile, total);
            }
        }
    }

    /// <summary>The line after a file's first problems: <c>FILE: 2,881 more problems not shown (2,931 in all); …</c>.</summary>
    private static string More(string file, int notShown, int total)
    {
        string line = string.Create(
            CultureInfo.InvariantCulture,
            $"{notShown:N0} more problem{(notShown == 1 ? "" : "s")} not shown ({total:N0} in all); fix the first ones and run again.");
        return file.Length == 0 ? line : $"{file}: {line}";
    }
}
