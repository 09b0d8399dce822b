namespace EktpDomain.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        System.Console.WriteLine("ektp: not yet implemented");
        return args.Length == 0 ? 0 : 0;
    }
}
