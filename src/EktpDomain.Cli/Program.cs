using System;

namespace EktpDomain.Cli;

/// <summary>The <c>ektp</c> command: parses, calls the library, prints. See docs/data-folder.md for the contract.</summary>
internal static class Program
{
    private static int Main(string[] args) => EktpCommand.Run(args, Console.Out, Console.Error);
}
