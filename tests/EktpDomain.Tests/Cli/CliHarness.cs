using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EktpDomain.Cli;

namespace EktpDomain.Tests.Cli;

/// <summary>Runs <c>ektp</c> in-process on a temporary data folder and captures the exit code, stdout and stderr.</summary>
public sealed class CliHarness : IDisposable
{
    public const string ValidKecamatan = "code,name,eligible\n36.03.27,Sukamulya,41000\n36.03.30,Sepatan Timur,52000\n";
    public const string ValidLedger = "date,kecamatan,device,kind,count\n2012-04-02,36.03.27,K-27-1,recorded,6300\n2012-04-03,36.03.30,,recorded,4000\n";

    public CliHarness()
    {
        // Letters only: a path with a long run of digits would be masked in messages like a NIK (R11).
        var name = new string(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 26))).ToArray());
        Folder = Path.Combine(Path.GetTempPath(), "ektp-tests-" + name);
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>Writes a file of the data folder and returns the path that messages will show.</summary>
    public string Write(string name, string content)
    {
        File.WriteAllText(Path.Combine(Folder, name), content);
        return Path.Combine(Folder, name);
    }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public CliHarness WithValidBasics()
    {
        Write("kecamatan.csv", ValidKecamatan);
        Write("ledger.csv", ValidLedger);
        return this;
    }

    /// <summary>Runs with <c>--data</c> pointing at this folder, and the given extra arguments.</summary>
    public CliResult RunOnFolder(string command, params string[] args) =>
        Invoke([command, "--data", Folder, .. (args.Length == 0 ? ["--month", "2012-04"] : args)]);

    public static CliResult Invoke(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = EktpCommand.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
}
