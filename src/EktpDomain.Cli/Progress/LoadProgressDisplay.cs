using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using EktpDomain.Import;
using Spectre.Console;

namespace EktpDomain.Cli.Progress;

/// <summary>
/// Shows on stderr how far the loading of a data folder has come (rows of <c>ledger.csv</c> read, MB/s and the time
/// left), with Spectre.Console, once loading has taken <see cref="Delay"/>. Only when stderr is the process's own and a
/// terminal (<see cref="ShouldShow"/>): never when stderr is redirected, so logs, pipes and tests see nothing, and
/// never on stdout, so <c>--format json</c> output stays clean. The display is cleared when loading ends, before
/// anything else is written to stderr.
/// </summary>
internal sealed class LoadProgressDisplay : IDisposable
{
    /// <summary>How long loading runs before the display appears: a small folder never shows it.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(100);

    private readonly ManualResetEventSlim done = new();
    private readonly Task? display;

    private LoadProgressDisplay(TextWriter? terminal)
    {
        if (terminal is not null)
        {
            display = Task.Run(() => Show(terminal));
        }
    }

    /// <summary>What the loader reports to; read by the display.</summary>
    public DataFolderProgress Progress { get; } = new();

    /// <summary>Whether a display may appear (it does once loading takes longer than <see cref="Delay"/>).</summary>
    public bool Enabled => display is not null;

    /// <summary>
    /// Whether to show progress: stderr is the process's own standard error, not redirected to a file or a pipe, and
    /// the terminal is not a dumb one.
    /// </summary>
    /// <param name="stderrIsTheConsole">Whether the command writes its errors to <see cref="Console.Error"/> (in-process callers pass their own writer).</param>
    /// <param name="stderrIsRedirected"><see cref="Console.IsErrorRedirected"/>.</param>
    /// <param name="term">The <c>TERM</c> environment variable.</param>
    public static bool ShouldShow(bool stderrIsTheConsole, bool stderrIsRedirected, string? term) =>
        stderrIsTheConsole && !stderrIsRedirected && !string.Equals(term, "dumb", StringComparison.Ordinal);

    /// <summary>Starts a display for a command whose errors go to <paramref name="stderr"/>; it shows only where <see cref="ShouldShow"/> says.</summary>
    public static LoadProgressDisplay Start(TextWriter stderr) =>
        new(ShouldShow(ReferenceEquals(stderr, Console.Error), Console.IsErrorRedirected, Environment.GetEnvironmentVariable("TERM")) ? stderr : null);

    /// <summary>Ends the display and waits until it is cleared.</summary>
    public void Dispose()
    {
        done.Set();
        display?.Wait();
        done.Dispose();
    }

    private void Show(TextWriter terminal)
    {
        if (done.Wait(Delay))
        {
            return;
        }

        // Spectre.Console judges the terminal by stdout, which a report is often redirected from; stderr is known to be one.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(terminal),
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
        });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(Describe(), maxValue: 1);
                do
                {
                    long total = Progress.TotalBytes;
                    task.MaxValue = Math.Max(1, total);
                    task.Value = Math.Min(Progress.BytesRead, task.MaxValue);
                    task.Description = Describe();
                    context.Refresh();
                }
                while (!done.Wait(Refresh));
            });
    }

    /// <summary><c>ledger.csv: 1,234,567 rows</c>, then what follows the reading.</summary>
    private string Describe()
    {
        long total = Progress.TotalBytes;
        string rows = string.Create(CultureInfo.InvariantCulture, $"{DataFolder.LedgerFile}: {Progress.RowsRead:N0} rows");
        return total > 0 && Progress.BytesRead >= total ? rows + ", checking" : rows;
    }
}
